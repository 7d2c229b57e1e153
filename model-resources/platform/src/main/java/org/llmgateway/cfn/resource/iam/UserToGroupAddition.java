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
 * {@code AWS::IAM::UserToGroupAddition}: Adds the specified user to the specified group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-usertogroupaddition.html">AWS::IAM::UserToGroupAddition</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface UserToGroupAddition extends Resource {

  String TYPE = "AWS::IAM::UserToGroupAddition";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the group to update. */
  Expr groupName();

  /** Required. A list of the names of the users that you want to add to the group. */
  Expr users();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("GroupName", groupName())
        .put("Users", users())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Id} attribute: The stable and unique string identifying the group. For more
   * information about IDs, see [IAM
   * identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
   * *IAM User Guide* .
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserToGroupAddition}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableUserToGroupAddition.Builder {

    public Builder groupName(String value) {
      groupName(Expr.of(value));
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
