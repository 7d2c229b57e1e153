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
 * {@code AWS::SNS::TopicPolicy}: The `AWS::SNS::TopicPolicy` resource associates Amazon topics with
 * a policy. For an example snippet, see [Declaring an Amazon
 * policy](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-sns-policy)
 * in the *CloudFormation User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-sns-topicpolicy.html">AWS::SNS::TopicPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TopicPolicy extends Resource {

  String TYPE = "AWS::SNS::TopicPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. A policy document that contains permissions to add to the specified SNS topics. */
  Expr policyDocument();

  /**
   * Required. The Amazon Resource Names (ARN) of the topics to which you want to add the policy.
   * You can use the
   * `[Ref](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html)`
   * function to specify an
   * `[AWS::SNS::Topic](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sns-topic.html)`
   * resource.
   */
  Expr topics();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PolicyDocument", policyDocument())
        .put("Topics", topics())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The provider-assigned unique ID for this managed resource. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TopicPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTopicPolicy.Builder {

    public Builder policyDocument(JsonNode value) {
      policyDocument(Expr.json(value));
      return this;
    }

    public Builder policyDocument(String value) {
      policyDocument(Expr.of(value));
      return this;
    }

    public Builder topics(List<? extends Expr> values) {
      topics(Expr.list(values));
      return this;
    }

    public Builder topics(String... values) {
      topics(Expr.ofStrings(List.of(values)));
      return this;
    }
  }
}
