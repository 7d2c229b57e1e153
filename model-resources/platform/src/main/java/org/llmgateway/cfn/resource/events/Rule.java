// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.events;

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
 * {@code AWS::Events::Rule}: Creates or updates the specified rule. Rules are enabled by default,
 * or based on value of the state. You can disable a rule using
 * [DisableRule](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DisableRule.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-rule.html">AWS::Events::Rule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Rule extends Resource {

  String TYPE = "AWS::Events::Rule";

  /** Values CloudFormation accepts for {@code State}. */
  String STATE_DISABLED = "DISABLED";
  String STATE_ENABLED = "ENABLED";
  String STATE_ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The description of the rule. */
  Optional<Expr> description();

  /**
   * The name or ARN of the event bus associated with the rule. If you omit this, the default event
   * bus is used.
   */
  Optional<Expr> eventBusName();

  /**
   * The event pattern of the rule. For more information, see [Events and Event
   * Patterns](https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-and-event-patterns.html)
   * in the **Amazon EventBridge User Guide** .
   */
  Optional<Expr> eventPattern();

  /** The name of the rule. */
  Optional<Expr> name();

  /** The Amazon Resource Name (ARN) of the role that is used for target invocation. */
  Optional<Expr> roleArn();

  /**
   * The scheduling expression. For example, "cron(0 20 * * ? *)", "rate(5 minutes)". For more
   * information, see [Creating an Amazon EventBridge rule that runs on a
   * schedule](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-rule-schedule.html)
   * .
   */
  Optional<Expr> scheduleExpression();

  /** The state of the rule. */
  Optional<Expr> state();

  /** Any tags assigned to the event rule. */
  Optional<Expr> tags();

  /**
   * Adds the specified targets to the specified rule, or updates the targets if they are already
   * associated with the rule.
   */
  Optional<Expr> targets();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("EventBusName", eventBusName())
        .put("EventPattern", eventPattern())
        .put("Name", name())
        .put("RoleArn", roleArn())
        .put("ScheduleExpression", scheduleExpression())
        .put("State", state())
        .put("Tags", tags())
        .put("Targets", targets())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The ARN of the rule, such as
   * `arn:aws:events:us-east-2:123456789012:rule/example` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code RuleName} attribute: The name of the rule, exposed as a read-only attribute for use
   * with Fn::GetAtt.
   */
  default GetAtt attrRuleName() {
    return getAtt("RuleName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rule}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRule.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder eventBusName(String value) {
      eventBusName(Expr.of(value));
      return this;
    }

    public Builder eventPattern(String value) {
      eventPattern(Expr.of(value));
      return this;
    }

    public Builder eventPattern(JsonNode value) {
      eventPattern(Expr.json(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }

    public Builder scheduleExpression(String value) {
      scheduleExpression(Expr.of(value));
      return this;
    }

    public Builder state(String value) {
      state(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targets(List<? extends Expr> values) {
      targets(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Events::Rule.AppSyncParameters}: Contains the GraphQL operation to be parsed and
   * executed, if the event target is an AWS AppSync API.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-appsyncparameters.html">AWS::Events::Rule.AppSyncParameters</a>
   */
  @Value.Immutable
  interface AppSyncParameters extends PropertyValue {

    /**
     * Required. The GraphQL operation; that is, the query, mutation, or subscription to be parsed
     * and executed by the GraphQL service.
     */
    Expr graphQLOperation();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("GraphQLOperation", graphQLOperation())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AppSyncParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.AppSyncParameters.Builder {

      public Builder graphQLOperation(String value) {
        graphQLOperation(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.AwsVpcConfiguration}: This structure specifies the VPC subnets and
   * security groups for the task, and whether a public IP address is to be used. This structure is
   * relevant only for ECS tasks that use the `awsvpc` network mode.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-awsvpcconfiguration.html">AWS::Events::Rule.AwsVpcConfiguration</a>
   */
  @Value.Immutable
  interface AwsVpcConfiguration extends PropertyValue {

    /**
     * Specifies whether the task's elastic network interface receives a public IP address. You can
     * specify `ENABLED` only when `LaunchType` in `EcsParameters` is set to `FARGATE` .
     */
    Optional<Expr> assignPublicIp();

    /**
     * Specifies the security groups associated with the task. These security groups must all be in
     * the same VPC. You can specify as many as five security groups. If you do not specify a
     * security group, the default security group for the VPC is used.
     */
    Optional<Expr> securityGroups();

    /**
     * Required. Specifies the subnets associated with the task. These subnets must all be in the
     * same VPC. You can specify as many as 16 subnets.
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
    final class Builder extends ImmutableRule.AwsVpcConfiguration.Builder {

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
   * {@code AWS::Events::Rule.BatchArrayProperties}: The array properties for the submitted job,
   * such as the size of the array. The array size can be between 2 and 10,000. If you specify array
   * properties for a job, it becomes an array job. This parameter is used only if the target is an
   * AWS Batch job.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-batcharrayproperties.html">AWS::Events::Rule.BatchArrayProperties</a>
   */
  @Value.Immutable
  interface BatchArrayProperties extends PropertyValue {

    /**
     * The size of the array, if this is an array batch job. Valid values are integers between 2 and
     * 10,000.
     */
    Optional<Expr> size();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Size", size())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BatchArrayProperties}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRule.BatchArrayProperties.Builder {

      public Builder size(long value) {
        size(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.BatchParameters}: The custom parameters to be used when the target is
   * an AWS Batch job.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-batchparameters.html">AWS::Events::Rule.BatchParameters</a>
   */
  @Value.Immutable
  interface BatchParameters extends PropertyValue {

    /**
     * The array properties for the submitted job, such as the size of the array. The array size can
     * be between 2 and 10,000. If you specify array properties for a job, it becomes an array job.
     * This parameter is used only if the target is an AWS Batch job.
     */
    Optional<Expr> arrayProperties();

    /**
     * Required. The ARN or name of the job definition to use if the event target is an AWS Batch
     * job. This job definition must already exist.
     */
    Expr jobDefinition();

    /**
     * Required. The name to use for this execution of the job, if the target is an AWS Batch job.
     */
    Expr jobName();

    /**
     * The retry strategy to use for failed jobs, if the target is an AWS Batch job. The retry
     * strategy is the number of times to retry the failed job execution. Valid values are 1–10.
     * When you specify a retry strategy here, it overrides the retry strategy defined in the job
     * definition.
     */
    Optional<Expr> retryStrategy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ArrayProperties", arrayProperties())
          .put("JobDefinition", jobDefinition())
          .put("JobName", jobName())
          .put("RetryStrategy", retryStrategy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link BatchParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.BatchParameters.Builder {

      public Builder jobDefinition(String value) {
        jobDefinition(Expr.of(value));
        return this;
      }

      public Builder jobName(String value) {
        jobName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.BatchRetryStrategy}: The retry strategy to use for failed jobs, if the
   * target is an AWS Batch job. If you specify a retry strategy here, it overrides the retry
   * strategy defined in the job definition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-batchretrystrategy.html">AWS::Events::Rule.BatchRetryStrategy</a>
   */
  @Value.Immutable
  interface BatchRetryStrategy extends PropertyValue {

    /** The number of times to attempt to retry, if the job fails. Valid values are 1–10. */
    Optional<Expr> attempts();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Attempts", attempts())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link BatchRetryStrategy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.BatchRetryStrategy.Builder {

      public Builder attempts(long value) {
        attempts(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.CapacityProviderStrategyItem}: The details of a capacity provider
   * strategy. To learn more, see
   * [CapacityProviderStrategyItem](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html)
   * in the Amazon ECS API Reference.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-capacityproviderstrategyitem.html">AWS::Events::Rule.CapacityProviderStrategyItem</a>
   */
  @Value.Immutable
  interface CapacityProviderStrategyItem extends PropertyValue {

    /**
     * The base value designates how many tasks, at a minimum, to run on the specified capacity
     * provider. Only one capacity provider in a capacity provider strategy can have a base defined.
     * If no value is specified, the default value of 0 is used.
     */
    Optional<Expr> base();

    /** Required. The short name of the capacity provider. */
    Expr capacityProvider();

    /**
     * The weight value designates the relative percentage of the total number of tasks launched
     * that should use the specified capacity provider. The weight value is taken into consideration
     * after the base value, if defined, is satisfied.
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
    final class Builder extends ImmutableRule.CapacityProviderStrategyItem.Builder {

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
   * {@code AWS::Events::Rule.DeadLetterConfig}: Configuration details of the Amazon SQS queue for
   * EventBridge to use as a dead-letter queue (DLQ).
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-deadletterconfig.html">AWS::Events::Rule.DeadLetterConfig</a>
   */
  @Value.Immutable
  interface DeadLetterConfig extends PropertyValue {

    /** The ARN of the SQS queue specified as the target for the dead-letter queue. */
    Optional<Expr> arn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DeadLetterConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.DeadLetterConfig.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.EcsParameters}: The custom parameters to be used when the target is an
   * Amazon ECS task.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-ecsparameters.html">AWS::Events::Rule.EcsParameters</a>
   */
  @Value.Immutable
  interface EcsParameters extends PropertyValue {

    /** The capacity provider strategy to use for the task. */
    Optional<Expr> capacityProviderStrategy();

    /**
     * Specifies whether to enable Amazon ECS managed tags for the task. For more information, see
     * [Tagging Your Amazon ECS
     * Resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
     * in the Amazon Elastic Container Service Developer Guide.
     */
    Optional<Expr> enableECSManagedTags();

    /**
     * Whether or not to enable the execute command functionality for the containers in this task.
     * If true, this enables execute command functionality on all containers in the task.
     */
    Optional<Expr> enableExecuteCommand();

    /** Specifies an ECS task group for the task. The maximum length is 255 characters. */
    Optional<Expr> group();

    /**
     * Specifies the launch type on which your task is running. The launch type that you specify
     * here must match one of the launch type (compatibilities) of the target task. The `FARGATE`
     * value is supported only in the Regions where AWS Fargate with Amazon ECS is supported. For
     * more information, see [AWS Fargate on Amazon
     * ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS-Fargate.html) in the
     * *Amazon Elastic Container Service Developer Guide* .
     */
    Optional<Expr> launchType();

    /**
     * Use this structure if the Amazon ECS task uses the `awsvpc` network mode. This structure
     * specifies the VPC subnets and security groups associated with the task, and whether a public
     * IP address is to be used. This structure is required if `LaunchType` is `FARGATE` because the
     * `awsvpc` mode is required for Fargate tasks.
     */
    Optional<Expr> networkConfiguration();

    /**
     * An array of placement constraint objects to use for the task. You can specify up to 10
     * constraints per task (including constraints in the task definition and those specified at
     * runtime).
     */
    Optional<Expr> placementConstraints();

    /**
     * The placement strategy objects to use for the task. You can specify a maximum of five
     * strategy rules per task.
     */
    Optional<Expr> placementStrategies();

    /**
     * Specifies the platform version for the task. Specify only the numeric portion of the platform
     * version, such as `1.1.0` .
     */
    Optional<Expr> platformVersion();

    /**
     * Specifies whether to propagate the tags from the task definition to the task. If no value is
     * specified, the tags are not propagated. Tags can only be propagated to the task during task
     * creation. To add tags to a task after task creation, use the TagResource API action.
     */
    Optional<Expr> propagateTags();

    /** The reference ID to use for the task. */
    Optional<Expr> referenceId();

    /**
     * The metadata that you apply to the task to help you categorize and organize them. Each tag
     * consists of a key and an optional value, both of which you define. To learn more, see
     * [RunTask](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-tags)
     * in the Amazon ECS API Reference.
     */
    Optional<Expr> tagList();

    /** The number of tasks to create based on `TaskDefinition` . The default is 1. */
    Optional<Expr> taskCount();

    /**
     * Required. The ARN of the task definition to use if the event target is an Amazon ECS task.
     */
    Expr taskDefinitionArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityProviderStrategy", capacityProviderStrategy())
          .put("EnableECSManagedTags", enableECSManagedTags())
          .put("EnableExecuteCommand", enableExecuteCommand())
          .put("Group", group())
          .put("LaunchType", launchType())
          .put("NetworkConfiguration", networkConfiguration())
          .put("PlacementConstraints", placementConstraints())
          .put("PlacementStrategies", placementStrategies())
          .put("PlatformVersion", platformVersion())
          .put("PropagateTags", propagateTags())
          .put("ReferenceId", referenceId())
          .put("TagList", tagList())
          .put("TaskCount", taskCount())
          .put("TaskDefinitionArn", taskDefinitionArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EcsParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.EcsParameters.Builder {

      public Builder capacityProviderStrategy(List<? extends Expr> values) {
        capacityProviderStrategy(Expr.list(values));
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

      public Builder group(String value) {
        group(Expr.of(value));
        return this;
      }

      public Builder launchType(String value) {
        launchType(Expr.of(value));
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

      public Builder referenceId(String value) {
        referenceId(Expr.of(value));
        return this;
      }

      public Builder tagList(List<? extends Expr> values) {
        tagList(Expr.list(values));
        return this;
      }

      public Builder taskCount(long value) {
        taskCount(Expr.of(value));
        return this;
      }

      public Builder taskDefinitionArn(String value) {
        taskDefinitionArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.HttpParameters}: These are custom parameter to be used when the target
   * is an API Gateway APIs or EventBridge ApiDestinations. In the latter case, these are merged
   * with any InvocationParameters specified on the Connection, with any values from the Connection
   * taking precedence.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-httpparameters.html">AWS::Events::Rule.HttpParameters</a>
   */
  @Value.Immutable
  interface HttpParameters extends PropertyValue {

    /**
     * The headers that need to be sent as part of request invoking the API Gateway API or
     * EventBridge ApiDestination.
     */
    Optional<Expr> headerParameters();

    /**
     * The path parameter values to be used to populate API Gateway API or EventBridge
     * ApiDestination path wildcards ("*").
     */
    Optional<Expr> pathParameterValues();

    /**
     * The query string keys/values that need to be sent as part of request invoking the API Gateway
     * API or EventBridge ApiDestination.
     */
    Optional<Expr> queryStringParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HeaderParameters", headerParameters())
          .put("PathParameterValues", pathParameterValues())
          .put("QueryStringParameters", queryStringParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HttpParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.HttpParameters.Builder {

      public Builder headerParameters(Map<String, ? extends Expr> entries) {
        headerParameters(Expr.map(entries));
        return this;
      }

      public Builder pathParameterValues(List<? extends Expr> values) {
        pathParameterValues(Expr.list(values));
        return this;
      }

      public Builder pathParameterValues(String... values) {
        pathParameterValues(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder queryStringParameters(Map<String, ? extends Expr> entries) {
        queryStringParameters(Expr.map(entries));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.InputTransformer}: Contains the parameters needed for you to provide
   * custom input to a target based on one or more pieces of data extracted from the event.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-inputtransformer.html">AWS::Events::Rule.InputTransformer</a>
   */
  @Value.Immutable
  interface InputTransformer extends PropertyValue {

    /**
     * Map of JSON paths to be extracted from the event. You can then insert these in the template
     * in `InputTemplate` to produce the output you want to be sent to the target.
     */
    Optional<Expr> inputPathsMap();

    /**
     * Required. Input template where you specify placeholders that will be filled with the values
     * of the keys from `InputPathsMap` to customize the data sent to the target. Enclose each
     * `InputPathsMaps` value in brackets: &lt; *value* &gt;
     */
    Expr inputTemplate();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("InputPathsMap", inputPathsMap())
          .put("InputTemplate", inputTemplate())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link InputTransformer}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.InputTransformer.Builder {

      public Builder inputPathsMap(Map<String, ? extends Expr> entries) {
        inputPathsMap(Expr.map(entries));
        return this;
      }

      public Builder inputTemplate(String value) {
        inputTemplate(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.KinesisParameters}: This object enables you to specify a JSON path to
   * extract from the event and use as the partition key for the Amazon Kinesis data stream, so that
   * you can control the shard to which the event goes. If you do not include this parameter, the
   * default is to use the `eventId` as the partition key.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-kinesisparameters.html">AWS::Events::Rule.KinesisParameters</a>
   */
  @Value.Immutable
  interface KinesisParameters extends PropertyValue {

    /**
     * Required. The JSON path to be extracted from the event and used as the partition key. For
     * more information, see [Amazon Kinesis Streams Key
     * Concepts](https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html#partition-key) in
     * the *Amazon Kinesis Streams Developer Guide* .
     */
    Expr partitionKeyPath();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PartitionKeyPath", partitionKeyPath())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link KinesisParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.KinesisParameters.Builder {

      public Builder partitionKeyPath(String value) {
        partitionKeyPath(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.NetworkConfiguration}: This structure specifies the network
   * configuration for an ECS task.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-networkconfiguration.html">AWS::Events::Rule.NetworkConfiguration</a>
   */
  @Value.Immutable
  interface NetworkConfiguration extends PropertyValue {

    /**
     * Use this structure to specify the VPC subnets and security groups for the task, and whether a
     * public IP address is to be used. This structure is relevant only for ECS tasks that use the
     * `awsvpc` network mode.
     */
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
    final class Builder extends ImmutableRule.NetworkConfiguration.Builder {
    }
  }

  /**
   * {@code AWS::Events::Rule.PlacementConstraint}: An object representing a constraint on task
   * placement. To learn more, see [Task Placement
   * Constraints](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html)
   * in the Amazon Elastic Container Service Developer Guide.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-placementconstraint.html">AWS::Events::Rule.PlacementConstraint</a>
   */
  @Value.Immutable
  interface PlacementConstraint extends PropertyValue {

    /**
     * A cluster query language expression to apply to the constraint. You cannot specify an
     * expression if the constraint type is `distinctInstance` . To learn more, see [Cluster Query
     * Language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html)
     * in the Amazon Elastic Container Service Developer Guide.
     */
    Optional<Expr> expression();

    /**
     * The type of constraint. Use distinctInstance to ensure that each task in a particular group
     * is running on a different container instance. Use memberOf to restrict the selection to a
     * group of valid candidates.
     */
    Optional<Expr> type();

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
    final class Builder extends ImmutableRule.PlacementConstraint.Builder {

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
   * {@code AWS::Events::Rule.PlacementStrategy}: The task placement strategy for a task or service.
   * To learn more, see [Task Placement
   * Strategies](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html)
   * in the Amazon Elastic Container Service Service Developer Guide.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-placementstrategy.html">AWS::Events::Rule.PlacementStrategy</a>
   */
  @Value.Immutable
  interface PlacementStrategy extends PropertyValue {

    /**
     * The field to apply the placement strategy against. For the spread placement strategy, valid
     * values are instanceId (or host, which has the same effect), or any platform or custom
     * attribute that is applied to a container instance, such as attribute:ecs.availability-zone.
     * For the binpack placement strategy, valid values are cpu and memory. For the random placement
     * strategy, this field is not used.
     */
    Optional<Expr> field();

    /**
     * The type of placement strategy. The random placement strategy randomly places tasks on
     * available candidates. The spread placement strategy spreads placement across available
     * candidates evenly based on the field parameter. The binpack strategy places tasks on
     * available candidates that have the least available amount of the resource that is specified
     * with the field parameter. For example, if you binpack on memory, a task is placed on the
     * instance with the least amount of remaining memory (but still enough to run the task).
     */
    Optional<Expr> type();

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
    final class Builder extends ImmutableRule.PlacementStrategy.Builder {

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
   * {@code AWS::Events::Rule.RedshiftDataParameters}: These are custom parameters to be used when
   * the target is a Amazon Redshift cluster to invoke the Amazon Redshift Data API ExecuteStatement
   * based on EventBridge events.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-redshiftdataparameters.html">AWS::Events::Rule.RedshiftDataParameters</a>
   */
  @Value.Immutable
  interface RedshiftDataParameters extends PropertyValue {

    /**
     * Required. The name of the database. Required when authenticating using temporary credentials.
     */
    Expr database();

    /** The database user name. Required when authenticating using temporary credentials. */
    Optional<Expr> dbUser();

    /**
     * The name or ARN of the secret that enables access to the database. Required when
     * authenticating using AWS Secrets Manager.
     */
    Optional<Expr> secretManagerArn();

    /** The SQL statement text to run. */
    Optional<Expr> sql();

    /**
     * One or more SQL statements to run. The SQL statements are run as a single transaction. They
     * run serially in the order of the array. Subsequent SQL statements don't start until the
     * previous statement in the array completes. If any SQL statement fails, then because they are
     * run as one transaction, all work is rolled back.
     */
    Optional<Expr> sqls();

    /**
     * The name of the SQL statement. You can name the SQL statement when you create it to identify
     * the query.
     */
    Optional<Expr> statementName();

    /** Indicates whether to send an event back to EventBridge after the SQL statement runs. */
    Optional<Expr> withEvent();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Database", database())
          .put("DbUser", dbUser())
          .put("SecretManagerArn", secretManagerArn())
          .put("Sql", sql())
          .put("Sqls", sqls())
          .put("StatementName", statementName())
          .put("WithEvent", withEvent())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RedshiftDataParameters}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRule.RedshiftDataParameters.Builder {

      public Builder database(String value) {
        database(Expr.of(value));
        return this;
      }

      public Builder dbUser(String value) {
        dbUser(Expr.of(value));
        return this;
      }

      public Builder secretManagerArn(String value) {
        secretManagerArn(Expr.of(value));
        return this;
      }

      public Builder sql(String value) {
        sql(Expr.of(value));
        return this;
      }

      public Builder sqls(List<? extends Expr> values) {
        sqls(Expr.list(values));
        return this;
      }

      public Builder sqls(String... values) {
        sqls(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder statementName(String value) {
        statementName(Expr.of(value));
        return this;
      }

      public Builder withEvent(boolean value) {
        withEvent(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.RetryPolicy}: A `RetryPolicy` object that includes information about
   * the retry policy settings.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-retrypolicy.html">AWS::Events::Rule.RetryPolicy</a>
   */
  @Value.Immutable
  interface RetryPolicy extends PropertyValue {

    /** The maximum amount of time, in seconds, to continue to make retry attempts. */
    Optional<Expr> maximumEventAgeInSeconds();

    /**
     * The maximum number of retry attempts to make before the request fails. Retry attempts
     * continue until either the maximum number of attempts is made or until the duration of the
     * `MaximumEventAgeInSeconds` is met.
     */
    Optional<Expr> maximumRetryAttempts();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaximumEventAgeInSeconds", maximumEventAgeInSeconds())
          .put("MaximumRetryAttempts", maximumRetryAttempts())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RetryPolicy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.RetryPolicy.Builder {

      public Builder maximumEventAgeInSeconds(long value) {
        maximumEventAgeInSeconds(Expr.of(value));
        return this;
      }

      public Builder maximumRetryAttempts(long value) {
        maximumRetryAttempts(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.RunCommandParameters}: This parameter contains the criteria (either
   * InstanceIds or a tag) used to specify which EC2 instances are to be sent the command.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-runcommandparameters.html">AWS::Events::Rule.RunCommandParameters</a>
   */
  @Value.Immutable
  interface RunCommandParameters extends PropertyValue {

    /**
     * Required. Currently, we support including only one RunCommandTarget block, which specifies
     * either an array of InstanceIds or a tag.
     */
    Expr runCommandTargets();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RunCommandTargets", runCommandTargets())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RunCommandParameters}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRule.RunCommandParameters.Builder {

      public Builder runCommandTargets(List<? extends Expr> values) {
        runCommandTargets(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.RunCommandTarget}: Information about the EC2 instances that are to be
   * sent the command, specified as key-value pairs. Each `RunCommandTarget` block can include only
   * one key, but this key may specify multiple values.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-runcommandtarget.html">AWS::Events::Rule.RunCommandTarget</a>
   */
  @Value.Immutable
  interface RunCommandTarget extends PropertyValue {

    /** Required. Can be either `tag:` *tag-key* or `InstanceIds` . */
    Expr key();

    /**
     * Required. If `Key` is `tag:` *tag-key* , `Values` is a list of tag values. If `Key` is
     * `InstanceIds` , `Values` is a list of Amazon EC2 instance IDs.
     */
    Expr values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RunCommandTarget}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.RunCommandTarget.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.SageMakerPipelineParameter}: Name/Value pair of a parameter to start
   * execution of a SageMaker AI Model Building Pipeline.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-sagemakerpipelineparameter.html">AWS::Events::Rule.SageMakerPipelineParameter</a>
   */
  @Value.Immutable
  interface SageMakerPipelineParameter extends PropertyValue {

    /** Required. Name of parameter to start execution of a SageMaker AI Model Building Pipeline. */
    Expr name();

    /**
     * Required. Value of parameter to start execution of a SageMaker AI Model Building Pipeline.
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

    /**
     * Builds a {@link SageMakerPipelineParameter}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRule.SageMakerPipelineParameter.Builder {

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
   * {@code AWS::Events::Rule.SageMakerPipelineParameters}: These are custom parameters to use when
   * the target is a SageMaker AI Model Building Pipeline that starts based on EventBridge events.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-sagemakerpipelineparameters.html">AWS::Events::Rule.SageMakerPipelineParameters</a>
   */
  @Value.Immutable
  interface SageMakerPipelineParameters extends PropertyValue {

    /** List of Parameter names and values for SageMaker AI Model Building Pipeline execution. */
    Optional<Expr> pipelineParameterList();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PipelineParameterList", pipelineParameterList())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SageMakerPipelineParameters}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRule.SageMakerPipelineParameters.Builder {

      public Builder pipelineParameterList(List<? extends Expr> values) {
        pipelineParameterList(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.SqsParameters}: The custom parameters for EventBridge to use for a
   * target that is an Amazon SQS fair or FIFO queue.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-sqsparameters.html">AWS::Events::Rule.SqsParameters</a>
   */
  @Value.Immutable
  interface SqsParameters extends PropertyValue {

    /** Required. The ID of the message group to use as the target. */
    Expr messageGroupId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MessageGroupId", messageGroupId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SqsParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.SqsParameters.Builder {

      public Builder messageGroupId(String value) {
        messageGroupId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.Tag}: A key-value pair associated with an ECS Target of an EventBridge
   * rule. The tag will be propagated to ECS by EventBridge when starting an ECS task based on a
   * matched event.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-tag.html">AWS::Events::Rule.Tag</a>
   */
  @Value.Immutable
  interface TagProperty extends PropertyValue {

    /**
     * A string you can use to assign a value. The combination of tag keys and values can help you
     * organize and categorize your resources.
     */
    Optional<Expr> key();

    /** The value for the specified tag key. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TagProperty}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.TagProperty.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Rule.Target}: Targets are the resources to be invoked when a rule is
   * triggered. For a complete list of services and resources that can be set as a target, see
   * [PutTargets](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-rule-target.html">AWS::Events::Rule.Target</a>
   */
  @Value.Immutable
  interface Target extends PropertyValue {

    /**
     * Contains the GraphQL operation to be parsed and executed, if the event target is an AWS
     * AppSync API.
     */
    Optional<Expr> appSyncParameters();

    /** Required. The Amazon Resource Name (ARN) of the target. */
    Expr arn();

    /**
     * If the event target is an AWS Batch job, this contains the job definition, job name, and
     * other parameters. For more information, see
     * [Jobs](https://docs.aws.amazon.com/batch/latest/userguide/jobs.html) in the *AWS Batch User
     * Guide* .
     */
    Optional<Expr> batchParameters();

    /** The `DeadLetterConfig` that defines the target queue to send dead-letter queue events to. */
    Optional<Expr> deadLetterConfig();

    /**
     * Contains the Amazon ECS task definition and task count to be used, if the event target is an
     * Amazon ECS task. For more information about Amazon ECS tasks, see [Task
     * Definitions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_defintions.html)
     * in the *Amazon EC2 Container Service Developer Guide* .
     */
    Optional<Expr> ecsParameters();

    /**
     * Contains the HTTP parameters to use when the target is a API Gateway endpoint or EventBridge
     * ApiDestination.
     */
    Optional<Expr> httpParameters();

    /**
     * Required. The ID of the target within the specified rule. Use this ID to reference the target
     * when updating the rule. We recommend using a memorable and unique string.
     */
    Expr id();

    /**
     * Valid JSON text passed to the target. In this case, nothing from the event itself is passed
     * to the target. For more information, see [The JavaScript Object Notation (JSON) Data
     * Interchange Format](https://docs.aws.amazon.com/http://www.rfc-editor.org/rfc/rfc7159.txt) .
     */
    Optional<Expr> input();

    /**
     * The value of the JSONPath that is used for extracting part of the matched event when passing
     * it to the target. You may use JSON dot notation or bracket notation. For more information
     * about JSON paths, see
     * [JSONPath](https://docs.aws.amazon.com/http://goessner.net/articles/JsonPath/) .
     */
    Optional<Expr> inputPath();

    /**
     * Settings to enable you to provide custom input to a target based on certain event data. You
     * can extract one or more key-value pairs from the event and then use that data to send
     * customized input to the target.
     */
    Optional<Expr> inputTransformer();

    /**
     * The custom parameter you can use to control the shard assignment, when the target is a
     * Kinesis data stream. If you do not include this parameter, the default is to use the
     * `eventId` as the partition key.
     */
    Optional<Expr> kinesisParameters();

    /**
     * Contains the Amazon Redshift Data API parameters to use when the target is a Amazon Redshift
     * cluster.
     */
    Optional<Expr> redshiftDataParameters();

    /** The retry policy configuration to use for the dead-letter queue. */
    Optional<Expr> retryPolicy();

    /**
     * The Amazon Resource Name (ARN) of the IAM role to be used for this target when the rule is
     * triggered. If one rule triggers multiple targets, you can use a different IAM role for each
     * target.
     */
    Optional<Expr> roleArn();

    /** Parameters used when you are using the rule to invoke Amazon EC2 Run Command. */
    Optional<Expr> runCommandParameters();

    /**
     * Contains the SageMaker AI Model Building Pipeline parameters to start execution of a
     * SageMaker AI Model Building Pipeline.
     */
    Optional<Expr> sageMakerPipelineParameters();

    /** Contains the message group ID to use when the target is an Amazon SQS fair or FIFO queue. */
    Optional<Expr> sqsParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AppSyncParameters", appSyncParameters())
          .put("Arn", arn())
          .put("BatchParameters", batchParameters())
          .put("DeadLetterConfig", deadLetterConfig())
          .put("EcsParameters", ecsParameters())
          .put("HttpParameters", httpParameters())
          .put("Id", id())
          .put("Input", input())
          .put("InputPath", inputPath())
          .put("InputTransformer", inputTransformer())
          .put("KinesisParameters", kinesisParameters())
          .put("RedshiftDataParameters", redshiftDataParameters())
          .put("RetryPolicy", retryPolicy())
          .put("RoleArn", roleArn())
          .put("RunCommandParameters", runCommandParameters())
          .put("SageMakerPipelineParameters", sageMakerPipelineParameters())
          .put("SqsParameters", sqsParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Target}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRule.Target.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder input(String value) {
        input(Expr.of(value));
        return this;
      }

      public Builder inputPath(String value) {
        inputPath(Expr.of(value));
        return this;
      }

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }
    }
  }
}
