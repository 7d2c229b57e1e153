// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.route53;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;
import org.llmgateway.cfn.model.template.PropertyJson;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code AWS::Route53::HealthCheck}: The `AWS::Route53::HealthCheck` resource is a Route 53
 * resource type that contains settings for a Route 53 health check.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-healthcheck.html">AWS::Route53::HealthCheck</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface HealthCheck extends Resource {

  String TYPE = "AWS::Route53::HealthCheck";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. A complex type that contains detailed information about one health check. */
  Expr healthCheckConfig();

  /**
   * The `HealthCheckTags` property describes key-value pairs that are associated with an
   * `AWS::Route53::HealthCheck` resource.
   */
  Optional<Expr> healthCheckTags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("HealthCheckConfig", healthCheckConfig())
        .put("HealthCheckTags", healthCheckTags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code HealthCheckId} attribute: The identifier that Amazon Route 53 assigned to the health
   * check when you created it. When you add or update a resource record set, you use this value to
   * specify which health check to use. The value can be up to 64 characters long.
   */
  default GetAtt attrHealthCheckId() {
    return getAtt("HealthCheckId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HealthCheck}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableHealthCheck.Builder {

    public Builder healthCheckTags(List<? extends Expr> values) {
      healthCheckTags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Route53::HealthCheck.AlarmIdentifier}: A complex type that identifies the
   * CloudWatch alarm that you want Amazon Route 53 health checkers to use to determine whether the
   * specified health check is healthy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-healthcheck-alarmidentifier.html">AWS::Route53::HealthCheck.AlarmIdentifier</a>
   */
  @Value.Immutable
  interface AlarmIdentifier extends PropertyValue {

    /**
     * Required. The name of the CloudWatch alarm that you want Amazon Route 53 health checkers to
     * use to determine whether this health check is healthy.
     */
    Expr name();

    /**
     * Required. For the CloudWatch alarm that you want Route 53 health checkers to use to determine
     * whether this health check is healthy, the region that the alarm was created in.
     */
    Expr region();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("Region", region())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AlarmIdentifier}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableHealthCheck.AlarmIdentifier.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder region(String value) {
        region(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::HealthCheck.HealthCheckConfig}: A complex type that contains information
   * about the health check.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-healthcheck-healthcheckconfig.html">AWS::Route53::HealthCheck.HealthCheckConfig</a>
   */
  @Value.Immutable
  interface HealthCheckConfig extends PropertyValue {

    /**
     * A complex type that identifies the CloudWatch alarm that you want Amazon Route 53 health
     * checkers to use to determine whether the specified health check is healthy.
     */
    Optional<Expr> alarmIdentifier();

    /**
     * (CALCULATED Health Checks Only) A complex type that contains one `ChildHealthCheck` element
     * for each health check that you want to associate with a `CALCULATED` health check.
     */
    Optional<Expr> childHealthChecks();

    /**
     * Specify whether you want Amazon Route 53 to send the value of `FullyQualifiedDomainName` to
     * the endpoint in the `client_hello` message during TLS negotiation. This allows the endpoint
     * to respond to `HTTPS` health check requests with the applicable SSL/TLS certificate.
     */
    Optional<Expr> enableSNI();

    /**
     * The number of consecutive health checks that an endpoint must pass or fail for Amazon Route
     * 53 to change the current status of the endpoint from unhealthy to healthy or vice versa. For
     * more information, see [How Amazon Route 53 Determines Whether an Endpoint Is
     * Healthy](https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html)
     * in the *Amazon Route 53 Developer Guide* .
     */
    Optional<Expr> failureThreshold();

    /** Amazon Route 53 behavior depends on whether you specify a value for `IPAddress` . */
    Optional<Expr> fullyQualifiedDomainName();

    /**
     * The number of child health checks that are associated with a `CALCULATED` health check that
     * Amazon Route 53 must consider healthy for the `CALCULATED` health check to be considered
     * healthy. To specify the child health checks that you want to associate with a `CALCULATED`
     * health check, use the
     * [ChildHealthChecks](https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html#Route53-UpdateHealthCheck-request-ChildHealthChecks)
     * element.
     */
    Optional<Expr> healthThreshold();

    /**
     * The IPv4 or IPv6 IP address of the endpoint that you want Amazon Route 53 to perform health
     * checks on. If you don't specify a value for `IPAddress` , Route 53 sends a DNS request to
     * resolve the domain name that you specify in `FullyQualifiedDomainName` at the interval that
     * you specify in `RequestInterval` . Using an IP address returned by DNS, Route 53 then checks
     * the health of the endpoint.
     */
    Optional<Expr> ipAddress();

    /**
     * When CloudWatch has insufficient data about the metric to determine the alarm state, the
     * status that you want Amazon Route 53 to assign to the health check:
     */
    Optional<Expr> insufficientDataHealthStatus();

    /**
     * Specify whether you want Amazon Route 53 to invert the status of a health check, for example,
     * to consider a health check unhealthy when it otherwise would be considered healthy.
     */
    Optional<Expr> inverted();

    /**
     * Specify whether you want Amazon Route 53 to measure the latency between health checkers in
     * multiple AWS regions and your endpoint, and to display CloudWatch latency graphs on the
     * *Health Checks* page in the Route 53 console.
     */
    Optional<Expr> measureLatency();

    /** The port on the endpoint that you want Amazon Route 53 to perform health checks on. */
    Optional<Expr> port();

    /**
     * A complex type that contains one `Region` element for each region from which you want Amazon
     * Route 53 health checkers to check the specified endpoint.
     */
    Optional<Expr> regions();

    /**
     * The number of seconds between the time that Amazon Route 53 gets a response from your
     * endpoint and the time that it sends the next health check request. Each Route 53 health
     * checker makes requests at this interval.
     */
    Optional<Expr> requestInterval();

    /**
     * The path, if any, that you want Amazon Route 53 to request when performing health checks. The
     * path can be any value for which your endpoint will return an HTTP status code of 2xx or 3xx
     * when the endpoint is healthy, for example, the file /docs/route53-health-check.html. You can
     * also include query string parameters, for example, `/welcome.html?language=jp&amp;login=y` .
     */
    Optional<Expr> resourcePath();

    /**
     * The Amazon Resource Name (ARN) for the Route 53 Application Recovery Controller routing
     * control.
     */
    Optional<Expr> routingControlArn();

    /**
     * If the value of Type is `HTTP_STR_MATCH` or `HTTPS_STR_MATCH` , the string that you want
     * Amazon Route 53 to search for in the response body from the specified resource. If the string
     * appears in the response body, Route 53 considers the resource healthy.
     */
    Optional<Expr> searchString();

    /**
     * Required. The type of health check that you want to create, which indicates how Amazon Route
     * 53 determines whether an endpoint is healthy.
     */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AlarmIdentifier", alarmIdentifier())
          .put("ChildHealthChecks", childHealthChecks())
          .put("EnableSNI", enableSNI())
          .put("FailureThreshold", failureThreshold())
          .put("FullyQualifiedDomainName", fullyQualifiedDomainName())
          .put("HealthThreshold", healthThreshold())
          .put("IPAddress", ipAddress())
          .put("InsufficientDataHealthStatus", insufficientDataHealthStatus())
          .put("Inverted", inverted())
          .put("MeasureLatency", measureLatency())
          .put("Port", port())
          .put("Regions", regions())
          .put("RequestInterval", requestInterval())
          .put("ResourcePath", resourcePath())
          .put("RoutingControlArn", routingControlArn())
          .put("SearchString", searchString())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HealthCheckConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableHealthCheck.HealthCheckConfig.Builder {

      public Builder childHealthChecks(List<? extends Expr> values) {
        childHealthChecks(Expr.list(values));
        return this;
      }

      public Builder childHealthChecks(String... values) {
        childHealthChecks(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder enableSNI(boolean value) {
        enableSNI(Expr.of(value));
        return this;
      }

      public Builder failureThreshold(long value) {
        failureThreshold(Expr.of(value));
        return this;
      }

      public Builder fullyQualifiedDomainName(String value) {
        fullyQualifiedDomainName(Expr.of(value));
        return this;
      }

      public Builder healthThreshold(long value) {
        healthThreshold(Expr.of(value));
        return this;
      }

      public Builder ipAddress(String value) {
        ipAddress(Expr.of(value));
        return this;
      }

      public Builder insufficientDataHealthStatus(String value) {
        insufficientDataHealthStatus(Expr.of(value));
        return this;
      }

      public Builder inverted(boolean value) {
        inverted(Expr.of(value));
        return this;
      }

      public Builder measureLatency(boolean value) {
        measureLatency(Expr.of(value));
        return this;
      }

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }

      public Builder regions(List<? extends Expr> values) {
        regions(Expr.list(values));
        return this;
      }

      public Builder regions(String... values) {
        regions(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder requestInterval(long value) {
        requestInterval(Expr.of(value));
        return this;
      }

      public Builder resourcePath(String value) {
        resourcePath(Expr.of(value));
        return this;
      }

      public Builder routingControlArn(String value) {
        routingControlArn(Expr.of(value));
        return this;
      }

      public Builder searchString(String value) {
        searchString(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53::HealthCheck.HealthCheckTag}: The `HealthCheckTag` property describes one
   * key-value pair that is associated with an `AWS::Route53::HealthCheck` resource.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-healthcheck-healthchecktag.html">AWS::Route53::HealthCheck.HealthCheckTag</a>
   */
  @Value.Immutable
  interface HealthCheckTag extends PropertyValue {

    /** Required. The value of `Key` depends on the operation that you want to perform: */
    Expr key();

    /** Required. The value of `Value` depends on the operation that you want to perform: */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HealthCheckTag}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableHealthCheck.HealthCheckTag.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }
}
