package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;
import org.llmgateway.cfn.model.template.Mapping;

/** {@code Fn::FindInMap}: a value of a mapping, by its top-level and second-level keys. */
public record FindInMap(Mapping mapping, Expr topLevelKey, Expr secondLevelKey) implements Expr {

  public FindInMap {
    Objects.requireNonNull(mapping, "FindInMap mapping");
    Objects.requireNonNull(topLevelKey, "FindInMap topLevelKey");
    Objects.requireNonNull(secondLevelKey, "FindInMap secondLevelKey");
  }

  @Override
  public JsonNode toJson() {
    return IntrinsicFunction.FIND_IN_MAP.call(JsonNodeFactory.instance.arrayNode()
        .add(mapping.logicalId())
        .add(topLevelKey.toJson())
        .add(secondLevelKey.toJson()));
  }

  @Override
  public String toString() {
    return IntrinsicFunction.FIND_IN_MAP.show(
        IntrinsicFunction.sequence(mapping.logicalId(), topLevelKey, secondLevelKey));
  }
}
