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
 * {@code AWS::IAM::Policy}: Adds or updates an inline policy document that is embedded in the
 * specified IAM group, user or role.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-policy.html">AWS::IAM::Policy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Policy extends Resource {

  String TYPE = "AWS::IAM::Policy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name of the group to associate the policy with. */
  Optional<Expr> groups();

  /** Required. The policy document. */
  Expr policyDocument();

  /** Required. The name of the policy document. */
  Expr policyName();

  /** The name of the role to associate the policy with. */
  Optional<Expr> roles();

  /** The name of the user to associate the policy with. */
  Optional<Expr> users();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Groups", groups())
        .put("PolicyDocument", policyDocument())
        .put("PolicyName", policyName())
        .put("Roles", roles())
        .put("Users", users())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The stable and unique string identifying the policy. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Policy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePolicy.Builder {

    public Builder groups(List<? extends Expr> values) {
      groups(Expr.list(values));
      return this;
    }

    public Builder groups(String... values) {
      groups(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder policyDocument(JsonNode value) {
      policyDocument(Expr.json(value));
      return this;
    }

    public Builder policyDocument(String value) {
      policyDocument(Expr.of(value));
      return this;
    }

    public Builder policyName(String value) {
      policyName(Expr.of(value));
      return this;
    }

    public Builder roles(List<? extends Expr> values) {
      roles(Expr.list(values));
      return this;
    }

    public Builder roles(String... values) {
      roles(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder users(List<? extends Expr> values) {
      users(Expr.list(values));
      return this;
    }

    public Builder users(String... values) {
      users(Expr.ofStrings(List.of(values)));
      return this;
    }
  }
}
