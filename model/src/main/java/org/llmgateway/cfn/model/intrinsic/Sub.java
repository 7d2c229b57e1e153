package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code Fn::Sub}: text with {@code ${Name}} placeholders, and optionally the variables it names.
 * Variables are kept sorted by name, so the output never depends on a map's iteration order.
 */
public record Sub(String template, Map<String, Expr> variables) implements Expr {

  public Sub {
    Objects.requireNonNull(template, "Sub template");
    variables = Collections.unmodifiableMap(new TreeMap<>(variables));
  }

  @Override
  public JsonNode toJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (variables.isEmpty()) {
      return IntrinsicFunction.SUB.call(nodes.textNode(template));
    }
    ArrayNode arguments = nodes.arrayNode().add(template);
    ObjectNode values = arguments.addObject();
    variables.forEach((name, value) -> values.set(name, value.toJson()));
    return IntrinsicFunction.SUB.call(arguments);
  }

  @Override
  public String toString() {
    String text = IntrinsicFunction.quoted(template);
    if (variables.isEmpty()) {
      return IntrinsicFunction.SUB.show(text);
    }
    String values = variables.entrySet().stream()
        .map(variable -> variable.getKey() + ": " + variable.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
    return IntrinsicFunction.SUB.show(IntrinsicFunction.sequence(text, values));
  }
}
