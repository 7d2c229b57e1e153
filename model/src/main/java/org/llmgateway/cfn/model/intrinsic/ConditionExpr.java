package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Objects;
import org.llmgateway.cfn.model.template.Condition;

/**
 * The expression of a named {@link Condition}: true or false once parameters are known.
 * CloudFormation allows these functions only in the Conditions section, so they are not an
 * {@link Expr} and cannot be given to a property; a property chooses with {@link Fn#ifThen}.
 */
public sealed interface ConditionExpr
    permits ConditionExpr.Equals, ConditionExpr.And, ConditionExpr.Or, ConditionExpr.Not,
        ConditionExpr.Named {

  @JsonValue
  JsonNode toJson();

  /** {@code Fn::Equals}: whether two values are the same. */
  record Equals(Expr left, Expr right) implements ConditionExpr {
    public Equals {
      Objects.requireNonNull(left, "Equals left");
      Objects.requireNonNull(right, "Equals right");
    }

    @Override
    public JsonNode toJson() {
      return IntrinsicFunction.EQUALS.call(
          JsonNodeFactory.instance.arrayNode().add(left.toJson()).add(right.toJson()));
    }

    @Override
    public String toString() {
      return IntrinsicFunction.EQUALS.show(IntrinsicFunction.sequence(left, right));
    }
  }

  /** {@code Fn::And}: whether every condition holds. */
  record And(List<ConditionExpr> conditions) implements ConditionExpr {
    public And {
      conditions = List.copyOf(conditions);
    }

    @Override
    public JsonNode toJson() {
      return IntrinsicFunction.AND.call(
          IntrinsicFunction.array(conditions, ConditionExpr::toJson));
    }

    @Override
    public String toString() {
      return IntrinsicFunction.AND.show(IntrinsicFunction.sequence(conditions.toArray()));
    }
  }

  /** {@code Fn::Or}: whether at least one condition holds. */
  record Or(List<ConditionExpr> conditions) implements ConditionExpr {
    public Or {
      conditions = List.copyOf(conditions);
    }

    @Override
    public JsonNode toJson() {
      return IntrinsicFunction.OR.call(
          IntrinsicFunction.array(conditions, ConditionExpr::toJson));
    }

    @Override
    public String toString() {
      return IntrinsicFunction.OR.show(IntrinsicFunction.sequence(conditions.toArray()));
    }
  }

  /** {@code Fn::Not}: whether the condition does not hold. */
  record Not(ConditionExpr condition) implements ConditionExpr {
    public Not {
      Objects.requireNonNull(condition, "Not condition");
    }

    @Override
    public JsonNode toJson() {
      return IntrinsicFunction.NOT.call(
          JsonNodeFactory.instance.arrayNode().add(condition.toJson()));
    }

    @Override
    public String toString() {
      return IntrinsicFunction.NOT.show(IntrinsicFunction.sequence(condition));
    }
  }

  /** {@code Condition}: the value of another named condition of the template. */
  record Named(Condition condition) implements ConditionExpr {
    public Named {
      Objects.requireNonNull(condition, "Condition");
    }

    @Override
    public JsonNode toJson() {
      return IntrinsicFunction.CONDITION.call(
          JsonNodeFactory.instance.textNode(condition.logicalId()));
    }

    @Override
    public String toString() {
      return IntrinsicFunction.CONDITION.show(condition.logicalId());
    }
  }
}
