package org.llmgateway.cfn.generators.stack.litellm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.llmgateway.cfn.generators.deploy.DeployException;
import org.llmgateway.cfn.generators.deploy.DeployPlan;
import org.llmgateway.cfn.generators.deploy.PlannedStack;
import org.llmgateway.cfn.generators.deploy.StackRollout;
import org.llmgateway.cfn.generators.stack.SharedNames;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Container;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.HealthCheck;
import software.amazon.awssdk.services.ecs.model.KeyValuePair;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/**
 * LiteLLM's database migrations, once per deploy, before the litellm service is updated to a new
 * image. Serving tasks never change the schema ({@code DISABLE_SCHEMA_UPDATE=true}); instead a
 * one-off Fargate task with the NEW image runs {@code litellm --skip_server_startup} with
 * {@code DISABLE_SCHEMA_UPDATE=false}, which applies the migrations and exits without starting
 * the gateway: LiteLLM's documented migration job ("Database Migrations - Run the migration job",
 * docs.litellm.ai/docs/proxy/database_migrations, checked 2026-12-01; the official Helm chart's
 * migrations-job.yaml likewise forces {@code DISABLE_SCHEMA_UPDATE=false}).
 * {@code USE_PRISMA_MIGRATE=True} makes releases that still default to {@code prisma db push}
 * use {@code prisma migrate deploy} (LiteLLM's environment variable reference, checked
 * 2026-12-01), which never drops a column a newer release added.
 *
 * <p>The task is the service's own task definition with the new image, the migration command and
 * environment, no port and no health check (there is no server to probe), registered in its own
 * family {@code <env>-litellm-migrate} and deregistered and deleted afterwards, so nothing is left
 * behind. It runs on FARGATE (not Spot: an interrupted migration is worse than a dearer one) in
 * the service's subnets and security groups, with the same roles and log group. A non-zero exit
 * code, or a task that stops without one, stops the deploy before the litellm stack changes and
 * names the exit code and the CloudWatch log stream.
 *
 * <p>A litellm stack that does not exist yet is first created with DesiredCount and MinCapacity
 * 0 (the image's repository belongs to the stack, and no task may start before the migrations),
 * then migrated, then deployed with its real counts. Skipped when the deployed stack already runs
 * this image with tasks (its migrations ran before those tasks), and when the deploy leaves the
 * service with no tasks (nothing runs the image yet; the deploy that starts tasks migrates).
 */
public final class SchemaMigration implements StackRollout {

  /** Task definition family of the migration task: {@code <env>-litellm-migrate}. */
  public static final String FAMILY_SUFFIX = "-litellm-migrate";
  /** Appended to the image's entrypoint ({@code litellm}): migrate, then exit. */
  public static final List<String> COMMAND = List.of("--skip_server_startup");
  /** Set on the migration container, over whatever the service's container sets. */
  public static final Map<String, String> ENVIRONMENT = Map.of(
      "DISABLE_SCHEMA_UPDATE", "false",
      "USE_PRISMA_MIGRATE", "True");

  private static final Set<String> NOT_CREATED = Set.of("ROLLBACK_COMPLETE", "REVIEW_IN_PROGRESS");

  @Override
  public void beforeDeploy(PlannedStack stack, DeployPlan plan, StackDeployer deployer) {
    if (!stack.name().equals(LiteLlmExports.STACK)) {
      return;
    }
    String desired = LiteLlmStack.DESIRED_COUNT.logicalId();
    String minimum = LiteLlmStack.MIN_CAPACITY.logicalId();
    String imageTag = stack.value(LiteLlmStack.IMAGE_TAG.logicalId()).orElseThrow(() ->
        new DeployException(stack.stackName() + ": ImageTag has no value, so the migration "
            + "task cannot know its image"));
    if (isZero(stack.value(desired)) && isZero(stack.value(minimum))) {
      plan.say("Migrations: " + stack.stackName() + " is deployed with no tasks, so no task runs "
          + imageTag + " yet; the deploy that starts tasks runs the migrations first");
      return;
    }
    boolean created = stack.existing()
        .filter(s -> !NOT_CREATED.contains(s.stackStatusAsString())).isPresent();
    if (!created) {
      plan.say("Migrations: " + stack.stackName() + " does not exist yet: creating it with no "
          + "tasks first, so that the migrations run before any task starts");
      deployer.deploy(Map.of(desired, "0", minimum, "0"));
    } else if (stack.deployedValue(LiteLlmStack.IMAGE_TAG.logicalId())
        .filter(imageTag::equals).isPresent() && !isZero(stack.deployedValue(desired))) {
      plan.say("Migrations: " + stack.stackName() + " already runs " + imageTag
          + " with tasks, so its migrations ran before them; not run again");
      return;
    }
    try (EcsClient ecs = plan.target().client(EcsClient.builder())) {
      new MigrationRun(ecs, plan, stack.stackName(), imageTag).run();
    }
  }

