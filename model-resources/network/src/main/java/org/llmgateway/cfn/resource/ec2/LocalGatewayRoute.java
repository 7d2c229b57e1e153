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
 * {@code AWS::EC2::LocalGatewayRoute}: Creates a static route for the specified local gateway route
 * table. You must specify one of the following targets:
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-localgatewayroute.html">AWS::EC2::LocalGatewayRoute</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LocalGatewayRoute extends Resource {

  String TYPE = "AWS::EC2::LocalGatewayRoute";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The CIDR block used for destination matches. */
  Expr destinationCidrBlock();

  /** Required. The ID of the local gateway route table. */
  Expr localGatewayRouteTableId();

  /** The ID of the virtual interface group. */
  Optional<Expr> localGatewayVirtualInterfaceGroupId();

  /** The ID of the network interface. */
  Optional<Expr> networkInterfaceId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DestinationCidrBlock", destinationCidrBlock())
        .put("LocalGatewayRouteTableId", localGatewayRouteTableId())
        .put("LocalGatewayVirtualInterfaceGroupId", localGatewayVirtualInterfaceGroupId())
        .put("NetworkInterfaceId", networkInterfaceId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code State} attribute: The state of the local gateway route table. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code Type} attribute: The type of local gateway route. */
  default GetAtt attrType() {
    return getAtt("Type");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocalGatewayRoute}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLocalGatewayRoute.Builder {

    public Builder destinationCidrBlock(String value) {
      destinationCidrBlock(Expr.of(value));
      return this;
    }

    public Builder localGatewayRouteTableId(String value) {
      localGatewayRouteTableId(Expr.of(value));
      return this;
    }

    public Builder localGatewayVirtualInterfaceGroupId(String value) {
      localGatewayVirtualInterfaceGroupId(Expr.of(value));
      return this;
    }

    public Builder networkInterfaceId(String value) {
      networkInterfaceId(Expr.of(value));
      return this;
    }
  }
}
