package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;

/** {@code Ref}: a parameter's value, a resource's id or a pseudo parameter. */
public record Ref(Referable target) implements Expr {

  public Ref {
    Objects.requireNonNull(target, "Ref target");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.REF.call(JsonNodeFactory.instance.textNode(target.logicalId()));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.REF.show(target.logicalId());
  }
}
