package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;
import org.llmgateway.cfn.model.template.Condition;

/** {@code Fn::If}: one of two values, chosen by a named condition when the stack is deployed. */
public record If(Condition condition, Expr whenTrue, Expr whenFalse) implements Expr {

  public If {
    Objects.requireNonNull(condition, "If condition");
    Objects.requireNonNull(whenTrue, "If whenTrue");
    Objects.requireNonNull(whenFalse, "If whenFalse");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.IF.call(JsonNodeFactory.instance.arrayNode()
        .add(condition.logicalId())
        .add(whenTrue.toJson())
        .add(whenFalse.toJson()));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.IF.show(
        IntrinsicFunction.sequence(condition.logicalId(), whenTrue, whenFalse));
  }
}
