package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class TemplateReaderTest {

  private static JsonNode yaml(String text) {
    var parsed = TemplateReader.read("t.yaml", text);
    assertThat(parsed.findings()).isEmpty();
    return parsed.json();
  }

  private static JsonNode json(String text) {
    return TemplateReader.read("expected.json", text).json();
  }

  @Test
  void shortFormTagsBecomeCanonicalLongForm() {
    JsonNode read = yaml("""
        A: !Ref Vpc
        B: !GetAtt Db.Endpoint.Address
        C: !Sub "${AWS::StackName}-x"
        D: !If [IsProd, !Ref AWS::NoValue, 3]
        E: !Select [0, !GetAZs ""]
        F: !Condition IsProd
        G:
          Fn::ImportValue: !Sub "${EnvironmentName}-network-VpcId"
        H: !Join ["", [a, !Ref B]]
        I: !GetAtt [Db, Arn]
        """);
    assertThat(read).isEqualTo(json("""
        {"A": {"Ref": "Vpc"},
         "B": {"Fn::GetAtt": ["Db", "Endpoint.Address"]},
         "C": {"Fn::Sub": "${AWS::StackName}-x"},
         "D": {"Fn::If": ["IsProd", {"Ref": "AWS::NoValue"}, 3]},
         "E": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
         "F": {"Condition": "IsProd"},
         "G": {"Fn::ImportValue": {"Fn::Sub": "${EnvironmentName}-network-VpcId"}},
         "H": {"Fn::Join": ["", ["a", {"Ref": "B"}]]},
         "I": {"Fn::GetAtt": ["Db", "Arn"]}}
        """));
  }

  @Test
  void plainScalarsKeepTheirYamlTypesAndQuotedOnesStayText() {
    JsonNode read = yaml("""
        Port: 4000
        Quoted: "4000"
        Enabled: true
        Version: 2010-09-09
        Ratio: 0.5
        Nothing: null
        """);
    assertThat(read).isEqualTo(json("""
        {"Port": 4000, "Quoted": "4000", "Enabled": true, "Version": "2010-09-09",
         "Ratio": 0.5, "Nothing": null}
        """));
  }

  @Test
  void jsonTemplatesAreReadAsTheyAre() {
    var parsed = TemplateReader.read("t.json", "{\"Resources\": {\"A\": {\"Ref\": \"B\"}}}");
    assertThat(parsed.json().toString()).isEqualTo("{\"Resources\":{\"A\":{\"Ref\":\"B\"}}}");
  }

  @Test
  void aDuplicateKeyInJsonIsAFindingWithItsLine() {
    var parsed = TemplateReader.read("t.json", "{\"A\": 1,\n \"A\": 2}");
    assertThat(parsed.readable()).isFalse();
    assertThat(parsed.findings()).singleElement().satisfies(f -> {
      assertThat(f.file()).isEqualTo("t.json");
      assertThat(f.reason()).startsWith("not valid JSON at line 2").contains("Duplicate field 'A'");
    });
  }

  @Test
  void brokenYamlIsAFindingNotAnException() {
    var parsed = TemplateReader.read("t.yaml", "Resources:\n  A: [1, 2\n");
    assertThat(parsed.readable()).isFalse();
    assertThat(parsed.findings()).singleElement()
        .satisfies(f -> assertThat(f.reason()).startsWith("not valid YAML at line"));
  }

  @Test
  void aFindingInsideAYamlTemplateNamesItsLogicalIdAndEscapedPointer() {
    var parsed = TemplateReader.read("t.yaml", """
        Resources:
          Bucket:
            Properties:
              Tags:
                - Key: a
                  Value: !Reff x
              a/b~c: 1
              a/b~c: 2
        """);
    assertThat(parsed.findings())
        .extracting(Finding::logicalId, Finding::path, Finding::reason)
        .containsExactly(
            tuple("Bucket", "/Resources/Bucket/Properties/Tags/0/Value",
                "unknown tag !Reff (line 6)"),
            tuple("Bucket", "/Resources/Bucket/Properties/a~1b~0c",
                "duplicate key 'a/b~c' (line 8); CloudFormation rejects the template"));
  }
}
