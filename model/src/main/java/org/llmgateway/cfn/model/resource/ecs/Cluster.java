package org.llmgateway.cfn.model.resource.ecs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/**
 * AWS::ECS::Cluster. {@code Ref} gives the cluster name. Capacity providers are attached with
 * {@link ClusterCapacityProviderAssociations}, so this model leaves out the cluster's own
 * CapacityProviders and DefaultCapacityProviderStrategy (using both ways at once conflicts).
 */
@Value.Immutable
@CfnStyle
public interface Cluster extends Resource {

  /** The cluster setting that turns CloudWatch Container Insights on. */
  String CONTAINER_INSIGHTS = "containerInsights";

  @Override
  default String resourceType() {
    return "AWS::ECS::Cluster";
  }

  @JsonProperty("ClusterName")
  Optional<Expr> clusterName();

  @JsonProperty("ClusterSettings")
  List<ClusterSetting> clusterSettings();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt arn() {
    return getAtt("Arn");
  }

  static ImmutableCluster.Builder builder() {
    return ImmutableCluster.builder();
  }

  /** A cluster setting; the only one ECS has is {@link #CONTAINER_INSIGHTS}. */
  @Value.Immutable
  @CfnStyle
  interface ClusterSetting {
    @JsonProperty("Name")
    @Value.Parameter
    String name();

    /** For containerInsights: {@code enabled}, {@code disabled} or {@code enhanced}. */
    @JsonProperty("Value")
    @Value.Parameter
    Expr value();

    static ClusterSetting of(String name, Expr value) {
      return ImmutableClusterSetting.of(name, value);
    }
  }
}
