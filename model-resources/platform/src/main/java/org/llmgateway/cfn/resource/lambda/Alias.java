// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.lambda;

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
 * {@code AWS::Lambda::Alias}: The `AWS::Lambda::Alias` resource creates an
 * [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html) for a Lambda
 * function version. Use aliases to provide clients with a function identifier that you can update
 * to invoke a different version.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-alias.html">AWS::Lambda::Alias</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Alias extends Resource {

  String TYPE = "AWS::Lambda::Alias";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A description of the alias. */
  Optional<Expr> description();

  /** Required. The name or ARN of the Lambda function. */
  Expr functionName();

  /** Required. The function version that the alias invokes. */
  Expr functionVersion();

  /** Required. The name of the alias. */
  Expr name();

  /**
   * Specifies a [provisioned
   * concurrency](https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html)
   * configuration for a function's alias.
   */
  Optional<Expr> provisionedConcurrencyConfig();

  /**
   * The [routing
   * configuration](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html)
   * of the alias.
   */
  Optional<Expr> routingConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("FunctionName", functionName())
        .put("FunctionVersion", functionVersion())
        .put("Name", name())
        .put("ProvisionedConcurrencyConfig", provisionedConcurrencyConfig())
        .put("RoutingConfig", routingConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AliasArn} attribute: The Amazon Resource Name (ARN) of the alias. */
  default GetAtt attrAliasArn() {
    return getAtt("AliasArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Alias}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAlias.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder functionName(String value) {
      functionName(Expr.of(value));
      return this;
    }

    public Builder functionVersion(String value) {
      functionVersion(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::Alias.AliasRoutingConfiguration}: The
   * [traffic-shifting](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html)
   * configuration of a Lambda function alias.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-alias-aliasroutingconfiguration.html">AWS::Lambda::Alias.AliasRoutingConfiguration</a>
   */
  @Value.Immutable
  interface AliasRoutingConfiguration extends PropertyValue {

    /** The second version, and the percentage of traffic that's routed to it. */
    Optional<Expr> additionalVersionWeights();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdditionalVersionWeights", additionalVersionWeights())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AliasRoutingConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableAlias.AliasRoutingConfiguration.Builder {

      public Builder additionalVersionWeights(List<? extends Expr> values) {
        additionalVersionWeights(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Alias.ProvisionedConcurrencyConfiguration}: A provisioned concurrency
   * configuration for a function's alias.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-alias-provisionedconcurrencyconfiguration.html">AWS::Lambda::Alias.ProvisionedConcurrencyConfiguration</a>
   */
  @Value.Immutable
  interface ProvisionedConcurrencyConfiguration extends PropertyValue {

    /** Required. The amount of provisioned concurrency to allocate for the alias. */
    Expr provisionedConcurrentExecutions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ProvisionedConcurrentExecutions", provisionedConcurrentExecutions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ProvisionedConcurrencyConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableAlias.ProvisionedConcurrencyConfiguration.Builder {

      public Builder provisionedConcurrentExecutions(long value) {
        provisionedConcurrentExecutions(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Alias.VersionWeight}: The
   * [traffic-shifting](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html)
   * configuration of a Lambda function alias.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-alias-versionweight.html">AWS::Lambda::Alias.VersionWeight</a>
   */
  @Value.Immutable
  interface VersionWeight extends PropertyValue {

    /** Required. The qualifier of the second version. */
    Expr functionVersion();

    /** Required. The percentage of traffic that the alias routes to the second version. */
    Expr functionWeight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FunctionVersion", functionVersion())
          .put("FunctionWeight", functionWeight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VersionWeight}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlias.VersionWeight.Builder {

      public Builder functionVersion(String value) {
        functionVersion(Expr.of(value));
        return this;
      }

      public Builder functionWeight(long value) {
        functionWeight(Expr.of(value));
        return this;
      }

      public Builder functionWeight(double value) {
        functionWeight(Expr.of(value));
        return this;
      }
    }
  }
}
