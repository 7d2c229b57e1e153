package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts that act on the LiteLLM service, against a fake AWS CLI: the redeploy fails when the
 * circuit breaker rolled it back, and the teardown's scale-down can be undone.
 */
class EcsServiceScriptsTest {

  private static final String REDEPLOY = "azure-devops/scripts/ecs-redeploy.sh";
  private static final String SCALING = "azure-devops/scripts/ecs-scaling.sh";
  private static final String ACTIVE = "{\"services\":[{\"status\":\"ACTIVE\"}],\"failures\":[]}";
  private static final String TARGET = "service/dev-litellm-cluster/dev-litellm-service";

  @TempDir
  Path dir;

  private FakeAwsCli aws;

  @BeforeEach
  void fake() {
    aws = new FakeAwsCli(dir);
  }

  private FakeAwsCli redeployAnswering(String describeServices) {
    return aws.answers("ecs", "update-service", "ecs-svc/new\n")
        .answers("ecs", "wait", "")
        .answers("ecs", "describe-services", describeServices);
  }

  @Test
  void a_completed_redeploy_passes() {
    redeployAnswering("""
        {"services":[{"deployments":[{"id":"ecs-svc/new","status":"PRIMARY",
          "rolloutState":"COMPLETED"}]}]}""");

    FakeAwsCli.Result result = aws.run(REDEPLOY, "dev");

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(result.stdout()).contains("deployment ecs-svc/new: status PRIMARY, rollout COMPLETED");
    assertThat(aws.calls()).contains("ecs wait services-stable --cluster dev-litellm-cluster"
        + " --services dev-litellm-service");
  }

  @Test
  void a_redeploy_the_circuit_breaker_marked_failed_fails_with_its_reason() {
    redeployAnswering("""
        {"services":[{"deployments":[
          {"id":"ecs-svc/old","status":"PRIMARY","rolloutState":"COMPLETED"},
          {"id":"ecs-svc/new","status":"ACTIVE","rolloutState":"FAILED",
           "rolloutStateReason":"ECS deployment circuit breaker: tasks failed to start."}]}]}""");

    FakeAwsCli.Result result = aws.run(REDEPLOY, "dev");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("##vso[task.logissue type=error]The new deployment of"
        + " dev-litellm-service did not complete (rollout FAILED)", "tasks failed to start");
  }

  @Test
  void a_redeploy_that_was_rolled_back_and_removed_fails() {
    redeployAnswering("""
        {"services":[{"deployments":[
          {"id":"ecs-svc/old","status":"PRIMARY","rolloutState":"COMPLETED"}]}]}""");

    FakeAwsCli.Result result = aws.run(REDEPLOY, "dev");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("rollout ROLLED_BACK", "circuit breaker");
  }

  @Test
  void the_update_pipeline_runs_the_checking_script() {
    for (String environment : PipelineFiles.ENVIRONMENTS) {
      String text = String.join("\n", PipelinePrerequisitesTest.expand(
          "azure-pipelines-litellm-update.yml", environment).texts());
      assertThat(text).contains("filePath: " + REDEPLOY, "arguments: " + environment);
    }
  }

  @Test
  void stop_suspends_scaling_before_scaling_to_zero() {
    aws.answers("ecs", "describe-services", ACTIVE)
        .answers("application-autoscaling", "describe-scalable-targets", TARGET + "\n")
        .answers("application-autoscaling", "register-scalable-target", "")
        .answers("ecs", "update-service", "dev-litellm-service 0\n")
        .answers("ecs", "wait", "");

    FakeAwsCli.Result result = aws.run(SCALING, "stop", "dev");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(aws.calls()).filteredOn(c -> c.contains("register-scalable-target")
        || c.contains("update-service")).satisfiesExactly(
            suspend -> assertThat(suspend).contains("DynamicScalingInSuspended=true,"
                + "DynamicScalingOutSuspended=true,ScheduledScalingSuspended=true"),
            scale -> assertThat(scale).contains("--desired-count 0"));
  }

  @Test
  void restore_resumes_scaling_with_the_parameter_files_count() throws Exception {
    aws.answers("ecs", "describe-services",
            "{\"services\":[{\"status\":\"ACTIVE\",\"desiredCount\":0}],\"failures\":[]}")
        .answers("application-autoscaling", "describe-scalable-targets", TARGET + "\n")
        .answers("application-autoscaling", "register-scalable-target", "")
        .answers("ecs", "update-service", "");
    String desired = desiredCountOfTheParameterFile("dev");
    assertThat(desired).isNotEmpty().isNotEqualTo("0");

    FakeAwsCli.Result result = aws.run(SCALING, "restore", "dev");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(aws.calls()).anyMatch(c -> c.startsWith("ecs update-service")
        && c.contains("--desired-count " + desired + " "));
    assertThat(aws.calls()).anyMatch(c -> c.contains("DynamicScalingInSuspended=false,"
        + "DynamicScalingOutSuspended=false,ScheduledScalingSuspended=false"));
    assertThat(result.stdout()).contains("runs " + desired + " tasks with auto scaling resumed");
  }

  @Test
  void restore_leaves_the_count_of_a_service_that_was_never_stopped() {
    aws.answers("ecs", "describe-services",
            "{\"services\":[{\"status\":\"ACTIVE\",\"desiredCount\":3}],\"failures\":[]}")
        .answers("application-autoscaling", "describe-scalable-targets", TARGET + "\n")
        .answers("application-autoscaling", "register-scalable-target", "");

    FakeAwsCli.Result result = aws.run(SCALING, "restore", "dev");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(aws.calls()).noneMatch(c -> c.startsWith("ecs update-service"));
    assertThat(aws.calls()).anyMatch(c -> c.contains("DynamicScalingInSuspended=false"));
  }

  @Test
  void a_service_already_gone_is_neither_stopped_nor_restored() {
    aws.answers("ecs", "describe-services", 254, "", "An error occurred"
        + " (ClusterNotFoundException) when calling the DescribeServices operation");

    for (String action : new String[] {"stop", "restore"}) {
      assertThat(aws.run(SCALING, action, "dev").exitCode()).isZero();
    }
    assertThat(aws.calls()).noneMatch(c -> c.contains("update-service"));
  }

  @Test
  void the_teardown_restores_scaling_when_it_fails_or_is_cancelled_before_the_litellm_stack_goes() {
    var document = PipelinePrerequisitesTest.expand("azure-pipelines-teardown.yml", "staging")
        .compiled("azure-pipelines-teardown.yml").get(0).document();
    var restore = document.path("stages").get(document.path("stages").size() - 1);
    assertThat(restore.path("stage").asText()).isEqualTo("RestoreScaling");
    assertThat(restore.path("condition").asText()).isEqualTo("or(failed(), canceled())");
    assertThat(restore.path("dependsOn").toString())
        .isEqualTo("[\"ScaleDown\",\"Delete_litellm\"]");
    assertThat(restore.toString()).contains(SCALING, "restore staging");
  }

  private static String desiredCountOfTheParameterFile(String environment) throws Exception {
    for (var entry : new ObjectMapper().readTree(PipelineFiles.root()
        .resolve("generated-templates/parameters/" + environment + "/litellm-stack.json")
        .toFile())) {
      if (entry.path("ParameterKey").asText().equals("DesiredCount")) {
        return entry.path("ParameterValue").asText();
      }
    }
    return "";
  }
}
