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
 * {@code AWS::ECS::ExpressGatewayService}: Creates an Express service that simplifies deploying
 * containerized web applications on Amazon ECS with managed AWS infrastructure. This operation
 * provisions and configures Application Load Balancers, target groups, security groups, and
 * auto-scaling policies automatically.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-expressgatewayservice.html">AWS::ECS::ExpressGatewayService</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ExpressGatewayService extends Resource {

  String TYPE = "AWS::ECS::ExpressGatewayService";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The short name or full ARN of the cluster that hosts the Express service. */
  Optional<Expr> cluster();

  /** The CPU allocation for tasks in this service revision. */
  Optional<Expr> cpu();

  /** The ARN of the task execution role for the service revision. */
  Optional<Expr> executionRoleArn();

  /** The health check path for this service revision. */
  Optional<Expr> healthCheckPath();

  /**
   * Required. The ARN of the infrastructure role that manages AWS resources for the Express
   * service.
   */
  Expr infrastructureRoleArn();

  /** The memory allocation for tasks in this service revision. */
  Optional<Expr> memory();

  /** The network configuration for tasks in this service revision. */
  Optional<Expr> networkConfiguration();

  /** The primary container configuration for this service revision. */
  Optional<Expr> primaryContainer();

  /** The auto-scaling configuration for this service revision. */
  Optional<Expr> scalingTarget();

  /** The name of the Express service. */
  Optional<Expr> serviceName();

  /** The metadata applied to the Express service. */
  Optional<Expr> tags();

  /** {@code TaskDefinitionArn}. */
  Optional<Expr> taskDefinitionArn();

  /** The ARN of the task role for the service revision. */
  Optional<Expr> taskRoleArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Cluster", cluster())
        .put("Cpu", cpu())
        .put("ExecutionRoleArn", executionRoleArn())
        .put("HealthCheckPath", healthCheckPath())
        .put("InfrastructureRoleArn", infrastructureRoleArn())
        .put("Memory", memory())
        .put("NetworkConfiguration", networkConfiguration())
        .put("PrimaryContainer", primaryContainer())
        .put("ScalingTarget", scalingTarget())
        .put("ServiceName", serviceName())
        .put("Tags", tags())
        .put("TaskDefinitionArn", taskDefinitionArn())
        .put("TaskRoleArn", taskRoleArn())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code ActiveConfigurations} attribute: The list of active service configurations for the
   * Express service.
   */
  default GetAtt attrActiveConfigurations() {
    return getAtt("ActiveConfigurations");
  }

  /**
   * The {@code CreatedAt} attribute: The Unix timestamp for when the Express service was created.
   */
  default GetAtt attrCreatedAt() {
    return getAtt("CreatedAt");
  }

  /** The {@code ECSManagedResourceArns} attribute. */
  default GetAtt attrECSManagedResourceArns() {
    return getAtt("ECSManagedResourceArns");
  }

  /** The {@code ECSManagedResourceArns.AutoScaling} attribute. */
  default GetAtt attrECSManagedResourceArnsAutoScaling() {
    return getAtt("ECSManagedResourceArns.AutoScaling");
  }

  /**
   * The {@code ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies} attribute: The
   * list of Auto Scaling policy ARNs associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsAutoScalingApplicationAutoScalingPolicies() {
    return getAtt("ECSManagedResourceArns.AutoScaling.ApplicationAutoScalingPolicies");
  }

  /**
   * The {@code ECSManagedResourceArns.AutoScaling.ScalableTarget} attribute: The Auto Scaling
   * Scalable Target ARN associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsAutoScalingScalableTarget() {
    return getAtt("ECSManagedResourceArns.AutoScaling.ScalableTarget");
  }

  /** The {@code ECSManagedResourceArns.IngressPath} attribute. */
  default GetAtt attrECSManagedResourceArnsIngressPath() {
    return getAtt("ECSManagedResourceArns.IngressPath");
  }

  /**
   * The {@code ECSManagedResourceArns.IngressPath.CertificateArn} attribute: The Certificate ARN
   * associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsIngressPathCertificateArn() {
    return getAtt("ECSManagedResourceArns.IngressPath.CertificateArn");
  }

  /**
   * The {@code ECSManagedResourceArns.IngressPath.ListenerArn} attribute: The ARN of the Load
   * Balancer listener associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsIngressPathListenerArn() {
    return getAtt("ECSManagedResourceArns.IngressPath.ListenerArn");
  }

  /**
   * The {@code ECSManagedResourceArns.IngressPath.ListenerRuleArn} attribute: The ARN of the Load
   * Balancer listener rule associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsIngressPathListenerRuleArn() {
    return getAtt("ECSManagedResourceArns.IngressPath.ListenerRuleArn");
  }

  /**
   * The {@code ECSManagedResourceArns.IngressPath.LoadBalancerArn} attribute: The ARN of the Load
   * Balancer associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsIngressPathLoadBalancerArn() {
    return getAtt("ECSManagedResourceArns.IngressPath.LoadBalancerArn");
  }

  /**
   * The {@code ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups} attribute: The list
   * of Load Balancer Security Group ARNs associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsIngressPathLoadBalancerSecurityGroups() {
    return getAtt("ECSManagedResourceArns.IngressPath.LoadBalancerSecurityGroups");
  }

  /**
   * The {@code ECSManagedResourceArns.IngressPath.TargetGroupArns} attribute: The list of Target
   * Group ARNs associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsIngressPathTargetGroupArns() {
    return getAtt("ECSManagedResourceArns.IngressPath.TargetGroupArns");
  }

  /**
   * The {@code ECSManagedResourceArns.LogGroups} attribute: The list of Log Group ARNs associated
   * with the express service.
   */
  default GetAtt attrECSManagedResourceArnsLogGroups() {
    return getAtt("ECSManagedResourceArns.LogGroups");
  }

  /**
   * The {@code ECSManagedResourceArns.MetricAlarms} attribute: The list of Metric Alarm ARNs
   * associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsMetricAlarms() {
    return getAtt("ECSManagedResourceArns.MetricAlarms");
  }

  /**
   * The {@code ECSManagedResourceArns.ServiceSecurityGroups} attribute: The list of Security Group
   * ARNs associated with the express service.
   */
  default GetAtt attrECSManagedResourceArnsServiceSecurityGroups() {
    return getAtt("ECSManagedResourceArns.ServiceSecurityGroups");
  }

  /** The {@code Endpoint} attribute: The Endpoint of the express service. */
  default GetAtt attrEndpoint() {
    return getAtt("Endpoint");
  }

  /** The {@code ServiceArn} attribute: The ARN that identifies the Express service. */
  default GetAtt attrServiceArn() {
    return getAtt("ServiceArn");
  }

  /** The {@code Status} attribute. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /**
   * The {@code UpdatedAt} attribute: The Unix timestamp for when the Express service was last
   * updated.
   */
  default GetAtt attrUpdatedAt() {
    return getAtt("UpdatedAt");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ExpressGatewayService}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableExpressGatewayService.Builder {

    public Builder cluster(String value) {
      cluster(Expr.of(value));
      return this;
    }

    public Builder cpu(String value) {
      cpu(Expr.of(value));
      return this;
    }

    public Builder executionRoleArn(String value) {
      executionRoleArn(Expr.of(value));
      return this;
    }

    public Builder healthCheckPath(String value) {
      healthCheckPath(Expr.of(value));
      return this;
    }

    public Builder infrastructureRoleArn(String value) {
      infrastructureRoleArn(Expr.of(value));
      return this;
    }

    public Builder memory(String value) {
      memory(Expr.of(value));
      return this;
    }

    public Builder serviceName(String value) {
      serviceName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder taskDefinitionArn(String value) {
      taskDefinitionArn(Expr.of(value));
      return this;
    }

    public Builder taskRoleArn(String value) {
      taskRoleArn(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.AutoScalingArns}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-autoscalingarns.html">AWS::ECS::ExpressGatewayService.AutoScalingArns</a>
   */
  @Value.Immutable
  interface AutoScalingArns extends PropertyValue {

    /** The list of Auto Scaling policy ARNs associated with the express service. */
    Optional<Expr> applicationAutoScalingPolicies();

    /** The Auto Scaling Scalable Target ARN associated with the express service. */
    Optional<Expr> scalableTarget();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApplicationAutoScalingPolicies", applicationAutoScalingPolicies())
          .put("ScalableTarget", scalableTarget())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AutoScalingArns}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableExpressGatewayService.AutoScalingArns.Builder {

      public Builder applicationAutoScalingPolicies(List<? extends Expr> values) {
        applicationAutoScalingPolicies(Expr.list(values));
        return this;
      }

      public Builder applicationAutoScalingPolicies(String... values) {
        applicationAutoScalingPolicies(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder scalableTarget(String value) {
        scalableTarget(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.ECSManagedResourceArns}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-ecsmanagedresourcearns.html">AWS::ECS::ExpressGatewayService.ECSManagedResourceArns</a>
   */
  @Value.Immutable
  interface ECSManagedResourceArns extends PropertyValue {

    /** {@code AutoScaling}. */
    Optional<Expr> autoScaling();

    /** {@code IngressPath}. */
    Optional<Expr> ingressPath();

    /** The list of Log Group ARNs associated with the express service. */
    Optional<Expr> logGroups();

    /** The list of Metric Alarm ARNs associated with the express service. */
    Optional<Expr> metricAlarms();

    /** The list of Security Group ARNs associated with the express service. */
    Optional<Expr> serviceSecurityGroups();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AutoScaling", autoScaling())
          .put("IngressPath", ingressPath())
          .put("LogGroups", logGroups())
          .put("MetricAlarms", metricAlarms())
          .put("ServiceSecurityGroups", serviceSecurityGroups())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ECSManagedResourceArns}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableExpressGatewayService.ECSManagedResourceArns.Builder {

      public Builder logGroups(List<? extends Expr> values) {
        logGroups(Expr.list(values));
        return this;
      }

      public Builder logGroups(String... values) {
        logGroups(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder metricAlarms(List<? extends Expr> values) {
        metricAlarms(Expr.list(values));
        return this;
      }

      public Builder metricAlarms(String... values) {
        metricAlarms(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder serviceSecurityGroups(List<? extends Expr> values) {
        serviceSecurityGroups(Expr.list(values));
        return this;
      }

      public Builder serviceSecurityGroups(String... values) {
        serviceSecurityGroups(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.ExpressGatewayContainer}: Defines the configuration for
   * the primary container in an Express service. This container receives traffic from the
   * Application Load Balancer and runs your application code.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewaycontainer.html">AWS::ECS::ExpressGatewayService.ExpressGatewayContainer</a>
   */
  @Value.Immutable
  interface ExpressGatewayContainer extends PropertyValue {

    /** The log configuration for the container. */
    Optional<Expr> awsLogsConfiguration();

    /** The command that is passed to the container. */
    Optional<Expr> command();

    /**
     * The port number on the container that receives traffic from the load balancer. Default is 80.
     */
    Optional<Expr> containerPort();

    /** The environment variables to pass to the container. */
    Optional<Expr> environment();

    /**
     * Required. The image used to start a container. This string is passed directly to the Docker
     * daemon. Images in the Docker Hub registry are available by default. Other repositories are
     * specified with either `repository-url/image:tag` or `repository-url/image&#64;digest` .
     */
    Expr image();

    /** The configuration for repository credentials for private registry authentication. */
    Optional<Expr> repositoryCredentials();

    /** The secrets to pass to the container. */
    Optional<Expr> secrets();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AwsLogsConfiguration", awsLogsConfiguration())
          .put("Command", command())
          .put("ContainerPort", containerPort())
          .put("Environment", environment())
          .put("Image", image())
          .put("RepositoryCredentials", repositoryCredentials())
          .put("Secrets", secrets())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExpressGatewayContainer}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableExpressGatewayService.ExpressGatewayContainer.Builder {

      public Builder command(List<? extends Expr> values) {
        command(Expr.list(values));
        return this;
      }

      public Builder command(String... values) {
        command(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder containerPort(long value) {
        containerPort(Expr.of(value));
        return this;
      }

      public Builder environment(List<? extends Expr> values) {
        environment(Expr.list(values));
        return this;
      }

      public Builder image(String value) {
        image(Expr.of(value));
        return this;
      }

      public Builder secrets(List<? extends Expr> values) {
        secrets(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.ExpressGatewayRepositoryCredentials}: The repository
   * credentials for private registry authentication to pass to the container.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewayrepositorycredentials.html">AWS::ECS::ExpressGatewayService.ExpressGatewayRepositoryCredentials</a>
   */
  @Value.Immutable
  interface ExpressGatewayRepositoryCredentials extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) of the secret containing the private repository
     * credentials.
     */
    Expr credentialsParameter();

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
     * Builds a {@link ExpressGatewayRepositoryCredentials}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableExpressGatewayService.ExpressGatewayRepositoryCredentials.Builder {

      public Builder credentialsParameter(String value) {
        credentialsParameter(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.ExpressGatewayScalingTarget}: Defines the auto-scaling
   * configuration for an Express service. This determines how the service automatically adjusts the
   * number of running tasks based on demand metrics such as CPU utilization, memory utilization, or
   * request count per target.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewayscalingtarget.html">AWS::ECS::ExpressGatewayService.ExpressGatewayScalingTarget</a>
   */
  @Value.Immutable
  interface ExpressGatewayScalingTarget extends PropertyValue {

    /**
     * The metric used for auto-scaling decisions. The default metric used for an Express service is
     * `CPUUtilization` .
     */
    Optional<Expr> autoScalingMetric();

    /**
     * The target value for the auto-scaling metric. The default value for an Express service is 60.
     */
    Optional<Expr> autoScalingTargetValue();

    /** The maximum number of tasks to run in the Express service. */
    Optional<Expr> maxTaskCount();

    /** The minimum number of tasks to run in the Express service. */
    Optional<Expr> minTaskCount();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AutoScalingMetric", autoScalingMetric())
          .put("AutoScalingTargetValue", autoScalingTargetValue())
          .put("MaxTaskCount", maxTaskCount())
          .put("MinTaskCount", minTaskCount())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExpressGatewayScalingTarget}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableExpressGatewayService.ExpressGatewayScalingTarget.Builder {

      public Builder autoScalingMetric(String value) {
        autoScalingMetric(Expr.of(value));
        return this;
      }

      public Builder autoScalingTargetValue(long value) {
        autoScalingTargetValue(Expr.of(value));
        return this;
      }

      public Builder maxTaskCount(long value) {
        maxTaskCount(Expr.of(value));
        return this;
      }

      public Builder minTaskCount(long value) {
        minTaskCount(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.ExpressGatewayServiceAwsLogsConfiguration}: Specifies
   * the Amazon CloudWatch Logs configuration for the Express service container.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewayserviceawslogsconfiguration.html">AWS::ECS::ExpressGatewayService.ExpressGatewayServiceAwsLogsConfiguration</a>
   */
  @Value.Immutable
  interface ExpressGatewayServiceAwsLogsConfiguration extends PropertyValue {

    /** Required. The name of the CloudWatch Logs log group to send container logs to. */
    Expr logGroup();

    /**
     * Required. The prefix for the CloudWatch Logs log stream names. The default for an Express
     * service is `ecs` .
     */
    Expr logStreamPrefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LogGroup", logGroup())
          .put("LogStreamPrefix", logStreamPrefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExpressGatewayServiceAwsLogsConfiguration}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableExpressGatewayService.ExpressGatewayServiceAwsLogsConfiguration.Builder {

      public Builder logGroup(String value) {
        logGroup(Expr.of(value));
        return this;
      }

      public Builder logStreamPrefix(String value) {
        logStreamPrefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.ExpressGatewayServiceConfiguration}: Represents a
   * specific configuration revision of an Express service, containing all the settings and
   * parameters for that revision.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewayserviceconfiguration.html">AWS::ECS::ExpressGatewayService.ExpressGatewayServiceConfiguration</a>
   */
  @Value.Immutable
  interface ExpressGatewayServiceConfiguration extends PropertyValue {

    /** The CPU allocation for tasks in this service revision. */
    Optional<Expr> cpu();

    /** The Unix timestamp for when this service revision was created. */
    Optional<Expr> createdAt();

    /** The ARN of the task execution role for the service revision. */
    Optional<Expr> executionRoleArn();

    /** The health check path for this service revision. */
    Optional<Expr> healthCheckPath();

    /** The entry point into this service revision. */
    Optional<Expr> ingressPaths();

    /** The memory allocation for tasks in this service revision. */
    Optional<Expr> memory();

    /** The network configuration for tasks in this service revision. */
    Optional<Expr> networkConfiguration();

    /** The primary container configuration for this service revision. */
    Optional<Expr> primaryContainer();

    /** The auto-scaling configuration for this service revision. */
    Optional<Expr> scalingTarget();

    /** The ARN of the service revision. */
    Optional<Expr> serviceRevisionArn();

    /** {@code TaskDefinitionArn}. */
    Optional<Expr> taskDefinitionArn();

    /** The ARN of the task role for the service revision. */
    Optional<Expr> taskRoleArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cpu", cpu())
          .put("CreatedAt", createdAt())
          .put("ExecutionRoleArn", executionRoleArn())
          .put("HealthCheckPath", healthCheckPath())
          .put("IngressPaths", ingressPaths())
          .put("Memory", memory())
          .put("NetworkConfiguration", networkConfiguration())
          .put("PrimaryContainer", primaryContainer())
          .put("ScalingTarget", scalingTarget())
          .put("ServiceRevisionArn", serviceRevisionArn())
          .put("TaskDefinitionArn", taskDefinitionArn())
          .put("TaskRoleArn", taskRoleArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExpressGatewayServiceConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableExpressGatewayService.ExpressGatewayServiceConfiguration.Builder {

      public Builder cpu(String value) {
        cpu(Expr.of(value));
        return this;
      }

      public Builder createdAt(String value) {
        createdAt(Expr.of(value));
        return this;
      }

      public Builder executionRoleArn(String value) {
        executionRoleArn(Expr.of(value));
        return this;
      }

      public Builder healthCheckPath(String value) {
        healthCheckPath(Expr.of(value));
        return this;
      }

      public Builder ingressPaths(List<? extends Expr> values) {
        ingressPaths(Expr.list(values));
        return this;
      }

      public Builder memory(String value) {
        memory(Expr.of(value));
        return this;
      }

      public Builder serviceRevisionArn(String value) {
        serviceRevisionArn(Expr.of(value));
        return this;
      }

      public Builder taskDefinitionArn(String value) {
        taskDefinitionArn(Expr.of(value));
        return this;
      }

      public Builder taskRoleArn(String value) {
        taskRoleArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.ExpressGatewayServiceNetworkConfiguration}: The network
   * configuration for an Express service. By default, an Express service utilizes subnets and
   * security groups associated with the default VPC.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewayservicenetworkconfiguration.html">AWS::ECS::ExpressGatewayService.ExpressGatewayServiceNetworkConfiguration</a>
   */
  @Value.Immutable
  interface ExpressGatewayServiceNetworkConfiguration extends PropertyValue {

    /** The IDs of the security groups associated with the Express service. */
    Optional<Expr> securityGroups();

    /** The IDs of the subnets associated with the Express service. */
    Optional<Expr> subnets();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SecurityGroups", securityGroups())
          .put("Subnets", subnets())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExpressGatewayServiceNetworkConfiguration}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableExpressGatewayService.ExpressGatewayServiceNetworkConfiguration.Builder {

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
   * {@code AWS::ECS::ExpressGatewayService.ExpressGatewayServiceStatus}: An object that defines the
   * status of Express service creation and information about the status of the service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewayservicestatus.html">AWS::ECS::ExpressGatewayService.ExpressGatewayServiceStatus</a>
   */
  @Value.Immutable
  interface ExpressGatewayServiceStatus extends PropertyValue {

    /** The status of the Express service. */
    Optional<Expr> statusCode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StatusCode", statusCode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ExpressGatewayServiceStatus}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableExpressGatewayService.ExpressGatewayServiceStatus.Builder {

      public Builder statusCode(String value) {
        statusCode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.IngressPathArns}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-ingresspatharns.html">AWS::ECS::ExpressGatewayService.IngressPathArns</a>
   */
  @Value.Immutable
  interface IngressPathArns extends PropertyValue {

    /** The Certificate ARN associated with the express service. */
    Optional<Expr> certificateArn();

    /** The ARN of the Load Balancer listener associated with the express service. */
    Optional<Expr> listenerArn();

    /** The ARN of the Load Balancer listener rule associated with the express service. */
    Optional<Expr> listenerRuleArn();

    /** The ARN of the Load Balancer associated with the express service. */
    Optional<Expr> loadBalancerArn();

    /** The list of Load Balancer Security Group ARNs associated with the express service. */
    Optional<Expr> loadBalancerSecurityGroups();

    /** The list of Target Group ARNs associated with the express service. */
    Optional<Expr> targetGroupArns();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CertificateArn", certificateArn())
          .put("ListenerArn", listenerArn())
          .put("ListenerRuleArn", listenerRuleArn())
          .put("LoadBalancerArn", loadBalancerArn())
          .put("LoadBalancerSecurityGroups", loadBalancerSecurityGroups())
          .put("TargetGroupArns", targetGroupArns())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link IngressPathArns}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableExpressGatewayService.IngressPathArns.Builder {

      public Builder certificateArn(String value) {
        certificateArn(Expr.of(value));
        return this;
      }

      public Builder listenerArn(String value) {
        listenerArn(Expr.of(value));
        return this;
      }

      public Builder listenerRuleArn(String value) {
        listenerRuleArn(Expr.of(value));
        return this;
      }

      public Builder loadBalancerArn(String value) {
        loadBalancerArn(Expr.of(value));
        return this;
      }

      public Builder loadBalancerSecurityGroups(List<? extends Expr> values) {
        loadBalancerSecurityGroups(Expr.list(values));
        return this;
      }

      public Builder loadBalancerSecurityGroups(String... values) {
        loadBalancerSecurityGroups(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder targetGroupArns(List<? extends Expr> values) {
        targetGroupArns(Expr.list(values));
        return this;
      }

      public Builder targetGroupArns(String... values) {
        targetGroupArns(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.IngressPathSummary}: The entry point into an Express
   * service.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-ingresspathsummary.html">AWS::ECS::ExpressGatewayService.IngressPathSummary</a>
   */
  @Value.Immutable
  interface IngressPathSummary extends PropertyValue {

    /** The type of access to the endpoint for the Express service. */
    Optional<Expr> accessType();

    /** The endpoint for access to the service. */
    Optional<Expr> endpoint();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessType", accessType())
          .put("Endpoint", endpoint())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link IngressPathSummary}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableExpressGatewayService.IngressPathSummary.Builder {

      public Builder accessType(String value) {
        accessType(Expr.of(value));
        return this;
      }

      public Builder endpoint(String value) {
        endpoint(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::ExpressGatewayService.KeyValuePair}: A key-value pair object.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-keyvaluepair.html">AWS::ECS::ExpressGatewayService.KeyValuePair</a>
   */
  @Value.Immutable
  interface KeyValuePair extends PropertyValue {

    /**
     * Required. The name of the key-value pair. For environment variables, this is the name of the
     * environment variable.
     */
    Expr name();

    /**
     * Required. The value of the key-value pair. For environment variables, this is the value of
     * the environment variable.
     */
    Expr value();

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
    final class Builder extends ImmutableExpressGatewayService.KeyValuePair.Builder {

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
   * {@code AWS::ECS::ExpressGatewayService.Secret}: An object representing the secret to expose to
   * your container. Secrets can be exposed to a container in the following ways:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-secret.html">AWS::ECS::ExpressGatewayService.Secret</a>
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
    final class Builder extends ImmutableExpressGatewayService.Secret.Builder {

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
}
