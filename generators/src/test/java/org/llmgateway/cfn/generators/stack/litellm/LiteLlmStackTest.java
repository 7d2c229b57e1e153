package org.llmgateway.cfn.generators.stack.litellm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.llmgateway.cfn.generators.stack.Names;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.TemplateJson;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import org.llmgateway.cfn.generators.stack.alb.AlbExports;
import org.llmgateway.cfn.generators.stack.database.DatabaseExports;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.generators.stack.cache.CacheExports;
import org.llmgateway.cfn.generators.validate.ReferenceRules;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.generators.validate.Finding;
import org.llmgateway.cfn.generators.validate.TemplateSource;
import org.llmgateway.cfn.generators.validate.Validator;
import org.llmgateway.cfn.resource.applicationautoscaling.ScalableTarget;
import org.llmgateway.cfn.resource.applicationautoscaling.ScalingPolicy;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.ecr.Repository;
import org.llmgateway.cfn.resource.ecs.Cluster;
import org.llmgateway.cfn.resource.ecs.ClusterCapacityProviderAssociations;
import org.llmgateway.cfn.resource.ecs.Service;
import org.llmgateway.cfn.resource.ecs.TaskDefinition;
import org.llmgateway.cfn.resource.logs.LogGroup;

class LiteLlmStackTest {

  private static final LiteLlmStack STACK = new LiteLlmStack();
  private static final Template TEMPLATE = STACK.template();
  private static final Parameter ENV = LiteLlmStack.ENVIRONMENT;

  private static <R extends Resource> R only(Class<R> type) {
    List<R> found = all(type);
    assertThat(found).as("resources of type %s", type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private static <R extends Resource> List<R> all(Class<R> type) {
    return TEMPLATE.resources(type);
  }

  private static JsonNode json(Expr expr) {
    return expr.toJson();
  }

  /** A property as CloudFormation receives it: nested values are read as their JSON. */
  private static JsonNode json(java.util.Optional<Expr> property) {
    return property.orElseThrow(() -> new AssertionError("property not set")).toJson();
  }

  private static Expr importOf(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX));
  }

