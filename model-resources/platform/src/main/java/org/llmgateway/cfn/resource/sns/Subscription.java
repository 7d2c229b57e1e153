// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.sns;

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
 * {@code AWS::SNS::Subscription}: The `AWS::SNS::Subscription` resource subscribes an endpoint to
 * an Amazon topic. For a subscription to be created, the owner of the endpoint must` confirm the
 * subscription.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-subscription.html">AWS::SNS::Subscription</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Subscription extends Resource {

  String TYPE = "AWS::SNS::Subscription";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The delivery policy JSON assigned to the subscription. Enables the subscriber to define the
   * message delivery retry strategy in the case of an HTTP/S endpoint subscribed to the topic. For
   * more information, see
   * `[GetSubscriptionAttributes](https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.html)`
   * in the *Amazon API Reference* and [Message delivery
   * retries](https://docs.aws.amazon.com/sns/latest/dg/sns-message-delivery-retries.html) in the
   * *Amazon Developer Guide* .
   */
  Optional<Expr> deliveryPolicy();

  /**
   * The subscription's endpoint. The endpoint value depends on the protocol that you specify. For
   * more information, see the `Endpoint` parameter of the
   * `[Subscribe](https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html)` action in the
   * *Amazon API Reference* .
   */
  Optional<Expr> endpoint();

  /**
   * The filter policy JSON assigned to the subscription. Enables the subscriber to filter out
   * unwanted messages. For more information, see
   * `[GetSubscriptionAttributes](https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.html)`
   * in the *Amazon API Reference* and [Message
   * filtering](https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html) in the *Amazon
   * Developer Guide* .
   */
  Optional<Expr> filterPolicy();

  /**
   * This attribute lets you choose the filtering scope by using one of the following string value
   * types:
   */
  Optional<Expr> filterPolicyScope();

  /**
   * Required. The subscription's protocol. For more information, see the `Protocol` parameter of
   * the `[Subscribe](https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html)` action in the
   * *Amazon API Reference* .
   */
  Expr protocol();

  /**
   * When set to `true` , enables raw message delivery. Raw messages don't contain any JSON
   * formatting and can be sent to Amazon SQS and HTTP/S endpoints. For more information, see
   * `[GetSubscriptionAttributes](https://docs.aws.amazon.com/sns/latest/api/API_GetSubscriptionAttributes.html)`
   * in the *Amazon API Reference* .
   */
  Optional<Expr> rawMessageDelivery();

  /**
   * When specified, sends undeliverable messages to the specified Amazon SQS dead-letter queue.
   * Messages that can't be delivered due to client errors (for example, when the subscribed
   * endpoint is unreachable) or server errors (for example, when the service that powers the
   * subscribed endpoint becomes unavailable) are held in the dead-letter queue for further analysis
   * or reprocessing.
   */
  Optional<Expr> redrivePolicy();

  /** For cross-region subscriptions, the region in which the topic resides. */
  Optional<Expr> region();

  /**
   * Specifies whether Amazon resends the notification to the subscription when a message's
   * attribute changes.
   */
  Optional<Expr> replayPolicy();

  /**
   * This property applies only to Amazon Data Firehose delivery stream subscriptions. Specify the
   * ARN of the IAM role that has the following:
   */
  Optional<Expr> subscriptionRoleArn();

  /** Required. The ARN of the topic to subscribe to. */
  Expr topicArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DeliveryPolicy", deliveryPolicy())
        .put("Endpoint", endpoint())
        .put("FilterPolicy", filterPolicy())
        .put("FilterPolicyScope", filterPolicyScope())
        .put("Protocol", protocol())
        .put("RawMessageDelivery", rawMessageDelivery())
        .put("RedrivePolicy", redrivePolicy())
        .put("Region", region())
        .put("ReplayPolicy", replayPolicy())
        .put("SubscriptionRoleArn", subscriptionRoleArn())
        .put("TopicArn", topicArn())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the ARN of the subscription created by the
   * `AWS::SNS::Subscription` resource.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subscription}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSubscription.Builder {

    public Builder deliveryPolicy(JsonNode value) {
      deliveryPolicy(Expr.json(value));
      return this;
    }

    public Builder deliveryPolicy(String value) {
      deliveryPolicy(Expr.of(value));
      return this;
    }

    public Builder endpoint(String value) {
      endpoint(Expr.of(value));
      return this;
    }

    public Builder filterPolicy(JsonNode value) {
      filterPolicy(Expr.json(value));
      return this;
    }

    public Builder filterPolicy(String value) {
      filterPolicy(Expr.of(value));
      return this;
    }

    public Builder filterPolicyScope(String value) {
      filterPolicyScope(Expr.of(value));
      return this;
    }

    public Builder protocol(String value) {
      protocol(Expr.of(value));
      return this;
    }

    public Builder rawMessageDelivery(boolean value) {
      rawMessageDelivery(Expr.of(value));
      return this;
    }

    public Builder redrivePolicy(JsonNode value) {
      redrivePolicy(Expr.json(value));
      return this;
    }

    public Builder redrivePolicy(String value) {
      redrivePolicy(Expr.of(value));
      return this;
    }

    public Builder region(String value) {
      region(Expr.of(value));
      return this;
    }

    public Builder replayPolicy(JsonNode value) {
      replayPolicy(Expr.json(value));
      return this;
    }

    public Builder replayPolicy(String value) {
      replayPolicy(Expr.of(value));
      return this;
    }

    public Builder subscriptionRoleArn(String value) {
      subscriptionRoleArn(Expr.of(value));
      return this;
    }

    public Builder topicArn(String value) {
      topicArn(Expr.of(value));
      return this;
    }
  }
}
