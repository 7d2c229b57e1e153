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
 * {@code AWS::EC2::IPAMAllocation}: In IPAM, an allocation is a CIDR assignment from an IPAM pool
 * to another IPAM pool or to a resource.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipamallocation.html">AWS::EC2::IPAMAllocation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAMAllocation extends Resource {

  String TYPE = "AWS::EC2::IPAMAllocation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The CIDR you would like to allocate from the IPAM pool. Note the following: */
  Optional<Expr> cidr();

  /** A description for the allocation. */
  Optional<Expr> description();

  /** Required. The ID of the IPAM pool from which you would like to allocate a CIDR. */
  Expr ipamPoolId();

  /**
   * The netmask length of the CIDR you would like to allocate from the IPAM pool. Note the
   * following:
   */
  Optional<Expr> netmaskLength();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Cidr", cidr())
        .put("Description", description())
        .put("IpamPoolId", ipamPoolId())
        .put("NetmaskLength", netmaskLength())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code IpamPoolAllocationId} attribute: The ID of an allocation. */
  default GetAtt attrIpamPoolAllocationId() {
    return getAtt("IpamPoolAllocationId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IPAMAllocation}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIPAMAllocation.Builder {

    public Builder cidr(String value) {
      cidr(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
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
