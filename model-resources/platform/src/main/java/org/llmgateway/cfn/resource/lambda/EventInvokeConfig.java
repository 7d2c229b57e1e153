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
 * {@code AWS::Lambda::EventInvokeConfig}: The `AWS::Lambda::EventInvokeConfig` resource configures
 * options for [asynchronous
 * invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html) on a version or
 * an alias.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventinvokeconfig.html">AWS::Lambda::EventInvokeConfig</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EventInvokeConfig extends Resource {

  String TYPE = "AWS::Lambda::EventInvokeConfig";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A destination for events after they have been sent to a function for processing. */
  Optional<Expr> destinationConfig();

  /** Required. The name of the Lambda function. */
  Expr functionName();

  /** The maximum age of a request that Lambda sends to a function for processing. */
  Optional<Expr> maximumEventAgeInSeconds();

  /** The maximum number of times to retry when the function returns an error. */
  Optional<Expr> maximumRetryAttempts();

  /** Required. The identifier of a version or alias. */
  Expr qualifier();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DestinationConfig", destinationConfig())
        .put("FunctionName", functionName())
        .put("MaximumEventAgeInSeconds", maximumEventAgeInSeconds())
        .put("MaximumRetryAttempts", maximumRetryAttempts())
        .put("Qualifier", qualifier())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EventInvokeConfig}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableEventInvokeConfig.Builder {

    public Builder functionName(String value) {
      functionName(Expr.of(value));
      return this;
    }

    public Builder maximumEventAgeInSeconds(long value) {
      maximumEventAgeInSeconds(Expr.of(value));
      return this;
    }

    public Builder maximumRetryAttempts(long value) {
      maximumRetryAttempts(Expr.of(value));
      return this;
    }

    public Builder qualifier(String value) {
      qualifier(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::EventInvokeConfig.DestinationConfig}: A configuration object that specifies
   * the destination of an event after Lambda processes it. For more information, see [Adding a
   * destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventinvokeconfig-destinationconfig.html">AWS::Lambda::EventInvokeConfig.DestinationConfig</a>
   */
  @Value.Immutable
  interface DestinationConfig extends PropertyValue {

    /** The destination configuration for failed invocations. */
    Optional<Expr> onFailure();

    /** The destination configuration for successful invocations. */
    Optional<Expr> onSuccess();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OnFailure", onFailure())
          .put("OnSuccess", onSuccess())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DestinationConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventInvokeConfig.DestinationConfig.Builder {
    }
  }

  /**
   * {@code AWS::Lambda::EventInvokeConfig.OnFailure}: A destination for events that failed
   * processing. For more information, see [Adding a
   * destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventinvokeconfig-onfailure.html">AWS::Lambda::EventInvokeConfig.OnFailure</a>
   */
  @Value.Immutable
  interface OnFailure extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the destination resource. */
    Expr destination();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destination", destination())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OnFailure}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventInvokeConfig.OnFailure.Builder {

      public Builder destination(String value) {
        destination(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::EventInvokeConfig.OnSuccess}: A destination for events that were processed
   * successfully.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-eventinvokeconfig-onsuccess.html">AWS::Lambda::EventInvokeConfig.OnSuccess</a>
   */
  @Value.Immutable
  interface OnSuccess extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the destination resource. */
    Expr destination();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destination", destination())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OnSuccess}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventInvokeConfig.OnSuccess.Builder {

      public Builder destination(String value) {
        destination(Expr.of(value));
        return this;
      }
    }
  }
}
