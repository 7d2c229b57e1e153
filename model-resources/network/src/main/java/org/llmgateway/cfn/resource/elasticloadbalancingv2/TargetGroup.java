// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.elasticloadbalancingv2;

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
 * {@code AWS::ElasticLoadBalancingV2::TargetGroup}: Specifies a target group for an Application
 * Load Balancer, a Network Load Balancer, or a Gateway Load Balancer.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-targetgroup.html">AWS::ElasticLoadBalancingV2::TargetGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TargetGroup extends Resource {

  String TYPE = "AWS::ElasticLoadBalancingV2::TargetGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Indicates whether health checks are enabled. If the target type is `lambda` , health checks are
   * disabled by default but can be enabled. If the target type is `instance` , `ip` , or `alb` ,
   * health checks are always enabled and can't be disabled.
   */
  Optional<Expr> healthCheckEnabled();

  /**
   * The approximate amount of time, in seconds, between health checks of an individual target. The
   * range is 5-300. If the target group protocol is TCP, TLS, UDP, TCP_UDP, QUIC, TCP_QUIC, HTTP or
   * HTTPS, the default is 30 seconds. If the target group protocol is GENEVE, the default is 10
   * seconds. If the target type is `lambda` , the default is 35 seconds.
   */
  Optional<Expr> healthCheckIntervalSeconds();

  /** [HTTP/HTTPS health checks] The destination for health checks on the targets. */
  Optional<Expr> healthCheckPath();

  /**
   * The port the load balancer uses when performing health checks on targets. If the protocol is
   * HTTP, HTTPS, TCP, TLS, UDP, TCP_UDP, QUIC, or TCP_QUIC the default is `traffic-port` , which is
   * the port on which each target receives traffic from the load balancer. If the protocol is
   * GENEVE, the default is port 80.
   */
  Optional<Expr> healthCheckPort();

  /**
   * The protocol the load balancer uses when performing health checks on targets. For Application
   * Load Balancers, the default is HTTP. For Network Load Balancers and Gateway Load Balancers, the
   * default is TCP. The TCP protocol is not supported for health checks if the protocol of the
   * target group is HTTP or HTTPS. The GENEVE, TLS, UDP, TCP_UDP, QUIC, and TCP_QUIC protocols are
   * not supported for health checks.
   */
  Optional<Expr> healthCheckProtocol();

  /**
   * The amount of time, in seconds, during which no response from a target means a failed health
   * check. The range is 2–120 seconds. For target groups with a protocol of HTTP, the default is 6
   * seconds. For target groups with a protocol of TCP, TLS or HTTPS, the default is 10 seconds. For
   * target groups with a protocol of GENEVE, the default is 5 seconds. If the target type is
   * `lambda` , the default is 30 seconds.
   */
  Optional<Expr> healthCheckTimeoutSeconds();

  /**
   * The number of consecutive health check successes required before considering a target healthy.
   * The range is 2-10. If the target group protocol is TCP, TCP_UDP, UDP, TLS, HTTP or HTTPS, the
   * default is 5. For target groups with a protocol of GENEVE, the default is 5. If the target type
   * is `lambda` , the default is 5.
   */
  Optional<Expr> healthyThresholdCount();

  /** The IP address type. The default value is `ipv4` . */
  Optional<Expr> ipAddressType();

  /**
   * [HTTP/HTTPS health checks] The HTTP or gRPC codes to use when checking for a successful
   * response from a target. For target groups with a protocol of TCP, TCP_UDP, UDP, QUIC, TCP_QUIC,
   * or TLS the range is 200-599. For target groups with a protocol of HTTP or HTTPS, the range is
   * 200-499. For target groups with a protocol of GENEVE, the range is 200-399.
   */
  Optional<Expr> matcher();

  /** The name of the target group. */
  Optional<Expr> name();

  /**
   * The port on which the targets receive traffic. This port is used unless you specify a port
   * override when registering the target. If the target is a Lambda function, this parameter does
   * not apply. If the protocol is GENEVE, the supported port is 6081.
   */
  Optional<Expr> port();

  /**
   * The protocol to use for routing traffic to the targets. For Application Load Balancers, the
   * supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols are
   * TCP, TLS, UDP, TCP_UDP, QUIC, or TCP_QUIC. For Gateway Load Balancers, the supported protocol
   * is GENEVE. A TCP_UDP listener must be associated with a TCP_UDP target group. A TCP_QUIC
   * listener must be associated with a TCP_QUIC target group. If the target is a Lambda function,
   * this parameter does not apply.
   */
  Optional<Expr> protocol();

  /**
   * [HTTP/HTTPS protocol] The protocol version. The possible values are `GRPC` , `HTTP1` , and
   * `HTTP2` .
   */
  Optional<Expr> protocolVersion();

  /** The tags. */
  Optional<Expr> tags();

  /**
   * The port on which the target control agent and application load balancer exchange management
   * traffic for the target optimizer feature.
   */
  Optional<Expr> targetControlPort();

  /** The target group attributes. Attributes that you do not modify retain their current values. */
  Optional<Expr> targetGroupAttributes();

  /**
   * The type of target that you must specify when registering targets with this target group. You
   * can't specify targets for a target group using more than one target type.
   */
  Optional<Expr> targetType();

  /** The targets. */
  Optional<Expr> targets();

  /**
   * The number of consecutive health check failures required before considering a target unhealthy.
   * The range is 2-10. If the target group protocol is TCP, TCP_UDP, UDP, TLS, QUIC, TCP_QUIC, HTTP
   * or HTTPS, the default is 2. For target groups with a protocol of GENEVE, the default is 2. If
   * the target type is `lambda` , the default is 5.
   */
  Optional<Expr> unhealthyThresholdCount();

  /**
   * The identifier of the virtual private cloud (VPC). If the target is a Lambda function, this
   * parameter does not apply. Otherwise, this parameter is required.
   */
  Optional<Expr> vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("HealthCheckEnabled", healthCheckEnabled())
        .put("HealthCheckIntervalSeconds", healthCheckIntervalSeconds())
        .put("HealthCheckPath", healthCheckPath())
        .put("HealthCheckPort", healthCheckPort())
        .put("HealthCheckProtocol", healthCheckProtocol())
        .put("HealthCheckTimeoutSeconds", healthCheckTimeoutSeconds())
        .put("HealthyThresholdCount", healthyThresholdCount())
        .put("IpAddressType", ipAddressType())
        .put("Matcher", matcher())
        .put("Name", name())
        .put("Port", port())
        .put("Protocol", protocol())
        .put("ProtocolVersion", protocolVersion())
        .put("Tags", tags())
        .put("TargetControlPort", targetControlPort())
        .put("TargetGroupAttributes", targetGroupAttributes())
        .put("TargetType", targetType())
        .put("Targets", targets())
        .put("UnhealthyThresholdCount", unhealthyThresholdCount())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code LoadBalancerArns} attribute: The Amazon Resource Name (ARN) of the load balancer
   * that routes traffic to this target group.
   */
  default GetAtt attrLoadBalancerArns() {
    return getAtt("LoadBalancerArns");
  }

  /** The {@code TargetGroupArn} attribute: The Amazon Resource Name (ARN) of the target group. */
  default GetAtt attrTargetGroupArn() {
    return getAtt("TargetGroupArn");
  }

  /**
   * The {@code TargetGroupFullName} attribute: The full name of the target group. For example,
   * `targetgroup/my-target-group/cbf133c568e0d028` .
   */
  default GetAtt attrTargetGroupFullName() {
    return getAtt("TargetGroupFullName");
  }

  /**
   * The {@code TargetGroupName} attribute: The name of the target group. For example,
   * `my-target-group` .
   */
  default GetAtt attrTargetGroupName() {
    return getAtt("TargetGroupName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTargetGroup.Builder {

    public Builder healthCheckEnabled(boolean value) {
      healthCheckEnabled(Expr.of(value));
      return this;
    }

    public Builder healthCheckIntervalSeconds(long value) {
      healthCheckIntervalSeconds(Expr.of(value));
      return this;
    }

    public Builder healthCheckPath(String value) {
      healthCheckPath(Expr.of(value));
      return this;
    }

    public Builder healthCheckPort(String value) {
      healthCheckPort(Expr.of(value));
      return this;
    }

    public Builder healthCheckProtocol(String value) {
      healthCheckProtocol(Expr.of(value));
      return this;
    }

    public Builder healthCheckTimeoutSeconds(long value) {
      healthCheckTimeoutSeconds(Expr.of(value));
      return this;
    }

    public Builder healthyThresholdCount(long value) {
      healthyThresholdCount(Expr.of(value));
      return this;
    }

    public Builder ipAddressType(String value) {
      ipAddressType(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
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

    public Builder protocolVersion(String value) {
      protocolVersion(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targetControlPort(long value) {
      targetControlPort(Expr.of(value));
      return this;
    }

    public Builder targetGroupAttributes(List<? extends Expr> values) {
      targetGroupAttributes(Expr.list(values));
      return this;
    }

    public Builder targetType(String value) {
      targetType(Expr.of(value));
      return this;
    }

    public Builder targets(List<? extends Expr> values) {
      targets(Expr.list(values));
      return this;
    }

    public Builder unhealthyThresholdCount(long value) {
      unhealthyThresholdCount(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::TargetGroup.Matcher}: Specifies the HTTP codes that healthy
   * targets must use when responding to an HTTP health check.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-targetgroup-matcher.html">AWS::ElasticLoadBalancingV2::TargetGroup.Matcher</a>
   */
  @Value.Immutable
  interface Matcher extends PropertyValue {

    /**
     * You can specify values between 0 and 99. You can specify multiple values (for example, "0,1")
     * or a range of values (for example, "0-5"). The default value is 12.
     */
    Optional<Expr> grpcCode();

    /**
     * For Application Load Balancers, you can specify values between 200 and 499, with the default
     * value being 200. You can specify multiple values (for example, "200,202") or a range of
     * values (for example, "200-299").
     */
    Optional<Expr> httpCode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("GrpcCode", grpcCode())
          .put("HttpCode", httpCode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Matcher}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTargetGroup.Matcher.Builder {

      public Builder grpcCode(String value) {
        grpcCode(Expr.of(value));
        return this;
      }

      public Builder httpCode(String value) {
        httpCode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::TargetGroup.TargetDescription}: Specifies a target to add
   * to a target group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-targetgroup-targetdescription.html">AWS::ElasticLoadBalancingV2::TargetGroup.TargetDescription</a>
   */
  @Value.Immutable
  interface TargetDescription extends PropertyValue {

    /**
     * An Availability Zone or `all` . This determines whether the target receives traffic from the
     * load balancer nodes in the specified Availability Zone or from all enabled Availability Zones
     * for the load balancer.
     */
    Optional<Expr> availabilityZone();

    /**
     * Required. The ID of the target. If the target type of the target group is `instance` ,
     * specify an instance ID. If the target type is `ip` , specify an IP address. If the target
     * type is `lambda` , specify the ARN of the Lambda function. If the target type is `alb` ,
     * specify the ARN of the Application Load Balancer target.
     */
    Expr id();

    /**
     * The port on which the target is listening. If the target group protocol is GENEVE, the
     * supported port is 6081. If the target type is `alb` , the targeted Application Load Balancer
     * must have at least one listener whose port matches the target group port. This parameter is
     * not used if the target is a Lambda function.
     */
    Optional<Expr> port();

    /**
     * The server ID for the targets. This value is required if the protocol is `QUIC` or `TCP_QUIC`
     * and can't be used with other protocols.
     */
    Optional<Expr> quicServerId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AvailabilityZone", availabilityZone())
          .put("Id", id())
          .put("Port", port())
          .put("QuicServerId", quicServerId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TargetDescription}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTargetGroup.TargetDescription.Builder {

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }

      public Builder quicServerId(String value) {
        quicServerId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupAttribute}: Specifies a target group
   * attribute.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-targetgroup-targetgroupattribute.html">AWS::ElasticLoadBalancingV2::TargetGroup.TargetGroupAttribute</a>
   */
  @Value.Immutable
  interface TargetGroupAttribute extends PropertyValue {

    /** The name of the attribute. */
    Optional<Expr> key();

    /** The value of the attribute. */
    Optional<Expr> value();

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

    /**
     * Builds a {@link TargetGroupAttribute}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTargetGroup.TargetGroupAttribute.Builder {

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
