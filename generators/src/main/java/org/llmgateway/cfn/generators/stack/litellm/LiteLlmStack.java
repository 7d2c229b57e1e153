package org.llmgateway.cfn.generators.stack.litellm;

import org.llmgateway.cfn.generators.stack.Suppressions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.LogRetention;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.generators.stack.Alarms;
import org.llmgateway.cfn.generators.stack.Logs;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.generators.stack.alb.AlbExports;
import org.llmgateway.cfn.generators.stack.database.DatabaseExports;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.security.SecretKeys;
import org.llmgateway.cfn.generators.stack.security.SecurityStack;
import org.llmgateway.cfn.generators.stack.cache.CacheExports;
import org.llmgateway.cfn.generators.stack.cache.CacheStack;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.applicationautoscaling.ScalableTarget;
import org.llmgateway.cfn.resource.applicationautoscaling.ScalingPolicy;
import org.llmgateway.cfn.resource.applicationautoscaling.ScalingPolicy.PredefinedMetricSpecification;
import org.llmgateway.cfn.resource.applicationautoscaling.ScalingPolicy.TargetTrackingScalingPolicyConfiguration;
import org.llmgateway.cfn.resource.ecr.Repository;
import org.llmgateway.cfn.resource.ecs.Cluster;
import org.llmgateway.cfn.resource.ecs.ClusterCapacityProviderAssociations;
import org.llmgateway.cfn.resource.ecs.Service;
import org.llmgateway.cfn.resource.ecs.TaskDefinition;
import org.llmgateway.cfn.resource.ecs.TaskDefinition.ContainerDefinition;
import org.llmgateway.cfn.resource.ecs.TaskDefinition.KeyValuePair;
import org.llmgateway.cfn.resource.ecs.TaskDefinition.Secret;
import org.llmgateway.cfn.resource.logs.LogGroup;

/**
 * Stack 5 of the architecture guide: the ECR repository, the ECS cluster, the LiteLLM proxy task
 * and its service behind the load balancer, auto scaling, the service alarms and the master key's
 * rotation function ({@link MasterKeyRotation}). Everything it
 * needs from the other four stacks comes in through their export constants.
 */
public final class LiteLlmStack implements StackGenerator<EnvironmentConfig> {

  public static final String NAME = LiteLlmExports.STACK;

  // --- facts of this stack (the guide's Compute, Auto-Scaling and ECS Alarms tables)

  /** Container health check (guide: /health/liveliness every 30 s, 10 s, 5 retries, 180 s). */
  public static final int HEALTH_CHECK_INTERVAL_SECONDS = 30;
  public static final int HEALTH_CHECK_TIMEOUT_SECONDS = 10;
  public static final int HEALTH_CHECK_RETRIES = 5;
  public static final int HEALTH_CHECK_START_PERIOD_SECONDS = 180;

  /**
   * Rolling deployment: never below the desired count, up to twice it while replacing. The
   * environment's connection budget counts the doubled tasks.
   */
  public static final int DEPLOYMENT_MINIMUM_HEALTHY_PERCENT = 100;
  public static final int DEPLOYMENT_MAXIMUM_PERCENT = EnvironmentConfig.DEPLOYMENT_MAXIMUM_PERCENT;

  /**
   * Time a new task has before ALB health checks count: the proxy loads its config, connects to
   * the database and renders the UI before it answers.
   */
  public static final int HEALTH_CHECK_GRACE_PERIOD_SECONDS = 600;

  public static final BigDecimal CPU_SCALING_TARGET_PERCENT = BigDecimal.valueOf(70);
  public static final BigDecimal MEMORY_SCALING_TARGET_PERCENT = BigDecimal.valueOf(80);
  public static final int SCALE_IN_COOLDOWN_SECONDS = 300;
  public static final int SCALE_OUT_COOLDOWN_SECONDS = 60;

  /** Images the lifecycle policy keeps, newest first, and how long untagged layers survive. */
  public static final int TAGGED_IMAGES_KEPT = 30;
  public static final int UNTAGGED_IMAGE_EXPIRY_DAYS = 7;

  /**
   * Upper bound of the task-count parameters: far above what the proxy needs, low enough that a
   * typo in a parameter file cannot start hundreds of tasks.
   */
  public static final int MAX_TASKS = 50;

  /** The Fargate capacity providers, which every cluster has without creating them. */
  public static final String FARGATE = "FARGATE";
  public static final String FARGATE_SPOT = "FARGATE_SPOT";

  private static final String CONTAINER_INSIGHTS_ON = "enabled";
  private static final String CONTAINER_INSIGHTS_OFF = "disabled";

  // --- parameters

  static final Parameter ENVIRONMENT = EnvironmentParameter.create();

