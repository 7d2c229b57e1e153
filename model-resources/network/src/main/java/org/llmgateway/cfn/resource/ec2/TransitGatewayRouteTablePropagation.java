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
 * {@code AWS::EC2::TransitGatewayRouteTablePropagation}: Enables the specified attachment to
 * propagate routes to the specified propagation route table.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewayroutetablepropagation.html">AWS::EC2::TransitGatewayRouteTablePropagation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayRouteTablePropagation extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayRouteTablePropagation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the attachment. */
  Expr transitGatewayAttachmentId();

  /** Required. The ID of the propagation route table. */
  Expr transitGatewayRouteTableId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("TransitGatewayAttachmentId", transitGatewayAttachmentId())
        .put("TransitGatewayRouteTableId", transitGatewayRouteTableId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayRouteTablePropagation}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableTransitGatewayRouteTablePropagation.Builder {

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
