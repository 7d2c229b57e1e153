package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Any value a template property can hold: a literal, a list or an intrinsic function. Every
 * expression is a value: two built from equal inputs are equal, and {@code toString} shows the
 * YAML short form ({@code !Ref Vpc}), so a test can compare objects and read its failure. Each
 * renders to CloudFormation's canonical JSON (long form, e.g. {@code {"Ref": "Vpc"}}); the YAML
 * emitter turns that into short-form tags.
 */
public sealed interface Expr
    permits Expr.Literal, Expr.ListOf, Expr.MapOf, PropertyValue, Ref, GetAtt, Sub, Join, Select, Split, GetAZs, Cidr,
        ImportValue, Base64, FindInMap, If {

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
    return new ListOf(List.copyOf(items));
  }

  static Expr list(Expr... items) {
    return list(List.of(items));
  }

  static Expr ofStrings(List<String> values) {
    return list(values.stream().map(Expr::of).toList());
  }

  /** An object whose values may each be literals or intrinsics, in the map's order. */
  static Expr map(Map<String, ? extends Expr> entries) {
    return new MapOf(new LinkedHashMap<>(entries));
  }

  /** A JSON document embedded as a value, e.g. an IAM policy document or a JSON secret template. */
  static Expr json(JsonNode node) {
    return new Literal(node);
  }

  /**
   * An expression whose JSON is fixed when it is made. It keeps its own copy of the node, so
   * changing the caller's node later changes neither its JSON nor its equality.
   */
  record Literal(JsonNode node) implements Expr {
    public Literal {
      node = node.deepCopy();
    }

    @Override
    public JsonNode node() {
      return node.deepCopy();
    }

    @Override
    public JsonNode toJson() {
      return node.deepCopy();
    }

    @Override
    public String toString() {
      return node.toString();
    }
  }

  /** A list of expressions; its items stay objects, so lists of model objects compare equal. */
  record ListOf(List<Expr> items) implements Expr {
    public ListOf {
      items = List.copyOf(items);
    }

    @Override
    public JsonNode toJson() {
      return IntrinsicFunction.array(items, Expr::toJson);
    }

    @Override
    public String toString() {
      return IntrinsicFunction.sequence(items.toArray());
    }
  }

  /** An object whose values are expressions, in the given order; values stay objects. */
  record MapOf(Map<String, Expr> entries) implements Expr {
    public MapOf {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public JsonNode toJson() {
      var object = JsonNodeFactory.instance.objectNode();
      entries.forEach((key, value) -> object.set(key, value.toJson()));
      return object;
    }

    @Override
    public String toString() {
      return entries.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }
}
