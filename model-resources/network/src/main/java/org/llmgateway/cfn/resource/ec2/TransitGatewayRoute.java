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
 * {@code AWS::EC2::TransitGatewayRoute}: Specifies a static route for a transit gateway route
 * table.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewayroute.html">AWS::EC2::TransitGatewayRoute</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayRoute extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayRoute";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Indicates whether to drop traffic that matches this route. */
  Optional<Expr> blackhole();

  /** Required. The CIDR block used for destination matches. */
  Expr destinationCidrBlock();

  /** The ID of the attachment. */
  Optional<Expr> transitGatewayAttachmentId();

  /** Required. The ID of the transit gateway route table. */
  Expr transitGatewayRouteTableId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Blackhole", blackhole())
        .put("DestinationCidrBlock", destinationCidrBlock())
        .put("TransitGatewayAttachmentId", transitGatewayAttachmentId())
        .put("TransitGatewayRouteTableId", transitGatewayRouteTableId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransitGatewayRoute}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTransitGatewayRoute.Builder {

    public Builder blackhole(boolean value) {
      blackhole(Expr.of(value));
      return this;
    }

    public Builder destinationCidrBlock(String value) {
      destinationCidrBlock(Expr.of(value));
      return this;
    }

    public Builder transitGatewayAttachmentId(String value) {
      transitGatewayAttachmentId(Expr.of(value));
      return this;
    }

    public Builder transitGatewayRouteTableId(String value) {
      transitGatewayRouteTableId(Expr.of(value));
      return this;
    }
  }
}
