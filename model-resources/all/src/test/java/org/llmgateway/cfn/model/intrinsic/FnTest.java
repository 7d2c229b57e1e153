package org.llmgateway.cfn.model.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmgateway.cfn.resource.ec2.Subnet;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.Mapping;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Resource;

class FnTest {

  private static final VPC MAIN_VPC = vpc();
  private static final Parameter ENV = EnvironmentParameter.create();
  private static final Condition IS_PROD =
      Condition.of("IsProd", Fn.equalsTo(ENV.ref(), Expr.of("prod")));
  private static final Mapping REGION_MAP =
      Mapping.of("RegionMap", Map.of("us-east-1", Map.of("Ami", "ami-1")));

  private static VPC vpc() {
    return VPC.builder().logicalId("Vpc").cidrBlock(Expr.of("10.0.0.0/16")).build();
  }

  /**
   * One expression of every kind Fn makes: how it is built (called twice per test, so the two
   * results come from equal inputs, never from one shared object), its JSON as the lambda-based
   * Fn wrote it before expressions became values, and its toString.
   */
  record Case(Supplier<Object> make, String json, String shown) {
    @Override
    public String toString() {
      return shown;
    }
  }

  static Stream<Case> everyKindOfExpression() {
    return Stream.of(
        new Case(() -> Fn.ref(vpc()), "{\"Ref\":\"Vpc\"}", "!Ref Vpc"),
        new Case(() -> vpc().getAtt("Ipv6CidrBlocks"),
            "{\"Fn::GetAtt\":[\"Vpc\",\"Ipv6CidrBlocks\"]}", "!GetAtt Vpc.Ipv6CidrBlocks"),
        new Case(() -> Fn.sub(EnvironmentParameter.create(), "-x"),
            "{\"Fn::Sub\":\"${EnvironmentName}-x\"}", "!Sub \"${EnvironmentName}-x\""),
        new Case(() -> Fn.subWith("${A}-${B}", variables()),
            "{\"Fn::Sub\":[\"${A}-${B}\",{\"A\":\"a\",\"B\":{\"Ref\":\"Vpc\"}}]}",
            "!Sub [\"${A}-${B}\", {A: \"a\", B: !Ref Vpc}]"),
        new Case(() -> Fn.join(",", List.of(Expr.of("a"), vpc().ref())),
            "{\"Fn::Join\":[\",\",[\"a\",{\"Ref\":\"Vpc\"}]]}", "!Join [\",\", [\"a\", !Ref Vpc]]"),
        new Case(() -> Fn.select(0, Fn.getAZs()),
            "{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]}", "!Select [0, !GetAZs \"\"]"),
        new Case(() -> Fn.split(".", vpc().ref()),
            "{\"Fn::Split\":[\".\",{\"Ref\":\"Vpc\"}]}", "!Split [\".\", !Ref Vpc]"),
        new Case(() -> Fn.cidr(vpc().attrCidrBlock(), 4, 8),
            "{\"Fn::Cidr\":[{\"Fn::GetAtt\":[\"Vpc\",\"CidrBlock\"]},4,8]}",
            "!Cidr [!GetAtt Vpc.CidrBlock, 4, 8]"),
        new Case(() -> Fn.importValue(Fn.sub(ENV, "-network-VpcId")),
            "{\"Fn::ImportValue\":{\"Fn::Sub\":\"${EnvironmentName}-network-VpcId\"}}",
            "!ImportValue !Sub \"${EnvironmentName}-network-VpcId\""),
        new Case(() -> Fn.base64(Expr.of("#!/bin/sh")), "{\"Fn::Base64\":\"#!/bin/sh\"}",
            "!Base64 \"#!/bin/sh\""),
        new Case(() -> Fn.findInMap(REGION_MAP, Fn.region(), Expr.of("Ami")),
            "{\"Fn::FindInMap\":[\"RegionMap\",{\"Ref\":\"AWS::Region\"},\"Ami\"]}",
            "!FindInMap [RegionMap, !Ref AWS::Region, \"Ami\"]"),
        new Case(() -> Fn.ifThen(IS_PROD, Expr.of(true), Expr.of(false)),
            "{\"Fn::If\":[\"IsProd\",true,false]}", "!If [IsProd, true, false]"),
        new Case(() -> Fn.onlyIf(IS_PROD, Expr.of(7)),
            "{\"Fn::If\":[\"IsProd\",7,{\"Ref\":\"AWS::NoValue\"}]}",
            "!If [IsProd, 7, !Ref AWS::NoValue]"),
        new Case(() -> Fn.equalsTo(ENV.ref(), Expr.of("prod")),
            "{\"Fn::Equals\":[{\"Ref\":\"EnvironmentName\"},\"prod\"]}",
            "!Equals [!Ref EnvironmentName, \"prod\"]"),
        new Case(() -> Fn.and(Fn.condition(IS_PROD),
                Fn.not(Fn.equalsTo(ENV.ref(), Expr.of("")))),
            "{\"Fn::And\":[{\"Condition\":\"IsProd\"},"
                + "{\"Fn::Not\":[{\"Fn::Equals\":[{\"Ref\":\"EnvironmentName\"},\"\"]}]}]}",
            "!And [!Condition IsProd, !Not [!Equals [!Ref EnvironmentName, \"\"]]]"),
        new Case(() -> Fn.or(Fn.condition(IS_PROD), Fn.equalsTo(Fn.region(), Expr.of("eu-west-1"))),
            "{\"Fn::Or\":[{\"Condition\":\"IsProd\"},"
                + "{\"Fn::Equals\":[{\"Ref\":\"AWS::Region\"},\"eu-west-1\"]}]}",
            "!Or [!Condition IsProd, !Equals [!Ref AWS::Region, \"eu-west-1\"]]"),
        new Case(Fn::noValue, "{\"Ref\":\"AWS::NoValue\"}", "!Ref AWS::NoValue"),
        new Case(Fn::accountId, "{\"Ref\":\"AWS::AccountId\"}", "!Ref AWS::AccountId"),
        new Case(Fn::partition, "{\"Ref\":\"AWS::Partition\"}", "!Ref AWS::Partition"),
        new Case(Fn::stackName, "{\"Ref\":\"AWS::StackName\"}", "!Ref AWS::StackName"),
        new Case(Fn::urlSuffix, "{\"Ref\":\"AWS::URLSuffix\"}", "!Ref AWS::URLSuffix"),
        new Case(() -> Expr.list(Expr.of("a"), vpc().ref()), "[\"a\",{\"Ref\":\"Vpc\"}]",
            "[\"a\", !Ref Vpc]"),
        new Case(() -> Expr.ofStrings(List.of("a", "b")), "[\"a\",\"b\"]", "[\"a\", \"b\"]"),
        new Case(() -> Expr.of(30), "30", "30"),
        new Case(() -> Expr.of(0.5), "0.5", "0.5"),
        new Case(() -> Expr.json(JsonNodeFactory.instance.objectNode().put("Version", "2012-10-17")),
            "{\"Version\":\"2012-10-17\"}", "{\"Version\":\"2012-10-17\"}"));
  }

