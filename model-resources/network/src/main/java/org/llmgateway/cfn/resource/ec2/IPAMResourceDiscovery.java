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
 * {@code AWS::EC2::IPAMResourceDiscovery}: A resource discovery is an IPAM component that enables
 * IPAM to manage and monitor resources that belong to the owning account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipamresourcediscovery.html">AWS::EC2::IPAMResourceDiscovery</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAMResourceDiscovery extends Resource {

  String TYPE = "AWS::EC2::IPAMResourceDiscovery";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The resource discovery description. */
  Optional<Expr> description();

  /**
   * The operating Regions for the resource discovery. Operating Regions are AWS Regions where the
   * IPAM is allowed to manage IP address CIDRs. IPAM only discovers and monitors resources in the
   * AWS Regions you select as operating Regions.
   */
  Optional<Expr> operatingRegions();

  /**
   * If your IPAM is integrated with AWS Organizations, you can exclude an [organizational unit
   * (OU)](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#organizationalunit)
   * from being managed by IPAM. When you exclude an OU, IPAM will not manage the IP addresses in
   * accounts in that OU. For more information, see [Exclude organizational units from
   * IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/exclude-ous.html) in the *Amazon Virtual
   * Private Cloud IP Address Manager User Guide* .
   */
  Optional<Expr> organizationalUnitExclusions();

  /**
   * A tag is a label that you assign to an AWS resource. Each tag consists of a key and an optional
   * value. You can use tags to search and filter your resources or track your AWS costs.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("OperatingRegions", operatingRegions())
        .put("OrganizationalUnitExclusions", organizationalUnitExclusions())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code IpamResourceDiscoveryArn} attribute: The resource discovery ARN. */
  default GetAtt attrIpamResourceDiscoveryArn() {
    return getAtt("IpamResourceDiscoveryArn");
  }

  /** The {@code IpamResourceDiscoveryId} attribute: The resource discovery ID. */
  default GetAtt attrIpamResourceDiscoveryId() {
    return getAtt("IpamResourceDiscoveryId");
  }

  /** The {@code IpamResourceDiscoveryRegion} attribute: The resource discovery Region. */
  default GetAtt attrIpamResourceDiscoveryRegion() {
    return getAtt("IpamResourceDiscoveryRegion");
  }

  /**
   * The {@code IsDefault} attribute: Defines if the resource discovery is the default. The default
   * resource discovery is the resource discovery automatically created when you create an IPAM.
   */
  default GetAtt attrIsDefault() {
    return getAtt("IsDefault");
  }

  /** The {@code OwnerId} attribute: The owner ID. */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /** The {@code State} attribute: The resource discovery's state. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link IPAMResourceDiscovery}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableIPAMResourceDiscovery.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder operatingRegions(List<? extends Expr> values) {
      operatingRegions(Expr.list(values));
      return this;
    }

    public Builder organizationalUnitExclusions(List<? extends Expr> values) {
      organizationalUnitExclusions(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::IPAMResourceDiscovery.IpamOperatingRegion}: The operating Regions for an IPAM.
   * Operating Regions are AWS Regions where the IPAM is allowed to manage IP address CIDRs. IPAM
   * only discovers and monitors resources in the AWS Regions you select as operating Regions.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipamresourcediscovery-ipamoperatingregion.html">AWS::EC2::IPAMResourceDiscovery.IpamOperatingRegion</a>
   */
  @Value.Immutable
  interface IpamOperatingRegion extends PropertyValue {

    /** Required. The name of the operating Region. */
    Expr regionName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RegionName", regionName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IpamOperatingRegion}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableIPAMResourceDiscovery.IpamOperatingRegion.Builder {

      public Builder regionName(String value) {
        regionName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::IPAMResourceDiscovery.IpamResourceDiscoveryOrganizationalUnitExclusion}: If
   * your IPAM is integrated with AWS Organizations, you can exclude an [organizational unit
   * (OU)](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#organizationalunit)
   * from being managed by IPAM. When you exclude an OU, IPAM will not manage the IP addresses in
   * accounts in that OU. For more information, see [Exclude organizational units from
   * IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/exclude-ous.html) in the *Amazon Virtual
   * Private Cloud IP Address Manager User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipamresourcediscovery-ipamresourcediscoveryorganizationalunitexclusion.html">AWS::EC2::IPAMResourceDiscovery.IpamResourceDiscoveryOrganizationalUnitExclusion</a>
   */
  @Value.Immutable
  interface IpamResourceDiscoveryOrganizationalUnitExclusion extends PropertyValue {

    /**
     * Required. An AWS Organizations entity path. For more information on the entity path, see
     * [Understand the AWS Organizations entity
     * path](https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed-view-data-orgs.html#access_policies_access-advisor-viewing-orgs-entity-path)
     * in the *AWS Identity and Access Management User Guide* .
     */
    Expr organizationsEntityPath();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OrganizationsEntityPath", organizationsEntityPath())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IpamResourceDiscoveryOrganizationalUnitExclusion}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableIPAMResourceDiscovery.IpamResourceDiscoveryOrganizationalUnitExclusion.Builder {

      public Builder organizationsEntityPath(String value) {
        organizationsEntityPath(Expr.of(value));
        return this;
      }
    }
  }
}
