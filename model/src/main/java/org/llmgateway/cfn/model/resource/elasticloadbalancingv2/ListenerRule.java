package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
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

  /**
   * A request attribute the rule matches on: the path, or the Host header. All conditions of a
   * rule must match.
   */
  @Value.Immutable
  @CfnStyle
  interface RuleCondition {
    String PATH_PATTERN = "path-pattern";
    String HOST_HEADER = "host-header";

    @JsonProperty("Field")
    @Value.Parameter
    String field();

    @JsonProperty("PathPatternConfig")
    @Value.Parameter
    Optional<PathPatternConfig> pathPatternConfig();

    @JsonProperty("HostHeaderConfig")
    @Value.Parameter
    Optional<HostHeaderConfig> hostHeaderConfig();

    /** Matches request paths against the patterns ({@code *} and {@code ?} wildcards). */
    static RuleCondition pathPattern(String... patterns) {
      return ImmutableRuleCondition.of(PATH_PATTERN,
          Optional.of(ImmutablePathPatternConfig.of(List.of(patterns))),
          Optional.empty());
    }

    /**
     * Matches the Host header (case-insensitive, port ignored) against the names, which may be
     * parameters: a listener can then answer only for its own domain.
     */
    static RuleCondition hostHeader(Expr... hostNames) {
      return ImmutableRuleCondition.of(HOST_HEADER, Optional.empty(),
          Optional.of(ImmutableHostHeaderConfig.of(List.of(hostNames))));
    }

    @Value.Check
    default void check() {
      boolean path = field().equals(PATH_PATTERN) && pathPatternConfig().isPresent()
          && hostHeaderConfig().isEmpty();
      boolean host = field().equals(HOST_HEADER) && hostHeaderConfig().isPresent()
          && pathPatternConfig().isEmpty();
      if (!path && !host) {
        throw new IllegalStateException("RuleCondition: Field '" + field()
            + "' needs exactly its own config (PathPatternConfig or HostHeaderConfig)");
      }
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

  /** The host names of a host-header condition; each may come from a parameter. */
  @Value.Immutable
  @CfnStyle
  interface HostHeaderConfig {
    @JsonProperty("Values")
    @Value.Parameter
    List<Expr> values();
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
