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
 * {@code AWS::SNS::TopicInlinePolicy}: The `AWS::SNS::TopicInlinePolicy` resource associates one
 * Amazon topic with one policy.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicinlinepolicy.html">AWS::SNS::TopicInlinePolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TopicInlinePolicy extends Resource {

  String TYPE = "AWS::SNS::TopicInlinePolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. A policy document that contains permissions to add to the specified Amazon topic. */
  Expr policyDocument();

  /** Required. The Amazon Resource Name (ARN) of the topic to which you want to add the policy. */
  Expr topicArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PolicyDocument", policyDocument())
        .put("TopicArn", topicArn())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TopicInlinePolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTopicInlinePolicy.Builder {

    public Builder policyDocument(JsonNode value) {
      policyDocument(Expr.json(value));
      return this;
    }

    public Builder topicArn(String value) {
      topicArn(Expr.of(value));
      return this;
    }
  }
}
