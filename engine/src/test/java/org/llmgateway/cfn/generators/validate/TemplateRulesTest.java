package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Limits and rules that need a generated template rather than a file in the corpus. */
class TemplateRulesTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static List<String> findings(JsonNode template) {
    return new Validator().check(new TemplateSource("t.yaml", template, 1000)).stream()
        .map(Finding::toString).toList();
  }

  private static ObjectNode logGroups(int count) {
    ObjectNode template = NODES.objectNode();
    ObjectNode resources = template.putObject("Resources");
    for (int i = 0; i < count; i++) {
      resources.putObject("Logs" + i).put("Type", "AWS::Logs::LogGroup");
    }
    return template;
  }

  @Test
  void fiveHundredResourcesAreAllowedAndOneMoreIsNot() {
    assertThat(findings(logGroups(500))).isEmpty();
    assertThat(findings(logGroups(501))).containsExactly(
        "t.yaml: -: /Resources: [LCF008] Resources has 501 entries; CloudFormation allows at most 500");
  }

  @Test
  void moreThanTwoHundredParametersOrOutputsAreReported() {
    ObjectNode template = logGroups(1);
    ObjectNode parameters = template.putObject("Parameters");
    ObjectNode outputs = template.putObject("Outputs");
    var joined = NODES.arrayNode();
    for (int i = 0; i < 201; i++) {
      parameters.putObject("P" + i).put("Type", "String");
      joined.addObject().put("Ref", "P" + i);
      outputs.putObject("O" + i).put("Value", "x");
    }
    template.withObjectProperty("Resources").withObjectProperty("Logs0")
        .putObject("Properties").putObject("LogGroupName")
        .putArray("Fn::Join").add("").add(joined);
    assertThat(findings(template)).containsExactly(
        "t.yaml: -: /Outputs: [LCF008] Outputs has 201 entries; CloudFormation allows at most 200",
        "t.yaml: -: /Parameters: [LCF008] Parameters has 201 entries; CloudFormation allows at most 200");
  }

  @Test
  void aTemplateOverOneMegabyteIsReportedAsSuch() {
    var finding = new Validator().check(new TemplateSource("t.yaml", logGroups(1), 1_048_577));
    assertThat(finding).map(Finding::reason).containsExactly(
        "the template is 1048577 bytes; CloudFormation accepts at most 1048576 bytes");
  }

  @Test
  void aNoEchoValueNeverAppearsInAFinding() {
    var template = TemplateReader.read("t.yaml", """
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
            MinLength: 16
        Resources:
          Logs:
            Type: AWS::Logs::LogGroup
            Properties:
              LogGroupName: !Ref DbPassword
        """).json();
    var file = TemplateReader.read("p.json",
        "[{\"ParameterKey\": \"DbPassword\", \"ParameterValue\": \"hunter2\"}]").json();
    var report = new Validator().validate(List.of(new TemplateSource("t.yaml", template, 100)),
        List.of(new ParameterFile("p.json", "t.yaml", "dev", file)));
    assertThat(report.findings()).map(Finding::toString).containsExactly(
        "p.json: DbPassword: /0/ParameterValue: [LCF404] the NoEcho value does not satisfy the parameter's "
            + "constraints");
  }

  @Test
  void findingsAreSortedByFileLogicalIdPathAndReason() {
    var template = TemplateReader.read("t.yaml", """
        Resources:
          B:
            Type: AWS::Logs::LogGroup
            Properties:
              RetentionInDay: 7
          A:
            Type: AWS::Logs::LogGroup
            DependsOn: Missing
            Properties:
              LogGroupNam: x
        """).json();
    assertThat(findings(template)).containsExactly(
        "t.yaml: A: /Resources/A/DependsOn: [LCF106] DependsOn names 'Missing', which is not a resource",
        "t.yaml: A: /Resources/A/Properties/LogGroupNam: [LCF202] property 'LogGroupNam' is not allowed "
            + "in AWS::Logs::LogGroup",
        "t.yaml: B: /Resources/B/Properties/RetentionInDay: [LCF202] property 'RetentionInDay' is not "
            + "allowed in AWS::Logs::LogGroup");
  }
}
