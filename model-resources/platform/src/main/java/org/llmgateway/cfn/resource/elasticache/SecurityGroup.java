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
 * {@code AWS::ElastiCache::SecurityGroup}: The `AWS::ElastiCache::SecurityGroup` resource creates a
 * cache security group. For more information about cache security groups, go to
 * [CacheSecurityGroups](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VPCs.html) in the
 * *Amazon ElastiCache User Guide* or go to
 * [CreateCacheSecurityGroup](https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheSecurityGroup.html)
 * in the *Amazon ElastiCache API Reference Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-securitygroup.html">AWS::ElastiCache::SecurityGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SecurityGroup extends Resource {

  String TYPE = "AWS::ElastiCache::SecurityGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. A description for the cache security group. */
  Expr description();

  /**
   * A tag that can be added to an ElastiCache security group. Tags are composed of a Key/Value
   * pair. You can use tags to categorize and track all your security groups. A tag with a null
   * Value is permitted.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecurityGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSecurityGroup.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
