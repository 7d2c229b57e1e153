package org.llmgateway.cfn.generators.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlWriterTest {

  private static final String YAML = GeneratedFiles.render(new SampleStack()).yaml();

  @Test
  void startsWithAHeaderSayingTheFileIsGeneratedAndHowToRegenerateIt() {
    assertThat(YAML.lines().limit(3))
        .allMatch(line -> line.startsWith("# "))
        .anyMatch(line -> line.contains("DO NOT EDIT"))
        .anyMatch(line -> line.contains(GeneratedFiles.REGENERATE_COMMAND));
  }

  @Test
  void writesSectionsInCloudFormationOrder() {
    int version = YAML.indexOf("\nAWSTemplateFormatVersion:");
    int description = YAML.indexOf("\nDescription:");
    int parameters = YAML.indexOf("\nParameters:");
    int conditions = YAML.indexOf("\nConditions:");
    int resources = YAML.indexOf("\nResources:");
    int outputs = YAML.indexOf("\nOutputs:");
    assertThat(version).isPositive();
    assertThat(description).isGreaterThan(version);
    assertThat(parameters).isGreaterThan(description);
    assertThat(conditions).isGreaterThan(parameters);
    assertThat(resources).isGreaterThan(conditions);
    assertThat(outputs).isGreaterThan(resources);
  }

  @Test
  void usesShortFormTags() {
    assertThat(YAML)
        .contains("CidrBlock: !Ref VpcCidr")
        .contains("Value: !Sub \"${EnvironmentName}-vpc\"")
        .contains("Value: !GetAtt Vpc.CidrBlock")
        .contains("EnableDnsHostnames: !If\n        - IsProd\n        - true\n        - false")
        .contains("IsProd: !Equals\n    - !Ref EnvironmentName\n    - prod")
        .contains("Value: !Select\n      - 0\n      - !GetAZs \"\"");
  }

  @Test
  void keepsTheLongFormWhereTheArgumentIsItselfTagged() {
    assertThat(YAML)
        .contains("Fn::ImportValue: !Sub \"${EnvironmentName}-sample-base-VpcId\"")
        .contains("Fn::Base64: !Sub \"x-${EnvironmentName}\"")
        .doesNotContain("!ImportValue !Sub")
        .doesNotContain("!Base64 !Sub");
  }

  @Test
  void quotesStringsThatYamlWouldReadAsDatesOrNumbers() {
    assertThat(YAML)
        .contains("AWSTemplateFormatVersion: \"2010-09-09\"")
        .contains("Value: \"2010-09-09\"");
  }

  @Test
  void writesMultiLineStringsAsLiteralBlocks() {
    assertThat(YAML).contains("Value: |\n            line one\n            line two\n");
  }

  @Test
  void putsTypeBeforePropertiesAndSeparatesResourcesByABlankLine() {
    // the fixture's VPC carries the security lint's suppressions, written between the two
    assertThat(YAML).contains("  Vpc:\n    Type: AWS::EC2::VPC\n    Metadata:\n      cdk_nag:\n");
    int vpc = YAML.indexOf("  Vpc:\n");
    assertThat(YAML.indexOf("\n    Properties:\n", vpc))
        .isGreaterThan(YAML.indexOf("\n    Metadata:\n", vpc));
    assertThat(YAML).contains("\n\n  Imported:\n");
  }

  @Test
  void rendersTheSameBytesEveryTime() {
    for (int i = 0; i < 5; i++) {
      assertThat(GeneratedFiles.render(new SampleStack()).yaml()).isEqualTo(YAML);
    }
  }
}
