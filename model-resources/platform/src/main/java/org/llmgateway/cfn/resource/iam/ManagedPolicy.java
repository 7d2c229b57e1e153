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
 * {@code AWS::IAM::ManagedPolicy}: Creates a new managed policy for your AWS account .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-managedpolicy.html">AWS::IAM::ManagedPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ManagedPolicy extends Resource {

  String TYPE = "AWS::IAM::ManagedPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A friendly description of the policy. */
  Optional<Expr> description();

  /** The name (friendly name, not ARN) of the group to attach the policy to. */
  Optional<Expr> groups();

  /** The friendly name of the policy. */
  Optional<Expr> managedPolicyName();

  /** The path for the policy. */
  Optional<Expr> path();

  /** Required. The JSON policy document that you want to use as the content for the new policy. */
  Expr policyDocument();

  /** The name (friendly name, not ARN) of the role to attach the policy to. */
  Optional<Expr> roles();

  /** The name (friendly name, not ARN) of the IAM user to attach the policy to. */
  Optional<Expr> users();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("Groups", groups())
        .put("ManagedPolicyName", managedPolicyName())
        .put("Path", path())
        .put("PolicyDocument", policyDocument())
        .put("Roles", roles())
        .put("Users", users())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AttachmentCount} attribute: The number of principal entities (users, groups, and
   * roles) that the policy is attached to.
   */
  default GetAtt attrAttachmentCount() {
    return getAtt("AttachmentCount");
  }

  /**
   * The {@code CreateDate} attribute: The date and time, in [ISO 8601 date-time
   * format](https://docs.aws.amazon.com/http://www.iso.org/iso/iso8601) , when the policy was
   * created.
   */
  default GetAtt attrCreateDate() {
    return getAtt("CreateDate");
  }

  /**
   * The {@code DefaultVersionId} attribute: The identifier for the version of the policy that is
   * set as the default (operative) version.
   */
  default GetAtt attrDefaultVersionId() {
    return getAtt("DefaultVersionId");
  }

  /**
   * The {@code IsAttachable} attribute: Specifies whether the policy can be attached to an IAM
   * user, group, or role.
   */
  default GetAtt attrIsAttachable() {
    return getAtt("IsAttachable");
  }

  /**
   * The {@code PermissionsBoundaryUsageCount} attribute: The number of entities (users and roles)
   * for which the policy is used as the permissions boundary.
   */
  default GetAtt attrPermissionsBoundaryUsageCount() {
    return getAtt("PermissionsBoundaryUsageCount");
  }

  /**
   * The {@code PolicyArn} attribute: The Amazon Resource Name (ARN) of the managed policy that you
   * want information about.
   */
  default GetAtt attrPolicyArn() {
    return getAtt("PolicyArn");
  }

  /** The {@code PolicyId} attribute: The stable and unique string identifying the policy. */
  default GetAtt attrPolicyId() {
    return getAtt("PolicyId");
  }

  /**
   * The {@code UpdateDate} attribute: The date and time, in [ISO 8601 date-time
   * format](https://docs.aws.amazon.com/http://www.iso.org/iso/iso8601) , when the policy was last
   * updated.
   */
  default GetAtt attrUpdateDate() {
    return getAtt("UpdateDate");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ManagedPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableManagedPolicy.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder groups(List<? extends Expr> values) {
      groups(Expr.list(values));
      return this;
    }

    public Builder groups(String... values) {
      groups(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder managedPolicyName(String value) {
      managedPolicyName(Expr.of(value));
      return this;
    }

    public Builder path(String value) {
      path(Expr.of(value));
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
