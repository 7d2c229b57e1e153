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
 * {@code AWS::EC2::TransitGatewayMulticastGroupMember}: Registers members (network interfaces) with
 * the transit gateway multicast group. A member is a network interface associated with a supported
 * EC2 instance that receives multicast traffic. For information about supported instances, see
 * [Multicast
 * Consideration](https://docs.aws.amazon.com/vpc/latest/tgw/transit-gateway-limits.html#multicast-limits)
 * in *Amazon VPC Transit Gateways* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaymulticastgroupmember.html">AWS::EC2::TransitGatewayMulticastGroupMember</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayMulticastGroupMember extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayMulticastGroupMember";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The IP address assigned to the transit gateway multicast group. */
  Expr groupIpAddress();

  /**
   * Required. The group members' network interface IDs to register with the transit gateway
   * multicast group.
   */
  Expr networkInterfaceId();

  /** Required. The ID of the transit gateway multicast domain. */
  Expr transitGatewayMulticastDomainId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("GroupIpAddress", groupIpAddress())
        .put("NetworkInterfaceId", networkInterfaceId())
        .put("TransitGatewayMulticastDomainId", transitGatewayMulticastDomainId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code GroupMember} attribute: Information about the registered transit gateway multicast
   * domain group members.
   */
  default GetAtt attrGroupMember() {
    return getAtt("GroupMember");
  }

  /**
   * The {@code GroupSource} attribute: Indicates that the resource is a transit gateway multicast
   * domain group member.
   */
  default GetAtt attrGroupSource() {
    return getAtt("GroupSource");
  }

  /** The {@code MemberType} attribute: The type of group member, for example static. */
  default GetAtt attrMemberType() {
    return getAtt("MemberType");
  }

  /** The {@code ResourceId} attribute: The ID of the resource. */
  default GetAtt attrResourceId() {
    return getAtt("ResourceId");
  }

  /** The {@code ResourceType} attribute: The type of resource, for example a VPC attachment. */
  default GetAtt attrResourceType() {
    return getAtt("ResourceType");
  }

  /** The {@code SourceType} attribute. */
  default GetAtt attrSourceType() {
    return getAtt("SourceType");
  }

  /** The {@code SubnetId} attribute: The ID of the subnet. */
  default GetAtt attrSubnetId() {
    return getAtt("SubnetId");
  }

  /** The {@code TransitGatewayAttachmentId} attribute: The ID of the transit gateway attachment. */
  default GetAtt attrTransitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayMulticastGroupMember}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableTransitGatewayMulticastGroupMember.Builder {

    public Builder groupIpAddress(String value) {
      groupIpAddress(Expr.of(value));
      return this;
    }

    public Builder networkInterfaceId(String value) {
      networkInterfaceId(Expr.of(value));
      return this;
    }

    public Builder transitGatewayMulticastDomainId(String value) {
      transitGatewayMulticastDomainId(Expr.of(value));
      return this;
    }
  }
}
