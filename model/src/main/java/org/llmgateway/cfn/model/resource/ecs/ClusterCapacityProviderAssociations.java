package org.llmgateway.cfn.model.resource.ecs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/**
 * AWS::ECS::ClusterCapacityProviderAssociations: the capacity providers a cluster may use and its
 * default strategy. A service with a capacity provider strategy must be created after this.
 */
@Value.Immutable
@CfnStyle
public interface ClusterCapacityProviderAssociations extends Resource {

  @Override
  default String resourceType() {
    return "AWS::ECS::ClusterCapacityProviderAssociations";
  }

  /** The cluster's name. */
  @JsonProperty("Cluster")
  Expr cluster();

  @JsonProperty("CapacityProviders")
  List<String> capacityProviders();

  @JsonProperty("DefaultCapacityProviderStrategy")
  List<CapacityProviderStrategyItem> defaultCapacityProviderStrategy();

  static ImmutableClusterCapacityProviderAssociations.Builder builder() {
    return ImmutableClusterCapacityProviderAssociations.builder();
  }

  @Value.Check
  default void check() {
    if (defaultCapacityProviderStrategy().isEmpty()) {
      throw new IllegalStateException(
          "ClusterCapacityProviderAssociations " + logicalId()
              + ": DefaultCapacityProviderStrategy is required");
    }
    if (capacityProviders().size() != capacityProviders().stream().distinct().count()) {
      throw new IllegalStateException(
          "ClusterCapacityProviderAssociations " + logicalId()
              + ": CapacityProviders must not repeat a provider");
    }
  }
}
