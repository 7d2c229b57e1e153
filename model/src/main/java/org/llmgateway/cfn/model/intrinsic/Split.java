package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/** {@code Fn::Split}: a string cut into a list at each delimiter. */
public record Split(String delimiter, Expr source) implements Expr {

  public Split {
    Objects.requireNonNull(delimiter, "Split delimiter");
    Objects.requireNonNull(source, "Split source");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.SPLIT.call(
        JsonNodeFactory.instance.arrayNode().add(delimiter).add(source.toJson()));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.SPLIT.show(
        IntrinsicFunction.sequence(IntrinsicFunction.quoted(delimiter), source));
  }
}
