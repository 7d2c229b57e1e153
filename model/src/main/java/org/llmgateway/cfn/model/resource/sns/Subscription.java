package org.llmgateway.cfn.model.resource.sns;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::SNS::Subscription: one endpoint receiving a topic's messages. */
@Value.Immutable
@CfnStyle
public interface Subscription extends Resource {

  /** The delivery protocols this project uses. */
  enum Protocol {
    EMAIL("email");

    private final String value;

    Protocol(String value) {
      this.value = value;
    }

    @JsonValue
    public String value() {
      return value;
    }
  }

  @Override
  default String resourceType() {
    return "AWS::SNS::Subscription";
  }

  @JsonProperty("TopicArn")
  Expr topicArn();

  @JsonProperty("Protocol")
  Protocol protocol();

  @JsonProperty("Endpoint")
  Expr endpoint();

  static ImmutableSubscription.Builder builder() {
    return ImmutableSubscription.builder();
  }
}
