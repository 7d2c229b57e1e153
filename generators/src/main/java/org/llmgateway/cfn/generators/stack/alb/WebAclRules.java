package org.llmgateway.cfn.generators.stack.alb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.wafv2.WebACL;

/**
 * The WAF rules of the alb stack, built so that they are right before WAF sees them: a rule over a
 * managed rule group takes an OverrideAction and any other rule an Action (WAF refuses the other
 * way round), a web ACL's default is Allow or Block (never Count), names and priorities are unique
 * and no rule of a group is overridden twice. The generated WebACL type accepts any of those
 * mistakes; WAF would only reject them when the stack deploys.
 */
final class WebAclRules {

  /** The evaluation windows WAF offers, in seconds (RateBasedStatement, checked 2026-12-01). */
  static final List<Long> EVALUATION_WINDOWS = List.of(60L, 120L, 300L, 600L);

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
    if (!EVALUATION_WINDOWS.contains(windowSeconds)) {
      throw new IllegalArgumentException("WAF rule " + name + ": EvaluationWindowSec "
          + windowSeconds + " must be one of " + EVALUATION_WINDOWS);
    }
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
    Set<String> seen = new HashSet<>();
    for (String rule : countedRules) {
      if (!seen.add(rule)) {
        throw new IllegalArgumentException(
            "Managed rule group " + group + ": rule " + rule + " is overridden twice");
      }
    }
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

  /** The rules in the order given, refused when two share a name or a priority. */
  static List<WebACL.Rule> unique(String webAclId, WebACL.Rule... rules) {
    Set<JsonNode> priorities = new HashSet<>();
    Set<JsonNode> names = new HashSet<>();
    for (WebACL.Rule rule : rules) {
      if (!priorities.add(rule.priority().toJson()) || !names.add(rule.name().toJson())) {
        throw new IllegalArgumentException("WebACL " + webAclId + ": rule "
            + rule.name().toJson().asText() + " repeats a name or priority");
      }
    }
    return List.of(rules);
  }
}
