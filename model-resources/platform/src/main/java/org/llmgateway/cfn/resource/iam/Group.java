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
 * {@code AWS::IAM::Group}: Creates a new group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-group.html">AWS::IAM::Group</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Group extends Resource {

  String TYPE = "AWS::IAM::Group";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name of the group to create. Do not include the path in this value. */
  Optional<Expr> groupName();

  /** The Amazon Resource Name (ARN) of the IAM policy you want to attach. */
  Optional<Expr> managedPolicyArns();

  /**
   * The path to the group. For more information about paths, see [IAM
   * identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
   * *IAM User Guide* .
   */
  Optional<Expr> path();

  /**
   * Adds or updates an inline policy document that is embedded in the specified IAM group. To view
   * AWS::IAM::Group snippets, see [Declaring an IAM Group
   * Resource](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-iam-group)
   * .
   */
  Optional<Expr> policies();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("GroupName", groupName())
        .put("ManagedPolicyArns", managedPolicyArns())
        .put("Path", path())
        .put("Policies", policies())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) for the specified
   * `AWS::IAM::Group` resource. For example:
   * `arn:aws:iam::123456789012:group/mystack-mygroup-1DZETITOWEKVO` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Group}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableGroup.Builder {

    public Builder groupName(String value) {
      groupName(Expr.of(value));
      return this;
    }

    public Builder managedPolicyArns(List<? extends Expr> values) {
      managedPolicyArns(Expr.list(values));
      return this;
    }

    public Builder managedPolicyArns(String... values) {
      managedPolicyArns(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder path(String value) {
      path(Expr.of(value));
      return this;
    }

    public Builder policies(List<? extends Expr> values) {
      policies(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::IAM::Group.Policy}: Contains information about an attached policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-iam-group-policy.html">AWS::IAM::Group.Policy</a>
   */
  @Value.Immutable
  interface Policy extends PropertyValue {

    /** Required. The policy document. */
    Expr policyDocument();

    /** Required. The friendly name (not ARN) identifying the policy. */
    Expr policyName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PolicyDocument", policyDocument())
          .put("PolicyName", policyName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Policy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableGroup.Policy.Builder {

      public Builder policyDocument(String value) {
        policyDocument(Expr.of(value));
        return this;
      }

      public Builder policyDocument(JsonNode value) {
        policyDocument(Expr.json(value));
        return this;
      }

      public Builder policyName(String value) {
        policyName(Expr.of(value));
        return this;
      }
    }
  }
}
