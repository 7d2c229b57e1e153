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
 * {@code AWS::EC2::TransitGatewayPolicyTable}: AWS::EC2::TransitGatewayPolicyTable Resource
 * Definition
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaypolicytable.html">AWS::EC2::TransitGatewayPolicyTable</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayPolicyTable extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayPolicyTable";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** {@code Tags}. */
  Optional<Expr> tags();

  /** Required. The Id of transit gateway */
  Expr transitGatewayId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Tags", tags())
        .put("TransitGatewayId", transitGatewayId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute: Creation time of the transit gateway policy table */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code State} attribute: State of the transit gateway policy table */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code TransitGatewayPolicyTableId} attribute: The Id of transit gateway policy table. */
  default GetAtt attrTransitGatewayPolicyTableId() {
    return getAtt("TransitGatewayPolicyTableId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayPolicyTable}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableTransitGatewayPolicyTable.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitGatewayId(String value) {
      transitGatewayId(Expr.of(value));
      return this;
    }
  }
}
