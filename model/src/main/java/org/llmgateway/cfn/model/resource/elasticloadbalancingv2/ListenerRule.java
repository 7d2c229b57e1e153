package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::ElasticLoadBalancingV2::ListenerRule. */
@Value.Immutable
@CfnStyle
public interface ListenerRule extends Resource {

  @Override
  default String resourceType() {
    return "AWS::ElasticLoadBalancingV2::ListenerRule";
  }

  @JsonProperty("ListenerArn")
  Expr listenerArn();

  /** Lower numbers are evaluated first; 1-50000, unique per listener. */
  @JsonProperty("Priority")
  int priority();

  @JsonProperty("Conditions")
  List<RuleCondition> conditions();

  @JsonProperty("Actions")
  List<Action> actions();

  static ImmutableListenerRule.Builder builder() {
    return ImmutableListenerRule.builder();
  }

  /** A request attribute the rule matches on; only path patterns are modelled. */
  @Value.Immutable
  @CfnStyle
  interface RuleCondition {
    @JsonProperty("Field")
    default String field() {
      return "path-pattern";
    }

    @JsonProperty("PathPatternConfig")
    @Value.Parameter
    PathPatternConfig pathPatternConfig();

    /** Matches request paths against the patterns ({@code *} and {@code ?} wildcards). */
    static RuleCondition pathPattern(String... patterns) {
      return ImmutableRuleCondition.of(ImmutablePathPatternConfig.of(List.of(patterns)));
    }
  }

  /** The path patterns of a path-pattern condition. */
  @Value.Immutable
  @CfnStyle
  interface PathPatternConfig {
    @JsonProperty("Values")
    @Value.Parameter
    List<String> values();
  }

  @Value.Check
  default void check() {
    if (priority() < 1 || priority() > 50_000) {
      throw new IllegalStateException(
          "ListenerRule " + logicalId() + ": Priority " + priority() + " is outside 1-50000");
    }
    if (conditions().isEmpty() || actions().isEmpty()) {
      throw new IllegalStateException(
          "ListenerRule " + logicalId() + ": needs at least one condition and one action");
    }
  }
}
