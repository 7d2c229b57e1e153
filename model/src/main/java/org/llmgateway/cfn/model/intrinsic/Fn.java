package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The intrinsic functions. Targets are Java objects (a {@link Referable}, a {@link Conditional}),
 * never hand-typed logical ids, so a renamed resource cannot leave a dangling reference behind.
 */
public final class Fn {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Fn() {}

  public static Expr ref(Referable target) {
    return () -> NODES.objectNode().put("Ref", target.logicalId());
  }

  public static GetAtt getAtt(Referable resource, String attribute) {
    return new GetAtt(resource, attribute);
  }

  /**
   * {@code Fn::Sub} built from parts: a {@link String} is literal text, a {@link Referable} becomes
   * {@code ${LogicalId}} and a {@link GetAtt} becomes {@code ${LogicalId.Attribute}}.
   */
  public static Expr sub(Object... parts) {
    var text = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof String literal) {
        text.append(literal.replace("${", "${!"));
      } else if (part instanceof Referable target) {
        text.append("${").append(target.logicalId()).append('}');
      } else if (part instanceof GetAtt attribute) {
        text.append("${")
            .append(attribute.resource().logicalId())
            .append('.')
            .append(attribute.attribute())
            .append('}');
      } else {
        throw new IllegalArgumentException(
            "Fn.sub takes String, Referable or GetAtt parts, not " + part);
      }
    }
    String template = text.toString();
    return () -> NODES.objectNode().put("Fn::Sub", template);
  }

  /** {@code Fn::Sub} with a variable map; the template text names only the given variables. */
  public static Expr subWith(String template, Map<String, Expr> variables) {
    return () -> {
      ObjectNode node = NODES.objectNode();
      ArrayNode args = node.putArray("Fn::Sub");
      args.add(template);
      ObjectNode vars = args.addObject();
      variables.forEach((name, value) -> vars.set(name, value.toJson()));
      return node;
    };
  }

  public static Expr join(String delimiter, List<? extends Expr> values) {
    return () -> {
      ObjectNode node = NODES.objectNode();
      ArrayNode args = node.putArray("Fn::Join");
      args.add(delimiter);
      ArrayNode items = args.addArray();
      values.forEach(value -> items.add(value.toJson()));
      return node;
    };
  }

  public static Expr select(int index, Expr list) {
    return function("Fn::Select", NODES.numberNode(index), list.toJson());
  }

  public static Expr split(String delimiter, Expr source) {
    return function("Fn::Split", NODES.textNode(delimiter), source.toJson());
  }

  /** {@code Fn::GetAZs ""}: the availability zones of the stack's region. */
  public static Expr getAZs() {
    return () -> NODES.objectNode().put("Fn::GetAZs", "");
  }

  public static Expr cidr(Expr ipBlock, int count, int cidrBits) {
    return function(
        "Fn::Cidr", ipBlock.toJson(), NODES.numberNode(count), NODES.numberNode(cidrBits));
  }

  public static Expr importValue(Expr exportName) {
    return () -> {
      ObjectNode node = NODES.objectNode();
      node.set("Fn::ImportValue", exportName.toJson());
      return node;
    };
  }

  public static Expr base64(Expr value) {
    return () -> {
      ObjectNode node = NODES.objectNode();
      node.set("Fn::Base64", value.toJson());
      return node;
    };
  }

  public static Expr findInMap(Referable mapping, Expr topLevelKey, Expr secondLevelKey) {
    return function(
        "Fn::FindInMap",
        NODES.textNode(mapping.logicalId()),
        topLevelKey.toJson(),
        secondLevelKey.toJson());
  }

  public static Expr ifThen(Conditional condition, Expr whenTrue, Expr whenFalse) {
    return function(
        "Fn::If", NODES.textNode(condition.logicalId()), whenTrue.toJson(), whenFalse.toJson());
  }

  /** {@code Fn::If} that drops the property entirely when the condition is false. */
  public static Expr onlyIf(Conditional condition, Expr whenTrue) {
    return ifThen(condition, whenTrue, noValue());
  }

  public static Expr equalsTo(Expr left, Expr right) {
    return function("Fn::Equals", left.toJson(), right.toJson());
  }

  public static Expr and(Expr... conditions) {
    return function("Fn::And", json(conditions));
  }

  public static Expr or(Expr... conditions) {
    return function("Fn::Or", json(conditions));
  }

  public static Expr not(Expr condition) {
    return function("Fn::Not", condition.toJson());
  }

  /** A reference to another named condition inside a condition expression. */
  public static Expr condition(Conditional condition) {
    return () -> NODES.objectNode().put("Condition", condition.logicalId());
  }

  public static Expr noValue() {
    return ref(Pseudo.NO_VALUE);
  }

  public static Expr region() {
    return ref(Pseudo.REGION);
  }

  public static Expr accountId() {
    return ref(Pseudo.ACCOUNT_ID);
  }

  public static Expr partition() {
    return ref(Pseudo.PARTITION);
  }

  public static Expr stackName() {
    return ref(Pseudo.STACK_NAME);
  }

  public static Expr urlSuffix() {
    return ref(Pseudo.URL_SUFFIX);
  }

  private static JsonNode[] json(Expr... expressions) {
    JsonNode[] nodes = new JsonNode[expressions.length];
    for (int i = 0; i < expressions.length; i++) {
      nodes[i] = expressions[i].toJson();
    }
    return nodes;
  }

  private static Expr function(String name, JsonNode... args) {
    return () -> {
      ObjectNode node = NODES.objectNode();
      ArrayNode array = node.putArray(name);
      for (JsonNode arg : args) {
        array.add(arg.deepCopy());
      }
      return node;
    };
  }
}
