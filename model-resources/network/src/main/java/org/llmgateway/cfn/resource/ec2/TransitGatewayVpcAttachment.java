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
 * {@code AWS::EC2::TransitGatewayVpcAttachment}: Specifies a VPC attachment.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewayvpcattachment.html">AWS::EC2::TransitGatewayVpcAttachment</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayVpcAttachment extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayVpcAttachment";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The IDs of one or more subnets to add. You can specify at most one subnet per Availability
   * Zone.
   */
  Optional<Expr> addSubnetIds();

  /** The VPC attachment options. */
  Optional<Expr> options();

  /** The IDs of one or more subnets to remove. */
  Optional<Expr> removeSubnetIds();

  /** Required. The IDs of the subnets. */
  Expr subnetIds();

  /** The tags for the VPC attachment. */
  Optional<Expr> tags();

  /** Required. The ID of the transit gateway. */
  Expr transitGatewayId();

  /** Required. The ID of the VPC. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AddSubnetIds", addSubnetIds())
        .put("Options", options())
        .put("RemoveSubnetIds", removeSubnetIds())
        .put("SubnetIds", subnetIds())
        .put("Tags", tags())
        .put("TransitGatewayId", transitGatewayId())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the attachment. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayVpcAttachment}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableTransitGatewayVpcAttachment.Builder {

    public Builder addSubnetIds(List<? extends Expr> values) {
      addSubnetIds(Expr.list(values));
      return this;
    }

    public Builder addSubnetIds(String... values) {
      addSubnetIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder removeSubnetIds(List<? extends Expr> values) {
      removeSubnetIds(Expr.list(values));
      return this;
    }

    public Builder removeSubnetIds(String... values) {
      removeSubnetIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder subnetIds(List<? extends Expr> values) {
      subnetIds(Expr.list(values));
      return this;
    }

    public Builder subnetIds(String... values) {
      subnetIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitGatewayId(String value) {
      transitGatewayId(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::TransitGatewayVpcAttachment.Options}: Describes the VPC attachment options.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewayvpcattachment-options.html">AWS::EC2::TransitGatewayVpcAttachment.Options</a>
   */
  @Value.Immutable
  interface Options extends PropertyValue {

    /** Enable or disable appliance mode support. The default is `disable` . */
    Optional<Expr> applianceModeSupport();

    /** Enable or disable DNS support. The default is `disable` . */
    Optional<Expr> dnsSupport();

    /** Enable or disable IPv6 support. The default is `disable` . */
    Optional<Expr> ipv6Support();

    /**
     * Enables you to reference a security group across VPCs attached to a transit gateway (TGW).
     * Use this option to simplify security group management and control of instance-to-instance
     * traffic across VPCs that are connected by transit gateway. You can also use this option to
     * migrate from VPC peering (which was the only option that supported security group
     * referencing) to transit gateways (which now also support security group referencing). This
     * option is disabled by default and there are no additional costs to use this feature.
     */
    Optional<Expr> securityGroupReferencingSupport();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApplianceModeSupport", applianceModeSupport())
          .put("DnsSupport", dnsSupport())
          .put("Ipv6Support", ipv6Support())
          .put("SecurityGroupReferencingSupport", securityGroupReferencingSupport())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Options}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransitGatewayVpcAttachment.Options.Builder {

      public Builder applianceModeSupport(String value) {
        applianceModeSupport(Expr.of(value));
        return this;
      }

      public Builder dnsSupport(String value) {
        dnsSupport(Expr.of(value));
        return this;
      }

      public Builder ipv6Support(String value) {
        ipv6Support(Expr.of(value));
        return this;
      }

      public Builder securityGroupReferencingSupport(String value) {
        securityGroupReferencingSupport(Expr.of(value));
        return this;
      }
    }
  }
}
