// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::PlacementGroup}: Specifies a placement group in which to launch instances. The
 * strategy of the placement group determines how the instances are organized within the group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-placementgroup.html">AWS::EC2::PlacementGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface PlacementGroup extends Resource {

  String TYPE = "AWS::EC2::PlacementGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ID of a parent placement group. Valid for strategies that support parent group linking. */
  Optional<Expr> parentGroupId();

  /** The number of partitions. Valid only when *Strategy* is set to `partition` . */
  Optional<Expr> partitionCount();

  /** Determines how placement groups spread instances. */
  Optional<Expr> spreadLevel();

  /** The placement strategy. */
  Optional<Expr> strategy();

  /** The tags to apply to the new placement group. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ParentGroupId", parentGroupId())
        .put("PartitionCount", partitionCount())
        .put("SpreadLevel", spreadLevel())
        .put("Strategy", strategy())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code GroupId} attribute: The ID of the placement group. */
  default GetAtt attrGroupId() {
    return getAtt("GroupId");
  }

  /** The {@code GroupName} attribute: The name of the placement group. */
  default GetAtt attrGroupName() {
    return getAtt("GroupName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlacementGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePlacementGroup.Builder {

    public Builder parentGroupId(String value) {
      parentGroupId(Expr.of(value));
      return this;
    }

    public Builder partitionCount(long value) {
      partitionCount(Expr.of(value));
      return this;
    }

    public Builder spreadLevel(String value) {
      spreadLevel(Expr.of(value));
      return this;
    }

    public Builder strategy(String value) {
      strategy(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
