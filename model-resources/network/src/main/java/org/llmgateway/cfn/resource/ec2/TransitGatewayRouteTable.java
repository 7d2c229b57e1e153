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
 * {@code AWS::EC2::TransitGatewayRouteTable}: Specifies a route table for a transit gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewayroutetable.html">AWS::EC2::TransitGatewayRouteTable</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayRouteTable extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayRouteTable";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Any tags assigned to the route table. */
  Optional<Expr> tags();

  /** Required. The ID of the transit gateway. */
  Expr transitGatewayId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Tags", tags())
        .put("TransitGatewayId", transitGatewayId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code TransitGatewayRouteTableId} attribute: The ID of the transit gateway route table.
   */
  default GetAtt attrTransitGatewayRouteTableId() {
    return getAtt("TransitGatewayRouteTableId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayRouteTable}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableTransitGatewayRouteTable.Builder {

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
