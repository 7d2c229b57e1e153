// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.rds;

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
 * {@code AWS::RDS::DBSubnetGroup}: The `AWS::RDS::DBSubnetGroup` resource creates a database subnet
 * group. Subnet groups must contain at least two subnets in two different Availability Zones in the
 * same region.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbsubnetgroup.html">AWS::RDS::DBSubnetGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBSubnetGroup extends Resource {

  String TYPE = "AWS::RDS::DBSubnetGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The description for the DB subnet group. */
  Expr dbSubnetGroupDescription();

  /** The name for the DB subnet group. This value is stored as a lowercase string. */
  Optional<Expr> dbSubnetGroupName();

  /** Required. The EC2 Subnet IDs for the DB subnet group. */
  Expr subnetIds();

  /** Tags to assign to the DB subnet group. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DBSubnetGroupDescription", dbSubnetGroupDescription())
        .put("DBSubnetGroupName", dbSubnetGroupName())
        .put("SubnetIds", subnetIds())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code DBSubnetGroupArn} attribute. */
  default GetAtt attrDBSubnetGroupArn() {
    return getAtt("DBSubnetGroupArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBSubnetGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBSubnetGroup.Builder {

    public Builder dbSubnetGroupDescription(String value) {
      dbSubnetGroupDescription(Expr.of(value));
      return this;
    }

    public Builder dbSubnetGroupName(String value) {
      dbSubnetGroupName(Expr.of(value));
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
