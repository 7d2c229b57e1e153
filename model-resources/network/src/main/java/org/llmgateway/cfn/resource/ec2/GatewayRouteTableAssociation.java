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
 * {@code AWS::EC2::GatewayRouteTableAssociation}: Associates a virtual private gateway or internet
 * gateway with a route table. The gateway and route table must be in the same VPC. This association
 * causes the incoming traffic to the gateway to be routed according to the routes in the route
 * table.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-gatewayroutetableassociation.html">AWS::EC2::GatewayRouteTableAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface GatewayRouteTableAssociation extends Resource {

  String TYPE = "AWS::EC2::GatewayRouteTableAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the gateway. */
  Expr gatewayId();

  /** Required. The ID of the route table. */
  Expr routeTableId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("GatewayId", gatewayId())
        .put("RouteTableId", routeTableId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AssociationId} attribute: The ID of the route table association. */
  default GetAtt attrAssociationId() {
    return getAtt("AssociationId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GatewayRouteTableAssociation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableGatewayRouteTableAssociation.Builder {

    public Builder gatewayId(String value) {
      gatewayId(Expr.of(value));
      return this;
    }

    public Builder routeTableId(String value) {
      routeTableId(Expr.of(value));
      return this;
    }
  }
}
