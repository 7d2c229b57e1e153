// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::MaintenanceWindowTask}: The `AWS::SSM::MaintenanceWindowTask` resource defines
 * information about a task for an AWS Systems Manager maintenance window. For more information, see
 * [RegisterTaskWithMaintenanceWindow](https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_RegisterTaskWithMaintenanceWindow.html)
 * in the *AWS Systems Manager API Reference* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-maintenancewindowtask.html">AWS::SSM::MaintenanceWindowTask</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MaintenanceWindowTask extends Resource {

  String TYPE = "AWS::SSM::MaintenanceWindowTask";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The specification for whether tasks should continue to run after the cutoff time specified in
   * the maintenance windows is reached.
   */
  Optional<Expr> cutoffBehavior();

  /** A description of the task. */
  Optional<Expr> description();

  /**
   * &gt; `LoggingInfo` has been deprecated. To specify an Amazon S3 bucket to contain logs for Run
   * Command tasks, instead use the `OutputS3BucketName` and `OutputS3KeyPrefix` options in the
   * `TaskInvocationParameters` structure. For information about how Systems Manager handles these
   * options for the supported maintenance window task types, see [AWS ::SSM::MaintenanceWindowTask
   * MaintenanceWindowRunCommandParameters](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-maintenancewindowruncommandparameters.html)
   * .
   */
  Optional<Expr> loggingInfo();

  /** The maximum number of targets this task can be run for, in parallel. */
  Optional<Expr> maxConcurrency();

  /** The maximum number of errors allowed before this task stops being scheduled. */
  Optional<Expr> maxErrors();

  /** The task name. */
  Optional<Expr> name();

  /**
   * Required. The priority of the task in the maintenance window. The lower the number, the higher
   * the priority. Tasks that have the same priority are scheduled in parallel.
   */
  Expr priority();

  /**
   * The Amazon Resource Name (ARN) of the IAM service role for AWS Systems Manager to assume when
   * running a maintenance window task. If you do not specify a service role ARN, Systems Manager
   * uses a service-linked role in your account. If no appropriate service-linked role for Systems
   * Manager exists in your account, it is created when you run `RegisterTaskWithMaintenanceWindow`
   * .
   */
  Optional<Expr> serviceRoleArn();

  /** The targets, either instances or window target IDs. */
  Optional<Expr> targets();

  /** Required. The resource that the task uses during execution. */
  Expr taskArn();

  /**
   * The parameters to pass to the task when it runs. Populate only the fields that match the task
   * type. All other fields should be empty.
   */
  Optional<Expr> taskInvocationParameters();

  /**
   * &gt; `TaskParameters` has been deprecated. To specify parameters to pass to a task when it
   * runs, instead use the `Parameters` option in the `TaskInvocationParameters` structure. For
   * information about how Systems Manager handles these options for the supported maintenance
   * window task types, see
   * [MaintenanceWindowTaskInvocationParameters](https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_MaintenanceWindowTaskInvocationParameters.html)
   * .
   */
  Optional<Expr> taskParameters();

  /**
   * Required. The type of task. Valid values: `RUN_COMMAND` , `AUTOMATION` , `LAMBDA` ,
   * `STEP_FUNCTIONS` .
   */
  Expr taskType();

  /** Required. The ID of the maintenance window where the task is registered. */
  Expr windowId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CutoffBehavior", cutoffBehavior())
        .put("Description", description())
        .put("LoggingInfo", loggingInfo())
        .put("MaxConcurrency", maxConcurrency())
        .put("MaxErrors", maxErrors())
        .put("Name", name())
        .put("Priority", priority())
        .put("ServiceRoleArn", serviceRoleArn())
        .put("Targets", targets())
        .put("TaskArn", taskArn())
        .put("TaskInvocationParameters", taskInvocationParameters())
        .put("TaskParameters", taskParameters())
        .put("TaskType", taskType())
        .put("WindowId", windowId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code WindowTaskId} attribute: The task ID. */
  default GetAtt attrWindowTaskId() {
    return getAtt("WindowTaskId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MaintenanceWindowTask}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableMaintenanceWindowTask.Builder {

    public Builder cutoffBehavior(String value) {
      cutoffBehavior(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder maxConcurrency(String value) {
      maxConcurrency(Expr.of(value));
      return this;
    }

    public Builder maxErrors(String value) {
      maxErrors(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder priority(long value) {
      priority(Expr.of(value));
      return this;
    }

    public Builder serviceRoleArn(String value) {
      serviceRoleArn(Expr.of(value));
      return this;
    }

    public Builder targets(List<? extends Expr> values) {
      targets(Expr.list(values));
      return this;
    }

    public Builder taskArn(String value) {
      taskArn(Expr.of(value));
      return this;
    }

    public Builder taskParameters(JsonNode value) {
      taskParameters(Expr.json(value));
      return this;
    }

    public Builder taskType(String value) {
      taskType(Expr.of(value));
      return this;
    }

    public Builder windowId(String value) {
      windowId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTask.CloudWatchOutputConfig}: Configuration options for
   * sending command output to Amazon CloudWatch Logs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-cloudwatchoutputconfig.html">AWS::SSM::MaintenanceWindowTask.CloudWatchOutputConfig</a>
   */
  @Value.Immutable
  interface CloudWatchOutputConfig extends PropertyValue {

    /**
     * The name of the CloudWatch Logs log group where you want to send command output. If you don't
     * specify a group name, AWS Systems Manager automatically creates a log group for you. The log
     * group uses the following naming format:
     */
    Optional<Expr> cloudWatchLogGroupName();

    /** Enables Systems Manager to send command output to CloudWatch Logs. */
    Optional<Expr> cloudWatchOutputEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatchLogGroupName", cloudWatchLogGroupName())
          .put("CloudWatchOutputEnabled", cloudWatchOutputEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CloudWatchOutputConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableMaintenanceWindowTask.CloudWatchOutputConfig.Builder {

      public Builder cloudWatchLogGroupName(String value) {
        cloudWatchLogGroupName(Expr.of(value));
        return this;
      }

      public Builder cloudWatchOutputEnabled(boolean value) {
        cloudWatchOutputEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTask.LoggingInfo}: &gt; `LoggingInfo` has been deprecated. To
   * specify an Amazon S3 bucket to contain logs, instead use the `OutputS3BucketName` and
   * `OutputS3KeyPrefix` options in the `TaskInvocationParameters` structure. For information about
   * how Systems Manager handles these options for the supported maintenance window task types, see
   * [AWS ::SSM::MaintenanceWindowTask
   * MaintenanceWindowRunCommandParameters](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ssm-maintenancewindowtask-maintenancewindowruncommandparameters.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-logginginfo.html">AWS::SSM::MaintenanceWindowTask.LoggingInfo</a>
   */
  @Value.Immutable
  interface LoggingInfo extends PropertyValue {

    /** Required. The AWS Region where the S3 bucket is located. */
    Expr region();

    /** Required. The name of an S3 bucket where execution logs are stored. */
    Expr s3Bucket();

    /** The Amazon S3 bucket subfolder. */
    Optional<Expr> s3Prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Region", region())
          .put("S3Bucket", s3Bucket())
          .put("S3Prefix", s3Prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LoggingInfo}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMaintenanceWindowTask.LoggingInfo.Builder {

      public Builder region(String value) {
        region(Expr.of(value));
        return this;
      }

      public Builder s3Bucket(String value) {
        s3Bucket(Expr.of(value));
        return this;
      }

      public Builder s3Prefix(String value) {
        s3Prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTask.MaintenanceWindowAutomationParameters}: The
   * `MaintenanceWindowAutomationParameters` property type specifies the parameters for an
   * `AUTOMATION` task type for a maintenance window task in AWS Systems Manager .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-maintenancewindowautomationparameters.html">AWS::SSM::MaintenanceWindowTask.MaintenanceWindowAutomationParameters</a>
   */
  @Value.Immutable
  interface MaintenanceWindowAutomationParameters extends PropertyValue {

    /** The version of an Automation runbook to use during task execution. */
    Optional<Expr> documentVersion();

    /** The parameters for the `AUTOMATION` type task. */
    Optional<Expr> parameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DocumentVersion", documentVersion())
          .put("Parameters", parameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MaintenanceWindowAutomationParameters}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableMaintenanceWindowTask.MaintenanceWindowAutomationParameters.Builder {

      public Builder documentVersion(String value) {
        documentVersion(Expr.of(value));
        return this;
      }

      public Builder parameters(JsonNode value) {
        parameters(Expr.json(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTask.MaintenanceWindowLambdaParameters}: The
   * `MaintenanceWindowLambdaParameters` property type specifies the parameters for a `LAMBDA` task
   * type for a maintenance window task in AWS Systems Manager .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-maintenancewindowlambdaparameters.html">AWS::SSM::MaintenanceWindowTask.MaintenanceWindowLambdaParameters</a>
   */
  @Value.Immutable
  interface MaintenanceWindowLambdaParameters extends PropertyValue {

    /**
     * Client-specific information to pass to the AWS Lambda function that you're invoking. You can
     * then use the `context` variable to process the client information in your AWS Lambda
     * function.
     */
    Optional<Expr> clientContext();

    /** JSON to provide to your AWS Lambda function as input. */
    Optional<Expr> payload();

    /**
     * An AWS Lambda function version or alias name. If you specify a function version, the action
     * uses the qualified function Amazon Resource Name (ARN) to invoke a specific Lambda function.
     * If you specify an alias name, the action uses the alias ARN to invoke the Lambda function
     * version that the alias points to.
     */
    Optional<Expr> qualifier();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ClientContext", clientContext())
          .put("Payload", payload())
          .put("Qualifier", qualifier())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MaintenanceWindowLambdaParameters}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableMaintenanceWindowTask.MaintenanceWindowLambdaParameters.Builder {

      public Builder clientContext(String value) {
        clientContext(Expr.of(value));
        return this;
      }

      public Builder payload(String value) {
        payload(Expr.of(value));
        return this;
      }

      public Builder qualifier(String value) {
        qualifier(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTask.MaintenanceWindowRunCommandParameters}: The
   * `MaintenanceWindowRunCommandParameters` property type specifies the parameters for a
   * `RUN_COMMAND` task type for a maintenance window task in AWS Systems Manager . This means that
   * these parameters are the same as those for the `SendCommand` API call. For more information
   * about `SendCommand` parameters, see
   * [SendCommand](https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html)
   * in the *AWS Systems Manager API Reference* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-maintenancewindowruncommandparameters.html">AWS::SSM::MaintenanceWindowTask.MaintenanceWindowRunCommandParameters</a>
   */
  @Value.Immutable
  interface MaintenanceWindowRunCommandParameters extends PropertyValue {

    /** Configuration options for sending command output to Amazon CloudWatch Logs. */
    Optional<Expr> cloudWatchOutputConfig();

    /** Information about the command or commands to run. */
    Optional<Expr> comment();

    /**
     * The SHA-256 or SHA-1 hash created by the system when the document was created. SHA-1 hashes
     * have been deprecated.
     */
    Optional<Expr> documentHash();

    /** The SHA-256 or SHA-1 hash type. SHA-1 hashes are deprecated. */
    Optional<Expr> documentHashType();

    /**
     * The AWS Systems Manager document (SSM document) version to use in the request. You can
     * specify `$DEFAULT` , `$LATEST` , or a specific version number. If you run commands by using
     * the AWS CLI, then you must escape the first two options by using a backslash. If you specify
     * a version number, then you don't need to use the backslash. For example:
     */
    Optional<Expr> documentVersion();

    /**
     * Configurations for sending notifications about command status changes on a per-managed node
     * basis.
     */
    Optional<Expr> notificationConfig();

    /** The name of the Amazon Simple Storage Service (Amazon S3) bucket. */
    Optional<Expr> outputS3BucketName();

    /** The S3 bucket subfolder. */
    Optional<Expr> outputS3KeyPrefix();

    /** The parameters for the `RUN_COMMAND` task execution. */
    Optional<Expr> parameters();

    /**
     * The Amazon Resource Name (ARN) of the IAM service role for AWS Systems Manager to assume when
     * running a maintenance window task. If you do not specify a service role ARN, Systems Manager
     * uses a service-linked role in your account. If no appropriate service-linked role for Systems
     * Manager exists in your account, it is created when you run
     * `RegisterTaskWithMaintenanceWindow` .
     */
    Optional<Expr> serviceRoleArn();

    /** If this time is reached and the command hasn't already started running, it doesn't run. */
    Optional<Expr> timeoutSeconds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatchOutputConfig", cloudWatchOutputConfig())
          .put("Comment", comment())
          .put("DocumentHash", documentHash())
          .put("DocumentHashType", documentHashType())
          .put("DocumentVersion", documentVersion())
          .put("NotificationConfig", notificationConfig())
          .put("OutputS3BucketName", outputS3BucketName())
          .put("OutputS3KeyPrefix", outputS3KeyPrefix())
          .put("Parameters", parameters())
          .put("ServiceRoleArn", serviceRoleArn())
          .put("TimeoutSeconds", timeoutSeconds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MaintenanceWindowRunCommandParameters}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableMaintenanceWindowTask.MaintenanceWindowRunCommandParameters.Builder {

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder documentHash(String value) {
        documentHash(Expr.of(value));
        return this;
      }

      public Builder documentHashType(String value) {
        documentHashType(Expr.of(value));
        return this;
      }

      public Builder documentVersion(String value) {
        documentVersion(Expr.of(value));
        return this;
      }

      public Builder outputS3BucketName(String value) {
        outputS3BucketName(Expr.of(value));
        return this;
      }

      public Builder outputS3KeyPrefix(String value) {
        outputS3KeyPrefix(Expr.of(value));
        return this;
      }

      public Builder parameters(JsonNode value) {
        parameters(Expr.json(value));
        return this;
      }

      public Builder serviceRoleArn(String value) {
        serviceRoleArn(Expr.of(value));
        return this;
      }

      public Builder timeoutSeconds(long value) {
        timeoutSeconds(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTask.MaintenanceWindowStepFunctionsParameters}: The
   * `MaintenanceWindowStepFunctionsParameters` property type specifies the parameters for the
   * execution of a `STEP_FUNCTIONS` task in a Systems Manager maintenance window.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-maintenancewindowstepfunctionsparameters.html">AWS::SSM::MaintenanceWindowTask.MaintenanceWindowStepFunctionsParameters</a>
   */
  @Value.Immutable
  interface MaintenanceWindowStepFunctionsParameters extends PropertyValue {

    /** The inputs for the `STEP_FUNCTIONS` task. */
    Optional<Expr> input();

    /** The name of the `STEP_FUNCTIONS` task. */
    Optional<Expr> name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Input", input())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MaintenanceWindowStepFunctionsParameters}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableMaintenanceWindowTask.MaintenanceWindowStepFunctionsParameters.Builder {

      public Builder input(String value) {
        input(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTask.NotificationConfig}: The `NotificationConfig` property
   * type specifies configurations for sending notifications for a maintenance window task in AWS
   * Systems Manager .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-notificationconfig.html">AWS::SSM::MaintenanceWindowTask.NotificationConfig</a>
   */
  @Value.Immutable
  interface NotificationConfig extends PropertyValue {

    /**
     * Required. An Amazon Resource Name (ARN) for an Amazon Simple Notification Service (Amazon
     * SNS) topic. Run Command pushes notifications about command status changes to this topic.
     */
    Expr notificationArn();

    /**
     * The different events that you can receive notifications for. These events include the
     * following: `All` (events), `InProgress` , `Success` , `TimedOut` , `Cancelled` , `Failed` .
     * To learn more about these events, see [Configuring Amazon SNS Notifications for AWS Systems
     * Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-sns-notifications.html)
     * in the *AWS Systems Manager User Guide* .
     */
    Optional<Expr> notificationEvents();

    /** The notification type. */
    Optional<Expr> notificationType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("NotificationArn", notificationArn())
          .put("NotificationEvents", notificationEvents())
          .put("NotificationType", notificationType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link NotificationConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMaintenanceWindowTask.NotificationConfig.Builder {

      public Builder notificationArn(String value) {
        notificationArn(Expr.of(value));
        return this;
      }

      public Builder notificationEvents(List<? extends Expr> values) {
        notificationEvents(Expr.list(values));
        return this;
      }

      public Builder notificationEvents(String... values) {
        notificationEvents(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder notificationType(String value) {
        notificationType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::MaintenanceWindowTask.Target}: The `Target` property type specifies targets
   * (either instances or window target IDs). You specify instances by using
   * `Key=InstanceIds,Values=&lt; *instanceid1* &gt;,&lt; *instanceid2* &gt;` . You specify window
   * target IDs using `Key=WindowTargetIds,Values=&lt; *window-target-id-1* &gt;,&lt;
   * *window-target-id-2* &gt;` for a maintenance window task in AWS Systems Manager .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-target.html">AWS::SSM::MaintenanceWindowTask.Target</a>
   */
  @Value.Immutable
  interface Target extends PropertyValue {

    /**
     * Required. User-defined criteria for sending commands that target instances that meet the
     * criteria. `Key` can be `InstanceIds` or `WindowTargetIds` . For more information about how to
     * target instances within a maintenance window task, see [About
     * 'register-task-with-maintenance-window' Options and
     * Values](https://docs.aws.amazon.com/systems-manager/latest/userguide/register-tasks-options.html)
     * in the *AWS Systems Manager User Guide* .
     */
    Expr key();

    /**
     * Required. User-defined criteria that maps to `Key` . For example, if you specify
     * `InstanceIds` , you can specify `i-1234567890abcdef0,i-9876543210abcdef0` to run a command on
     * two EC2 instances. For more information about how to target instances within a maintenance
     * window task, see [About 'register-task-with-maintenance-window' Options and
     * Values](https://docs.aws.amazon.com/systems-manager/latest/userguide/register-tasks-options.html)
     * in the *AWS Systems Manager User Guide* .
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

    /** Builds a {@link Target}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMaintenanceWindowTask.Target.Builder {

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
   * {@code AWS::SSM::MaintenanceWindowTask.TaskInvocationParameters}: The
   * `TaskInvocationParameters` property type specifies the task execution parameters for a
   * maintenance window task in AWS Systems Manager .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-maintenancewindowtask-taskinvocationparameters.html">AWS::SSM::MaintenanceWindowTask.TaskInvocationParameters</a>
   */
  @Value.Immutable
  interface TaskInvocationParameters extends PropertyValue {

    /** The parameters for an `AUTOMATION` task type. */
    Optional<Expr> maintenanceWindowAutomationParameters();

    /** The parameters for a `LAMBDA` task type. */
    Optional<Expr> maintenanceWindowLambdaParameters();

    /** The parameters for a `RUN_COMMAND` task type. */
    Optional<Expr> maintenanceWindowRunCommandParameters();

    /** The parameters for a `STEP_FUNCTIONS` task type. */
    Optional<Expr> maintenanceWindowStepFunctionsParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaintenanceWindowAutomationParameters", maintenanceWindowAutomationParameters())
          .put("MaintenanceWindowLambdaParameters", maintenanceWindowLambdaParameters())
          .put("MaintenanceWindowRunCommandParameters", maintenanceWindowRunCommandParameters())
          .put("MaintenanceWindowStepFunctionsParameters", maintenanceWindowStepFunctionsParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TaskInvocationParameters}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableMaintenanceWindowTask.TaskInvocationParameters.Builder {
    }
  }
}
