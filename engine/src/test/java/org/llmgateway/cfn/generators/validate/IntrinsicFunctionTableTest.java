package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmgateway.cfn.generators.emit.YamlWriter;
import org.llmgateway.cfn.model.intrinsic.ConditionExpr;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.IntrinsicFunction;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.Mapping;

/**
 * The four users of {@link IntrinsicFunction} agree: every function of the table, and every value
 * Fn makes, is written by the YAML writer with its short tag, read back by the template reader to
 * the same canonical JSON, and recognised by the validator with the table's result kind.
 */
class IntrinsicFunctionTableTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A typical argument of each function, in canonical JSON; the switch covers every entry. */
  private static String sampleArgument(IntrinsicFunction function) {
    return switch (function) {
      case REF -> "\"Vpc\"";
      case CONDITION -> "\"IsProd\"";
      case BASE64 -> "\"#!/bin/sh\"";
      case CIDR -> "[{\"Fn::GetAtt\": [\"Vpc\", \"CidrBlock\"]}, 4, 8]";
      case FIND_IN_MAP -> "[\"RegionMap\", {\"Ref\": \"AWS::Region\"}, \"Ami\"]";
      case GET_ATT -> "[\"Db\", \"Endpoint.Address\"]";
      case GET_AZS -> "\"\"";
      case IMPORT_VALUE -> "\"dev-network-VpcId\"";
      case JOIN -> "[\",\", [\"a\", {\"Ref\": \"Vpc\"}]]";
      case SELECT -> "[0, {\"Fn::GetAZs\": \"\"}]";
      case SPLIT -> "[\",\", \"a,b\"]";
      case SUB -> "\"${AWS::StackName}-x\"";
      case TRANSFORM ->
          "{\"Name\": \"AWS::Include\", \"Parameters\": {\"Location\": \"s3://b/k\"}}";
      case IF -> "[\"IsProd\", 1, {\"Ref\": \"AWS::NoValue\"}]";
      case EQUALS -> "[{\"Ref\": \"EnvironmentName\"}, \"prod\"]";
      case AND, OR -> "[{\"Condition\": \"IsProd\"}, {\"Condition\": \"HasDomain\"}]";
      case NOT -> "[{\"Condition\": \"IsProd\"}]";
      case TO_JSON_STRING -> "{\"a\": \"b\"}";
      case LENGTH -> "[1, 2]";
    };
  }

  private static ObjectNode call(IntrinsicFunction function) throws JsonProcessingException {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set(function.longName(), JSON.readTree(sampleArgument(function)));
    return node;
  }

  /** The YAML of {@code Value: <node>}, read back; asserts the reader found nothing wrong. */
  private static JsonNode roundTrip(String yaml) {
    var parsed = TemplateReader.read("t.yaml", yaml);
    assertThat(parsed.findings()).isEmpty();
    return parsed.json().get("Value");
  }

  private static String yaml(JsonNode value) {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.set("Value", value);
    return YamlWriter.write(document, List.of());
  }

  @ParameterizedTest
  @EnumSource(IntrinsicFunction.class)
  void everyFunctionIsWrittenWithItsShortTagAndReadBackUnchanged(IntrinsicFunction function)
      throws JsonProcessingException {
    ObjectNode call = call(function);

    String yaml = yaml(call);

    assertThat(yaml).contains("Value: " + function.shortTag());
    assertThat(roundTrip(yaml)).isEqualTo(call);
    assertThat(IntrinsicFunction.ofShortTag(function.shortTag())).contains(function);
    assertThat(IntrinsicFunction.ofLongName(function.longName())).contains(function);
  }

  @ParameterizedTest
  @EnumSource(IntrinsicFunction.class)
  void theValidatorRecognisesEveryFunctionWithTheTablesResultKind(IntrinsicFunction function)
      throws JsonProcessingException {
    ObjectNode call = call(function);
    var template = new TemplateContext("t.yaml", JsonNodeFactory.instance.objectNode(), 0, null);

    if (function == IntrinsicFunction.CONDITION) {
      // {"Condition": "X"} is a function only inside the Conditions section
      assertThat(Intrinsics.function(call)).isEmpty();
      return;
    }
    assertThat(Intrinsics.function(call)).contains(function.longName());
    ValueKind expected = switch (function.result()) {
      case STRING -> ValueKind.STRING;
      case NUMBER -> ValueKind.NUMBER;
      case LIST -> ValueKind.LIST;
      case CONDITION, ANY -> ValueKind.ANY;
      // what these resolve to depends on the template; SchemaRules' tests cover them
      case REFERENCED, ATTRIBUTE, MAPPED -> null;
    };
    if (expected != null) {
      assertThat(Intrinsics.kind(template, function.longName(), call.get(function.longName())))
          .isEqualTo(expected);
    }
  }

  static Stream<Object> everyValueFnMakes() {
    var vpc = VPC.builder().logicalId("Vpc").cidrBlock(Expr.of("10.0.0.0/16")).build();
    var env = EnvironmentParameter.create();
    var isProd = Condition.of("IsProd", Fn.equalsTo(env.ref(), Expr.of("prod")));
    var regionMap = Mapping.of("RegionMap", Map.of("us-east-1", Map.of("Ami", "ami-1")));
    return Stream.of(
        vpc.ref(),
        vpc.getAtt("CidrBlock"),
        Fn.sub(env, "-x"),
        Fn.subWith("${A}", Map.of("A", vpc.ref())),
        Fn.join(",", List.of(Expr.of("a"), vpc.ref())),
        Fn.select(0, Fn.getAZs()),
        Fn.split(",", Expr.of("a,b")),
        Fn.cidr(vpc.attrCidrBlock(), 4, 8),
        Fn.importValue(Expr.of("dev-network-VpcId")),
        Fn.base64(Expr.of("#!/bin/sh")),
        Fn.findInMap(regionMap, Fn.region(), Expr.of("Ami")),
        Fn.ifThen(isProd, Expr.of(1), Fn.noValue()),
        Fn.equalsTo(env.ref(), Expr.of("prod")),
        Fn.and(Fn.condition(isProd), Fn.not(Fn.condition(isProd))),
        Fn.or(Fn.condition(isProd), Fn.condition(isProd)),
        Fn.condition(isProd));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyValueFnMakes")
  void everyValueFnMakesIsAFunctionOfTheTableAndSurvivesYaml(Object value) {
    JsonNode json = value instanceof Expr expr ? expr.toJson() : ((ConditionExpr) value).toJson();
    var function = IntrinsicFunction.ofLongName(json.fieldNames().next());

    assertThat(function).as("the function of %s", value).isPresent();
    String yaml = yaml(json);
    assertThat(yaml).contains("Value: " + function.get().shortTag());
    // compared as text: Expr.of(1) is a long node, the reader gives an int node for 1
    assertThat(roundTrip(yaml)).hasToString(json.toString());
    assertThat(value.toString()).startsWith(function.get().shortTag() + " ");
  }
}
