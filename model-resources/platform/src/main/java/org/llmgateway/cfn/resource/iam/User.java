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
 * {@code AWS::IAM::User}: Creates a new IAM user for your AWS account .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-user.html">AWS::IAM::User</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface User extends Resource {

  String TYPE = "AWS::IAM::User";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A list of group names to which you want to add the user. */
  Optional<Expr> groups();

  /**
   * Creates a password for the specified IAM user. A password allows an IAM user to access AWS
   * services through the AWS Management Console .
   */
  Optional<Expr> loginProfile();

  /**
   * A list of Amazon Resource Names (ARNs) of the IAM managed policies that you want to attach to
   * the user.
   */
  Optional<Expr> managedPolicyArns();

  /**
   * The path for the user name. For more information about paths, see [IAM
   * identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
   * *IAM User Guide* .
   */
  Optional<Expr> path();

  /** The ARN of the managed policy that is used to set the permissions boundary for the user. */
  Optional<Expr> permissionsBoundary();

  /**
   * Adds or updates an inline policy document that is embedded in the specified IAM user. To view
   * AWS::IAM::User snippets, see [Declaring an IAM User
   * Resource](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-iam-user)
   * .
   */
  Optional<Expr> policies();

  /**
   * A list of tags that you want to attach to the new user. Each tag consists of a key name and an
   * associated value. For more information about tagging, see [Tagging IAM
   * resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
   * Guide* .
   */
  Optional<Expr> tags();

  /** The name of the user to create. Do not include the path in this value. */
  Optional<Expr> userName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Groups", groups())
        .put("LoginProfile", loginProfile())
        .put("ManagedPolicyArns", managedPolicyArns())
        .put("Path", path())
        .put("PermissionsBoundary", permissionsBoundary())
        .put("Policies", policies())
        .put("Tags", tags())
        .put("UserName", userName())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) for the specified
   * `AWS::IAM::User` resource. For example:
   * `arn:aws:iam::123456789012:user/mystack-myuser-1CCXAFG2H2U4D` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link User}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableUser.Builder {

    public Builder groups(List<? extends Expr> values) {
      groups(Expr.list(values));
      return this;
    }

    public Builder groups(String... values) {
      groups(Expr.ofStrings(List.of(values)));
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

    public Builder permissionsBoundary(String value) {
      permissionsBoundary(Expr.of(value));
      return this;
    }

    public Builder policies(List<? extends Expr> values) {
      policies(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder userName(String value) {
      userName(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::IAM::User.LoginProfile}: Creates a password for the specified user, giving the user
   * the ability to access AWS services through the AWS Management Console . For more information
   * about managing passwords, see [Managing
   * Passwords](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingLogins.html) in the
   * *IAM User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-iam-user-loginprofile.html">AWS::IAM::User.LoginProfile</a>
   */
  @Value.Immutable
  interface LoginProfile extends PropertyValue {

    /** Required. The user's password. */
    Expr password();

    /** Specifies whether the user is required to set a new password on next sign-in. */
    Optional<Expr> passwordResetRequired();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Password", password())
          .put("PasswordResetRequired", passwordResetRequired())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LoginProfile}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableUser.LoginProfile.Builder {

      public Builder password(String value) {
        password(Expr.of(value));
        return this;
      }

      public Builder passwordResetRequired(boolean value) {
        passwordResetRequired(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::IAM::User.Policy}: Contains information about an attached policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-iam-user-policy.html">AWS::IAM::User.Policy</a>
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
    final class Builder extends ImmutableUser.Policy.Builder {

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
    }
  }
}
