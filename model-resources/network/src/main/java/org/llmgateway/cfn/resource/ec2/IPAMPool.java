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
 * {@code AWS::EC2::IPAMPool}: In IPAM, a pool is a collection of contiguous IP addresses CIDRs.
 * Pools enable you to organize your IP addresses according to your routing and security needs. For
 * example, if you have separate routing and security needs for development and production
 * applications, you can create a pool for each.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipampool.html">AWS::EC2::IPAMPool</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAMPool extends Resource {

  String TYPE = "AWS::EC2::IPAMPool";

  /** Values CloudFormation accepts for {@code AwsService}. */
  String AWS_SERVICE_EC2 = "ec2";

  /** Values CloudFormation accepts for {@code PublicIpSource}. */
  String PUBLIC_IP_SOURCE_BYOIP = "byoip";
  String PUBLIC_IP_SOURCE_AMAZON = "amazon";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The address family of the pool. */
  Expr addressFamily();

  /**
   * The default netmask length for allocations added to this pool. If, for example, the CIDR
   * assigned to this pool is 10.0.0.0/8 and you enter 16 here, new allocations will default to
   * 10.0.0.0/16.
   */
  Optional<Expr> allocationDefaultNetmaskLength();

  /**
   * The maximum netmask length possible for CIDR allocations in this IPAM pool to be compliant. The
   * maximum netmask length must be greater than the minimum netmask length. Possible netmask
   * lengths for IPv4 addresses are 0 - 32. Possible netmask lengths for IPv6 addresses are 0 - 128.
   */
  Optional<Expr> allocationMaxNetmaskLength();

  /**
   * The minimum netmask length required for CIDR allocations in this IPAM pool to be compliant. The
   * minimum netmask length must be less than the maximum netmask length. Possible netmask lengths
   * for IPv4 addresses are 0 - 32. Possible netmask lengths for IPv6 addresses are 0 - 128.
   */
  Optional<Expr> allocationMinNetmaskLength();

  /**
   * Tags that are required for resources that use CIDRs from this IPAM pool. Resources that do not
   * have these tags will not be allowed to allocate space from the pool. If the resources have
   * their tags changed after they have allocated space or if the allocation tagging requirements
   * are changed on the pool, the resource may be marked as noncompliant.
   */
  Optional<Expr> allocationResourceTags();

  /**
   * If selected, IPAM will continuously look for resources within the CIDR range of this pool and
   * automatically import them as allocations into your IPAM. The CIDRs that will be allocated for
   * these resources must not already be allocated to other resources in order for the import to
   * succeed. IPAM will import a CIDR regardless of its compliance with the pool's allocation rules,
   * so a resource might be imported and subsequently marked as noncompliant. If IPAM discovers
   * multiple CIDRs that overlap, IPAM will import the largest CIDR only. If IPAM discovers multiple
   * CIDRs with matching CIDRs, IPAM will randomly import one of them only.
   */
  Optional<Expr> autoImport();

  /**
   * Limits which service in AWS that the pool can be used in. "ec2", for example, allows users to
   * use space for Elastic IP addresses and VPCs.
   */
  Optional<Expr> awsService();

  /** The description of the IPAM pool. */
  Optional<Expr> description();

  /** Required. The ID of the scope in which you would like to create the IPAM pool. */
  Expr ipamScopeId();

  /** The locale of the IPAM pool. */
  Optional<Expr> locale();

  /** Information about the CIDRs provisioned to an IPAM pool. */
  Optional<Expr> provisionedCidrs();

  /**
   * The IP address source for pools in the public scope. Only used for provisioning IP address
   * CIDRs to pools in the public scope. Default is `BYOIP` . For more information, see [Create IPv6
   * pools](https://docs.aws.amazon.com//vpc/latest/ipam/intro-create-ipv6-pools.html) in the
   * *Amazon VPC IPAM User Guide* . By default, you can add only one Amazon-provided IPv6 CIDR block
   * to a top-level IPv6 pool. For information on increasing the default limit, see [Quotas for your
   * IPAM](https://docs.aws.amazon.com//vpc/latest/ipam/quotas-ipam.html) in the *Amazon VPC IPAM
   * User Guide* .
   */
  Optional<Expr> publicIpSource();

  /**
   * Determines if a pool is publicly advertisable. This option is not available for pools with
   * AddressFamily set to `ipv4` .
   */
  Optional<Expr> publiclyAdvertisable();

  /**
   * The ID of the source IPAM pool. You can use this option to create an IPAM pool within an
   * existing source pool.
   */
  Optional<Expr> sourceIpamPoolId();

  /** The resource used to provision CIDRs to a resource planning pool. */
  Optional<Expr> sourceResource();

  /**
   * The key/value combination of a tag assigned to the resource. Use the tag key in the filter name
   * and the tag value as the filter value. For example, to find all resources that have a tag with
   * the key `Owner` and the value `TeamA` , specify `tag:Owner` for the filter name and `TeamA` for
   * the filter value.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AddressFamily", addressFamily())
        .put("AllocationDefaultNetmaskLength", allocationDefaultNetmaskLength())
        .put("AllocationMaxNetmaskLength", allocationMaxNetmaskLength())
        .put("AllocationMinNetmaskLength", allocationMinNetmaskLength())
        .put("AllocationResourceTags", allocationResourceTags())
        .put("AutoImport", autoImport())
        .put("AwsService", awsService())
        .put("Description", description())
        .put("IpamScopeId", ipamScopeId())
        .put("Locale", locale())
        .put("ProvisionedCidrs", provisionedCidrs())
        .put("PublicIpSource", publicIpSource())
        .put("PubliclyAdvertisable", publiclyAdvertisable())
        .put("SourceIpamPoolId", sourceIpamPoolId())
        .put("SourceResource", sourceResource())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the IPAM pool. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code IpamArn} attribute: The ARN of the IPAM. */
  default GetAtt attrIpamArn() {
    return getAtt("IpamArn");
  }

  /** The {@code IpamPoolId} attribute: The ID of the IPAM pool. */
  default GetAtt attrIpamPoolId() {
    return getAtt("IpamPoolId");
  }

  /** The {@code IpamScopeArn} attribute: The ARN of the scope of the IPAM pool. */
  default GetAtt attrIpamScopeArn() {
    return getAtt("IpamScopeArn");
  }

  /** The {@code IpamScopeType} attribute: The scope of the IPAM. */
  default GetAtt attrIpamScopeType() {
    return getAtt("IpamScopeType");
  }

  /**
   * The {@code PoolDepth} attribute: The depth of pools in your IPAM pool. The pool depth quota is
   * 10.
   */
  default GetAtt attrPoolDepth() {
    return getAtt("PoolDepth");
  }

  /** The {@code State} attribute: The state of the IPAM pool. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /**
   * The {@code StateMessage} attribute: A message related to the failed creation of an IPAM pool.
   */
  default GetAtt attrStateMessage() {
    return getAtt("StateMessage");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IPAMPool}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIPAMPool.Builder {

    public Builder addressFamily(String value) {
      addressFamily(Expr.of(value));
      return this;
    }

    public Builder allocationDefaultNetmaskLength(long value) {
      allocationDefaultNetmaskLength(Expr.of(value));
      return this;
    }

    public Builder allocationMaxNetmaskLength(long value) {
      allocationMaxNetmaskLength(Expr.of(value));
      return this;
    }

    public Builder allocationMinNetmaskLength(long value) {
      allocationMinNetmaskLength(Expr.of(value));
      return this;
    }

    public Builder allocationResourceTags(List<? extends Expr> values) {
      allocationResourceTags(Expr.list(values));
      return this;
    }

    public Builder autoImport(boolean value) {
      autoImport(Expr.of(value));
      return this;
    }

    public Builder awsService(String value) {
      awsService(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder ipamScopeId(String value) {
      ipamScopeId(Expr.of(value));
      return this;
    }

    public Builder locale(String value) {
      locale(Expr.of(value));
      return this;
    }

    public Builder provisionedCidrs(List<? extends Expr> values) {
      provisionedCidrs(Expr.list(values));
      return this;
    }

    public Builder publicIpSource(String value) {
      publicIpSource(Expr.of(value));
      return this;
    }

    public Builder publiclyAdvertisable(boolean value) {
      publiclyAdvertisable(Expr.of(value));
      return this;
    }

    public Builder sourceIpamPoolId(String value) {
      sourceIpamPoolId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::IPAMPool.ProvisionedCidr}: The CIDR provisioned to the IPAM pool. A CIDR is a
   * representation of an IP address and its associated network mask (or netmask) and refers to a
   * range of IP addresses. An IPv4 CIDR example is `10.24.34.0/23` . An IPv6 CIDR example is
   * `2001:DB8::/32` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipampool-provisionedcidr.html">AWS::EC2::IPAMPool.ProvisionedCidr</a>
   */
  @Value.Immutable
  interface ProvisionedCidr extends PropertyValue {

    /**
     * Required. The CIDR provisioned to the IPAM pool. A CIDR is a representation of an IP address
     * and its associated network mask (or netmask) and refers to a range of IP addresses. An IPv4
     * CIDR example is `10.24.34.0/23` . An IPv6 CIDR example is `2001:DB8::/32` .
     */
    Expr cidr();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cidr", cidr())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ProvisionedCidr}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableIPAMPool.ProvisionedCidr.Builder {

      public Builder cidr(String value) {
        cidr(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::IPAMPool.SourceResource}: The resource used to provision CIDRs to a resource
   * planning pool.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipampool-sourceresource.html">AWS::EC2::IPAMPool.SourceResource</a>
   */
  @Value.Immutable
  interface SourceResource extends PropertyValue {

    /** Required. The source resource ID. */
    Expr resourceId();

    /** Required. The source resource owner. */
    Expr resourceOwner();

    /** Required. The source resource Region. */
    Expr resourceRegion();

    /** Required. The source resource type. */
    Expr resourceTypeValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceId", resourceId())
          .put("ResourceOwner", resourceOwner())
          .put("ResourceRegion", resourceRegion())
          .put("ResourceType", resourceTypeValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SourceResource}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableIPAMPool.SourceResource.Builder {

      public Builder resourceId(String value) {
        resourceId(Expr.of(value));
        return this;
      }

      public Builder resourceOwner(String value) {
        resourceOwner(Expr.of(value));
        return this;
      }

      public Builder resourceRegion(String value) {
        resourceRegion(Expr.of(value));
        return this;
      }

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }
    }
  }
}
