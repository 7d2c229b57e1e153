package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/** {@code Fn::Select}: the item at a zero-based index of a list. */
public record Select(int index, Expr list) implements Expr {

  public Select {
    Objects.requireNonNull(list, "Select list");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.SELECT.call(
        JsonNodeFactory.instance.arrayNode().add(index).add(list.toJson()));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.SELECT.show(IntrinsicFunction.sequence(index, list));
  }
}
