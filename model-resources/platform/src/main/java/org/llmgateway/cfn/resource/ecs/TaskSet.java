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
 * {@code AWS::ECS::TaskSet}: Create a task set in the specified cluster and service. This is used
 * when a service uses the `EXTERNAL` deployment controller type. For more information, see [Amazon
 * ECS deployment
 * types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html) in the
 * *Amazon Elastic Container Service Developer Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-taskset.html">AWS::ECS::TaskSet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TaskSet extends Resource {

  String TYPE = "AWS::ECS::TaskSet";

  /** Values CloudFormation accepts for {@code LaunchType}. */
  String LAUNCH_TYPE_EC2 = "EC2";
  String LAUNCH_TYPE_FARGATE = "FARGATE";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The capacity provider strategy that are associated with the task set. */
  Optional<Expr> capacityProviderStrategy();

  /**
   * Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the
   * service to create the task set in.
   */
  Expr cluster();

  /**
   * An optional non-unique tag that identifies this task set in external systems. If the task set
   * is associated with a service discovery registry, the tasks in this task set will have the
   * `ECS_TASK_SET_EXTERNAL_ID` AWS Cloud Map attribute set to the provided value.
   */
  Optional<Expr> externalId();

  /**
   * The launch type that new tasks in the task set uses. For more information, see [Amazon ECS
   * launch types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html) in
   * the *Amazon Elastic Container Service Developer Guide* .
   */
  Optional<Expr> launchType();

  /**
   * A load balancer object representing the load balancer to use with the task set. The supported
   * load balancer types are either an Application Load Balancer or a Network Load Balancer.
   */
  Optional<Expr> loadBalancers();

  /** The network configuration for the task set. */
  Optional<Expr> networkConfiguration();

  /**
   * The platform version that the tasks in the task set uses. A platform version is specified only
   * for tasks using the Fargate launch type. If one isn't specified, the `LATEST` platform version
   * is used.
   */
  Optional<Expr> platformVersion();

  /**
   * A floating-point percentage of your desired number of tasks to place and keep running in the
   * task set.
   */
  Optional<Expr> scale();

  /**
   * Required. The short name or full Amazon Resource Name (ARN) of the service to create the task
   * set in.
   */
  Expr service();

  /**
   * The details of the service discovery registries to assign to this task set. For more
   * information, see [Service
   * discovery](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html)
   * .
   */
  Optional<Expr> serviceRegistries();

  /**
   * The metadata that you apply to the task set to help you categorize and organize them. Each tag
   * consists of a key and an optional value. You define both.
   */
  Optional<Expr> tags();

  /**
   * Required. The task definition for the tasks in the task set to use. If a revision isn't
   * specified, the latest `ACTIVE` revision is used.
   */
  Expr taskDefinition();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CapacityProviderStrategy", capacityProviderStrategy())
        .put("Cluster", cluster())
        .put("ExternalId", externalId())
        .put("LaunchType", launchType())
        .put("LoadBalancers", loadBalancers())
        .put("NetworkConfiguration", networkConfiguration())
        .put("PlatformVersion", platformVersion())
        .put("Scale", scale())
        .put("Service", service())
        .put("ServiceRegistries", serviceRegistries())
        .put("Tags", tags())
        .put("TaskDefinition", taskDefinition())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the task set. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TaskSet}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTaskSet.Builder {

    public Builder capacityProviderStrategy(List<? extends Expr> values) {
      capacityProviderStrategy(Expr.list(values));
      return this;
    }

    public Builder cluster(String value) {
      cluster(Expr.of(value));
      return this;
    }

    public Builder externalId(String value) {
      externalId(Expr.of(value));
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

    public Builder platformVersion(String value) {
      platformVersion(Expr.of(value));
      return this;
    }

    public Builder service(String value) {
      service(Expr.of(value));
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
  }

  /**
   * {@code AWS::ECS::TaskSet.AwsVpcConfiguration}: An object representing the networking details
   * for a task or service. For example
   * `awsVpcConfiguration={subnets=["subnet-12344321"],securityGroups=["sg-12344321"]}` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskset-awsvpcconfiguration.html">AWS::ECS::TaskSet.AwsVpcConfiguration</a>
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
     * Required. The IDs of the subnets associated with the task or service. There's a limit of 16
     * subnets that can be specified.
     */
    Expr subnets();

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
    final class Builder extends ImmutableTaskSet.AwsVpcConfiguration.Builder {

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
   * {@code AWS::ECS::TaskSet.CapacityProviderStrategyItem}: The details of a capacity provider
   * strategy. A capacity provider strategy can be set when using the
   * [RunTask](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html) or
   * [CreateCluster](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html)
   * APIs or as the default capacity provider strategy for a cluster with the `CreateCluster` API.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskset-capacityproviderstrategyitem.html">AWS::ECS::TaskSet.CapacityProviderStrategyItem</a>
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
    final class Builder extends ImmutableTaskSet.CapacityProviderStrategyItem.Builder {

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
   * {@code AWS::ECS::TaskSet.LoadBalancer}: The load balancer configuration to use with a service
   * or task set.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskset-loadbalancer.html">AWS::ECS::TaskSet.LoadBalancer</a>
   */
  @Value.Immutable
  interface LoadBalancer extends PropertyValue {

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

    /**
     * The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups
     * associated with a service or task set.
     */
    Optional<Expr> targetGroupArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContainerName", containerName())
          .put("ContainerPort", containerPort())
          .put("TargetGroupArn", targetGroupArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LoadBalancer}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskSet.LoadBalancer.Builder {

      public Builder containerName(String value) {
        containerName(Expr.of(value));
        return this;
      }

      public Builder containerPort(long value) {
        containerPort(Expr.of(value));
        return this;
      }

      public Builder targetGroupArn(String value) {
        targetGroupArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskSet.NetworkConfiguration}: The network configuration for a task or
   * service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskset-networkconfiguration.html">AWS::ECS::TaskSet.NetworkConfiguration</a>
   */
  @Value.Immutable
  interface NetworkConfiguration extends PropertyValue {

    /** The VPC subnets and security groups that are associated with a task. */
    Optional<Expr> awsVpcConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AwsVpcConfiguration", awsVpcConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NetworkConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTaskSet.NetworkConfiguration.Builder {
    }
  }

  /**
   * {@code AWS::ECS::TaskSet.Scale}: A floating-point percentage of the desired number of tasks to
   * place and keep running in the task set.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskset-scale.html">AWS::ECS::TaskSet.Scale</a>
   */
  @Value.Immutable
  interface Scale extends PropertyValue {

    /** Values CloudFormation accepts for {@code Unit}. */
    String UNIT_PERCENT = "PERCENT";

    /** The unit of measure for the scale value. */
    Optional<Expr> unit();

    /**
     * The value, specified as a percent total of a service's `desiredCount` , to scale the task
     * set. Accepted values are numbers between 0 and 100.
     */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Unit", unit())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Scale}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTaskSet.Scale.Builder {

      public Builder unit(String value) {
        unit(Expr.of(value));
        return this;
      }

      public Builder value(long value) {
        value(Expr.of(value));
        return this;
      }

      public Builder value(double value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::TaskSet.ServiceRegistry}: The details for the service registry.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-taskset-serviceregistry.html">AWS::ECS::TaskSet.ServiceRegistry</a>
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
    final class Builder extends ImmutableTaskSet.ServiceRegistry.Builder {

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
}
