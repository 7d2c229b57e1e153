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
 * {@code AWS::EC2::ClientVpnRoute}: Specifies a network route to add to a Client VPN endpoint. Each
 * Client VPN endpoint has a route table that describes the available destination network routes.
 * Each route in the route table specifies the path for traffic to specific resources or networks.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-clientvpnroute.html">AWS::EC2::ClientVpnRoute</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ClientVpnRoute extends Resource {

  String TYPE = "AWS::EC2::ClientVpnRoute";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the Client VPN endpoint to which to add the route. */
  Expr clientVpnEndpointId();

  /** A brief description of the route. */
  Optional<Expr> description();

  /** Required. The IPv4 address range, in CIDR notation, of the route destination. For example: */
  Expr destinationCidrBlock();

  /**
   * The ID of the subnet through which you want to route traffic. The specified subnet must be an
   * existing target network of the Client VPN endpoint.
   */
  Optional<Expr> targetVpcSubnetId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ClientVpnEndpointId", clientVpnEndpointId())
        .put("Description", description())
        .put("DestinationCidrBlock", destinationCidrBlock())
        .put("TargetVpcSubnetId", targetVpcSubnetId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClientVpnRoute}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableClientVpnRoute.Builder {

    public Builder clientVpnEndpointId(String value) {
      clientVpnEndpointId(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder destinationCidrBlock(String value) {
      destinationCidrBlock(Expr.of(value));
      return this;
    }

    public Builder targetVpcSubnetId(String value) {
      targetVpcSubnetId(Expr.of(value));
      return this;
    }
  }
}
