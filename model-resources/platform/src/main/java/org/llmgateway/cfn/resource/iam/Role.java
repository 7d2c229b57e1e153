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
 * {@code AWS::IAM::Role}: Creates a new role for your AWS account .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-role.html">AWS::IAM::Role</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Role extends Resource {

  String TYPE = "AWS::IAM::Role";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The trust policy that is associated with this role. Trust policies define which
   * entities can assume the role. You can associate only one trust policy with a role. For an
   * example of a policy that can be used to assume a role, see [Template
   * Examples](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html#aws-resource-iam-role--examples)
   * . For more information about the elements that you can use in an IAM policy, see [IAM Policy
   * Elements
   * Reference](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html)
   * in the *IAM User Guide* .
   */
  Expr assumeRolePolicyDocument();

  /** A description of the role that you provide. */
  Optional<Expr> description();

  /**
   * A list of Amazon Resource Names (ARNs) of the IAM managed policies that you want to attach to
   * the role.
   */
  Optional<Expr> managedPolicyArns();

  /**
   * The maximum session duration (in seconds) that you want to set for the specified role. If you
   * do not specify a value for this setting, the default value of one hour is applied. This setting
   * can have a value from 1 hour to 12 hours.
   */
  Optional<Expr> maxSessionDuration();

  /**
   * The path to the role. For more information about paths, see [IAM
   * Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
   * *IAM User Guide* .
   */
  Optional<Expr> path();

  /** The ARN of the policy used to set the permissions boundary for the role. */
  Optional<Expr> permissionsBoundary();

  /** Adds or updates an inline policy document that is embedded in the specified IAM role. */
  Optional<Expr> policies();

  /**
   * A name for the IAM role, up to 64 characters in length. For valid values, see the `RoleName`
   * parameter for the
   * [`CreateRole`](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html) action
   * in the *IAM User Guide* .
   */
  Optional<Expr> roleName();

  /**
   * A list of tags that are attached to the role. For more information about tagging, see [Tagging
   * IAM resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
   * Guide* .
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AssumeRolePolicyDocument", assumeRolePolicyDocument())
        .put("Description", description())
        .put("ManagedPolicyArns", managedPolicyArns())
        .put("MaxSessionDuration", maxSessionDuration())
        .put("Path", path())
        .put("PermissionsBoundary", permissionsBoundary())
        .put("Policies", policies())
        .put("RoleName", roleName())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) for the role. For example:
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code RoleId} attribute: Returns the stable and unique string identifying the role. For
   * example, `AIDAJQABLZS4A3QDU576Q` .
   */
  default GetAtt attrRoleId() {
    return getAtt("RoleId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Role}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRole.Builder {

    public Builder assumeRolePolicyDocument(JsonNode value) {
      assumeRolePolicyDocument(Expr.json(value));
      return this;
    }

    public Builder assumeRolePolicyDocument(String value) {
      assumeRolePolicyDocument(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
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

    public Builder maxSessionDuration(long value) {
      maxSessionDuration(Expr.of(value));
      return this;
    }

    public Builder path(String value) {
      path(Expr.of(value));
      return this;
    }

    public Builder permissionsBoundary(String value) {
      permissionsBoundary(Expr.of(value));
      return this;
    }

    public Builder policies(List<? extends Expr> values) {
      policies(Expr.list(values));
      return this;
    }

    public Builder roleName(String value) {
      roleName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::IAM::Role.Policy}: Contains information about an attached policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-iam-role-policy.html">AWS::IAM::Role.Policy</a>
   */
  @Value.Immutable
  interface Policy extends PropertyValue {

    /**
     * Required. The entire contents of the policy that defines permissions. For more information,
     * see [Overview of JSON
     * policies](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policies-json)
     * .
     */
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
    final class Builder extends ImmutableRole.Policy.Builder {

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
