package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * azure-devops/scripts/aws-status.sh, which every pipeline step that asks whether a stack or the
 * ECS service, the ECR repository or an image tag exists sources: only the AWS CLI's "does not
 * exist" answers mean absent.
 */
class AwsStatusScriptTest {

  private static final String SCRIPT = "azure-devops/scripts/aws-status.sh";
  private static final String FUNCTIONS =
      "cfn_stack_status|ecs_service_status|ecr_repository_status|ecr_image_status";
  private static final String ECR_DENIED = "An error occurred (AccessDeniedException) when"
      + " calling the DescribeRepositories operation: not authorized to perform"
      + " ecr:DescribeRepositories";
  private static final String ECR_EXPIRED = "An error occurred (ExpiredTokenException) when"
      + " calling the DescribeImages operation: The security token included in the request is"
      + " expired";
  private static final String DENIED = "An error occurred (AccessDenied) when calling the"
      + " DescribeStacks operation: not authorized";

  @TempDir
  Path dir;

  record Result(int exitCode, String stdout, String stderr) {}

  @Test
  void a_stack_status_is_printed_as_the_cli_gives_it() throws Exception {
    assertThat(run("cfn_stack_status dev-network-stack", 0, "UPDATE_COMPLETE", ""))
        .isEqualTo(new Result(0, "UPDATE_COMPLETE\n", ""));
  }

  @Test
  void only_the_clis_does_not_exist_answer_means_not_found() throws Exception {
    assertThat(run("cfn_stack_status dev-network-stack", 254, "", "\nAn error occurred"
        + " (ValidationError) when calling the DescribeStacks operation: Stack with id"
        + " dev-network-stack does not exist")).isEqualTo(new Result(0, "NOT_FOUND\n", ""));
    // another stack's name in the message is not an answer about this one
    assertThat(run("cfn_stack_status dev-network-stack", 254, "", "An error occurred"
        + " (ValidationError) when calling the DescribeStacks operation: Stack with id"
        + " dev-alb-stack does not exist").exitCode()).isNotZero();
  }

  @Test
  void any_other_failure_to_read_a_stack_fails_with_the_clis_message() throws Exception {
    for (String message : List.of(DENIED,
        "An error occurred (ExpiredToken) when calling the DescribeStacks operation: expired",
        "An error occurred (Throttling) when calling the DescribeStacks operation: Rate exceeded")) {
      Result result = run("status=\"$(cfn_stack_status dev-network-stack)\"; echo reached", 254,
          "", message);
      assertThat(result.exitCode()).as(message).isNotZero();
      assertThat(result.stdout()).as(message).doesNotContain("reached");
      assertThat(result.stderr()).as(message)
          .contains("##vso[task.logissue type=error]", message);
    }
  }

  @Test
  void a_service_is_missing_only_when_ecs_says_so() throws Exception {
    String cmd = "ecs_service_status dev-litellm-cluster dev-litellm-service";
    assertThat(run(cmd, 0, "{\"services\":[{\"status\":\"ACTIVE\"}],\"failures\":[]}", ""))
        .isEqualTo(new Result(0, "ACTIVE\n", ""));
    assertThat(run(cmd, 0, "{\"services\":[{\"status\":\"INACTIVE\"}],\"failures\":[]}", ""))
        .isEqualTo(new Result(0, "INACTIVE\n", ""));
    assertThat(run(cmd, 0, "{\"services\":[],\"failures\":[{\"arn\":\"x\",\"reason\":\"MISSING\"}]}",
        "")).isEqualTo(new Result(0, "MISSING\n", ""));
    assertThat(run(cmd, 254, "", "An error occurred (ClusterNotFoundException) when calling"
        + " the DescribeServices operation: Cluster not found.").stdout()).isEqualTo("MISSING\n");
  }

  @Test
  void any_other_failure_to_read_the_service_fails_the_step() throws Exception {
    String cmd = "status=\"$(ecs_service_status dev-litellm-cluster dev-litellm-service)\";"
        + " echo reached";
    Result denied = run(cmd, 254, "", "An error occurred (AccessDeniedException) when calling"
        + " the DescribeServices operation: not authorized");
    assertThat(denied.exitCode()).isNotZero();
    assertThat(denied.stdout()).doesNotContain("reached");
    assertThat(denied.stderr()).contains("AccessDeniedException");
    Result odd = run(cmd, 0, "{\"services\":[],\"failures\":[{\"arn\":\"x\",\"reason\":\"Rate"
        + " exceeded\"}]}", "");
    assertThat(odd.exitCode()).isNotZero();
    assertThat(odd.stderr()).contains("Rate exceeded");
  }

  @Test
  void an_ecr_repository_is_absent_only_when_ecr_says_repository_not_found() throws Exception {
    String cmd = "ecr_repository_status dev-litellm-proxy";
    assertThat(run(cmd, 0, "dev-litellm-proxy", "")).isEqualTo(new Result(0, "EXISTS\n", ""));
    assertThat(run(cmd, 254, "", "\nAn error occurred (RepositoryNotFoundException) when calling"
        + " the DescribeRepositories operation: The repository with name 'dev-litellm-proxy'"
        + " does not exist in the registry with id '123456789012'"))
        .isEqualTo(new Result(0, "NOT_FOUND\n", ""));
  }

