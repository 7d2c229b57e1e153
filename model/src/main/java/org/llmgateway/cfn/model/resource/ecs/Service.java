package org.llmgateway.cfn.model.resource.ecs;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::ECS::Service. {@code Ref} gives the service ARN; {@link #name()} gives its name. */
@Value.Immutable
@CfnStyle
public interface Service extends Resource {

  enum LaunchType {
    EC2,
    FARGATE,
    EXTERNAL
  }

  enum PropagateTags {
    SERVICE,
    TASK_DEFINITION
  }

  enum AssignPublicIp {
    ENABLED,
    DISABLED
  }

  @Override
  default String resourceType() {
    return "AWS::ECS::Service";
  }

  @JsonProperty("ServiceName")
  Optional<Expr> serviceName();

  /** The cluster's name or ARN. */
  @JsonProperty("Cluster")
  Optional<Expr> cluster();

  /** The task definition's ARN. */
  @JsonProperty("TaskDefinition")
  Optional<Expr> taskDefinition();

  @JsonProperty("DesiredCount")
  Optional<Expr> desiredCount();

  /**
   * Where tasks run. Setting a LaunchType makes ECS ignore every capacity provider (including
   * the cluster default), so the two are refused together.
   */
  @JsonProperty("LaunchType")
  Optional<LaunchType> launchType();

  @JsonProperty("CapacityProviderStrategy")
  List<CapacityProviderStrategyItem> capacityProviderStrategy();

  @JsonProperty("PlatformVersion")
  Optional<String> platformVersion();

  @JsonProperty("NetworkConfiguration")
  Optional<NetworkConfiguration> networkConfiguration();

  @JsonProperty("LoadBalancers")
  List<LoadBalancer> loadBalancers();

  @JsonProperty("DeploymentConfiguration")
  Optional<DeploymentConfiguration> deploymentConfiguration();

  /** Seconds the scheduler ignores failing load balancer health checks after a task starts. */
  @JsonProperty("HealthCheckGracePeriodSeconds")
  Optional<Integer> healthCheckGracePeriodSeconds();

  @JsonProperty("PropagateTags")
  Optional<PropagateTags> propagateTags();

  @JsonProperty("EnableECSManagedTags")
  Optional<Boolean> enableEcsManagedTags();

  @JsonProperty("EnableExecuteCommand")
  Optional<Boolean> enableExecuteCommand();

  @JsonProperty("Tags")
  List<Tag> tags();

  /** The service's name (attribute Name), e.g. for metric dimensions and scaling targets. */
  default GetAtt name() {
    return getAtt("Name");
  }

  default GetAtt serviceArn() {
    return getAtt("ServiceArn");
  }

  static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }

  @Value.Check
  default void check() {
    if (launchType().isPresent() && !capacityProviderStrategy().isEmpty()) {
      throw new IllegalStateException(
          "Service " + logicalId()
              + ": LaunchType and CapacityProviderStrategy exclude each other; ECS would ignore"
              + " the capacity providers");
    }
    healthCheckGracePeriodSeconds()
        .filter(s -> s < 0)
        .ifPresent(s -> {
          throw new IllegalStateException("Service " + logicalId()
              + ": HealthCheckGracePeriodSeconds must not be negative");
        });
    if (healthCheckGracePeriodSeconds().isPresent() && loadBalancers().isEmpty()) {
      throw new IllegalStateException(
          "Service " + logicalId()
              + ": HealthCheckGracePeriodSeconds only applies to a service with a load balancer");
    }
  }

  /** The awsvpc network of the tasks. */
  @Value.Immutable
  @CfnStyle
  interface NetworkConfiguration {
    @JsonProperty("AwsvpcConfiguration")
    @Value.Parameter
    AwsVpcConfiguration awsvpcConfiguration();

    static NetworkConfiguration of(AwsVpcConfiguration awsvpc) {
      return ImmutableNetworkConfiguration.of(awsvpc);
    }
  }

  /** Subnets, security groups and public IP of awsvpc tasks. */
  @Value.Immutable
  @CfnStyle
  interface AwsVpcConfiguration {
    @JsonProperty("AssignPublicIp")
    Optional<AssignPublicIp> assignPublicIp();

    @JsonProperty("SecurityGroups")
    List<Expr> securityGroups();

    @JsonProperty("Subnets")
    List<Expr> subnets();

    static ImmutableAwsVpcConfiguration.Builder builder() {
      return ImmutableAwsVpcConfiguration.builder();
    }

    @Value.Check
    default void check() {
      if (subnets().isEmpty()) {
        throw new IllegalStateException("AwsvpcConfiguration needs at least one subnet");
      }
    }
  }

  /** A target group the service registers its tasks with. */
  @Value.Immutable
  @CfnStyle
  interface LoadBalancer {
    @JsonProperty("TargetGroupArn")
    Expr targetGroupArn();

    @JsonProperty("ContainerName")
    String containerName();

    @JsonProperty("ContainerPort")
    int containerPort();

    static ImmutableLoadBalancer.Builder builder() {
      return ImmutableLoadBalancer.builder();
    }
  }

  /** How a rolling deployment replaces tasks. */
  @Value.Immutable
  @CfnStyle
  interface DeploymentConfiguration {
    /** Upper limit of running tasks during a deployment, as a percentage of the desired count. */
    @JsonProperty("MaximumPercent")
    Optional<Integer> maximumPercent();

    /** Lower limit of healthy tasks during a deployment, as a percentage of the desired count. */
    @JsonProperty("MinimumHealthyPercent")
    Optional<Integer> minimumHealthyPercent();

    @JsonProperty("DeploymentCircuitBreaker")
    Optional<DeploymentCircuitBreaker> deploymentCircuitBreaker();

    static ImmutableDeploymentConfiguration.Builder builder() {
      return ImmutableDeploymentConfiguration.builder();
    }

    @Value.Check
    default void check() {
      if (maximumPercent().isPresent() && minimumHealthyPercent().isPresent()
          && maximumPercent().get() <= minimumHealthyPercent().get()) {
        throw new IllegalStateException(
            "DeploymentConfiguration: MaximumPercent " + maximumPercent().get()
                + " must exceed MinimumHealthyPercent " + minimumHealthyPercent().get()
                + " or a deployment cannot start a new task");
      }
    }
  }

  /** Stops a deployment whose tasks keep failing, optionally rolling back. */
  @Value.Immutable
  @CfnStyle
  interface DeploymentCircuitBreaker {
    @JsonProperty("Enable")
    @Value.Parameter
    boolean enable();

    @JsonProperty("Rollback")
    @Value.Parameter
    boolean rollback();

    static DeploymentCircuitBreaker of(boolean enable, boolean rollback) {
      return ImmutableDeploymentCircuitBreaker.of(enable, rollback);
    }
  }
}
