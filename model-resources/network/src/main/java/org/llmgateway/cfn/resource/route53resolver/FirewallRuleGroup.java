// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.route53resolver;

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
 * {@code AWS::Route53Resolver::FirewallRuleGroup}: High-level information for a firewall rule
 * group. A firewall rule group is a collection of rules that DNS Firewall uses to filter DNS
 * network traffic for a VPC. To retrieve the rules for the rule group, call
 * [ListFirewallRules](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallRules.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-firewallrulegroup.html">AWS::Route53Resolver::FirewallRuleGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface FirewallRuleGroup extends Resource {

  String TYPE = "AWS::Route53Resolver::FirewallRuleGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A list of the rules that you have defined. */
  Optional<Expr> firewallRules();

  /** The name of the rule group. */
  Optional<Expr> name();

  /** A list of the tag keys and values that you want to associate with the rule group. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("FirewallRules", firewallRules())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN (Amazon Resource Name) of the rule group. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code CreationTime} attribute: The date and time that the rule group was created, in Unix
   * time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The {@code CreatorRequestId} attribute: A unique string defined by you to identify the request.
   * This allows you to retry failed requests without the risk of running the operation twice. This
   * can be any unique string, for example, a timestamp.
   */
  default GetAtt attrCreatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /** The {@code Id} attribute: The ID of the rule group. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code ModificationTime} attribute: The date and time that the rule group was last
   * modified, in Unix time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrModificationTime() {
    return getAtt("ModificationTime");
  }

  /**
   * The {@code OwnerId} attribute: The AWS account ID for the account that created the rule group.
   * When a rule group is shared with your account, this is the account that has shared the rule
   * group with you.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /** The {@code RuleCount} attribute: The number of rules in the rule group. */
  default GetAtt attrRuleCount() {
    return getAtt("RuleCount");
  }

  /**
   * The {@code ShareStatus} attribute: Whether the rule group is shared with other AWS accounts ,
   * or was shared with the current account by another AWS account . Sharing is configured through
   * AWS Resource Access Manager ( AWS RAM ).
   */
  default GetAtt attrShareStatus() {
    return getAtt("ShareStatus");
  }

  /** The {@code Status} attribute: The status of the domain list. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /**
   * The {@code StatusMessage} attribute: Additional information about the status of the rule group,
   * if available.
   */
  default GetAtt attrStatusMessage() {
    return getAtt("StatusMessage");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FirewallRuleGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableFirewallRuleGroup.Builder {

    public Builder firewallRules(List<? extends Expr> values) {
      firewallRules(Expr.list(values));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedContentCategoryConfig}:
   * Configuration for an advanced content category rule type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53resolver-firewallrulegroup-firewalladvancedcontentcategoryconfig.html">AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedContentCategoryConfig</a>
   */
  @Value.Immutable
  interface FirewallAdvancedContentCategoryConfig extends PropertyValue {

    /** Required. The content category value. */
    Expr category();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Category", category())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FirewallAdvancedContentCategoryConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableFirewallRuleGroup.FirewallAdvancedContentCategoryConfig.Builder {

      public Builder category(String value) {
        category(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedThreatCategoryConfig}:
   * Configuration for an advanced threat category rule type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53resolver-firewallrulegroup-firewalladvancedthreatcategoryconfig.html">AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedThreatCategoryConfig</a>
   */
  @Value.Immutable
  interface FirewallAdvancedThreatCategoryConfig extends PropertyValue {

    /** Required. The threat category value. */
    Expr category();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Category", category())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FirewallAdvancedThreatCategoryConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableFirewallRuleGroup.FirewallAdvancedThreatCategoryConfig.Builder {

      public Builder category(String value) {
        category(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53Resolver::FirewallRuleGroup.FirewallRule}: A single firewall rule in a rule
   * group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53resolver-firewallrulegroup-firewallrule.html">AWS::Route53Resolver::FirewallRuleGroup.FirewallRule</a>
   */
  @Value.Immutable
  interface FirewallRule extends PropertyValue {

    /** Values CloudFormation accepts for {@code Action}. */
    String ACTION_ALLOW = "ALLOW";
    String ACTION_BLOCK = "BLOCK";
    String ACTION_ALERT = "ALERT";

    /** Values CloudFormation accepts for {@code BlockOverrideDnsType}. */
    String BLOCK_OVERRIDE_DNS_TYPE_CNAME = "CNAME";

    /** Values CloudFormation accepts for {@code BlockResponse}. */
    String BLOCK_RESPONSE_NODATA = "NODATA";
    String BLOCK_RESPONSE_NXDOMAIN = "NXDOMAIN";
    String BLOCK_RESPONSE_OVERRIDE = "OVERRIDE";

    /** Values CloudFormation accepts for {@code FirewallDomainRedirectionAction}. */
    String FIREWALL_DOMAIN_REDIRECTION_ACTION_INSPECT_REDIRECTION_DOMAIN = "INSPECT_REDIRECTION_DOMAIN";
    String FIREWALL_DOMAIN_REDIRECTION_ACTION_TRUST_REDIRECTION_DOMAIN = "TRUST_REDIRECTION_DOMAIN";

    /**
     * Required. The action that DNS Firewall should take on a DNS query when it matches one of the
     * domains in the rule's domain list, or a threat in a DNS Firewall Advvanced rule:
     */
    Expr action();

    /**
     * The DNS record's type. This determines the format of the record value that you provided in
     * `BlockOverrideDomain` . Used for the rule action `BLOCK` with a `BlockResponse` setting of
     * `OVERRIDE` .
     */
    Optional<Expr> blockOverrideDnsType();

    /**
     * The custom DNS record to send back in response to the query. Used for the rule action `BLOCK`
     * with a `BlockResponse` setting of `OVERRIDE` .
     */
    Optional<Expr> blockOverrideDomain();

    /**
     * The recommended amount of time, in seconds, for the DNS resolver or web browser to cache the
     * provided override record. Used for the rule action `BLOCK` with a `BlockResponse` setting of
     * `OVERRIDE` .
     */
    Optional<Expr> blockOverrideTtl();

    /**
     * The way that you want DNS Firewall to block the request. Used for the rule action setting
     * `BLOCK` .
     */
    Optional<Expr> blockResponse();

    /**
     * The confidence threshold for DNS Firewall Advanced. You must provide this value when you
     * create a DNS Firewall Advanced rule. The confidence level values mean:
     */
    Optional<Expr> confidenceThreshold();

    /** The type of the DNS Firewall Advanced rule. Valid values are: */
    Optional<Expr> dnsThreatProtection();

    /** The ID of the domain list that's used in the rule. */
    Optional<Expr> firewallDomainListId();

    /**
     * How you want the the rule to evaluate DNS redirection in the DNS redirection chain, such as
     * CNAME, or DNAME.
     */
    Optional<Expr> firewallDomainRedirectionAction();

    /**
     * Firewall rule type union. Exactly one member must be set. Mutually exclusive with
     * FirewallDomainListId and DnsThreatProtection/ConfidenceThreshold.
     */
    Optional<Expr> firewallRuleType();

    /** ID of the DNS Firewall Advanced rule. */
    Optional<Expr> firewallThreatProtectionId();

    /**
     * Required. The priority of the rule in the rule group. This value must be unique within the
     * rule group. DNS Firewall processes the rules in a rule group by order of priority, starting
     * from the lowest setting.
     */
    Expr priority();

    /** The DNS query type you want the rule to evaluate. Allowed values are; */
    Optional<Expr> qtype();

    /** The status of the firewall rule. */
    Optional<Expr> status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Action", action())
          .put("BlockOverrideDnsType", blockOverrideDnsType())
          .put("BlockOverrideDomain", blockOverrideDomain())
          .put("BlockOverrideTtl", blockOverrideTtl())
          .put("BlockResponse", blockResponse())
          .put("ConfidenceThreshold", confidenceThreshold())
          .put("DnsThreatProtection", dnsThreatProtection())
          .put("FirewallDomainListId", firewallDomainListId())
          .put("FirewallDomainRedirectionAction", firewallDomainRedirectionAction())
          .put("FirewallRuleType", firewallRuleType())
          .put("FirewallThreatProtectionId", firewallThreatProtectionId())
          .put("Priority", priority())
          .put("Qtype", qtype())
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FirewallRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFirewallRuleGroup.FirewallRule.Builder {

      public Builder action(String value) {
        action(Expr.of(value));
        return this;
      }

      public Builder blockOverrideDnsType(String value) {
        blockOverrideDnsType(Expr.of(value));
        return this;
      }

      public Builder blockOverrideDomain(String value) {
        blockOverrideDomain(Expr.of(value));
        return this;
      }

      public Builder blockOverrideTtl(long value) {
        blockOverrideTtl(Expr.of(value));
        return this;
      }

      public Builder blockResponse(String value) {
        blockResponse(Expr.of(value));
        return this;
      }

      public Builder confidenceThreshold(String value) {
        confidenceThreshold(Expr.of(value));
        return this;
      }

      public Builder dnsThreatProtection(String value) {
        dnsThreatProtection(Expr.of(value));
        return this;
      }

      public Builder firewallDomainListId(String value) {
        firewallDomainListId(Expr.of(value));
        return this;
      }

      public Builder firewallDomainRedirectionAction(String value) {
        firewallDomainRedirectionAction(Expr.of(value));
        return this;
      }

      public Builder firewallThreatProtectionId(String value) {
        firewallThreatProtectionId(Expr.of(value));
        return this;
      }

      public Builder priority(long value) {
        priority(Expr.of(value));
        return this;
      }

      public Builder qtype(String value) {
        qtype(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Route53Resolver::FirewallRuleGroup.FirewallRuleType}: Firewall rule type union.
   * Exactly one member must be set. Mutually exclusive with FirewallDomainListId and
   * DnsThreatProtection/ConfidenceThreshold.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53resolver-firewallrulegroup-firewallruletype.html">AWS::Route53Resolver::FirewallRuleGroup.FirewallRuleType</a>
   */
  @Value.Immutable
  interface FirewallRuleType extends PropertyValue {

    /** Configuration for an advanced content category rule type. */
    Optional<Expr> firewallAdvancedContentCategory();

    /** Configuration for an advanced threat category rule type. */
    Optional<Expr> firewallAdvancedThreatCategory();

    /** Configuration for a partner threat protection rule type. */
    Optional<Expr> partnerThreatProtection();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FirewallAdvancedContentCategory", firewallAdvancedContentCategory())
          .put("FirewallAdvancedThreatCategory", firewallAdvancedThreatCategory())
          .put("PartnerThreatProtection", partnerThreatProtection())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FirewallRuleType}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFirewallRuleGroup.FirewallRuleType.Builder {
    }
  }

  /**
   * {@code AWS::Route53Resolver::FirewallRuleGroup.PartnerThreatProtectionConfig}: Configuration
   * for a partner threat protection rule type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53resolver-firewallrulegroup-partnerthreatprotectionconfig.html">AWS::Route53Resolver::FirewallRuleGroup.PartnerThreatProtectionConfig</a>
   */
  @Value.Immutable
  interface PartnerThreatProtectionConfig extends PropertyValue {

    /** Required. The partner identifier value. */
    Expr partner();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Partner", partner())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PartnerThreatProtectionConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableFirewallRuleGroup.PartnerThreatProtectionConfig.Builder {

      public Builder partner(String value) {
        partner(Expr.of(value));
        return this;
      }
    }
  }
}
