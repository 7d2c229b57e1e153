package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Objects;

/** {@code Fn::Join}: the values joined by the delimiter. */
public record Join(String delimiter, List<Expr> values) implements Expr {

  public Join {
    Objects.requireNonNull(delimiter, "Join delimiter");
    values = List.copyOf(values);
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.JOIN.call(JsonNodeFactory.instance.arrayNode()
        .add(delimiter)
        .add(IntrinsicFunction.array(values, Expr::toJson)));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.JOIN.show(IntrinsicFunction.sequence(
        IntrinsicFunction.quoted(delimiter), IntrinsicFunction.sequence(values.toArray())));
  }
}