  public static final Parameter IMAGE_TAG =
      Parameter.builder()
          .logicalId("ImageTag")
          .label("Image tag")
          .description(
              "Tag of the litellm-proxy image in ECR. Pin a release (the default is the LiteLLM"
                  + " version the Dockerfile builds); floating tags such as latest are refused"
                  + " because the repository's tags are immutable and deployments must be"
                  + " repeatable.")
          .defaultValue(SharedNames.LITELLM_VERSION)
          // ECR tag characters and at least one digit: that rules out latest, main-latest,
          // stable and other floating names while allowing versions and commit ids. No
          // look-arounds, so CloudFormation, cfn-lint and Parameter.violation read it alike.
          .allowedPattern("^([A-Za-z0-9_][A-Za-z0-9_.-]*)?[0-9][A-Za-z0-9_.-]*$")
          .minLength(1)
          .maxLength(128)
          .constraintDescription(
              "an ECR tag (letters, digits, _ . -, at most 128) containing a digit, e.g. "
                  + SharedNames.LITELLM_VERSION + "; floating tags such as latest are refused")
          .build();

  public static final Parameter TASK_CPU =
      Parameter.builder()
          .logicalId("TaskCpu")
          .label("Task CPU units")
          .type(ParameterType.NUMBER)
          .description("CPU units of the task (1024 = 1 vCPU); must pair with TaskMemory")
          .defaultValue("512")
          .allowedValues(List.of("256", "512", "1024", "2048", "4096", "8192", "16384"))
          .build();

  public static final Parameter TASK_MEMORY =
      Parameter.builder()
          .logicalId("TaskMemory")
          .label("Task memory (MiB)")
          .type(ParameterType.NUMBER)
          .description("Memory of the task in MiB; must be a Fargate size for TaskCpu")
          .defaultValue("1024")
          .minValue(BigDecimal.valueOf(512))
          .maxValue(BigDecimal.valueOf(122880))
          .build();

  public static final Parameter LOG_LEVEL =
      Parameter.builder()
          .logicalId("LiteLlmLogLevel")
          .label("LiteLLM log level")
          .description(
              "LITELLM_LOG. DEBUG writes prompts and responses to the logs: dev only.")
          .defaultValue("INFO")
          .allowedValues(List.of("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"))
          .build();

  public static final Parameter LOG_RETENTION_DAYS =
      Parameter.builder()
          .logicalId("LogRetentionDays")
          .label("Log retention (days)")
          .type(ParameterType.NUMBER)
          .description(
              "Days CloudWatch Logs keeps the proxy's and the master-key rotation's logs")
          .defaultValue("14")
          .allowedValues(LogRetention.allowedValues())
          .build();

  public static final Parameter CAPACITY_PROVIDER =
      Parameter.builder()
          .logicalId("CapacityProvider")
          .label("Fargate capacity")
          .description(
              "FARGATE (on-demand) or FARGATE_SPOT (interruptible, about 70% cheaper: dev only)")
          .defaultValue(FARGATE)
          .allowedValues(List.of(FARGATE, FARGATE_SPOT))
          .build();

  // DesiredCount and MinCapacity accept 0 for one purpose: the first deploy, which creates the
  // image repository before any image is in it (the pipeline then pushes and deploys again).
  public static final Parameter DESIRED_COUNT = taskCount("DesiredCount", "Desired tasks",
      "Tasks the service starts with; within MinCapacity..MaxCapacity (0 only for the first"
          + " deploy, before an image exists)", 0, 1);

  public static final Parameter MIN_CAPACITY = taskCount("MinCapacity", "Minimum tasks",
      "Fewest tasks auto scaling keeps (0 only for the first deploy)", 0, 1);

  public static final Parameter MAX_CAPACITY = taskCount("MaxCapacity", "Maximum tasks",
      "Most tasks auto scaling starts", 1, 4);

  private static final EnvironmentConfig DEFAULTS = EnvironmentConfig.builder().name("defaults").build();

  public static final Parameter PROXY_WORKERS =
      Parameter.builder()
          .logicalId("ProxyWorkers")
          .label("Worker processes per task")
          .type(ParameterType.NUMBER)
          .description("NUM_WORKERS: uvicorn workers per task, one per vCPU; each has its own"
              + " database pool of " + ProxyConfig.DB_POOL_LIMIT_PER_WORKER + " connections")
          .defaultValue(String.valueOf(DEFAULTS.proxyWorkers()))
          .minValue(BigDecimal.ONE)
          .maxValue(BigDecimal.valueOf(16))
          .build();

  public static final Parameter KEEP_ALIVE_TIMEOUT =
      Parameter.builder()
          .logicalId("KeepAliveTimeoutSeconds")
          .label("Proxy keep-alive (seconds)")
          .type(ParameterType.NUMBER)
          .description("KEEPALIVE_TIMEOUT: idle seconds before the proxy closes a connection;"
              + " longer than the ALB idle timeout, or the ALB reuses closed connections (502)")
          .defaultValue(String.valueOf(DEFAULTS.proxyKeepAliveTimeoutSeconds()))
          // above the lowest idle timeout the environment settings allow (request timeout + 1)
          .minValue(BigDecimal.valueOf(ProxyConfig.REQUEST_TIMEOUT_SECONDS + 2))
          .maxValue(BigDecimal.valueOf(4100))
          .build();

