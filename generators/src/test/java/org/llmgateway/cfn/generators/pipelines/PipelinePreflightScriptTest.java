package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * azure-devops/scripts/pipeline-preflight.sh against a fake AWS CLI and a fake curl standing in
 * for the Azure DevOps REST API: a run goes on only for an environment with parameter files, in
 * the expected account, for prod only from main and only with an approval on litellm-prod.
 */
class PipelinePreflightScriptTest {

  private static final String SCRIPT = "azure-devops/scripts/pipeline-preflight.sh";
  private static final String ACCOUNT = "123456789012";
  private static final String TOKEN = "ado-token-" + Long.toHexString(System.nanoTime());
  private static final String PROD_ENVIRONMENT = """
      {"count":1,"value":[{"id":7,"name":"litellm-prod"}]}""";
  private static final String APPROVAL = """
      {"count":1,"value":[{"id":1,"type":{"id":"8c6f20a7-a545-4486-9777-f762fafe0d4d",
        "name":"Approval"},"resource":{"type":"environment","id":"7"}}]}""";
  private static final String BRANCH_CONTROL_ONLY = """
      {"count":1,"value":[{"id":2,"type":{"id":"fe1de3ee-a436-41b4-bb20-f6eb4cb879a7",
        "name":"Task Check"},"resource":{"type":"environment","id":"7"}}]}""";

  @TempDir
  Path dir;

  private FakeAwsCli aws;

  @BeforeEach
  void fake() {
    aws = new FakeAwsCli(dir).answers("sts", "get-caller-identity", ACCOUNT + "\n");
    // answers by the REST path: curl-environments / curl-checks (.out, or .fail to fail)
    aws.command("curl", """
        #!/usr/bin/env bash
        url="${*: -1}"
        printf '%s\\n' "$url" >> "$FAKE_DIR/curl.log"
        cat >> "$FAKE_DIR/curl-stdin"
        case "$url" in
          */_apis/distributedtask/environments\\?*) key=environments ;;
          */_apis/pipelines/checks/configurations\\?*) key=checks ;;
          *) echo "fake curl: unexpected $url" >&2; exit 99 ;;
        esac
        if [ -f "$FAKE_DIR/curl-$key.fail" ]; then
          echo "curl: (22) The requested URL returned error: 403" >&2; exit 22
        fi
        cat "$FAKE_DIR/curl-$key.out"
        """);
  }

  private FakeAwsCli.Result run(String environment, String branch) {
    Map<String, String> env = new HashMap<>(Map.of(
        "AWS_ACCOUNT_ID", ACCOUNT,
        "BUILD_SOURCEBRANCH", branch,
        "SYSTEM_COLLECTIONURI", "https://dev.azure.com/example/",
        "SYSTEM_TEAMPROJECTID", "project-id",
        "SYSTEM_ACCESSTOKEN", TOKEN));
    return aws.run(env, SCRIPT, environment);
  }

  private void restAnswers(String environments, String checks) {
    aws.file("curl-environments.out", environments);
    aws.file("curl-checks.out", checks);
  }

  @Test
  void dev_in_the_expected_account_passes_without_asking_azure_devops() {
    FakeAwsCli.Result result = run("dev", "refs/heads/feature/x");

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(result.stdout()).contains("ok  environment dev", "ok  account " + ACCOUNT);
    assertThat(dir.resolve("curl.log")).doesNotExist();
  }

  @Test
  void prod_from_main_with_an_approval_passes_and_the_token_stays_off_the_command_line()
      throws Exception {
    restAnswers(PROD_ENVIRONMENT, APPROVAL);

    FakeAwsCli.Result result = run("prod", "refs/heads/main");

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(result.stdout()).contains("ok  litellm-prod has 1 approval check(s)");
    String urls = Files.readString(dir.resolve("curl.log"));
    assertThat(urls).contains(
        "https://dev.azure.com/example/project-id/_apis/distributedtask/environments"
            + "?name=litellm-prod&api-version=7.1-preview.1",
        "https://dev.azure.com/example/project-id/_apis/pipelines/checks/configurations"
            + "?resourceType=environment&resourceId=7&api-version=7.1-preview.1");
    assertThat(urls).doesNotContain(TOKEN);
    assertThat(Files.readString(dir.resolve("curl-stdin")))
        .contains("Authorization: Bearer " + TOKEN);
    assertThat(result.stdout() + result.stderr()).doesNotContain(TOKEN);
  }

