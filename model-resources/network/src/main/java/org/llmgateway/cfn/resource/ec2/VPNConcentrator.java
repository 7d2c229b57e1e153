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
 * {@code AWS::EC2::VPNConcentrator}: Describes a VPN concentrator.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpnconcentrator.html">AWS::EC2::VPNConcentrator</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPNConcentrator extends Resource {

  String TYPE = "AWS::EC2::VPNConcentrator";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Any tags assigned to the VPN concentrator. */
  Optional<Expr> tags();

  /** Required. The ID of the transit gateway associated with the VPN concentrator. */
  Expr transitGatewayId();

  /** Required. The type of VPN concentrator. */
  Expr type();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Tags", tags())
        .put("TransitGatewayId", transitGatewayId())
        .put("Type", type())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code TransitGatewayAttachmentId} attribute: The ID of the transit gateway attachment for
   * the VPN concentrator.
   */
  default GetAtt attrTransitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }

  /**
   * The {@code VpnConcentratorId} attribute: The ID of the VPN concentrator to associate with the
   * VPN connection.
   */
  default GetAtt attrVpnConcentratorId() {
    return getAtt("VpnConcentratorId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPNConcentrator}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPNConcentrator.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitGatewayId(String value) {
      transitGatewayId(Expr.of(value));
      return this;
    }

    public Builder type(String value) {
      type(Expr.of(value));
      return this;
    }
  }
}
