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
 * {@code AWS::IAM::InstanceProfile}: Creates a new instance profile. For information about instance
 * profiles, see [Using instance
 * profiles](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2_instance-profiles.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-instanceprofile.html">AWS::IAM::InstanceProfile</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface InstanceProfile extends Resource {

  String TYPE = "AWS::IAM::InstanceProfile";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name of the instance profile to create. */
  Optional<Expr> instanceProfileName();

  /**
   * The path to the instance profile. For more information about paths, see [IAM
   * Identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
   * *IAM User Guide* .
   */
  Optional<Expr> path();

  /**
   * Required. The name of the role to associate with the instance profile. Only one role can be
   * assigned to an EC2 instance at a time, and all applications on the instance share the same role
   * and permissions.
   */
  Expr roles();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("InstanceProfileName", instanceProfileName())
        .put("Path", path())
        .put("Roles", roles())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) for the instance profile. For
   * example:
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InstanceProfile}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableInstanceProfile.Builder {

    public Builder instanceProfileName(String value) {
      instanceProfileName(Expr.of(value));
      return this;
    }

    public Builder path(String value) {
      path(Expr.of(value));
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
  }
}
