package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * azure-devops/scripts/rds-preflight.sh against a fake AWS CLI: the database stack's version and
 * class are asked of RDS, and a refusal names the environment, the version and the class.
 */
class RdsPreflightScriptTest {

  private static final String SCRIPT = "azure-devops/scripts/rds-preflight.sh";
  private static final String TEMPLATE = "generated-templates/database-stack.yaml";
  private static final String AVAILABLE = """
      {"DBEngineVersions": [{"Engine": "postgres", "EngineVersion": "15.15",
        "Status": "available", "ValidUpgradeTarget": []}]}""";
  private static final String DEPRECATED = """
      {"DBEngineVersions": [{"Engine": "postgres", "EngineVersion": "15.10",
        "Status": "deprecated", "ValidUpgradeTarget": [
          {"EngineVersion": "15.15", "IsMajorVersionUpgrade": false},
          {"EngineVersion": "16.11", "IsMajorVersionUpgrade": true}]}]}""";
  private static final String ORDERABLE = """
      {"OrderableDBInstanceOptions": [{"DBInstanceClass": "db.t3.micro",
        "MultiAZCapable": true}]}""";
  private static final String NO_INSTANCE = "\nAn error occurred (DBInstanceNotFound) when"
      + " calling the DescribeDBInstances operation: DBInstance dev-litellm-db not found.\n";

  @TempDir
  Path dir;

  private FakeAwsCli aws;

  @BeforeEach
  void fake() {
    aws = new FakeAwsCli(dir);
  }

  private Path parameterFile(String version) {
    return aws.file("database-stack.json", """
        [{"ParameterKey": "EnvironmentName", "ParameterValue": "dev"},
         {"ParameterKey": "DbInstanceClass", "ParameterValue": "db.t3.micro"},
         %s
         {"ParameterKey": "MultiAz", "ParameterValue": "false"}]""".formatted(version == null
        ? "" : "{\"ParameterKey\": \"DbEngineVersion\", \"ParameterValue\": \"" + version
            + "\"},"));
  }

  private FakeAwsCli.Result run(Path parameterFile) {
    return aws.run(SCRIPT, "dev", parameterFile.toString(), TEMPLATE);
  }

  @Test
  void aVersionAndClassRdsCanCreatePass() {
    aws.answers("rds", "describe-db-engine-versions", AVAILABLE)
        .answers("rds", "describe-orderable-db-instance-options", ORDERABLE)
        .answers("rds", "describe-db-instances", 254, "", NO_INSTANCE);

    var result = run(parameterFile("15.15"));

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("Pre-flight: RDS in us-east-1 can create PostgreSQL"
        + " 15.15 on db.t3.micro for dev-database-stack");
    assertThat(aws.calls()).containsExactly(
        "rds describe-db-engine-versions --engine postgres --engine-version 15.15 --include-all"
            + " --output json",
        "rds describe-orderable-db-instance-options --engine postgres --engine-version 15.15"
            + " --db-instance-class db.t3.micro --output json",
        "rds describe-db-instances --db-instance-identifier dev-litellm-db --query"
            + " DBInstances[0].EngineVersion --output text");
  }

  @Test
  void aDeprecatedVersionIsRefusedInOneLineNamingEnvironmentVersionClassAndTheMinorTargets() {
    aws.answers("rds", "describe-db-engine-versions", DEPRECATED);

    var result = run(parameterFile("15.10"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout().strip()).isEqualTo("##vso[task.logissue type=error]dev: RDS in"
        + " us-east-1 cannot create PostgreSQL 15.10 on db.t3.micro: postgres 15.10 is deprecated"
        + " (set dbEngineVersion to one of 15.15)");
  }

  @Test
  void aClassNotOrderableWithTheVersionIsRefused() {
    aws.answers("rds", "describe-db-engine-versions", AVAILABLE)
        .answers("rds", "describe-orderable-db-instance-options",
            "{\"OrderableDBInstanceOptions\": []}");

    var result = run(parameterFile("15.15"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout()).contains("dev: RDS in us-east-1 cannot create PostgreSQL 15.15 on"
        + " db.t3.micro: db.t3.micro is not orderable with postgres 15.15 there");
  }

  @Test
  void anInstanceAlreadyNewerThanTheTemplateIsRefusedWithTheVersionToSet() {
    aws.answers("rds", "describe-db-engine-versions", AVAILABLE)
        .answers("rds", "describe-orderable-db-instance-options", ORDERABLE)
        .answers("rds", "describe-db-instances", "15.16\n");

    var result = run(parameterFile("15.15"));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout()).contains("dev: dev-litellm-db already runs PostgreSQL 15.16, newer"
        + " than the 15.15 the template would set on db.t3.micro", "set dbEngineVersion to 15.16");
  }

  @Test
  void aParameterFileWithoutTheVersionIsAskedWithTheTemplateDefault() {
    aws.answers("cloudformation", "validate-template", "15.10\n")
        .answers("rds", "describe-db-engine-versions", DEPRECATED);

    var result = run(parameterFile(null));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(aws.calls()).first().asString()
        .startsWith("cloudformation validate-template --template-body file://" + TEMPLATE);
    assertThat(aws.calls()).anyMatch(c -> c.contains("--engine-version 15.10"));
    assertThat(result.stdout()).contains("PostgreSQL 15.10 on db.t3.micro");
  }

  @Test
  void aQuestionRdsDoesNotAnswerFailsTheStepRatherThanPassing() {
    aws.answers("rds", "describe-db-engine-versions", AVAILABLE)
        .answers("rds", "describe-orderable-db-instance-options", ORDERABLE)
        .answers("rds", "describe-db-instances", 254, "", "An error occurred (AccessDenied)"
            + " when calling the DescribeDBInstances operation: not authorized");

    var result = run(parameterFile("15.15"));

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).doesNotContain("Pre-flight: RDS");
    assertThat(result.stderr()).contains("could not read RDS instance dev-litellm-db",
        "AccessDenied");
  }
}
