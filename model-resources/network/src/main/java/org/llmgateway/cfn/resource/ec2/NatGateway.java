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
 * {@code AWS::EC2::NatGateway}: Specifies a network address translation (NAT) gateway in the
 * specified subnet. You can create either a public NAT gateway or a private NAT gateway. The
 * default is a public NAT gateway. If you create a public NAT gateway, you must specify an elastic
 * IP address.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-natgateway.html">AWS::EC2::NatGateway</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NatGateway extends Resource {

  String TYPE = "AWS::EC2::NatGateway";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * [Public NAT gateway only] The allocation ID of the Elastic IP address that's associated with
   * the NAT gateway. This property is required for a public NAT gateway and cannot be specified
   * with a private NAT gateway.
   */
  Optional<Expr> allocationId();

  /** Indicates whether this is a zonal (single-AZ) or regional (multi-AZ) NAT gateway. */
  Optional<Expr> availabilityMode();

  /**
   * For regional NAT gateways only: Specifies which Availability Zones you want the NAT gateway to
   * support and the Elastic IP addresses (EIPs) to use in each AZ. The regional NAT gateway uses
   * these EIPs to handle outbound NAT traffic from their respective AZs. If not specified, the NAT
   * gateway will automatically expand to new AZs and associate EIPs upon detection of an elastic
   * network interface. If you specify this parameter, auto-expansion is disabled and you must
   * manually manage AZ coverage.
   */
  Optional<Expr> availabilityZoneAddresses();

  /**
   * Indicates whether the NAT gateway supports public or private connectivity. The default is
   * public connectivity.
   */
  Optional<Expr> connectivityType();

  /**
   * The maximum amount of time to wait (in seconds) before forcibly releasing the IP addresses if
   * connections are still in progress. Default value is 350 seconds.
   */
  Optional<Expr> maxDrainDurationSeconds();

  /**
   * The private IPv4 address to assign to the NAT gateway. If you don't provide an address, a
   * private IPv4 address will be automatically assigned.
   */
  Optional<Expr> privateIpAddress();

  /**
   * Secondary EIP allocation IDs. For more information, see [Create a NAT
   * gateway](https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-working-with.html) in the
   * *Amazon VPC User Guide* .
   */
  Optional<Expr> secondaryAllocationIds();

  /**
   * [Private NAT gateway only] The number of secondary private IPv4 addresses you want to assign to
   * the NAT gateway. For more information about secondary addresses, see [Create a NAT
   * gateway](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html#nat-gateway-creating)
   * in the *Amazon Virtual Private Cloud User Guide* .
   */
  Optional<Expr> secondaryPrivateIpAddressCount();

  /**
   * Secondary private IPv4 addresses. For more information about secondary addresses, see [Create a
   * NAT
   * gateway](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html#nat-gateway-creating)
   * in the *Amazon Virtual Private Cloud User Guide* .
   */
  Optional<Expr> secondaryPrivateIpAddresses();

  /** The ID of the subnet in which the NAT gateway is located. */
  Optional<Expr> subnetId();

  /** The tags for the NAT gateway. */
  Optional<Expr> tags();

  /** The ID of the VPC in which the NAT gateway is located. */
  Optional<Expr> vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AllocationId", allocationId())
        .put("AvailabilityMode", availabilityMode())
        .put("AvailabilityZoneAddresses", availabilityZoneAddresses())
        .put("ConnectivityType", connectivityType())
        .put("MaxDrainDurationSeconds", maxDrainDurationSeconds())
        .put("PrivateIpAddress", privateIpAddress())
        .put("SecondaryAllocationIds", secondaryAllocationIds())
        .put("SecondaryPrivateIpAddressCount", secondaryPrivateIpAddressCount())
        .put("SecondaryPrivateIpAddresses", secondaryPrivateIpAddresses())
        .put("SubnetId", subnetId())
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AutoProvisionZones} attribute: For regional NAT gateways only: Indicates whether AWS
   * automatically manages AZ coverage. When enabled, the NAT gateway associates EIPs in all AZs
   * where your VPC has subnets to handle outbound NAT traffic, expands to new AZs when you create
   * subnets there, and retracts from AZs where you've removed all subnets. When disabled, you must
   * manually manage which AZs the NAT gateway supports and their corresponding EIPs.
   */
  default GetAtt attrAutoProvisionZones() {
    return getAtt("AutoProvisionZones");
  }

  /**
   * The {@code AutoScalingIps} attribute: For regional NAT gateways only: Indicates whether AWS
   * automatically allocates additional Elastic IP addresses (EIPs) in an AZ when the NAT gateway
   * needs more ports due to increased concurrent connections to a single destination from that AZ.
   */
  default GetAtt attrAutoScalingIps() {
    return getAtt("AutoScalingIps");
  }

  /** The {@code EniId} attribute: The ID of the network interface. */
  default GetAtt attrEniId() {
    return getAtt("EniId");
  }

  /** The {@code NatGatewayId} attribute: The ID of the NAT gateway. */
  default GetAtt attrNatGatewayId() {
    return getAtt("NatGatewayId");
  }

  /**
   * The {@code RouteTableId} attribute: For regional NAT gateways only, this is the ID of the NAT
   * gateway.
   */
  default GetAtt attrRouteTableId() {
    return getAtt("RouteTableId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NatGateway}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableNatGateway.Builder {

    public Builder allocationId(String value) {
      allocationId(Expr.of(value));
      return this;
    }

    public Builder availabilityMode(String value) {
      availabilityMode(Expr.of(value));
      return this;
    }

    public Builder availabilityZoneAddresses(List<? extends Expr> values) {
      availabilityZoneAddresses(Expr.list(values));
      return this;
    }

    public Builder connectivityType(String value) {
      connectivityType(Expr.of(value));
      return this;
    }

    public Builder maxDrainDurationSeconds(long value) {
      maxDrainDurationSeconds(Expr.of(value));
      return this;
    }

    public Builder privateIpAddress(String value) {
      privateIpAddress(Expr.of(value));
      return this;
    }

    public Builder secondaryAllocationIds(List<? extends Expr> values) {
      secondaryAllocationIds(Expr.list(values));
      return this;
    }

    public Builder secondaryAllocationIds(String... values) {
      secondaryAllocationIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder secondaryPrivateIpAddressCount(long value) {
      secondaryPrivateIpAddressCount(Expr.of(value));
      return this;
    }

    public Builder secondaryPrivateIpAddresses(List<? extends Expr> values) {
      secondaryPrivateIpAddresses(Expr.list(values));
      return this;
    }

    public Builder secondaryPrivateIpAddresses(String... values) {
      secondaryPrivateIpAddresses(Expr.ofStrings(List.of(values)));
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

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::NatGateway.AvailabilityZoneAddress}: For regional NAT gateways only: The
   * configuration specifying which Elastic IP address (EIP) to use for handling outbound NAT
   * traffic from a specific Availability Zone.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-natgateway-availabilityzoneaddress.html">AWS::EC2::NatGateway.AvailabilityZoneAddress</a>
   */
  @Value.Immutable
  interface AvailabilityZoneAddress extends PropertyValue {

    /**
     * Required. The allocation IDs of the Elastic IP addresses (EIPs) to be used for handling
     * outbound NAT traffic in this specific Availability Zone.
     */
    Expr allocationIds();

    /**
     * For regional NAT gateways only: The Availability Zone where this specific NAT gateway
     * configuration will be active. Each AZ in a regional NAT gateway has its own configuration to
     * handle outbound NAT traffic from that AZ.
     */
    Optional<Expr> availabilityZone();

    /**
     * For regional NAT gateways only: The ID of the Availability Zone where this specific NAT
     * gateway configuration will be active. Each AZ in a regional NAT gateway has its own
     * configuration to handle outbound NAT traffic from that AZ. Use this instead of
     * AvailabilityZone for consistent identification of AZs across AWS Regions.
     */
    Optional<Expr> availabilityZoneId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllocationIds", allocationIds())
          .put("AvailabilityZone", availabilityZone())
          .put("AvailabilityZoneId", availabilityZoneId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AvailabilityZoneAddress}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableNatGateway.AvailabilityZoneAddress.Builder {

      public Builder allocationIds(List<? extends Expr> values) {
        allocationIds(Expr.list(values));
        return this;
      }

      public Builder allocationIds(String... values) {
        allocationIds(Expr.ofStrings(List.of(values)));
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
    }
  }
}
