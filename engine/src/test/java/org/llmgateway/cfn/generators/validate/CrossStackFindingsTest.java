package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Imports and exports are judged once per environment, with that environment's parameter values,
 * but a problem shared by several environments is one finding that names them.
 */
class CrossStackFindingsTest {

  private static final String NETWORK = """
      Parameters:
        EnvironmentName:
          Type: String
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
      Outputs:
        VpcId:
          Value: !Ref Vpc
          Export:
            Name: !Sub "${EnvironmentName}-network-VpcId"
      """;

  private static String alb(String importedName) {
    return """
        Parameters:
          EnvironmentName:
            Type: String
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Sub "${EnvironmentName} load balancer"
              VpcId:
                Fn::ImportValue: %s
        """.formatted(importedName);
  }

  private static TemplateSource template(String file, String yaml) {
    return new TemplateSource(file, TemplateReader.read(file, yaml).json(), yaml.length());
  }

  private static ParameterFile parameters(String environment, String stack, String value) {
    String file = environment + "/" + stack + ".json";
    return new ParameterFile(file, stack + ".yaml", environment, TemplateReader.read(file,
        "[{\"ParameterKey\": \"EnvironmentName\", \"ParameterValue\": \"" + value + "\"}]")
        .json());
  }

  /** The network and alb stacks with one parameter file each per environment, in this order. */
  private static Validator.Report validate(String importedName, String... environments) {
    List<ParameterFile> files = new ArrayList<>();
    for (String environment : environments) {
      files.add(parameters(environment, "network-stack", environment));
      files.add(parameters(environment, "alb-stack", environment));
    }
    return validate(importedName, files);
  }

  /** The findings of these rules; the security lint's (a bare VPC has no flow log) are its own. */
  private static Validator.Report validate(String importedName, List<ParameterFile> files) {
    var report = new Validator().validate(List.of(template("network-stack.yaml", NETWORK),
        template("alb-stack.yaml", alb(importedName))), files);
    return new Validator.Report(report.findings().stream()
        .filter(f -> !(f.rule() instanceof SecurityRule)).toList(),
        report.crossStackFindings(), report.templates(), report.parameterFiles(),
        report.orders());
  }

  private static final String IMPORT_PATH =
      "alb-stack.yaml: Group: /Resources/Group/Properties/VpcId/Fn::ImportValue: ";

  @Test
  void aMissingExportInDevStagingAndProdIsOneFindingNamingTheThree() {
    var report = validate("!Sub \"${EnvironmentName}-network-VpcID\"", "dev", "staging", "prod");
    assertThat(report.findings()).map(Finding::toString).containsExactly(IMPORT_PATH
        + "[LCF501] Fn::ImportValue of '${EnvironmentName}-network-VpcID', which no stack exports "
        + "(dev, staging, prod)");
    assertThat(report.crossStackFindings()).isEqualTo(report.findings());
    assertThat(report.summary()).isEqualTo(
        "1 finding(s) in 1 file(s); checked 2 template(s) and 6 parameter file(s)");
  }

  @Test
  void aFindingPresentInOnlyOneEnvironmentNamesOnlyThatOne() {
    List<ParameterFile> files = new ArrayList<>();
    for (String environment : List.of("dev", "staging", "prod")) {
      files.add(parameters(environment, "network-stack", environment));
      // prod's alb parameter file spells the environment differently from prod's network stack
      files.add(parameters(environment, "alb-stack",
          environment.equals("prod") ? "production" : environment));
    }
    var report = validate("!Sub \"${EnvironmentName}-network-VpcId\"", files);
    assertThat(report.findings()).map(Finding::toString).containsExactly(IMPORT_PATH
        + "[LCF501] Fn::ImportValue of 'production-network-VpcId', which no stack exports (prod)");
    assertThat(report.findings()).map(Finding::reason)
        .noneMatch(reason -> reason.contains("dev") || reason.contains("staging"));
    assertThat(report.summary()).startsWith("1 finding(s) in 1 file(s)");
  }

  @Test
  void environmentsAreNamedInPromotionOrderWhateverOrderTheFilesComeIn() {
    var report = validate("!Sub \"${EnvironmentName}-network-VpcID\"", "prod", "dev", "staging");
    assertThat(report.findings()).map(Finding::reason).containsExactly("Fn::ImportValue of "
        + "'${EnvironmentName}-network-VpcID', which no stack exports (dev, staging, prod)");
    assertThat(report.orders().keySet()).containsExactly("dev", "staging", "prod");
  }

  @Test
  void environmentsOutsideTheStandardThreeFollowThemAlphabetically() {
    var report = validate("!Sub \"${EnvironmentName}-network-VpcID\"", "qa", "prod", "demo");
    assertThat(report.findings()).map(Finding::reason).containsExactly("Fn::ImportValue of "
        + "'${EnvironmentName}-network-VpcID', which no stack exports (prod, demo, qa)");
  }

  @Test
  void aNameThatResolvesAlikeEverywhereIsQuotedAsResolved() {
    var report = validate("dev-network-VpcID", "dev", "staging", "prod");
    assertThat(report.findings()).map(Finding::reason).containsExactly(
        "Fn::ImportValue of 'dev-network-VpcID', which no stack exports (dev, staging, prod)");
  }

  @Test
  void differentProblemsAtOneImportStaySeparateFindings() {
    // dev imports an export nobody declares; prod imports the alb stack's own export
    String albExporting = alb("!Sub \"${EnvironmentName}-alb-Own\"") + """
        Outputs:
          Own:
            Value: !Ref Group
            Export:
              Name: prod-alb-Own
        """;
    List<ParameterFile> files = List.of(parameters("dev", "alb-stack", "dev"),
        parameters("prod", "alb-stack", "prod"));
    var report = new Validator().validate(
        List.of(template("alb-stack.yaml", albExporting)), files);
    assertThat(report.findings()).map(Finding::toString).containsExactly(
        IMPORT_PATH + "[LCF501] Fn::ImportValue of 'dev-alb-Own', which no stack exports (dev)",
        IMPORT_PATH + "[LCF503] Fn::ImportValue of 'prod-alb-Own', which this stack exports itself; "
            + "a stack cannot import its own export (prod)");
  }

  @Test
  void withoutParameterFilesNoEnvironmentIsNamed() {
    var report = validate("dev-network-VpcID", new String[0]);
    assertThat(report.findings()).map(Finding::reason).containsExactly(
        "Fn::ImportValue of 'dev-network-VpcID', which no stack exports");
  }
}