  public static final Parameter STOP_TIMEOUT =
      Parameter.builder()
          .logicalId("StopTimeoutSeconds")
          .label("Stop timeout (seconds)")
          .type(ParameterType.NUMBER)
          .description("Seconds between SIGTERM and SIGKILL when a task stops, for the requests"
              + " still open after the deregistration delay (Fargate maximum 120)")
          .defaultValue(String.valueOf(DEFAULTS.proxyStopTimeoutSeconds()))
          .minValue(BigDecimal.valueOf(2))
          .maxValue(BigDecimal.valueOf(120))
          .build();

  public static final Parameter CONTAINER_INSIGHTS =
      Parameter.builder()
          .logicalId("ContainerInsights")
          .label("Container Insights")
          .description("CloudWatch Container Insights for the cluster (costs extra; on in prod)")
          .defaultValue(CONTAINER_INSIGHTS_OFF)
          .allowedValues(List.of(CONTAINER_INSIGHTS_ON, CONTAINER_INSIGHTS_OFF))
          .build();

  /**
   * The variables filled from Secrets Manager: variable name, the secret's export, the JSON key.
   * ECS reads them when the task starts, so no secret value is ever in the template or the task
   * definition.
   */
  record SecretVariable(String variable, ExportName secretArn, String jsonKey) {}

  static final List<SecretVariable> SECRET_VARIABLES =
      List.of(
          new SecretVariable("LITELLM_MASTER_KEY",
              SecurityExports.MASTER_KEY_SECRET_ARN, SecretKeys.MASTER_KEY),
          new SecretVariable("UI_USERNAME",
              SecurityExports.UI_PASSWORD_SECRET_ARN, SecretKeys.UI_USERNAME),
          new SecretVariable("UI_PASSWORD",
              SecurityExports.UI_PASSWORD_SECRET_ARN, SecretKeys.UI_PASSWORD),
          new SecretVariable("OPENAI_API_KEY",
              SecurityExports.API_KEYS_SECRET_ARN, SecretKeys.OPENAI_API_KEY),
          new SecretVariable("ANTHROPIC_API_KEY",
              SecurityExports.API_KEYS_SECRET_ARN, SecretKeys.ANTHROPIC_API_KEY),
          new SecretVariable("DATABASE_URL",
              SecurityExports.DATABASE_SECRET_ARN, SecretKeys.DATABASE_URL),
          new SecretVariable("LITELLM_SALT_KEY",
              SecurityExports.SALT_KEY_SECRET_ARN, SecretKeys.SALT_KEY));

  public static final String UNRECORDED_CONFIG_VERSION = "unrecorded";

  /**
   * The VersionId of the proxy config object this deployment runs with, recorded by the config
   * pipeline ({@code azure-devops/scripts/upload-proxy-config.sh}) or {@code
   * CFN_PARAMETER_ProxyConfigVersion}; a new version is a new task definition revision, so ECS
   * rolls the tasks and they load the new config. {@value #UNRECORDED_CONFIG_VERSION} (the
   * default) records nothing. diff-deployed compares it with the bucket's current version.
   */
  public static final Parameter PROXY_CONFIG_VERSION =
      Parameter.builder()
          .logicalId("ProxyConfigVersion")
          .label("Proxy config version")
          .description("S3 VersionId of the proxy config the tasks load (recorded by the config"
              + " pipeline); " + UNRECORDED_CONFIG_VERSION + " when none was recorded")
          .defaultValue(UNRECORDED_CONFIG_VERSION)
          .maxLength(1024)
          .allowedPattern("^[A-Za-z0-9._-]+$")
          .constraintDescription("an S3 VersionId")
          .build();


  /** REDIS_PASSWORD: filled from the AUTH token secret when the cache stack runs Valkey. */
  static final SecretVariable REDIS_PASSWORD = new SecretVariable("REDIS_PASSWORD",
      SecurityExports.REDIS_AUTH_SECRET_ARN, SecretKeys.REDIS_AUTH_TOKEN);

