package org.llmgateway.cfn.generators.stack.alb;

import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.wafv2.WebACL;

/**
 * The WAF rules of the alb stack, each kind built one way: a rule over a managed rule group takes
 * an OverrideAction and any other rule an Action (WAF refuses the other way round), and a web
 * ACL's default is Allow (Count is no default). The generated WebACL type accepts any mix; what
 * slips through anyway (a repeated name, priority or override) is rule LCF348, a window WAF does
 * not offer LCF205 (the schema's enum).
 */
final class WebAclRules {

  private WebAclRules() {}

  /** {@code {Allow: {}}}: let the request through. */
  static WebACL.DefaultAction allowByDefault() {
    return WebACL.DefaultAction.builder().allow(WebACL.AllowAction.builder().build()).build();
  }

  /** {@code {Block: {}}}: answer 403. */
  static WebACL.RuleAction block() {
    return WebACL.RuleAction.builder().block(WebACL.BlockAction.builder().build()).build();
  }

  /** {@code {Count: {}}}: only count the match, visible in the metrics. */
  static WebACL.RuleAction count() {
    return WebACL.RuleAction.builder().count(WebACL.CountAction.builder().build()).build();
  }

  /** Metrics and sampled requests on, under the given metric name. */
  static WebACL.VisibilityConfig metrics(Expr metricName) {
    return WebACL.VisibilityConfig.builder()
        .cloudWatchMetricsEnabled(true)
        .metricName(metricName)
        .sampledRequestsEnabled(true)
        .build();
  }

  /**
   * Blocks a client (aggregated by {@code aggregateKeyType}, e.g. IP) that sends more than
   * {@code limit} requests in {@code windowSeconds}.
   */
  static WebACL.Rule rateLimit(String name, long priority, Expr limit, String aggregateKeyType,
      long windowSeconds, WebACL.VisibilityConfig visibility) {
    return WebACL.Rule.builder()
        .name(name)
        .priority(priority)
        .statement(WebACL.Statement.builder()
            .rateBasedStatement(WebACL.RateBasedStatement.builder()
                .limit(limit)
                .aggregateKeyType(aggregateKeyType)
                .evaluationWindowSec(windowSeconds)
                .build())
            .build())
        .action(block())
        .visibilityConfig(visibility)
        .build();
  }

  /**
   * A vendor's managed rule group with its verdicts kept ({@code OverrideAction: {None: {}}}),
   * except that each rule of {@code countedRules} only counts.
   */
  static WebACL.Rule managedRuleGroup(String vendor, String group, long priority,
      List<String> countedRules, WebACL.VisibilityConfig visibility) {
    return WebACL.Rule.builder()
        .name(group)
        .priority(priority)
        .statement(WebACL.Statement.builder()
            .managedRuleGroupStatement(WebACL.ManagedRuleGroupStatement.builder()
                .vendorName(vendor)
                .name(group)
                .ruleActionOverrides(countedRules.stream()
                    .map(rule -> WebACL.RuleActionOverride.builder()
                        .name(rule)
                        .actionToUse(count())
                        .build())
                    .toList())
                .build())
            .build())
        // {None: {}}: the group's own Block verdicts stand
        .overrideAction(WebACL.OverrideAction.builder().none(Expr.map(Map.of())).build())
        .visibilityConfig(visibility)
        .build();
  }
}
