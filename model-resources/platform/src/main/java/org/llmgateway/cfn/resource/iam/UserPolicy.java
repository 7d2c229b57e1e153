// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.iam;

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
 * {@code AWS::IAM::UserPolicy}: Adds or updates an inline policy document that is embedded in the
 * specified IAM user.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-userpolicy.html">AWS::IAM::UserPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface UserPolicy extends Resource {

  String TYPE = "AWS::IAM::UserPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The policy document. */
  Optional<Expr> policyDocument();

  /** Required. The name of the policy document. */
  Expr policyName();

  /** Required. The name of the user to associate the policy with. */
  Expr userName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PolicyDocument", policyDocument())
        .put("PolicyName", policyName())
        .put("UserName", userName())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableUserPolicy.Builder {

    public Builder policyDocument(JsonNode value) {
      policyDocument(Expr.json(value));
      return this;
    }

    public Builder policyName(String value) {
      policyName(Expr.of(value));
      return this;
    }

    public Builder userName(String value) {
      userName(Expr.of(value));
      return this;
    }
  }
}
