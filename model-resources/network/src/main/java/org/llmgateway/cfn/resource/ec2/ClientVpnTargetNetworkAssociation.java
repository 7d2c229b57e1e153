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
 * {@code AWS::EC2::ClientVpnTargetNetworkAssociation}: Specifies a target network to associate with
 * a Client VPN endpoint. A target network is a subnet in a VPC. You can associate multiple subnets
 * from the same VPC with a Client VPN endpoint. You can associate only one subnet in each
 * Availability Zone. We recommend that you associate at least two subnets to provide Availability
 * Zone redundancy.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-clientvpntargetnetworkassociation.html">AWS::EC2::ClientVpnTargetNetworkAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ClientVpnTargetNetworkAssociation extends Resource {

  String TYPE = "AWS::EC2::ClientVpnTargetNetworkAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** {@code AvailabilityZone}. */
  Optional<Expr> availabilityZone();

  /** {@code AvailabilityZoneId}. */
  Optional<Expr> availabilityZoneId();

  /** Required. The ID of the Client VPN endpoint. */
  Expr clientVpnEndpointId();

  /** The ID of the subnet to associate with the Client VPN endpoint. */
  Optional<Expr> subnetId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AvailabilityZone", availabilityZone())
        .put("AvailabilityZoneId", availabilityZoneId())
        .put("ClientVpnEndpointId", clientVpnEndpointId())
        .put("SubnetId", subnetId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ClientVpnTargetNetworkAssociation}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableClientVpnTargetNetworkAssociation.Builder {

    public Builder availabilityZone(String value) {
      availabilityZone(Expr.of(value));
      return this;
    }

    public Builder availabilityZoneId(String value) {
      availabilityZoneId(Expr.of(value));
      return this;
    }

    public Builder clientVpnEndpointId(String value) {
      clientVpnEndpointId(Expr.of(value));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }
  }
}
