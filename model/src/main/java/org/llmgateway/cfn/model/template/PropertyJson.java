package org.llmgateway.cfn.model.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * Builds the JSON object of a generated type's properties, in the order the generator lists them
 * (by name), leaving out absent ones.
 */
public final class PropertyJson {

  private final ObjectNode node = JsonNodeFactory.instance.objectNode();

  public PropertyJson put(String name, Expr value) {
    node.set(name, value.toJson());
    return this;
  }

  public PropertyJson put(String name, Optional<? extends Expr> value) {
    value.ifPresent(v -> put(name, v));
    return this;
  }

  public ObjectNode json() {
    return node;
  }

  /** The properties with each override applied at its dotted path (see Resource#propertyOverrides). */
  public ObjectNode overriddenBy(Map<String, Expr> overrides) {
    overrides.forEach(this::override);
    return node;
  }

  private void override(String path, Expr value) {
    String[] steps = path.split("\\.");
    JsonNode current = node;
    for (int i = 0; i < steps.length - 1; i++) {
      current = child(current, steps[i], path);
    }
    String last = steps[steps.length - 1];
    if (current instanceof ArrayNode array) {
      int index = index(last, array, path);
      if (index == array.size()) {
        array.add(value.toJson());
      } else {
        array.set(index, value.toJson());
      }
    } else {
      ((ObjectNode) current).set(last, value.toJson());
    }
  }

  private static JsonNode child(JsonNode parent, String step, String path) {
    if (parent instanceof ArrayNode array) {
      JsonNode element = array.get(index(step, array, path));
      if (element == null || !element.isContainerNode()) {
        throw new IllegalArgumentException(
            "property override '" + path + "': element " + step + " is not an object or list");
      }
      return element;
    }
    ObjectNode object = (ObjectNode) parent;
    JsonNode existing = object.get(step);
    if (existing == null) {
      return object.putObject(step);
    }
    if (!existing.isContainerNode()) {
      throw new IllegalArgumentException(
          "property override '" + path + "': '" + step + "' holds a value, not an object or list");
    }
    return existing;
  }

  private static int index(String step, ArrayNode array, String path) {
    try {
      int index = Integer.parseInt(step);
      if (index >= 0 && index <= array.size()) {
        return index;
      }
    } catch (NumberFormatException e) {
      // fall through to the error below
    }
    throw new IllegalArgumentException("property override '" + path + "': '" + step
        + "' is not an index of a list of " + array.size());
  }
}
