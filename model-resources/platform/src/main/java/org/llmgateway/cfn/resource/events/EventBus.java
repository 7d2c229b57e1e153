// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.events;

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
 * {@code AWS::Events::EventBus}: Specifies an event bus within your account. This can be a custom
 * event bus which you can use to receive events from your custom applications and services, or it
 * can be a partner event bus which can be matched to a partner event source.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-eventbus.html">AWS::Events::EventBus</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EventBus extends Resource {

  String TYPE = "AWS::Events::EventBus";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
   * (DLQ).
   */
  Optional<Expr> deadLetterConfig();

  /** The event bus description. */
  Optional<Expr> description();

  /**
   * If you are creating a partner event bus, this specifies the partner event source that the new
   * event bus will be matched with.
   */
  Optional<Expr> eventSourceName();

  /**
   * The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a
   * customer managed key to encrypt events on this event bus. The identifier can be the key Amazon
   * Resource Name (ARN), KeyId, key alias, or key alias ARN.
   */
  Optional<Expr> kmsKeyIdentifier();

  /** The logging configuration settings for the event bus. */
  Optional<Expr> logConfig();

  /** Required. The name of the new event bus. */
  Expr name();

  /**
   * The permissions policy of the event bus, describing which other AWS accounts can write events
   * to this event bus.
   */
  Optional<Expr> policy();

  /** Tags to associate with the event bus. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DeadLetterConfig", deadLetterConfig())
        .put("Description", description())
        .put("EventSourceName", eventSourceName())
        .put("KmsKeyIdentifier", kmsKeyIdentifier())
        .put("LogConfig", logConfig())
        .put("Name", name())
        .put("Policy", policy())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The ARN of the event bus, such as
   * `arn:aws:events:us-east-2:123456789012:event-bus/aws.partner/PartnerName/acct1/repo1` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Name} attribute: The name of the event bus, such as `PartnerName/acct1/repo1` . */
  default GetAtt attrName() {
    return getAtt("Name");
  }

  /** The {@code Policy} attribute. */
  default GetAtt attrPolicy() {
    return getAtt("Policy");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EventBus}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableEventBus.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder eventSourceName(String value) {
      eventSourceName(Expr.of(value));
      return this;
    }

    public Builder kmsKeyIdentifier(String value) {
      kmsKeyIdentifier(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder policy(JsonNode value) {
      policy(Expr.json(value));
      return this;
    }

    public Builder policy(String value) {
      policy(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Events::EventBus.DeadLetterConfig}: Configuration details of the Amazon SQS queue
   * for EventBridge to use as a dead-letter queue (DLQ).
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-eventbus-deadletterconfig.html">AWS::Events::EventBus.DeadLetterConfig</a>
   */
  @Value.Immutable
  interface DeadLetterConfig extends PropertyValue {

    /** The ARN of the SQS queue specified as the target for the dead-letter queue. */
    Optional<Expr> arn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DeadLetterConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventBus.DeadLetterConfig.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::EventBus.LogConfig}: The logging configuration settings for the event bus.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-eventbus-logconfig.html">AWS::Events::EventBus.LogConfig</a>
   */
  @Value.Immutable
  interface LogConfig extends PropertyValue {

    /**
     * Whether EventBridge include detailed event information in the records it generates. Detailed
     * data can be useful for troubleshooting and debugging. This information includes details of
     * the event itself, as well as target details.
     */
    Optional<Expr> includeDetail();

    /**
     * The level of logging detail to include. This applies to all log destinations for the event
     * bus.
     */
    Optional<Expr> level();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IncludeDetail", includeDetail())
          .put("Level", level())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LogConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventBus.LogConfig.Builder {

      public Builder includeDetail(String value) {
        includeDetail(Expr.of(value));
        return this;
      }

      public Builder level(String value) {
        level(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::EventBus.TagEntry}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-eventbus-tagentry.html">AWS::Events::EventBus.TagEntry</a>
   */
  @Value.Immutable
  interface TagEntry extends PropertyValue {

    /** Required. {@code Key}. */
    Expr key();

    /** Required. {@code Value}. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TagEntry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEventBus.TagEntry.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }
}
