package org.llmgateway.cfn.model.resource.applicationautoscaling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/**
 * AWS::ApplicationAutoScaling::ScalableTarget. Without a RoleARN, Application Auto Scaling uses
 * its service-linked role, which is what AWS recommends.
 */
@Value.Immutable
@CfnStyle
public interface ScalableTarget extends Resource {

  /** The namespace and dimension of an ECS service's desired task count. */
  String ECS_NAMESPACE = "ecs";

  String ECS_DESIRED_COUNT = "ecs:service:DesiredCount";

  @Override
  default String resourceType() {
    return "AWS::ApplicationAutoScaling::ScalableTarget";
  }

  @JsonProperty("ServiceNamespace")
  String serviceNamespace();

  @JsonProperty("ScalableDimension")
  String scalableDimension();

  /** For ECS: {@code service/<cluster-name>/<service-name>}. */
  @JsonProperty("ResourceId")
  Expr resourceId();

  @JsonProperty("MinCapacity")
  Expr minCapacity();

  @JsonProperty("MaxCapacity")
  Expr maxCapacity();

  @JsonProperty("RoleARN")
  Optional<Expr> roleArn();

  static ImmutableScalableTarget.Builder builder() {
    return ImmutableScalableTarget.builder();
  }
}
