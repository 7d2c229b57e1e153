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
 * {@code AWS::EC2::IPAMPrefixListResolver}: Resource Type definition for
 * AWS::EC2::IPAMPrefixListResolver
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipamprefixlistresolver.html">AWS::EC2::IPAMPrefixListResolver</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAMPrefixListResolver extends Resource {

  String TYPE = "AWS::EC2::IPAMPrefixListResolver";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The address family of the address space in this Prefix List Resolver. Either IPv4 or
   * IPv6.
   */
  Expr addressFamily();

  /** {@code Description}. */
  Optional<Expr> description();

  /** The Id of the IPAM this Prefix List Resolver is a part of. */
  Optional<Expr> ipamId();

  /** Rules define the business logic for selecting CIDRs from IPAM. */
  Optional<Expr> rules();

  /** An array of key-value pairs to apply to this resource. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AddressFamily", addressFamily())
        .put("Description", description())
        .put("IpamId", ipamId())
        .put("Rules", rules())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code IpamArn} attribute: The Amazon Resource Name (ARN) of the IPAM this Prefix List
   * Resolver is a part of.
   */
  default GetAtt attrIpamArn() {
    return getAtt("IpamArn");
  }

  /**
   * The {@code IpamPrefixListResolverArn} attribute: The Amazon Resource Name (ARN) of the IPAM
   * Prefix List Resolver
   */
  default GetAtt attrIpamPrefixListResolverArn() {
    return getAtt("IpamPrefixListResolverArn");
  }

  /** The {@code IpamPrefixListResolverId} attribute: Id of the IPAM Prefix List Resolver. */
  default GetAtt attrIpamPrefixListResolverId() {
    return getAtt("IpamPrefixListResolverId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link IPAMPrefixListResolver}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableIPAMPrefixListResolver.Builder {

    public Builder addressFamily(String value) {
      addressFamily(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder ipamId(String value) {
      ipamId(Expr.of(value));
      return this;
    }

    public Builder rules(List<? extends Expr> values) {
      rules(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRule}: CIDR selection rules
   * define the business logic for selecting CIDRs from IPAM. If a CIDR matches any of the rules, it
   * will be included. If a rule has multiple conditions, the CIDR has to match every condition of
   * that rule. You can create a prefix list resolver without rules, but you'll need to add at least
   * one rule before it can actually automate your prefix list updates.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipamprefixlistresolver-ipamprefixlistresolverrule.html">AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRule</a>
   */
  @Value.Immutable
  interface IpamPrefixListResolverRule extends PropertyValue {

    /**
     * Two of the rule types allow you to add conditions to the rules. (1) For IPAM Pool CIDR rules,
     * you can specify an ipamPoolId; if not specified, the rule will apply to all IPAM Pool CIDRs
     * in the scope. (2) For IPAM Resource CIDR rules, you can specify resourceId, resourceOwner,
     * resourceRegion, cidr, or resourceTag.
     */
    Optional<Expr> conditions();

    /** This rule will only match resources that are in this IPAM Scope. */
    Optional<Expr> ipamScopeId();

    /**
     * The resourceType property only applies to ipam-resource-cidr rules; this property specifies
     * what type of resources this rule will apply to, such as VPCs or Subnets.
     */
    Optional<Expr> resourceTypeValue();

    /**
     * Required. There are three rule types: (1) Static CIDR: A fixed list of CIDRs that don't
     * change (like a manual list replicated across Regions). (2) IPAM pool CIDR: CIDRs from
     * specific IPAM pools (like all CIDRs from your IPAM production pool). (3) IPAM resource CIDR:
     * CIDRs for AWS resources like VPCs, subnets, and EIPs within a specific IPAM scope.
     */
    Expr ruleType();

    /** A fixed CIDR that doesn't change */
    Optional<Expr> staticCidr();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Conditions", conditions())
          .put("IpamScopeId", ipamScopeId())
          .put("ResourceType", resourceTypeValue())
          .put("RuleType", ruleType())
          .put("StaticCidr", staticCidr())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IpamPrefixListResolverRule}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableIPAMPrefixListResolver.IpamPrefixListResolverRule.Builder {

      public Builder conditions(List<? extends Expr> values) {
        conditions(Expr.list(values));
        return this;
      }

      public Builder ipamScopeId(String value) {
        ipamScopeId(Expr.of(value));
        return this;
      }

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }

      public Builder ruleType(String value) {
        ruleType(Expr.of(value));
        return this;
      }

      public Builder staticCidr(String value) {
        staticCidr(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRuleCondition}: Two of the rule
   * types allow you to add conditions to the rules. (1) For IPAM Pool CIDR rules, you can specify
   * an ipamPoolId; if not specified, the rule will apply to all IPAM Pool CIDRs in the scope. (2)
   * For IPAM Resource CIDR rules, you can specify resourceId, resourceOwner, resourceRegion, cidr,
   * or resourceTag.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipamprefixlistresolver-ipamprefixlistresolverrulecondition.html">AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRuleCondition</a>
   */
  @Value.Immutable
  interface IpamPrefixListResolverRuleCondition extends PropertyValue {

    /** Condition for the IPAM Resource CIDR rule type. CIDR (like 10.24.34.0/23). */
    Optional<Expr> cidr();

    /**
     * Condition for the IPAM Pool CIDR rule type. If not chosen, the resolver applies to all IPAM
     * Pool CIDRs in the scope.
     */
    Optional<Expr> ipamPoolId();

    /**
     * Required. Equals, Not equals, or Subnet Of. The subnet-of operation only applies to cidr
     * conditions.
     */
    Expr operation();

    /**
     * Condition for the IPAM Resource CIDR rule type. The unique ID of a resource (like
     * vpc-1234567890abcdef0).
     */
    Optional<Expr> resourceId();

    /** Condition for the IPAM Resource CIDR rule type. Resource owner (like 111122223333). */
    Optional<Expr> resourceOwner();

    /** Condition for the IPAM Resource CIDR rule type. Resource region (like us-east-1). */
    Optional<Expr> resourceRegion();

    /** A key-value pair to associate with a resource. */
    Optional<Expr> resourceTag();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cidr", cidr())
          .put("IpamPoolId", ipamPoolId())
          .put("Operation", operation())
          .put("ResourceId", resourceId())
          .put("ResourceOwner", resourceOwner())
          .put("ResourceRegion", resourceRegion())
          .put("ResourceTag", resourceTag())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IpamPrefixListResolverRuleCondition}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableIPAMPrefixListResolver.IpamPrefixListResolverRuleCondition.Builder {

      public Builder cidr(String value) {
        cidr(Expr.of(value));
        return this;
      }

      public Builder ipamPoolId(String value) {
        ipamPoolId(Expr.of(value));
        return this;
      }

      public Builder operation(String value) {
        operation(Expr.of(value));
        return this;
      }

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
    }
  }
}
