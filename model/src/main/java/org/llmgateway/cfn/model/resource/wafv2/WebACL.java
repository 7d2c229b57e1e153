package org.llmgateway.cfn.model.resource.wafv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::WAFv2::WebACL, with the rule statements this project uses (rate-based, managed group). */
@Value.Immutable
@CfnStyle
public interface WebACL extends Resource {

  /** REGIONAL protects regional resources such as an Application Load Balancer. */
  enum Scope {
    REGIONAL,
    CLOUDFRONT
  }

  /** What a rule (or the web ACL's default) does with a matching request: {@code {Block: {}}}. */
  enum RuleAction {
    ALLOW("Allow"),
    BLOCK("Block"),
    COUNT("Count");

    private final String cfnName;

    RuleAction(String cfnName) {
      this.cfnName = cfnName;
    }

    @JsonValue
    JsonNode toJson() {
      return emptyObjectNamed(cfnName);
    }
  }

  /** What a rule-group rule does with the group's verdict: {@code None} keeps it. */
  enum OverrideAction {
    NONE("None"),
    COUNT("Count");

    private final String cfnName;

    OverrideAction(String cfnName) {
      this.cfnName = cfnName;
    }

    @JsonValue
    JsonNode toJson() {
      return emptyObjectNamed(cfnName);
    }
  }

  @Override
  default String resourceType() {
    return "AWS::WAFv2::WebACL";
  }

  @JsonProperty("Name")
  Optional<Expr> name();

  @JsonProperty("Description")
  Optional<String> description();

  @JsonProperty("Scope")
  Scope scope();

  /** Allow or Block, for requests no rule decides. */
  @JsonProperty("DefaultAction")
  RuleAction defaultAction();

  @JsonProperty("Rules")
  List<Rule> rules();

  @JsonProperty("VisibilityConfig")
  VisibilityConfig visibilityConfig();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt arn() {
    return getAtt("Arn");
  }

  static ImmutableWebACL.Builder builder() {
    return ImmutableWebACL.builder();
  }

  /** Metrics and sampled requests, per web ACL and per rule. */
  @Value.Immutable
  @CfnStyle
  interface VisibilityConfig {
    @JsonProperty("CloudWatchMetricsEnabled")
    @Value.Parameter
    boolean cloudWatchMetricsEnabled();

    /** The CloudWatch metric name: letters, digits and {@code -_#:./}, at most 128 characters. */
    @JsonProperty("MetricName")
    @Value.Parameter
    Expr metricName();

    @JsonProperty("SampledRequestsEnabled")
    @Value.Parameter
    boolean sampledRequestsEnabled();

    /** Metrics and sampled requests on, under the given metric name. */
    static VisibilityConfig enabled(Expr metricName) {
      return ImmutableVisibilityConfig.of(true, metricName, true);
    }
  }

  /**
   * One rule. A rule whose statement references a rule group takes an OverrideAction; any other
   * rule takes an Action.
   */
  @Value.Immutable
  @CfnStyle
  interface Rule {
    @JsonProperty("Name")
    String name();

    /** Rules run in ascending priority; unique within the web ACL. */
    @JsonProperty("Priority")
    int priority();

    @JsonProperty("Statement")
    Statement statement();

    @JsonProperty("Action")
    Optional<RuleAction> action();

    @JsonProperty("OverrideAction")
    Optional<OverrideAction> overrideAction();

    @JsonProperty("VisibilityConfig")
    VisibilityConfig visibilityConfig();

    static ImmutableRule.Builder builder() {
      return ImmutableRule.builder();
    }

    @Value.Check
    default void check() {
      boolean ruleGroup = statement().managedRuleGroupStatement().isPresent();
      if (ruleGroup != overrideAction().isPresent() || ruleGroup == action().isPresent()) {
        throw new IllegalStateException(
            "WAF rule " + name() + ": a managed rule group takes OverrideAction only, any other "
                + "statement Action only");
      }
    }
  }

