// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.elasticache;

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
 * {@code AWS::ElastiCache::UserGroup}: For Valkey 7.2 and onwards, or Redis OSS 6.0 and onwards:
 * Creates a user group. For more information, see [Using Role Based Access Control
 * (RBAC)](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html)
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-usergroup.html">AWS::ElastiCache::UserGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface UserGroup extends Resource {

  String TYPE = "AWS::ElastiCache::UserGroup";

  /** Values CloudFormation accepts for {@code Engine}. */
  String ENGINE_REDIS = "redis";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The current supported values are valkey and redis. */
  Expr engine();

  /** The list of tags. */
  Optional<Expr> tags();

  /** Required. The ID of the user group. */
  Expr userGroupId();

  /**
   * Required. The list of user IDs that belong to the user group. A user named `default` must be
   * included.
   */
  Expr userIds();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Engine", engine())
        .put("Tags", tags())
        .put("UserGroupId", userGroupId())
        .put("UserIds", userIds())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the user group. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Status} attribute: Indicates user group status. Can be "creating", "active",
   * "modifying", "deleting".
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableUserGroup.Builder {

    public Builder engine(String value) {
      engine(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder userGroupId(String value) {
      userGroupId(Expr.of(value));
      return this;
    }

    public Builder userIds(List<? extends Expr> values) {
      userIds(Expr.list(values));
      return this;
    }

    public Builder userIds(String... values) {
      userIds(Expr.ofStrings(List.of(values)));
      return this;
    }
  }
}
