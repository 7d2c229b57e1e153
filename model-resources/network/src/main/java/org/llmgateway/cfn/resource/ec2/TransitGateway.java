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
 * {@code AWS::EC2::TransitGateway}: Specifies a transit gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgateway.html">AWS::EC2::TransitGateway</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGateway extends Resource {

  String TYPE = "AWS::EC2::TransitGateway";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A private Autonomous System Number (ASN) for the Amazon side of a BGP session. The range is
   * 64512 to 65534 for 16-bit ASNs. The default is 64512.
   */
  Optional<Expr> amazonSideAsn();

  /** The ID of the default association route table. */
  Optional<Expr> associationDefaultRouteTableId();

  /** Enable or disable automatic acceptance of attachment requests. Disabled by default. */
  Optional<Expr> autoAcceptSharedAttachments();

  /**
   * Enable or disable automatic association with the default association route table. Enabled by
   * default. If `DefaultRouteTableAssociation` is set to enable, AWS Transit Gateway will create
   * the default transit gateway route table.
   */
  Optional<Expr> defaultRouteTableAssociation();

  /**
   * Enable or disable automatic propagation of routes to the default propagation route table.
   * Enabled by default. If `DefaultRouteTablePropagation` is set to enable, AWS Transit Gateway
   * will create the default transit gateway route table.
   */
  Optional<Expr> defaultRouteTablePropagation();

  /** The description of the transit gateway. */
  Optional<Expr> description();

  /** Enable or disable DNS support. Enabled by default. */
  Optional<Expr> dnsSupport();

  /** Enable or disable encryption support. Disabled by default. */
  Optional<Expr> encryptionSupport();

  /** Indicates whether multicast is enabled on the transit gateway */
  Optional<Expr> multicastSupport();

  /** The ID of the default propagation route table. */
  Optional<Expr> propagationDefaultRouteTableId();

  /**
   * Enables you to reference a security group across VPCs attached to a transit gateway (TGW). Use
   * this option to simplify security group management and control of instance-to-instance traffic
   * across VPCs that are connected by transit gateway. You can also use this option to migrate from
   * VPC peering (which was the only option that supported security group referencing) to transit
   * gateways (which now also support security group referencing). This option is disabled by
   * default and there are no additional costs to use this feature.
   */
  Optional<Expr> securityGroupReferencingSupport();

  /** The tags for the transit gateway. */
  Optional<Expr> tags();

  /** The transit gateway CIDR blocks. */
  Optional<Expr> transitGatewayCidrBlocks();

  /** Enable or disable Equal Cost Multipath Protocol support. Enabled by default. */
  Optional<Expr> vpnEcmpSupport();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AmazonSideAsn", amazonSideAsn())
        .put("AssociationDefaultRouteTableId", associationDefaultRouteTableId())
        .put("AutoAcceptSharedAttachments", autoAcceptSharedAttachments())
        .put("DefaultRouteTableAssociation", defaultRouteTableAssociation())
        .put("DefaultRouteTablePropagation", defaultRouteTablePropagation())
        .put("Description", description())
        .put("DnsSupport", dnsSupport())
        .put("EncryptionSupport", encryptionSupport())
        .put("MulticastSupport", multicastSupport())
        .put("PropagationDefaultRouteTableId", propagationDefaultRouteTableId())
        .put("SecurityGroupReferencingSupport", securityGroupReferencingSupport())
        .put("Tags", tags())
        .put("TransitGatewayCidrBlocks", transitGatewayCidrBlocks())
        .put("VpnEcmpSupport", vpnEcmpSupport())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code EncryptionSupportState} attribute: The encryption support state of the transit
   * gateway.
   */
  default GetAtt attrEncryptionSupportState() {
    return getAtt("EncryptionSupportState");
  }

  /** The {@code Id} attribute: The ID of the transit gateway. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /** The {@code TransitGatewayArn} attribute. */
  default GetAtt attrTransitGatewayArn() {
    return getAtt("TransitGatewayArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TransitGateway}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTransitGateway.Builder {

    public Builder amazonSideAsn(long value) {
      amazonSideAsn(Expr.of(value));
      return this;
    }

    public Builder associationDefaultRouteTableId(String value) {
      associationDefaultRouteTableId(Expr.of(value));
      return this;
    }

    public Builder autoAcceptSharedAttachments(String value) {
      autoAcceptSharedAttachments(Expr.of(value));
      return this;
    }

    public Builder defaultRouteTableAssociation(String value) {
      defaultRouteTableAssociation(Expr.of(value));
      return this;
    }

    public Builder defaultRouteTablePropagation(String value) {
      defaultRouteTablePropagation(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder dnsSupport(String value) {
      dnsSupport(Expr.of(value));
      return this;
    }

    public Builder encryptionSupport(String value) {
      encryptionSupport(Expr.of(value));
      return this;
    }

    public Builder multicastSupport(String value) {
      multicastSupport(Expr.of(value));
      return this;
    }

    public Builder propagationDefaultRouteTableId(String value) {
      propagationDefaultRouteTableId(Expr.of(value));
      return this;
    }

    public Builder securityGroupReferencingSupport(String value) {
      securityGroupReferencingSupport(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitGatewayCidrBlocks(List<? extends Expr> values) {
      transitGatewayCidrBlocks(Expr.list(values));
      return this;
    }

    public Builder transitGatewayCidrBlocks(String... values) {
      transitGatewayCidrBlocks(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder vpnEcmpSupport(String value) {
      vpnEcmpSupport(Expr.of(value));
      return this;
    }
  }
}
