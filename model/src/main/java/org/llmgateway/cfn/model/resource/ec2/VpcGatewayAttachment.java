package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/**
 * AWS::EC2::VPCGatewayAttachment: attaches an internet gateway (or a VPN gateway) to a VPC.
 * Routes to the gateway and Elastic IPs in the VPC must wait for it (DependsOn).
 */
@Value.Immutable
@CfnStyle
public interface VpcGatewayAttachment extends Resource {

  @Override
  default String resourceType() {
    return "AWS::EC2::VPCGatewayAttachment";
  }

  @JsonProperty("VpcId")
  Expr vpcId();

  @JsonProperty("InternetGatewayId")
  Optional<Expr> internetGatewayId();

  @JsonProperty("VpnGatewayId")
  Optional<Expr> vpnGatewayId();

  @Value.Check
  default void check() {
    if (internetGatewayId().isPresent() == vpnGatewayId().isPresent()) {
      throw new IllegalStateException(
          "VPCGatewayAttachment " + logicalId()
              + ": give exactly one of InternetGatewayId and VpnGatewayId");
    }
  }

  static ImmutableVpcGatewayAttachment.Builder builder() {
    return ImmutableVpcGatewayAttachment.builder();
  }
}
