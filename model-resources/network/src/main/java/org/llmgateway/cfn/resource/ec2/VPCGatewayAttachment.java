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
 * {@code AWS::EC2::VPCGatewayAttachment}: Attaches an internet gateway, or a virtual private
 * gateway to a VPC, enabling connectivity between the internet and the VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcgatewayattachment.html">AWS::EC2::VPCGatewayAttachment</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCGatewayAttachment extends Resource {

  String TYPE = "AWS::EC2::VPCGatewayAttachment";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ID of the internet gateway. */
  Optional<Expr> internetGatewayId();

  /** Required. The ID of the VPC. */
  Expr vpcId();

  /** The ID of the virtual private gateway. */
  Optional<Expr> vpnGatewayId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("InternetGatewayId", internetGatewayId())
        .put("VpcId", vpcId())
        .put("VpnGatewayId", vpnGatewayId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AttachmentType} attribute: Used to identify if this resource is an Internet Gateway
   * or Vpn Gateway Attachment
   */
  default GetAtt attrAttachmentType() {
    return getAtt("AttachmentType");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPCGatewayAttachment}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPCGatewayAttachment.Builder {

    public Builder internetGatewayId(String value) {
      internetGatewayId(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }

    public Builder vpnGatewayId(String value) {
      vpnGatewayId(Expr.of(value));
      return this;
    }
  }
}
