package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::EC2::Route: one destination of a route table and the one target it goes to. */
@Value.Immutable
@CfnStyle
public interface Route extends Resource {

  @Override
  default String resourceType() {
    return "AWS::EC2::Route";
  }

  @JsonProperty("RouteTableId")
  Expr routeTableId();

  @JsonProperty("DestinationCidrBlock")
  Expr destinationCidrBlock();

  /** An internet gateway (or virtual private gateway). */
  @JsonProperty("GatewayId")
  Optional<Expr> gatewayId();

  @JsonProperty("NatGatewayId")
  Optional<Expr> natGatewayId();

  @JsonProperty("VpcEndpointId")
  Optional<Expr> vpcEndpointId();

  @Value.Check
  default void check() {
    long targets =
        Stream.of(gatewayId(), natGatewayId(), vpcEndpointId()).filter(Optional::isPresent).count();
    if (targets != 1) {
      throw new IllegalStateException(
          "Route " + logicalId()
              + ": give exactly one target (GatewayId, NatGatewayId or VpcEndpointId), not "
              + targets);
    }
  }

  static ImmutableRoute.Builder builder() {
    return ImmutableRoute.builder();
  }
}
