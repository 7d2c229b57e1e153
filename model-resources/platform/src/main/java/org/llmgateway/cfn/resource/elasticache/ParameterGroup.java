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
 * {@code AWS::ElastiCache::ParameterGroup}: The `AWS::ElastiCache::ParameterGroup` type creates a
 * new cache parameter group. Cache parameter groups control the parameters for a cache cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-parametergroup.html">AWS::ElastiCache::ParameterGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ParameterGroup extends Resource {

  String TYPE = "AWS::ElastiCache::ParameterGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The name of the cache parameter group family that this cache parameter group is
   * compatible with.
   */
  Expr cacheParameterGroupFamily();

  /** Required. The description for this cache parameter group. */
  Expr description();

  /** A comma-delimited list of parameter name/value pairs. */
  Optional<Expr> properties();

  /**
   * A tag that can be added to an ElastiCache parameter group. Tags are composed of a Key/Value
   * pair. You can use tags to categorize and track all your parameter groups. A tag with a null
   * Value is permitted.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CacheParameterGroupFamily", cacheParameterGroupFamily())
        .put("Description", description())
        .put("Properties", properties())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CacheParameterGroupName} attribute: A user-specified name for the cache parameter
   * group.
   */
  default GetAtt attrCacheParameterGroupName() {
    return getAtt("CacheParameterGroupName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ParameterGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableParameterGroup.Builder {

    public Builder cacheParameterGroupFamily(String value) {
      cacheParameterGroupFamily(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder properties(Map<String, ? extends Expr> entries) {
      properties(Expr.map(entries));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
