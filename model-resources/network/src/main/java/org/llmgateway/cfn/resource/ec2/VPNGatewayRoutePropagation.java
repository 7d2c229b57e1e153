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
 * {@code AWS::EC2::VPNGatewayRoutePropagation}: Enables a virtual private gateway (VGW) to
 * propagate routes to the specified route table of a VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpngatewayroutepropagation.html">AWS::EC2::VPNGatewayRoutePropagation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPNGatewayRoutePropagation extends Resource {

  String TYPE = "AWS::EC2::VPNGatewayRoutePropagation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The ID of the route table. The routing table must be associated with the same VPC
   * that the virtual private gateway is attached to.
   */
  Expr routeTableIds();

  /**
   * Required. The ID of the virtual private gateway that is attached to a VPC. The virtual private
   * gateway must be attached to the same VPC that the routing tables are associated with.
   */
  Expr vpnGatewayId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("RouteTableIds", routeTableIds())
        .put("VpnGatewayId", vpnGatewayId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the VPN gateway. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VPNGatewayRoutePropagation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableVPNGatewayRoutePropagation.Builder {

    public Builder routeTableIds(List<? extends Expr> values) {
      routeTableIds(Expr.list(values));
      return this;
    }

    public Builder routeTableIds(String... values) {
      routeTableIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder vpnGatewayId(String value) {
      vpnGatewayId(Expr.of(value));
      return this;
    }
  }
}
