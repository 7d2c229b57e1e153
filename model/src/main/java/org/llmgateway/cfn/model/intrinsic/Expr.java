package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * Any value a template property can hold: a literal or an intrinsic function. Every expression
 * renders to CloudFormation's canonical JSON (long form, e.g. {@code {"Ref": "Vpc"}}); the YAML
 * emitter turns that into short-form tags.
 */
public interface Expr {

  @JsonValue
  JsonNode toJson();

  static Expr of(String value) {
    return new Literal(JsonNodeFactory.instance.textNode(value));
  }

  static Expr of(long value) {
    return new Literal(JsonNodeFactory.instance.numberNode(value));
  }

  static Expr of(double value) {
    return new Literal(JsonNodeFactory.instance.numberNode(value));
  }

  static Expr of(boolean value) {
    return new Literal(JsonNodeFactory.instance.booleanNode(value));
  }

  /** A list whose elements may each be literals or intrinsics. */
  static Expr list(List<? extends Expr> items) {
    var array = JsonNodeFactory.instance.arrayNode();
    items.forEach(item -> array.add(item.toJson()));
    return new Literal(array);
  }

  static Expr list(Expr... items) {
    return list(List.of(items));
  }

  static Expr ofStrings(List<String> values) {
    return list(values.stream().map(Expr::of).toList());
  }

  /** An object whose values may each be literals or intrinsics, in the map's order. */
  static Expr map(java.util.Map<String, ? extends Expr> entries) {
    var object = JsonNodeFactory.instance.objectNode();
    entries.forEach((key, value) -> object.set(key, value.toJson()));
    return new Literal(object);
  }

  /** A JSON document embedded as a value, e.g. an IAM policy document or a JSON secret template. */
  static Expr json(JsonNode node) {
    return new Literal(node.deepCopy());
  }

  /** An expression whose JSON is fixed when it is made. */
  record Literal(JsonNode node) implements Expr {
    @Override
    public JsonNode toJson() {
      return node.deepCopy();
    }
  }
}
