// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.applicationautoscaling;

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
 * {@code AWS::ApplicationAutoScaling::ScalableTarget}: The
 * `AWS::ApplicationAutoScaling::ScalableTarget` resource specifies a resource that Application Auto
 * Scaling can scale, such as an AWS::DynamoDB::Table or AWS::ECS::Service resource.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-applicationautoscaling-scalabletarget.html">AWS::ApplicationAutoScaling::ScalableTarget</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ScalableTarget extends Resource {

  String TYPE = "AWS::ApplicationAutoScaling::ScalableTarget";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The maximum value that you plan to scale out to. When a scaling policy is in effect,
   * Application Auto Scaling can scale out (expand) as needed to the maximum capacity limit in
   * response to changing demand.
   */
  Expr maxCapacity();

  /**
   * Required. The minimum value that you plan to scale in to. When a scaling policy is in effect,
   * Application Auto Scaling can scale in (contract) as needed to the minimum capacity limit in
   * response to changing demand.
   */
  Expr minCapacity();

  /**
   * Required. The identifier of the resource associated with the scalable target. This string
   * consists of the resource type and unique identifier.
   */
  Expr resourceId();

  /**
   * Specify the Amazon Resource Name (ARN) of an Identity and Access Management (IAM) role that
   * allows Application Auto Scaling to modify the scalable target on your behalf. This can be
   * either an IAM service role that Application Auto Scaling can assume to make calls to other AWS
   * resources on your behalf, or a service-linked role for the specified service. For more
   * information, see [How Application Auto Scaling works with
   * IAM](https://docs.aws.amazon.com/autoscaling/application/userguide/security_iam_service-with-iam.html)
   * in the *Application Auto Scaling User Guide* .
   */
  Optional<Expr> roleARN();

  /**
   * Required. The scalable dimension associated with the scalable target. This string consists of
   * the service namespace, resource type, and scaling property.
   */
  Expr scalableDimension();

  /** The scheduled actions for the scalable target. Duplicates aren't allowed. */
  Optional<Expr> scheduledActions();

  /**
   * Required. The namespace of the AWS service that provides the resource, or a `custom-resource` .
   */
  Expr serviceNamespace();

  /**
   * An embedded object that contains attributes and attribute values that are used to suspend and
   * resume automatic scaling. Setting the value of an attribute to `true` suspends the specified
   * scaling activities. Setting it to `false` (default) resumes the specified scaling activities.
   */
  Optional<Expr> suspendedState();

  /** {@code Tags}. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("MaxCapacity", maxCapacity())
        .put("MinCapacity", minCapacity())
        .put("ResourceId", resourceId())
        .put("RoleARN", roleARN())
        .put("ScalableDimension", scalableDimension())
        .put("ScheduledActions", scheduledActions())
        .put("ServiceNamespace", serviceNamespace())
        .put("SuspendedState", suspendedState())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScalableTarget}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableScalableTarget.Builder {

    public Builder maxCapacity(long value) {
      maxCapacity(Expr.of(value));
      return this;
    }

    public Builder minCapacity(long value) {
      minCapacity(Expr.of(value));
      return this;
    }

    public Builder resourceId(String value) {
      resourceId(Expr.of(value));
      return this;
    }

    public Builder roleARN(String value) {
      roleARN(Expr.of(value));
      return this;
    }

    public Builder scalableDimension(String value) {
      scalableDimension(Expr.of(value));
      return this;
    }

    public Builder scheduledActions(List<? extends Expr> values) {
      scheduledActions(Expr.list(values));
      return this;
    }

    public Builder serviceNamespace(String value) {
      serviceNamespace(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalableTarget.ScalableTargetAction}:
   * `ScalableTargetAction` specifies the minimum and maximum capacity for the
   * `ScalableTargetAction` property of the [AWS::ApplicationAutoScaling::ScalableTarget
   * ScheduledAction](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalabletarget-scheduledaction.html)
   * property type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalabletarget-scalabletargetaction.html">AWS::ApplicationAutoScaling::ScalableTarget.ScalableTargetAction</a>
   */
  @Value.Immutable
  interface ScalableTargetAction extends PropertyValue {

    /** The maximum capacity. */
    Optional<Expr> maxCapacity();

    /** The minimum capacity. */
    Optional<Expr> minCapacity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaxCapacity", maxCapacity())
          .put("MinCapacity", minCapacity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ScalableTargetAction}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableScalableTarget.ScalableTargetAction.Builder {

      public Builder maxCapacity(long value) {
        maxCapacity(Expr.of(value));
        return this;
      }

      public Builder minCapacity(long value) {
        minCapacity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalableTarget.ScheduledAction}: `ScheduledAction` is a
   * property of the
   * [AWS::ApplicationAutoScaling::ScalableTarget](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalabletarget.html)
   * resource that specifies a scheduled action for a scalable target.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalabletarget-scheduledaction.html">AWS::ApplicationAutoScaling::ScalableTarget.ScheduledAction</a>
   */
  @Value.Immutable
  interface ScheduledAction extends PropertyValue {

    /** The date and time that the action is scheduled to end, in UTC. */
    Optional<Expr> endTime();

    /**
     * The new minimum and maximum capacity. You can set both values or just one. At the scheduled
     * time, if the current capacity is below the minimum capacity, Application Auto Scaling scales
     * out to the minimum capacity. If the current capacity is above the maximum capacity,
     * Application Auto Scaling scales in to the maximum capacity.
     */
    Optional<Expr> scalableTargetAction();

    /** Required. The schedule for this action. The following formats are supported: */
    Expr schedule();

    /**
     * Required. The name of the scheduled action. This name must be unique among all other
     * scheduled actions on the specified scalable target.
     */
    Expr scheduledActionName();

    /** The date and time that the action is scheduled to begin, in UTC. */
    Optional<Expr> startTime();

    /**
     * The time zone used when referring to the date and time of a scheduled action, when the
     * scheduled action uses an at or cron expression.
     */
    Optional<Expr> timezone();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EndTime", endTime())
          .put("ScalableTargetAction", scalableTargetAction())
          .put("Schedule", schedule())
          .put("ScheduledActionName", scheduledActionName())
          .put("StartTime", startTime())
          .put("Timezone", timezone())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ScheduledAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableScalableTarget.ScheduledAction.Builder {

      public Builder endTime(String value) {
        endTime(Expr.of(value));
        return this;
      }

      public Builder schedule(String value) {
        schedule(Expr.of(value));
        return this;
      }

      public Builder scheduledActionName(String value) {
        scheduledActionName(Expr.of(value));
        return this;
      }

      public Builder startTime(String value) {
        startTime(Expr.of(value));
        return this;
      }

      public Builder timezone(String value) {
        timezone(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalableTarget.SuspendedState}: `SuspendedState` is a
   * property of the
   * [AWS::ApplicationAutoScaling::ScalableTarget](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalabletarget.html)
   * resource that specifies whether the scaling activities for a scalable target are in a suspended
   * state.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalabletarget-suspendedstate.html">AWS::ApplicationAutoScaling::ScalableTarget.SuspendedState</a>
   */
  @Value.Immutable
  interface SuspendedState extends PropertyValue {

    /**
     * Whether scale in by a target tracking scaling policy or a step scaling policy is suspended.
     * Set the value to `true` if you don't want Application Auto Scaling to remove capacity when a
     * scaling policy is triggered. The default is `false` .
     */
    Optional<Expr> dynamicScalingInSuspended();

    /**
     * Whether scale out by a target tracking scaling policy or a step scaling policy is suspended.
     * Set the value to `true` if you don't want Application Auto Scaling to add capacity when a
     * scaling policy is triggered. The default is `false` .
     */
    Optional<Expr> dynamicScalingOutSuspended();

    /**
     * Whether scheduled scaling is suspended. Set the value to `true` if you don't want Application
     * Auto Scaling to add or remove capacity by initiating scheduled actions. The default is
     * `false` .
     */
    Optional<Expr> scheduledScalingSuspended();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DynamicScalingInSuspended", dynamicScalingInSuspended())
          .put("DynamicScalingOutSuspended", dynamicScalingOutSuspended())
          .put("ScheduledScalingSuspended", scheduledScalingSuspended())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SuspendedState}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableScalableTarget.SuspendedState.Builder {

      public Builder dynamicScalingInSuspended(boolean value) {
        dynamicScalingInSuspended(Expr.of(value));
        return this;
      }

      public Builder dynamicScalingOutSuspended(boolean value) {
        dynamicScalingOutSuspended(Expr.of(value));
        return this;
      }

      public Builder scheduledScalingSuspended(boolean value) {
        scheduledScalingSuspended(Expr.of(value));
        return this;
      }
    }
  }
}
