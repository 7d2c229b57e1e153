// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

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
 * {@code AWS::Logs::DeliveryDestination}: This structure contains information about one *delivery
 * destination* in your account. A delivery destination is an AWS resource that represents an AWS
 * service that logs can be sent to. CloudWatch Logs, Amazon S3, Firehose, and X-Ray are supported
 * as delivery destinations.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-deliverydestination.html">AWS::Logs::DeliveryDestination</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DeliveryDestination extends Resource {

  String TYPE = "AWS::Logs::DeliveryDestination";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * An IAM policy that grants permissions to CloudWatch Logs to deliver logs cross-account to a
   * specified destination in this account. For examples of this policy, see
   * [Examples](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html#API_PutDeliveryDestinationPolicy_Examples)
   * in the CloudWatch Logs API Reference.
   */
  Optional<Expr> deliveryDestinationPolicy();

  /**
   * Displays whether this delivery destination is CloudWatch Logs, Amazon S3, Firehose, or X-Ray.
   */
  Optional<Expr> deliveryDestinationType();

  /**
   * The ARN of the AWS destination that this delivery destination represents. That AWS destination
   * can be a log group in CloudWatch Logs , an Amazon S3 bucket, or a Firehose stream.
   */
  Optional<Expr> destinationResourceArn();

  /** Required. The name of this delivery destination. */
  Expr name();

  /** The format of the logs that are sent to this delivery destination. */
  Optional<Expr> outputFormat();

  /** An array of key-value pairs to apply to the delivery destination. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DeliveryDestinationPolicy", deliveryDestinationPolicy())
        .put("DeliveryDestinationType", deliveryDestinationType())
        .put("DestinationResourceArn", destinationResourceArn())
        .put("Name", name())
        .put("OutputFormat", outputFormat())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) that uniquely identifies this
   * delivery destination.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliveryDestination}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDeliveryDestination.Builder {

    public Builder deliveryDestinationType(String value) {
      deliveryDestinationType(Expr.of(value));
      return this;
    }

    public Builder destinationResourceArn(String value) {
      destinationResourceArn(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder outputFormat(String value) {
      outputFormat(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Logs::DeliveryDestination.DestinationPolicy}: An IAM policy that grants permissions
   * to CloudWatch Logs to deliver logs cross-account to a specified destination in this account.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-deliverydestination-destinationpolicy.html">AWS::Logs::DeliveryDestination.DestinationPolicy</a>
   */
  @Value.Immutable
  interface DestinationPolicy extends PropertyValue {

    /** A name for an existing destination. */
    Optional<Expr> deliveryDestinationName();

    /**
     * Creates or updates an access policy associated with an existing destination. An access policy
     * is an [IAM policy
     * document](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies_overview.html) that is
     * used to authorize claims to register a subscription filter against a given destination.
     */
    Optional<Expr> deliveryDestinationPolicy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeliveryDestinationName", deliveryDestinationName())
          .put("DeliveryDestinationPolicy", deliveryDestinationPolicy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DestinationPolicy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDeliveryDestination.DestinationPolicy.Builder {

      public Builder deliveryDestinationName(String value) {
        deliveryDestinationName(Expr.of(value));
        return this;
      }

      public Builder deliveryDestinationPolicy(JsonNode value) {
        deliveryDestinationPolicy(Expr.json(value));
        return this;
      }
    }
  }
}
