package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A template as one environment deploys it: its conditions evaluated with the environment's
 * parameter values, each {@code Fn::If} replaced by the branch taken, {@code Ref} of a parameter
 * with a value replaced by that value, {@code AWS::NoValue} removed, and the resources whose
 * condition is false left out. A condition that needs a value the environment does not give
 * (a NoEcho parameter, no parameter file) stays undecided and its {@code Fn::If} stays as written,
 * so a rule sees it as a value it cannot judge.
 */
final class EnvironmentView {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final TemplateContext template;
  private final Map<String, String> values;
  private final Map<String, Optional<Boolean>> conditions = new HashMap<>();
  private final Map<String, JsonNode> resources = new LinkedHashMap<>();

  EnvironmentView(TemplateContext template, Map<String, String> values) {
    this.template = template;
    this.values = values;
    template.resources().forEach((logicalId, resource) -> {
      JsonNode condition = resource.path("Condition");
      if (!condition.isTextual() || condition(condition.asText()).orElse(true)) {
        resources.put(logicalId, resolve(resource));
      }
    });
  }

  TemplateContext template() {
    return template;
  }

  Map<String, String> values() {
    return values;
  }

  /** The resources this environment creates, resolved. */
  Map<String, JsonNode> resources() {
    return resources;
  }

  Optional<Boolean> condition(String name) {
    if (!conditions.containsKey(name)) {
      conditions.put(name, Optional.empty()); // a cycle (reported elsewhere) stays undecided
      JsonNode definition = template.conditions().get(name);
      conditions.put(name, definition == null ? Optional.empty() : evaluate(definition));
    }
    return conditions.get(name);
  }

  private Optional<Boolean> evaluate(JsonNode node) {
    if (node.has("Condition")) {
      return condition(node.get("Condition").asText());
    }
    String function = Intrinsics.function(node).orElse("");
    JsonNode arguments = node.path(function);
    switch (function) {
      case "Fn::Equals" -> {
        Optional<String> left = text(arguments.path(0));
        Optional<String> right = text(arguments.path(1));
        return left.isPresent() && right.isPresent()
            ? Optional.of(left.get().equals(right.get())) : Optional.empty();
      }
      case "Fn::Not" -> {
        return evaluate(arguments.path(0)).map(b -> !b);
      }
      case "Fn::And", "Fn::Or" -> {
        boolean and = function.equals("Fn::And");
        boolean undecided = false;
        for (JsonNode operand : arguments) {
          Optional<Boolean> value = evaluate(operand);
          if (value.isEmpty()) {
            undecided = true;
          } else if (value.get() != and) {
            return Optional.of(!and);
          }
        }
        return undecided ? Optional.empty() : Optional.of(and);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private Optional<String> text(JsonNode node) {
    if (node.isValueNode()) {
      return Optional.of(node.asText());
    }
    if (node.has("Ref") && values.containsKey(node.get("Ref").asText())) {
      return Optional.of(values.get(node.get("Ref").asText()));
    }
    return Optional.empty();
  }

  /** {@code node} with every decided Fn::If, parameter Ref and AWS::NoValue resolved; null for NoValue. */
  JsonNode resolve(JsonNode node) {
    if (node.isArray()) {
      ArrayNode items = NODES.arrayNode();
      for (JsonNode item : node) {
        JsonNode resolved = resolve(item);
        if (resolved != null) {
          items.add(resolved);
        }
      }
      return items;
    }
    if (!node.isObject()) {
      return node;
    }
    if (Intrinsics.isNoValue(node)) {
      return null;
    }
    if (node.size() == 1 && node.has("Fn::If") && node.get("Fn::If").size() == 3) {
      Optional<Boolean> taken = condition(node.get("Fn::If").path(0).asText());
      if (taken.isPresent()) {
        return resolve(node.get("Fn::If").get(taken.get() ? 1 : 2));
      }
    }
    if (node.size() == 1 && node.has("Ref") && values.containsKey(node.get("Ref").asText())
        && template.parameters().containsKey(node.get("Ref").asText())) {
      String name = node.get("Ref").asText();
      String type = template.parameters().get(name).path("Type").asText("");
      if (type.startsWith("List<") || type.equals("CommaDelimitedList")) {
        ArrayNode items = NODES.arrayNode();
        for (String item : values.get(name).split(",", -1)) {
          items.add(item.trim());
        }
        return items;
      }
      return TextNode.valueOf(values.get(name));
    }
    ObjectNode copy = NODES.objectNode();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode resolved = resolve(entry.getValue());
      if (resolved != null) {
        copy.set(entry.getKey(), resolved);
      }
    }
    return copy;
  }
}
