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
 * {@code AWS::EC2::SubnetCidrBlock}: Associates a CIDR block with your subnet. You can associate a
 * single IPv6 CIDR block with your subnet.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnetcidrblock.html">AWS::EC2::SubnetCidrBlock</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SubnetCidrBlock extends Resource {

  String TYPE = "AWS::EC2::SubnetCidrBlock";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The IPv6 network range for the subnet, in CIDR notation. */
  Optional<Expr> ipv6CidrBlock();

  /** An IPv6 IPAM pool ID for the subnet. */
  Optional<Expr> ipv6IpamPoolId();

  /** An IPv6 netmask length for the subnet. */
  Optional<Expr> ipv6NetmaskLength();

  /** Required. The ID of the subnet. */
  Expr subnetId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Ipv6CidrBlock", ipv6CidrBlock())
        .put("Ipv6IpamPoolId", ipv6IpamPoolId())
        .put("Ipv6NetmaskLength", ipv6NetmaskLength())
        .put("SubnetId", subnetId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the association. */
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

  /** Builds a {@link SubnetCidrBlock}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSubnetCidrBlock.Builder {

    public Builder ipv6CidrBlock(String value) {
      ipv6CidrBlock(Expr.of(value));
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

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }
  }
}
