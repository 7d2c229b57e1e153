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
 * {@code AWS::EC2::VPNConnectionRoute}: Specifies a static route for a VPN connection between an
 * existing virtual private gateway and a VPN customer gateway. The static route allows traffic to
 * be routed from the virtual private gateway to the VPN customer gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpnconnectionroute.html">AWS::EC2::VPNConnectionRoute</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPNConnectionRoute extends Resource {

  String TYPE = "AWS::EC2::VPNConnectionRoute";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The CIDR block associated with the local subnet of the customer network. */
  Expr destinationCidrBlock();

  /** Required. The ID of the VPN connection. */
  Expr vpnConnectionId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DestinationCidrBlock", destinationCidrBlock())
        .put("VpnConnectionId", vpnConnectionId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPNConnectionRoute}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPNConnectionRoute.Builder {

    public Builder destinationCidrBlock(String value) {
      destinationCidrBlock(Expr.of(value));
      return this;
    }

    public Builder vpnConnectionId(String value) {
      vpnConnectionId(Expr.of(value));
      return this;
    }
  }
}
