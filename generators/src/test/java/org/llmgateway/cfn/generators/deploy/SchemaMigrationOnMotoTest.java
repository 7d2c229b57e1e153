package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.CapturesStandardStreams;
import org.llmgateway.cfn.generators.cli.LiteLlmCfn;
import org.llmgateway.cfn.generators.stack.database.RdsEngineCheck;
import org.llmgateway.cfn.generators.stack.litellm.SchemaMigration;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/**
 * The migrations run once per deploy, before the litellm stack changes: a one-off ECS task with
 * the new image, on moto_server through the launcher, which stops a {@code -litellm-migrate} task
 * at once with exit code 0, or N when the image tag ends in {@code -moto-exit-N}.
 */
@CapturesStandardStreams
@OnMotoServer
class SchemaMigrationOnMotoTest {

  private static final String GOOD_TAG = "v1.84.0-moto-0123456789ab";
  private static final String FAILING_TAG = "v1.84.0-moto-exit-3";
  /** Every line of the litellm stack's work, its migration included, starts so. */
  private static final String LITELLM = "[dev-litellm-stack] ";

  private static final Pattern TASK_LINE =
      Pattern.compile("\\[dev-litellm-stack] Migrations: task (\\S+) exited 0 \\(log group (\\S+), log stream (\\S+)\\)");

  private final MotoServer moto;
  private final CloudFormationClient cloudFormation;
  private final EcsClient ecs;
  private final List<String> printed = new ArrayList<>();
  private GeneratedStacks stacks;

  SchemaMigrationOnMotoTest(MotoServer moto) {
    this.moto = moto;
    this.cloudFormation = moto.target().cloudFormation();
    this.ecs = moto.target().client(EcsClient.builder());
  }

  @BeforeEach
  void freshAccount() {
    moto.reset();
    stacks = GeneratedStacks.load(CheckedInStacksOnMoto.repositoryRoot(), "dev");
  }

  @AfterEach
  void closeClients() {
    cloudFormation.close();
    ecs.close();
  }

  private List<StackResult> deploy(String imageTag, List<String> only) {
    Map<String, String> overrides = new LinkedHashMap<>();
    overrides.put("ImageTag", imageTag);
    if (only.isEmpty() || only.contains("database")) {
      // the pre-flight's test data offers 15.15, whatever the parameter file pins today
      overrides.put("DbEngineVersion", "15.15");
    }
    return new Deployment(cloudFormation, CheckedInStacksOnMoto.FAST, printed::add)
        .withExtensions(new DeployExtensions(List.of(new RdsEngineCheck()),
            List.of(new SchemaMigration())), moto.target())
        .deploy(stacks, DeployOptions.defaults()
            .withStacks(only)
            .withOverrides(overrides)
            .withEnvironmentVariables(CheckedInStacksOnMoto.secretVariables(stacks))
            .withMethod(DeployMethod.DIRECT));
  }

  private Stack litellmStack() {
    return cloudFormation.describeStacks(r -> r.stackName("dev-litellm-stack")).stacks().get(0);
  }

  private static String parameter(Stack stack, String key) {
    return stack.parameters().stream().filter(p -> p.parameterKey().equals(key))
        .map(Parameter::parameterValue).findFirst().orElseThrow();
  }