  /**
   * The container's health check. It runs inside the image, which has Python but no curl; urlopen
   * raises (and Python exits non-zero) on a refused connection, a timeout or an HTTP error.
   */
  static final List<String> HEALTH_CHECK_COMMAND =
      List.of(
          "CMD",
          "python3",
          "-c",
          "import urllib.request; urllib.request.urlopen('http://localhost:"
              + SharedNames.CONTAINER_PORT + SharedNames.HEALTH_CHECK_PATH + "', timeout=5)");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Template template() {
    var t = Template.builder()
        .description(
            "LiteLLM proxy on ECS Fargate: ECR repository, cluster, task definition, service"
                + " behind the load balancer, auto scaling, alarms and master-key rotation"
                + " (stack 5 of 5)");
    Parameter env = t.add(ENVIRONMENT);
    t.add(Names.PREFIX);
    List.of(IMAGE_TAG, TASK_CPU, TASK_MEMORY, PROXY_WORKERS, KEEP_ALIVE_TIMEOUT, STOP_TIMEOUT,
            LOG_LEVEL, LOG_RETENTION_DAYS, CAPACITY_PROVIDER, DESIRED_COUNT, MIN_CAPACITY,
            MAX_CAPACITY, CONTAINER_INSIGHTS, MasterKeyRotation.ROTATION_DAYS, TraceCollector.TRACING,
            CacheStack.REDIS, SecurityStack.PROXY_CONFIG_KEY, PROXY_CONFIG_VERSION)
        .forEach(t::add);
    t.add(TraceCollector.HAS_TRACING);
    t.add(CacheStack.ENABLED);
    t.addParameterGroups(
        ParameterGroup.of("Environment", env, Names.PREFIX),
        ParameterGroup.of("Container image", IMAGE_TAG),
        ParameterGroup.of("Task size and logging", TASK_CPU, TASK_MEMORY, LOG_LEVEL,
            LOG_RETENTION_DAYS),
        ParameterGroup.of("Proxy processes and timeouts", PROXY_WORKERS, KEEP_ALIVE_TIMEOUT,
            STOP_TIMEOUT),
        ParameterGroup.of("Capacity and scaling", CAPACITY_PROVIDER, DESIRED_COUNT, MIN_CAPACITY,
            MAX_CAPACITY),
        ParameterGroup.of("Monitoring", CONTAINER_INSIGHTS, TraceCollector.TRACING),
        ParameterGroup.of("Master key rotation", MasterKeyRotation.ROTATION_DAYS),
        ParameterGroup.of("Shared state and config", CacheStack.REDIS,
            SecurityStack.PROXY_CONFIG_KEY, PROXY_CONFIG_VERSION));

    Expr kmsKeyArn = imported(SecurityExports.KMS_KEY_ARN);

    // Retained: the images are release artefacts the running service pulls, and the teardown
    // pipeline deletes the repository on purpose.
    Repository repository = t.add(Repository.builder()
        .logicalId("Repository")
        .repositoryName(Names.of(SharedNames.ECR_REPOSITORY_SUFFIX, Names.DEFAULT_LIMIT))
        .imageScanningConfiguration(
            Repository.ImageScanningConfiguration.builder().scanOnPush(true).build())
        .imageTagMutability(Repository.IMAGE_TAG_MUTABILITY_IMMUTABLE)
        .encryptionConfiguration(Repository.EncryptionConfiguration.builder()
            .encryptionType(Repository.EncryptionConfiguration.ENCRYPTION_TYPE_KMS)
            .kmsKey(kmsKeyArn)
            .build())
        .lifecyclePolicy(Repository.LifecyclePolicy.builder()
            .lifecyclePolicyText(lifecyclePolicyText())
            .build())
        .deletionPolicy(DeletionPolicy.Retain)
        .updateReplacePolicy(DeletionPolicy.Retain)
        .tags(Tags.withoutName(env, NAME))
        .build());

    LogGroup logGroup = t.add(Logs.encryptedLogGroup("TaskLogGroup",
        Names.within(SharedNames.TASK_LOG_GROUP_PREFIX, SharedNames.TASK_FAMILY_SUFFIX),
        LOG_RETENTION_DAYS.ref(), kmsKeyArn, Tags.standard(env, NAME, SharedNames.TASK_FAMILY_SUFFIX)));

    Cluster cluster = t.add(Cluster.builder()
        .logicalId("Cluster")
        .clusterName(Names.of(SharedNames.CLUSTER_SUFFIX, Names.DEFAULT_LIMIT))
        .clusterSettings(List.of(Cluster.ClusterSettings.builder()
            .name("containerInsights")
            .value(CONTAINER_INSIGHTS.ref())
            .build()))
        .tags(Tags.standard(env, NAME, SharedNames.CLUSTER_SUFFIX))
        .build());

    ClusterCapacityProviderAssociations capacityProviders =
        t.add(ClusterCapacityProviderAssociations.builder()
            .logicalId("ClusterCapacityProviders")
            .cluster(cluster.ref())
            .capacityProviders(FARGATE, FARGATE_SPOT)
            .defaultCapacityProviderStrategy(List.of(
                ClusterCapacityProviderAssociations.CapacityProviderStrategy.builder()
                    .capacityProvider(CAPACITY_PROVIDER.ref())
                    .base(0)
                    .weight(1)
                    .build()))
            .build());

    var masterKeyRotation =
        MasterKeyRotation.add(t, env, NAME, LOG_RETENTION_DAYS.ref());

    TaskDefinition taskDefinition = t.add(TaskDefinition.builder()
        .logicalId("TaskDefinition")
        .family(Names.of(SharedNames.TASK_FAMILY_SUFFIX, Names.DEFAULT_LIMIT))
        .cpu(TASK_CPU.ref())
        .memory(TASK_MEMORY.ref())
        .networkMode("awsvpc")
        .requiresCompatibilities(FARGATE)
        .executionRoleArn(imported(SecurityExports.TASK_EXECUTION_ROLE_ARN))
        .taskRoleArn(imported(SecurityExports.TASK_ROLE_ARN))
        .runtimePlatform(TaskDefinition.RuntimePlatform.builder()
            .operatingSystemFamily("LINUX")
            .cpuArchitecture("X86_64")
            .build())
        .containerDefinitions(List.of(proxyContainer(repository, logGroup),
            TraceCollector.container(logConfiguration(logGroup))))
        .metadata(Suppressions.packRules("The environment holds only non-secret settings (port,"
                + " worker count, log level, names); every secret comes from Secrets Manager"
                + " through the container's Secrets", "AwsSolutions-ECS2").metadata())
        .tags(Tags.standard(env, NAME, SharedNames.TASK_FAMILY_SUFFIX))
        .build());

    Service service = t.add(Service.builder()
        .logicalId("Service")
        .serviceName(Names.of(SharedNames.SERVICE_SUFFIX, Names.DEFAULT_LIMIT))
        .cluster(cluster.ref())
        .taskDefinition(taskDefinition.ref())
        .desiredCount(DESIRED_COUNT.ref())
        // A capacity provider strategy, never LaunchType: LaunchType FARGATE would silently put
        // every task on on-demand Fargate and make the FARGATE_SPOT choice meaningless.
        .capacityProviderStrategy(List.of(Service.CapacityProviderStrategyItem.builder()
            .capacityProvider(CAPACITY_PROVIDER.ref())
            .base(0)
            .weight(1)
            .build()))
        .platformVersion("LATEST")
        .networkConfiguration(Service.NetworkConfiguration.builder()
            .awsvpcConfiguration(Service.AwsVpcConfiguration.builder()
                .assignPublicIp(Service.AwsVpcConfiguration.ASSIGN_PUBLIC_IP_DISABLED)
                .securityGroups(List.of(imported(NetworkExports.ECS_SECURITY_GROUP_ID)))
                .subnets(List.of(
                    imported(NetworkExports.PRIVATE_SUBNET_1_ID),
                    imported(NetworkExports.PRIVATE_SUBNET_2_ID)))
                .build())
            .build())
        .loadBalancers(List.of(Service.LoadBalancer.builder()
            .targetGroupArn(imported(AlbExports.TARGET_GROUP_ARN))
            .containerName(SharedNames.CONTAINER_NAME)
            .containerPort(SharedNames.CONTAINER_PORT)
            .build()))
        .deploymentConfiguration(Service.DeploymentConfiguration.builder()
            .minimumHealthyPercent(DEPLOYMENT_MINIMUM_HEALTHY_PERCENT)
            .maximumPercent(DEPLOYMENT_MAXIMUM_PERCENT)
            .deploymentCircuitBreaker(Service.DeploymentCircuitBreaker.builder()
                .enable(true)
                .rollback(true)
                .build())
            .build())
        .healthCheckGracePeriodSeconds(HEALTH_CHECK_GRACE_PERIOD_SECONDS)
        .propagateTags(Service.PROPAGATE_TAGS_SERVICE)
        .enableECSManagedTags(true)
        .enableExecuteCommand(false)
        .tags(serviceTags(env))
        // ECS refuses a capacity provider the cluster is not yet associated with, and on
        // deletion the association must outlive the service. Tasks read the master key when
        // they start, so the first sk- key must be written before the first one does.
        .addDependsOn(capacityProviders, masterKeyRotation.initialMasterKey())
        .build());
    MasterKeyRotation.scheduleAfter(t, masterKeyRotation, service);

    ScalableTarget scalableTarget = t.add(ScalableTarget.builder()
        .logicalId("ScalableTarget")
        .serviceNamespace("ecs")
        .scalableDimension("ecs:service:DesiredCount")
        .resourceId(Fn.sub("service/", cluster, "/", service.attrName()))
        .minCapacity(MIN_CAPACITY.ref())
        .maxCapacity(MAX_CAPACITY.ref())
        .build());
    t.add(targetTracking("CpuScalingPolicy", env, "-litellm-cpu-scaling", scalableTarget,
        "ECSServiceAverageCPUUtilization", CPU_SCALING_TARGET_PERCENT));
    t.add(targetTracking("MemoryScalingPolicy", env, "-litellm-memory-scaling", scalableTarget,
        "ECSServiceAverageMemoryUtilization", MEMORY_SCALING_TARGET_PERCENT));

    var ecsService = List.of(
        Alarms.dimension("ClusterName", cluster.ref()),
        Alarms.dimension("ServiceName", service.attrName()));
    var targetGroup = List.of(
        Alarms.dimension("TargetGroup", imported(AlbExports.TARGET_GROUP_FULL_NAME)),
        Alarms.dimension("LoadBalancer", imported(AlbExports.LOAD_BALANCER_FULL_NAME)));
    Expr alarmTopic = Alarms.notificationTopic();
    t.add(Alarms.alarm("HighCpuAlarm", env, name(), alarmTopic,
        "-litellm-high-cpu",
        "LiteLLM service CPU above 85% for 15 minutes",
        new Alarms.Metric("AWS/ECS", "CPUUtilization", ecsService),
        Alarms.Statistic.Average, Alarms.ComparisonOperator.GreaterThanThreshold,
        BigDecimal.valueOf(85), 3, 300));
    t.add(Alarms.alarm("HighMemoryAlarm", env, name(), alarmTopic,
        "-litellm-high-memory",
        "LiteLLM service memory above 90% for 15 minutes",
        new Alarms.Metric("AWS/ECS", "MemoryUtilization", ecsService),
        Alarms.Statistic.Average, Alarms.ComparisonOperator.GreaterThanThreshold,
        BigDecimal.valueOf(90), 3, 300));
    t.add(Alarms.alarm("UnhealthyHostsAlarm", env, name(), alarmTopic,
        "-litellm-unhealthy-hosts",
        "At least one LiteLLM task failing load balancer health checks for 3 minutes",
        new Alarms.Metric("AWS/ApplicationELB", "UnHealthyHostCount", targetGroup),
        Alarms.Statistic.Maximum, Alarms.ComparisonOperator.GreaterThanOrEqualToThreshold,
        BigDecimal.ONE, 3, 60));
    t.add(Alarms.alarm("Target5xxAlarm", env, name(), alarmTopic,
        "-litellm-target-5xx",
        "More than 10 HTTP 5xx responses from LiteLLM tasks in 5 minutes, twice in a row",
        new Alarms.Metric("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", targetGroup),
        Alarms.Statistic.Sum, Alarms.ComparisonOperator.GreaterThanThreshold,
        BigDecimal.TEN, 2, 300));

    t.add(export("ClusterName", "ECS cluster name", cluster.ref(), LiteLlmExports.CLUSTER_NAME));
    t.add(export("ServiceName", "ECS service name", service.attrName(),
        LiteLlmExports.SERVICE_NAME));
    t.add(export("RepositoryUri", "ECR repository URI the pipeline pushes to",
        repository.attrRepositoryUri(), LiteLlmExports.REPOSITORY_URI));
    t.add(export("LogGroupName", "Log group of the proxy's containers", logGroup.ref(),
        LiteLlmExports.LOG_GROUP_NAME));
    return t.build();
  }

