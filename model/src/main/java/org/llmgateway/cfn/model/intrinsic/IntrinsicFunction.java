package org.llmgateway.cfn.model.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one table of CloudFormation's intrinsic functions: the {@link Fn} values render with it, the
 * YAML writer takes its short tags from it, the template reader turns tags back into long names
 * with it, and the validator asks it what a function resolves to. A function missing here is
 * unknown to all four at once, so they cannot drift apart.
 */
public enum IntrinsicFunction {
  REF("Ref", "!Ref", Result.REFERENCED),
  /** A named condition inside a condition expression ({@code {"Condition": "HasNatGateway"}}). */
  CONDITION("Condition", "!Condition", Result.CONDITION),
  BASE64("Fn::Base64", "!Base64", Result.STRING),
  CIDR("Fn::Cidr", "!Cidr", Result.LIST),
  FIND_IN_MAP("Fn::FindInMap", "!FindInMap", Result.MAPPED),
  GET_ATT("Fn::GetAtt", "!GetAtt", Result.ATTRIBUTE),
  GET_AZS("Fn::GetAZs", "!GetAZs", Result.LIST),
  IMPORT_VALUE("Fn::ImportValue", "!ImportValue", Result.STRING),
  JOIN("Fn::Join", "!Join", Result.STRING),
  SELECT("Fn::Select", "!Select", Result.STRING),
  SPLIT("Fn::Split", "!Split", Result.LIST),
  SUB("Fn::Sub", "!Sub", Result.STRING),
  /**
   * AWS documents the short form {@code !Transform} (checked 2026-12-01, docs.aws.amazon.com
   * AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-transform).
   */
  TRANSFORM("Fn::Transform", "!Transform", Result.ANY),
  IF("Fn::If", "!If", Result.ANY),
  EQUALS("Fn::Equals", "!Equals", Result.CONDITION),
  AND("Fn::And", "!And", Result.CONDITION),
  OR("Fn::Or", "!Or", Result.CONDITION),
  NOT("Fn::Not", "!Not", Result.CONDITION),
  /** Needs the AWS::LanguageExtensions transform; read and validated, never generated. */
  TO_JSON_STRING("Fn::ToJsonString", "!ToJsonString", Result.STRING),
  /** Needs the AWS::LanguageExtensions transform; read and validated, never generated. */
  LENGTH("Fn::Length", "!Length", Result.NUMBER);

  /** What a function resolves to, as far as the template alone tells. */
  public enum Result {
    STRING,
    NUMBER,
    LIST,
    /** True or false; only valid inside the Conditions section and in {@code Fn::If}. */
    CONDITION,
    /** Whatever the Ref names: a parameter's type, a resource's id, a pseudo parameter. */
    REFERENCED,
    /** The type of the named resource attribute. */
    ATTRIBUTE,
    /** The type of the values of the named mapping. */
    MAPPED,
    /** Not known until deploy time. */
    ANY
  }

  private final String longName;
  private final String shortTag;
  private final Result result;

  IntrinsicFunction(String longName, String shortTag, Result result) {
    this.longName = longName;
    this.shortTag = shortTag;
    this.result = result;
  }

  /** The key of the function in canonical JSON, e.g. {@code Fn::GetAtt}. */
  public String longName() {
    return longName;
  }

  /** The YAML short-form tag, e.g. {@code !GetAtt}. */
  public String shortTag() {
    return shortTag;
  }

  public Result result() {
    return result;
  }

  /**
   * Whether the short form writes the argument {@code [Name, Attribute]} as the scalar
   * {@code Name.Attribute} (Fn::GetAtt only); a reader splits it at the first dot.
   */
  public boolean dottedShortForm() {
    return this == GET_ATT;
  }

  public static Optional<IntrinsicFunction> ofLongName(String longName) {
    return Arrays.stream(values()).filter(f -> f.longName.equals(longName)).findFirst();
  }

  public static Optional<IntrinsicFunction> ofShortTag(String shortTag) {
    return Arrays.stream(values()).filter(f -> f.shortTag.equals(shortTag)).findFirst();
  }

  /** The canonical JSON of a call: {@code {"<longName>": argument}}. */
  ObjectNode call(JsonNode argument) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set(longName, argument);
    return node;
  }

  /** The canonical JSON of each of {@code values}, for the functions that take a list. */
  static <T> ArrayNode array(List<T> values, Function<T, JsonNode> toJson) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(value -> array.add(toJson.apply(value)));
    return array;
  }

  /** How a value prints in a test failure: the YAML short form, {@code !GetAtt Db.Endpoint}. */
  String show(Object argument) {
    return shortTag + " " + argument;
  }

  /** {@code [a, b, c]}, each item by its own {@code toString}. */
  static String sequence(Object... items) {
    return Arrays.stream(items).map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
  }

  /** Text as a quoted YAML/JSON string, so {@code ""} and {@code " "} stay visible. */
  static String quoted(String text) {
    return JsonNodeFactory.instance.textNode(text).toString();
  }
}
