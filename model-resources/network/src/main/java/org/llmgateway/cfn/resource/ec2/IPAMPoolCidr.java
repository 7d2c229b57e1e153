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
 * {@code AWS::EC2::IPAMPoolCidr}: A CIDR provisioned to an IPAM pool.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipampoolcidr.html">AWS::EC2::IPAMPoolCidr</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAMPoolCidr extends Resource {

  String TYPE = "AWS::EC2::IPAMPoolCidr";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The CIDR provisioned to the IPAM pool. A CIDR is a representation of an IP address and its
   * associated network mask (or netmask) and refers to a range of IP addresses. An IPv4 CIDR
   * example is `10.24.34.0/23` . An IPv6 CIDR example is `2001:DB8::/32` .
   */
  Optional<Expr> cidr();

  /** Required. The ID of the IPAM pool. */
  Expr ipamPoolId();

  /**
   * The netmask length of the CIDR you'd like to provision to a pool. Can be used for provisioning
   * Amazon-provided IPv6 CIDRs to top-level pools and for provisioning CIDRs to pools with source
   * pools. Cannot be used to provision BYOIP CIDRs to top-level pools. "NetmaskLength" or "Cidr" is
   * required.
   */
  Optional<Expr> netmaskLength();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Cidr", cidr())
        .put("IpamPoolId", ipamPoolId())
        .put("NetmaskLength", netmaskLength())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code IpamPoolCidrId} attribute: The IPAM pool CIDR ID. */
  default GetAtt attrIpamPoolCidrId() {
    return getAtt("IpamPoolCidrId");
  }

  /** The {@code State} attribute: The state of the CIDR. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IPAMPoolCidr}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIPAMPoolCidr.Builder {

    public Builder cidr(String value) {
      cidr(Expr.of(value));
      return this;
    }

    public Builder ipamPoolId(String value) {
      ipamPoolId(Expr.of(value));
      return this;
    }

    public Builder netmaskLength(long value) {
      netmaskLength(Expr.of(value));
      return this;
    }
  }
}
