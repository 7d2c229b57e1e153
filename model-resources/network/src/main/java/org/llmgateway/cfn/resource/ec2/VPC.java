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
 * {@code AWS::EC2::VPC}: Specifies a virtual private cloud (VPC).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpc.html">AWS::EC2::VPC</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPC extends Resource {

  String TYPE = "AWS::EC2::VPC";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The IPv4 network range for the VPC, in CIDR notation. For example, `10.0.0.0/16` . We modify
   * the specified CIDR block to its canonical form; for example, if you specify `100.68.0.18/18` ,
   * we modify it to `100.68.0.0/18` .
   */
  Optional<Expr> cidrBlock();

  /**
   * Indicates whether the instances launched in the VPC get DNS hostnames. If enabled, instances in
   * the VPC get DNS hostnames; otherwise, they do not. Disabled by default for nondefault VPCs. For
   * more information, see [DNS attributes in your
   * VPC](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html#vpc-dns-support) .
   */
  Optional<Expr> enableDnsHostnames();

  /**
   * Indicates whether the DNS resolution is supported for the VPC. If enabled, queries to the
   * Amazon provided DNS server at the 169.254.169.253 IP address, or the reserved IP address at the
   * base of the VPC network range "plus two" succeed. If disabled, the Amazon provided DNS service
   * in the VPC that resolves public DNS hostnames to IP addresses is not enabled. Enabled by
   * default. For more information, see [DNS attributes in your
   * VPC](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-dns.html#vpc-dns-support) .
   */
  Optional<Expr> enableDnsSupport();

  /** The allowed tenancy of instances launched into the VPC. */
  Optional<Expr> instanceTenancy();

  /**
   * The ID of an IPv4 IPAM pool you want to use for allocating this VPC's CIDR. For more
   * information, see [What is
   * IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC
   * IPAM User Guide* .
   */
  Optional<Expr> ipv4IpamPoolId();

  /**
   * The netmask length of the IPv4 CIDR you want to allocate to this VPC from an Amazon VPC IP
   * Address Manager (IPAM) pool. For more information about IPAM, see [What is
   * IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC
   * IPAM User Guide* .
   */
  Optional<Expr> ipv4NetmaskLength();

  /** The tags for the VPC. */
  Optional<Expr> tags();

  /**
   * Describes the configuration and state of VPC encryption controls. For more information, see
   * [Enforce VPC encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  Optional<Expr> vpcEncryptionControl();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CidrBlock", cidrBlock())
        .put("EnableDnsHostnames", enableDnsHostnames())
        .put("EnableDnsSupport", enableDnsSupport())
        .put("InstanceTenancy", instanceTenancy())
        .put("Ipv4IpamPoolId", ipv4IpamPoolId())
        .put("Ipv4NetmaskLength", ipv4NetmaskLength())
        .put("Tags", tags())
        .put("VpcEncryptionControl", vpcEncryptionControl())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CidrBlock} attribute: The primary IPv4 CIDR block for the VPC. For example,
   * 10.0.0.0/16.
   */
  default GetAtt attrCidrBlock() {
    return getAtt("CidrBlock");
  }

  /**
   * The {@code CidrBlockAssociations} attribute: The association IDs of the IPv4 CIDR blocks for
   * the VPC. For example, [ vpc-cidr-assoc-0280ab6b ].
   */
  default GetAtt attrCidrBlockAssociations() {
    return getAtt("CidrBlockAssociations");
  }

  /**
   * The {@code DefaultNetworkAcl} attribute: The ID of the default network ACL for the VPC. For
   * example, acl-814dafe3.
   */
  default GetAtt attrDefaultNetworkAcl() {
    return getAtt("DefaultNetworkAcl");
  }

  /**
   * The {@code DefaultSecurityGroup} attribute: The ID of the default security group for the VPC.
   * For example, sg-b178e0d3.
   */
  default GetAtt attrDefaultSecurityGroup() {
    return getAtt("DefaultSecurityGroup");
  }

  /**
   * The {@code Ipv6CidrBlocks} attribute: The IPv6 CIDR blocks for the VPC. For example, [
   * 2001:db8:1234:1a00::/56 ].
   */
  default GetAtt attrIpv6CidrBlocks() {
    return getAtt("Ipv6CidrBlocks");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions} attribute: Describes the exclusion
   * configurations for various resource types in VPC Encryption Control. For more information, see
   * [Enforce VPC encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusions() {
    return getAtt("VpcEncryptionControl.ResourceExclusions");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway} attribute:
   * Describes an exclusion configuration for VPC Encryption Control. For more information, see
   * [Enforce VPC encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsEgressOnlyInternetGateway() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State} attribute:
   * The current state of the exclusion configuration.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsEgressOnlyInternetGatewayState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.State");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage}
   * attribute: A message providing additional information about the exclusion state.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsEgressOnlyInternetGatewayStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.EgressOnlyInternetGateway.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.ElasticFileSystem} attribute: Describes an
   * exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC
   * encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsElasticFileSystem() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.ElasticFileSystem");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State} attribute: The
   * current state of the exclusion configuration.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsElasticFileSystemState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.State");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage} attribute: A
   * message providing additional information about the exclusion state.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsElasticFileSystemStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.ElasticFileSystem.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.InternetGateway} attribute: Describes an
   * exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC
   * encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsInternetGateway() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.InternetGateway");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.InternetGateway.State} attribute: The
   * current state of the exclusion configuration.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsInternetGatewayState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.InternetGateway.State");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage} attribute: A
   * message providing additional information about the exclusion state.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsInternetGatewayStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.InternetGateway.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.Lambda} attribute: Describes an exclusion
   * configuration for VPC Encryption Control. For more information, see [Enforce VPC encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsLambda() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.Lambda");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.Lambda.State} attribute: The current state
   * of the exclusion configuration.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsLambdaState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.Lambda.State");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage} attribute: A message
   * providing additional information about the exclusion state.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsLambdaStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.Lambda.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.NatGateway} attribute: Describes an
   * exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC
   * encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsNatGateway() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.NatGateway");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.NatGateway.State} attribute: The current
   * state of the exclusion configuration.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsNatGatewayState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.NatGateway.State");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage} attribute: A
   * message providing additional information about the exclusion state.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsNatGatewayStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.NatGateway.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway} attribute: Describes
   * an exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC
   * encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVirtualPrivateGateway() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State} attribute: The
   * current state of the exclusion configuration.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVirtualPrivateGatewayState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.State");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage}
   * attribute: A message providing additional information about the exclusion state.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVirtualPrivateGatewayStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VirtualPrivateGateway.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VpcLattice} attribute: Describes an
   * exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC
   * encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVpcLattice() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcLattice");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VpcLattice.State} attribute: The current
   * state of the exclusion configuration.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVpcLatticeState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcLattice.State");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage} attribute: A
   * message providing additional information about the exclusion state.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVpcLatticeStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcLattice.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VpcPeering} attribute: Describes an
   * exclusion configuration for VPC Encryption Control. For more information, see [Enforce VPC
   * encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVpcPeering() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcPeering");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VpcPeering.State} attribute: The current
   * state of the exclusion configuration.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVpcPeeringState() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcPeering.State");
  }

  /**
   * The {@code VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage} attribute: A
   * message providing additional information about the exclusion state.
   */
  default GetAtt attrVpcEncryptionControlResourceExclusionsVpcPeeringStateMessage() {
    return getAtt("VpcEncryptionControl.ResourceExclusions.VpcPeering.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.State} attribute: The current state of the VPC Encryption
   * Control configuration.
   */
  default GetAtt attrVpcEncryptionControlState() {
    return getAtt("VpcEncryptionControl.State");
  }

  /**
   * The {@code VpcEncryptionControl.StateMessage} attribute: A message providing additional
   * information about the encryption control state.
   */
  default GetAtt attrVpcEncryptionControlStateMessage() {
    return getAtt("VpcEncryptionControl.StateMessage");
  }

  /**
   * The {@code VpcEncryptionControl.VpcEncryptionControlId} attribute: The ID of the VPC Encryption
   * Control configuration.
   */
  default GetAtt attrVpcEncryptionControlVpcEncryptionControlId() {
    return getAtt("VpcEncryptionControl.VpcEncryptionControlId");
  }

  /**
   * The {@code VpcEncryptionControl.VpcId} attribute: The ID of the VPC associated with the
   * encryption control configuration.
   */
  default GetAtt attrVpcEncryptionControlVpcId() {
    return getAtt("VpcEncryptionControl.VpcId");
  }

  /** The {@code VpcId} attribute: The ID of the VPC. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPC}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPC.Builder {

    public Builder cidrBlock(String value) {
      cidrBlock(Expr.of(value));
      return this;
    }

    public Builder enableDnsHostnames(boolean value) {
      enableDnsHostnames(Expr.of(value));
      return this;
    }

    public Builder enableDnsSupport(boolean value) {
      enableDnsSupport(Expr.of(value));
      return this;
    }

    public Builder instanceTenancy(String value) {
      instanceTenancy(Expr.of(value));
      return this;
    }

    public Builder ipv4IpamPoolId(String value) {
      ipv4IpamPoolId(Expr.of(value));
      return this;
    }

    public Builder ipv4NetmaskLength(long value) {
      ipv4NetmaskLength(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::VPC.VpcEncryptionControl}: Describes the configuration and state of VPC
   * encryption controls. For more information, see [Enforce VPC encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpc-vpcencryptioncontrol.html">AWS::EC2::VPC.VpcEncryptionControl</a>
   */
  @Value.Immutable
  interface VpcEncryptionControl extends PropertyValue {

    /** {@code EgressOnlyInternetGatewayExclusion}. */
    Optional<Expr> egressOnlyInternetGatewayExclusion();

    /** {@code ElasticFileSystemExclusion}. */
    Optional<Expr> elasticFileSystemExclusion();

    /** {@code InternetGatewayExclusion}. */
    Optional<Expr> internetGatewayExclusion();

    /** {@code LambdaExclusion}. */
    Optional<Expr> lambdaExclusion();

    /** The encryption mode for the VPC Encryption Control configuration. */
    Optional<Expr> mode();

    /** {@code NatGatewayExclusion}. */
    Optional<Expr> natGatewayExclusion();

    /**
     * Describes the exclusion configurations for various resource types in VPC Encryption Control.
     * For more information, see [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> resourceExclusions();

    /** The current state of the VPC Encryption Control configuration. */
    Optional<Expr> state();

    /** A message providing additional information about the encryption control state. */
    Optional<Expr> stateMessage();

    /** {@code VirtualPrivateGatewayExclusion}. */
    Optional<Expr> virtualPrivateGatewayExclusion();

    /** The ID of the VPC Encryption Control configuration. */
    Optional<Expr> vpcEncryptionControlId();

    /** The ID of the VPC associated with the encryption control configuration. */
    Optional<Expr> vpcId();

    /** {@code VpcLatticeExclusion}. */
    Optional<Expr> vpcLatticeExclusion();

    /** {@code VpcPeeringExclusion}. */
    Optional<Expr> vpcPeeringExclusion();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EgressOnlyInternetGatewayExclusion", egressOnlyInternetGatewayExclusion())
          .put("ElasticFileSystemExclusion", elasticFileSystemExclusion())
          .put("InternetGatewayExclusion", internetGatewayExclusion())
          .put("LambdaExclusion", lambdaExclusion())
          .put("Mode", mode())
          .put("NatGatewayExclusion", natGatewayExclusion())
          .put("ResourceExclusions", resourceExclusions())
          .put("State", state())
          .put("StateMessage", stateMessage())
          .put("VirtualPrivateGatewayExclusion", virtualPrivateGatewayExclusion())
          .put("VpcEncryptionControlId", vpcEncryptionControlId())
          .put("VpcId", vpcId())
          .put("VpcLatticeExclusion", vpcLatticeExclusion())
          .put("VpcPeeringExclusion", vpcPeeringExclusion())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpcEncryptionControl}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableVPC.VpcEncryptionControl.Builder {

      public Builder egressOnlyInternetGatewayExclusion(String value) {
        egressOnlyInternetGatewayExclusion(Expr.of(value));
        return this;
      }

      public Builder elasticFileSystemExclusion(String value) {
        elasticFileSystemExclusion(Expr.of(value));
        return this;
      }

      public Builder internetGatewayExclusion(String value) {
        internetGatewayExclusion(Expr.of(value));
        return this;
      }

      public Builder lambdaExclusion(String value) {
        lambdaExclusion(Expr.of(value));
        return this;
      }

      public Builder mode(String value) {
        mode(Expr.of(value));
        return this;
      }

      public Builder natGatewayExclusion(String value) {
        natGatewayExclusion(Expr.of(value));
        return this;
      }

      public Builder state(String value) {
        state(Expr.of(value));
        return this;
      }

      public Builder stateMessage(String value) {
        stateMessage(Expr.of(value));
        return this;
      }

      public Builder virtualPrivateGatewayExclusion(String value) {
        virtualPrivateGatewayExclusion(Expr.of(value));
        return this;
      }

      public Builder vpcEncryptionControlId(String value) {
        vpcEncryptionControlId(Expr.of(value));
        return this;
      }

      public Builder vpcId(String value) {
        vpcId(Expr.of(value));
        return this;
      }

      public Builder vpcLatticeExclusion(String value) {
        vpcLatticeExclusion(Expr.of(value));
        return this;
      }

      public Builder vpcPeeringExclusion(String value) {
        vpcPeeringExclusion(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPC.VpcEncryptionControlExclusion}: Describes an exclusion configuration for
   * VPC Encryption Control. For more information, see [Enforce VPC encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpc-vpcencryptioncontrolexclusion.html">AWS::EC2::VPC.VpcEncryptionControlExclusion</a>
   */
  @Value.Immutable
  interface VpcEncryptionControlExclusion extends PropertyValue {

    /** The current state of the exclusion configuration. */
    Optional<Expr> state();

    /** A message providing additional information about the exclusion state. */
    Optional<Expr> stateMessage();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("State", state())
          .put("StateMessage", stateMessage())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpcEncryptionControlExclusion}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVPC.VpcEncryptionControlExclusion.Builder {

      public Builder state(String value) {
        state(Expr.of(value));
        return this;
      }

      public Builder stateMessage(String value) {
        stateMessage(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VPC.VpcEncryptionControlExclusions}: Describes the exclusion configurations
   * for various resource types in VPC Encryption Control. For more information, see [Enforce VPC
   * encryption in
   * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in the
   * *Amazon VPC User Guide*.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpc-vpcencryptioncontrolexclusions.html">AWS::EC2::VPC.VpcEncryptionControlExclusions</a>
   */
  @Value.Immutable
  interface VpcEncryptionControlExclusions extends PropertyValue {

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see
     * [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> egressOnlyInternetGateway();

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see
     * [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> elasticFileSystem();

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see
     * [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> internetGateway();

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see
     * [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> lambda();

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see
     * [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> natGateway();

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see
     * [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> virtualPrivateGateway();

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see
     * [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> vpcLattice();

    /**
     * Describes an exclusion configuration for VPC Encryption Control. For more information, see
     * [Enforce VPC encryption in
     * transit](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-encryption-controls.html) in
     * the *Amazon VPC User Guide*.
     */
    Optional<Expr> vpcPeering();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EgressOnlyInternetGateway", egressOnlyInternetGateway())
          .put("ElasticFileSystem", elasticFileSystem())
          .put("InternetGateway", internetGateway())
          .put("Lambda", lambda())
          .put("NatGateway", natGateway())
          .put("VirtualPrivateGateway", virtualPrivateGateway())
          .put("VpcLattice", vpcLattice())
          .put("VpcPeering", vpcPeering())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpcEncryptionControlExclusions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVPC.VpcEncryptionControlExclusions.Builder {
    }
  }
}