  private static JsonNode imported(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX)).toJson();
  }

  /** The proxy's log group; the master-key rotation function has its own (MasterKeyRotationTest). */
  private static LogGroup taskLogGroup() {
    return all(LogGroup.class).stream().filter(g -> g.logicalId().equals("TaskLogGroup"))
        .findFirst().orElseThrow(() -> new AssertionError("no TaskLogGroup"));
  }

  private static JsonNode container() {
    return json(only(TaskDefinition.class).containerDefinitions()).get(0);
  }

  /** The Name of each item of a list of objects (environment variables, secrets). */
  private static List<String> names(JsonNode list) {
    List<String> names = new java.util.ArrayList<>();
    list.forEach(item -> names.add(unconditional(item).path("Name").asText()));
    return names;
  }

  /**
   * An item as the tasks see it with redis on: the true branch of an {@code Fn::If} on
   * RedisEnabled (whose false branch must be AWS::NoValue), else the item itself.
   */
  private static JsonNode unconditional(JsonNode item) {
    JsonNode branches = item.path("Fn::If");
    if (branches.isMissingNode()) {
      return item;
    }
    assertThat(branches.get(0).asText()).isEqualTo("RedisEnabled");
    assertThat(branches.get(2).path("Ref").asText()).isEqualTo("AWS::NoValue");
    return branches.get(1);
  }

  /** The names of the items only present with redis on. */
  private static List<String> onlyWithRedis(JsonNode list) {
    List<String> names = new java.util.ArrayList<>();
    list.forEach(item -> {
      if (item.has("Fn::If")) {
        names.add(unconditional(item).path("Name").asText());
      }
    });
    return names;
  }

  /** The Key of each tag. */
  private static List<String> keys(JsonNode tags) {
    List<String> keys = new java.util.ArrayList<>();
    tags.forEach(tag -> keys.add(tag.path("Key").asText()));
    return keys;
  }

  private static List<String> texts(JsonNode list) {
    List<String> texts = new java.util.ArrayList<>();
    list.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static Alarm alarm(String logicalId) {
    return all(Alarm.class).stream()
        .filter(a -> a.logicalId().equals(logicalId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no alarm " + logicalId));
  }

  private static ScalingPolicy policy(String metric) {
    List<ScalingPolicy> policies = all(ScalingPolicy.class).stream()
        .filter(p -> json(p.targetTrackingScalingPolicyConfiguration())
            .at("/PredefinedMetricSpecification/PredefinedMetricType").asText().equals(metric))
        .toList();
    assertThat(policies).hasSize(1);
    return policies.get(0);
  }

  private static Map<String, String> values(EnvironmentConfig environment) {
    return STACK.parameterValues(environment).entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().logicalId(), Map.Entry::getValue));
  }

  @Test
  void isFoundOnTheClasspathAsTheLitellmStack() {
    assertThat(StackCatalog.discover()).anySatisfy(g -> assertThat(g).isInstanceOf(LiteLlmStack.class));
    assertThat(STACK.name()).isEqualTo("litellm");
    assertThat(STACK.templateFileName()).isEqualTo("litellm-stack.yaml");
  }

  @Nested
  @DisplayName("task definition")
  class TaskDefinitionTests {

    @Test
    @DisplayName("the task is {env}-litellm-proxy with 512 CPU and 1024 MB by default and in dev")
    void sizeAndFamily() {
      TaskDefinition task = only(TaskDefinition.class);
      assertThat(task.family())
          .contains(Fn.sub(Names.PREFIX, "-litellm-proxy"));
      assertThat(task.cpu()).contains(LiteLlmStack.TASK_CPU.ref());
      assertThat(task.memory())
          .contains(LiteLlmStack.TASK_MEMORY.ref());
      assertThat(LiteLlmStack.TASK_CPU.defaultValue()).contains("512");
      assertThat(LiteLlmStack.TASK_MEMORY.defaultValue()).contains("1024");
      assertThat(values(Environments.DEV))
          .containsEntry("TaskCpu", "512")
          .containsEntry("TaskMemory", "1024");
    }

    @Test
    @DisplayName("the task runs on Fargate in awsvpc mode on Linux x86_64 with roles from security")
    void platformAndRoles() {
      TaskDefinition task = only(TaskDefinition.class);
      assertThat(task.networkMode()).contains(Expr.of("awsvpc"));
      assertThat(texts(json(task.requiresCompatibilities()))).containsExactly("FARGATE");
      JsonNode platform = json(task.runtimePlatform());
      assertThat(platform.path("OperatingSystemFamily").asText()).isEqualTo("LINUX");
      assertThat(platform.path("CpuArchitecture").asText()).isEqualTo("X86_64");
      assertThat(task.executionRoleArn())
          .contains(importOf(SecurityExports.TASK_EXECUTION_ROLE_ARN));
      assertThat(task.taskRoleArn())
          .contains(importOf(SecurityExports.TASK_ROLE_ARN));
    }

    @Test
    @DisplayName("the container litellm-proxy listens on port 4000")
    void containerPort() {
      assertThat(container().path("Name").asText()).isEqualTo("litellm-proxy");
      assertThat(container().path("Essential").isBoolean()).isTrue();
      assertThat(container().path("Essential").asBoolean()).isTrue();
      assertThat(container().path("PortMappings")).singleElement()
          .satisfies(p -> assertThat(p.path("ContainerPort").intValue()).isEqualTo(4000));
    }

    @Test
    @DisplayName("the container checks /health/liveliness every 30 s, 10 s timeout, 5 retries, 180 s start")
    void healthCheckNumbers() {
      JsonNode check = container().path("HealthCheck");
      assertThat(check.path("Interval").intValue()).isEqualTo(30);
      assertThat(check.path("Timeout").intValue()).isEqualTo(10);
      assertThat(check.path("Retries").intValue()).isEqualTo(5);
      assertThat(check.path("StartPeriod").intValue()).isEqualTo(180);
      assertThat(String.join(" ", texts(check.path("Command"))))
          .contains("http://localhost:4000/health/liveliness");
    }

    @Test
    @DisplayName("the health check uses the image's Python, not curl (the image has no curl)")
    void healthCheckWithoutCurl() {
      List<String> command = texts(container().at("/HealthCheck/Command"));
      assertThat(command.get(0)).isIn("CMD", "CMD-SHELL");
      assertThat(command).noneSatisfy(part -> assertThat(part).containsIgnoringCase("curl"));
      assertThat(command).noneSatisfy(part -> assertThat(part).containsIgnoringCase("wget"));
      assertThat(command.get(1)).isEqualTo("python3");
      // a timeout inside the command shorter than the health check's own
      assertThat(command.get(command.size() - 1)).contains("timeout=5");
    }

    @Test
    @DisplayName("the image is the ECR repository's at the ImageTag parameter, pinned by default")
    void imageIsPinned() {
      Repository repository = only(Repository.class);
      assertThat(container().path("Image"))
          .isEqualTo(json(Fn.sub(repository.attrRepositoryUri(), ":", LiteLlmStack.IMAGE_TAG)));
      assertThat(LiteLlmStack.IMAGE_TAG.defaultValue()).contains(SharedNames.LITELLM_VERSION);
      assertThat(SharedNames.LITELLM_VERSION).doesNotContain("latest");
      assertThat(container().path("Image").toString()).doesNotContain("latest");
    }

    @Test
    @DisplayName("the ImageTag parameter refuses floating tags and accepts releases and commit ids")
    void imageTagRefusesFloatingTags() {
      Parameter tag = LiteLlmStack.IMAGE_TAG;
      for (String floating : List.of("latest", "main-latest", "stable", "main", "")) {
        assertThat(tag.violation(floating)).as("tag '%s'", floating).isPresent();
      }
      for (String pinned : List.of(SharedNames.LITELLM_VERSION, "v1.75.0-stable", "3f9c2ab",
          "build-1234")) {
        assertThat(tag.violation(pinned)).as("tag '%s'", pinned).isEmpty();
      }
      assertThat(tag.violation("v1.74.9:latest")).isPresent();
    }

    @Test
    @DisplayName("plain environment: LITELLM_LOG, workers and keep-alive from parameters, STORE_MODEL_IN_DB, PRODUCTION mode, region, no schema updates")
    void plainEnvironment() {
      Map<String, JsonNode> environment = new java.util.HashMap<>();
      container().path("Environment").forEach(item -> {
        JsonNode variable = unconditional(item);
        assertThat(environment.put(variable.path("Name").asText(), variable.path("Value")))
            .as("variable %s set once", variable.path("Name")).isNull();
      });
      // UI_ACCESS_MODE is read by nothing in LiteLLM (the real setting is
      // general_settings.ui_access_mode in docker/config.yaml), so it is gone
      assertThat(environment).containsOnlyKeys(
          "LITELLM_LOG", "STORE_MODEL_IN_DB", "LITELLM_MODE", "AWS_REGION_NAME", "NUM_WORKERS",
          "KEEPALIVE_TIMEOUT", "DISABLE_SCHEMA_UPDATE", "LITELLM_CONFIG_BUCKET_NAME",
          "LITELLM_CONFIG_BUCKET_OBJECT_KEY", "PROXY_CONFIG_VERSION", "REDIS_HOST", "REDIS_PORT",
          "REDIS_SSL", "OTEL_EXPORTER", "OTEL_ENDPOINT", "OTEL_SERVICE_NAME",
          "OTEL_ENVIRONMENT_NAME", "OTEL_TRACES_SAMPLER");
      assertThat(onlyWithRedis(container().path("Environment")))
          .containsExactly("REDIS_HOST", "REDIS_PORT", "REDIS_SSL");
      assertThat(environment.get("REDIS_HOST")).isEqualTo(imported(CacheExports.PRIMARY_ENDPOINT_ADDRESS));
      assertThat(environment.get("REDIS_PORT").asText()).isEqualTo("6379");
      assertThat(environment.get("REDIS_SSL").asText()).isEqualTo("True");
      // the config comes from the bucket, and each recorded version is a new revision
      assertThat(environment.get("LITELLM_CONFIG_BUCKET_NAME"))
          .isEqualTo(imported(SecurityExports.CONFIG_BUCKET_NAME));
      assertThat(environment.get("LITELLM_CONFIG_BUCKET_OBJECT_KEY").path("Ref").asText())
          .isEqualTo("ProxyConfigKey");
      assertThat(environment.get("PROXY_CONFIG_VERSION").path("Ref").asText())
          .isEqualTo("ProxyConfigVersion");
      assertThat(values(Environments.PROD)).containsEntry("Redis", "true")
          .containsEntry("ProxyConfigKey", "litellm/config.yaml")
          .doesNotContainKey("ProxyConfigVersion");
      assertThat(environment.get("LITELLM_LOG")).isEqualTo(json(LiteLlmStack.LOG_LEVEL.ref()));
      assertThat(environment.get("STORE_MODEL_IN_DB").asText()).isEqualToIgnoringCase("true");
      assertThat(environment.get("LITELLM_MODE").asText()).isEqualTo("PRODUCTION");
      assertThat(environment.get("AWS_REGION_NAME")).isEqualTo(json(Fn.region()));
      assertThat(environment.get("NUM_WORKERS")).isEqualTo(json(LiteLlmStack.PROXY_WORKERS.ref()));
      assertThat(environment.get("KEEPALIVE_TIMEOUT"))
          .isEqualTo(json(LiteLlmStack.KEEP_ALIVE_TIMEOUT.ref()));
      // serving tasks never migrate: a one-off task with the new image does, once per deploy
      assertThat(environment.get("DISABLE_SCHEMA_UPDATE").asText()).isEqualTo("true");
    }

    @Test
    @DisplayName("the container stops gracefully: StopTimeout from a parameter, 120 s (Fargate's maximum) everywhere")
    void stopTimeout() {
      assertThat(container().path("StopTimeout")).isEqualTo(json(LiteLlmStack.STOP_TIMEOUT.ref()));
      assertThat(LiteLlmStack.STOP_TIMEOUT.violation("121")).isPresent();
      for (EnvironmentConfig environment : Environments.standard()) {
        assertThat(values(environment)).containsEntry("StopTimeoutSeconds", "120");
      }
    }

    @Test
    @DisplayName("workers and keep-alive per environment: one worker per vCPU, keep-alive above the ALB idle timeout")
    void workersAndKeepAlive() {
      assertThat(values(Environments.DEV)).containsEntry("ProxyWorkers", "1");
      assertThat(values(Environments.STAGING)).containsEntry("ProxyWorkers", "2");
      assertThat(values(Environments.PROD)).containsEntry("ProxyWorkers", "2")
          .containsEntry("TaskCpu", "2048").containsEntry("TaskMemory", "4096");
      for (EnvironmentConfig environment : Environments.standard()) {
        assertThat(Integer.parseInt(values(environment).get("KeepAliveTimeoutSeconds")))
            .isGreaterThan(environment.albIdleTimeoutSeconds());
      }
    }

    @Test
    @DisplayName("LITELLM_LOG is DEBUG only in dev (DEBUG in prod writes prompts to the logs)")
    void logLevelPerEnvironment() {
      assertThat(LiteLlmStack.LOG_LEVEL.defaultValue()).contains("INFO");
      assertThat(values(Environments.DEV)).containsEntry("LiteLlmLogLevel", "DEBUG");
      assertThat(values(Environments.STAGING)).containsEntry("LiteLlmLogLevel", "INFO");
      assertThat(values(Environments.PROD)).containsEntry("LiteLlmLogLevel", "INFO");
    }

    @Test
    @DisplayName("the root file system stays writable: the pinned LiteLLM writes outside /tmp")
    void rootFileSystemDecisionIsExplicit() {
      assertThat(container().path("ReadonlyRootFilesystem").isBoolean()).isTrue();
      assertThat(container().path("ReadonlyRootFilesystem").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("containers log with awslogs to the stack's log group")
    void logsToTheLogGroup() {
      JsonNode logging = container().path("LogConfiguration");
      assertThat(logging.path("LogDriver").asText()).isEqualTo("awslogs");
      assertThat(logging.at("/Options/awslogs-group")).isEqualTo(json(taskLogGroup().ref()));
      assertThat(logging.at("/Options/awslogs-region")).isEqualTo(json(Fn.region()));
      assertThat(logging.path("Options").has("awslogs-stream-prefix")).isTrue();
    }
  }

  @Nested
  @DisplayName("secrets")
  class SecretTests {

    private final Map<String, String[]> expected = Map.of(
        "LITELLM_MASTER_KEY", new String[] {"MasterKeySecretArn", "LITELLM_MASTER_KEY"},
        "UI_USERNAME", new String[] {"UiPasswordSecretArn", "UI_USERNAME"},
        "UI_PASSWORD", new String[] {"UiPasswordSecretArn", "UI_PASSWORD"},
        "OPENAI_API_KEY", new String[] {"ApiKeysSecretArn", "OPENAI_API_KEY"},
        "ANTHROPIC_API_KEY", new String[] {"ApiKeysSecretArn", "ANTHROPIC_API_KEY"},
        "DATABASE_URL", new String[] {"DatabaseSecretArn", "DATABASE_URL"},
        "LITELLM_SALT_KEY", new String[] {"SaltKeySecretArn", "LITELLM_SALT_KEY"},
        "REDIS_PASSWORD", new String[] {"RedisAuthSecretArn", "token"});

    @Test
    @DisplayName("every secret is injected via Secrets with ValueFrom <secret-arn>:<json-key>::")
    void everySecretComesFromSecretsManager() {
      JsonNode secrets = container().path("Secrets");
      assertThat(names(secrets)).containsExactlyInAnyOrderElementsOf(expected.keySet());
      assertThat(onlyWithRedis(secrets)).containsExactly("REDIS_PASSWORD");
      for (JsonNode item : secrets) {
        JsonNode secret = unconditional(item);
        String name = secret.path("Name").asText();
        String[] source = expected.get(name);
        JsonNode sub = secret.path("ValueFrom").get("Fn::Sub");
        assertThat(sub).as(name).isNotNull();
        assertThat(sub.get(0).asText())
            .as(name)
            .isEqualTo("${SecretArn}:" + source[1] + "::");
        assertThat(sub.get(1).get("SecretArn"))
            .as(name)
            .isEqualTo(imported(ExportName.of(SecurityExports.STACK, source[0])));
      }
    }

    @Test
    @DisplayName("no plain environment variable carries a secret")
    void noSecretInPlainEnvironment() {
      var secretNames = names(container().path("Secrets"));
      // the config object's key names an S3 object, it is no credential
      assertThat(names(container().path("Environment")))
          .filteredOn(name -> !name.equals("LITELLM_CONFIG_BUCKET_OBJECT_KEY")).allSatisfy(name -> {
        assertThat(name).isNotIn(secretNames);
        assertThat(name).doesNotContain("KEY", "PASSWORD", "SECRET", "TOKEN",
            "DATABASE_URL", "SALT");
      });
    }

    @Test
    @DisplayName("the secrets come from one table: one entry per variable, no copies")
    void oneTable() {
      assertThat(LiteLlmStack.SECRET_VARIABLES).hasSize(expected.size() - 1);
      assertThat(LiteLlmStack.SECRET_VARIABLES.stream().map(LiteLlmStack.SecretVariable::variable))
          .doesNotHaveDuplicates();
    }
  }

  @Nested
  @DisplayName("log group")
  class LogGroupTests {

    @Test
    @DisplayName("the log group is /ecs/{env}-litellm-proxy, KMS-encrypted with the security key")
    void nameAndEncryption() {
      LogGroup group = taskLogGroup();
      assertThat(group.logGroupName())
          .contains(Fn.sub("/ecs/", Names.PREFIX, "-litellm-proxy"));
      assertThat(group.kmsKeyId())
          .contains(importOf(SecurityExports.KMS_KEY_ARN));
      assertThat(group.retentionInDays())
          .contains(LiteLlmStack.LOG_RETENTION_DAYS.ref());
    }

    @Test
    @DisplayName("logs are kept 14 days in dev and 90 days in prod")
    void retentionPerEnvironment() {
      assertThat(values(Environments.DEV)).containsEntry("LogRetentionDays", "14");
      assertThat(values(Environments.PROD)).containsEntry("LogRetentionDays", "90");
      assertThat(LiteLlmStack.LOG_RETENTION_DAYS.violation("13")).isPresent();
    }
  }

  @Nested
  @DisplayName("ECR repository")
  class RepositoryTests {

    @Test
    @DisplayName("<env>-litellm-proxy scans on push, has immutable tags and the security KMS key")
    void repository() {
      Repository repository = only(Repository.class);
      assertThat(json(repository.repositoryName().orElseThrow()).path("Fn::Sub").asText())
          .isEqualTo("${NamePrefix}-litellm-proxy");
      assertThat(json(repository.imageScanningConfiguration()).path("ScanOnPush").asBoolean())
          .isTrue();
      assertThat(repository.imageTagMutability()).contains(Expr.of("IMMUTABLE"));
      JsonNode encryption = json(repository.encryptionConfiguration());
      assertThat(encryption.path("EncryptionType").asText()).isEqualTo("KMS");
      assertThat(encryption.path("KmsKey")).isEqualTo(imported(SecurityExports.KMS_KEY_ARN));
    }

    @Test
    @DisplayName("the lifecycle policy expires untagged images after 7 days and keeps the newest 30")
    void lifecyclePolicy() throws Exception {
      String text = json(only(Repository.class).lifecyclePolicy())
          .path("LifecyclePolicyText").asText();
      JsonNode rules = new ObjectMapper().readTree(text).get("rules");
      assertThat(rules).hasSize(2);
      JsonNode untagged = rules.get(0);
      assertThat(untagged.get("rulePriority").asInt()).isEqualTo(1);
      assertThat(untagged.at("/selection/tagStatus").asText()).isEqualTo("untagged");
      assertThat(untagged.at("/selection/countType").asText()).isEqualTo("sinceImagePushed");
      assertThat(untagged.at("/selection/countUnit").asText()).isEqualTo("days");
      assertThat(untagged.at("/selection/countNumber").asInt()).isEqualTo(7);
      JsonNode newest = rules.get(1);
      assertThat(newest.get("rulePriority").asInt()).isEqualTo(2);
      assertThat(newest.at("/selection/tagStatus").asText()).isEqualTo("any");
      assertThat(newest.at("/selection/countType").asText()).isEqualTo("imageCountMoreThan");
      assertThat(newest.at("/selection/countNumber").asInt()).isEqualTo(30);
      assertThat(rules).allSatisfy(r -> assertThat(r.at("/action/type").asText()).isEqualTo("expire"));
      assertThat(LiteLlmStack.lifecyclePolicyText()).isEqualTo(text);
    }
  }

  @Nested
  @DisplayName("traces")
  class TracingTests {

    @Test
    @DisplayName("where tracing is on, an ADOT collector sidecar inside the task size exports to X-Ray")
    void collectorSidecar() {
      JsonNode containers = json(only(TaskDefinition.class).containerDefinitions());
      assertThat(containers).hasSize(2);
      JsonNode onlyIf = containers.get(1).path("Fn::If");
      assertThat(onlyIf.get(0).asText()).isEqualTo(TraceCollector.HAS_TRACING.logicalId());
      assertThat(onlyIf.get(2)).isEqualTo(json(Fn.noValue()));
      JsonNode collector = onlyIf.get(1);
      assertThat(collector.path("Image").asText())
          .isEqualTo("public.ecr.aws/aws-observability/aws-otel-collector:v0.45.1");
      assertThat(texts(collector.path("Command"))).containsExactly("--config=/etc/ecs/ecs-xray.yaml");
      assertThat(collector.path("Essential").asBoolean()).isFalse();
      assertThat(collector.path("Cpu").asInt()).isEqualTo(EnvironmentConfig.TRACE_COLLECTOR_CPU);
      assertThat(collector.path("MemoryReservation").asInt())
          .isEqualTo(EnvironmentConfig.TRACE_COLLECTOR_MEMORY_MB);
      assertThat(collector.path("LogConfiguration")).isEqualTo(container().path("LogConfiguration"));
    }

    @Test
    @DisplayName("the proxy exports OTLP/HTTP to the sidecar and samples nothing where tracing is off")
    void proxyVariables() {
      Map<String, JsonNode> environment = new java.util.HashMap<>();
      container().path("Environment").forEach(v -> environment.put(v.path("Name").asText(),
          v.path("Value")));
      assertThat(environment.get("OTEL_EXPORTER").asText()).isEqualTo("otlp_http");
      assertThat(environment.get("OTEL_ENDPOINT").asText())
          .isEqualTo("http://localhost:4318/v1/traces");
      assertThat(environment.get("OTEL_TRACES_SAMPLER").path("Fn::If").toString())
          .isEqualTo("[\"HasTracing\",\"parentbased_always_on\",\"always_off\"]");
      assertThat(values(Environments.DEV)).containsEntry("Tracing", "disabled");
      assertThat(values(Environments.STAGING)).containsEntry("Tracing", "enabled");
      assertThat(values(Environments.PROD)).containsEntry("Tracing", "enabled");
    }

    @Test
    @DisplayName("tracing is refused where the collector would leave the proxy too small a share")
    void collectorMustFitTheTask() {
      assertThatThrownBy(() -> EnvironmentConfig.builder().name("tiny").tracing(true)
          .taskCpu(256).taskMemoryMb(512).build())
          .hasMessageContaining("tracing/taskCpu/taskMemoryMb: the trace collector takes 256 CPU");
      assertThat(EnvironmentConfig.builder().name("ok").tracing(true).taskCpu(512)
          .taskMemoryMb(1024).build().tracing()).isTrue();
    }
  }

  @Nested
  @DisplayName("cluster")
  class ClusterTests {

    @Test
    @DisplayName("the cluster is {env}-litellm-cluster with Container Insights on in prod only")
    void containerInsights() {
      Cluster cluster = only(Cluster.class);
      assertThat(cluster.clusterName())
          .contains(Fn.sub(Names.PREFIX, "-litellm-cluster"));
      assertThat(json(cluster.clusterSettings())).singleElement().satisfies(s -> {
        assertThat(s.path("Name").asText()).isEqualTo("containerInsights");
        assertThat(s.path("Value")).isEqualTo(json(LiteLlmStack.CONTAINER_INSIGHTS.ref()));
      });
      assertThat(values(Environments.DEV)).containsEntry("ContainerInsights", "disabled");
      assertThat(values(Environments.PROD)).containsEntry("ContainerInsights", "enabled");
    }

    @Test
    @DisplayName("the cluster offers FARGATE and FARGATE_SPOT, defaulting to the environment's choice")
    void capacityProviders() {
      ClusterCapacityProviderAssociations association =
          only(ClusterCapacityProviderAssociations.class);
      assertThat(association.cluster()).isEqualTo(only(Cluster.class).ref());
      assertThat(texts(json(association.capacityProviders())))
          .containsExactly("FARGATE", "FARGATE_SPOT");
      assertThat(json(association.defaultCapacityProviderStrategy())).singleElement()
          .satisfies(s -> assertThat(s.path("CapacityProvider"))
              .isEqualTo(json(LiteLlmStack.CAPACITY_PROVIDER.ref())));
      assertThat(values(Environments.DEV)).containsEntry("CapacityProvider", "FARGATE_SPOT");
      assertThat(values(Environments.STAGING)).containsEntry("CapacityProvider", "FARGATE");
      assertThat(values(Environments.PROD)).containsEntry("CapacityProvider", "FARGATE");
    }
  }

  @Nested
  @DisplayName("service")
  class ServiceTests {

    @Test
    @DisplayName("the service has no LaunchType and runs on the capacity provider strategy")
    void capacityProviderStrategyNotLaunchType() {
      Service service = only(Service.class);
      assertThat(service.launchType()).isEmpty();
      assertThat(json(service.capacityProviderStrategy())).singleElement().satisfies(s -> {
        assertThat(s.path("CapacityProvider"))
            .isEqualTo(json(LiteLlmStack.CAPACITY_PROVIDER.ref()));
        assertThat(s.path("Weight").intValue()).isEqualTo(1);
      });
      assertThat(service.dependsOn()).contains(only(ClusterCapacityProviderAssociations.class));
      assertThat(TemplateJson.properties(service).has("LaunchType")).isFalse();
    }

    @Test
    @DisplayName("a service with both LaunchType and a strategy is refused by validation (LCF318)")
    void launchTypeWithStrategyIsRefused() {
      var broken = Template.builder();
      broken.add(Service.builder()
          .logicalId("Broken")
          .launchType(Service.LAUNCH_TYPE_FARGATE)
          .capacityProviderStrategy(List.of(Service.CapacityProviderStrategyItem.builder()
              .capacityProvider("FARGATE_SPOT").build()))
          .build());
      List<Finding> findings = new Validator().check(
          new TemplateSource("broken.yaml", TemplateJson.toJson(broken.build()), 1000));
      assertThat(findings).map(Finding::toString).contains("broken.yaml: Broken: "
          + "/Resources/Broken/Properties/LaunchType: [LCF318] LaunchType and "
          + "CapacityProviderStrategy exclude each other; ECS would ignore the capacity providers");
    }

    @Test
    @DisplayName("deployments keep 100% healthy, go up to 200%, and roll back on the circuit breaker")
    void deployment() {
      JsonNode deployment = json(only(Service.class).deploymentConfiguration());
      assertThat(deployment.path("MinimumHealthyPercent").intValue()).isEqualTo(100);
      assertThat(deployment.path("MaximumPercent").intValue()).isEqualTo(200);
      assertThat(deployment.at("/DeploymentCircuitBreaker/Enable").asBoolean()).isTrue();
      assertThat(deployment.at("/DeploymentCircuitBreaker/Rollback").asBoolean()).isTrue();
      assertThat(json(only(Service.class).healthCheckGracePeriodSeconds()).intValue())
          .isEqualTo(600);
    }

    @Test
    @DisplayName("tasks run in the private subnets with the ECS security group and no public IP")
    void network() {
      JsonNode awsvpc = json(only(Service.class).networkConfiguration())
          .path("AwsvpcConfiguration");
      assertThat(awsvpc.path("AssignPublicIp").asText()).isEqualTo("DISABLED");
      assertThat(awsvpc.path("Subnets")).containsExactly(
          imported(NetworkExports.PRIVATE_SUBNET_1_ID), imported(NetworkExports.PRIVATE_SUBNET_2_ID));
      assertThat(awsvpc.path("SecurityGroups"))
          .containsExactly(imported(NetworkExports.ECS_SECURITY_GROUP_ID));
    }

    @Test
    @DisplayName("the service registers litellm-proxy:4000 with the alb stack's target group")
    void loadBalancer() {
      assertThat(json(only(Service.class).loadBalancers())).singleElement().satisfies(lb -> {
        assertThat(lb.path("TargetGroupArn")).isEqualTo(imported(AlbExports.TARGET_GROUP_ARN));
        assertThat(lb.path("ContainerName")).isEqualTo(container().path("Name"));
        assertThat(lb.path("ContainerPort").intValue())
            .isEqualTo(container().at("/PortMappings/0/ContainerPort").intValue())
            .isEqualTo(4000);
      });
    }

    @Test
    @DisplayName("the service is {env}-litellm-service, propagates tags, has ECS tags and no exec")
    void nameTagsAndExec() {
      Service service = only(Service.class);
      assertThat(service.serviceName())
          .contains(Fn.sub(Names.PREFIX, "-litellm-service"));
      assertThat(service.desiredCount())
          .contains(LiteLlmStack.DESIRED_COUNT.ref());
      assertThat(service.propagateTags()).contains(Expr.of("SERVICE"));
      assertThat(json(service.enableECSManagedTags()).asBoolean()).isTrue();
      assertThat(json(service.enableExecuteCommand()).isBoolean()).isTrue();
      assertThat(json(service.enableExecuteCommand()).asBoolean()).isFalse();
      assertThat(keys(json(service.tags())))
          .contains("Name", "Environment", "Project", "Stack", "ManagedBy");
      assertThat(json(service.tags())).filteredOn(t -> t.path("Key").asText()
              .equals("DatabaseEndpoint"))
          .singleElement()
          .satisfies(t -> assertThat(t.path("Value"))
              .isEqualTo(imported(DatabaseExports.ENDPOINT_ADDRESS)));
    }
  }

  @Nested
  @DisplayName("auto scaling")
  class ScalingTests {

    @Test
    @DisplayName("the service scales between MinCapacity (1) and MaxCapacity (4) tasks")
    void scalableTarget() {
      ScalableTarget target = only(ScalableTarget.class);
      assertThat(target.serviceNamespace()).isEqualTo(Expr.of("ecs"));
      assertThat(target.scalableDimension()).isEqualTo(Expr.of("ecs:service:DesiredCount"));
      assertThat(target.resourceId()).isEqualTo(
          Fn.sub("service/", only(Cluster.class), "/", only(Service.class).attrName()));
      assertThat(target.minCapacity()).isEqualTo(LiteLlmStack.MIN_CAPACITY.ref());
      assertThat(target.maxCapacity()).isEqualTo(LiteLlmStack.MAX_CAPACITY.ref());
      assertThat(LiteLlmStack.MIN_CAPACITY.defaultValue()).contains("1");
      assertThat(LiteLlmStack.MAX_CAPACITY.defaultValue()).contains("4");
      // dev scales to 2 tasks: 4, doubled during a deploy, would exceed db.t3.micro's budget
      assertThat(values(Environments.DEV))
          .containsEntry("MinCapacity", "1").containsEntry("MaxCapacity", "2")
          .containsEntry("DesiredCount", "1");
    }

    @Test
    @DisplayName("CPU is tracked at 70% and memory at 80%, scale-in cooldown 300 s, scale-out 60 s")
    void targetTracking() {
      assertThat(all(ScalingPolicy.class)).hasSize(2);
      JsonNode cpu = json(policy("ECSServiceAverageCPUUtilization")
          .targetTrackingScalingPolicyConfiguration());
      JsonNode memory = json(policy("ECSServiceAverageMemoryUtilization")
          .targetTrackingScalingPolicyConfiguration());
      assertThat(cpu.path("TargetValue").decimalValue()).isEqualByComparingTo("70");
      assertThat(memory.path("TargetValue").decimalValue()).isEqualByComparingTo("80");
      for (JsonNode config : List.of(cpu, memory)) {
        assertThat(config.path("ScaleInCooldown").intValue()).isEqualTo(300);
        assertThat(config.path("ScaleOutCooldown").intValue()).isEqualTo(60);
      }
      assertThat(all(ScalingPolicy.class)).allSatisfy(p ->
          assertThat(p.scalingTargetId()).contains(only(ScalableTarget.class).ref()));
    }
  }

  @Nested
  @DisplayName("alarms")
  class AlarmTests {

    @Test
    @DisplayName("every alarm notifies the security stack's alarm topic and carries the standard tags")
    void notifiesTheAlarmTopic() {
      assertThat(all(Alarm.class)).hasSize(4).allSatisfy(alarm -> {
        assertThat(json(alarm.alarmActions())).as(alarm.logicalId())
            .containsExactly(imported(SecurityExports.ALARM_TOPIC_ARN));
        assertThat(json(alarm.okActions())).as(alarm.logicalId())
            .containsExactly(imported(SecurityExports.ALARM_TOPIC_ARN));
        assertThat(keys(json(alarm.tags()))).as(alarm.logicalId())
            .containsExactly("Name", "Environment", "Project", "Stack", "ManagedBy");
        assertThat(json(alarm.tags()).at("/3/Value").asText()).isEqualTo("litellm");
      });
    }

    @Test
    @DisplayName("CPU above 85% for 3 x 5 min on the service")
    void cpu() {
      Alarm alarm = alarm("HighCpuAlarm");
      assertEcsServiceMetric(alarm, "CPUUtilization");
      assertThat(alarm.comparisonOperator()).contains(Expr.of("GreaterThanThreshold"));
      assertThat(json(alarm.threshold()).decimalValue()).isEqualByComparingTo("85");
      assertThat(alarm.evaluationPeriods()).contains(Expr.of(3));
      assertThat(alarm.period()).contains(Expr.of(300));
    }

    @Test
    @DisplayName("memory above 90% for 3 x 5 min on the service")
    void memory() {
      Alarm alarm = alarm("HighMemoryAlarm");
      assertEcsServiceMetric(alarm, "MemoryUtilization");
      assertThat(alarm.comparisonOperator()).contains(Expr.of("GreaterThanThreshold"));
      assertThat(json(alarm.threshold()).decimalValue()).isEqualByComparingTo("90");
      assertThat(alarm.evaluationPeriods()).contains(Expr.of(3));
      assertThat(alarm.period()).contains(Expr.of(300));
    }

    @Test
    @DisplayName("UnHealthyHostCount at least 1 for 3 x 1 min on the alb stack's target group")
    void unhealthyHosts() {
      Alarm alarm = alarm("UnhealthyHostsAlarm");
      assertTargetGroupMetric(alarm, "UnHealthyHostCount");
      assertThat(json(alarm.comparisonOperator()).asText())
          .isEqualTo("GreaterThanOrEqualToThreshold");
      assertThat(json(alarm.threshold()).decimalValue()).isEqualByComparingTo("1");
      assertThat(alarm.evaluationPeriods()).contains(Expr.of(3));
      assertThat(alarm.period()).contains(Expr.of(60));
    }

    @Test
    @DisplayName("more than 10 target 5xx (sum) for 2 x 5 min")
    void target5xx() {
      Alarm alarm = alarm("Target5xxAlarm");
      assertTargetGroupMetric(alarm, "HTTPCode_Target_5XX_Count");
      assertThat(alarm.statistic()).contains(Expr.of("Sum"));
      assertThat(alarm.comparisonOperator()).contains(Expr.of("GreaterThanThreshold"));
      assertThat(json(alarm.threshold()).decimalValue()).isEqualByComparingTo("10");
      assertThat(alarm.evaluationPeriods()).contains(Expr.of(2));
      assertThat(alarm.period()).contains(Expr.of(300));
    }

    @Test
    @DisplayName("thresholds render as plain numbers (90, not 9E+1)")
    void thresholdsRenderPlainly() {
      JsonNode resources = TemplateJson.toJson(TEMPLATE).get("Resources");
      assertThat(resources.at("/HighMemoryAlarm/Properties/Threshold").toString()).isEqualTo("90");
      assertThat(resources.at("/Target5xxAlarm/Properties/Threshold").toString()).isEqualTo("10");
      assertThat(resources.at(
          "/CpuScalingPolicy/Properties/TargetTrackingScalingPolicyConfiguration/TargetValue")
          .toString()).isEqualTo("70");
    }

    private void assertEcsServiceMetric(Alarm alarm, String metric) {
      assertThat(alarm.namespace()).contains(Expr.of("AWS/ECS"));
      assertThat(alarm.metricName()).contains(Expr.of(metric));
      assertThat(alarm.statistic()).contains(Expr.of("Average"));
      JsonNode dimensions = json(alarm.dimensions());
      assertThat(dimensions).hasSize(2);
      assertThat(dimensions.at("/0/Name").asText()).isEqualTo("ClusterName");
      assertThat(dimensions.at("/0/Value")).isEqualTo(json(only(Cluster.class).ref()));
      assertThat(dimensions.at("/1/Name").asText()).isEqualTo("ServiceName");
      assertThat(dimensions.at("/1/Value"))
          .isEqualTo(json(only(Service.class).attrName()));
    }

    private void assertTargetGroupMetric(Alarm alarm, String metric) {
      assertThat(alarm.namespace()).contains(Expr.of("AWS/ApplicationELB"));
      assertThat(alarm.metricName()).contains(Expr.of(metric));
      JsonNode dimensions = json(alarm.dimensions());
      assertThat(dimensions).hasSize(2);
      assertThat(dimensions.at("/0/Name").asText()).isEqualTo("TargetGroup");
      assertThat(dimensions.at("/0/Value"))
          .isEqualTo(imported(AlbExports.TARGET_GROUP_FULL_NAME));
      assertThat(dimensions.at("/1/Name").asText()).isEqualTo("LoadBalancer");
      assertThat(dimensions.at("/1/Value"))
          .isEqualTo(imported(AlbExports.LOAD_BALANCER_FULL_NAME));
    }
  }

  @Nested
  @DisplayName("parameters and exports")
  class ParameterTests {

    @Test
    @DisplayName("every standard environment's values fit the parameters, and NoEcho is never written")
    void valuesFitTheParameters() {
      for (EnvironmentConfig environment : Environments.standard()) {
        STACK.parameterValues(environment).forEach((parameter, value) -> {
          assertThat(TEMPLATE.parameters()).contains(parameter);
          assertThat(parameter.noEcho()).isFalse();
          assertThat(parameter.violation(value))
              .as("%s %s=%s", environment.name(), parameter.logicalId(), value).isEmpty();
        });
      }
      assertThat(values(Environments.PROD))
          .containsEntry("DesiredCount", "2").containsEntry("MinCapacity", "2")
          .containsEntry("MaxCapacity", "4");
    }

    @Test
    @DisplayName("the image tag is left to the pipeline: no parameter file pins it")
    void imageTagNotInParameterFiles() {
      assertThat(values(Environments.PROD)).doesNotContainKey("ImageTag");
    }

    @Test
    @DisplayName("a desired count outside min..max is refused with the environment named")
    void desiredCountOutsideTheRange() {
      assertThatThrownBy(() -> LiteLlmStack.checkTaskCounts("qa", 5, 1, 4))
          .hasMessageContaining("environment qa")
          .hasMessageContaining("desiredCount (5)");
      assertThatThrownBy(() -> LiteLlmStack.checkTaskCounts("qa", 1, 2, 4))
          .hasMessageContaining("minCapacity (2)");
      LiteLlmStack.checkTaskCounts("qa", 2, 2, 4);
    }

    @Test
    @DisplayName("a task count above the parameters' MaxValue is refused, naming the parameter")
    void countAboveMaxValue() {
      EnvironmentConfig huge = EnvironmentConfig.builder().name("huge").maxCapacity(60)
          .dbInstanceClass("db.r6g.4xlarge").build();
      assertThatThrownBy(() -> STACK.parameterValues(huge))
          .hasMessageContaining("environment huge")
          .hasMessageContaining("MaxCapacity")
          .hasMessageContaining("MaxValue 50");
    }

    @Test
    @DisplayName("the stack exports cluster, service, repository URI and log group per LiteLlmExports")
    void exports() {
      Map<ExportName, Output> exports = TEMPLATE.outputs().stream()
          .filter(o -> o.export().isPresent())
          .collect(Collectors.toMap(o -> o.export().get(), o -> o));
      assertThat(exports).containsOnlyKeys(LiteLlmExports.CLUSTER_NAME,
          LiteLlmExports.SERVICE_NAME, LiteLlmExports.REPOSITORY_URI, LiteLlmExports.LOG_GROUP_NAME);
      assertThat(json(exports.get(LiteLlmExports.CLUSTER_NAME).value()))
          .isEqualTo(json(only(Cluster.class).ref()));
      assertThat(json(exports.get(LiteLlmExports.SERVICE_NAME).value()))
          .isEqualTo(json(only(Service.class).attrName()));
      assertThat(json(exports.get(LiteLlmExports.REPOSITORY_URI).value()))
          .isEqualTo(json(only(Repository.class).attrRepositoryUri()));
      assertThat(json(exports.get(LiteLlmExports.LOG_GROUP_NAME).value()))
          .isEqualTo(json(taskLogGroup().ref()));
    }

    @Test
    @DisplayName("the stack imports from all five stacks above it, so it deploys last")
    void importsFromEveryOtherStack() {
      List<String> imported = new java.util.ArrayList<>();
      collectImports(TemplateJson.toJson(TEMPLATE), imported);
      assertThat(imported).isNotEmpty().allSatisfy(name ->
          assertThat(name).startsWith("${NamePrefix}-"));
      assertThat(imported.stream().map(name -> name.split("-")[1]).distinct())
          .containsExactlyInAnyOrder(SecurityExports.STACK, NetworkExports.STACK,
              AlbExports.STACK, DatabaseExports.STACK, CacheExports.STACK);
    }

    private void collectImports(JsonNode node, List<String> names) {
      if (node.isObject() && node.has("Fn::ImportValue")) {
        names.add(node.get("Fn::ImportValue").get("Fn::Sub").asText());
        return;
      }
      node.elements().forEachRemaining(child -> collectImports(child, names));
    }

    @Test
    @DisplayName("every parameter is in exactly one console group and has a label")
    void parameterGroups() {
      List<Parameter> grouped = TEMPLATE.parameterGroups().stream()
          .flatMap(g -> g.parameters().stream()).toList();
      assertThat(grouped).containsExactlyInAnyOrderElementsOf(TEMPLATE.parameters());
      assertThat(TEMPLATE.parameters()).allSatisfy(p -> assertThat(p.label()).isPresent());
    }

    @Test
    @DisplayName("count parameters: at most MAX_TASKS; 0 desired/minimum only for the first"
        + " deploy, never a maximum of 0")
    void countBounds() {
      for (Parameter count : List.of(LiteLlmStack.DESIRED_COUNT, LiteLlmStack.MIN_CAPACITY)) {
        assertThat(count.minValue()).contains(BigDecimal.ZERO);
        assertThat(count.maxValue()).contains(BigDecimal.valueOf(LiteLlmStack.MAX_TASKS));
        assertThat(count.violation("-1")).isPresent();
      }
      assertThat(LiteLlmStack.MAX_CAPACITY.minValue()).contains(BigDecimal.ONE);
      assertThat(LiteLlmStack.MAX_CAPACITY.violation("0")).isPresent();
      // the checked-in parameter files never use the bootstrap value
      for (var environment : org.llmgateway.cfn.generators.environment.Environments.standard()) {
        assertThat(new LiteLlmStack().parameterValues(environment).get(LiteLlmStack.DESIRED_COUNT))
            .isNotEqualTo("0");
      }
    }
  }

  @Nested
  @DisplayName("rendering")
  class RenderingTests {

    @Test
    @DisplayName("every Ref, GetAtt and Sub variable names something the template declares")
    void referencesResolve() {
      assertThat(ReferenceRules.check("litellm-stack.yaml", TemplateJson.toJson(TEMPLATE)))
          .isEmpty();
    }

    @Test
    @DisplayName("rendering twice gives byte-identical YAML (written to target/ for cfn-lint)")
    void deterministic() throws Exception {
      String first = GeneratedFiles.render(new LiteLlmStack()).yaml();
      String second = GeneratedFiles.render(new LiteLlmStack()).yaml();
      assertThat(second).isEqualTo(first);
      Path preview = Path.of("target", "preview", STACK.templateFileName());
      Files.createDirectories(preview.getParent());
      Files.writeString(preview, first);
    }
  }
}
