// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ecs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;
import org.llmgateway.cfn.model.template.PropertyJson;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code AWS::ECS::TaskDefinition}: Registers a new task definition from the supplied `family` and
 * `containerDefinitions` . Optionally, you can add data volumes to your containers with the
 * `volumes` parameter. For more information about task definition parameters and defaults, see
 * [Amazon ECS Task
 * Definitions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_defintions.html) in
 * the *Amazon Elastic Container Service Developer Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskdefinition.html">AWS::ECS::TaskDefinition</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TaskDefinition extends Resource {

  String TYPE = "AWS::ECS::TaskDefinition";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A list of container definitions in JSON format that describe the different containers that make
   * up your task. For more information about container definition parameters and defaults, see
   * [Amazon ECS Task
   * Definitions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_defintions.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> containerDefinitions();

  /**
   * The number of `cpu` units used by the task. If you use the EC2 launch type, this field is
   * optional. Any value can be used. If you use the Fargate launch type, this field is required.
   * You must use one of the following values. The value that you choose determines your range of
   * valid values for the `memory` parameter.
   */
  Optional<Expr> cpu();

  /**
   * Enables fault injection and allows for fault injection requests to be accepted from the task's
   * containers. The default value is `false` .
   */
  Optional<Expr> enableFaultInjection();

  /** The ephemeral storage settings to use for tasks run with the task definition. */
  Optional<Expr> ephemeralStorage();

  /**
   * The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container
   * agent permission to make AWS API calls on your behalf. For informationabout the required IAM
   * roles for Amazon ECS, see [IAM roles for Amazon
   * ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> executionRoleArn();

  /**
   * The name of a family that this task definition is registered to. Up to 255 letters (uppercase
   * and lowercase), numbers, hyphens, and underscores are allowed.
   */
  Optional<Expr> family();

  /** {@code InferenceAccelerators}. */
  Optional<Expr> inferenceAccelerators();

  /**
   * The IPC resource namespace to use for the containers in the task. The valid values are `host` ,
   * `task` , or `none` . If `host` is specified, then all containers within the tasks that
   * specified the `host` IPC mode on the same container instance share the same IPC resources with
   * the host Amazon EC2 instance. If `task` is specified, all containers within the specified task
   * share the same IPC resources. If `none` is specified, then IPC resources within the containers
   * of a task are private and not shared with other containers in a task or on the container
   * instance. If no value is specified, then the IPC resource namespace sharing depends on the
   * Docker daemon setting on the container instance.
   */
  Optional<Expr> ipcMode();

  /** The amount (in MiB) of memory used by the task. */
  Optional<Expr> memory();

  /**
   * The Docker networking mode to use for the containers in the task. The valid values are `none` ,
   * `bridge` , `awsvpc` , and `host` . If no network mode is specified, the default is `bridge` .
   */
  Optional<Expr> networkMode();

  /**
   * The process namespace to use for the containers in the task. The valid values are `host` or
   * `task` . On Fargate for Linux containers, the only valid value is `task` . For example,
   * monitoring sidecars might need `pidMode` to access information about other containers running
   * in the same task.
   */
  Optional<Expr> pidMode();

  /** An array of placement constraint objects to use for tasks. */
  Optional<Expr> placementConstraints();

  /** The configuration details for the App Mesh proxy. */
  Optional<Expr> proxyConfiguration();

  /**
   * The task launch types the task definition was validated against. The valid values are
   * `MANAGED_INSTANCES` , `EC2` , `FARGATE` , and `EXTERNAL` . For more information, see [Amazon
   * ECS launch
   * types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html) in the
   * *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> requiresCompatibilities();

  /** The operating system that your tasks definitions run on. */
  Optional<Expr> runtimePlatform();

  /**
   * The metadata that you apply to the task definition to help you categorize and organize them.
   * Each tag consists of a key and an optional value. You define both of them.
   */
  Optional<Expr> tags();

  /**
   * The short name or full Amazon Resource Name (ARN) of the AWS Identity and Access Management
   * role that grants containers in the task permission to call AWS APIs on your behalf. For more
   * information, see [Amazon ECS Task
   * Role](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html) in the
   * *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> taskRoleArn();

  /**
   * The list of data volume definitions for the task. For more information, see [Using data volumes
   * in tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> volumes();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ContainerDefinitions", containerDefinitions())
        .put("Cpu", cpu())
        .put("EnableFaultInjection", enableFaultInjection())
        .put("EphemeralStorage", ephemeralStorage())
        .put("ExecutionRoleArn", executionRoleArn())
        .put("Family", family())
        .put("InferenceAccelerators", inferenceAccelerators())
        .put("IpcMode", ipcMode())
        .put("Memory", memory())
        .put("NetworkMode", networkMode())
        .put("PidMode", pidMode())
        .put("PlacementConstraints", placementConstraints())
        .put("ProxyConfiguration", proxyConfiguration())
        .put("RequiresCompatibilities", requiresCompatibilities())
        .put("RuntimePlatform", runtimePlatform())
        .put("Tags", tags())
        .put("TaskRoleArn", taskRoleArn())
        .put("Volumes", volumes())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code TaskDefinitionArn} attribute: The ARN of the task definition. */
  default GetAtt attrTaskDefinitionArn() {
    return getAtt("TaskDefinitionArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskDefinition}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTaskDefinition.Builder {

    public Builder containerDefinitions(List<? extends Expr> values) {
      containerDefinitions(Expr.list(values));
      return this;
    }

    public Builder cpu(String value) {
      cpu(Expr.of(value));
      return this;
    }

    public Builder enableFaultInjection(boolean value) {
      enableFaultInjection(Expr.of(value));
      return this;
    }

    public Builder executionRoleArn(String value) {
      executionRoleArn(Expr.of(value));
      return this;
    }

    public Builder family(String value) {
      family(Expr.of(value));
      return this;
    }

    public Builder inferenceAccelerators(List<? extends Expr> values) {
      inferenceAccelerators(Expr.list(values));
      return this;
    }

    public Builder ipcMode(String value) {
      ipcMode(Expr.of(value));
      return this;
    }

    public Builder memory(String value) {
      memory(Expr.of(value));
      return this;
    }

    public Builder networkMode(String value) {
      networkMode(Expr.of(value));
      return this;
    }

    public Builder pidMode(String value) {
      pidMode(Expr.of(value));
      return this;
    }

    public Builder placementConstraints(List<? extends Expr> values) {
      placementConstraints(Expr.list(values));
      return this;
    }

    public Builder requiresCompatibilities(List<? extends Expr> values) {
      requiresCompatibilities(Expr.list(values));
      return this;
    }

    public Builder requiresCompatibilities(String... values) {
      requiresCompatibilities(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder taskRoleArn(String value) {
      taskRoleArn(Expr.of(value));
      return this;
    }

    public Builder volumes(List<? extends Expr> values) {
      volumes(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.AuthorizationConfig}: The authorization configuration details
   * for the Amazon EFS file system.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-authorizationconfig.html">AWS::ECS::TaskDefinition.AuthorizationConfig</a>
   */
  @Value.Immutable
  interface AuthorizationConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code IAM}. */
    String IAM_ENABLED = "ENABLED";
    String IAM_DISABLED = "DISABLED";

    /**
     * The Amazon EFS access point ID to use. If an access point is specified, the root directory
     * value specified in the `EFSVolumeConfiguration` must either be omitted or set to `/` which
     * will enforce the path set on the EFS access point. If an access point is used, transit
     * encryption must be on in the `EFSVolumeConfiguration` . For more information, see [Working
     * with Amazon EFS access
     * points](https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html) in the *Amazon
     * Elastic File System User Guide* .
     */
    Optional<Expr> accessPointId();

    /**
     * Determines whether to use the Amazon ECS task role defined in a task definition when mounting
     * the Amazon EFS file system. If it is turned on, transit encryption must be turned on in the
     * `EFSVolumeConfiguration` . If this parameter is omitted, the default value of `DISABLED` is
     * used. For more information, see [Using Amazon EFS access
     * points](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html#efs-volume-accesspoints)
     * in the *Amazon Elastic Container Service Developer Guide* .
     */
    Optional<Expr> iam();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessPointId", accessPointId())
          .put("IAM", iam())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AuthorizationConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.AuthorizationConfig.Builder {

      public Builder accessPointId(String value) {
        accessPointId(Expr.of(value));
        return this;
      }

      public Builder iam(String value) {
        iam(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.ContainerDefinition}: The `ContainerDefinition` property
   * specifies a container definition. Container definitions are used in task definitions to
   * describe the different containers that are launched as part of a task.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-containerdefinition.html">AWS::ECS::TaskDefinition.ContainerDefinition</a>
   */
  @Value.Immutable
  interface ContainerDefinition extends PropertyValue {

    /**
     * The command that's passed to the container. This parameter maps to `Cmd` in the docker
     * container create command and the `COMMAND` parameter to docker run. If there are multiple
     * arguments, each argument is a separated string in the array.
     */
    Optional<Expr> command();

    /**
     * The number of `cpu` units reserved for the container. This parameter maps to `CpuShares` in
     * the docker container create command and the `--cpu-shares` option to docker run.
     */
    Optional<Expr> cpu();

    /**
     * A list of ARNs in SSM or Amazon S3 to a credential spec ( `CredSpec` ) file that configures
     * the container for Active Directory authentication. We recommend that you use this parameter
     * instead of the `dockerSecurityOptions` . The maximum number of ARNs is 1.
     */
    Optional<Expr> credentialSpecs();

    /**
     * The dependencies defined for container startup and shutdown. A container can contain multiple
     * dependencies. When a dependency is defined for container startup, for container shutdown it
     * is reversed.
     */
    Optional<Expr> dependsOnValue();

    /**
     * When this parameter is true, networking is off within the container. This parameter maps to
     * `NetworkDisabled` in the docker container create command.
     */
    Optional<Expr> disableNetworking();

    /**
     * A list of DNS search domains that are presented to the container. This parameter maps to
     * `DnsSearch` in the docker container create command and the `--dns-search` option to docker
     * run.
     */
    Optional<Expr> dnsSearchDomains();

    /**
     * A list of DNS servers that are presented to the container. This parameter maps to `Dns` in
     * the docker container create command and the `--dns` option to docker run.
     */
    Optional<Expr> dnsServers();

    /**
     * A key/value map of labels to add to the container. This parameter maps to `Labels` in the
     * docker container create command and the `--label` option to docker run. This parameter
     * requires version 1.18 of the Docker Remote API or greater on your container instance. To
     * check the Docker Remote API version on your container instance, log in to your container
     * instance and run the following command: `sudo docker version --format
     * '{{.Server.APIVersion}}'`
     */
    Optional<Expr> dockerLabels();

    /**
     * A list of strings to provide custom configuration for multiple security systems. This field
     * isn't valid for containers in tasks using the Fargate launch type.
     */
    Optional<Expr> dockerSecurityOptions();

    /**
     * &gt; Early versions of the Amazon ECS container agent don't properly handle `entryPoint`
     * parameters. If you have problems using `entryPoint` , update your container agent or enter
     * your commands and arguments as `command` array items instead.
     */
    Optional<Expr> entryPoint();

    /**
     * The environment variables to pass to a container. This parameter maps to `Env` in the docker
     * container create command and the `--env` option to docker run.
     */
    Optional<Expr> environment();

    /**
     * A list of files containing the environment variables to pass to a container. This parameter
     * maps to the `--env-file` option to docker run.
     */
    Optional<Expr> environmentFiles();

    /**
     * If the `essential` parameter of a container is marked as `true` , and that container fails or
     * stops for any reason, all other containers that are part of the task are stopped. If the
     * `essential` parameter of a container is marked as `false` , its failure doesn't affect the
     * rest of the containers in a task. If this parameter is omitted, a container is assumed to be
     * essential.
     */
    Optional<Expr> essential();

    /**
     * A list of hostnames and IP address mappings to append to the `/etc/hosts` file on the
     * container. This parameter maps to `ExtraHosts` in the docker container create command and the
     * `--add-host` option to docker run.
     */
    Optional<Expr> extraHosts();

    /**
     * The FireLens configuration for the container. This is used to specify and configure a log
     * router for container logs. For more information, see [Custom Log
     * Routing](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html) in
     * the *Amazon Elastic Container Service Developer Guide* .
     */
    Optional<Expr> firelensConfiguration();

    /**
     * The container health check command and associated configuration parameters for the container.
     * This parameter maps to `HealthCheck` in the docker container create command and the
     * `HEALTHCHECK` parameter of docker run.
     */
    Optional<Expr> healthCheck();

    /**
     * The hostname to use for your container. This parameter maps to `Hostname` in the docker
     * container create command and the `--hostname` option to docker run.
     */
    Optional<Expr> hostname();

    /**
     * Required. The image used to start a container. This string is passed directly to the Docker
     * daemon. By default, images in the Docker Hub registry are available. Other repositories are
     * specified with either `*repository-url* / *image* : *tag*` or `*repository-url* / *image*
     * &#64; *digest*` . For images using tags (repository-url/image:tag), up to 255 characters
     * total are allowed, including letters (uppercase and lowercase), numbers, hyphens,
     * underscores, colons, periods, forward slashes, and number signs (#). For images using digests
     * (repository-url/image&#64;digest), the 255 character limit applies only to the repository URL
     * and image name (everything before the &#64; sign). The only supported hash function is
     * sha256, and the hash value after sha256: must be exactly 64 characters (only letters A-F,
     * a-f, and numbers 0-9 are allowed). This parameter maps to `Image` in the docker container
     * create command and the `IMAGE` parameter of docker run.
     */
    Expr image();

    /**
     * When this parameter is `true` , you can deploy containerized applications that require
     * `stdin` or a `tty` to be allocated. This parameter maps to `OpenStdin` in the docker
     * container create command and the `--interactive` option to docker run.
     */
    Optional<Expr> interactive();

    /**
     * The `links` parameter allows containers to communicate with each other without the need for
     * port mappings. This parameter is only supported if the network mode of a task definition is
     * `bridge` . The `name:internalName` construct is analogous to `name:alias` in Docker links. Up
     * to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed..
     * This parameter maps to `Links` in the docker container create command and the `--link` option
     * to docker run.
     */
    Optional<Expr> links();

    /**
     * Linux-specific modifications that are applied to the container, such as Linux kernel
     * capabilities. For more information see
     * [KernelCapabilities](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html)
     * .
     */
    Optional<Expr> linuxParameters();

    /** The log configuration specification for the container. */
    Optional<Expr> logConfiguration();

    /**
     * The amount (in MiB) of memory to present to the container. If your container attempts to
     * exceed the memory specified here, the container is killed. The total amount of memory
     * reserved for all containers within a task must be lower than the task `memory` value, if one
     * is specified. This parameter maps to `Memory` in the [Create a
     * container](https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate)
     * section of the [Docker Remote
     * API](https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/) and the
     * `--memory` option to [docker
     * run](https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/#security-configuration)
     * .
     */
    Optional<Expr> memory();

    /**
     * The soft limit (in MiB) of memory to reserve for the container. When system memory is under
     * heavy contention, Docker attempts to keep the container memory to this soft limit. However,
     * your container can consume more memory when it needs to, up to either the hard limit
     * specified with the `memory` parameter (if applicable), or all of the available memory on the
     * container instance, whichever comes first. This parameter maps to `MemoryReservation` in the
     * docker container create command and the `--memory-reservation` option to docker run.
     */
    Optional<Expr> memoryReservation();

    /** The mount points for data volumes in your container. */
    Optional<Expr> mountPoints();

    /**
     * Required. The name of a container. If you're linking multiple containers together in a task
     * definition, the `name` of one container can be entered in the `links` of another container to
     * connect the containers. Up to 255 letters (uppercase and lowercase), numbers, underscores,
     * and hyphens are allowed. This parameter maps to `name` in the docker container create command
     * and the `--name` option to docker run.
     */
    Expr name();

    /**
     * The list of port mappings for the container. Port mappings allow containers to access ports
     * on the host container instance to send or receive traffic.
     */
    Optional<Expr> portMappings();

    /**
     * When this parameter is true, the container is given elevated privileges on the host container
     * instance (similar to the `root` user). This parameter maps to `Privileged` in the docker
     * container create command and the `--privileged` option to docker run
     */
    Optional<Expr> privileged();

    /**
     * When this parameter is `true` , a TTY is allocated. This parameter maps to `Tty` in the
     * docker container create command and the `--tty` option to docker run.
     */
    Optional<Expr> pseudoTerminal();

    /**
     * When this parameter is true, the container is given read-only access to its root file system.
     * This parameter maps to `ReadonlyRootfs` in the docker container create command and the
     * `--read-only` option to docker run.
     */
    Optional<Expr> readonlyRootFilesystem();

    /** The private repository authentication credentials to use. */
    Optional<Expr> repositoryCredentials();

    /**
     * The type and amount of a resource to assign to a container. The only supported resource is a
     * GPU.
     */
    Optional<Expr> resourceRequirements();

    /**
     * The restart policy for a container. When you set up a restart policy, Amazon ECS can restart
     * the container without needing to replace the task. For more information, see [Restart
     * individual containers in Amazon ECS tasks with container restart
     * policies](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html)
     * in the *Amazon Elastic Container Service Developer Guide* .
     */
    Optional<Expr> restartPolicy();

    /**
     * The secrets to pass to the container. For more information, see [Specifying Sensitive
     * Data](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html)
     * in the *Amazon Elastic Container Service Developer Guide* .
     */
    Optional<Expr> secrets();

    /**
     * Time duration (in seconds) to wait before giving up on resolving dependencies for a
     * container. For example, you specify two containers in a task definition with containerA
     * having a dependency on containerB reaching a `COMPLETE` , `SUCCESS` , or `HEALTHY` status. If
     * a `startTimeout` value is specified for containerB and it doesn't reach the desired status
     * within that time then containerA gives up and not start. This results in the task
     * transitioning to a `STOPPED` state.
     */
    Optional<Expr> startTimeout();

    /**
     * Time duration (in seconds) to wait before the container is forcefully killed if it doesn't
     * exit normally on its own.
     */
    Optional<Expr> stopTimeout();

    /**
     * A list of namespaced kernel parameters to set in the container. This parameter maps to
     * `Sysctls` in the docker container create command and the `--sysctl` option to docker run. For
     * example, you can configure `net.ipv4.tcp_keepalive_time` setting to maintain longer lived
     * connections.
     */
    Optional<Expr> systemControls();

    /**
     * A list of `ulimits` to set in the container. This parameter maps to `Ulimits` in the [Create
     * a
     * container](https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/#operation/ContainerCreate)
     * section of the [Docker Remote
     * API](https://docs.aws.amazon.com/https://docs.docker.com/engine/api/v1.35/) and the
     * `--ulimit` option to [docker
     * run](https://docs.aws.amazon.com/https://docs.docker.com/engine/reference/run/) . Valid
     * naming values are displayed in the
     * [Ulimit](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html) data
     * type. This parameter requires version 1.18 of the Docker Remote API or greater on your
     * container instance. To check the Docker Remote API version on your container instance, log in
     * to your container instance and run the following command: `sudo docker version --format
     * '{{.Server.APIVersion}}'`
     */
    Optional<Expr> ulimits();

    /**
     * The user to use inside the container. This parameter maps to `User` in the docker container
     * create command and the `--user` option to docker run.
     */
    Optional<Expr> user();

    /**
     * Specifies whether Amazon ECS will resolve the container image tag provided in the container
     * definition to an image digest. By default, the value is `enabled` . If you set the value for
     * a container as `disabled` , Amazon ECS will not resolve the provided container image tag to a
     * digest and will use the original image URI specified in the container definition for
     * deployment. For more information about container image resolution, see [Container image
     * resolution](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability)
     * in the *Amazon ECS Developer Guide* .
     */
    Optional<Expr> versionConsistency();

    /**
     * Data volumes to mount from another container. This parameter maps to `VolumesFrom` in the
     * docker container create command and the `--volumes-from` option to docker run.
     */
    Optional<Expr> volumesFrom();

    /**
     * The working directory to run commands inside the container in. This parameter maps to
     * `WorkingDir` in the docker container create command and the `--workdir` option to docker run.
     */
    Optional<Expr> workingDirectory();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Command", command())
          .put("Cpu", cpu())
          .put("CredentialSpecs", credentialSpecs())
          .put("DependsOn", dependsOnValue())
          .put("DisableNetworking", disableNetworking())
          .put("DnsSearchDomains", dnsSearchDomains())
          .put("DnsServers", dnsServers())
          .put("DockerLabels", dockerLabels())
          .put("DockerSecurityOptions", dockerSecurityOptions())
          .put("EntryPoint", entryPoint())
          .put("Environment", environment())
          .put("EnvironmentFiles", environmentFiles())
          .put("Essential", essential())
          .put("ExtraHosts", extraHosts())
          .put("FirelensConfiguration", firelensConfiguration())
          .put("HealthCheck", healthCheck())
          .put("Hostname", hostname())
          .put("Image", image())
          .put("Interactive", interactive())
          .put("Links", links())
          .put("LinuxParameters", linuxParameters())
          .put("LogConfiguration", logConfiguration())
          .put("Memory", memory())
          .put("MemoryReservation", memoryReservation())
          .put("MountPoints", mountPoints())
          .put("Name", name())
          .put("PortMappings", portMappings())
          .put("Privileged", privileged())
          .put("PseudoTerminal", pseudoTerminal())
          .put("ReadonlyRootFilesystem", readonlyRootFilesystem())
          .put("RepositoryCredentials", repositoryCredentials())
          .put("ResourceRequirements", resourceRequirements())
          .put("RestartPolicy", restartPolicy())
          .put("Secrets", secrets())
          .put("StartTimeout", startTimeout())
          .put("StopTimeout", stopTimeout())
          .put("SystemControls", systemControls())
          .put("Ulimits", ulimits())
          .put("User", user())
          .put("VersionConsistency", versionConsistency())
          .put("VolumesFrom", volumesFrom())
          .put("WorkingDirectory", workingDirectory())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ContainerDefinition}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.ContainerDefinition.Builder {

      public Builder command(List<? extends Expr> values) {
        command(Expr.list(values));
        return this;
      }

      public Builder command(String... values) {
        command(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder cpu(long value) {
        cpu(Expr.of(value));
        return this;
      }

      public Builder credentialSpecs(List<? extends Expr> values) {
        credentialSpecs(Expr.list(values));
        return this;
      }

      public Builder credentialSpecs(String... values) {
        credentialSpecs(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder dependsOnValue(List<? extends Expr> values) {
        dependsOnValue(Expr.list(values));
        return this;
      }

      public Builder disableNetworking(boolean value) {
        disableNetworking(Expr.of(value));
        return this;
      }

      public Builder dnsSearchDomains(List<? extends Expr> values) {
        dnsSearchDomains(Expr.list(values));
        return this;
      }

      public Builder dnsSearchDomains(String... values) {
        dnsSearchDomains(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder dnsServers(List<? extends Expr> values) {
        dnsServers(Expr.list(values));
        return this;
      }

      public Builder dnsServers(String... values) {
        dnsServers(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder dockerLabels(Map<String, ? extends Expr> entries) {
        dockerLabels(Expr.map(entries));
        return this;
      }

      public Builder dockerSecurityOptions(List<? extends Expr> values) {
        dockerSecurityOptions(Expr.list(values));
        return this;
      }

      public Builder dockerSecurityOptions(String... values) {
        dockerSecurityOptions(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder entryPoint(List<? extends Expr> values) {
        entryPoint(Expr.list(values));
        return this;
      }

      public Builder entryPoint(String... values) {
        entryPoint(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder environment(List<? extends Expr> values) {
        environment(Expr.list(values));
        return this;
      }

      public Builder environmentFiles(List<? extends Expr> values) {
        environmentFiles(Expr.list(values));
        return this;
      }

      public Builder essential(boolean value) {
        essential(Expr.of(value));
        return this;
      }

      public Builder extraHosts(List<? extends Expr> values) {
        extraHosts(Expr.list(values));
        return this;
      }

      public Builder hostname(String value) {
        hostname(Expr.of(value));
        return this;
      }

      public Builder image(String value) {
        image(Expr.of(value));
        return this;
      }

      public Builder interactive(boolean value) {
        interactive(Expr.of(value));
        return this;
      }

      public Builder links(List<? extends Expr> values) {
        links(Expr.list(values));
        return this;
      }

      public Builder links(String... values) {
        links(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder memory(long value) {
        memory(Expr.of(value));
        return this;
      }

      public Builder memoryReservation(long value) {
        memoryReservation(Expr.of(value));
        return this;
      }

      public Builder mountPoints(List<? extends Expr> values) {
        mountPoints(Expr.list(values));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder portMappings(List<? extends Expr> values) {
        portMappings(Expr.list(values));
        return this;
      }

      public Builder privileged(boolean value) {
        privileged(Expr.of(value));
        return this;
      }

      public Builder pseudoTerminal(boolean value) {
        pseudoTerminal(Expr.of(value));
        return this;
      }

      public Builder readonlyRootFilesystem(boolean value) {
        readonlyRootFilesystem(Expr.of(value));
        return this;
      }

      public Builder resourceRequirements(List<? extends Expr> values) {
        resourceRequirements(Expr.list(values));
        return this;
      }

      public Builder secrets(List<? extends Expr> values) {
        secrets(Expr.list(values));
        return this;
      }

      public Builder startTimeout(long value) {
        startTimeout(Expr.of(value));
        return this;
      }

      public Builder stopTimeout(long value) {
        stopTimeout(Expr.of(value));
        return this;
      }

      public Builder systemControls(List<? extends Expr> values) {
        systemControls(Expr.list(values));
        return this;
      }

      public Builder ulimits(List<? extends Expr> values) {
        ulimits(Expr.list(values));
        return this;
      }

      public Builder user(String value) {
        user(Expr.of(value));
        return this;
      }

      public Builder versionConsistency(String value) {
        versionConsistency(Expr.of(value));
        return this;
      }

      public Builder volumesFrom(List<? extends Expr> values) {
        volumesFrom(Expr.list(values));
        return this;
      }

      public Builder workingDirectory(String value) {
        workingDirectory(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.ContainerDependency}: The `ContainerDependency` property
   * specifies the dependencies defined for container startup and shutdown. A container can contain
   * multiple dependencies. When a dependency is defined for container startup, for container
   * shutdown it is reversed.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-containerdependency.html">AWS::ECS::TaskDefinition.ContainerDependency</a>
   */
  @Value.Immutable
  interface ContainerDependency extends PropertyValue {

    /**
     * The dependency condition of the container. The following are the available conditions and
     * their behavior:
     */
    Optional<Expr> conditionValue();

    /** The name of a container. */
    Optional<Expr> containerName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Condition", conditionValue())
          .put("ContainerName", containerName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ContainerDependency}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.ContainerDependency.Builder {

      public Builder conditionValue(String value) {
        conditionValue(Expr.of(value));
        return this;
      }

      public Builder containerName(String value) {
        containerName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.Device}: The `Device` property specifies an object representing
   * a container instance host device.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-device.html">AWS::ECS::TaskDefinition.Device</a>
   */
  @Value.Immutable
  interface Device extends PropertyValue {

    /** The path inside the container at which to expose the host device. */
    Optional<Expr> containerPath();

    /** The path for the device on the host container instance. */
    Optional<Expr> hostPath();

    /**
     * The explicit permissions to provide to the container for the device. By default, the
     * container has permissions for `read` , `write` , and `mknod` for the device.
     */
    Optional<Expr> permissions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContainerPath", containerPath())
          .put("HostPath", hostPath())
          .put("Permissions", permissions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Device}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.Device.Builder {

      public Builder containerPath(String value) {
        containerPath(Expr.of(value));
        return this;
      }

      public Builder hostPath(String value) {
        hostPath(Expr.of(value));
        return this;
      }

      public Builder permissions(List<? extends Expr> values) {
        permissions(Expr.list(values));
        return this;
      }

      public Builder permissions(String... values) {
        permissions(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.DockerVolumeConfiguration}: The `DockerVolumeConfiguration`
   * property specifies a Docker volume configuration and is used when you use Docker volumes.
   * Docker volumes are only supported when you are using the EC2 launch type. Windows containers
   * only support the use of the `local` driver. To use bind mounts, specify a `host` instead.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-dockervolumeconfiguration.html">AWS::ECS::TaskDefinition.DockerVolumeConfiguration</a>
   */
  @Value.Immutable
  interface DockerVolumeConfiguration extends PropertyValue {

    /** If this value is `true` , the Docker volume is created if it doesn't already exist. */
    Optional<Expr> autoprovision();

    /**
     * The Docker volume driver to use. The driver value must match the driver name provided by
     * Docker because it is used for task placement. If the driver was installed using the Docker
     * plugin CLI, use `docker plugin ls` to retrieve the driver name from your container instance.
     * If the driver was installed using another method, use Docker plugin discovery to retrieve the
     * driver name. This parameter maps to `Driver` in the docker container create command and the
     * `xxdriver` option to docker volume create.
     */
    Optional<Expr> driver();

    /**
     * A map of Docker driver-specific options passed through. This parameter maps to `DriverOpts`
     * in the docker create-volume command and the `xxopt` option to docker volume create.
     */
    Optional<Expr> driverOpts();

    /**
     * Custom metadata to add to your Docker volume. This parameter maps to `Labels` in the docker
     * container create command and the `xxlabel` option to docker volume create.
     */
    Optional<Expr> labels();

    /**
     * The scope for the Docker volume that determines its lifecycle. Docker volumes that are scoped
     * to a `task` are automatically provisioned when the task starts and destroyed when the task
     * stops. Docker volumes that are scoped as `shared` persist after the task stops.
     */
    Optional<Expr> scope();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Autoprovision", autoprovision())
          .put("Driver", driver())
          .put("DriverOpts", driverOpts())
          .put("Labels", labels())
          .put("Scope", scope())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DockerVolumeConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.DockerVolumeConfiguration.Builder {

      public Builder autoprovision(boolean value) {
        autoprovision(Expr.of(value));
        return this;
      }

      public Builder driver(String value) {
        driver(Expr.of(value));
        return this;
      }

      public Builder driverOpts(Map<String, ? extends Expr> entries) {
        driverOpts(Expr.map(entries));
        return this;
      }

      public Builder labels(Map<String, ? extends Expr> entries) {
        labels(Expr.map(entries));
        return this;
      }

      public Builder scope(String value) {
        scope(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.EFSVolumeConfiguration}: This parameter is specified when
   * you're using an Amazon Elastic File System file system for task storage. For more information,
   * see [Amazon EFS
   * volumes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html) in the
   * *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-efsvolumeconfiguration.html">AWS::ECS::TaskDefinition.EFSVolumeConfiguration</a>
   */
  @Value.Immutable
  interface EFSVolumeConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code TransitEncryption}. */
    String TRANSIT_ENCRYPTION_ENABLED = "ENABLED";
    String TRANSIT_ENCRYPTION_DISABLED = "DISABLED";

    /** The authorization configuration details for the Amazon EFS file system. */
    Optional<Expr> authorizationConfig();

    /** Required. The Amazon EFS file system ID to use. */
    Expr filesystemId();

    /**
     * The directory within the Amazon EFS file system to mount as the root directory inside the
     * host. If this parameter is omitted, the root of the Amazon EFS volume will be used.
     * Specifying `/` will have the same effect as omitting this parameter.
     */
    Optional<Expr> rootDirectory();

    /**
     * Determines whether to use encryption for Amazon EFS data in transit between the Amazon ECS
     * host and the Amazon EFS server. Transit encryption must be turned on if Amazon EFS IAM
     * authorization is used. If this parameter is omitted, the default value of `DISABLED` is used.
     * For more information, see [Encrypting data in
     * transit](https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html) in the *Amazon
     * Elastic File System User Guide* .
     */
    Optional<Expr> transitEncryption();

    /**
     * The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS
     * server. If you do not specify a transit encryption port, it will use the port selection
     * strategy that the Amazon EFS mount helper uses. For more information, see [EFS mount
     * helper](https://docs.aws.amazon.com/efs/latest/ug/efs-mount-helper.html) in the *Amazon
     * Elastic File System User Guide* .
     */
    Optional<Expr> transitEncryptionPort();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthorizationConfig", authorizationConfig())
          .put("FilesystemId", filesystemId())
          .put("RootDirectory", rootDirectory())
          .put("TransitEncryption", transitEncryption())
          .put("TransitEncryptionPort", transitEncryptionPort())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EFSVolumeConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.EFSVolumeConfiguration.Builder {

      public Builder filesystemId(String value) {
        filesystemId(Expr.of(value));
        return this;
      }

      public Builder rootDirectory(String value) {
        rootDirectory(Expr.of(value));
        return this;
      }

      public Builder transitEncryption(String value) {
        transitEncryption(Expr.of(value));
        return this;
      }

      public Builder transitEncryptionPort(long value) {
        transitEncryptionPort(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.EnvironmentFile}: A list of files containing the environment
   * variables to pass to a container. You can specify up to ten environment files. The file must
   * have a `.env` file extension. Each line in an environment file should contain an environment
   * variable in `VARIABLE=VALUE` format. Lines beginning with `#` are treated as comments and are
   * ignored.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-environmentfile.html">AWS::ECS::TaskDefinition.EnvironmentFile</a>
   */
  @Value.Immutable
  interface EnvironmentFile extends PropertyValue {

    /**
     * The file type to use. Environment files are objects in Amazon S3. The only supported value is
     * `s3` .
     */
    Optional<Expr> type();

    /**
     * The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable
     * file.
     */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Type", type())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EnvironmentFile}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.EnvironmentFile.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.EphemeralStorage}: The amount of ephemeral storage to allocate
   * for the task. This parameter is used to expand the total amount of ephemeral storage available,
   * beyond the default amount, for tasks hosted on AWS Fargate . For more information, see [Using
   * data volumes in
   * tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html) in
   * the *Amazon ECS Developer Guide;* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-ephemeralstorage.html">AWS::ECS::TaskDefinition.EphemeralStorage</a>
   */
  @Value.Immutable
  interface EphemeralStorage extends PropertyValue {

    /**
     * The total amount, in GiB, of ephemeral storage to set for the task. The minimum supported
     * value is `21` GiB and the maximum supported value is `200` GiB.
     */
    Optional<Expr> sizeInGiB();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SizeInGiB", sizeInGiB())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EphemeralStorage}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.EphemeralStorage.Builder {

      public Builder sizeInGiB(long value) {
        sizeInGiB(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.FSxAuthorizationConfig}: The authorization configuration
   * details for Amazon FSx for Windows File Server file system. See
   * [FSxWindowsFileServerVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerVolumeConfiguration.html)
   * in the *Amazon ECS API Reference* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-fsxauthorizationconfig.html">AWS::ECS::TaskDefinition.FSxAuthorizationConfig</a>
   */
  @Value.Immutable
  interface FSxAuthorizationConfig extends PropertyValue {

    /**
     * Required. The authorization credential option to use. The authorization credential options
     * can be provided using either the Amazon Resource Name (ARN) of an AWS Secrets Manager secret
     * or SSM Parameter Store parameter. The ARN refers to the stored credentials.
     */
    Expr credentialsParameter();

    /**
     * Required. A fully qualified domain name hosted by an [AWS Directory
     * Service](https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_microsoft_ad.html)
     * Managed Microsoft AD (Active Directory) or self-hosted AD on Amazon EC2.
     */
    Expr domain();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CredentialsParameter", credentialsParameter())
          .put("Domain", domain())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FSxAuthorizationConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.FSxAuthorizationConfig.Builder {

      public Builder credentialsParameter(String value) {
        credentialsParameter(Expr.of(value));
        return this;
      }

      public Builder domain(String value) {
        domain(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.FSxWindowsFileServerVolumeConfiguration}: This parameter is
   * specified when you're using [Amazon FSx for Windows File
   * Server](https://docs.aws.amazon.com/fsx/latest/WindowsGuide/what-is.html) file system for task
   * storage.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-fsxwindowsfileservervolumeconfiguration.html">AWS::ECS::TaskDefinition.FSxWindowsFileServerVolumeConfiguration</a>
   */
  @Value.Immutable
  interface FSxWindowsFileServerVolumeConfiguration extends PropertyValue {

    /**
     * The authorization configuration details for the Amazon FSx for Windows File Server file
     * system.
     */
    Optional<Expr> authorizationConfig();

    /** Required. The Amazon FSx for Windows File Server file system ID to use. */
    Expr fileSystemId();

    /**
     * Required. The directory within the Amazon FSx for Windows File Server file system to mount as
     * the root directory inside the host.
     */
    Expr rootDirectory();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthorizationConfig", authorizationConfig())
          .put("FileSystemId", fileSystemId())
          .put("RootDirectory", rootDirectory())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FSxWindowsFileServerVolumeConfiguration}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.FSxWindowsFileServerVolumeConfiguration.Builder {

      public Builder fileSystemId(String value) {
        fileSystemId(Expr.of(value));
        return this;
      }

      public Builder rootDirectory(String value) {
        rootDirectory(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.FirelensConfiguration}: The FireLens configuration for the
   * container. This is used to specify and configure a log router for container logs. For more
   * information, see [Custom log
   * routing](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html) in
   * the *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-firelensconfiguration.html">AWS::ECS::TaskDefinition.FirelensConfiguration</a>
   */
  @Value.Immutable
  interface FirelensConfiguration extends PropertyValue {

    /**
     * The options to use when configuring the log router. This field is optional and can be used to
     * add additional metadata, such as the task, task definition, cluster, and container instance
     * details to the log event.
     */
    Optional<Expr> options();

    /** The log router to use. The valid values are `fluentd` or `fluentbit` . */
    Optional<Expr> type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Options", options())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FirelensConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.FirelensConfiguration.Builder {

      public Builder options(Map<String, ? extends Expr> entries) {
        options(Expr.map(entries));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.HealthCheck}: The `HealthCheck` property specifies an object
   * representing a container health check. Health check parameters that are specified in a
   * container definition override any Docker health checks that exist in the container image (such
   * as those specified in a parent image or from the image's Dockerfile). This configuration maps
   * to the `HEALTHCHECK` parameter of docker run.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-healthcheck.html">AWS::ECS::TaskDefinition.HealthCheck</a>
   */
  @Value.Immutable
  interface HealthCheck extends PropertyValue {

    /**
     * A string array representing the command that the container runs to determine if it is
     * healthy. The string array must start with `CMD` to run the command arguments directly, or
     * `CMD-SHELL` to run the command with the container's default shell.
     */
    Optional<Expr> command();

    /**
     * The time period in seconds between each health check execution. You may specify between 5 and
     * 300 seconds. The default value is 30 seconds. This value applies only when you specify a
     * `command` .
     */
    Optional<Expr> interval();

    /**
     * The number of times to retry a failed health check before the container is considered
     * unhealthy. You may specify between 1 and 10 retries. The default value is 3. This value
     * applies only when you specify a `command` .
     */
    Optional<Expr> retries();

    /**
     * The optional grace period to provide containers time to bootstrap before failed health checks
     * count towards the maximum number of retries. You can specify between 0 and 300 seconds. By
     * default, the `startPeriod` is off. This value applies only when you specify a `command` .
     */
    Optional<Expr> startPeriod();

    /**
     * The time period in seconds to wait for a health check to succeed before it is considered a
     * failure. You may specify between 2 and 60 seconds. The default value is 5. This value applies
     * only when you specify a `command` .
     */
    Optional<Expr> timeout();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Command", command())
          .put("Interval", interval())
          .put("Retries", retries())
          .put("StartPeriod", startPeriod())
          .put("Timeout", timeout())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HealthCheck}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.HealthCheck.Builder {

      public Builder command(List<? extends Expr> values) {
        command(Expr.list(values));
        return this;
      }

      public Builder command(String... values) {
        command(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder interval(long value) {
        interval(Expr.of(value));
        return this;
      }

      public Builder retries(long value) {
        retries(Expr.of(value));
        return this;
      }

      public Builder startPeriod(long value) {
        startPeriod(Expr.of(value));
        return this;
      }

      public Builder timeout(long value) {
        timeout(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.HostEntry}: The `HostEntry` property specifies a hostname and
   * an IP address that are added to the `/etc/hosts` file of a container through the `extraHosts`
   * parameter of its `ContainerDefinition` resource.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-hostentry.html">AWS::ECS::TaskDefinition.HostEntry</a>
   */
  @Value.Immutable
  interface HostEntry extends PropertyValue {

    /** The hostname to use in the `/etc/hosts` entry. */
    Optional<Expr> hostname();

    /** The IP address to use in the `/etc/hosts` entry. */
    Optional<Expr> ipAddress();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Hostname", hostname())
          .put("IpAddress", ipAddress())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HostEntry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.HostEntry.Builder {

      public Builder hostname(String value) {
        hostname(Expr.of(value));
        return this;
      }

      public Builder ipAddress(String value) {
        ipAddress(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.HostVolumeProperties}: The `HostVolumeProperties` property
   * specifies details on a container instance bind mount host volume.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-hostvolumeproperties.html">AWS::ECS::TaskDefinition.HostVolumeProperties</a>
   */
  @Value.Immutable
  interface HostVolumeProperties extends PropertyValue {

    /**
     * When the `host` parameter is used, specify a `sourcePath` to declare the path on the host
     * container instance that's presented to the container. If this parameter is empty, then the
     * Docker daemon has assigned a host path for you. If the `host` parameter contains a
     * `sourcePath` file location, then the data volume persists at the specified location on the
     * host container instance until you delete it manually. If the `sourcePath` value doesn't exist
     * on the host container instance, the Docker daemon creates it. If the location does exist, the
     * contents of the source path folder are exported.
     */
    Optional<Expr> sourcePath();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SourcePath", sourcePath())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link HostVolumeProperties}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.HostVolumeProperties.Builder {

      public Builder sourcePath(String value) {
        sourcePath(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.InferenceAccelerator}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-inferenceaccelerator.html">AWS::ECS::TaskDefinition.InferenceAccelerator</a>
   */
  @Value.Immutable
  interface InferenceAccelerator extends PropertyValue {

    /** {@code DeviceName}. */
    Optional<Expr> deviceName();

    /** {@code DeviceType}. */
    Optional<Expr> deviceType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeviceName", deviceName())
          .put("DeviceType", deviceType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InferenceAccelerator}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.InferenceAccelerator.Builder {

      public Builder deviceName(String value) {
        deviceName(Expr.of(value));
        return this;
      }

      public Builder deviceType(String value) {
        deviceType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.KernelCapabilities}: The Linux capabilities to add or remove
   * from the default Docker configuration for a container defined in the task definition. For more
   * detailed information about these Linux capabilities, see the
   * [capabilities(7)](https://docs.aws.amazon.com/http://man7.org/linux/man-pages/man7/capabilities.7.html)
   * Linux manual page.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-kernelcapabilities.html">AWS::ECS::TaskDefinition.KernelCapabilities</a>
   */
  @Value.Immutable
  interface KernelCapabilities extends PropertyValue {

    /**
     * The Linux capabilities for the container that have been added to the default configuration
     * provided by Docker. This parameter maps to `CapAdd` in the docker container create command
     * and the `--cap-add` option to docker run.
     */
    Optional<Expr> add();

    /**
     * The Linux capabilities for the container that have been removed from the default
     * configuration provided by Docker. This parameter maps to `CapDrop` in the docker container
     * create command and the `--cap-drop` option to docker run.
     */
    Optional<Expr> drop();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Add", add())
          .put("Drop", drop())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link KernelCapabilities}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.KernelCapabilities.Builder {

      public Builder add(List<? extends Expr> values) {
        add(Expr.list(values));
        return this;
      }

      public Builder add(String... values) {
        add(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder drop(List<? extends Expr> values) {
        drop(Expr.list(values));
        return this;
      }

      public Builder drop(String... values) {
        drop(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.KeyValuePair}: A key-value pair object.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-keyvaluepair.html">AWS::ECS::TaskDefinition.KeyValuePair</a>
   */
  @Value.Immutable
  interface KeyValuePair extends PropertyValue {

    /**
     * The name of the key-value pair. For environment variables, this is the name of the
     * environment variable.
     */
    Optional<Expr> name();

    /**
     * The value of the key-value pair. For environment variables, this is the value of the
     * environment variable.
     */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link KeyValuePair}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.KeyValuePair.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.LinuxParameters}: The Linux-specific options that are applied
   * to the container, such as Linux
   * [KernelCapabilities](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-linuxparameters.html">AWS::ECS::TaskDefinition.LinuxParameters</a>
   */
  @Value.Immutable
  interface LinuxParameters extends PropertyValue {

    /**
     * The Linux capabilities for the container that are added to or dropped from the default
     * configuration provided by Docker.
     */
    Optional<Expr> capabilities();

    /**
     * Any host devices to expose to the container. This parameter maps to `Devices` in the docker
     * container create command and the `--device` option to docker run.
     */
    Optional<Expr> devices();

    /**
     * Run an `init` process inside the container that forwards signals and reaps processes. This
     * parameter maps to the `--init` option to docker run. This parameter requires version 1.25 of
     * the Docker Remote API or greater on your container instance. To check the Docker Remote API
     * version on your container instance, log in to your container instance and run the following
     * command: `sudo docker version --format '{{.Server.APIVersion}}'`
     */
    Optional<Expr> initProcessEnabled();

    /**
     * The total amount of swap memory (in MiB) a container can use. This parameter will be
     * translated to the `--memory-swap` option to docker run where the value would be the sum of
     * the container memory plus the `maxSwap` value.
     */
    Optional<Expr> maxSwap();

    /**
     * The value for the size (in MiB) of the `/dev/shm` volume. This parameter maps to the
     * `--shm-size` option to docker run.
     */
    Optional<Expr> sharedMemorySize();

    /**
     * This allows you to tune a container's memory swappiness behavior. A `swappiness` value of `0`
     * will cause swapping to not happen unless absolutely necessary. A `swappiness` value of `100`
     * will cause pages to be swapped very aggressively. Accepted values are whole numbers between
     * `0` and `100` . If the `swappiness` parameter is not specified, a default value of `60` is
     * used. If a value is not specified for `maxSwap` then this parameter is ignored. This
     * parameter maps to the `--memory-swappiness` option to docker run.
     */
    Optional<Expr> swappiness();

    /**
     * The container path, mount options, and size (in MiB) of the tmpfs mount. This parameter maps
     * to the `--tmpfs` option to docker run.
     */
    Optional<Expr> tmpfs();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Capabilities", capabilities())
          .put("Devices", devices())
          .put("InitProcessEnabled", initProcessEnabled())
          .put("MaxSwap", maxSwap())
          .put("SharedMemorySize", sharedMemorySize())
          .put("Swappiness", swappiness())
          .put("Tmpfs", tmpfs())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LinuxParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.LinuxParameters.Builder {

      public Builder devices(List<? extends Expr> values) {
        devices(Expr.list(values));
        return this;
      }

      public Builder initProcessEnabled(boolean value) {
        initProcessEnabled(Expr.of(value));
        return this;
      }

      public Builder maxSwap(long value) {
        maxSwap(Expr.of(value));
        return this;
      }

      public Builder sharedMemorySize(long value) {
        sharedMemorySize(Expr.of(value));
        return this;
      }

      public Builder swappiness(long value) {
        swappiness(Expr.of(value));
        return this;
      }

      public Builder tmpfs(List<? extends Expr> values) {
        tmpfs(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.LogConfiguration}: The `LogConfiguration` property specifies
   * log configuration options to send to a custom log driver for the container.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-logconfiguration.html">AWS::ECS::TaskDefinition.LogConfiguration</a>
   */
  @Value.Immutable
  interface LogConfiguration extends PropertyValue {

    /** Required. The log driver to use for the container. */
    Expr logDriver();

    /** The configuration options to send to the log driver. */
    Optional<Expr> options();

    /**
     * The secrets to pass to the log configuration. For more information, see [Specifying sensitive
     * data](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html)
     * in the *Amazon Elastic Container Service Developer Guide* .
     */
    Optional<Expr> secretOptions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LogDriver", logDriver())
          .put("Options", options())
          .put("SecretOptions", secretOptions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LogConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.LogConfiguration.Builder {

      public Builder logDriver(String value) {
        logDriver(Expr.of(value));
        return this;
      }

      public Builder options(Map<String, ? extends Expr> entries) {
        options(Expr.map(entries));
        return this;
      }

      public Builder secretOptions(List<? extends Expr> values) {
        secretOptions(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.MountPoint}: The details for a volume mount point that's used
   * in a container definition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-mountpoint.html">AWS::ECS::TaskDefinition.MountPoint</a>
   */
  @Value.Immutable
  interface MountPoint extends PropertyValue {

    /** The path on the container to mount the host volume at. */
    Optional<Expr> containerPath();

    /**
     * If this value is `true` , the container has read-only access to the volume. If this value is
     * `false` , then the container can write to the volume. The default value is `false` .
     */
    Optional<Expr> readOnly();

    /**
     * The name of the volume to mount. Must be a volume name referenced in the `name` parameter of
     * task definition `volume` .
     */
    Optional<Expr> sourceVolume();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContainerPath", containerPath())
          .put("ReadOnly", readOnly())
          .put("SourceVolume", sourceVolume())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MountPoint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.MountPoint.Builder {

      public Builder containerPath(String value) {
        containerPath(Expr.of(value));
        return this;
      }

      public Builder readOnly(boolean value) {
        readOnly(Expr.of(value));
        return this;
      }

      public Builder sourceVolume(String value) {
        sourceVolume(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.PortMapping}: The `PortMapping` property specifies a port
   * mapping. Port mappings allow containers to access ports on the host container instance to send
   * or receive traffic. Port mappings are specified as part of the container definition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-portmapping.html">AWS::ECS::TaskDefinition.PortMapping</a>
   */
  @Value.Immutable
  interface PortMapping extends PropertyValue {

    /** Values CloudFormation accepts for {@code AppProtocol}. */
    String APP_PROTOCOL_HTTP = "http";
    String APP_PROTOCOL_HTTP2 = "http2";
    String APP_PROTOCOL_GRPC = "grpc";

    /**
     * The application protocol that's used for the port mapping. This parameter only applies to
     * Service Connect. We recommend that you set this parameter to be consistent with the protocol
     * that your application uses. If you set this parameter, Amazon ECS adds protocol-specific
     * connection handling to the Service Connect proxy. If you set this parameter, Amazon ECS adds
     * protocol-specific telemetry in the Amazon ECS console and CloudWatch.
     */
    Optional<Expr> appProtocol();

    /**
     * The port number on the container that's bound to the user-specified or automatically assigned
     * host port.
     */
    Optional<Expr> containerPort();

    /**
     * The port number range on the container that's bound to the dynamically mapped host port
     * range.
     */
    Optional<Expr> containerPortRange();

    /** The port number on the container instance to reserve for your container. */
    Optional<Expr> hostPort();

    /**
     * The name that's used for the port mapping. This parameter is the name that you use in the
     * `serviceConnectConfiguration` and the `vpcLatticeConfigurations` of a service. The name can
     * include up to 64 characters. The characters can include lowercase letters, numbers,
     * underscores (_), and hyphens (-). The name can't start with a hyphen.
     */
    Optional<Expr> name();

    /**
     * The protocol used for the port mapping. Valid values are `tcp` and `udp` . The default is
     * `tcp` . `protocol` is immutable in a Service Connect service. Updating this field requires a
     * service deletion and redeployment.
     */
    Optional<Expr> protocol();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AppProtocol", appProtocol())
          .put("ContainerPort", containerPort())
          .put("ContainerPortRange", containerPortRange())
          .put("HostPort", hostPort())
          .put("Name", name())
          .put("Protocol", protocol())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PortMapping}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.PortMapping.Builder {

      public Builder appProtocol(String value) {
        appProtocol(Expr.of(value));
        return this;
      }

      public Builder containerPort(long value) {
        containerPort(Expr.of(value));
        return this;
      }

      public Builder containerPortRange(String value) {
        containerPortRange(Expr.of(value));
        return this;
      }

      public Builder hostPort(long value) {
        hostPort(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.ProxyConfiguration}: The configuration details for the App Mesh
   * proxy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-proxyconfiguration.html">AWS::ECS::TaskDefinition.ProxyConfiguration</a>
   */
  @Value.Immutable
  interface ProxyConfiguration extends PropertyValue {

    /** Required. The name of the container that will serve as the App Mesh proxy. */
    Expr containerName();

    /**
     * The set of network configuration parameters to provide the Container Network Interface (CNI)
     * plugin, specified as key-value pairs.
     */
    Optional<Expr> proxyConfigurationProperties();

    /** The proxy type. The only supported value is `APPMESH` . */
    Optional<Expr> type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContainerName", containerName())
          .put("ProxyConfigurationProperties", proxyConfigurationProperties())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ProxyConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.ProxyConfiguration.Builder {

      public Builder containerName(String value) {
        containerName(Expr.of(value));
        return this;
      }

      public Builder proxyConfigurationProperties(List<? extends Expr> values) {
        proxyConfigurationProperties(Expr.list(values));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.RepositoryCredentials}: The repository credentials for private
   * registry authentication.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-repositorycredentials.html">AWS::ECS::TaskDefinition.RepositoryCredentials</a>
   */
  @Value.Immutable
  interface RepositoryCredentials extends PropertyValue {

    /**
     * The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
     */
    Optional<Expr> credentialsParameter();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CredentialsParameter", credentialsParameter())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RepositoryCredentials}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.RepositoryCredentials.Builder {

      public Builder credentialsParameter(String value) {
        credentialsParameter(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.ResourceRequirement}: The type and amount of a resource to
   * assign to a container. The supported resource types are GPUs and Elastic Inference
   * accelerators. For more information, see [Working with GPUs on Amazon
   * ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-gpu.html) or [Working with
   * Amazon Elastic Inference on Amazon
   * ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-inference.html) in the
   * *Amazon Elastic Container Service Developer Guide*
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-resourcerequirement.html">AWS::ECS::TaskDefinition.ResourceRequirement</a>
   */
  @Value.Immutable
  interface ResourceRequirement extends PropertyValue {

    /** Required. The type of resource to assign to a container. */
    Expr type();

    /** Required. The value for the specified resource type. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Type", type())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ResourceRequirement}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.ResourceRequirement.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.RestartPolicy}: You can enable a restart policy for each
   * container defined in your task definition, to overcome transient failures faster and maintain
   * task availability. When you enable a restart policy for a container, Amazon ECS can restart the
   * container if it exits, without needing to replace the task. For more information, see [Restart
   * individual containers in Amazon ECS tasks with container restart
   * policies](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-restartpolicy.html">AWS::ECS::TaskDefinition.RestartPolicy</a>
   */
  @Value.Immutable
  interface RestartPolicy extends PropertyValue {

    /** Specifies whether a restart policy is enabled for the container. */
    Optional<Expr> enabled();

    /**
     * A list of exit codes that Amazon ECS will ignore and not attempt a restart on. You can
     * specify a maximum of 50 container exit codes. By default, Amazon ECS does not ignore any exit
     * codes.
     */
    Optional<Expr> ignoredExitCodes();

    /**
     * A period of time (in seconds) that the container must run for before a restart can be
     * attempted. A container can be restarted only once every `restartAttemptPeriod` seconds. If a
     * container isn't able to run for this time period and exits early, it will not be restarted.
     * You can set a minimum `restartAttemptPeriod` of 60 seconds and a maximum
     * `restartAttemptPeriod` of 1800 seconds. By default, a container must run for 300 seconds
     * before it can be restarted.
     */
    Optional<Expr> restartAttemptPeriod();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .put("IgnoredExitCodes", ignoredExitCodes())
          .put("RestartAttemptPeriod", restartAttemptPeriod())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RestartPolicy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.RestartPolicy.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder ignoredExitCodes(List<? extends Expr> values) {
        ignoredExitCodes(Expr.list(values));
        return this;
      }

      public Builder restartAttemptPeriod(long value) {
        restartAttemptPeriod(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.RuntimePlatform}: Information about the platform for the Amazon
   * ECS service or task.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-runtimeplatform.html">AWS::ECS::TaskDefinition.RuntimePlatform</a>
   */
  @Value.Immutable
  interface RuntimePlatform extends PropertyValue {

    /** The CPU architecture. */
    Optional<Expr> cpuArchitecture();

    /** The operating system. */
    Optional<Expr> operatingSystemFamily();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CpuArchitecture", cpuArchitecture())
          .put("OperatingSystemFamily", operatingSystemFamily())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RuntimePlatform}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.RuntimePlatform.Builder {

      public Builder cpuArchitecture(String value) {
        cpuArchitecture(Expr.of(value));
        return this;
      }

      public Builder operatingSystemFamily(String value) {
        operatingSystemFamily(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.S3FilesVolumeConfiguration}: This parameter is specified when
   * you're using an Amazon S3 Files file system for task storage. For more information, see [Amazon
   * S3 Files
   * volumes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html) in
   * the *Amazon Elastic Container Service Developer Guide*. Your task definition must include a
   * Task IAM Role. See [IAM role for attaching your file system to compute
   * resources](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-prereq-policies.html#s3-files-prereq-iam-compute-role)
   * for required permissions.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-s3filesvolumeconfiguration.html">AWS::ECS::TaskDefinition.S3FilesVolumeConfiguration</a>
   */
  @Value.Immutable
  interface S3FilesVolumeConfiguration extends PropertyValue {

    /**
     * The full ARN of the S3 Files access point to use. If an access point is specified, the root
     * directory value specified in the ``S3FilesVolumeConfiguration`` must either be omitted or set
     * to ``/`` which will enforce the path set on the S3 Files access point. For more information,
     * see [Creating S3 Files access
     * points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-access-points-creating.html).
     */
    Optional<Expr> accessPointArn();

    /** Required. The full ARN of the S3 Files file system to mount. */
    Expr fileSystemArn();

    /**
     * The directory within the Amazon S3 Files file system to mount as the root directory. If this
     * parameter is omitted, the root of the Amazon S3 Files file system will be used. Specifying
     * ``/`` will have the same effect as omitting this parameter. If a S3 Files access point is
     * specified in the ``accessPointArn``, the root directory parameter must either be omitted or
     * set to ``/`` which will enforce the path set on the S3 Files access point.
     */
    Optional<Expr> rootDirectory();

    /**
     * The port to use for sending encrypted data between the ECS host and the S3 Files file system.
     * If you do not specify a transit encryption port, it will use the port selection strategy that
     * the Amazon S3 Files mount helper uses. For more information, see [S3 Files mount
     * helper](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-mounting.html).
     */
    Optional<Expr> transitEncryptionPort();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessPointArn", accessPointArn())
          .put("FileSystemArn", fileSystemArn())
          .put("RootDirectory", rootDirectory())
          .put("TransitEncryptionPort", transitEncryptionPort())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link S3FilesVolumeConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.S3FilesVolumeConfiguration.Builder {

      public Builder accessPointArn(String value) {
        accessPointArn(Expr.of(value));
        return this;
      }

      public Builder fileSystemArn(String value) {
        fileSystemArn(Expr.of(value));
        return this;
      }

      public Builder rootDirectory(String value) {
        rootDirectory(Expr.of(value));
        return this;
      }

      public Builder transitEncryptionPort(long value) {
        transitEncryptionPort(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.Secret}: An object representing the secret to expose to your
   * container. Secrets can be exposed to a container in the following ways:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-secret.html">AWS::ECS::TaskDefinition.Secret</a>
   */
  @Value.Immutable
  interface Secret extends PropertyValue {

    /** Required. The name of the secret. */
    Expr name();

    /**
     * Required. The secret to expose to the container. The supported values are either the full ARN
     * of the AWS Secrets Manager secret or the full ARN of the parameter in the SSM Parameter
     * Store.
     */
    Expr valueFrom();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("ValueFrom", valueFrom())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Secret}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.Secret.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder valueFrom(String value) {
        valueFrom(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.SystemControl}: A list of namespaced kernel parameters to set
   * in the container. This parameter maps to `Sysctls` in the docker container create command and
   * the `--sysctl` option to docker run. For example, you can configure
   * `net.ipv4.tcp_keepalive_time` setting to maintain longer lived connections.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-systemcontrol.html">AWS::ECS::TaskDefinition.SystemControl</a>
   */
  @Value.Immutable
  interface SystemControl extends PropertyValue {

    /** The namespaced kernel parameter to set a `value` for. */
    Optional<Expr> namespace();

    /** The namespaced kernel parameter to set a `value` for. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Namespace", namespace())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SystemControl}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.SystemControl.Builder {

      public Builder namespace(String value) {
        namespace(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.TaskDefinitionPlacementConstraint}: The constraint on task
   * placement in the task definition. For more information, see [Task placement
   * constraints](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-taskdefinitionplacementconstraint.html">AWS::ECS::TaskDefinition.TaskDefinitionPlacementConstraint</a>
   */
  @Value.Immutable
  interface TaskDefinitionPlacementConstraint extends PropertyValue {

    /**
     * A cluster query language expression to apply to the constraint. For more information, see
     * [Cluster query
     * language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html)
     * in the *Amazon Elastic Container Service Developer Guide* .
     */
    Optional<Expr> expression();

    /**
     * Required. The type of constraint. The `MemberOf` constraint restricts selection to be from a
     * group of valid candidates.
     */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Expression", expression())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TaskDefinitionPlacementConstraint}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableTaskDefinition.TaskDefinitionPlacementConstraint.Builder {

      public Builder expression(String value) {
        expression(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.Tmpfs}: The container path, mount options, and size of the
   * tmpfs mount.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-tmpfs.html">AWS::ECS::TaskDefinition.Tmpfs</a>
   */
  @Value.Immutable
  interface Tmpfs extends PropertyValue {

    /** The absolute file path where the tmpfs volume is to be mounted. */
    Optional<Expr> containerPath();

    /** The list of tmpfs volume mount options. */
    Optional<Expr> mountOptions();

    /** Required. The maximum size (in MiB) of the tmpfs volume. */
    Expr size();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContainerPath", containerPath())
          .put("MountOptions", mountOptions())
          .put("Size", size())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Tmpfs}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.Tmpfs.Builder {

      public Builder containerPath(String value) {
        containerPath(Expr.of(value));
        return this;
      }

      public Builder mountOptions(List<? extends Expr> values) {
        mountOptions(Expr.list(values));
        return this;
      }

      public Builder mountOptions(String... values) {
        mountOptions(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder size(long value) {
        size(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.Ulimit}: The `ulimit` settings to pass to the container.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-ulimit.html">AWS::ECS::TaskDefinition.Ulimit</a>
   */
  @Value.Immutable
  interface Ulimit extends PropertyValue {

    /**
     * Required. The hard limit for the `ulimit` type. The value can be specified in bytes, seconds,
     * or as a count, depending on the `type` of the `ulimit` .
     */
    Expr hardLimit();

    /** Required. The `type` of the `ulimit` . */
    Expr name();

    /**
     * Required. The soft limit for the `ulimit` type. The value can be specified in bytes, seconds,
     * or as a count, depending on the `type` of the `ulimit` .
     */
    Expr softLimit();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HardLimit", hardLimit())
          .put("Name", name())
          .put("SoftLimit", softLimit())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Ulimit}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.Ulimit.Builder {

      public Builder hardLimit(long value) {
        hardLimit(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder softLimit(long value) {
        softLimit(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.Volume}: The data volume configuration for tasks launched using
   * this task definition. Specifying a volume configuration in a task definition is optional. The
   * volume configuration may contain multiple volumes but only one volume configured at launch is
   * supported. Each volume defined in the volume configuration may only specify a `name` and one of
   * either `configuredAtLaunch` , `dockerVolumeConfiguration` , `efsVolumeConfiguration` ,
   * `fsxWindowsFileServerVolumeConfiguration` , or `host` . If an empty volume configuration is
   * specified, by default Amazon ECS uses a host volume. For more information, see [Using data
   * volumes in
   * tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-volume.html">AWS::ECS::TaskDefinition.Volume</a>
   */
  @Value.Immutable
  interface Volume extends PropertyValue {

    /**
     * Indicates whether the volume should be configured at launch time. This is used to create
     * Amazon EBS volumes for standalone tasks or tasks created as part of a service. Each task
     * definition revision may only have one volume configured at launch in the volume
     * configuration.
     */
    Optional<Expr> configuredAtLaunch();

    /** This parameter is specified when you use Docker volumes. */
    Optional<Expr> dockerVolumeConfiguration();

    /**
     * This parameter is specified when you use an Amazon Elastic File System file system for task
     * storage.
     */
    Optional<Expr> efsVolumeConfiguration();

    /**
     * This parameter is specified when you use Amazon FSx for Windows File Server file system for
     * task storage.
     */
    Optional<Expr> fSxWindowsFileServerVolumeConfiguration();

    /**
     * This parameter is specified when you use bind mount host volumes. The contents of the `host`
     * parameter determine whether your bind mount host volume persists on the host container
     * instance and where it's stored. If the `host` parameter is empty, then the Docker daemon
     * assigns a host path for your data volume. However, the data isn't guaranteed to persist after
     * the containers that are associated with it stop running.
     */
    Optional<Expr> host();

    /**
     * The name of the volume. Up to 255 letters (uppercase and lowercase), numbers, underscores,
     * and hyphens are allowed.
     */
    Optional<Expr> name();

    /**
     * This parameter is specified when you're using an Amazon S3 Files file system for task
     * storage. For more information, see [Amazon S3 Files
     * volumes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html) in
     * the *Amazon Elastic Container Service Developer Guide*. Your task definition must include a
     * Task IAM Role. See [IAM role for attaching your file system to compute
     * resources](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-prereq-policies.html#s3-files-prereq-iam-compute-role)
     * for required permissions.
     */
    Optional<Expr> s3FilesVolumeConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConfiguredAtLaunch", configuredAtLaunch())
          .put("DockerVolumeConfiguration", dockerVolumeConfiguration())
          .put("EFSVolumeConfiguration", efsVolumeConfiguration())
          .put("FSxWindowsFileServerVolumeConfiguration", fSxWindowsFileServerVolumeConfiguration())
          .put("Host", host())
          .put("Name", name())
          .put("S3FilesVolumeConfiguration", s3FilesVolumeConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Volume}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.Volume.Builder {

      public Builder configuredAtLaunch(boolean value) {
        configuredAtLaunch(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskDefinition.VolumeFrom}: Details on a data volume from another container in
   * the same task definition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskdefinition-volumefrom.html">AWS::ECS::TaskDefinition.VolumeFrom</a>
   */
  @Value.Immutable
  interface VolumeFrom extends PropertyValue {

    /**
     * If this value is `true` , the container has read-only access to the volume. If this value is
     * `false` , then the container can write to the volume. The default value is `false` .
     */
    Optional<Expr> readOnly();

    /** The name of another container within the same task definition to mount volumes from. */
    Optional<Expr> sourceContainer();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ReadOnly", readOnly())
          .put("SourceContainer", sourceContainer())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VolumeFrom}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskDefinition.VolumeFrom.Builder {

      public Builder readOnly(boolean value) {
        readOnly(Expr.of(value));
        return this;
      }

      public Builder sourceContainer(String value) {
        sourceContainer(Expr.of(value));
        return this;
      }
    }
  }
}
