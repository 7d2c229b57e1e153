package org.llmgateway.cfn.generators.stack.network;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.generators.stack.Alarms;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.resource.route53resolver.FirewallDomainList;
import org.llmgateway.cfn.resource.route53resolver.FirewallRuleGroup;
import org.llmgateway.cfn.resource.route53resolver.FirewallRuleGroupAssociation;

/**
 * Egress control by name: a Route 53 Resolver DNS Firewall rule group on the VPC answers only the
 * names of the proxy's providers, of the AWS services the stacks use and of the environment's
 * {@code egressAllowedDomains}, and NXDOMAIN for every other name, so a compromised task cannot
 * resolve (or leak data through queries for) a domain of its choosing. Every blocked query is
 * counted by the firewall's own metric and raises an alarm.
 *
 * <p>Why a metric and not query logs: DNS Firewall publishes {@code FirewallRuleQueryVolume}
 * per rule group and domain list (namespace {@code AWS/Route53Resolver}, dimensions {@code
 * FirewallRuleGroupId, FirewallDomainListId}, checked 2026-12-02,
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/monitoring-resolver-dns-firewall-with-cloudwatch.html).
 * The rule group serves this VPC alone and only the block rule uses the catch-all list, so that
 * metric is exactly "queries this VPC's firewall blocked", free, where Resolver query logging
 * would ingest every query of the VPC. docs/troubleshooting.md says how to find the blocked name.
 */
public final class DnsFirewall {

  /**
   * Every AWS API the stacks use (ECR, S3 image layers, CloudWatch Logs, Secrets Manager, STS,
   * ECS, Bedrock, and the interface endpoints' private DNS names, which resolve through the same
   * Resolver), and the database endpoint ({@code *.rds.amazonaws.com}).
   */
  static final String AWS_SERVICES = "*.amazonaws.com";

  /**
   * Every name: a domain specification may start with {@code *} and is 1-255 characters (checked
   * 2026-12-02, https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-dns-firewall-user-managed-domain-lists.html).
   */
  static final String EVERY_DOMAIN = "*";

  static final int ALLOW_PRIORITY = 100;
  static final int BLOCK_PRIORITY = 200;

  /** Association priorities 100 and 9900+ are reserved for Firewall Manager (101-9899 free). */
  static final int ASSOCIATION_PRIORITY = 101;

  static final int ALARM_PERIOD_SECONDS = 300;

  /** Domain list, rule group and association names: 64 characters (Route 53 Resolver API). */
  private static final int NAME_LIMIT = 64;

  static final Parameter ENABLED = Parameter.builder()
      .logicalId("EnableDnsFirewall")
      .label("DNS Firewall")
      .description("Whether the VPC resolves only the allowed domains (NXDOMAIN for the rest)")
      .defaultValue("true")
      .addAllowedValues("true", "false")
      .build();

  static final Parameter ALLOWED_DOMAINS = Parameter.builder()
      .logicalId("EgressAllowedDomains")
      .label("Allowed domains")
      .description("Domains the DNS Firewall answers, separated by commas: the providers' APIs,"
          + " AWS services and the environment's egressAllowedDomains")
      // a String split in the template, not a CommaDelimitedList: stacks then report the value
      // as written in the parameter file, which diff-deployed compares verbatim
      .allowedPattern("^[a-z0-9*.,-]+$")
      .constraintDescription(
          "domain names separated by commas, e.g. api.openai.com,*.amazonaws.com")
      .defaultValue(String.join(",", allowedDomains(List.of())))
      .build();

  static final Condition IS_ENABLED =
      Condition.of("HasDnsFirewall", Fn.equalsTo(ENABLED.ref(), Expr.of("true")));

  private DnsFirewall() {}

  /** The domains an environment's firewall answers, sorted (a deterministic parameter file). */
  public static List<String> allowedDomains(EnvironmentConfig environment) {
    return allowedDomains(environment.egressAllowedDomains());
  }

