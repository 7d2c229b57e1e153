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
 * {@code AWS::EC2::Subnet}: Specifies a subnet for the specified VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnet.html">AWS::EC2::Subnet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Subnet extends Resource {

  String TYPE = "AWS::EC2::Subnet";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Indicates whether a network interface created in this subnet receives an IPv6 address. The
   * default value is `false` .
   */
  Optional<Expr> assignIpv6AddressOnCreation();

  /** The Availability Zone of the subnet. */
  Optional<Expr> availabilityZone();

  /** The AZ ID of the subnet. */
  Optional<Expr> availabilityZoneId();

  /** The IPv4 CIDR block assigned to the subnet. */
  Optional<Expr> cidrBlock();

  /**
   * Indicates whether DNS queries made to the Amazon-provided DNS Resolver in this subnet should
   * return synthetic IPv6 addresses for IPv4-only destinations.
   */
  Optional<Expr> enableDns64();

  /**
   * Indicates the device position for local network interfaces in this subnet. For example, `1`
   * indicates local network interfaces in this subnet are the secondary network interface (eth1).
   */
  Optional<Expr> enableLniAtDeviceIndex();

  /** An IPv4 IPAM pool ID for the subnet. */
  Optional<Expr> ipv4IpamPoolId();

  /** An IPv4 netmask length for the subnet. */
  Optional<Expr> ipv4NetmaskLength();

  /** The IPv6 CIDR block. */
  Optional<Expr> ipv6CidrBlock();

  /** An IPv6 IPAM pool ID for the subnet. */
  Optional<Expr> ipv6IpamPoolId();

  /**
   * Indicates whether this is an IPv6 only subnet. For more information, see [Subnet
   * basics](https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Subnets.html#subnet-basics) in the
   * *Amazon Virtual Private Cloud User Guide* .
   */
  Optional<Expr> ipv6Native();

  /** An IPv6 netmask length for the subnet. */
  Optional<Expr> ipv6NetmaskLength();

  /**
   * Indicates whether instances launched in this subnet receive a public IPv4 address. The default
   * value is `false` .
   */
  Optional<Expr> mapPublicIpOnLaunch();

  /** The Amazon Resource Name (ARN) of the Outpost. */
  Optional<Expr> outpostArn();

  /**
   * The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record
   * queries to the instances should be handled. For more information, see [Amazon EC2 instance
   * hostname types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html)
   * in the *Amazon Elastic Compute Cloud User Guide* .
   */
  Optional<Expr> privateDnsNameOptionsOnLaunch();

  /** Any tags assigned to the subnet. */
  Optional<Expr> tags();

  /** Required. The ID of the VPC the subnet is in. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AssignIpv6AddressOnCreation", assignIpv6AddressOnCreation())
        .put("AvailabilityZone", availabilityZone())
        .put("AvailabilityZoneId", availabilityZoneId())
        .put("CidrBlock", cidrBlock())
        .put("EnableDns64", enableDns64())
        .put("EnableLniAtDeviceIndex", enableLniAtDeviceIndex())
        .put("Ipv4IpamPoolId", ipv4IpamPoolId())
        .put("Ipv4NetmaskLength", ipv4NetmaskLength())
        .put("Ipv6CidrBlock", ipv6CidrBlock())
        .put("Ipv6IpamPoolId", ipv6IpamPoolId())
        .put("Ipv6Native", ipv6Native())
        .put("Ipv6NetmaskLength", ipv6NetmaskLength())
        .put("MapPublicIpOnLaunch", mapPublicIpOnLaunch())
        .put("OutpostArn", outpostArn())
        .put("PrivateDnsNameOptionsOnLaunch", privateDnsNameOptionsOnLaunch())
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AvailabilityZone} attribute: The Availability Zone of this subnet. For example,
   * `us-east-1a` .
   */
  default GetAtt attrAvailabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The {@code AvailabilityZoneId} attribute: The Availability Zone ID of this subnet. For example,
   * `use1-az1` .
   */
  default GetAtt attrAvailabilityZoneId() {
    return getAtt("AvailabilityZoneId");
  }

  /** The {@code BlockPublicAccessStates} attribute. */
  default GetAtt attrBlockPublicAccessStates() {
    return getAtt("BlockPublicAccessStates");
  }

  /** The {@code CidrBlock} attribute: The IPv4 CIDR blocks that are associated with the subnet. */
  default GetAtt attrCidrBlock() {
    return getAtt("CidrBlock");
  }

  /**
   * The {@code Ipv6CidrBlocks} attribute: The IPv6 CIDR blocks that are associated with the subnet.
   */
  default GetAtt attrIpv6CidrBlocks() {
    return getAtt("Ipv6CidrBlocks");
  }

  /**
   * The {@code NetworkAclAssociationId} attribute: The ID of the network ACL that is associated
   * with the subnet's VPC, such as `acl-5fb85d36` .
   */
  default GetAtt attrNetworkAclAssociationId() {
    return getAtt("NetworkAclAssociationId");
  }

  /** The {@code OutpostArn} attribute: The Amazon Resource Name (ARN) of the Outpost. */
  default GetAtt attrOutpostArn() {
    return getAtt("OutpostArn");
  }

  /** The {@code SubnetId} attribute: The ID of the subnet. */
  default GetAtt attrSubnetId() {
    return getAtt("SubnetId");
  }

  /** The {@code VpcId} attribute: The ID of the subnet's VPC, such as `vpc-11ad4878` . */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Subnet}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSubnet.Builder {

    public Builder assignIpv6AddressOnCreation(boolean value) {
      assignIpv6AddressOnCreation(Expr.of(value));
      return this;
    }

    public Builder availabilityZone(String value) {
      availabilityZone(Expr.of(value));
      return this;
    }

    public Builder availabilityZoneId(String value) {
      availabilityZoneId(Expr.of(value));
      return this;
    }

    public Builder cidrBlock(String value) {
      cidrBlock(Expr.of(value));
      return this;
    }

    public Builder enableDns64(boolean value) {
      enableDns64(Expr.of(value));
      return this;
    }

    public Builder enableLniAtDeviceIndex(long value) {
      enableLniAtDeviceIndex(Expr.of(value));
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

    public Builder ipv6CidrBlock(String value) {
      ipv6CidrBlock(Expr.of(value));
      return this;
    }

    public Builder ipv6IpamPoolId(String value) {
      ipv6IpamPoolId(Expr.of(value));
      return this;
    }

    public Builder ipv6Native(boolean value) {
      ipv6Native(Expr.of(value));
      return this;
    }

    public Builder ipv6NetmaskLength(long value) {
      ipv6NetmaskLength(Expr.of(value));
      return this;
    }

    public Builder mapPublicIpOnLaunch(boolean value) {
      mapPublicIpOnLaunch(Expr.of(value));
      return this;
    }

    public Builder outpostArn(String value) {
      outpostArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::Subnet.BlockPublicAccessStates}: Specifies the state of VPC Block Public
   * Access (BPA).
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-subnet-blockpublicaccessstates.html">AWS::EC2::Subnet.BlockPublicAccessStates</a>
   */
  @Value.Immutable
  interface BlockPublicAccessStates extends PropertyValue {

    /** The mode of VPC BPA. */
    Optional<Expr> internetGatewayBlockMode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("InternetGatewayBlockMode", internetGatewayBlockMode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BlockPublicAccessStates}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSubnet.BlockPublicAccessStates.Builder {

      public Builder internetGatewayBlockMode(String value) {
        internetGatewayBlockMode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Subnet.PrivateDnsNameOptionsOnLaunch}: Specifies the options for instance
   * hostnames.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-subnet-privatednsnameoptionsonlaunch.html">AWS::EC2::Subnet.PrivateDnsNameOptionsOnLaunch</a>
   */
  @Value.Immutable
  interface PrivateDnsNameOptionsOnLaunch extends PropertyValue {

    /** Indicates whether to respond to DNS queries for instance hostname with DNS AAAA records. */
    Optional<Expr> enableResourceNameDnsAAAARecord();

    /** Indicates whether to respond to DNS queries for instance hostnames with DNS A records. */
    Optional<Expr> enableResourceNameDnsARecord();

    /**
     * The type of hostname for EC2 instances. For IPv4 only subnets, an instance DNS name must be
     * based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based
     * on the instance ID. For dual-stack subnets, you can specify whether DNS names use the
     * instance IPv4 address or the instance ID.
     */
    Optional<Expr> hostnameType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnableResourceNameDnsAAAARecord", enableResourceNameDnsAAAARecord())
          .put("EnableResourceNameDnsARecord", enableResourceNameDnsARecord())
          .put("HostnameType", hostnameType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PrivateDnsNameOptionsOnLaunch}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSubnet.PrivateDnsNameOptionsOnLaunch.Builder {

      public Builder enableResourceNameDnsAAAARecord(boolean value) {
        enableResourceNameDnsAAAARecord(Expr.of(value));
        return this;
      }

      public Builder enableResourceNameDnsARecord(boolean value) {
        enableResourceNameDnsARecord(Expr.of(value));
        return this;
      }

      public Builder hostnameType(String value) {
        hostnameType(Expr.of(value));
        return this;
      }
    }
  }
}