  private int indexOf(String start) {
    for (int i = 0; i < printed.size(); i++) {
      if (printed.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starting with '" + start + "' in " + printed);
  }

  private List<String> activeMigrationDefinitions() {
    return ecs.listTaskDefinitions(r -> r.familyPrefix("dev" + SchemaMigration.FAMILY_SUFFIX)
        .status(TaskDefinitionStatus.ACTIVE)).taskDefinitionArns();
  }

  @Test
  void aFirstDeployCreatesTheServiceWithNoTasksMigratesWithTheNewImageThenStartsTasks() {
    var results = deploy(GOOD_TAG, List.of());

    int created = indexOf(LITELLM + "Migrations: dev-litellm-stack does not exist yet: creating it with no"
        + " tasks first");
    int bootstrap = indexOf(LITELLM + "CREATED");
    int migrated = indexOf(LITELLM + "Migrations: task ");
    int updated = indexOf(LITELLM + "UPDATED");
    assertThat(created).isLessThan(bootstrap);
    assertThat(bootstrap).isLessThan(migrated);
    assertThat(migrated).isLessThan(updated);
    // the observability stack (wave 4) follows; the litellm stack is the last one before it
    assertThat(results).last().extracting(StackResult::stackName)
        .isEqualTo("dev-observability-stack");
    assertThat(results.get(results.size() - 2)).satisfies(r -> {
      assertThat(r.stackName()).isEqualTo("dev-litellm-stack");
      assertThat(r.outcome()).isEqualTo(StackResult.Outcome.UPDATED);
    });
    assertThat(parameter(litellmStack(), "DesiredCount")).isEqualTo("1");
    assertThat(parameter(litellmStack(), "ImageTag")).isEqualTo(GOOD_TAG);

    Matcher line = TASK_LINE.matcher(printed.get(migrated));
    assertThat(line.matches()).as(printed.get(migrated)).isTrue();
    assertThat(line.group(2)).isEqualTo("/ecs/dev-litellm-proxy");
    assertThat(line.group(3)).isEqualTo("ecs/litellm-proxy/" + line.group(1));
    Task task = ecs.describeTasks(r -> r.cluster("dev-litellm-cluster").tasks(line.group(1)))
        .tasks().get(0);
    assertThat(task.lastStatus()).isEqualTo("STOPPED");
    assertThat(task.launchTypeAsString()).isEqualTo("FARGATE");
    assertThat(task.containers()).singleElement().satisfies(c -> {
      assertThat(c.image()).endsWith("dev-litellm-proxy:" + GOOD_TAG);
      assertThat(c.exitCode()).isZero();
    });
    // deregistered and deleted after the run, so it is no longer there to describe
    assertThatThrownBy(() -> ecs.describeTaskDefinition(r -> r
        .taskDefinition(task.taskDefinitionArn()))).isInstanceOf(ClientException.class);
    assertThat(activeMigrationDefinitions()).as("migration revisions left behind").isEmpty();
  }

  @Test
  void theMigrationContainerIsTheServingContainerWithTheNewImageTheMigrationCommandAndNoProbe() {
    deploy(GOOD_TAG, List.of());
    var service = ecs.describeServices(r -> r.cluster("dev-litellm-cluster")
        .services("dev-litellm-service")).services().get(0);
    var serving = ecs.describeTaskDefinition(r -> r.taskDefinition(service.taskDefinition()))
        .taskDefinition().containerDefinitions().get(0);

    var migration = SchemaMigration.migrationContainer(serving, "v9.9.9-next");

    assertThat(serving.healthCheck()).isNotNull();
    assertThat(migration.image()).isEqualTo(serving.image().replace(":" + GOOD_TAG, ":v9.9.9-next"));
    assertThat(migration.command()).containsExactly("--skip_server_startup");
    assertThat(migration.environment()).extracting(KeyValuePair::name, KeyValuePair::value)
        .contains(tuple("DISABLE_SCHEMA_UPDATE", "false"), tuple("USE_PRISMA_MIGRATE", "True"))
        .doesNotContain(tuple("DISABLE_SCHEMA_UPDATE", "true"));
    assertThat(migration.healthCheck()).isNull();
    assertThat(migration.portMappings()).isEmpty();
    assertThat(migration.essential()).isTrue();
    assertThat(migration.secrets()).isEqualTo(serving.secrets())
        .anySatisfy(s -> assertThat(s.name()).isEqualTo("DATABASE_URL"));
    assertThat(migration.logConfiguration()).isEqualTo(serving.logConfiguration());
  }

  @Test
  void aFailingMigrationStopsTheDeployWithExitCodeAndLogStreamAndTheStackIsNotUpdated() {
    deploy(GOOD_TAG, List.of());
    Stack before = litellmStack();
    printed.clear();

    assertThatThrownBy(() -> deploy(FAILING_TAG, List.of("litellm")))
        .isInstanceOf(DeployException.class)
        .hasMessageMatching("dev-litellm-stack: the migration task \\S+ with \\S+:" + FAILING_TAG
            + " exited with code 3 \\(Essential container in task exited\\); log group"
            + " /ecs/dev-litellm-proxy, log stream ecs/litellm-proxy/\\S+;"
            + " dev-litellm-stack was not updated");

    Stack after = litellmStack();
    assertThat(parameter(after, "ImageTag")).isEqualTo(GOOD_TAG);
    assertThat(after.stackStatusAsString()).isEqualTo(before.stackStatusAsString());
    assertThat(after.lastUpdatedTime()).isEqualTo(before.lastUpdatedTime());
    assertThat(printed).noneMatch(l -> l.startsWith(LITELLM + "== dev-litellm-stack"));
    assertThat(activeMigrationDefinitions()).as("migration revisions left behind").isEmpty();
  }

  @Test
  void theSameImageAlreadyRunningWithTasksIsNotMigratedAgain() {
    deploy(GOOD_TAG, List.of());
    printed.clear();

    deploy(GOOD_TAG, List.of("litellm"));

    assertThat(printed).contains(LITELLM + "Migrations: dev-litellm-stack already runs " + GOOD_TAG
        + " with tasks, so its migrations ran before them; not run again");
    assertThat(printed).noneMatch(l -> l.startsWith(LITELLM + "Migrations: task "));
  }

  @Test
  void theCommandExitsOneWhenTheFirstMigrationFailsAndTheServiceKeepsNoTasks() {
    var err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = LiteLlmCfn.run("deploy", "--env", "dev", "--method", "DIRECT",
          "--parameter", "ImageTag=" + FAILING_TAG, "--parameter", "DbEngineVersion=15.15",
          "--parameter", "OpenAiApiKey=cli-secret", "--parameter", "AnthropicApiKey=cli-secret",
          "--root", CheckedInStacksOnMoto.repositoryRoot().toString(),
          "--region", MotoServer.REGION, "--endpoint-url", moto.endpoint().toString());
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("FAILED: dev-litellm-stack: the migration task ")
        .contains("exited with code 3", "log stream ecs/litellm-proxy/",
            "dev-litellm-stack was not updated")
        .doesNotContain("cli-secret");
    assertThat(parameter(litellmStack(), "DesiredCount")).isEqualTo("0");
    assertThat(parameter(litellmStack(), "MinCapacity")).isEqualTo("0");
  }
}
