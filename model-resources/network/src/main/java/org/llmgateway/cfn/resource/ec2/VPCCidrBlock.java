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
 * {@code AWS::EC2::VPCCidrBlock}: Associates a CIDR block with your VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpccidrblock.html">AWS::EC2::VPCCidrBlock</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCCidrBlock extends Resource {

  String TYPE = "AWS::EC2::VPCCidrBlock";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Requests an Amazon-provided IPv6 CIDR block with a /56 prefix length for the VPC. You cannot
   * specify the range of IPv6 addresses or the size of the CIDR block.
   */
  Optional<Expr> amazonProvidedIpv6CidrBlock();

  /** An IPv4 CIDR block to associate with the VPC. */
  Optional<Expr> cidrBlock();

  /**
   * Associate a CIDR allocated from an IPv4 IPAM pool to a VPC. For more information about Amazon
   * VPC IP Address Manager (IPAM), see [What is
   * IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC
   * IPAM User Guide* .
   */
  Optional<Expr> ipv4IpamPoolId();

  /**
   * The netmask length of the IPv4 CIDR you would like to associate from an Amazon VPC IP Address
   * Manager (IPAM) pool. For more information about IPAM, see [What is
   * IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC
   * IPAM User Guide* .
   */
  Optional<Expr> ipv4NetmaskLength();

  /**
   * An IPv6 CIDR block from the IPv6 address pool. You must also specify `Ipv6Pool` in the request.
   */
  Optional<Expr> ipv6CidrBlock();

  /**
   * The name of the location from which we advertise the IPV6 CIDR block. Use this parameter to
   * limit the CIDR block to this location.
   */
  Optional<Expr> ipv6CidrBlockNetworkBorderGroup();

  /**
   * Associates a CIDR allocated from an IPv6 IPAM pool to a VPC. For more information about Amazon
   * VPC IP Address Manager (IPAM), see [What is
   * IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC
   * IPAM User Guide* .
   */
  Optional<Expr> ipv6IpamPoolId();

  /**
   * The netmask length of the IPv6 CIDR you would like to associate from an Amazon VPC IP Address
   * Manager (IPAM) pool. For more information about IPAM, see [What is
   * IPAM?](https://docs.aws.amazon.com//vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC
   * IPAM User Guide* .
   */
  Optional<Expr> ipv6NetmaskLength();

  /** The ID of an IPv6 address pool from which to allocate the IPv6 CIDR block. */
  Optional<Expr> ipv6Pool();

  /** Required. The ID of the VPC. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AmazonProvidedIpv6CidrBlock", amazonProvidedIpv6CidrBlock())
        .put("CidrBlock", cidrBlock())
        .put("Ipv4IpamPoolId", ipv4IpamPoolId())
        .put("Ipv4NetmaskLength", ipv4NetmaskLength())
        .put("Ipv6CidrBlock", ipv6CidrBlock())
        .put("Ipv6CidrBlockNetworkBorderGroup", ipv6CidrBlockNetworkBorderGroup())
        .put("Ipv6IpamPoolId", ipv6IpamPoolId())
        .put("Ipv6NetmaskLength", ipv6NetmaskLength())
        .put("Ipv6Pool", ipv6Pool())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The Id of the VPC associated CIDR Block. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code IpSource} attribute: The source that allocated the IP address space. `byoip` or
   * `amazon` indicates public IP address space allocated by Amazon or space that you have allocated
   * with Bring your own IP (BYOIP). `none` indicates private space.
   */
  default GetAtt attrIpSource() {
    return getAtt("IpSource");
  }

  /**
   * The {@code Ipv6AddressAttribute} attribute: Public IPv6 addresses are those advertised on the
   * internet from AWS . Private IP addresses are not and cannot be advertised on the internet from
   * AWS .
   */
  default GetAtt attrIpv6AddressAttribute() {
    return getAtt("Ipv6AddressAttribute");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPCCidrBlock}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPCCidrBlock.Builder {

    public Builder amazonProvidedIpv6CidrBlock(boolean value) {
      amazonProvidedIpv6CidrBlock(Expr.of(value));
      return this;
    }

    public Builder cidrBlock(String value) {
      cidrBlock(Expr.of(value));
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

    public Builder ipv6CidrBlockNetworkBorderGroup(String value) {
      ipv6CidrBlockNetworkBorderGroup(Expr.of(value));
      return this;
    }

    public Builder ipv6IpamPoolId(String value) {
      ipv6IpamPoolId(Expr.of(value));
      return this;
    }

    public Builder ipv6NetmaskLength(long value) {
      ipv6NetmaskLength(Expr.of(value));
      return this;
    }

    public Builder ipv6Pool(String value) {
      ipv6Pool(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }
}
