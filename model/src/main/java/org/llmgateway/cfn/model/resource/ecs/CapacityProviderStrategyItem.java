package org.llmgateway.cfn.model.resource.ecs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * One entry of a capacity provider strategy, shared by {@link Service} and {@link
 * ClusterCapacityProviderAssociations} (CloudFormation gives both the same shape).
 */
@Value.Immutable
@CfnStyle
public interface CapacityProviderStrategyItem {

  /** The Fargate capacity providers every cluster can use without creating one. */
  String FARGATE = "FARGATE";

  String FARGATE_SPOT = "FARGATE_SPOT";

  /** {@code FARGATE}, {@code FARGATE_SPOT} or the name of a capacity provider. */
  @JsonProperty("CapacityProvider")
  Expr capacityProvider();

  /** Tasks always placed on this provider before weights apply (0-100000). */
  @JsonProperty("Base")
  Optional<Integer> base();

  /** Relative share of the tasks beyond the bases (0-1000). */
  @JsonProperty("Weight")
  Optional<Integer> weight();

  static ImmutableCapacityProviderStrategyItem.Builder builder() {
    return ImmutableCapacityProviderStrategyItem.builder();
  }

  @Value.Check
  default void check() {
    base()
        .filter(b -> b < 0 || b > 100_000)
        .ifPresent(b -> {
          throw new IllegalStateException("Capacity provider strategy Base " + b
              + " must be 0-100000");
        });
    weight()
        .filter(w -> w < 0 || w > 1000)
        .ifPresent(w -> {
          throw new IllegalStateException("Capacity provider strategy Weight " + w
              + " must be 0-1000");
        });
  }
}