  @Test
  void an_ecr_image_is_absent_only_when_ecr_says_image_not_found() throws Exception {
    String cmd = "ecr_image_status dev-litellm-proxy 1.2.3-abcdef012345";
    assertThat(run(cmd, 0, "sha256:0123", "")).isEqualTo(new Result(0, "EXISTS\n", ""));
    assertThat(run(cmd, 254, "", "\nAn error occurred (ImageNotFoundException) when calling the"
        + " DescribeImages operation: The image with imageId {imageDigest:'null',"
        + " imageTag:'1.2.3-abcdef012345'} does not exist within the repository with name"
        + " 'dev-litellm-proxy' in the registry with id '123456789012'"))
        .isEqualTo(new Result(0, "NOT_FOUND\n", ""));
  }

  @Test
  void any_other_failure_to_read_an_ecr_repository_fails_the_step() throws Exception {
    assertFailsTheStep("ecr_repository_status dev-litellm-proxy", ECR_DENIED, ECR_EXPIRED);
  }

  @Test
  void any_other_failure_to_read_an_ecr_image_fails_the_step() throws Exception {
    // the image check runs after the repository check: a vanished repository says nothing about
    // the tag, and pushing to it would fail later with a less clear message
    assertFailsTheStep("ecr_image_status dev-litellm-proxy 1.2.3-abcdef012345", ECR_DENIED,
        ECR_EXPIRED, "An error occurred (RepositoryNotFoundException) when calling the"
            + " DescribeImages operation: The repository with name 'dev-litellm-proxy' does not"
            + " exist");
  }

  private void assertFailsTheStep(String function, String... messages) throws Exception {
    for (String message : messages) {
      Result result = run("status=\"$(" + function + ")\"; echo reached", 254, "", message);
      assertThat(result.exitCode()).as(message).isNotZero();
      assertThat(result.stdout()).as(message).doesNotContain("reached");
      assertThat(result.stderr()).as(message)
          .contains("##vso[task.logissue type=error]", message);
    }
  }

  @Test
  void every_step_reading_a_stack_or_service_status_uses_the_script() {
    List<String> swallowing = new ArrayList<>();
    List<String> unguarded = new ArrayList<>();
    List<String> sourcing = new ArrayList<>();
    for (Path file : PipelineFiles.all()) {
      String text = PipelineFiles.text(file).replace("\\\n", " ");
      text.lines().filter(l -> l.matches(".*describe-(stacks|services|repositories|images).*")
              && l.matches(".*(/dev/null|\\|\\| echo).*"))
          .forEach(l -> swallowing.add(PipelineFiles.relative(file) + ": " + l.trim()));
      // set -e ignores a failed $(...) anywhere but a plain assignment, e.g. inside [ ... ]
      text.lines().filter(l -> l.matches(".*\\$\\((" + FUNCTIONS + ") .*")
              && !l.matches("\\s*\\w+=\"\\$\\((" + FUNCTIONS + ") [^()]*\\)\"\\s*"))
          .forEach(l -> unguarded.add(PipelineFiles.relative(file) + ": " + l.trim()));
      if (text.contains(". " + SCRIPT)) {
        sourcing.add(PipelineFiles.relative(file));
      }
    }
    assertThat(swallowing).as("describe calls whose failure is taken for 'absent'").isEmpty();
    assertThat(unguarded).as("status calls whose failure set -e would not see").isEmpty();
    assertThat(sourcing).contains("azure-devops/templates/aws-cfn-deploy.yml",
        "azure-devops/templates/aws-ecr-build.yml", "azure-devops/templates/stack-litellm.yml",
        "azure-devops/templates/aws-cfn-teardown.yml",
        "azure-devops/templates/check-prerequisites.yml",
        "azure-devops/azure-pipelines-teardown.yml");
  }

  /** Sources the script in bash -eu and runs {@code command} with a fake aws answering so. */
  private Result run(String command, int awsExit, String awsStdout, String awsStderr)
      throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path aws = bin.resolve("aws");
    Files.writeString(aws, """
        #!/usr/bin/env bash
        printf '%s' "$FAKE_STDOUT"
        printf '%s' "$FAKE_STDERR" >&2
        exit "$FAKE_EXIT"
        """);
    Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder builder = new ProcessBuilder("bash", "-c",
        "set -euo pipefail; . " + SCRIPT + "; " + command)
        .directory(PipelineFiles.root().toFile())
        .redirectError(dir.resolve("stderr").toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("FAKE_STDOUT", awsStdout);
    builder.environment().put("FAKE_STDERR", awsStderr);
    builder.environment().put("FAKE_EXIT", Integer.toString(awsExit));
    Process process = builder.start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), stdout, read(dir.resolve("stderr")));
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }
}
