package org.llmgateway.cfn.model.resource.ecs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::ECS::TaskDefinition. {@code Ref} gives the task definition's ARN (with its revision). */
@Value.Immutable
@CfnStyle
public interface TaskDefinition extends Resource {

  enum NetworkMode {
    AWSVPC("awsvpc"),
    BRIDGE("bridge"),
    HOST("host"),
    NONE("none");

    private final String cfnName;

    NetworkMode(String cfnName) {
      this.cfnName = cfnName;
    }

    @JsonValue
    public String cfnName() {
      return cfnName;
    }
  }

  enum Compatibility {
    EC2,
    FARGATE,
    EXTERNAL
  }

  enum CpuArchitecture {
    X86_64,
    ARM64
  }

  enum OperatingSystemFamily {
    LINUX
  }

  @Override
  default String resourceType() {
    return "AWS::ECS::TaskDefinition";
  }

  @JsonProperty("Family")
  Optional<Expr> family();

  /** CPU units for the whole task; Fargate accepts only certain CPU/memory pairs. */
  @JsonProperty("Cpu")
  Optional<Expr> cpu();

  /** Memory for the whole task, in MiB. */
  @JsonProperty("Memory")
  Optional<Expr> memory();

  @JsonProperty("NetworkMode")
  Optional<NetworkMode> networkMode();

  @JsonProperty("RequiresCompatibilities")
  List<Compatibility> requiresCompatibilities();

  /** The role ECS uses to pull the image, fetch secrets and write logs. */
  @JsonProperty("ExecutionRoleArn")
  Optional<Expr> executionRoleArn();

  /** The role the application's own AWS calls run as. */
  @JsonProperty("TaskRoleArn")
  Optional<Expr> taskRoleArn();

  @JsonProperty("RuntimePlatform")
  Optional<RuntimePlatform> runtimePlatform();

  @JsonProperty("ContainerDefinitions")
  List<ContainerDefinition> containerDefinitions();

  @JsonProperty("Tags")
  List<Tag> tags();

  static ImmutableTaskDefinition.Builder builder() {
    return ImmutableTaskDefinition.builder();
  }

  @Value.Check
  default void check() {
    if (containerDefinitions().isEmpty()) {
      throw new IllegalStateException("TaskDefinition " + logicalId() + " has no container");
    }
    if (requiresCompatibilities().contains(Compatibility.FARGATE)
        && networkMode().filter(m -> m == NetworkMode.AWSVPC).isEmpty()) {
      throw new IllegalStateException(
          "TaskDefinition " + logicalId() + ": Fargate tasks need NetworkMode awsvpc");
    }
  }

  /** Operating system and CPU architecture the task runs on. */
  @Value.Immutable
  @CfnStyle
  interface RuntimePlatform {
    @JsonProperty("OperatingSystemFamily")
    @Value.Parameter
    OperatingSystemFamily operatingSystemFamily();

    @JsonProperty("CpuArchitecture")
    @Value.Parameter
    CpuArchitecture cpuArchitecture();

    static RuntimePlatform of(OperatingSystemFamily os, CpuArchitecture architecture) {
      return ImmutableRuntimePlatform.of(os, architecture);
    }
  }

  /** One container of the task. */
  @Value.Immutable
  @CfnStyle
  interface ContainerDefinition {
    @JsonProperty("Name")
    String name();

    @JsonProperty("Image")
    Expr image();

    @JsonProperty("Essential")
    Optional<Boolean> essential();

    @JsonProperty("PortMappings")
    List<PortMapping> portMappings();

    /** Plain-text variables; values that are secrets belong in {@link #secrets()}. */
    @JsonProperty("Environment")
    List<KeyValuePair> environment();

    /** Variables ECS fills from Secrets Manager or SSM when the task starts. */
    @JsonProperty("Secrets")
    List<Secret> secrets();

    @JsonProperty("HealthCheck")
    Optional<HealthCheck> healthCheck();

    @JsonProperty("LogConfiguration")
    Optional<LogConfiguration> logConfiguration();

    @JsonProperty("ReadonlyRootFilesystem")
    Optional<Boolean> readonlyRootFilesystem();

    /**
     * Seconds between SIGTERM and SIGKILL when the task stops; Fargate allows up to 120 (its
     * default is 30).
     */
    @JsonProperty("StopTimeout")
    Optional<Expr> stopTimeout();