  /** Exactly one kind of statement. */
  @Value.Immutable
  @CfnStyle
  interface Statement {
    @JsonProperty("RateBasedStatement")
    Optional<RateBasedStatement> rateBasedStatement();

    @JsonProperty("ManagedRuleGroupStatement")
    Optional<ManagedRuleGroupStatement> managedRuleGroupStatement();

    static Statement of(RateBasedStatement statement) {
      return ImmutableStatement.builder().rateBasedStatement(statement).build();
    }

    static Statement of(ManagedRuleGroupStatement statement) {
      return ImmutableStatement.builder().managedRuleGroupStatement(statement).build();
    }

    @Value.Check
    default void check() {
      if (rateBasedStatement().isPresent() == managedRuleGroupStatement().isPresent()) {
        throw new IllegalStateException("A WAF statement holds exactly one kind of statement");
      }
    }
  }

  /** Counts requests per aggregation key (e.g. client IP) over a window and matches above Limit. */
  @Value.Immutable
  @CfnStyle
  interface RateBasedStatement {
    /** Requests per evaluation window, 10 to 2,000,000,000. */
    @JsonProperty("Limit")
    Expr limit();

    /** IP, FORWARDED_IP, CUSTOM_KEYS or CONSTANT. */
    @JsonProperty("AggregateKeyType")
    String aggregateKeyType();

    /** 60, 120, 300 or 600 seconds; 300 when left out. */
    @JsonProperty("EvaluationWindowSec")
    Optional<Integer> evaluationWindowSec();

    static ImmutableRateBasedStatement.Builder builder() {
      return ImmutableRateBasedStatement.builder();
    }

    @Value.Check
    default void check() {
      if (evaluationWindowSec().isPresent()
          && !List.of(60, 120, 300, 600).contains(evaluationWindowSec().get())) {
        throw new IllegalStateException(
            "RateBasedStatement EvaluationWindowSec " + evaluationWindowSec().get()
                + " must be 60, 120, 300 or 600");
      }
    }
  }

  /** A rule group maintained by a vendor (AWS), with per-rule action overrides. */
  @Value.Immutable
  @CfnStyle
  interface ManagedRuleGroupStatement {
    @JsonProperty("VendorName")
    String vendorName();

    @JsonProperty("Name")
    String name();

    /** Replaces the action of named rules of the group, e.g. Count instead of Block. */
    @JsonProperty("RuleActionOverrides")
    List<RuleActionOverride> ruleActionOverrides();

    static ImmutableManagedRuleGroupStatement.Builder builder() {
      return ImmutableManagedRuleGroupStatement.builder();
    }

    @Value.Check
    default void check() {
      Set<String> names = new HashSet<>();
      for (RuleActionOverride override : ruleActionOverrides()) {
        if (!names.add(override.name())) {
          throw new IllegalStateException(
              "Managed rule group " + name() + ": rule " + override.name()
                  + " is overridden twice");
        }
      }
    }
  }

  /** The action one rule of a rule group takes instead of its own. */
  @Value.Immutable
  @CfnStyle
  interface RuleActionOverride {
    @JsonProperty("Name")
    @Value.Parameter
    String name();

    @JsonProperty("ActionToUse")
    @Value.Parameter
    RuleAction actionToUse();

    static RuleActionOverride of(String ruleName, RuleAction actionToUse) {
      return ImmutableRuleActionOverride.of(ruleName, actionToUse);
    }
  }

  @Value.Check
  default void check() {
    if (defaultAction() == RuleAction.COUNT) {
      throw new IllegalStateException(
          "WebACL " + logicalId() + ": DefaultAction is Allow or Block");
    }
    Set<Integer> priorities = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Rule rule : rules()) {
      if (!priorities.add(rule.priority()) || !names.add(rule.name())) {
        throw new IllegalStateException(
            "WebACL " + logicalId() + ": rule " + rule.name() + " repeats a name or priority");
      }
    }
  }

  private static JsonNode emptyObjectNamed(String name) {
    var node = JsonNodeFactory.instance.objectNode();
    node.putObject(name);
    return node;
  }
}
