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
 * {@code AWS::Lambda::Version}: The `AWS::Lambda::Version` resource creates a
 * [version](https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html) from the current
 * code and configuration of a function. Use versions to create a snapshot of your function code and
 * configuration that doesn't change.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-version.html">AWS::Lambda::Version</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Version extends Resource {

  String TYPE = "AWS::Lambda::Version";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Only publish a version if the hash value matches the value that's specified. Use this option to
   * avoid publishing a version if the function code has changed since you last updated it. Updates
   * are not supported for this property.
   */
  Optional<Expr> codeSha256();

  /**
   * A description for the version to override the description in the function configuration.
   * Updates are not supported for this property.
   */
  Optional<Expr> description();

  /** Required. The name or ARN of the Lambda function. */
  Expr functionName();

  /**
   * Configuration that defines the scaling behavior for a Lambda Managed Instances function,
   * including the minimum and maximum number of execution environments that can be provisioned.
   */
  Optional<Expr> functionScalingConfig();

  /**
   * Specifies a provisioned concurrency configuration for a function's version. Updates are not
   * supported for this property.
   */
  Optional<Expr> provisionedConcurrencyConfig();

  /** Runtime Management Config of a function. */
  Optional<Expr> runtimePolicy();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CodeSha256", codeSha256())
        .put("Description", description())
        .put("FunctionName", functionName())
        .put("FunctionScalingConfig", functionScalingConfig())
        .put("ProvisionedConcurrencyConfig", provisionedConcurrencyConfig())
        .put("RuntimePolicy", runtimePolicy())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code FunctionArn} attribute: The ARN of the function. */
  default GetAtt attrFunctionArn() {
    return getAtt("FunctionArn");
  }

  /** The {@code Version} attribute: The version number. */
  default GetAtt attrVersion() {
    return getAtt("Version");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Version}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVersion.Builder {

    public Builder codeSha256(String value) {
      codeSha256(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder functionName(String value) {
      functionName(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::Version.FunctionScalingConfig}: Configuration that defines the scaling
   * behavior for a Lambda Managed Instances function, including the minimum and maximum number of
   * execution environments that can be provisioned.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-version-functionscalingconfig.html">AWS::Lambda::Version.FunctionScalingConfig</a>
   */
  @Value.Immutable
  interface FunctionScalingConfig extends PropertyValue {

    /** The maximum number of execution environments that can be provisioned for the function. */
    Optional<Expr> maxExecutionEnvironments();

    /** The minimum number of execution environments to maintain for the function. */
    Optional<Expr> minExecutionEnvironments();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaxExecutionEnvironments", maxExecutionEnvironments())
          .put("MinExecutionEnvironments", minExecutionEnvironments())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FunctionScalingConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableVersion.FunctionScalingConfig.Builder {

      public Builder maxExecutionEnvironments(long value) {
        maxExecutionEnvironments(Expr.of(value));
        return this;
      }

      public Builder minExecutionEnvironments(long value) {
        minExecutionEnvironments(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Version.ProvisionedConcurrencyConfiguration}: A [provisioned
   * concurrency](https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html)
   * configuration for a function's version.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-version-provisionedconcurrencyconfiguration.html">AWS::Lambda::Version.ProvisionedConcurrencyConfiguration</a>
   */
  @Value.Immutable
  interface ProvisionedConcurrencyConfiguration extends PropertyValue {

    /** Required. The amount of provisioned concurrency to allocate for the version. */
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
    final class Builder extends ImmutableVersion.ProvisionedConcurrencyConfiguration.Builder {

      public Builder provisionedConcurrentExecutions(long value) {
        provisionedConcurrentExecutions(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::Version.RuntimePolicy}: Sets the runtime management configuration for a
   * function's version. For more information, see [Runtime
   * updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-version-runtimepolicy.html">AWS::Lambda::Version.RuntimePolicy</a>
   */
  @Value.Immutable
  interface RuntimePolicy extends PropertyValue {

    /** The ARN of the runtime version you want the function to use. */
    Optional<Expr> runtimeVersionArn();

    /** Required. Specify the runtime update mode. */
    Expr updateRuntimeOn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RuntimeVersionArn", runtimeVersionArn())
          .put("UpdateRuntimeOn", updateRuntimeOn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RuntimePolicy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVersion.RuntimePolicy.Builder {

      public Builder runtimeVersionArn(String value) {
        runtimeVersionArn(Expr.of(value));
        return this;
      }

      public Builder updateRuntimeOn(String value) {
        updateRuntimeOn(Expr.of(value));
        return this;
      }
    }
  }
}
