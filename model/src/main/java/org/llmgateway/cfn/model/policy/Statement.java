package org.llmgateway.cfn.model.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;

/** One statement of an IAM policy document. */
@Value.Immutable
@CfnStyle
public interface Statement {

  enum Effect {
    Allow,
    Deny
  }

  @JsonProperty("Sid")
  Optional<String> sid();

  @JsonProperty("Effect")
  Effect effect();

  @JsonProperty("Principal")
  Optional<Principal> principal();

  @JsonProperty("Action")
  List<Expr> action();

  @JsonProperty("Resource")
  List<Expr> resource();

  /** The Condition block, e.g. {@code {"StringEquals": {"kms:ViaService": ...}}}. */
  @JsonProperty("Condition")
  Optional<JsonNode> condition();

  static ImmutableStatement.Builder builder() {
    return ImmutableStatement.builder();
  }

  /** An Allow statement for the given actions on the given resources. */
  static Statement allow(List<String> actions, List<Expr> resources) {
    return builder()
        .effect(Effect.Allow)
        .action(actions.stream().map(Expr::of).toList())
        .resource(resources)
        .build();
  }

  /** A named Allow statement for the given actions on one resource. */
  static Statement allow(String sid, List<String> actions, Expr resource) {
    return builder()
        .sid(sid)
        .effect(Effect.Allow)
        .action(actions.stream().map(Expr::of).toList())
        .addResource(resource)
        .build();
  }

  @Value.Check
  default void check() {
    if (action().isEmpty()) {
      throw new IllegalStateException("A policy statement needs at least one action");
    }
  }
}