  @Override
  public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    checkTaskCounts(environment.name(), environment.desiredCount(), environment.minCapacity(),
        environment.maxCapacity());
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(Names.PREFIX, environment.namePrefix());
    values.put(TASK_CPU, String.valueOf(environment.taskCpu()));
    values.put(TASK_MEMORY, String.valueOf(environment.taskMemoryMb()));
    values.put(PROXY_WORKERS, String.valueOf(environment.proxyWorkers()));
    values.put(KEEP_ALIVE_TIMEOUT, String.valueOf(environment.proxyKeepAliveTimeoutSeconds()));
    values.put(STOP_TIMEOUT, String.valueOf(environment.proxyStopTimeoutSeconds()));
    values.put(LOG_LEVEL, environment.litellmLogLevel());
    values.put(LOG_RETENTION_DAYS, String.valueOf(environment.logRetentionDays()));
    values.put(CAPACITY_PROVIDER, capacityProvider(environment.capacity()));
    values.put(DESIRED_COUNT, String.valueOf(environment.desiredCount()));
    values.put(MIN_CAPACITY, String.valueOf(environment.minCapacity()));
    values.put(MAX_CAPACITY, String.valueOf(environment.maxCapacity()));
    values.put(CONTAINER_INSIGHTS,
        environment.containerInsights() ? CONTAINER_INSIGHTS_ON : CONTAINER_INSIGHTS_OFF);
    values.put(MasterKeyRotation.ROTATION_DAYS, String.valueOf(environment.secretRotationDays()));
    values.put(TraceCollector.TRACING, TraceCollector.parameterValue(environment));
    values.put(CacheStack.REDIS, String.valueOf(environment.redis()));
    values.put(SecurityStack.PROXY_CONFIG_KEY, environment.proxyConfigKey());
    values.forEach((parameter, value) -> parameter.violation(value).ifPresent(reason -> {
      throw new IllegalStateException("Stack " + NAME + ", environment " + environment.name()
          + ": parameter " + parameter.logicalId() + " " + reason);
    }));
    return values;
  }

  /**
   * The service must start within the scaling range. Parameters cannot see each other, so the
   * template cannot refuse it; EnvironmentConfig does, and the generator checks again rather than
   * write a parameter file that would let auto scaling fight the desired count.
   */
  static void checkTaskCounts(String environment, int desired, int min, int max) {
    if (min < 1 || min > max || desired < min || desired > max) {
      throw new IllegalStateException(
          "Stack " + NAME + ", environment " + environment + ": need 1 <= minCapacity (" + min
              + ") <= desiredCount (" + desired + ") <= maxCapacity (" + max + ")");
    }
  }

  private static String capacityProvider(EnvironmentConfig.Capacity capacity) {
    return switch (capacity) {
      case FARGATE -> FARGATE;
      case FARGATE_SPOT -> FARGATE_SPOT;
    };
  }

  private static Parameter taskCount(
      String logicalId, String label, String description, int minValue, int defaultValue) {
    return Parameter.builder()
        .logicalId(logicalId)
        .label(label)
        .type(ParameterType.NUMBER)
        .description(description)
        .defaultValue(String.valueOf(defaultValue))
        .minValue(BigDecimal.valueOf(minValue))
        .maxValue(BigDecimal.valueOf(MAX_TASKS))
        .build();
  }

  private static Expr imported(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX));
  }

  /**
   * The service's tags. The tasks reach the database only through DATABASE_URL in a secret,
   * which no import would reveal. Importing the endpoint here makes the dependency explicit: the
   * deploy order puts this stack after the database stack, CloudFormation refuses to delete the
   * database stack first, and operators see which database the service uses.
   */
  private static List<Tag> serviceTags(Parameter env) {
    List<Tag> tags = new ArrayList<>(Tags.standard(env, NAME, SharedNames.SERVICE_SUFFIX));
    tags.add(Tag.of("DatabaseEndpoint", imported(DatabaseExports.ENDPOINT_ADDRESS)));
    return tags;
  }

  private static ContainerDefinition proxyContainer(Repository repository, LogGroup logGroup) {
    return ContainerDefinition.builder()
        .name(SharedNames.CONTAINER_NAME)
        .image(Fn.sub(repository.attrRepositoryUri(), ":", IMAGE_TAG))
        .essential(true)
        .portMappings(List.of(TaskDefinition.PortMapping.builder()
            .containerPort(SharedNames.CONTAINER_PORT)
            .protocol("tcp")
            .build()))
        .environment(Stream.concat(Stream.of(
            variable("LITELLM_LOG", LOG_LEVEL.ref()),
            // "True" as LiteLLM's own examples write it; its parser also takes "true".
            variable("STORE_MODEL_IN_DB", Expr.of("True")),
            // PRODUCTION stops LiteLLM from loading a .env file baked into an image.
            variable("LITELLM_MODE", Expr.of("PRODUCTION")),
            variable("AWS_REGION_NAME", Fn.region()),
            variable("NUM_WORKERS", PROXY_WORKERS.ref()),
            variable("KEEPALIVE_TIMEOUT", KEEP_ALIVE_TIMEOUT.ref()),
            // The schema is migrated once per deploy by a one-off task with the new image
            // (deploy and the litellm pipeline), never by serving tasks: several tasks migrating
            // at once collide (BerriAI/litellm#14400), and a rolled-back older image would push
            // its older schema over the newer one.
            variable("DISABLE_SCHEMA_UPDATE", Expr.of("true")),
            // LiteLLM loads its config from this object at start, not from the image
            // (proxy_server.py get_config; checked 2026-12-02); the task role may read it only
            variable("LITELLM_CONFIG_BUCKET_NAME", imported(SecurityExports.CONFIG_BUCKET_NAME)),
            variable("LITELLM_CONFIG_BUCKET_OBJECT_KEY", SecurityStack.PROXY_CONFIG_KEY.ref()),
            variable("PROXY_CONFIG_VERSION", PROXY_CONFIG_VERSION.ref()),
            // the rendered config names these (os.environ/REDIS_HOST, ...) only with redis on
            Fn.onlyIf(CacheStack.ENABLED,
                variable("REDIS_HOST", imported(CacheExports.PRIMARY_ENDPOINT_ADDRESS))),
            Fn.onlyIf(CacheStack.ENABLED,
                variable("REDIS_PORT", Expr.of(String.valueOf(SharedNames.REDIS_PORT)))),
            // ElastiCache refuses plain text (TransitEncryptionMode required); LiteLLM maps
            // REDIS_SSL to redis-py's ssl=True for every client it makes ("Redis and Valkey
            // Cache", docs.litellm.ai, checked 2026-12-02)
            Fn.onlyIf(CacheStack.ENABLED, variable("REDIS_SSL", Expr.of("True")))),
            TraceCollector.proxyVariables(ENVIRONMENT).stream()).toList())
        .secrets(Stream.concat(
                SECRET_VARIABLES.stream().map(LiteLlmStack::secret),
                Stream.of(Fn.onlyIf(CacheStack.ENABLED, secret(REDIS_PASSWORD))))
            .toList())
        .healthCheck(TaskDefinition.HealthCheck.builder()
            .command(HEALTH_CHECK_COMMAND.toArray(String[]::new))
            .interval(HEALTH_CHECK_INTERVAL_SECONDS)
            .timeout(HEALTH_CHECK_TIMEOUT_SECONDS)
            .retries(HEALTH_CHECK_RETRIES)
            .startPeriod(HEALTH_CHECK_START_PERIOD_SECONDS)
            .build())
        .logConfiguration(logConfiguration(logGroup))
        // LiteLLM writes at start-up outside /tmp (Prisma client, UI files under its package
        // directory); read-only root file systems are only supported by releases newer than the
        // one pinned here (BerriAI/litellm#10624, #19578), so the root file system stays writable.
        .readonlyRootFilesystem(false)
        .stopTimeout(STOP_TIMEOUT.ref())
        .build();
  }

  private static TaskDefinition.LogConfiguration logConfiguration(LogGroup logGroup) {
    return TaskDefinition.LogConfiguration.builder()
        .logDriver("awslogs")
        .options(logOptions(logGroup))
        .build();
  }

  private static Secret secret(SecretVariable s) {
    return Secret.builder()
        .name(s.variable())
        .valueFrom(Fn.subWith("${SecretArn}:" + s.jsonKey() + "::",
            Map.of("SecretArn", imported(s.secretArn()))))
        .build();
  }

  private static KeyValuePair variable(String name, Expr value) {
    return KeyValuePair.builder().name(name).value(value).build();
  }

  /** The awslogs driver's options, in the order the task definition has always listed them. */
  private static Map<String, Expr> logOptions(LogGroup logGroup) {
    Map<String, Expr> options = new LinkedHashMap<>();
    options.put("awslogs-group", logGroup.ref());
    options.put("awslogs-region", Fn.region());
    options.put("awslogs-stream-prefix", Expr.of("ecs"));
    // A slow CloudWatch Logs endpoint must not stall requests writing to stdout; a full buffer
    // drops log lines instead.
    options.put("mode", Expr.of("non-blocking"));
    options.put("max-buffer-size", Expr.of("25m"));
    return options;
  }

  /** The one target-tracking policy builder; CPU and memory differ in metric and target only. */
  private static ScalingPolicy targetTracking(
      String logicalId,
      Parameter env,
      String nameSuffix,
      ScalableTarget target,
      String predefinedMetric,
      BigDecimal targetPercent) {
    return ScalingPolicy.builder()
        .logicalId(logicalId)
        .policyName(Names.of(nameSuffix, Names.DEFAULT_LIMIT))
        .policyType("TargetTrackingScaling")
        .scalingTargetId(target.ref())
        .targetTrackingScalingPolicyConfiguration(TargetTrackingScalingPolicyConfiguration.builder()
            .predefinedMetricSpecification(PredefinedMetricSpecification.builder()
                .predefinedMetricType(predefinedMetric)
                .build())
            // a decimal keeps the target as written (70), not as a double (70.0)
            .targetValue(Expr.json(JsonNodeFactory.instance.numberNode(targetPercent)))
            .scaleInCooldown(SCALE_IN_COOLDOWN_SECONDS)
            .scaleOutCooldown(SCALE_OUT_COOLDOWN_SECONDS)
            .build())
        .build();
  }

  private static Output export(String logicalId, String description, Expr value, ExportName name) {
    return Output.builder()
        .logicalId(logicalId)
        .description(description)
        .value(value)
        .export(name)
        .build();
  }

  /**
   * Untagged images expire first; of the rest, only the newest {@link #TAGGED_IMAGES_KEPT} stay.
   * Built as a JSON tree with a fixed key order, so the text is the same on every run.
   */
  static String lifecyclePolicyText() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode policy = nodes.objectNode();
    ArrayNode rules = policy.putArray("rules");
    ObjectNode untagged = rules.addObject();
    untagged.put("rulePriority", 1);
    untagged.put("description",
        "Expire untagged images " + UNTAGGED_IMAGE_EXPIRY_DAYS + " days after push");
    ObjectNode untaggedSelection = untagged.putObject("selection");
    untaggedSelection.put("tagStatus", "untagged");
    untaggedSelection.put("countType", "sinceImagePushed");
    untaggedSelection.put("countUnit", "days");
    untaggedSelection.put("countNumber", UNTAGGED_IMAGE_EXPIRY_DAYS);
    untagged.putObject("action").put("type", "expire");
    // tagStatus any must be the last rule; after rule 1 only tagged images are left for it.
    ObjectNode tagged = rules.addObject();
    tagged.put("rulePriority", 2);
    tagged.put("description", "Keep only the newest " + TAGGED_IMAGES_KEPT + " images");
    ObjectNode taggedSelection = tagged.putObject("selection");
    taggedSelection.put("tagStatus", "any");
    taggedSelection.put("countType", "imageCountMoreThan");
    taggedSelection.put("countNumber", TAGGED_IMAGES_KEPT);
    tagged.putObject("action").put("type", "expire");
    try {
      return new ObjectMapper().writeValueAsString(policy);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the ECR lifecycle policy", e);
    }
  }
}
