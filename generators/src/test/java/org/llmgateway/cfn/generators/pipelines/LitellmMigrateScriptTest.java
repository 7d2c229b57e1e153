package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * azure-devops/scripts/litellm-migrate.sh against a fake AWS CLI: the service's task definition
 * becomes a one-off migration task with the new image; exit 0 lets the deploy go on, anything
 * else stops it with the exit code and the log stream; the migration revision never outlives the
 * run.
 */
class LitellmMigrateScriptTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "azure-devops/scripts/litellm-migrate.sh";
  private static final String TAG = "v1.84.0-stable-0123456789ab";
  private static final String MIGRATION_ARN =
      "arn:aws:ecs:us-east-1:123456789012:task-definition/dev-litellm-migrate:1";
  private static final String TASK_ARN =
      "arn:aws:ecs:us-east-1:123456789012:task/dev-litellm-cluster/0a1b2c3d4e5f";
  private static final String SERVICE = """
      {"services": [{"status": "ACTIVE", "serviceName": "dev-litellm-service",
        "taskDefinition": "arn:aws:ecs:us-east-1:123456789012:task-definition/dev-litellm-proxy:7",
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-a", "subnet-b"],
          "securityGroups": ["sg-ecs"], "assignPublicIp": "DISABLED"}}}], "failures": []}""";
  private static final String SERVING = """
      {"taskDefinition": {"family": "dev-litellm-proxy", "revision": 7, "status": "ACTIVE",
        "taskRoleArn": "arn:aws:iam::123456789012:role/dev-task",
        "executionRoleArn": "arn:aws:iam::123456789012:role/dev-execution",
        "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
        "cpu": "2048", "memory": "4096",
        "containerDefinitions": [{"name": "litellm-proxy",
          "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/dev-litellm-proxy:v1.74.9-old",
          "essential": true, "portMappings": [{"containerPort": 4000}],
          "healthCheck": {"command": ["CMD", "python3", "-c", "probe"]},
          "environment": [{"name": "DISABLE_SCHEMA_UPDATE", "value": "true"},
                          {"name": "LITELLM_MODE", "value": "PRODUCTION"}],
          "secrets": [{"name": "DATABASE_URL", "valueFrom": "arn:secret:DATABASE_URL::"}],
          "logConfiguration": {"logDriver": "awslogs", "options": {
            "awslogs-group": "/ecs/dev-litellm-proxy", "awslogs-stream-prefix": "ecs"}}}]}}""";

  @TempDir
  Path dir;

  private FakeAwsCli aws;

  @BeforeEach
  void fake() {
    aws = new FakeAwsCli(dir)
        .answers("ecs", "describe-services", SERVICE)
        .answers("ecs", "describe-task-definition", SERVING)
        .answers("ecs", "register-task-definition", MIGRATION_ARN + "\n")
        .answers("ecs", "run-task", TASK_ARN + "\n")
        .answers("ecs", "wait", "")
        .answers("ecs", "deregister-task-definition", "INACTIVE\n")
        .answers("ecs", "delete-task-definitions", "DELETE_IN_PROGRESS\n");
  }

  private static String stopped(String exitCode, String reason) {
    return """
        {"tasks": [{"taskArn": "%s", "lastStatus": "STOPPED", "stoppedReason": "%s",
          "containers": [{"name": "litellm-proxy"%s}]}]}""".formatted(TASK_ARN, reason,
        exitCode == null ? "" : ", \"exitCode\": " + exitCode);
  }

  private void assertCleanedUp() {
    List<String> calls = aws.calls();
    assertThat(calls).filteredOn(c -> c.startsWith("ecs deregister-task-definition"))
        .singleElement().asString().contains(MIGRATION_ARN);
    assertThat(calls).filteredOn(c -> c.startsWith("ecs delete-task-definitions"))
        .singleElement().asString().contains(MIGRATION_ARN);
  }

  @Test
  void aSuccessfulMigrationRunsTheNewImageOnceInTheServicesNetworkAndCleansUp() throws Exception {
    aws.answers("ecs", "describe-tasks", stopped("0", "Essential container in task exited"));

    var result = aws.run(SCRIPT, "dev", TAG);

    assertThat(result.exitCode()).as(result.stderr() + result.stdout()).isZero();
    assertThat(result.stdout()).contains("Migrations: task 0a1b2c3d4e5f exited 0 (log group"
        + " /ecs/dev-litellm-proxy, log stream ecs/litellm-proxy/0a1b2c3d4e5f)");
    JsonNode registered = JSON.readTree(aws.input("ecs", "register-task-definition"));
    assertThat(registered.path("family").asText()).isEqualTo("dev-litellm-migrate");
    assertThat(registered.path("taskRoleArn").asText()).endsWith("role/dev-task");
    assertThat(registered.path("executionRoleArn").asText()).endsWith("role/dev-execution");
    assertThat(registered.path("cpu").asText()).isEqualTo("2048");
    JsonNode container = registered.path("containerDefinitions").get(0);
    assertThat(container.path("image").asText())
        .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/dev-litellm-proxy:" + TAG);
    assertThat(container.path("command").toString()).isEqualTo("[\"--skip_server_startup\"]");
    assertThat(container.path("environment").toString())
        .contains("{\"name\":\"DISABLE_SCHEMA_UPDATE\",\"value\":\"false\"}",
            "{\"name\":\"USE_PRISMA_MIGRATE\",\"value\":\"True\"}",
            "{\"name\":\"LITELLM_MODE\",\"value\":\"PRODUCTION\"}")
        .doesNotContain("{\"name\":\"DISABLE_SCHEMA_UPDATE\",\"value\":\"true\"}");
    assertThat(container.has("healthCheck")).isFalse();
    assertThat(container.has("portMappings")).isFalse();
    assertThat(container.path("secrets").toString()).contains("DATABASE_URL");
    assertThat(aws.calls()).filteredOn(c -> c.startsWith("ecs run-task")).singleElement()
        .asString().contains("--launch-type FARGATE", "--task-definition " + MIGRATION_ARN,
            "\"subnets\":[\"subnet-a\",\"subnet-b\"]", "\"securityGroups\":[\"sg-ecs\"]");
    assertThat(aws.calls()).anyMatch(c -> c.startsWith("ecs wait tasks-stopped --cluster"
        + " dev-litellm-cluster --tasks " + TASK_ARN));
    assertCleanedUp();
  }

  @Test
  void aNonZeroExitFailsTheStepWithTheExitCodeAndTheLogStreamAndStillCleansUp() {
    aws.answers("ecs", "describe-tasks", stopped("3", "Essential container in task exited"));

    var result = aws.run(SCRIPT, "dev", TAG);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout()).contains("##vso[task.logissue type=error]the migration task"
        + " 0a1b2c3d4e5f exited with code 3 (Essential container in task exited); log group"
        + " /ecs/dev-litellm-proxy, log stream ecs/litellm-proxy/0a1b2c3d4e5f;"
        + " dev-litellm-stack is not deployed");
    assertCleanedUp();
  }

  @Test
  void aTaskThatStopsWithoutAnExitCodeFailsTheStepWithItsStopReason() {
    aws.answers("ecs", "describe-tasks", stopped(null, "CannotPullContainerError: pull image"
        + " manifest has been retried 5 time(s)"));

    var result = aws.run(SCRIPT, "dev", TAG);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout()).contains("stopped without an exit code (CannotPullContainerError");
    assertCleanedUp();
  }

  @Test
  void withoutAnActiveServiceNothingIsRegisteredOrRun() {
    aws.answers("ecs", "describe-services",
        "{\"services\": [], \"failures\": [{\"reason\": \"MISSING\"}]}");

    var result = aws.run(SCRIPT, "dev", TAG);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout()).contains("dev-litellm-service in dev-litellm-cluster is not active");
    assertThat(aws.calls()).noneMatch(c -> c.startsWith("ecs register-task-definition")
        || c.startsWith("ecs run-task"));
  }
}