  /** Insertion order B, A: the rendered order must not depend on it. */
  private static Map<String, Expr> variables() {
    Map<String, Expr> variables = new LinkedHashMap<>();
    variables.put("B", vpc().ref());
    variables.put("A", Expr.of("a"));
    return variables;
  }

  private static String json(Object expression) {
    return expression instanceof Expr value
        ? value.toJson().toString()
        : ((ConditionExpr) expression).toJson().toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfExpression")
  void equalInputsGiveEqualExpressions(Case expression) {
    Object first = expression.make().get();
    Object second = expression.make().get();

    assertThat(first).isNotSameAs(second).isEqualTo(second).hasSameHashCodeAs(second);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfExpression")
  void toJsonIsCloudFormationsLongFormAsBefore(Case expression) {
    assertThat(json(expression.make().get())).isEqualTo(expression.json());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfExpression")
  void toStringIsTheYamlShortForm(Case expression) {
    assertThat(expression.make().get()).hasToString(expression.shown());
  }

  @Test
  void differentInputsGiveDifferentExpressions() {
    var otherVpc = VPC.builder().logicalId("Vpc").cidrBlock(Expr.of("10.1.0.0/16")).build();

    assertThat(MAIN_VPC.ref()).isNotEqualTo(otherVpc.ref());
    assertThat(Fn.sub(ENV, "-a")).isNotEqualTo(Fn.sub(ENV, "-b"));
    assertThat(Fn.select(0, Fn.getAZs())).isNotEqualTo(Fn.select(1, Fn.getAZs()));
    assertThat(Expr.of(1)).isNotEqualTo(Expr.of("1"));
  }

  @Test
  void resourcesBuiltFromEqualExpressionsAreEqual() {
    Supplier<Subnet> subnet = () -> Subnet.builder()
        .logicalId("PublicSubnet1")
        .vpcId(vpc().ref())
        .cidrBlock(Fn.select(0, Fn.cidr(vpc().attrCidrBlock(), 4, 8)))
        .availabilityZone(Fn.select(0, Fn.getAZs()))
        .build();

    assertThat(vpc()).isEqualTo(vpc());
    assertThat(subnet.get()).isEqualTo(subnet.get()).hasSameHashCodeAs(subnet.get());
    assertThat(subnet.get().vpcId()).isEqualTo(MAIN_VPC.ref());
  }

  @Test
  void aFailingComparisonShowsTheShortFormOfBothSides() {
    assertThatThrownBy(
        () -> assertThat(Fn.getAtt(MAIN_VPC, "CidrBlock")).isEqualTo(MAIN_VPC.ref()))
        .hasMessageContaining("!GetAtt Vpc.CidrBlock")
        .hasMessageContaining("!Ref Vpc");
  }

  @Test
  void aLiteralKeepsItsOwnCopyOfTheJson() {
    var node = JsonNodeFactory.instance.objectNode().put("Effect", "Allow");
    Expr literal = Expr.json(node);

    node.put("Effect", "Deny");
    ((com.fasterxml.jackson.databind.node.ObjectNode) literal.toJson()).put("Effect", "Deny");

    assertThat(literal).isEqualTo(Expr.json(JsonNodeFactory.instance.objectNode()
        .put("Effect", "Allow")));
  }

  @Test
  void subTurnsObjectsIntoVariablesAndEscapesLiteralDollarBraces() {
    assertThat(Fn.sub("echo ${HOME} in ", ENV, " for ", MAIN_VPC.attrCidrBlock(), " in ",
            Pseudo.REGION).toJson().toString())
        .isEqualTo("{\"Fn::Sub\":\"echo ${!HOME} in ${EnvironmentName} for ${Vpc.CidrBlock}"
            + " in ${AWS::Region}\"}");
  }

  @Test
  void subRefusesAnythingButTextReferencesAndAttributes() {
    assertThatThrownBy(() -> Fn.sub("x", 42)).hasMessageContaining("not 42");
    assertThatThrownBy(() -> Fn.sub("x", REGION_MAP))
        .hasMessageContaining("takes String, Referable or GetAtt parts");
  }

  @Test
  void onlyParametersResourcesAndPseudoParametersCanBeReferenced() {
    assertThat(Referable.class)
        .isAssignableFrom(Parameter.class)
        .isAssignableFrom(Resource.class)
        .isAssignableFrom(Pseudo.class);
    assertThat(Referable.class.isAssignableFrom(Mapping.class)).isFalse();
    assertThat(Referable.class.isAssignableFrom(Condition.class)).isFalse();
    assertThat(Expr.class.isAssignableFrom(ConditionExpr.class)).isFalse();
  }
}
