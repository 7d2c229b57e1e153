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
 * {@code AWS::EC2::NetworkInterface}: Describes a network interface in an Amazon EC2 instance for
 * AWS CloudFormation .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkinterface.html">AWS::EC2::NetworkInterface</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkInterface extends Resource {

  String TYPE = "AWS::EC2::NetworkInterface";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A connection tracking specification for the network interface. */
  Optional<Expr> connectionTrackingSpecification();

  /** A description for the network interface. */
  Optional<Expr> description();

  /**
   * If you’re modifying a network interface in a dual-stack or IPv6-only subnet, you have the
   * option to assign a primary IPv6 IP address. A primary IPv6 address is an IPv6 GUA address
   * associated with an ENI that you have enabled to use a primary IPv6 address. Use this option if
   * the instance that this ENI will be attached to relies on its IPv6 address not changing. AWS
   * will automatically assign an IPv6 address associated with the ENI attached to your instance to
   * be the primary IPv6 address. Once you enable an IPv6 GUA address to be a primary IPv6, you
   * cannot disable it. When you enable an IPv6 GUA address to be a primary IPv6, the first IPv6 GUA
   * will be made the primary IPv6 address until the instance is terminated or the network interface
   * is detached. If you have multiple IPv6 addresses associated with an ENI attached to your
   * instance and you enable a primary IPv6 address, the first IPv6 GUA address associated with the
   * ENI becomes the primary IPv6 address.
   */
  Optional<Expr> enablePrimaryIpv6();

  /** The IDs of the security groups associated with this network interface. */
  Optional<Expr> groupSet();

  /**
   * The type of network interface. The default is `interface` . The supported values are `efa` and
   * `trunk` .
   */
  Optional<Expr> interfaceType();

  /** The number of IPv4 prefixes to be automatically assigned to the network interface. */
  Optional<Expr> ipv4PrefixCount();

  /** The IPv4 delegated prefixes that are assigned to the network interface. */
  Optional<Expr> ipv4Prefixes();

  /**
   * The number of IPv6 addresses to assign to the network interface. Amazon EC2 automatically
   * selects the IPv6 addresses from the subnet range. To specify specific IPv6 addresses, use the
   * `Ipv6Addresses` property and don't specify this property.
   */
  Optional<Expr> ipv6AddressCount();

  /**
   * The IPv6 addresses from the IPv6 CIDR block range of your subnet to assign to the network
   * interface. If you're specifying a number of IPv6 addresses, use the `Ipv6AddressCount` property
   * and don't specify this property.
   */
  Optional<Expr> ipv6Addresses();

  /** The number of IPv6 prefixes to be automatically assigned to the network interface. */
  Optional<Expr> ipv6PrefixCount();

  /** The IPv6 delegated prefixes that are assigned to the network interface. */
  Optional<Expr> ipv6Prefixes();

  /**
   * The private IPv4 address to assign to the network interface as the primary private IP address.
   * If you want to specify multiple private IP addresses, use the `PrivateIpAddresses` property.
   */
  Optional<Expr> privateIpAddress();

  /**
   * The private IPv4 addresses to assign to the network interface. You can specify a primary
   * private IP address by setting the value of the `Primary` property to `true` in the
   * `PrivateIpAddressSpecification` property. If you want EC2 to automatically assign private IP
   * addresses, use the `SecondaryPrivateIpAddressCount` property and do not specify this property.
   */
  Optional<Expr> privateIpAddresses();

  /** Public IP DNS hostname type */
  Optional<Expr> publicIpDnsHostnameTypeSpecification();

  /**
   * The number of secondary private IPv4 addresses to assign to a network interface. When you
   * specify a number of secondary IPv4 addresses, Amazon EC2 selects these IP addresses within the
   * subnet's IPv4 CIDR range. You can't specify this option and specify more than one private IP
   * address using `privateIpAddresses` .
   */
  Optional<Expr> secondaryPrivateIpAddressCount();

  /**
   * Enable or disable source/destination checks, which ensure that the instance is either the
   * source or the destination of any traffic that it receives. If the value is `true` ,
   * source/destination checks are enabled; otherwise, they are disabled. The default value is
   * `true` . You must disable source/destination checks if the instance runs services such as
   * network address translation, routing, or firewalls.
   */
  Optional<Expr> sourceDestCheck();

  /** Required. The ID of the subnet to associate with the network interface. */
  Expr subnetId();

  /** The tags to apply to the network interface. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ConnectionTrackingSpecification", connectionTrackingSpecification())
        .put("Description", description())
        .put("EnablePrimaryIpv6", enablePrimaryIpv6())
        .put("GroupSet", groupSet())
        .put("InterfaceType", interfaceType())
        .put("Ipv4PrefixCount", ipv4PrefixCount())
        .put("Ipv4Prefixes", ipv4Prefixes())
        .put("Ipv6AddressCount", ipv6AddressCount())
        .put("Ipv6Addresses", ipv6Addresses())
        .put("Ipv6PrefixCount", ipv6PrefixCount())
        .put("Ipv6Prefixes", ipv6Prefixes())
        .put("PrivateIpAddress", privateIpAddress())
        .put("PrivateIpAddresses", privateIpAddresses())
        .put("PublicIpDnsHostnameTypeSpecification", publicIpDnsHostnameTypeSpecification())
        .put("SecondaryPrivateIpAddressCount", secondaryPrivateIpAddressCount())
        .put("SourceDestCheck", sourceDestCheck())
        .put("SubnetId", subnetId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the network interface. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code PrimaryIpv6Address} attribute: The primary IPv6 address of the network interface.
   */
  default GetAtt attrPrimaryIpv6Address() {
    return getAtt("PrimaryIpv6Address");
  }

  /**
   * The {@code PrimaryPrivateIpAddress} attribute: The primary private IP address of the network
   * interface. For example, `10.0.0.192` .
   */
  default GetAtt attrPrimaryPrivateIpAddress() {
    return getAtt("PrimaryPrivateIpAddress");
  }

  /**
   * The {@code PublicIpDnsNameOptions} attribute: Describes the public hostname type options,
   * including public hostname type, IPv4-enabled public hostname, IPv6-enabled public hostname, and
   * dual-stack public hostname.
   */
  default GetAtt attrPublicIpDnsNameOptions() {
    return getAtt("PublicIpDnsNameOptions");
  }

  /**
   * The {@code SecondaryPrivateIpAddresses} attribute: The secondary private IP addresses of the
   * network interface. For example, `["10.0.0.161", "10.0.0.162", "10.0.0.163"]` .
   */
  default GetAtt attrSecondaryPrivateIpAddresses() {
    return getAtt("SecondaryPrivateIpAddresses");
  }

  /** The {@code VpcId} attribute: The ID of the VPC. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkInterface}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableNetworkInterface.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder enablePrimaryIpv6(boolean value) {
      enablePrimaryIpv6(Expr.of(value));
      return this;
    }

    public Builder groupSet(List<? extends Expr> values) {
      groupSet(Expr.list(values));
      return this;
    }

    public Builder groupSet(String... values) {
      groupSet(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder interfaceType(String value) {
      interfaceType(Expr.of(value));
      return this;
    }

    public Builder ipv4PrefixCount(long value) {
      ipv4PrefixCount(Expr.of(value));
      return this;
    }

    public Builder ipv4Prefixes(List<? extends Expr> values) {
      ipv4Prefixes(Expr.list(values));
      return this;
    }

    public Builder ipv6AddressCount(long value) {
      ipv6AddressCount(Expr.of(value));
      return this;
    }

    public Builder ipv6Addresses(List<? extends Expr> values) {
      ipv6Addresses(Expr.list(values));
      return this;
    }

    public Builder ipv6PrefixCount(long value) {
      ipv6PrefixCount(Expr.of(value));
      return this;
    }

    public Builder ipv6Prefixes(List<? extends Expr> values) {
      ipv6Prefixes(Expr.list(values));
      return this;
    }

    public Builder privateIpAddress(String value) {
      privateIpAddress(Expr.of(value));
      return this;
    }

    public Builder privateIpAddresses(List<? extends Expr> values) {
      privateIpAddresses(Expr.list(values));
      return this;
    }

    public Builder publicIpDnsHostnameTypeSpecification(String value) {
      publicIpDnsHostnameTypeSpecification(Expr.of(value));
      return this;
    }

    public Builder secondaryPrivateIpAddressCount(long value) {
      secondaryPrivateIpAddressCount(Expr.of(value));
      return this;
    }

    public Builder sourceDestCheck(boolean value) {
      sourceDestCheck(Expr.of(value));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::NetworkInterface.ConnectionTrackingSpecification}: Configurable options for
   * connection tracking on a network interface. For more information, see [Connection tracking
   * timeouts](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html#connection-tracking-timeouts)
   * in the *Amazon Elastic Compute Cloud User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinterface-connectiontrackingspecification.html">AWS::EC2::NetworkInterface.ConnectionTrackingSpecification</a>
   */
  @Value.Immutable
  interface ConnectionTrackingSpecification extends PropertyValue {

    /**
     * Timeout (in seconds) for idle TCP connections in an established state. Min: 60 seconds. Max:
     * 432000 seconds (5 days). Default: 432000 seconds. Recommended: Less than 432000 seconds.
     */
    Optional<Expr> tcpEstablishedTimeout();

    /**
     * Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one
     * request-response transaction. Min: 60 seconds. Max: 180 seconds (3 minutes). Default: 180
     * seconds.
     */
    Optional<Expr> udpStreamTimeout();

    /**
     * Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or
     * a single request-response transaction. Min: 30 seconds. Max: 60 seconds. Default: 30 seconds.
     */
    Optional<Expr> udpTimeout();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TcpEstablishedTimeout", tcpEstablishedTimeout())
          .put("UdpStreamTimeout", udpStreamTimeout())
          .put("UdpTimeout", udpTimeout())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConnectionTrackingSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInterface.ConnectionTrackingSpecification.Builder {

      public Builder tcpEstablishedTimeout(long value) {
        tcpEstablishedTimeout(Expr.of(value));
        return this;
      }

      public Builder udpStreamTimeout(long value) {
        udpStreamTimeout(Expr.of(value));
        return this;
      }

      public Builder udpTimeout(long value) {
        udpTimeout(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInterface.InstanceIpv6Address}: Describes the IPv6 addresses to
   * associate with the network interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinterface-instanceipv6address.html">AWS::EC2::NetworkInterface.InstanceIpv6Address</a>
   */
  @Value.Immutable
  interface InstanceIpv6Address extends PropertyValue {

    /** Required. An IPv6 address to associate with the network interface. */
    Expr ipv6Address();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ipv6Address", ipv6Address())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceIpv6Address}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInterface.InstanceIpv6Address.Builder {

      public Builder ipv6Address(String value) {
        ipv6Address(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInterface.Ipv4PrefixSpecification}: Describes an IPv4 prefix.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinterface-ipv4prefixspecification.html">AWS::EC2::NetworkInterface.Ipv4PrefixSpecification</a>
   */
  @Value.Immutable
  interface Ipv4PrefixSpecification extends PropertyValue {

    /**
     * Required. The IPv4 prefix. For information, see [Assigning prefixes to network
     * interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html) in the
     * *Amazon EC2 User Guide* .
     */
    Expr ipv4Prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ipv4Prefix", ipv4Prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Ipv4PrefixSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInterface.Ipv4PrefixSpecification.Builder {

      public Builder ipv4Prefix(String value) {
        ipv4Prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInterface.Ipv6PrefixSpecification}: Describes the IPv6 prefix.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinterface-ipv6prefixspecification.html">AWS::EC2::NetworkInterface.Ipv6PrefixSpecification</a>
   */
  @Value.Immutable
  interface Ipv6PrefixSpecification extends PropertyValue {

    /**
     * Required. The IPv6 prefix. For information, see [Assigning prefixes to Amazon EC2 network
     * interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html) in the
     * *Amazon Elastic Compute Cloud User Guide* .
     */
    Expr ipv6Prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ipv6Prefix", ipv6Prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Ipv6PrefixSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInterface.Ipv6PrefixSpecification.Builder {

      public Builder ipv6Prefix(String value) {
        ipv6Prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInterface.PrivateIpAddressSpecification}: Describes a secondary private
   * IPv4 address for a network interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinterface-privateipaddressspecification.html">AWS::EC2::NetworkInterface.PrivateIpAddressSpecification</a>
   */
  @Value.Immutable
  interface PrivateIpAddressSpecification extends PropertyValue {

    /**
     * Required. Sets the private IP address as the primary private address. You can set only one
     * primary private IP address. If you don't specify a primary private IP address, Amazon EC2
     * automatically assigns a primary private IP address.
     */
    Expr primary();

    /** Required. The private IP address of the network interface. */
    Expr privateIpAddress();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Primary", primary())
          .put("PrivateIpAddress", privateIpAddress())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PrivateIpAddressSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNetworkInterface.PrivateIpAddressSpecification.Builder {

      public Builder primary(boolean value) {
        primary(Expr.of(value));
        return this;
      }

      public Builder privateIpAddress(String value) {
        privateIpAddress(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInterface.PublicIpDnsNameOptions}: Public hostname type options. For
   * more information, see [EC2 instance hostnames, DNS names, and
   * domains](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the
   * *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinterface-publicipdnsnameoptions.html">AWS::EC2::NetworkInterface.PublicIpDnsNameOptions</a>
   */
  @Value.Immutable
  interface PublicIpDnsNameOptions extends PropertyValue {

    /**
     * The public hostname type. For more information, see [EC2 instance hostnames, DNS names, and
     * domains](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the
     * *Amazon EC2 User Guide* .
     */
    Optional<Expr> dnsHostnameType();

    /**
     * A dual-stack public hostname for a network interface. Requests from within the VPC resolve to
     * both the private IPv4 address and the IPv6 Global Unicast Address of the network interface.
     * Requests from the internet resolve to both the public IPv4 and the IPv6 GUA address of the
     * network interface.
     */
    Optional<Expr> publicDualStackDnsName();

    /**
     * An IPv4-enabled public hostname for a network interface. Requests from within the VPC resolve
     * to the private primary IPv4 address of the network interface. Requests from the internet
     * resolve to the public IPv4 address of the network interface.
     */
    Optional<Expr> publicIpv4DnsName();

    /**
     * An IPv6-enabled public hostname for a network interface. Requests from within the VPC or from
     * the internet resolve to the IPv6 GUA of the network interface.
     */
    Optional<Expr> publicIpv6DnsName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DnsHostnameType", dnsHostnameType())
          .put("PublicDualStackDnsName", publicDualStackDnsName())
          .put("PublicIpv4DnsName", publicIpv4DnsName())
          .put("PublicIpv6DnsName", publicIpv6DnsName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PublicIpDnsNameOptions}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInterface.PublicIpDnsNameOptions.Builder {

      public Builder dnsHostnameType(String value) {
        dnsHostnameType(Expr.of(value));
        return this;
      }

      public Builder publicDualStackDnsName(String value) {
        publicDualStackDnsName(Expr.of(value));
        return this;
      }

      public Builder publicIpv4DnsName(String value) {
        publicIpv4DnsName(Expr.of(value));
        return this;
      }

      public Builder publicIpv6DnsName(String value) {
        publicIpv6DnsName(Expr.of(value));
        return this;
      }
    }
  }
}
