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
 * {@code AWS::EC2::Route}: Specifies a route in a route table. For more information, see
 * [Routes](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html#route-table-routes)
 * in the *Amazon VPC User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-route.html">AWS::EC2::Route</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Route extends Resource {

  String TYPE = "AWS::EC2::Route";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ID of the carrier gateway. */
  Optional<Expr> carrierGatewayId();

  /** The Amazon Resource Name (ARN) of the core network. */
  Optional<Expr> coreNetworkArn();

  /**
   * The IPv4 CIDR address block used for the destination match. Routing decisions are based on the
   * most specific match. We modify the specified CIDR block to its canonical form; for example, if
   * you specify `100.68.0.18/18` , we modify it to `100.68.0.0/18` .
   */
  Optional<Expr> destinationCidrBlock();

  /**
   * The IPv6 CIDR block used for the destination match. Routing decisions are based on the most
   * specific match.
   */
  Optional<Expr> destinationIpv6CidrBlock();

  /** The ID of a prefix list used for the destination match. */
  Optional<Expr> destinationPrefixListId();

  /** [IPv6 traffic only] The ID of an egress-only internet gateway. */
  Optional<Expr> egressOnlyInternetGatewayId();

  /** The ID of an internet gateway or virtual private gateway attached to your VPC. */
  Optional<Expr> gatewayId();

  /**
   * The ID of a NAT instance in your VPC. The operation fails if you specify an instance ID unless
   * exactly one network interface is attached.
   */
  Optional<Expr> instanceId();

  /** The ID of the local gateway. */
  Optional<Expr> localGatewayId();

  /** [IPv4 traffic only] The ID of a NAT gateway. */
  Optional<Expr> natGatewayId();

  /** The ID of a network interface. */
  Optional<Expr> networkInterfaceId();

  /** The Amazon Resource Name (ARN) of the ODB network. */
  Optional<Expr> odbNetworkArn();

  /** Required. The ID of the route table for the route. */
  Expr routeTableId();

  /** The ID of a transit gateway. */
  Optional<Expr> transitGatewayId();

  /** The ID of a VPC endpoint. Supported for Gateway Load Balancer endpoints only. */
  Optional<Expr> vpcEndpointId();

  /** The ID of a VPC peering connection. */
  Optional<Expr> vpcPeeringConnectionId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CarrierGatewayId", carrierGatewayId())
        .put("CoreNetworkArn", coreNetworkArn())
        .put("DestinationCidrBlock", destinationCidrBlock())
        .put("DestinationIpv6CidrBlock", destinationIpv6CidrBlock())
        .put("DestinationPrefixListId", destinationPrefixListId())
        .put("EgressOnlyInternetGatewayId", egressOnlyInternetGatewayId())
        .put("GatewayId", gatewayId())
        .put("InstanceId", instanceId())
        .put("LocalGatewayId", localGatewayId())
        .put("NatGatewayId", natGatewayId())
        .put("NetworkInterfaceId", networkInterfaceId())
        .put("OdbNetworkArn", odbNetworkArn())
        .put("RouteTableId", routeTableId())
        .put("TransitGatewayId", transitGatewayId())
        .put("VpcEndpointId", vpcEndpointId())
        .put("VpcPeeringConnectionId", vpcPeeringConnectionId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CidrBlock} attribute: The IPv4 CIDR block. */
  default GetAtt attrCidrBlock() {
    return getAtt("CidrBlock");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Route}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRoute.Builder {

    public Builder carrierGatewayId(String value) {
      carrierGatewayId(Expr.of(value));
      return this;
    }

    public Builder coreNetworkArn(String value) {
      coreNetworkArn(Expr.of(value));
      return this;
    }

    public Builder destinationCidrBlock(String value) {
      destinationCidrBlock(Expr.of(value));
      return this;
    }

    public Builder destinationIpv6CidrBlock(String value) {
      destinationIpv6CidrBlock(Expr.of(value));
      return this;
    }

    public Builder destinationPrefixListId(String value) {
      destinationPrefixListId(Expr.of(value));
      return this;
    }

    public Builder egressOnlyInternetGatewayId(String value) {
      egressOnlyInternetGatewayId(Expr.of(value));
      return this;
    }

    public Builder gatewayId(String value) {
      gatewayId(Expr.of(value));
      return this;
    }

    public Builder instanceId(String value) {
      instanceId(Expr.of(value));
      return this;
    }

    public Builder localGatewayId(String value) {
      localGatewayId(Expr.of(value));
      return this;
    }

    public Builder natGatewayId(String value) {
      natGatewayId(Expr.of(value));
      return this;
    }

    public Builder networkInterfaceId(String value) {
      networkInterfaceId(Expr.of(value));
      return this;
    }

    public Builder odbNetworkArn(String value) {
      odbNetworkArn(Expr.of(value));
      return this;
    }

    public Builder routeTableId(String value) {
      routeTableId(Expr.of(value));
      return this;
    }

    public Builder transitGatewayId(String value) {
      transitGatewayId(Expr.of(value));
      return this;
    }

    public Builder vpcEndpointId(String value) {
      vpcEndpointId(Expr.of(value));
      return this;
    }

    public Builder vpcPeeringConnectionId(String value) {
      vpcPeeringConnectionId(Expr.of(value));
      return this;
    }
  }
}