  /**
   * The serving container turned into the migration container: the new image, the migration
   * command and environment, essential, and no port or health check (there is no server).
   */
  public static ContainerDefinition migrationContainer(ContainerDefinition serving,
      String imageTag) {
    List<KeyValuePair> environment = new ArrayList<>();
    serving.environment().stream()
        .filter(variable -> !ENVIRONMENT.containsKey(variable.name()))
        .forEach(environment::add);
    ENVIRONMENT.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> environment.add(KeyValuePair.builder()
            .name(e.getKey()).value(e.getValue()).build()));
    return serving.toBuilder()
        .image(withTag(serving.image(), imageTag))
        .command(COMMAND)
        .environment(environment)
        .essential(true)
        .portMappings(List.of())
        .healthCheck((HealthCheck) null)
        .build();
  }

  /** The image reference with its tag (and any digest) replaced by {@code tag}. */
  static String withTag(String image, String tag) {
    int slash = image.lastIndexOf('/');
    int digest = image.indexOf('@', slash + 1);
    String name = digest >= 0 ? image.substring(0, digest) : image;
    int colon = name.lastIndexOf(':');
    return (colon > slash ? name.substring(0, colon) : name) + ":" + tag;
  }

  private static boolean isZero(Optional<String> count) {
    return count.map(String::trim).filter("0"::equals).isPresent();
  }

  /** One migration task: register, run, wait, report, clean up. */
  private static final class MigrationRun {
    private final EcsClient ecs;
    private final DeployPlan plan;
    private final String stackName;
    private final String imageTag;
    private final String cluster;
    private final String service;

    MigrationRun(EcsClient ecs, DeployPlan plan, String stackName, String imageTag) {
      this.ecs = ecs;
      this.plan = plan;
      this.stackName = stackName;
      this.imageTag = imageTag;
      this.cluster = plan.environment() + SharedNames.CLUSTER_SUFFIX;
      this.service = plan.environment() + SharedNames.SERVICE_SUFFIX;
    }

    void run() {
      Service current = currentService();
      TaskDefinition serving = ecs.describeTaskDefinition(r -> r
          .taskDefinition(current.taskDefinition())).taskDefinition();
      ContainerDefinition container = essentialContainer(serving);
      ContainerDefinition migration = migrationContainer(container, imageTag);
      String family = plan.environment() + FAMILY_SUFFIX;
      TaskDefinition registered = ecs.registerTaskDefinition(r -> r
          .family(family)
          .taskRoleArn(serving.taskRoleArn())
          .executionRoleArn(serving.executionRoleArn())
          .networkMode(serving.networkMode())
          .requiresCompatibilitiesWithStrings(serving.requiresCompatibilitiesAsStrings())
          .cpu(serving.cpu())
          .memory(serving.memory())
          .runtimePlatform(serving.runtimePlatform())
          .containerDefinitions(migration)).taskDefinition();
      String arn = registered.taskDefinitionArn();
      plan.say("Migrations: running " + migration.image() + " once (" + family + ":"
          + registered.revision() + ") before " + stackName + " is deployed");
      try {
        Task stopped = runAndWait(arn, current);
        report(stopped, migration);
      } finally {
        cleanUp(arn);
      }
    }

    private Service currentService() {
      var answer = ecs.describeServices(r -> r.cluster(cluster).services(service));
      return answer.services().stream()
          .filter(s -> "ACTIVE".equals(s.status()))
          .findFirst()
          .orElseThrow(() -> new DeployException(stackName + ": service " + service + " in "
              + cluster + " is not active (" + answer.failures() + "), so the migration task "
              + "has no task definition or network to start from; the stack was not updated"));
    }

    private ContainerDefinition essentialContainer(TaskDefinition serving) {
      return serving.containerDefinitions().stream()
          .filter(c -> c.name().equals(SharedNames.CONTAINER_NAME))
          .findFirst()
          .or(() -> serving.containerDefinitions().stream()
              .filter(c -> !Boolean.FALSE.equals(c.essential())).findFirst())
          .orElseThrow(() -> new DeployException(stackName + ": task definition "
              + serving.taskDefinitionArn() + " has no essential container to migrate with"));
    }

    private Task runAndWait(String taskDefinitionArn, Service current) {
      var started = ecs.runTask(r -> {
        r.cluster(cluster).taskDefinition(taskDefinitionArn).count(1)
            .launchType(LaunchType.FARGATE).startedBy("litellm-cfn-deploy");
        if (current.networkConfiguration() != null) {
          r.networkConfiguration(current.networkConfiguration());
        }
      });
      if (started.tasks().isEmpty()) {
        throw new DeployException(stackName + ": the migration task did not start: "
            + started.failures() + "; the stack was not updated");
      }
      String taskArn = started.tasks().get(0).taskArn();
      Instant deadline = Instant.now().plus(plan.polling().timeout());
      while (true) {
        Task task = ecs.describeTasks(r -> r.cluster(cluster).tasks(taskArn)).tasks().get(0);
        if ("STOPPED".equals(task.lastStatus())) {
          return task;
        }
        if (Instant.now().isAfter(deadline)) {
          ecs.stopTask(r -> r.cluster(cluster).task(taskArn)
              .reason("litellm-cfn deploy stopped waiting for the migrations"));
          throw new DeployException(stackName + ": the migration task " + taskId(taskArn)
              + " was still " + task.lastStatus() + " after "
              + plan.polling().timeout().toMinutes() + " min and was stopped; the stack was not"
              + " updated");
        }
        pause();
      }
    }

    private void report(Task task, ContainerDefinition migration) {
      Optional<Container> container = task.containers().stream()
          .filter(c -> c.name().equals(migration.name())).findFirst();
      Integer exitCode = container.map(Container::exitCode).orElse(null);
      String logStream = logStream(migration, task.taskArn());
      if (exitCode != null && exitCode == 0) {
        plan.say("Migrations: task " + taskId(task.taskArn()) + " exited 0 (" + logStream + ")");
        return;
      }
      String reason = Optional.ofNullable(task.stoppedReason()).filter(s -> !s.isBlank())
          .or(() -> container.map(Container::reason)).orElse("no reason given");
      throw new DeployException(stackName + ": the migration task " + taskId(task.taskArn())
          + " with " + migration.image() + " "
          + (exitCode == null ? "stopped without an exit code" : "exited with code " + exitCode)
          + " (" + reason + "); " + logStream + "; " + stackName + " was not updated"
          + (reason.contains("CannotPullContainer")
              ? " (push the image to the repository first, see docs/deploy.md)" : ""));
    }

    /** awslogs names the stream {@code <prefix>/<container>/<task id>}. */
    private static String logStream(ContainerDefinition container, String taskArn) {
      var logs = container.logConfiguration();
      if (logs == null || !"awslogs".equals(logs.logDriverAsString())) {
        return "no awslogs log configuration";
      }
      String group = logs.options().get("awslogs-group");
      String prefix = logs.options().get("awslogs-stream-prefix");
      return "log group " + group + ", log stream "
          + (prefix == null ? "" : prefix + "/" + container.name() + "/") + taskId(taskArn);
    }

    private static String taskId(String taskArn) {
      return taskArn.substring(taskArn.lastIndexOf('/') + 1);
    }

    /** Deregistered and deleted: a migration revision must not outlive its run. */
    private void cleanUp(String taskDefinitionArn) {
      try {
        ecs.deregisterTaskDefinition(r -> r.taskDefinition(taskDefinitionArn));
        ecs.deleteTaskDefinitions(r -> r.taskDefinitions(taskDefinitionArn));
      } catch (RuntimeException e) {
        plan.say("WARNING: could not deregister and delete " + taskDefinitionArn + ": "
            + e.getMessage() + " (delete it by hand: aws ecs deregister-task-definition and "
            + "delete-task-definitions)");
      }
    }

    private void pause() {
      try {
        Thread.sleep(plan.polling().interval().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeployException("Interrupted while waiting for the migration task");
      }
    }
  }
}
