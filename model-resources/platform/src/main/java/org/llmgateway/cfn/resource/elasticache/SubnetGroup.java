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
 * {@code AWS::ElastiCache::SubnetGroup}: Creates a cache subnet group. For more information about
 * cache subnet groups, go to Cache Subnet Groups in the *Amazon ElastiCache User Guide* or go to
 * [CreateCacheSubnetGroup](https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheSubnetGroup.html)
 * in the *Amazon ElastiCache API Reference Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-subnetgroup.html">AWS::ElastiCache::SubnetGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SubnetGroup extends Resource {

  String TYPE = "AWS::ElastiCache::SubnetGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name for the cache subnet group. This value is stored as a lowercase string. */
  Optional<Expr> cacheSubnetGroupName();

  /** Required. The description for the cache subnet group. */
  Expr description();

  /** Required. The EC2 subnet IDs for the cache subnet group. */
  Expr subnetIds();

  /**
   * A tag that can be added to an ElastiCache subnet group. Tags are composed of a Key/Value pair.
   * You can use tags to categorize and track all your subnet groups. A tag with a null Value is
   * permitted.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CacheSubnetGroupName", cacheSubnetGroupName())
        .put("Description", description())
        .put("SubnetIds", subnetIds())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubnetGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSubnetGroup.Builder {

    public Builder cacheSubnetGroupName(String value) {
      cacheSubnetGroupName(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder subnetIds(List<? extends Expr> values) {
      subnetIds(Expr.list(values));
      return this;
    }

    public Builder subnetIds(String... values) {
      subnetIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
