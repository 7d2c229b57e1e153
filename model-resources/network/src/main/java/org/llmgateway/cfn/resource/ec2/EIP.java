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
 * {@code AWS::EC2::EIP}: Specifies an Elastic IP (EIP) address and can, optionally, associate it
 * with an Amazon EC2 instance.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-eip.html">AWS::EC2::EIP</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EIP extends Resource {

  String TYPE = "AWS::EC2::EIP";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** An Elastic IP address or a carrier IP address in a Wavelength Zone. */
  Optional<Expr> address();

  /** The network ( `vpc` ). */
  Optional<Expr> domain();

  /** The ID of the instance. */
  Optional<Expr> instanceId();

  /**
   * The ID of an IPAM pool which has an Amazon-provided or BYOIP public IPv4 CIDR provisioned to
   * it. For more information, see [Allocate sequential Elastic IP addresses from an IPAM
   * pool](https://docs.aws.amazon.com/vpc/latest/ipam/tutorials-eip-pool.html) in the *Amazon VPC
   * IPAM User Guide* .
   */
  Optional<Expr> ipamPoolId();

  /**
   * A unique set of Availability Zones, Local Zones, or Wavelength Zones from which AWS advertises
   * IP addresses. Use this parameter to limit the IP address to this location. IP addresses cannot
   * move between network border groups.
   */
  Optional<Expr> networkBorderGroup();

  /**
   * The ID of an address pool that you own. Use this parameter to let Amazon EC2 select an address
   * from the address pool.
   */
  Optional<Expr> publicIpv4Pool();

  /** Any tags assigned to the Elastic IP address. */
  Optional<Expr> tags();

  /**
   * The Elastic IP address you are accepting for transfer. You can only accept one transferred
   * address. For more information on Elastic IP address transfers, see [Transfer Elastic IP
   * addresses](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#transfer-EIPs-intro)
   * in the *Amazon Virtual Private Cloud User Guide* .
   */
  Optional<Expr> transferAddress();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Address", address())
        .put("Domain", domain())
        .put("InstanceId", instanceId())
        .put("IpamPoolId", ipamPoolId())
        .put("NetworkBorderGroup", networkBorderGroup())
        .put("PublicIpv4Pool", publicIpv4Pool())
        .put("Tags", tags())
        .put("TransferAddress", transferAddress())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AllocationId} attribute: The ID that AWS assigns to represent the allocation of the
   * address for use with Amazon VPC. This is returned only for VPC elastic IP addresses. For
   * example, `eipalloc-5723d13e` .
   */
  default GetAtt attrAllocationId() {
    return getAtt("AllocationId");
  }

  /** The {@code PublicIp} attribute: The Elastic IP address. */
  default GetAtt attrPublicIp() {
    return getAtt("PublicIp");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EIP}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableEIP.Builder {

    public Builder address(String value) {
      address(Expr.of(value));
      return this;
    }

    public Builder domain(String value) {
      domain(Expr.of(value));
      return this;
    }

    public Builder instanceId(String value) {
      instanceId(Expr.of(value));
      return this;
    }

    public Builder ipamPoolId(String value) {
      ipamPoolId(Expr.of(value));
      return this;
    }

    public Builder networkBorderGroup(String value) {
      networkBorderGroup(Expr.of(value));
      return this;
    }

    public Builder publicIpv4Pool(String value) {
      publicIpv4Pool(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transferAddress(String value) {
      transferAddress(Expr.of(value));
      return this;
    }
  }
}
