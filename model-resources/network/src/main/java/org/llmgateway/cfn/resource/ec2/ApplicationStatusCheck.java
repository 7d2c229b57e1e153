// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::ApplicationStatusCheck}: An application status check monitors an HTTP or HTTPS
 * endpoint on Amazon EC2 instances and reports application-layer health. Configure a health check
 * with a Protocol, Port, and Path, and then associate it with EC2 instances via
 * AWS::EC2::ApplicationStatusCheckInstanceAssociation or
 * AWS::EC2::ApplicationStatusCheckTagAssociation.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-applicationstatuscheck.html">AWS::EC2::ApplicationStatusCheck</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ApplicationStatusCheck extends Resource {

  String TYPE = "AWS::EC2::ApplicationStatusCheck";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Whether this check is included in the rolled-up application status. */
  Optional<Expr> aggregation();

  /** The network interface device index used for the health check. */
  Optional<Expr> deviceIndex();

  /** The number of consecutive failed probes required to mark the instance unhealthy. */
  Optional<Expr> failureThreshold();

  /** The source/destination network paths used for the health check. */
  Optional<Expr> healthCheckPaths();

  /** Seconds to wait after instance launch before beginning health checks. */
  Optional<Expr> initializationGracePeriodSeconds();

  /** The interval, in seconds, between health check probes. */
  Optional<Expr> interval();

  /** The IP scope used for the health check. */
  Optional<Expr> ipScope();

  /** The IP version used for the health check. */
  Optional<Expr> ipVersion();

  /** The HTTP path used for the health check. */
  Optional<Expr> path();

  /** Required. The port used for the health check. */
  Expr port();

  /** Required. The network protocol used for the health check. */
  Expr protocol();

  /** The HTTP status codes considered successful (e.g., "200-299"). */
  Optional<Expr> statusCodeMatcher();

  /** The number of consecutive successful probes required to mark the instance healthy. */
  Optional<Expr> successThreshold();

  /** Tags to apply to the application status check. */
  Optional<Expr> tags();

  /** The timeout, in seconds, for each health check probe. */
  Optional<Expr> timeout();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Aggregation", aggregation())
        .put("DeviceIndex", deviceIndex())
        .put("FailureThreshold", failureThreshold())
        .put("HealthCheckPaths", healthCheckPaths())
        .put("InitializationGracePeriodSeconds", initializationGracePeriodSeconds())
        .put("Interval", interval())
        .put("IpScope", ipScope())
        .put("IpVersion", ipVersion())
        .put("Path", path())
        .put("Port", port())
        .put("Protocol", protocol())
        .put("StatusCodeMatcher", statusCodeMatcher())
        .put("SuccessThreshold", successThreshold())
        .put("Tags", tags())
        .put("Timeout", timeout())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code ApplicationStatusCheckId} attribute: The unique identifier of the application status
   * check.
   */
  default GetAtt attrApplicationStatusCheckId() {
    return getAtt("ApplicationStatusCheckId");
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the application status check. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code CreationTime} attribute: When the application status check was created (ISO 8601).
   */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ApplicationStatusCheck}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableApplicationStatusCheck.Builder {

    public Builder aggregation(String value) {
      aggregation(Expr.of(value));
      return this;
    }

    public Builder deviceIndex(long value) {
      deviceIndex(Expr.of(value));
      return this;
    }

    public Builder failureThreshold(long value) {
      failureThreshold(Expr.of(value));
      return this;
    }

    public Builder healthCheckPaths(List<? extends Expr> values) {
      healthCheckPaths(Expr.list(values));
      return this;
    }

    public Builder initializationGracePeriodSeconds(long value) {
      initializationGracePeriodSeconds(Expr.of(value));
      return this;
    }

    public Builder interval(long value) {
      interval(Expr.of(value));
      return this;
    }

    public Builder ipScope(String value) {
      ipScope(Expr.of(value));
      return this;
    }

    public Builder ipVersion(String value) {
      ipVersion(Expr.of(value));
      return this;
    }

    public Builder path(String value) {
      path(Expr.of(value));
      return this;
    }

    public Builder port(long value) {
      port(Expr.of(value));
      return this;
    }

    public Builder protocol(String value) {
      protocol(Expr.of(value));
      return this;
    }

    public Builder statusCodeMatcher(String value) {
      statusCodeMatcher(Expr.of(value));
      return this;
    }

    public Builder successThreshold(long value) {
      successThreshold(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder timeout(long value) {
      timeout(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::ApplicationStatusCheck.HealthCheckPath}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-applicationstatuscheck-healthcheckpath.html">AWS::EC2::ApplicationStatusCheck.HealthCheckPath</a>
   */
  @Value.Immutable
  interface HealthCheckPath extends PropertyValue {

    /** {@code Destinations}. */
    Optional<Expr> destinations();

    /** {@code Source}. */
    Optional<Expr> source();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destinations", destinations())
          .put("Source", source())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HealthCheckPath}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableApplicationStatusCheck.HealthCheckPath.Builder {

      public Builder destinations(List<? extends Expr> values) {
        destinations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ApplicationStatusCheck.HealthCheckPathDestination}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-applicationstatuscheck-healthcheckpathdestination.html">AWS::EC2::ApplicationStatusCheck.HealthCheckPathDestination</a>
   */
  @Value.Immutable
  interface HealthCheckPathDestination extends PropertyValue {

    /** {@code SecurityGroupId}. */
    Optional<Expr> securityGroupId();

    /** {@code SubnetId}. */
    Optional<Expr> subnetId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SecurityGroupId", securityGroupId())
          .put("SubnetId", subnetId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link HealthCheckPathDestination}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableApplicationStatusCheck.HealthCheckPathDestination.Builder {

      public Builder securityGroupId(String value) {
        securityGroupId(Expr.of(value));
        return this;
      }

      public Builder subnetId(String value) {
        subnetId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::ApplicationStatusCheck.HealthCheckPathSource}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-applicationstatuscheck-healthcheckpathsource.html">AWS::EC2::ApplicationStatusCheck.HealthCheckPathSource</a>
   */
  @Value.Immutable
  interface HealthCheckPathSource extends PropertyValue {

    /** {@code SecurityGroupId}. */
    Optional<Expr> securityGroupId();

    /** {@code SubnetId}. */
    Optional<Expr> subnetId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SecurityGroupId", securityGroupId())
          .put("SubnetId", subnetId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link HealthCheckPathSource}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableApplicationStatusCheck.HealthCheckPathSource.Builder {

      public Builder securityGroupId(String value) {
        securityGroupId(Expr.of(value));
        return this;
      }

      public Builder subnetId(String value) {
        subnetId(Expr.of(value));
        return this;
      }
    }
  }
}
