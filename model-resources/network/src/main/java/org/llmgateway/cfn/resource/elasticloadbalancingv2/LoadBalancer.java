// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.elasticloadbalancingv2;

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
 * {@code AWS::ElasticLoadBalancingV2::LoadBalancer}: Specifies an Application Load Balancer, a
 * Network Load Balancer, or a Gateway Load Balancer.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-loadbalancer.html">AWS::ElasticLoadBalancingV2::LoadBalancer</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LoadBalancer extends Resource {

  String TYPE = "AWS::ElasticLoadBalancingV2::LoadBalancer";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Indicates whether to enable stabilization when creating or updating an LCU reservation. This
   * ensures that the final stack status reflects the status of the LCU reservation. The default is
   * `false` .
   */
  Optional<Expr> enableCapacityReservationProvisionStabilize();

  /**
   * [Network Load Balancers with UDP listeners] Indicates whether to use an IPv6 prefix from each
   * subnet for source NAT. The IP address type must be `dualstack` . The default value is `off` .
   */
  Optional<Expr> enablePrefixForIpv6SourceNat();

  /**
   * Indicates whether to evaluate inbound security group rules for traffic sent to a Network Load
   * Balancer through AWS PrivateLink . The default is `on` .
   */
  Optional<Expr> enforceSecurityGroupInboundRulesOnPrivateLinkTraffic();

  /** The IP address type. Internal load balancers must use `ipv4` . */
  Optional<Expr> ipAddressType();

  /** The ID of the IPv4 IPAM pool. */
  Optional<Expr> ipv4IpamPoolId();

  /**
   * The load balancer attributes. Attributes that you do not modify retain their current values.
   */
  Optional<Expr> loadBalancerAttributes();

  /** The minimum capacity for a load balancer. */
  Optional<Expr> minimumLoadBalancerCapacity();

  /**
   * The name of the load balancer. This name must be unique per region per account, can have a
   * maximum of 32 characters, must contain only alphanumeric characters or hyphens, must not begin
   * or end with a hyphen, and must not begin with "internal-".
   */
  Optional<Expr> name();

  /**
   * The nodes of an Internet-facing load balancer have public IP addresses. The DNS name of an
   * Internet-facing load balancer is publicly resolvable to the public IP addresses of the nodes.
   * Therefore, Internet-facing load balancers can route requests from clients over the internet.
   */
  Optional<Expr> scheme();

  /**
   * [Application Load Balancers and Network Load Balancers] The IDs of the security groups for the
   * load balancer.
   */
  Optional<Expr> securityGroups();

  /**
   * The IDs of the subnets. You can specify only one subnet per Availability Zone. You must specify
   * either subnets or subnet mappings, but not both.
   */
  Optional<Expr> subnetMappings();

  /**
   * The IDs of the subnets. You can specify only one subnet per Availability Zone. You must specify
   * either subnets or subnet mappings, but not both. To specify an Elastic IP address, specify
   * subnet mappings instead of subnets.
   */
  Optional<Expr> subnets();

  /** The tags to assign to the load balancer. */
  Optional<Expr> tags();

  /** The type of load balancer. The default is `application` . */
  Optional<Expr> type();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("EnableCapacityReservationProvisionStabilize", enableCapacityReservationProvisionStabilize())
        .put("EnablePrefixForIpv6SourceNat", enablePrefixForIpv6SourceNat())
        .put("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", enforceSecurityGroupInboundRulesOnPrivateLinkTraffic())
        .put("IpAddressType", ipAddressType())
        .put("Ipv4IpamPoolId", ipv4IpamPoolId())
        .put("LoadBalancerAttributes", loadBalancerAttributes())
        .put("MinimumLoadBalancerCapacity", minimumLoadBalancerCapacity())
        .put("Name", name())
        .put("Scheme", scheme())
        .put("SecurityGroups", securityGroups())
        .put("SubnetMappings", subnetMappings())
        .put("Subnets", subnets())
        .put("Tags", tags())
        .put("Type", type())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CanonicalHostedZoneID} attribute: The ID of the Amazon Route 53 hosted zone
   * associated with the load balancer. For example, `Z2P70J7EXAMPLE` .
   */
  default GetAtt attrCanonicalHostedZoneID() {
    return getAtt("CanonicalHostedZoneID");
  }

  /**
   * The {@code DNSName} attribute: The DNS name for the load balancer. For example,
   * `my-load-balancer-424835706.us-west-2.elb.amazonaws.com` .
   */
  default GetAtt attrDNSName() {
    return getAtt("DNSName");
  }

  /** The {@code LoadBalancerArn} attribute: The Amazon Resource Name (ARN) of the load balancer. */
  default GetAtt attrLoadBalancerArn() {
    return getAtt("LoadBalancerArn");
  }

  /**
   * The {@code LoadBalancerFullName} attribute: The full name of the load balancer. For example,
   * `app/my-load-balancer/50dc6c495c0c9188` .
   */
  default GetAtt attrLoadBalancerFullName() {
    return getAtt("LoadBalancerFullName");
  }

  /**
   * The {@code LoadBalancerName} attribute: The name of the load balancer. For example,
   * `my-load-balancer` .
   */
  default GetAtt attrLoadBalancerName() {
    return getAtt("LoadBalancerName");
  }

  /** The {@code SecurityGroups} attribute: The IDs of the security groups for the load balancer. */
  default GetAtt attrSecurityGroups() {
    return getAtt("SecurityGroups");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LoadBalancer}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLoadBalancer.Builder {

    public Builder enableCapacityReservationProvisionStabilize(boolean value) {
      enableCapacityReservationProvisionStabilize(Expr.of(value));
      return this;
    }

    public Builder enablePrefixForIpv6SourceNat(String value) {
      enablePrefixForIpv6SourceNat(Expr.of(value));
      return this;
    }

    public Builder enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(String value) {
      enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(Expr.of(value));
      return this;
    }

    public Builder ipAddressType(String value) {
      ipAddressType(Expr.of(value));
      return this;
    }

    public Builder ipv4IpamPoolId(String value) {
      ipv4IpamPoolId(Expr.of(value));
      return this;
    }

    public Builder loadBalancerAttributes(List<? extends Expr> values) {
      loadBalancerAttributes(Expr.list(values));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder scheme(String value) {
      scheme(Expr.of(value));
      return this;
    }

    public Builder securityGroups(List<? extends Expr> values) {
      securityGroups(Expr.list(values));
      return this;
    }

    public Builder securityGroups(String... values) {
      securityGroups(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder subnetMappings(List<? extends Expr> values) {
      subnetMappings(Expr.list(values));
      return this;
    }

    public Builder subnets(List<? extends Expr> values) {
      subnets(Expr.list(values));
      return this;
    }

    public Builder subnets(String... values) {
      subnets(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder type(String value) {
      type(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerAttribute}: Specifies an attribute
   * for an Application Load Balancer, a Network Load Balancer, or a Gateway Load Balancer.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-loadbalancer-loadbalancerattribute.html">AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerAttribute</a>
   */
  @Value.Immutable
  interface LoadBalancerAttribute extends PropertyValue {

    /** The name of the attribute. */
    Optional<Expr> key();

    /** The value of the attribute. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LoadBalancerAttribute}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLoadBalancer.LoadBalancerAttribute.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::LoadBalancer.MinimumLoadBalancerCapacity}: The minimum
   * capacity for a load balancer.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-loadbalancer-minimumloadbalancercapacity.html">AWS::ElasticLoadBalancingV2::LoadBalancer.MinimumLoadBalancerCapacity</a>
   */
  @Value.Immutable
  interface MinimumLoadBalancerCapacity extends PropertyValue {

    /** Required. The number of capacity units. */
    Expr capacityUnits();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityUnits", capacityUnits())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MinimumLoadBalancerCapacity}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLoadBalancer.MinimumLoadBalancerCapacity.Builder {

      public Builder capacityUnits(long value) {
        capacityUnits(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::LoadBalancer.SubnetMapping}: Specifies a subnet for a load
   * balancer.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-loadbalancer-subnetmapping.html">AWS::ElasticLoadBalancingV2::LoadBalancer.SubnetMapping</a>
   */
  @Value.Immutable
  interface SubnetMapping extends PropertyValue {

    /**
     * [Network Load Balancers] The allocation ID of the Elastic IP address for an internet-facing
     * load balancer.
     */
    Optional<Expr> allocationId();

    /** [Network Load Balancers] The IPv6 address. */
    Optional<Expr> iPv6Address();

    /** [Network Load Balancers] The private IPv4 address for an internal load balancer. */
    Optional<Expr> privateIPv4Address();

    /**
     * [Network Load Balancers with UDP listeners] The IPv6 prefix to use for source NAT. Specify an
     * IPv6 prefix (/80 netmask) from the subnet CIDR block or `auto_assigned` to use an IPv6 prefix
     * selected at random from the subnet CIDR block.
     */
    Optional<Expr> sourceNatIpv6Prefix();

    /** Required. The ID of the subnet. */
    Expr subnetId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllocationId", allocationId())
          .put("IPv6Address", iPv6Address())
          .put("PrivateIPv4Address", privateIPv4Address())
          .put("SourceNatIpv6Prefix", sourceNatIpv6Prefix())
          .put("SubnetId", subnetId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SubnetMapping}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoadBalancer.SubnetMapping.Builder {

      public Builder allocationId(String value) {
        allocationId(Expr.of(value));
        return this;
      }

      public Builder iPv6Address(String value) {
        iPv6Address(Expr.of(value));
        return this;
      }

      public Builder privateIPv4Address(String value) {
        privateIPv4Address(Expr.of(value));
        return this;
      }

      public Builder sourceNatIpv6Prefix(String value) {
        sourceNatIpv6Prefix(Expr.of(value));
        return this;
      }

      public Builder subnetId(String value) {
        subnetId(Expr.of(value));
        return this;
      }
    }
  }
}
