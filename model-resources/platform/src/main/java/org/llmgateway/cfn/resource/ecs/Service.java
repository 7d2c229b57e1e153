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
 * {@code AWS::ECS::Service}: The `AWS::ECS::Service` resource creates an Amazon Elastic Container
 * Service (Amazon ECS) service that runs and maintains the requested number of tasks and associated
 * load balancers.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html">AWS::ECS::Service</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Service extends Resource {

  String TYPE = "AWS::ECS::Service";

  /** Values CloudFormation accepts for {@code LaunchType}. */
  String LAUNCH_TYPE_EC2 = "EC2";
  String LAUNCH_TYPE_FARGATE = "FARGATE";
  String LAUNCH_TYPE_EXTERNAL = "EXTERNAL";

  /** Values CloudFormation accepts for {@code PropagateTags}. */
  String PROPAGATE_TAGS_SERVICE = "SERVICE";
  String PROPAGATE_TAGS_TASK_DEFINITION = "TASK_DEFINITION";

  /** Values CloudFormation accepts for {@code SchedulingStrategy}. */
  String SCHEDULING_STRATEGY_DAEMON = "DAEMON";
  String SCHEDULING_STRATEGY_REPLICA = "REPLICA";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Indicates whether to use Availability Zone rebalancing for the service. */
  Optional<Expr> availabilityZoneRebalancing();

  /** The capacity provider strategy to use for the service. */
  Optional<Expr> capacityProviderStrategy();

  /**
   * The short name or full Amazon Resource Name (ARN) of the cluster that you run your service on.
   * If you do not specify a cluster, the default cluster is assumed.
   */
  Optional<Expr> cluster();

  /**
   * Optional deployment parameters that control how many tasks run during the deployment and the
   * ordering of stopping and starting tasks.
   */
  Optional<Expr> deploymentConfiguration();

  /** The deployment controller to use for the service. */
  Optional<Expr> deploymentController();

  /**
   * The number of instantiations of the specified task definition to place and keep running in your
   * service.
   */
  Optional<Expr> desiredCount();

  /**
   * Specifies whether to turn on Amazon ECS managed tags for the tasks within the service. For more
   * information, see [Tagging your Amazon ECS
   * resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html) in
   * the *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> enableECSManagedTags();

  /**
   * Determines whether the execute command functionality is turned on for the service. If `true` ,
   * the execute command functionality is turned on for all containers in tasks as part of the
   * service.
   */
  Optional<Expr> enableExecuteCommand();

  /**
   * Determines whether to force a new deployment of the service. By default, deployments aren't
   * forced. You can use this option to start a new deployment with no service definition changes.
   * For example, you can update a service's tasks to use a newer Docker image with the same
   * image/tag combination ( `my_image:latest` ) or to roll Fargate tasks onto a newer platform
   * version.
   */
  Optional<Expr> forceNewDeployment();

  /**
   * The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy Elastic
   * Load Balancing, VPC Lattice, and container health checks after a task has first started. If you
   * do not specify a health check grace period value, the default value of 0 is used. If you do not
   * use any of the health checks, then `healthCheckGracePeriodSeconds` is unused.
   */
  Optional<Expr> healthCheckGracePeriodSeconds();

  /**
   * The launch type on which to run your service. For more information, see [Amazon ECS Launch
   * Types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html) in the
   * *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> launchType();

  /**
   * A list of load balancer objects to associate with the service. If you specify the `Role`
   * property, `LoadBalancers` must be specified as well. For information about the number of load
   * balancers that you can specify per service, see [Service Load
   * Balancing](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> loadBalancers();

  /**
   * The optional monitoring configuration for a service, which defines the resolution for the
   * service-level ``CPUUtilization`` and ``MemoryUtilization`` Amazon CloudWatch metrics. When not
   * specified, Amazon ECS uses the default resolution of ``60`` seconds.
   */
  Optional<Expr> monitoring();

  /**
   * The network configuration for the service. This parameter is required for task definitions that
   * use the `awsvpc` network mode to receive their own elastic network interface, and it is not
   * supported for other network modes. For more information, see [Task
   * Networking](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> networkConfiguration();

  /**
   * An array of placement constraint objects to use for tasks in your service. You can specify a
   * maximum of 10 constraints for each task. This limit includes constraints in the task definition
   * and those specified at runtime.
   */
  Optional<Expr> placementConstraints();

  /**
   * The placement strategy objects to use for tasks in your service. You can specify a maximum of 5
   * strategy rules for each service.
   */
  Optional<Expr> placementStrategies();

  /**
   * The platform version that your tasks in the service are running on. A platform version is
   * specified only for tasks using the Fargate launch type. If one isn't specified, the `LATEST`
   * platform version is used. For more information, see [AWS Fargate platform
   * versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> platformVersion();

  /**
   * Specifies whether to propagate the tags from the task definition to the task. If no value is
   * specified, the tags aren't propagated. Tags can only be propagated to the task during task
   * creation. To add tags to a task after task creation, use the
   * [TagResource](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResource.html)
   * API action.
   */
  Optional<Expr> propagateTags();

  /**
   * The name or full Amazon Resource Name (ARN) of the IAM role that allows Amazon ECS to make
   * calls to your load balancer on your behalf. This parameter is only permitted if you are using a
   * load balancer with your service and your task definition doesn't use the `awsvpc` network mode.
   * If you specify the `role` parameter, you must also specify a load balancer object with the
   * `loadBalancers` parameter.
   */
  Optional<Expr> role();

  /**
   * The scheduling strategy to use for the service. For more information, see
   * [Services](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html) .
   */
  Optional<Expr> schedulingStrategy();

  /**
   * The configuration for this service to discover and connect to services, and be discovered by,
   * and connected from, other services within a namespace.
   */
  Optional<Expr> serviceConnectConfiguration();

  /**
   * The name of your service. Up to 255 letters (uppercase and lowercase), numbers, underscores,
   * and hyphens are allowed. Service names must be unique within a cluster, but you can have
   * similarly named services in multiple clusters within a Region or across multiple Regions.
   */
  Optional<Expr> serviceName();

  /**
   * The details of the service discovery registry to associate with this service. For more
   * information, see [Service
   * discovery](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html)
   * .
   */
  Optional<Expr> serviceRegistries();

  /**
   * The metadata that you apply to the service to help you categorize and organize them. Each tag
   * consists of a key and an optional value, both of which you define. When a service is deleted,
   * the tags are deleted as well.
   */
  Optional<Expr> tags();

  /**
   * The `family` and `revision` ( `family:revision` ) or full ARN of the task definition to run in
   * your service. If a `revision` isn't specified, the latest `ACTIVE` revision is used.
   */
  Optional<Expr> taskDefinition();

  /**
   * The configuration for a volume specified in the task definition as a volume that is configured
   * at launch time. Currently, the only supported volume type is an Amazon EBS volume.
   */
  Optional<Expr> volumeConfigurations();

  /** The VPC Lattice configuration for the service being created. */
  Optional<Expr> vpcLatticeConfigurations();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AvailabilityZoneRebalancing", availabilityZoneRebalancing())
        .put("CapacityProviderStrategy", capacityProviderStrategy())
        .put("Cluster", cluster())
        .put("DeploymentConfiguration", deploymentConfiguration())
        .put("DeploymentController", deploymentController())
        .put("DesiredCount", desiredCount())
        .put("EnableECSManagedTags", enableECSManagedTags())
        .put("EnableExecuteCommand", enableExecuteCommand())
        .put("ForceNewDeployment", forceNewDeployment())
        .put("HealthCheckGracePeriodSeconds", healthCheckGracePeriodSeconds())
        .put("LaunchType", launchType())
        .put("LoadBalancers", loadBalancers())
        .put("Monitoring", monitoring())
        .put("NetworkConfiguration", networkConfiguration())
        .put("PlacementConstraints", placementConstraints())
        .put("PlacementStrategies", placementStrategies())
        .put("PlatformVersion", platformVersion())
        .put("PropagateTags", propagateTags())
        .put("Role", role())
        .put("SchedulingStrategy", schedulingStrategy())
        .put("ServiceConnectConfiguration", serviceConnectConfiguration())
        .put("ServiceName", serviceName())
        .put("ServiceRegistries", serviceRegistries())
        .put("Tags", tags())
        .put("TaskDefinition", taskDefinition())
        .put("VolumeConfigurations", volumeConfigurations())
        .put("VpcLatticeConfigurations", vpcLatticeConfigurations())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Name} attribute: The name of the Amazon ECS service, such as `sample-webapp` . */
  default GetAtt attrName() {
    return getAtt("Name");
  }

  /**
   * The {@code ServiceArn} attribute: The ARN that identifies the service. For more information
   * about the ARN format, see [Amazon Resource Name
   * (ARN)](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids)
   * in the *Amazon ECS Developer Guide* .
   */
  default GetAtt attrServiceArn() {
    return getAtt("ServiceArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Service}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableService.Builder {

    public Builder availabilityZoneRebalancing(String value) {
      availabilityZoneRebalancing(Expr.of(value));
      return this;
    }

    public Builder capacityProviderStrategy(List<? extends Expr> values) {
      capacityProviderStrategy(Expr.list(values));
      return this;
    }

    public Builder cluster(String value) {
      cluster(Expr.of(value));
      return this;
    }

    public Builder desiredCount(long value) {
      desiredCount(Expr.of(value));
      return this;
    }

    public Builder enableECSManagedTags(boolean value) {
      enableECSManagedTags(Expr.of(value));
      return this;
    }

    public Builder enableExecuteCommand(boolean value) {
      enableExecuteCommand(Expr.of(value));
      return this;
    }

    public Builder healthCheckGracePeriodSeconds(long value) {
      healthCheckGracePeriodSeconds(Expr.of(value));
      return this;
    }

    public Builder launchType(String value) {
      launchType(Expr.of(value));
      return this;
    }

    public Builder loadBalancers(List<? extends Expr> values) {
      loadBalancers(Expr.list(values));
      return this;
    }

    public Builder placementConstraints(List<? extends Expr> values) {
      placementConstraints(Expr.list(values));
      return this;
    }

    public Builder placementStrategies(List<? extends Expr> values) {
      placementStrategies(Expr.list(values));
      return this;
    }

    public Builder platformVersion(String value) {
      platformVersion(Expr.of(value));
      return this;
    }

    public Builder propagateTags(String value) {
      propagateTags(Expr.of(value));
      return this;
    }

    public Builder role(String value) {
      role(Expr.of(value));
      return this;
    }

    public Builder schedulingStrategy(String value) {
      schedulingStrategy(Expr.of(value));
      return this;
    }

    public Builder serviceName(String value) {
      serviceName(Expr.of(value));
      return this;
    }

    public Builder serviceRegistries(List<? extends Expr> values) {
      serviceRegistries(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder taskDefinition(String value) {
      taskDefinition(Expr.of(value));
      return this;
    }

    public Builder volumeConfigurations(List<? extends Expr> values) {
      volumeConfigurations(Expr.list(values));
      return this;
    }

    public Builder vpcLatticeConfigurations(List<? extends Expr> values) {
      vpcLatticeConfigurations(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECS::Service.AdvancedConfiguration}: The advanced settings for a load balancer used
   * in blue/green deployments. Specify the alternate target group, listener rules, and IAM role
   * required for traffic shifting during blue/green deployments. For more information, see
   * [Required resources for Amazon ECS blue/green
   * deployments](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-implementation.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-advancedconfiguration.html">AWS::ECS::Service.AdvancedConfiguration</a>
   */
  @Value.Immutable
  interface AdvancedConfiguration extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) of the alternate target group for Amazon ECS
     * blue/green deployments.
     */
    Expr alternateTargetGroupArn();

    /**
     * The Amazon Resource Name (ARN) that that identifies the production listener rule (in the case
     * of an Application Load Balancer) or listener (in the case for an Network Load Balancer) for
     * routing production traffic.
     */
    Optional<Expr> productionListenerRule();

    /**
     * The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call the
     * Elastic Load Balancing APIs for you.
     */
    Optional<Expr> roleArn();

    /**
     * The Amazon Resource Name (ARN) that identifies ) that identifies the test listener rule (in
     * the case of an Application Load Balancer) or listener (in the case for an Network Load
     * Balancer) for routing test traffic.
     */
    Optional<Expr> testListenerRule();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AlternateTargetGroupArn", alternateTargetGroupArn())
          .put("ProductionListenerRule", productionListenerRule())
          .put("RoleArn", roleArn())
          .put("TestListenerRule", testListenerRule())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AdvancedConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.AdvancedConfiguration.Builder {

      public Builder alternateTargetGroupArn(String value) {
        alternateTargetGroupArn(Expr.of(value));
        return this;
      }

      public Builder productionListenerRule(String value) {
        productionListenerRule(Expr.of(value));
        return this;
      }

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }

      public Builder testListenerRule(String value) {
        testListenerRule(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.AwsVpcConfiguration}: An object representing the networking details
   * for a task or service. For example
   * `awsVpcConfiguration={subnets=["subnet-12344321"],securityGroups=["sg-12344321"]}` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-awsvpcconfiguration.html">AWS::ECS::Service.AwsVpcConfiguration</a>
   */
  @Value.Immutable
  interface AwsVpcConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code AssignPublicIp}. */
    String ASSIGN_PUBLIC_IP_DISABLED = "DISABLED";
    String ASSIGN_PUBLIC_IP_ENABLED = "ENABLED";

    /** Whether the task's elastic network interface receives a public IP address. */
    Optional<Expr> assignPublicIp();

    /**
     * The IDs of the security groups associated with the task or service. If you don't specify a
     * security group, the default security group for the VPC is used. There's a limit of 5 security
     * groups that can be specified.
     */
    Optional<Expr> securityGroups();

    /**
     * The IDs of the subnets associated with the task or service. There's a limit of 16 subnets
     * that can be specified.
     */
    Optional<Expr> subnets();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AssignPublicIp", assignPublicIp())
          .put("SecurityGroups", securityGroups())
          .put("Subnets", subnets())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AwsVpcConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.AwsVpcConfiguration.Builder {

      public Builder assignPublicIp(String value) {
        assignPublicIp(Expr.of(value));
        return this;
      }

      public Builder securityGroups(List<? extends Expr> values) {
        securityGroups(Expr.list(values));
        return this;
      }

      public Builder securityGroups(String... values) {
        securityGroups(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder subnets(List<? extends Expr> values) {
        subnets(Expr.list(values));
        return this;
      }

      public Builder subnets(String... values) {
        subnets(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.CanaryConfiguration}: Configuration for a canary deployment strategy
   * that shifts a fixed percentage of traffic to the new service revision, waits for a specified
   * bake time, then shifts the remaining traffic.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-canaryconfiguration.html">AWS::ECS::Service.CanaryConfiguration</a>
   */
  @Value.Immutable
  interface CanaryConfiguration extends PropertyValue {

    /**
     * The amount of time in minutes to wait during the canary phase before shifting the remaining
     * production traffic to the new service revision. Valid values are 0 to 1440 minutes (24
     * hours). The default value is 10.
     */
    Optional<Expr> canaryBakeTimeInMinutes();

    /**
     * The percentage of production traffic to shift to the new service revision during the canary
     * phase. Valid values are multiples of 0.1 from 0.1 to 100.0. The default value is 5.0.
     */
    Optional<Expr> canaryPercent();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CanaryBakeTimeInMinutes", canaryBakeTimeInMinutes())
          .put("CanaryPercent", canaryPercent())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CanaryConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.CanaryConfiguration.Builder {

      public Builder canaryBakeTimeInMinutes(long value) {
        canaryBakeTimeInMinutes(Expr.of(value));
        return this;
      }

      public Builder canaryPercent(long value) {
        canaryPercent(Expr.of(value));
        return this;
      }

      public Builder canaryPercent(double value) {
        canaryPercent(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.CapacityProviderStrategyItem}: The details of a capacity provider
   * strategy. A capacity provider strategy can be set when using the `RunTask` or `CreateService`
   * APIs or as the default capacity provider strategy for a cluster with the `CreateCluster` API.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-capacityproviderstrategyitem.html">AWS::ECS::Service.CapacityProviderStrategyItem</a>
   */
  @Value.Immutable
  interface CapacityProviderStrategyItem extends PropertyValue {

    /**
     * The *base* value designates how many tasks, at a minimum, to run on the specified capacity
     * provider for each service. Only one capacity provider in a capacity provider strategy can
     * have a *base* defined. If no value is specified, the default value of `0` is used.
     */
    Optional<Expr> base();

    /**
     * The short name of the capacity provider. This can be either an AWS managed capacity provider
     * ( `FARGATE` or `FARGATE_SPOT` ) or the name of a custom capacity provider that you created.
     */
    Optional<Expr> capacityProvider();

    /**
     * The *weight* value designates the relative percentage of the total number of tasks launched
     * that should use the specified capacity provider. The `weight` value is taken into
     * consideration after the `base` value, if defined, is satisfied.
     */
    Optional<Expr> weight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Base", base())
          .put("CapacityProvider", capacityProvider())
          .put("Weight", weight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderStrategyItem}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.CapacityProviderStrategyItem.Builder {

      public Builder base(long value) {
        base(Expr.of(value));
        return this;
      }

      public Builder capacityProvider(String value) {
        capacityProvider(Expr.of(value));
        return this;
      }

      public Builder weight(long value) {
        weight(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.DeploymentAlarms}: One of the methods which provide a way for you to
   * quickly identify when a deployment has failed, and then to optionally roll back the failure to
   * the last working deployment.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentalarms.html">AWS::ECS::Service.DeploymentAlarms</a>
   */
  @Value.Immutable
  interface DeploymentAlarms extends PropertyValue {

    /** Required. One or more CloudWatch alarm names. Use a "," to separate the alarms. */
    Expr alarmNames();

    /**
     * Required. Determines whether to use the CloudWatch alarm option in the service deployment
     * process.
     */
    Expr enable();

    /**
     * Required. Determines whether to configure Amazon ECS to roll back the service if a service
     * deployment fails. If rollback is used, when a service deployment fails, the service is rolled
     * back to the last deployment that completed successfully.
     */
    Expr rollback();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AlarmNames", alarmNames())
          .put("Enable", enable())
          .put("Rollback", rollback())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DeploymentAlarms}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableService.DeploymentAlarms.Builder {

      public Builder alarmNames(List<? extends Expr> values) {
        alarmNames(Expr.list(values));
        return this;
      }

      public Builder alarmNames(String... values) {
        alarmNames(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder enable(boolean value) {
        enable(Expr.of(value));
        return this;
      }

      public Builder rollback(boolean value) {
        rollback(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.DeploymentCircuitBreaker}: &gt; The deployment circuit breaker can
   * only be used for services using the rolling update ( `ECS` ) deployment type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentcircuitbreaker.html">AWS::ECS::Service.DeploymentCircuitBreaker</a>
   */
  @Value.Immutable
  interface DeploymentCircuitBreaker extends PropertyValue {

    /** Required. Determines whether to use the deployment circuit breaker logic for the service. */
    Expr enable();

    /**
     * Specifies whether the deployment circuit breaker resets its failure count when a task reaches
     * a healthy state. When set to ``true``, a task that reaches a healthy state resets the failure
     * count to ``0``. When set to ``false``, Amazon ECS does not reset the failure count. The
     * default is ``true``.
     */
    Optional<Expr> resetOnHealthyTask();

    /**
     * Required. Determines whether to configure Amazon ECS to roll back the service if a service
     * deployment fails. If rollback is on, when a service deployment fails, the service is rolled
     * back to the last deployment that completed successfully.
     */
    Expr rollback();

    /**
     * Defines the failure threshold that the deployment circuit breaker uses to monitor a
     * deployment. The ``type`` and ``value`` together determine the number of task failures that
     * are tolerated before the circuit breaker triggers. By default, the threshold configuration
     * uses a ``type`` of ``BOUNDED_PERCENT`` with a ``value`` of ``50``.
     */
    Optional<Expr> thresholdConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enable", enable())
          .put("ResetOnHealthyTask", resetOnHealthyTask())
          .put("Rollback", rollback())
          .put("ThresholdConfiguration", thresholdConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DeploymentCircuitBreaker}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.DeploymentCircuitBreaker.Builder {

      public Builder enable(boolean value) {
        enable(Expr.of(value));
        return this;
      }

      public Builder resetOnHealthyTask(boolean value) {
        resetOnHealthyTask(Expr.of(value));
        return this;
      }

      public Builder rollback(boolean value) {
        rollback(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.DeploymentConfiguration}: Optional deployment parameters that control
   * how many tasks run during a deployment and the ordering of stopping and starting tasks.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentconfiguration.html">AWS::ECS::Service.DeploymentConfiguration</a>
   */
  @Value.Immutable
  interface DeploymentConfiguration extends PropertyValue {

    /** Information about the CloudWatch alarms. */
    Optional<Expr> alarms();

    /**
     * The duration when both blue and green service revisions are running simultaneously after the
     * production traffic has shifted.
     */
    Optional<Expr> bakeTimeInMinutes();

    /**
     * Configuration for canary deployment strategy. Only valid when the deployment strategy is
     * `CANARY` . This configuration enables shifting a fixed percentage of traffic for testing,
     * followed by shifting the remaining traffic after a bake period.
     */
    Optional<Expr> canaryConfiguration();

    /**
     * &gt; The deployment circuit breaker can only be used for services using the rolling update (
     * `ECS` ) deployment type.
     */
    Optional<Expr> deploymentCircuitBreaker();

    /** {@code EarlySuccessCriteria}. */
    Optional<Expr> earlySuccessCriteria();

    /**
     * An array of deployment lifecycle hook objects to run custom logic at specific stages of the
     * deployment lifecycle.
     */
    Optional<Expr> lifecycleHooks();

    /**
     * Configuration for linear deployment strategy. Only valid when the deployment strategy is
     * `LINEAR` . This configuration enables progressive traffic shifting in equal percentage
     * increments with configurable bake times between each step.
     */
    Optional<Expr> linearConfiguration();

    /**
     * If a service is using the rolling update ( `ECS` ) deployment type, the `maximumPercent`
     * parameter represents an upper limit on the number of your service's tasks that are allowed in
     * the `RUNNING` or `PENDING` state during a deployment, as a percentage of the `desiredCount`
     * (rounded down to the nearest integer). This parameter enables you to define the deployment
     * batch size. For example, if your service is using the `REPLICA` service scheduler and has a
     * `desiredCount` of four tasks and a `maximumPercent` value of 200%, the scheduler may start
     * four new tasks before stopping the four older tasks (provided that the cluster resources
     * required to do this are available). The default `maximumPercent` value for a service using
     * the `REPLICA` service scheduler is 200%.
     */
    Optional<Expr> maximumPercent();

    /**
     * If a service is using the rolling update ( `ECS` ) deployment type, the
     * `minimumHealthyPercent` represents a lower limit on the number of your service's tasks that
     * must remain in the `RUNNING` state during a deployment, as a percentage of the `desiredCount`
     * (rounded up to the nearest integer). This parameter enables you to deploy without using
     * additional cluster capacity. For example, if your service has a `desiredCount` of four tasks
     * and a `minimumHealthyPercent` of 50%, the service scheduler may stop two existing tasks to
     * free up cluster capacity before starting two new tasks.
     */
    Optional<Expr> minimumHealthyPercent();

    /** The deployment strategy for the service. Choose from these valid values: */
    Optional<Expr> strategy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Alarms", alarms())
          .put("BakeTimeInMinutes", bakeTimeInMinutes())
          .put("CanaryConfiguration", canaryConfiguration())
          .put("DeploymentCircuitBreaker", deploymentCircuitBreaker())
          .put("EarlySuccessCriteria", earlySuccessCriteria())
          .put("LifecycleHooks", lifecycleHooks())
          .put("LinearConfiguration", linearConfiguration())
          .put("MaximumPercent", maximumPercent())
          .put("MinimumHealthyPercent", minimumHealthyPercent())
          .put("Strategy", strategy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DeploymentConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.DeploymentConfiguration.Builder {

      public Builder bakeTimeInMinutes(long value) {
        bakeTimeInMinutes(Expr.of(value));
        return this;
      }

      public Builder lifecycleHooks(List<? extends Expr> values) {
        lifecycleHooks(Expr.list(values));
        return this;
      }

      public Builder maximumPercent(long value) {
        maximumPercent(Expr.of(value));
        return this;
      }

      public Builder minimumHealthyPercent(long value) {
        minimumHealthyPercent(Expr.of(value));
        return this;
      }

      public Builder strategy(String value) {
        strategy(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.DeploymentController}: The deployment controller to use for the
   * service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentcontroller.html">AWS::ECS::Service.DeploymentController</a>
   */
  @Value.Immutable
  interface DeploymentController extends PropertyValue {

    /** Values CloudFormation accepts for {@code Type}. */
    String TYPE_CODE_DEPLOY = "CODE_DEPLOY";
    String TYPE_ECS = "ECS";
    String TYPE_EXTERNAL = "EXTERNAL";

    /** The deployment controller type to use. */
    Optional<Expr> type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DeploymentController}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.DeploymentController.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.DeploymentEarlySuccessCriteria}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentearlysuccesscriteria.html">AWS::ECS::Service.DeploymentEarlySuccessCriteria</a>
   */
  @Value.Immutable
  interface DeploymentEarlySuccessCriteria extends PropertyValue {

    /** {@code Enable}. */
    Optional<Expr> enable();

    /** {@code HealthyPercent}. */
    Optional<Expr> healthyPercent();

    /** {@code SourceServiceRevisionCleanup}. */
    Optional<Expr> sourceServiceRevisionCleanup();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enable", enable())
          .put("HealthyPercent", healthyPercent())
          .put("SourceServiceRevisionCleanup", sourceServiceRevisionCleanup())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DeploymentEarlySuccessCriteria}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.DeploymentEarlySuccessCriteria.Builder {

      public Builder enable(boolean value) {
        enable(Expr.of(value));
        return this;
      }

      public Builder healthyPercent(long value) {
        healthyPercent(Expr.of(value));
        return this;
      }

      public Builder sourceServiceRevisionCleanup(String value) {
        sourceServiceRevisionCleanup(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.DeploymentLifecycleHook}: A deployment lifecycle hook runs custom
   * logic at specific stages of the deployment process. Currently, you can use Lambda functions as
   * hook targets.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-deploymentlifecyclehook.html">AWS::ECS::Service.DeploymentLifecycleHook</a>
   */
  @Value.Immutable
  interface DeploymentLifecycleHook extends PropertyValue {

    /**
     * Use this field to specify custom parameters that Amazon ECS passes to your hook target
     * invocations (such as a Lambda function).
     */
    Optional<Expr> hookDetails();

    /**
     * The Amazon Resource Name (ARN) of the hook target. Currently, only Lambda function ARNs are
     * supported.
     */
    Optional<Expr> hookTargetArn();

    /** Required. The lifecycle stages at which to run the hook. Choose from these valid values: */
    Expr lifecycleStages();

    /**
     * The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call
     * Lambda functions on your behalf.
     */
    Optional<Expr> roleArn();

    /**
     * The type of action the lifecycle hook performs. Valid values are: + ``AWS_LAMBDA`` - Invokes
     * a Lambda function at the specified lifecycle stage. This is the default value. + ``PAUSE`` -
     * Pauses the deployment at the specified lifecycle stage until you call
     * ``ContinueServiceDeployment`` to continue or roll back.
     */
    Optional<Expr> targetType();

    /** {@code TimeoutConfiguration}. */
    Optional<Expr> timeoutConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HookDetails", hookDetails())
          .put("HookTargetArn", hookTargetArn())
          .put("LifecycleStages", lifecycleStages())
          .put("RoleArn", roleArn())
          .put("TargetType", targetType())
          .put("TimeoutConfiguration", timeoutConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DeploymentLifecycleHook}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.DeploymentLifecycleHook.Builder {

      public Builder hookDetails(String value) {
        hookDetails(Expr.of(value));
        return this;
      }

      public Builder hookDetails(JsonNode value) {
        hookDetails(Expr.json(value));
        return this;
      }

      public Builder hookTargetArn(String value) {
        hookTargetArn(Expr.of(value));
        return this;
      }

      public Builder lifecycleStages(List<? extends Expr> values) {
        lifecycleStages(Expr.list(values));
        return this;
      }

      public Builder lifecycleStages(String... values) {
        lifecycleStages(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }

      public Builder targetType(String value) {
        targetType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.EBSTagSpecification}: The tag specifications of an Amazon EBS volume.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-ebstagspecification.html">AWS::ECS::Service.EBSTagSpecification</a>
   */
  @Value.Immutable
  interface EBSTagSpecification extends PropertyValue {

    /** Values CloudFormation accepts for {@code PropagateTags}. */
    String PROPAGATE_TAGS_SERVICE = "SERVICE";
    String PROPAGATE_TAGS_TASK_DEFINITION = "TASK_DEFINITION";

    /**
     * Determines whether to propagate the tags from the task definition to the Amazon EBS volume.
     * Tags can only propagate to a `SERVICE` specified in `ServiceVolumeConfiguration` . If no
     * value is specified, the tags aren't propagated.
     */
    Optional<Expr> propagateTags();

    /** Required. The type of volume resource. */
    Expr resourceTypeValue();

    /**
     * The tags applied to this Amazon EBS volume. `AmazonECSCreated` and `AmazonECSManaged` are
     * reserved tags that can't be used.
     */
    Optional<Expr> tags();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PropagateTags", propagateTags())
          .put("ResourceType", resourceTypeValue())
          .put("Tags", tags())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EBSTagSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.EBSTagSpecification.Builder {

      public Builder propagateTags(String value) {
        propagateTags(Expr.of(value));
        return this;
      }

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }

      public Builder tags(List<? extends Expr> values) {
        tags(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ForceNewDeployment}: Determines whether to force a new deployment of
   * the service. By default, deployments aren't forced. You can use this option to start a new
   * deployment with no service definition changes. For example, you can update a service's tasks to
   * use a newer Docker image with the same image/tag combination ( `my_image:latest` ) or to roll
   * Fargate tasks onto a newer platform version.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-forcenewdeployment.html">AWS::ECS::Service.ForceNewDeployment</a>
   */
  @Value.Immutable
  interface ForceNewDeployment extends PropertyValue {

    /**
     * Required. Determines whether to force a new deployment of the service. By default,
     * deployments aren't forced. You can use this option to start a new deployment with no service
     * definition changes. For example, you can update a service's tasks to use a newer Docker image
     * with the same image/tag combination ( `my_image:latest` ) or to roll Fargate tasks onto a
     * newer platform version.
     */
    Expr enableForceNewDeployment();

    /**
     * When you change the `ForceNewDeploymentNonce` value in your template, it signals Amazon ECS
     * to start a new deployment even though no other service parameters have changed. The value
     * must be a unique, time- varying value like a timestamp, random string, or sequence number.
     * Use this property when you want to ensure your tasks pick up the latest version of a Docker
     * image that uses the same tag but has been updated in the registry.
     */
    Optional<Expr> forceNewDeploymentNonce();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnableForceNewDeployment", enableForceNewDeployment())
          .put("ForceNewDeploymentNonce", forceNewDeploymentNonce())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ForceNewDeployment}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableService.ForceNewDeployment.Builder {

      public Builder enableForceNewDeployment(boolean value) {
        enableForceNewDeployment(Expr.of(value));
        return this;
      }

      public Builder forceNewDeploymentNonce(String value) {
        forceNewDeploymentNonce(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.HookTimeoutConfig}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-hooktimeoutconfig.html">AWS::ECS::Service.HookTimeoutConfig</a>
   */
  @Value.Immutable
  interface HookTimeoutConfig extends PropertyValue {

    /** {@code Action}. */
    Optional<Expr> action();

    /** {@code TimeoutInMinutes}. */
    Optional<Expr> timeoutInMinutes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Action", action())
          .put("TimeoutInMinutes", timeoutInMinutes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HookTimeoutConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableService.HookTimeoutConfig.Builder {

      public Builder action(String value) {
        action(Expr.of(value));
        return this;
      }

      public Builder timeoutInMinutes(long value) {
        timeoutInMinutes(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.LinearConfiguration}: Configuration for a linear deployment strategy
   * that shifts production traffic in equal percentage increments with configurable wait times
   * between each step until 100 percent of traffic is shifted to the new service revision.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-linearconfiguration.html">AWS::ECS::Service.LinearConfiguration</a>
   */
  @Value.Immutable
  interface LinearConfiguration extends PropertyValue {

    /**
     * The amount of time in minutes to wait between each traffic shifting step during a linear
     * deployment. Valid values are 0 to 1440 minutes (24 hours). The default value is 6. This bake
     * time is not applied after reaching 100 percent traffic.
     */
    Optional<Expr> stepBakeTimeInMinutes();

    /**
     * The percentage of production traffic to shift in each step during a linear deployment. Valid
     * values are multiples of 0.1 from 3.0 to 100.0. The default value is 10.0.
     */
    Optional<Expr> stepPercent();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StepBakeTimeInMinutes", stepBakeTimeInMinutes())
          .put("StepPercent", stepPercent())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LinearConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.LinearConfiguration.Builder {

      public Builder stepBakeTimeInMinutes(long value) {
        stepBakeTimeInMinutes(Expr.of(value));
        return this;
      }

      public Builder stepPercent(long value) {
        stepPercent(Expr.of(value));
        return this;
      }

      public Builder stepPercent(double value) {
        stepPercent(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.LoadBalancer}: The `LoadBalancer` property specifies details on a load
   * balancer that is used with a service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-loadbalancer.html">AWS::ECS::Service.LoadBalancer</a>
   */
  @Value.Immutable
  interface LoadBalancer extends PropertyValue {

    /**
     * The advanced settings for the load balancer used in blue/green deployments. Specify the
     * alternate target group, listener rules, and IAM role required for traffic shifting during
     * blue/green deployments.
     */
    Optional<Expr> advancedConfiguration();

    /**
     * The name of the container (as it appears in a container definition) to associate with the
     * load balancer.
     */
    Optional<Expr> containerName();

    /**
     * The port on the container to associate with the load balancer. This port must correspond to a
     * `containerPort` in the task definition the tasks in the service are using. For tasks that use
     * the EC2 launch type, the container instance they're launched on must allow ingress traffic on
     * the `hostPort` of the port mapping.
     */
    Optional<Expr> containerPort();

    /** The name of the load balancer to associate with the Amazon ECS service or task set. */
    Optional<Expr> loadBalancerName();

    /**
     * The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups
     * associated with a service or task set.
     */
    Optional<Expr> targetGroupArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdvancedConfiguration", advancedConfiguration())
          .put("ContainerName", containerName())
          .put("ContainerPort", containerPort())
          .put("LoadBalancerName", loadBalancerName())
          .put("TargetGroupArn", targetGroupArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LoadBalancer}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableService.LoadBalancer.Builder {

      public Builder containerName(String value) {
        containerName(Expr.of(value));
        return this;
      }

      public Builder containerPort(long value) {
        containerPort(Expr.of(value));
        return this;
      }

      public Builder loadBalancerName(String value) {
        loadBalancerName(Expr.of(value));
        return this;
      }

      public Builder targetGroupArn(String value) {
        targetGroupArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.LogConfiguration}: The log configuration for the container. This
   * parameter maps to `LogConfig` in the docker container create command and the `--log-driver`
   * option to docker run.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-logconfiguration.html">AWS::ECS::Service.LogConfiguration</a>
   */
  @Value.Immutable
  interface LogConfiguration extends PropertyValue {

    /** The log driver to use for the container. */
    Optional<Expr> logDriver();

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
    final class Builder extends ImmutableService.LogConfiguration.Builder {

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
   * {@code AWS::ECS::Service.MetricConfiguration}: The configuration for a specific set of metrics
   * to collect for a service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-metricconfiguration.html">AWS::ECS::Service.MetricConfiguration</a>
   */
  @Value.Immutable
  interface MetricConfiguration extends PropertyValue {

    /**
     * Required. The list of metric names to configure. The supported metric names are
     * ``CPUUtilization`` and ``MemoryUtilization``.
     */
    Expr metricNames();

    /**
     * Required. The resolution, in seconds, at which to collect the metrics. The valid values are
     * ``20`` and ``60``.
     */
    Expr resolutionSeconds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MetricNames", metricNames())
          .put("ResolutionSeconds", resolutionSeconds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetricConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.MetricConfiguration.Builder {

      public Builder metricNames(List<? extends Expr> values) {
        metricNames(Expr.list(values));
        return this;
      }

      public Builder metricNames(String... values) {
        metricNames(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder resolutionSeconds(long value) {
        resolutionSeconds(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.MonitoringConfiguration}: The optional monitoring configuration for a
   * service, which defines the resolution for the service-level ``CPUUtilization`` and
   * ``MemoryUtilization`` Amazon CloudWatch metrics. When not specified, Amazon ECS uses the
   * default resolution of ``60`` seconds.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-monitoringconfiguration.html">AWS::ECS::Service.MonitoringConfiguration</a>
   */
  @Value.Immutable
  interface MonitoringConfiguration extends PropertyValue {

    /** Required. The list of metric configurations for the service monitoring. */
    Expr metricConfigurations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MetricConfigurations", metricConfigurations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MonitoringConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.MonitoringConfiguration.Builder {

      public Builder metricConfigurations(List<? extends Expr> values) {
        metricConfigurations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.NetworkConfiguration}: The network configuration for a task or
   * service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-networkconfiguration.html">AWS::ECS::Service.NetworkConfiguration</a>
   */
  @Value.Immutable
  interface NetworkConfiguration extends PropertyValue {

    /** The VPC subnets and security groups that are associated with a task. */
    Optional<Expr> awsvpcConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AwsvpcConfiguration", awsvpcConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NetworkConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.NetworkConfiguration.Builder {
    }
  }

  /**
   * {@code AWS::ECS::Service.PlacementConstraint}: An object representing a constraint on task
   * placement. For more information, see [Task placement
   * constraints](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-placementconstraint.html">AWS::ECS::Service.PlacementConstraint</a>
   */
  @Value.Immutable
  interface PlacementConstraint extends PropertyValue {

    /** Values CloudFormation accepts for {@code Type}. */
    String TYPE_DISTINCT_INSTANCE = "distinctInstance";
    String TYPE_MEMBER_OF = "memberOf";

    /**
     * A cluster query language expression to apply to the constraint. The expression can have a
     * maximum length of 2000 characters. You can't specify an expression if the constraint type is
     * `distinctInstance` . For more information, see [Cluster query
     * language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html)
     * in the *Amazon Elastic Container Service Developer Guide* .
     */
    Optional<Expr> expression();

    /**
     * Required. The type of constraint. Use `distinctInstance` to ensure that each task in a
     * particular group is running on a different container instance. Use `memberOf` to restrict the
     * selection to a group of valid candidates.
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
     * Builds a {@link PlacementConstraint}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.PlacementConstraint.Builder {

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
   * {@code AWS::ECS::Service.PlacementStrategy}: The task placement strategy for a task or service.
   * For more information, see [Task placement
   * strategies](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html)
   * in the *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-placementstrategy.html">AWS::ECS::Service.PlacementStrategy</a>
   */
  @Value.Immutable
  interface PlacementStrategy extends PropertyValue {

    /** Values CloudFormation accepts for {@code Type}. */
    String TYPE_BINPACK = "binpack";
    String TYPE_RANDOM = "random";
    String TYPE_SPREAD = "spread";

    /**
     * The field to apply the placement strategy against. For the `spread` placement strategy, valid
     * values are `instanceId` (or `host` , which has the same effect), or any platform or custom
     * attribute that's applied to a container instance, such as `attribute:ecs.availability-zone` .
     * For the `binpack` placement strategy, valid values are `cpu` and `memory` . For the `random`
     * placement strategy, this field is not used.
     */
    Optional<Expr> field();

    /**
     * Required. The type of placement strategy. The `random` placement strategy randomly places
     * tasks on available candidates. The `spread` placement strategy spreads placement across
     * available candidates evenly based on the `field` parameter. The `binpack` strategy places
     * tasks on available candidates that have the least available amount of the resource that's
     * specified with the `field` parameter. For example, if you binpack on memory, a task is placed
     * on the instance with the least amount of remaining memory but still enough to run the task.
     */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Field", field())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PlacementStrategy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableService.PlacementStrategy.Builder {

      public Builder field(String value) {
        field(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.Secret}: An object representing the secret to expose to your
   * container. Secrets can be exposed to a container in the following ways:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-secret.html">AWS::ECS::Service.Secret</a>
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
    final class Builder extends ImmutableService.Secret.Builder {

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
   * {@code AWS::ECS::Service.ServiceConnectAccessLogConfiguration}: Configuration for Service
   * Connect access logging. Access logs provide detailed information about requests made to your
   * service, including request patterns, response codes, and timing data for debugging and
   * monitoring purposes.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnectaccesslogconfiguration.html">AWS::ECS::Service.ServiceConnectAccessLogConfiguration</a>
   */
  @Value.Immutable
  interface ServiceConnectAccessLogConfiguration extends PropertyValue {

    /**
     * Required. The format for Service Connect access log output. Choose TEXT for human-readable
     * logs or JSON for structured data that integrates well with log analysis tools.
     */
    Expr format();

    /** Specifies whether to include query parameters in Service Connect access logs. */
    Optional<Expr> includeQueryParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Format", format())
          .put("IncludeQueryParameters", includeQueryParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectAccessLogConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectAccessLogConfiguration.Builder {

      public Builder format(String value) {
        format(Expr.of(value));
        return this;
      }

      public Builder includeQueryParameters(String value) {
        includeQueryParameters(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceConnectClientAlias}: Each alias ("endpoint") is a
   * fully-qualified name and port number that other tasks ("clients") can use to connect to this
   * service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnectclientalias.html">AWS::ECS::Service.ServiceConnectClientAlias</a>
   */
  @Value.Immutable
  interface ServiceConnectClientAlias extends PropertyValue {

    /**
     * The `dnsName` is the name that you use in the applications of client tasks to connect to this
     * service. The name must be a valid DNS name but doesn't need to be fully-qualified. The name
     * can include up to 127 characters. The name can include lowercase letters, numbers,
     * underscores (_), hyphens (-), and periods (.). The name can't start with a hyphen.
     */
    Optional<Expr> dnsName();

    /**
     * Required. The listening port number for the Service Connect proxy. This port is available
     * inside of all of the tasks within the same namespace.
     */
    Expr port();

    /**
     * The configuration for test traffic routing rules used during blue/green deployments with
     * Amazon ECS Service Connect. This allows you to route a portion of traffic to the new service
     * revision of your service for testing before shifting all production traffic.
     */
    Optional<Expr> testTrafficRules();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DnsName", dnsName())
          .put("Port", port())
          .put("TestTrafficRules", testTrafficRules())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectClientAlias}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectClientAlias.Builder {

      public Builder dnsName(String value) {
        dnsName(Expr.of(value));
        return this;
      }

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceConnectConfiguration}: The Service Connect configuration of
   * your Amazon ECS service. The configuration for this service to discover and connect to
   * services, and be discovered by, and connected from, other services within a namespace.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnectconfiguration.html">AWS::ECS::Service.ServiceConnectConfiguration</a>
   */
  @Value.Immutable
  interface ServiceConnectConfiguration extends PropertyValue {

    /**
     * The configuration for Service Connect access logging. Access logs capture detailed
     * information about requests made to your service, including request patterns, response codes,
     * and timing data. They can be useful for debugging connectivity issues, monitoring service
     * performance, and auditing service-to-service communication for security and compliance
     * purposes.
     */
    Optional<Expr> accessLogConfiguration();

    /** Required. Specifies whether to use Service Connect with this service. */
    Expr enabled();

    /**
     * The log configuration for the container. This parameter maps to `LogConfig` in the docker
     * container create command and the `--log-driver` option to docker run.
     */
    Optional<Expr> logConfiguration();

    /**
     * The namespace name or full Amazon Resource Name (ARN) of the AWS Cloud Map namespace for use
     * with Service Connect. The namespace must be in the same AWS Region as the Amazon ECS service
     * and cluster. The type of namespace doesn't affect Service Connect. For more information about
     * AWS Cloud Map , see [Working with
     * Services](https://docs.aws.amazon.com/cloud-map/latest/dg/working-with-services.html) in the
     * *AWS Cloud Map Developer Guide* .
     */
    Optional<Expr> namespace();

    /**
     * The list of Service Connect service objects. These are names and aliases (also known as
     * endpoints) that are used by other Amazon ECS services to connect to this service.
     */
    Optional<Expr> services();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessLogConfiguration", accessLogConfiguration())
          .put("Enabled", enabled())
          .put("LogConfiguration", logConfiguration())
          .put("Namespace", namespace())
          .put("Services", services())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectConfiguration.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder namespace(String value) {
        namespace(Expr.of(value));
        return this;
      }

      public Builder services(List<? extends Expr> values) {
        services(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceConnectService}: The Service Connect service object
   * configuration. For more information, see [Service
   * Connect](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html) in
   * the *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnectservice.html">AWS::ECS::Service.ServiceConnectService</a>
   */
  @Value.Immutable
  interface ServiceConnectService extends PropertyValue {

    /**
     * The list of client aliases for this Service Connect service. You use these to assign names
     * that can be used by client applications. The maximum number of client aliases that you can
     * have in this list is 1.
     */
    Optional<Expr> clientAliases();

    /**
     * The `discoveryName` is the name of the new AWS Cloud Map service that Amazon ECS creates for
     * this Amazon ECS service. This must be unique within the AWS Cloud Map namespace. The name can
     * contain up to 64 characters. The name can include lowercase letters, numbers, underscores
     * (_), and hyphens (-). The name can't start with a hyphen.
     */
    Optional<Expr> discoveryName();

    /** The port number for the Service Connect proxy to listen on. */
    Optional<Expr> ingressPortOverride();

    /**
     * Required. The `portName` must match the name of one of the `portMappings` from all the
     * containers in the task definition of this Amazon ECS service.
     */
    Expr portName();

    /** A reference to an object that represents the configured timeouts for Service Connect. */
    Optional<Expr> timeout();

    /** A reference to an object that represents a Transport Layer Security (TLS) configuration. */
    Optional<Expr> tls();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ClientAliases", clientAliases())
          .put("DiscoveryName", discoveryName())
          .put("IngressPortOverride", ingressPortOverride())
          .put("PortName", portName())
          .put("Timeout", timeout())
          .put("Tls", tls())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectService}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectService.Builder {

      public Builder clientAliases(List<? extends Expr> values) {
        clientAliases(Expr.list(values));
        return this;
      }

      public Builder discoveryName(String value) {
        discoveryName(Expr.of(value));
        return this;
      }

      public Builder ingressPortOverride(long value) {
        ingressPortOverride(Expr.of(value));
        return this;
      }

      public Builder portName(String value) {
        portName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceConnectTestTrafficRules}: The test traffic routing
   * configuration for Amazon ECS blue/green deployments. This configuration allows you to define
   * rules for routing specific traffic to the new service revision during the deployment process,
   * allowing for safe testing before full production traffic shift.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnecttesttrafficrules.html">AWS::ECS::Service.ServiceConnectTestTrafficRules</a>
   */
  @Value.Immutable
  interface ServiceConnectTestTrafficRules extends PropertyValue {

    /**
     * Required. The HTTP header-based routing rules that determine which requests should be routed
     * to the new service version during blue/green deployment testing. These rules provide
     * fine-grained control over test traffic routing based on request headers.
     */
    Expr header();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Header", header())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectTestTrafficRules}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectTestTrafficRules.Builder {
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceConnectTestTrafficRulesHeader}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnecttesttrafficrulesheader.html">AWS::ECS::Service.ServiceConnectTestTrafficRulesHeader</a>
   */
  @Value.Immutable
  interface ServiceConnectTestTrafficRulesHeader extends PropertyValue {

    /** Required. {@code Name}. */
    Expr name();

    /** {@code Value}. */
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

    /**
     * Builds a {@link ServiceConnectTestTrafficRulesHeader}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectTestTrafficRulesHeader.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceConnectTestTrafficRulesHeaderValue}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnecttesttrafficrulesheadervalue.html">AWS::ECS::Service.ServiceConnectTestTrafficRulesHeaderValue</a>
   */
  @Value.Immutable
  interface ServiceConnectTestTrafficRulesHeaderValue extends PropertyValue {

    /** Required. {@code Exact}. */
    Expr exact();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Exact", exact())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectTestTrafficRulesHeaderValue}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectTestTrafficRulesHeaderValue.Builder {

      public Builder exact(String value) {
        exact(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceConnectTlsCertificateAuthority}: The certificate root authority
   * that secures your service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnecttlscertificateauthority.html">AWS::ECS::Service.ServiceConnectTlsCertificateAuthority</a>
   */
  @Value.Immutable
  interface ServiceConnectTlsCertificateAuthority extends PropertyValue {

    /** The ARN of the AWS Private Certificate Authority certificate. */
    Optional<Expr> awsPcaAuthorityArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AwsPcaAuthorityArn", awsPcaAuthorityArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectTlsCertificateAuthority}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectTlsCertificateAuthority.Builder {

      public Builder awsPcaAuthorityArn(String value) {
        awsPcaAuthorityArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceConnectTlsConfiguration}: The key that encrypts and decrypts
   * your resources for Service Connect TLS.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceconnecttlsconfiguration.html">AWS::ECS::Service.ServiceConnectTlsConfiguration</a>
   */
  @Value.Immutable
  interface ServiceConnectTlsConfiguration extends PropertyValue {

    /** Required. The signer certificate authority. */
    Expr issuerCertificateAuthority();

    /** The AWS Key Management Service key. */
    Optional<Expr> kmsKey();

    /**
     * The Amazon Resource Name (ARN) of the IAM role that's associated with the Service Connect
     * TLS.
     */
    Optional<Expr> roleArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IssuerCertificateAuthority", issuerCertificateAuthority())
          .put("KmsKey", kmsKey())
          .put("RoleArn", roleArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceConnectTlsConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.ServiceConnectTlsConfiguration.Builder {

      public Builder kmsKey(String value) {
        kmsKey(Expr.of(value));
        return this;
      }

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceManagedEBSVolumeConfiguration}: The configuration for the
   * Amazon EBS volume that Amazon ECS creates and manages on your behalf. These settings are used
   * to create each Amazon EBS volume, with one volume created for each task in the service. For
   * information about the supported launch types and operating systems, see [Supported operating
   * systems and launch
   * types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html#ebs-volumes-configuration)
   * in the *Amazon Elastic Container Service Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-servicemanagedebsvolumeconfiguration.html">AWS::ECS::Service.ServiceManagedEBSVolumeConfiguration</a>
   */
  @Value.Immutable
  interface ServiceManagedEBSVolumeConfiguration extends PropertyValue {

    /**
     * Indicates whether the volume should be encrypted. If you turn on Region-level Amazon EBS
     * encryption by default but set this value as `false` , the setting is overridden and the
     * volume is encrypted with the KMS key specified for Amazon EBS encryption by default. This
     * parameter maps 1:1 with the `Encrypted` parameter of the [CreateVolume
     * API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
     * *Amazon EC2 API Reference* .
     */
    Optional<Expr> encrypted();

    /**
     * The filesystem type for the volume. For volumes created from a snapshot, you must specify the
     * same filesystem type that the volume was using when the snapshot was created. If there is a
     * filesystem type mismatch, the tasks will fail to start.
     */
    Optional<Expr> filesystemType();

    /**
     * The number of I/O operations per second (IOPS). For `gp3` , `io1` , and `io2` volumes, this
     * represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this
     * represents the baseline performance of the volume and the rate at which the volume
     * accumulates I/O credits for bursting.
     */
    Optional<Expr> iops();

    /**
     * The Amazon Resource Name (ARN) identifier of the AWS Key Management Service key to use for
     * Amazon EBS encryption. When a key is specified using this parameter, it overrides Amazon EBS
     * default encryption or any KMS key that you specified for cluster-level managed storage
     * encryption. This parameter maps 1:1 with the `KmsKeyId` parameter of the [CreateVolume
     * API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
     * *Amazon EC2 API Reference* . For more information about encrypting Amazon EBS volumes
     * attached to tasks, see [Encrypt data stored in Amazon EBS volumes attached to Amazon ECS
     * tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-kms-encryption.html) .
     */
    Optional<Expr> kmsKeyId();

    /**
     * Required. The ARN of the IAM role to associate with this volume. This is the Amazon ECS
     * infrastructure IAM role that is used to manage your AWS infrastructure. We recommend using
     * the Amazon ECS-managed `AmazonECSInfrastructureRolePolicyForVolumes` IAM policy with this
     * role. For more information, see [Amazon ECS infrastructure IAM
     * role](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html)
     * in the *Amazon ECS Developer Guide* .
     */
    Expr roleArn();

    /**
     * The size of the volume in GiB. You must specify either a volume size or a snapshot ID. If you
     * specify a snapshot ID, the snapshot size is used for the volume size by default. You can
     * optionally specify a volume size greater than or equal to the snapshot size. This parameter
     * maps 1:1 with the `Size` parameter of the [CreateVolume
     * API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
     * *Amazon EC2 API Reference* .
     */
    Optional<Expr> sizeInGiB();

    /**
     * The snapshot that Amazon ECS uses to create volumes for attachment to tasks maintained by the
     * service. You must specify either `snapshotId` or `sizeInGiB` in your volume configuration.
     * This parameter maps 1:1 with the `SnapshotId` parameter of the [CreateVolume
     * API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
     * *Amazon EC2 API Reference* .
     */
    Optional<Expr> snapshotId();

    /**
     * The tags to apply to the volume. Amazon ECS applies service-managed tags by default. This
     * parameter maps 1:1 with the `TagSpecifications.N` parameter of the [CreateVolume
     * API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
     * *Amazon EC2 API Reference* .
     */
    Optional<Expr> tagSpecifications();

    /**
     * The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s. This
     * parameter maps 1:1 with the `Throughput` parameter of the [CreateVolume
     * API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
     * *Amazon EC2 API Reference* .
     */
    Optional<Expr> throughput();

    /**
     * The rate, in MiB/s, at which data is fetched from a snapshot of an existing EBS volume to
     * create new volumes for attachment to the tasks maintained by the service. This property can
     * be specified only if you specify a `snapshotId` . For more information, see [Initialize
     * Amazon EBS volumes](https://docs.aws.amazon.com/ebs/latest/userguide/initalize-volume.html)
     * in the *Amazon EBS User Guide* .
     */
    Optional<Expr> volumeInitializationRate();

    /**
     * The volume type. This parameter maps 1:1 with the `VolumeType` parameter of the [CreateVolume
     * API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
     * *Amazon EC2 API Reference* . For more information, see [Amazon EBS volume
     * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-volume-types.html) in the
     * *Amazon EC2 User Guide* .
     */
    Optional<Expr> volumeType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Encrypted", encrypted())
          .put("FilesystemType", filesystemType())
          .put("Iops", iops())
          .put("KmsKeyId", kmsKeyId())
          .put("RoleArn", roleArn())
          .put("SizeInGiB", sizeInGiB())
          .put("SnapshotId", snapshotId())
          .put("TagSpecifications", tagSpecifications())
          .put("Throughput", throughput())
          .put("VolumeInitializationRate", volumeInitializationRate())
          .put("VolumeType", volumeType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceManagedEBSVolumeConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableService.ServiceManagedEBSVolumeConfiguration.Builder {

      public Builder encrypted(boolean value) {
        encrypted(Expr.of(value));
        return this;
      }

      public Builder filesystemType(String value) {
        filesystemType(Expr.of(value));
        return this;
      }

      public Builder iops(long value) {
        iops(Expr.of(value));
        return this;
      }

      public Builder kmsKeyId(String value) {
        kmsKeyId(Expr.of(value));
        return this;
      }

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }

      public Builder sizeInGiB(long value) {
        sizeInGiB(Expr.of(value));
        return this;
      }

      public Builder snapshotId(String value) {
        snapshotId(Expr.of(value));
        return this;
      }

      public Builder tagSpecifications(List<? extends Expr> values) {
        tagSpecifications(Expr.list(values));
        return this;
      }

      public Builder throughput(long value) {
        throughput(Expr.of(value));
        return this;
      }

      public Builder volumeInitializationRate(long value) {
        volumeInitializationRate(Expr.of(value));
        return this;
      }

      public Builder volumeType(String value) {
        volumeType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceRegistry}: The details for the service registry.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-serviceregistry.html">AWS::ECS::Service.ServiceRegistry</a>
   */
  @Value.Immutable
  interface ServiceRegistry extends PropertyValue {

    /**
     * The container name value to be used for your service discovery service. It's already
     * specified in the task definition. If the task definition that your service task specifies
     * uses the `bridge` or `host` network mode, you must specify a `containerName` and
     * `containerPort` combination from the task definition. If the task definition that your
     * service task specifies uses the `awsvpc` network mode and a type SRV DNS record is used, you
     * must specify either a `containerName` and `containerPort` combination or a `port` value.
     * However, you can't specify both.
     */
    Optional<Expr> containerName();

    /**
     * The port value to be used for your service discovery service. It's already specified in the
     * task definition. If the task definition your service task specifies uses the `bridge` or
     * `host` network mode, you must specify a `containerName` and `containerPort` combination from
     * the task definition. If the task definition your service task specifies uses the `awsvpc`
     * network mode and a type SRV DNS record is used, you must specify either a `containerName` and
     * `containerPort` combination or a `port` value. However, you can't specify both.
     */
    Optional<Expr> containerPort();

    /**
     * The port value used if your service discovery service specified an SRV record. This field
     * might be used if both the `awsvpc` network mode and SRV records are used.
     */
    Optional<Expr> port();

    /**
     * The Amazon Resource Name (ARN) of the service registry. The currently supported service
     * registry is AWS Cloud Map . For more information, see
     * [CreateService](https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateService.html) .
     */
    Optional<Expr> registryArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContainerName", containerName())
          .put("ContainerPort", containerPort())
          .put("Port", port())
          .put("RegistryArn", registryArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ServiceRegistry}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableService.ServiceRegistry.Builder {

      public Builder containerName(String value) {
        containerName(Expr.of(value));
        return this;
      }

      public Builder containerPort(long value) {
        containerPort(Expr.of(value));
        return this;
      }

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }

      public Builder registryArn(String value) {
        registryArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ServiceVolumeConfiguration}: The configuration for a volume specified
   * in the task definition as a volume that is configured at launch time. Currently, the only
   * supported volume type is an Amazon EBS volume.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-servicevolumeconfiguration.html">AWS::ECS::Service.ServiceVolumeConfiguration</a>
   */
  @Value.Immutable
  interface ServiceVolumeConfiguration extends PropertyValue {

    /**
     * The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your
     * behalf. These settings are used to create each Amazon EBS volume, with one volume created for
     * each task in the service. The Amazon EBS volumes are visible in your account in the Amazon
     * EC2 console once they are created.
     */
    Optional<Expr> managedEBSVolume();

    /**
     * Required. The name of the volume. This value must match the volume name from the `Volume`
     * object in the task definition.
     */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ManagedEBSVolume", managedEBSVolume())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServiceVolumeConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.ServiceVolumeConfiguration.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.ThresholdConfiguration}: Defines the failure threshold that the
   * deployment circuit breaker uses to monitor a deployment. The ``type`` and ``value`` together
   * determine the number of task failures that are tolerated before the circuit breaker triggers.
   * By default, the threshold configuration uses a ``type`` of ``BOUNDED_PERCENT`` with a ``value``
   * of ``50``.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-thresholdconfiguration.html">AWS::ECS::Service.ThresholdConfiguration</a>
   */
  @Value.Immutable
  interface ThresholdConfiguration extends PropertyValue {

    /**
     * Required. Determines how Amazon ECS uses ``value`` to calculate the failure threshold. For
     * the percentage types (``BOUNDED_PERCENT`` and ``UNBOUNDED_PERCENT``), Amazon ECS multiplies
     * ``value`` by the latest service desired count. For ``COUNT``, Amazon ECS uses ``value``
     * directly as the threshold. The default is ``BOUNDED_PERCENT``.
     */
    Expr type();

    /**
     * Required. Specifies the integer that Amazon ECS uses to calculate the failure threshold. When
     * ``type`` is ``COUNT``, this value is the failure threshold itself. When ``type`` is a
     * percentage type, Amazon ECS multiplies this value by the latest service desired count to
     * produce the failure threshold. The default is ``50``.
     */
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
     * Builds a {@link ThresholdConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.ThresholdConfiguration.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder value(long value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.TimeoutConfiguration}: An object that represents the timeout
   * configurations for Service Connect.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-timeoutconfiguration.html">AWS::ECS::Service.TimeoutConfiguration</a>
   */
  @Value.Immutable
  interface TimeoutConfiguration extends PropertyValue {

    /**
     * The amount of time in seconds a connection will stay active while idle. A value of `0` can be
     * set to disable `idleTimeout` .
     */
    Optional<Expr> idleTimeoutSeconds();

    /**
     * The amount of time waiting for the upstream to respond with a complete response per request.
     * A value of `0` can be set to disable `perRequestTimeout` . `perRequestTimeout` can only be
     * set if Service Connect `appProtocol` isn't `TCP` . Only `idleTimeout` is allowed for `TCP`
     * `appProtocol` .
     */
    Optional<Expr> perRequestTimeoutSeconds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IdleTimeoutSeconds", idleTimeoutSeconds())
          .put("PerRequestTimeoutSeconds", perRequestTimeoutSeconds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TimeoutConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableService.TimeoutConfiguration.Builder {

      public Builder idleTimeoutSeconds(long value) {
        idleTimeoutSeconds(Expr.of(value));
        return this;
      }

      public Builder perRequestTimeoutSeconds(long value) {
        perRequestTimeoutSeconds(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::Service.VpcLatticeConfiguration}: The VPC Lattice configuration for your
   * service that holds the information for the target group(s) Amazon ECS tasks will be registered
   * to.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-vpclatticeconfiguration.html">AWS::ECS::Service.VpcLatticeConfiguration</a>
   */
  @Value.Immutable
  interface VpcLatticeConfiguration extends PropertyValue {

    /**
     * Required. The name of the port mapping to register in the VPC Lattice target group. This is
     * the name of the `portMapping` you defined in your task definition.
     */
    Expr portName();

    /**
     * Required. The ARN of the IAM role to associate with this VPC Lattice configuration. This is
     * the Amazon ECS infrastructure IAM role that is used to manage your VPC Lattice
     * infrastructure.
     */
    Expr roleArn();

    /**
     * Required. The full Amazon Resource Name (ARN) of the target group or groups associated with
     * the VPC Lattice configuration that the Amazon ECS tasks will be registered to.
     */
    Expr targetGroupArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PortName", portName())
          .put("RoleArn", roleArn())
          .put("TargetGroupArn", targetGroupArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpcLatticeConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableService.VpcLatticeConfiguration.Builder {

      public Builder portName(String value) {
        portName(Expr.of(value));
        return this;
      }

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }

      public Builder targetGroupArn(String value) {
        targetGroupArn(Expr.of(value));
        return this;
      }
    }
  }
}