  @Test
  void an_environment_without_parameter_files_is_refused_with_the_available_names() {
    FakeAwsCli.Result result = run("qa", "refs/heads/main");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("##vso[task.logissue type=error]environment 'qa' has no"
        + " parameter files (generated-templates/parameters/qa/ does not exist). Available: "
        + String.join(" ", PipelineFiles.ENVIRONMENTS) + ".");
    assertThat(aws.calls()).isEmpty();
  }

  @Test
  void a_name_that_is_not_a_plain_folder_name_is_refused() {
    for (String name : new String[] {"../dev", "dev; rm -rf /", "Dev", ""}) {
      FakeAwsCli.Result result = run(name, "refs/heads/main");
      assertThat(result.exitCode()).as(name).isNotZero();
    }
    assertThat(aws.calls()).isEmpty();
  }

  @Test
  void prod_from_another_branch_is_refused_before_aws_is_asked() {
    FakeAwsCli.Result result = run("prod", "refs/heads/feature/x");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("prod runs only from refs/heads/main; this run is for"
        + " 'refs/heads/feature/x'");
    assertThat(aws.calls()).isEmpty();
  }

  @Test
  void credentials_of_another_account_are_refused() {
    aws.answers("sts", "get-caller-identity", "210987654321\n");

    FakeAwsCli.Result result = run("staging", "refs/heads/main");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("credentials are for account 210987654321, but"
        + " AWS_ACCOUNT_ID is " + ACCOUNT);
  }

  @Test
  void an_environment_with_its_own_account_is_checked_against_that_account() {
    aws.answers("sts", "get-caller-identity", "210987654321\n");
    Map<String, String> env = Map.of("AWS_ACCOUNT_ID", ACCOUNT,
        "AWS_ACCOUNT_ID_STAGING", "210987654321", "BUILD_SOURCEBRANCH", "refs/heads/main");

    FakeAwsCli.Result staging = aws.run(env, SCRIPT, "staging");
    FakeAwsCli.Result dev = aws.run(env, SCRIPT, "dev");

    assertThat(staging.exitCode()).as(staging.stdout()).isZero();
    assertThat(staging.stdout()).contains("ok  account 210987654321 (AWS_ACCOUNT_ID_STAGING)");
    assertThat(dev.exitCode()).isNotZero();
    assertThat(dev.stdout()).contains("but AWS_ACCOUNT_ID is " + ACCOUNT);
  }

  @Test
  void an_unset_account_id_is_refused() {
    Map<String, String> env = Map.of("AWS_ACCOUNT_ID", "$(AWS_ACCOUNT_ID)",
        "BUILD_SOURCEBRANCH", "refs/heads/main");

    FakeAwsCli.Result result = aws.run(env, SCRIPT, "dev");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("AWS_ACCOUNT_ID is not set in the variable group"
        + " litellm-aws-config");
    assertThat(aws.calls()).isEmpty();
  }

  @Test
  void prod_whose_azure_devops_environment_does_not_exist_yet_is_refused() {
    restAnswers("{\"count\":0,\"value\":[]}", APPROVAL);

    FakeAwsCli.Result result = run("prod", "refs/heads/main");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("litellm-prod does not exist, so this run would create"
        + " it without any approval", "Approvals and checks > Approvals");
  }

  @Test
  void prod_without_an_approval_check_is_refused() {
    restAnswers(PROD_ENVIRONMENT, BRANCH_CONTROL_ONLY);

    FakeAwsCli.Result result = run("prod", "refs/heads/main");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("litellm-prod has no Approval check");
  }

  @Test
  void prod_whose_checks_cannot_be_read_is_refused() {
    restAnswers(PROD_ENVIRONMENT, APPROVAL);
    aws.file("curl-checks.fail", "");

    FakeAwsCli.Result result = run("prod", "refs/heads/main");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("could not read the checks of litellm-prod (id 7)");
  }
}
