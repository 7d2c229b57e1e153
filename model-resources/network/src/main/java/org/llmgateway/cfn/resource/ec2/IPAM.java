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
 * {@code AWS::EC2::IPAM}: IPAM is a VPC feature that you can use to automate your IP address
 * management workflows including assigning, tracking, troubleshooting, and auditing IP addresses
 * across AWS Regions and accounts throughout your AWS Organization. For more information, see [What
 * is IPAM?](https://docs.aws.amazon.com/vpc/latest/ipam/what-is-it-ipam.html) in the *Amazon VPC
 * IPAM User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipam.html">AWS::EC2::IPAM</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAM extends Resource {

  String TYPE = "AWS::EC2::IPAM";

  /** Values CloudFormation accepts for {@code Tier}. */
  String TIER_FREE = "free";
  String TIER_ADVANCED = "advanced";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * If your IPAM is integrated with AWS Organizations, you can exclude an [organizational unit
   * (OU)](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#organizationalunit)
   * from being managed by IPAM. When you exclude an OU, IPAM will not manage the IP addresses in
   * accounts in that OU. For more information, see [Exclude organizational units from
   * IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/exclude-ous.html) in the *Amazon Virtual
   * Private Cloud IP Address Manager User Guide* .
   */
  Optional<Expr> defaultResourceDiscoveryOrganizationalUnitExclusions();

  /** The description for the IPAM. */
  Optional<Expr> description();

  /**
   * Enable this option to use your own GUA ranges as private IPv6 addresses. This option is
   * disabled by default.
   */
  Optional<Expr> enablePrivateGua();

  /**
   * A metered account is an AWS account that is charged for active IP addresses managed in IPAM.
   * For more information, see [Enable cost
   * distribution](https://docs.aws.amazon.com/vpc/latest/ipam/ipam-enable-cost-distro.html) in the
   * *Amazon VPC IPAM User Guide* .
   */
  Optional<Expr> meteredAccount();

  /**
   * The operating Regions for an IPAM. Operating Regions are AWS Regions where the IPAM is allowed
   * to manage IP address CIDRs. IPAM only discovers and monitors resources in the AWS Regions you
   * select as operating Regions.
   */
  Optional<Expr> operatingRegions();

  /**
   * The key/value combination of a tag assigned to the resource. Use the tag key in the filter name
   * and the tag value as the filter value. For example, to find all resources that have a tag with
   * the key `Owner` and the value `TeamA` , specify `tag:Owner` for the filter name and `TeamA` for
   * the filter value.
   */
  Optional<Expr> tags();

  /**
   * IPAM is offered in a Free Tier and an Advanced Tier. For more information about the features
   * available in each tier and the costs associated with the tiers, see the [VPC IPAM product
   * pricing page](https://docs.aws.amazon.com/vpc/pricing/) .
   */
  Optional<Expr> tier();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DefaultResourceDiscoveryOrganizationalUnitExclusions", defaultResourceDiscoveryOrganizationalUnitExclusions())
        .put("Description", description())
        .put("EnablePrivateGua", enablePrivateGua())
        .put("MeteredAccount", meteredAccount())
        .put("OperatingRegions", operatingRegions())
        .put("Tags", tags())
        .put("Tier", tier())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the IPAM. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code DefaultResourceDiscoveryAssociationId} attribute: The ID of the default resource
   * discovery association.
   */
  default GetAtt attrDefaultResourceDiscoveryAssociationId() {
    return getAtt("DefaultResourceDiscoveryAssociationId");
  }

  /** The {@code DefaultResourceDiscoveryId} attribute: The ID of the default resource discovery. */
  default GetAtt attrDefaultResourceDiscoveryId() {
    return getAtt("DefaultResourceDiscoveryId");
  }

  /** The {@code IpamId} attribute: The ID of the IPAM. */
  default GetAtt attrIpamId() {
    return getAtt("IpamId");
  }

  /** The {@code PrivateDefaultScopeId} attribute: The ID of the default private scope. */
  default GetAtt attrPrivateDefaultScopeId() {
    return getAtt("PrivateDefaultScopeId");
  }

  /** The {@code PublicDefaultScopeId} attribute: The ID of the default public scope. */
  default GetAtt attrPublicDefaultScopeId() {
    return getAtt("PublicDefaultScopeId");
  }

  /**
   * The {@code ResourceDiscoveryAssociationCount} attribute: The number of resource discovery
   * associations.
   */
  default GetAtt attrResourceDiscoveryAssociationCount() {
    return getAtt("ResourceDiscoveryAssociationCount");
  }

  /** The {@code ScopeCount} attribute: The number of scopes. */
  default GetAtt attrScopeCount() {
    return getAtt("ScopeCount");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IPAM}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIPAM.Builder {

    public Builder defaultResourceDiscoveryOrganizationalUnitExclusions(List<? extends Expr> values) {
      defaultResourceDiscoveryOrganizationalUnitExclusions(Expr.list(values));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder enablePrivateGua(boolean value) {
      enablePrivateGua(Expr.of(value));
      return this;
    }

    public Builder meteredAccount(String value) {
      meteredAccount(Expr.of(value));
      return this;
    }

    public Builder operatingRegions(List<? extends Expr> values) {
      operatingRegions(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder tier(String value) {
      tier(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::IPAM.IpamOperatingRegion}: The operating Regions for an IPAM. Operating
   * Regions are AWS Regions where the IPAM is allowed to manage IP address CIDRs. IPAM only
   * discovers and monitors resources in the AWS Regions you select as operating Regions.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipam-ipamoperatingregion.html">AWS::EC2::IPAM.IpamOperatingRegion</a>
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
    final class Builder extends ImmutableIPAM.IpamOperatingRegion.Builder {

      public Builder regionName(String value) {
        regionName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::IPAM.IpamOrganizationalUnitExclusion}: If your IPAM is integrated with AWS
   * Organizations, you can exclude an [organizational unit
   * (OU)](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html#organizationalunit)
   * from being managed by IPAM. When you exclude an OU, IPAM will not manage the IP addresses in
   * accounts in that OU. For more information, see [Exclude organizational units from
   * IPAM](https://docs.aws.amazon.com/vpc/latest/ipam/exclude-ous.html) in the *Amazon Virtual
   * Private Cloud IP Address Manager User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipam-ipamorganizationalunitexclusion.html">AWS::EC2::IPAM.IpamOrganizationalUnitExclusion</a>
   */
  @Value.Immutable
  interface IpamOrganizationalUnitExclusion extends PropertyValue {

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
     * Builds a {@link IpamOrganizationalUnitExclusion}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableIPAM.IpamOrganizationalUnitExclusion.Builder {

      public Builder organizationsEntityPath(String value) {
        organizationsEntityPath(Expr.of(value));
        return this;
      }
    }
  }
}