    static ImmutableContainerDefinition.Builder builder() {
      return ImmutableContainerDefinition.builder();
    }

    @Value.Check
    default void check() {
      Set<String> names = new HashSet<>();
      for (KeyValuePair variable : environment()) {
        if (!names.add(variable.name())) {
          throw new IllegalStateException(
              "Container " + name() + ": environment variable " + variable.name()
                  + " is set twice");
        }
      }
      for (Secret secret : secrets()) {
        if (!names.add(secret.name())) {
          throw new IllegalStateException(
              "Container " + name() + ": variable " + secret.name()
                  + " is set twice (as a secret and again)");
        }
      }
    }
  }

  /** A port the container listens on. */
  @Value.Immutable
  @CfnStyle
  interface PortMapping {
    @JsonProperty("ContainerPort")
    int containerPort();

    @JsonProperty("Protocol")
    Optional<String> protocol();

    /** Names the mapping; with {@link #appProtocol()} it is what Service Connect uses. */
    @JsonProperty("Name")
    Optional<String> name();

    @JsonProperty("AppProtocol")
    Optional<String> appProtocol();

    static ImmutablePortMapping.Builder builder() {
      return ImmutablePortMapping.builder();
    }

    @Value.Check
    default void check() {
      if (containerPort() < 1 || containerPort() > 65535) {
        throw new IllegalStateException("ContainerPort " + containerPort() + " must be 1-65535");
      }
    }
  }

  /** A plain environment variable. */
  @Value.Immutable
  @CfnStyle
  interface KeyValuePair {
    @JsonProperty("Name")
    @Value.Parameter
    String name();

    @JsonProperty("Value")
    @Value.Parameter
    Expr value();

    static KeyValuePair of(String name, Expr value) {
      return ImmutableKeyValuePair.of(name, value);
    }
  }

  /**
   * An environment variable filled from a secret. For a key of a JSON secret in Secrets Manager,
   * {@code ValueFrom} is {@code <secret-arn>:<json-key>:<version-stage>:<version-id>}; empty stage
   * and id mean the current version.
   */
  @Value.Immutable
  @CfnStyle
  interface Secret {
    @JsonProperty("Name")
    @Value.Parameter
    String name();

    @JsonProperty("ValueFrom")
    @Value.Parameter
    Expr valueFrom();

    static Secret of(String name, Expr valueFrom) {
      return ImmutableSecret.of(name, valueFrom);
    }
  }

  /**
   * Docker health check of the container. Bounds are ECS's: interval 5-300 s, timeout 2-60 s,
   * retries 1-10, start period 0-300 s.
   */
  @Value.Immutable
  @CfnStyle
  interface HealthCheck {
    /** {@code ["CMD", exe, args...]} or {@code ["CMD-SHELL", "command line"]}. */
    @JsonProperty("Command")
    List<String> command();

    @JsonProperty("Interval")
    int interval();

    @JsonProperty("Timeout")
    int timeout();

    @JsonProperty("Retries")
    int retries();

    @JsonProperty("StartPeriod")
    int startPeriod();

    static ImmutableHealthCheck.Builder builder() {
      return ImmutableHealthCheck.builder();
    }

    @Value.Check
    default void check() {
      if (command().isEmpty() || !List.of("CMD", "CMD-SHELL").contains(command().get(0))) {
        throw new IllegalStateException(
            "Health check command must start with CMD or CMD-SHELL: " + command());
      }
      within("Interval", interval(), 5, 300);
      within("Timeout", timeout(), 2, 60);
      within("Retries", retries(), 1, 10);
      within("StartPeriod", startPeriod(), 0, 300);
      if (timeout() >= interval()) {
        throw new IllegalStateException(
            "Health check Timeout " + timeout() + " s must be shorter than Interval "
                + interval() + " s");
      }
    }

    private static void within(String field, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalStateException(
            "Health check " + field + " " + value + " must be " + min + "-" + max);
      }
    }
  }

  /** Where the container's output goes, e.g. the awslogs driver and its options. */
  @Value.Immutable
  @CfnStyle
  interface LogConfiguration {
    @JsonProperty("LogDriver")
    String logDriver();

    /** Written in insertion order; build it with {@code putOptions} calls, not Map.of. */
    @JsonProperty("Options")
    Map<String, Expr> options();

    static ImmutableLogConfiguration.Builder builder() {
      return ImmutableLogConfiguration.builder();
    }
  }
}
