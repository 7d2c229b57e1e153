package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::ElasticLoadBalancingV2::TargetGroup. {@code Ref} gives the target group's ARN. */
@Value.Immutable
@CfnStyle
public interface TargetGroup extends Resource {

  /** How targets are registered; Fargate tasks in awsvpc mode need {@code ip}. */
  enum TargetType {
    INSTANCE("instance"),
    IP("ip"),
    LAMBDA("lambda"),
    ALB("alb");

    private final String cfnName;

    TargetType(String cfnName) {
      this.cfnName = cfnName;
    }

    @JsonValue
    public String cfnName() {
      return cfnName;
    }
  }

  @Override
  default String resourceType() {
    return "AWS::ElasticLoadBalancingV2::TargetGroup";
  }

  /** At most 32 characters. */
  @JsonProperty("Name")
  Optional<Expr> name();

  @JsonProperty("Port")
  Optional<Integer> port();

  @JsonProperty("Protocol")
  Optional<Protocol> protocol();

  @JsonProperty("TargetType")
  Optional<TargetType> targetType();

  @JsonProperty("VpcId")
  Optional<Expr> vpcId();

  @JsonProperty("HealthCheckEnabled")
  Optional<Boolean> healthCheckEnabled();

  @JsonProperty("HealthCheckProtocol")
  Optional<Protocol> healthCheckProtocol();

  @JsonProperty("HealthCheckPath")
  Optional<String> healthCheckPath();

  @JsonProperty("HealthCheckIntervalSeconds")
  Optional<Integer> healthCheckIntervalSeconds();

  @JsonProperty("HealthCheckTimeoutSeconds")
  Optional<Integer> healthCheckTimeoutSeconds();

  @JsonProperty("HealthyThresholdCount")
  Optional<Integer> healthyThresholdCount();

  @JsonProperty("UnhealthyThresholdCount")
  Optional<Integer> unhealthyThresholdCount();

  @JsonProperty("Matcher")
  Optional<Matcher> matcher();

  @JsonProperty("TargetGroupAttributes")
  List<Attribute> targetGroupAttributes();

  @JsonProperty("Tags")
  List<Tag> tags();

  /** {@code targetgroup/<name>/<id>}: the TargetGroup dimension of CloudWatch metrics. */
  default GetAtt targetGroupFullName() {
    return getAtt("TargetGroupFullName");
  }

  static ImmutableTargetGroup.Builder builder() {
    return ImmutableTargetGroup.builder();
  }

  /** The HTTP codes a healthy target answers with, e.g. {@code 200} or {@code 200-299}. */
  @Value.Immutable
  @CfnStyle
  interface Matcher {
    @JsonProperty("HttpCode")
    @Value.Parameter
    String httpCode();

    static Matcher httpCode(String codes) {
      return ImmutableMatcher.of(codes);
    }
  }

  /** Elastic Load Balancing refuses a health check that can time out after the next one starts. */
  @Value.Check
  default void check() {
    if (healthCheckTimeoutSeconds().isPresent()
        && healthCheckIntervalSeconds().isPresent()
        && healthCheckTimeoutSeconds().get() >= healthCheckIntervalSeconds().get()) {
      throw new IllegalStateException(
          "TargetGroup " + logicalId() + ": HealthCheckTimeoutSeconds ("
              + healthCheckTimeoutSeconds().get()
              + ") must be less than HealthCheckIntervalSeconds ("
              + healthCheckIntervalSeconds().get() + ")");
    }
  }
}