  private static List<String> allowedDomains(List<String> extra) {
    SortedSet<String> domains = new TreeSet<>(ProxyConfig.PROVIDER_API_DOMAINS.values());
    domains.add(AWS_SERVICES);
    domains.addAll(extra);
    return new ArrayList<>(domains);
  }

  static void add(Template.Builder t, Parameter env, String stack, VPC vpc) {
    var allowed = t.add(FirewallDomainList.builder()
        .logicalId("DnsFirewallAllowedDomains")
        .condition(IS_ENABLED)
        .name(Names.of("-litellm-allowed-domains", NAME_LIMIT))
        .domains(Fn.split(",", ALLOWED_DOMAINS.ref()))
        .tags(Tags.standard(env, stack, "-litellm-allowed-domains"))
        .build());
    var everything = t.add(FirewallDomainList.builder()
        .logicalId("DnsFirewallEveryDomain")
        .condition(IS_ENABLED)
        .name(Names.of("-litellm-every-domain", NAME_LIMIT))
        .domains(EVERY_DOMAIN)
        .tags(Tags.standard(env, stack, "-litellm-every-domain"))
        .build());
    var ruleGroup = t.add(FirewallRuleGroup.builder()
        .logicalId("DnsFirewallRuleGroup")
        .condition(IS_ENABLED)
        .name(Names.of("-litellm-egress", NAME_LIMIT))
        .firewallRules(List.of(
            FirewallRuleGroup.FirewallRule.builder()
                .firewallDomainListId(allowed.attrId())
                .priority(ALLOW_PRIORITY)
                .action(FirewallRuleGroup.FirewallRule.ACTION_ALLOW)
                // An allowed name's CNAME targets (a provider's CDN host, an AWS endpoint's
                // regional alias) are trusted: by default DNS Firewall inspects every name of
                // the chain, and the catch-all list would block the target.
                .firewallDomainRedirectionAction(FirewallRuleGroup.FirewallRule
                    .FIREWALL_DOMAIN_REDIRECTION_ACTION_TRUST_REDIRECTION_DOMAIN)
                .build(),
            FirewallRuleGroup.FirewallRule.builder()
                .firewallDomainListId(everything.attrId())
                .priority(BLOCK_PRIORITY)
                .action(FirewallRuleGroup.FirewallRule.ACTION_BLOCK)
                .blockResponse(FirewallRuleGroup.FirewallRule.BLOCK_RESPONSE_NXDOMAIN)
                .build()))
        .tags(Tags.standard(env, stack, "-litellm-egress"))
        .build());
    // Mutation protection stays off: with it on, CloudFormation itself could neither remove the
    // association (teardown, dnsFirewall: false) nor change it; IAM decides who may touch it.
    t.add(FirewallRuleGroupAssociation.builder()
        .logicalId("DnsFirewallAssociation")
        .condition(IS_ENABLED)
        .name(Names.of("-litellm-egress", NAME_LIMIT))
        .firewallRuleGroupId(ruleGroup.attrId())
        .vpcId(vpc.ref())
        .priority(ASSOCIATION_PRIORITY)
        .mutationProtection(FirewallRuleGroupAssociation.MUTATION_PROTECTION_DISABLED)
        .tags(Tags.standard(env, stack, "-litellm-egress-association"))
        .build());
    var blocked = Alarms.alarm("DnsFirewallBlockedQueriesAlarm", env, stack,
        Alarms.notificationTopic(), "-litellm-dns-blocked",
        "The VPC's DNS Firewall blocked a query: a name outside the allowed domains (a new"
            + " provider to add to egressAllowedDomains, or a task that should not call out)",
        new Alarms.Metric("AWS/Route53Resolver", "FirewallRuleQueryVolume", List.of(
            Alarms.dimension("FirewallRuleGroupId", ruleGroup.attrId()),
            Alarms.dimension("FirewallDomainListId", everything.attrId()))),
        Alarms.Statistic.Sum, Alarms.ComparisonOperator.GreaterThanOrEqualToThreshold,
        BigDecimal.ONE, 1, ALARM_PERIOD_SECONDS);
    t.add(Alarm.builder().from(blocked).condition(IS_ENABLED).build());
  }
}
