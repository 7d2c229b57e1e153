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
 * {@code AWS::RDS::DBClusterParameterGroup}: The `AWS::RDS::DBClusterParameterGroup` resource
 * creates a new Amazon RDS DB cluster parameter group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbclusterparametergroup.html">AWS::RDS::DBClusterParameterGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBClusterParameterGroup extends Resource {

  String TYPE = "AWS::RDS::DBClusterParameterGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name of the DB cluster parameter group. */
  Optional<Expr> dbClusterParameterGroupName();

  /** Required. The description for the DB cluster parameter group. */
  Expr description();

  /**
   * Required. The DB cluster parameter group family name. A DB cluster parameter group can be
   * associated with one and only one DB cluster parameter group family, and can be applied only to
   * a DB cluster running a database engine and engine version compatible with that DB cluster
   * parameter group family.
   */
  Expr family();

  /** Required. Provides a list of parameters for the DB cluster parameter group. */
  Expr parameters();

  /** Tags to assign to the DB cluster parameter group. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DBClusterParameterGroupName", dbClusterParameterGroupName())
        .put("Description", description())
        .put("Family", family())
        .put("Parameters", parameters())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DBClusterParameterGroup}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableDBClusterParameterGroup.Builder {

    public Builder dbClusterParameterGroupName(String value) {
      dbClusterParameterGroupName(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder family(String value) {
      family(Expr.of(value));
      return this;
    }

    public Builder parameters(JsonNode value) {
      parameters(Expr.json(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
