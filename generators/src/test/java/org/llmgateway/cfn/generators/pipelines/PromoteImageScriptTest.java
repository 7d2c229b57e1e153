package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.pipelines.FakeAwsCli.Result;

/**
 * azure-devops/scripts/promote-image.sh against a fake AWS CLI and a fake docker: staging and
 * prod get dev's image of the commit by digest, never a rebuild, and a commit dev never built
 * stops the run.
 */
class PromoteImageScriptTest {

  private static final String SCRIPT = "azure-devops/scripts/promote-image.sh";
  private static final String TAG = "v1.74.9-stable-0123456789ab";
  private static final String DIGEST = "sha256:" + "ab".repeat(32);
  private static final String ACCOUNT = "123456789012";
  private static final String REGISTRY = ACCOUNT + ".dkr.ecr.us-east-1.amazonaws.com";
  private static final Result FOUND = new Result(0, DIGEST + "\n", "");
  private static final Result NOT_FOUND = new Result(254, "", "An error occurred"
      + " (ImageNotFoundException) when calling the DescribeImages operation: The image with"
      + " imageId {imageDigest:'null', imageTag:'" + TAG + "'} does not exist");

  @TempDir
  Path dir;

  private FakeAwsCli aws;

  @BeforeEach
  void fake() {
    aws = new FakeAwsCli(dir).answers("sts", "get-caller-identity", ACCOUNT + "\n")
        .answers("ecr", "get-login-password", "not-a-real-password\n");
    aws.command("docker", """
        #!/usr/bin/env bash
        printf '%s\\n' "$*" >> "$FAKE_DIR/docker.log"
        if [ "$1" = login ]; then cat > /dev/null; fi
        """);
  }

  private List<String> docker() throws Exception {
    Path log = dir.resolve("docker.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  @Test
  void dev_s_image_is_pulled_by_digest_and_pushed_under_the_same_tag() throws Exception {
    // source status, source digest, target status (absent), after the push: status, digest
    aws.answersInOrder("ecr", "describe-images", List.of(FOUND, FOUND, NOT_FOUND, FOUND, FOUND));

    Result result = aws.run(SCRIPT, "dev", "prod", TAG);

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(docker()).contains(
        "pull --quiet " + REGISTRY + "/dev-litellm-proxy@" + DIGEST,
        "tag " + REGISTRY + "/dev-litellm-proxy@" + DIGEST + " " + REGISTRY
            + "/prod-litellm-proxy:" + TAG,
        "push --quiet " + REGISTRY + "/prod-litellm-proxy:" + TAG);
    assertThat(docker()).noneMatch(c -> c.startsWith("build"));
    assertThat(result.stdout()).contains("##vso[task.setvariable variable=imageDigest]" + DIGEST,
        "promoted " + DIGEST + " to prod-litellm-proxy:" + TAG);
    assertThat(aws.calls()).anyMatch(c -> c.contains("--registry-id " + ACCOUNT
        + " --repository-name dev-litellm-proxy"));
  }

  @Test
  void a_commit_dev_never_built_stops_the_run() throws Exception {
    aws.answersInOrder("ecr", "describe-images", List.of(NOT_FOUND));

    Result result = aws.run(SCRIPT, "dev", "staging", TAG);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("dev-litellm-proxy:" + TAG + " does not exist in account "
        + ACCOUNT + ": an image is built once, in dev");
    assertThat(docker()).isEmpty();
  }

  @Test
  void an_image_already_promoted_is_left_alone() throws Exception {
    aws.answersInOrder("ecr", "describe-images", List.of(FOUND, FOUND, FOUND, FOUND));

    Result result = aws.run(SCRIPT, "dev", "staging", TAG);

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("already " + DIGEST);
    assertThat(docker()).isEmpty();
  }

  @Test
  void a_target_tag_holding_another_image_is_refused() throws Exception {
    Result other = new Result(0, "sha256:" + "cd".repeat(32) + "\n", "");
    aws.answersInOrder("ecr", "describe-images", List.of(FOUND, FOUND, FOUND, other));

    Result result = aws.run(SCRIPT, "dev", "prod", TAG);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("the tag is immutable and holds another image");
    assertThat(docker()).isEmpty();
  }

  @Test
  void dev_s_account_can_be_another_one() throws Exception {
    aws.answersInOrder("ecr", "describe-images", List.of(FOUND, FOUND, NOT_FOUND, FOUND, FOUND));

    Result result = aws.run(Map.of("IMAGE_SOURCE_ACCOUNT_ID", "210987654321"), SCRIPT, "dev",
        "prod", TAG);

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(docker()).contains("pull --quiet 210987654321.dkr.ecr.us-east-1.amazonaws.com"
        + "/dev-litellm-proxy@" + DIGEST);
  }

  @Test
  void only_dev_builds_and_every_other_environment_promotes() {
    for (String environment : PipelineFiles.ENVIRONMENTS) {
      var builds = PipelinePrerequisitesTest.expand("azure-pipelines-litellm.yml", environment)
          .compiled("aws-ecr-build.yml");
      assertThat(builds).hasSize(1);
      String same = "eq('" + environment + "', 'dev')";
      String other = "ne('" + environment + "', 'dev')";
      List<String> conditions = new ArrayList<>();
      for (JsonNode step : builds.get(0).document().path("steps")) {
        String shown = step.path("displayName").asText();
        String condition = step.path("condition").asText();
        conditions.add(shown + " | " + condition);
        if (shown.startsWith("Build ") || shown.startsWith("Push ")
            || shown.startsWith("Is $(imageTag)")) {
          assertThat(condition).as(shown).contains(same);
        } else if (shown.startsWith("Promote ")) {
          assertThat(condition).as(shown).contains(other);
          assertThat(step.path("inputs").path("arguments").asText())
              .isEqualTo("dev " + environment + " $(imageTag)");
        } else {
          assertThat(condition).as(shown).isEmpty();
        }
      }
      assertThat(conditions).anyMatch(c -> c.startsWith("Promote "))
          .anyMatch(c -> c.startsWith("Build "));
    }
  }
}
