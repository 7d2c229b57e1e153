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
 * {@code AWS::SNS::Topic}: The `AWS::SNS::Topic` resource creates a topic to which notifications
 * can be published.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topic.html">AWS::SNS::Topic</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Topic extends Resource {

  String TYPE = "AWS::SNS::Topic";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The `ArchivePolicy` determines the number of days Amazon retains messages in FIFO topics. You
   * can set a retention period ranging from 1 to 365 days. This property is only applicable to FIFO
   * topics; attempting to use it with standard topics will result in a creation failure.
   */
  Optional<Expr> archivePolicy();

  /**
   * `ContentBasedDeduplication` enables deduplication of messages based on their content for FIFO
   * topics. By default, this property is set to false. If you create a FIFO topic with
   * `ContentBasedDeduplication` set to false, you must provide a `MessageDeduplicationId` for each
   * `Publish` action. When set to true, Amazon automatically generates a `MessageDeduplicationId`
   * using a SHA-256 hash of the message body (excluding message attributes). You can optionally
   * override this generated value by specifying a `MessageDeduplicationId` in the `Publish` action.
   * Note that this property only applies to FIFO topics; using it with standard topics will cause
   * the creation to fail.
   */
  Optional<Expr> contentBasedDeduplication();

  /** The body of the policy document you want to use for this topic. */
  Optional<Expr> dataProtectionPolicy();

  /**
   * The `DeliveryStatusLogging` configuration enables you to log the delivery status of messages
   * sent from your Amazon SNS topic to subscribed endpoints with the following supported delivery
   * protocols:
   */
  Optional<Expr> deliveryStatusLogging();

  /**
   * The display name to use for an Amazon topic with SMS subscriptions. The display name must be
   * maximum 100 characters long, including hyphens (-), underscores (_), spaces, and tabs.
   */
  Optional<Expr> displayName();

  /**
   * Specifies the throughput quota and deduplication behavior to apply for the FIFO topic. Valid
   * values are `Topic` or `MessageGroup` .
   */
  Optional<Expr> fifoThroughputScope();

  /** Set to true to create a FIFO topic. */
  Optional<Expr> fifoTopic();

  /**
   * The ID of an AWS managed customer master key (CMK) for Amazon or a custom CMK. For more
   * information, see [Key
   * terms](https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html#sse-key-terms)
   * . For more examples, see
   * `[KeyId](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html#API_DescribeKey_RequestParameters)`
   * in the *AWS Key Management Service API Reference* .
   */
  Optional<Expr> kmsMasterKeyId();

  /** {@code MaximumMessageSize}. */
  Optional<Expr> maximumMessageSize();

  /**
   * The signature version corresponds to the hashing algorithm used while creating the signature of
   * the notifications, subscription confirmations, or unsubscribe confirmation messages sent by
   * Amazon SNS. By default, `SignatureVersion` is set to `1` .
   */
  Optional<Expr> signatureVersion();

  /** The Amazon subscriptions (endpoints) for this topic. */
  Optional<Expr> subscription();

  /** The list of tags to add to a new topic. */
  Optional<Expr> tags();

  /**
   * The name of the topic you want to create. Topic names must include only uppercase and lowercase
   * ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters
   * long. FIFO topic names must end with `.fifo` .
   */
  Optional<Expr> topicName();

  /**
   * Tracing mode of an Amazon topic. By default `TracingConfig` is set to `PassThrough` , and the
   * topic passes through the tracing header it receives from an Amazon publisher to its
   * subscriptions. If set to `Active` , Amazon will vend X-Ray segment data to topic owner account
   * if the sampled flag in the tracing header is true.
   */
  Optional<Expr> tracingConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ArchivePolicy", archivePolicy())
        .put("ContentBasedDeduplication", contentBasedDeduplication())
        .put("DataProtectionPolicy", dataProtectionPolicy())
        .put("DeliveryStatusLogging", deliveryStatusLogging())
        .put("DisplayName", displayName())
        .put("FifoThroughputScope", fifoThroughputScope())
        .put("FifoTopic", fifoTopic())
        .put("KmsMasterKeyId", kmsMasterKeyId())
        .put("MaximumMessageSize", maximumMessageSize())
        .put("SignatureVersion", signatureVersion())
        .put("Subscription", subscription())
        .put("Tags", tags())
        .put("TopicName", topicName())
        .put("TracingConfig", tracingConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code TopicArn} attribute: Returns the ARN of an Amazon topic. */
  default GetAtt attrTopicArn() {
    return getAtt("TopicArn");
  }

  /** The {@code TopicName} attribute: Returns the name of an Amazon topic. */
  default GetAtt attrTopicName() {
    return getAtt("TopicName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Topic}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTopic.Builder {

    public Builder archivePolicy(JsonNode value) {
      archivePolicy(Expr.json(value));
      return this;
    }

    public Builder contentBasedDeduplication(boolean value) {
      contentBasedDeduplication(Expr.of(value));
      return this;
    }

    public Builder dataProtectionPolicy(JsonNode value) {
      dataProtectionPolicy(Expr.json(value));
      return this;
    }

    public Builder deliveryStatusLogging(List<? extends Expr> values) {
      deliveryStatusLogging(Expr.list(values));
      return this;
    }

    public Builder displayName(String value) {
      displayName(Expr.of(value));
      return this;
    }

    public Builder fifoThroughputScope(String value) {
      fifoThroughputScope(Expr.of(value));
      return this;
    }

    public Builder fifoTopic(boolean value) {
      fifoTopic(Expr.of(value));
      return this;
    }

    public Builder kmsMasterKeyId(String value) {
      kmsMasterKeyId(Expr.of(value));
      return this;
    }

    public Builder maximumMessageSize(long value) {
      maximumMessageSize(Expr.of(value));
      return this;
    }

    public Builder signatureVersion(String value) {
      signatureVersion(Expr.of(value));
      return this;
    }

    public Builder subscription(List<? extends Expr> values) {
      subscription(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder topicName(String value) {
      topicName(Expr.of(value));
      return this;
    }

    public Builder tracingConfig(String value) {
      tracingConfig(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::SNS::Topic.LoggingConfig}: The `LoggingConfig` property type specifies the
   * `Delivery` status logging configuration for an
   * [`AWS::SNS::Topic`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sns-topic-loggingconfig.html">AWS::SNS::Topic.LoggingConfig</a>
   */
  @Value.Immutable
  interface LoggingConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code Protocol}. */
    String PROTOCOL_HTTP_S = "http/s";
    String PROTOCOL_SQS = "sqs";
    String PROTOCOL_LAMBDA = "lambda";
    String PROTOCOL_FIREHOSE = "firehose";
    String PROTOCOL_APPLICATION = "application";

    /** The IAM role ARN to be used when logging failed message deliveries in Amazon CloudWatch. */
    Optional<Expr> failureFeedbackRoleArn();

    /** Required. Indicates one of the supported protocols for the Amazon SNS topic. */
    Expr protocol();

    /**
     * The IAM role ARN to be used when logging successful message deliveries in Amazon CloudWatch.
     */
    Optional<Expr> successFeedbackRoleArn();

    /**
     * The percentage of successful message deliveries to be logged in Amazon CloudWatch. Valid
     * percentage values range from 0 to 100.
     */
    Optional<Expr> successFeedbackSampleRate();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FailureFeedbackRoleArn", failureFeedbackRoleArn())
          .put("Protocol", protocol())
          .put("SuccessFeedbackRoleArn", successFeedbackRoleArn())
          .put("SuccessFeedbackSampleRate", successFeedbackSampleRate())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LoggingConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTopic.LoggingConfig.Builder {

      public Builder failureFeedbackRoleArn(String value) {
        failureFeedbackRoleArn(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder successFeedbackRoleArn(String value) {
        successFeedbackRoleArn(Expr.of(value));
        return this;
      }

      public Builder successFeedbackSampleRate(String value) {
        successFeedbackSampleRate(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SNS::Topic.Subscription}: `Subscription` is an embedded property that describes the
   * subscription endpoints of an Amazon topic.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-sns-topic-subscription.html">AWS::SNS::Topic.Subscription</a>
   */
  @Value.Immutable
  interface Subscription extends PropertyValue {

    /**
     * Required. The endpoint that receives notifications from the Amazon topic. The endpoint value
     * depends on the protocol that you specify. For more information, see the `Endpoint` parameter
     * of the `[Subscribe](https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html)` action in
     * the *Amazon API Reference* .
     */
    Expr endpoint();

    /**
     * Required. The subscription's protocol. For more information, see the `Protocol` parameter of
     * the `[Subscribe](https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html)` action in
     * the *Amazon API Reference* .
     */
    Expr protocol();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Endpoint", endpoint())
          .put("Protocol", protocol())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Subscription}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTopic.Subscription.Builder {

      public Builder endpoint(String value) {
        endpoint(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }
    }
  }
}
