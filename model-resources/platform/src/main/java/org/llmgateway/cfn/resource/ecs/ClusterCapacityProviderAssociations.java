// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ecs;

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
 * {@code AWS::ECS::ClusterCapacityProviderAssociations}: The
 * `AWS::ECS::ClusterCapacityProviderAssociations` resource associates one or more capacity
 * providers and a default capacity provider strategy with a cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-clustercapacityproviderassociations.html">AWS::ECS::ClusterCapacityProviderAssociations</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ClusterCapacityProviderAssociations extends Resource {

  String TYPE = "AWS::ECS::ClusterCapacityProviderAssociations";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The capacity providers to associate with the cluster. */
  Optional<Expr> capacityProviders();

  /** Required. The cluster the capacity provider association is the target of. */
  Expr cluster();

  /** Required. The default capacity provider strategy to associate with the cluster. */
  Expr defaultCapacityProviderStrategy();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CapacityProviders", capacityProviders())
        .put("Cluster", cluster())
        .put("DefaultCapacityProviderStrategy", defaultCapacityProviderStrategy())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ClusterCapacityProviderAssociations}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableClusterCapacityProviderAssociations.Builder {

    public Builder capacityProviders(List<? extends Expr> values) {
      capacityProviders(Expr.list(values));
      return this;
    }

    public Builder capacityProviders(String... values) {
      capacityProviders(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder cluster(String value) {
      cluster(Expr.of(value));
      return this;
    }

    public Builder defaultCapacityProviderStrategy(List<? extends Expr> values) {
      defaultCapacityProviderStrategy(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECS::ClusterCapacityProviderAssociations.CapacityProviderStrategy}: The
   * `CapacityProviderStrategy` property specifies the details of the default capacity provider
   * strategy for the cluster. When services or tasks are run in the cluster with no launch type or
   * capacity provider strategy specified, the default capacity provider strategy is used.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-clustercapacityproviderassociations-capacityproviderstrategy.html">AWS::ECS::ClusterCapacityProviderAssociations.CapacityProviderStrategy</a>
   */
  @Value.Immutable
  interface CapacityProviderStrategy extends PropertyValue {

    /**
     * The *base* value designates how many tasks, at a minimum, to run on the specified capacity
     * provider for each service. Only one capacity provider in a capacity provider strategy can
     * have a *base* defined. If no value is specified, the default value of `0` is used.
     */
    Optional<Expr> base();

    /**
     * Required. The short name of the capacity provider. This can be either an AWS managed capacity
     * provider ( `FARGATE` or `FARGATE_SPOT` ) or the name of a custom capacity provider that you
     * created.
     */
    Expr capacityProvider();

    /**
     * The *weight* value designates the relative percentage of the total number of tasks launched
     * that should use the specified capacity provider. The `weight` value is taken into
     * consideration after the `base` value, if defined, is satisfied.
     */
    Optional<Expr> weight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Base", base())
          .put("CapacityProvider", capacityProvider())
          .put("Weight", weight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderStrategy}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableClusterCapacityProviderAssociations.CapacityProviderStrategy.Builder {

      public Builder base(long value) {
        base(Expr.of(value));
        return this;
      }

      public Builder capacityProvider(String value) {
        capacityProvider(Expr.of(value));
        return this;
      }

      public Builder weight(long value) {
        weight(Expr.of(value));
        return this;
      }
    }
  }
}
