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
 * {@code AWS::RDS::DBParameterGroup}: The `AWS::RDS::DBParameterGroup` resource creates a custom
 * parameter group for an RDS database family.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbparametergroup.html">AWS::RDS::DBParameterGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBParameterGroup extends Resource {

  String TYPE = "AWS::RDS::DBParameterGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name of the DB parameter group. */
  Optional<Expr> dbParameterGroupName();

  /** Required. Provides the customer-specified description for this DB parameter group. */
  Expr description();

  /**
   * Required. The DB parameter group family name. A DB parameter group can be associated with one
   * and only one DB parameter group family, and can be applied only to a DB instance running a
   * database engine and engine version compatible with that DB parameter group family.
   */
  Expr family();

  /**
   * A mapping of parameter names and values for the parameter update. You must specify at least one
   * parameter name and value.
   */
  Optional<Expr> parameters();

  /** Tags to assign to the DB parameter group. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DBParameterGroupName", dbParameterGroupName())
        .put("Description", description())
        .put("Family", family())
        .put("Parameters", parameters())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code DBParameterGroupArn} attribute. */
  default GetAtt attrDBParameterGroupArn() {
    return getAtt("DBParameterGroupArn");
  }

  /** The {@code DBParameterGroupName} attribute: The name of the DB parameter group. */
  default GetAtt attrDBParameterGroupName() {
    return getAtt("DBParameterGroupName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBParameterGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBParameterGroup.Builder {

    public Builder dbParameterGroupName(String value) {
      dbParameterGroupName(Expr.of(value));
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
