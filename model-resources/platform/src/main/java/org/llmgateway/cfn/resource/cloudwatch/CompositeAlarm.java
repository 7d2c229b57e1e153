// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudwatch;

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
 * {@code AWS::CloudWatch::CompositeAlarm}: The `AWS::CloudWatch::CompositeAlarm` type creates or
 * updates a composite alarm. When you create a composite alarm, you specify a rule expression for
 * the alarm that takes into account the alarm states of other alarms that you have created. The
 * composite alarm goes into ALARM state only if all conditions of the rule are met.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-compositealarm.html">AWS::CloudWatch::CompositeAlarm</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CompositeAlarm extends Resource {

  String TYPE = "AWS::CloudWatch::CompositeAlarm";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Indicates whether actions should be executed during any changes to the alarm state of the
   * composite alarm. The default is TRUE.
   */
  Optional<Expr> actionsEnabled();

  /**
   * Actions will be suppressed if the suppressor alarm is in the `ALARM` state. `ActionsSuppressor`
   * can be an AlarmName or an Amazon Resource Name (ARN) from an existing alarm.
   */
  Optional<Expr> actionsSuppressor();

  /**
   * The maximum time in seconds that the composite alarm waits after suppressor alarm goes out of
   * the `ALARM` state. After this time, the composite alarm performs its actions.
   */
  Optional<Expr> actionsSuppressorExtensionPeriod();

  /**
   * The maximum time in seconds that the composite alarm waits for the suppressor alarm to go into
   * the `ALARM` state. After this time, the composite alarm performs its actions.
   */
  Optional<Expr> actionsSuppressorWaitPeriod();

  /**
   * The actions to execute when this alarm transitions to the ALARM state from any other state.
   * Each action is specified as an Amazon Resource Name (ARN). For more information about creating
   * alarms and the actions that you can specify, see
   * [PutCompositeAlarm](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html)
   * in the *Amazon CloudWatch API Reference* .
   */
  Optional<Expr> alarmActions();

  /** The description for the composite alarm. */
  Optional<Expr> alarmDescription();

  /** The name for the composite alarm. This name must be unique within your AWS account. */
  Optional<Expr> alarmName();

  /**
   * Required. An expression that specifies which other alarms are to be evaluated to determine this
   * composite alarm's state. For each alarm that you reference, you designate a function that
   * specifies whether that alarm needs to be in ALARM state, OK state, or INSUFFICIENT_DATA state.
   * You can use operators (AND, OR and NOT) to combine multiple functions in a single expression.
   * You can use parenthesis to logically group the functions in your expression.
   */
  Expr alarmRule();

  /**
   * The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any
   * other state. Each action is specified as an Amazon Resource Name (ARN). For more information
   * about creating alarms and the actions that you can specify, see
   * [PutCompositeAlarm](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html)
   * in the *Amazon CloudWatch API Reference* .
   */
  Optional<Expr> insufficientDataActions();

  /**
   * The actions to execute when this alarm transitions to the OK state from any other state. Each
   * action is specified as an Amazon Resource Name (ARN). For more information about creating
   * alarms and the actions that you can specify, see
   * [PutCompositeAlarm](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html)
   * in the *Amazon CloudWatch API Reference* .
   */
  Optional<Expr> okActions();

  /**
   * A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags
   * with an alarm. To be able to associate tags with the alarm when you create the alarm, you must
   * have the `cloudwatch:TagResource` permission.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ActionsEnabled", actionsEnabled())
        .put("ActionsSuppressor", actionsSuppressor())
        .put("ActionsSuppressorExtensionPeriod", actionsSuppressorExtensionPeriod())
        .put("ActionsSuppressorWaitPeriod", actionsSuppressorWaitPeriod())
        .put("AlarmActions", alarmActions())
        .put("AlarmDescription", alarmDescription())
        .put("AlarmName", alarmName())
        .put("AlarmRule", alarmRule())
        .put("InsufficientDataActions", insufficientDataActions())
        .put("OKActions", okActions())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The ARN of the composite alarm, such as
   * `arn:aws:cloudwatch:us-west-2:123456789012:alarm/CompositeAlarmName` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CompositeAlarm}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCompositeAlarm.Builder {

    public Builder actionsEnabled(boolean value) {
      actionsEnabled(Expr.of(value));
      return this;
    }

    public Builder actionsSuppressor(String value) {
      actionsSuppressor(Expr.of(value));
      return this;
    }

    public Builder actionsSuppressorExtensionPeriod(long value) {
      actionsSuppressorExtensionPeriod(Expr.of(value));
      return this;
    }

    public Builder actionsSuppressorWaitPeriod(long value) {
      actionsSuppressorWaitPeriod(Expr.of(value));
      return this;
    }

    public Builder alarmActions(List<? extends Expr> values) {
      alarmActions(Expr.list(values));
      return this;
    }

    public Builder alarmActions(String... values) {
      alarmActions(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder alarmDescription(String value) {
      alarmDescription(Expr.of(value));
      return this;
    }

    public Builder alarmName(String value) {
      alarmName(Expr.of(value));
      return this;
    }

    public Builder alarmRule(String value) {
      alarmRule(Expr.of(value));
      return this;
    }

    public Builder insufficientDataActions(List<? extends Expr> values) {
      insufficientDataActions(Expr.list(values));
      return this;
    }

    public Builder insufficientDataActions(String... values) {
      insufficientDataActions(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder okActions(List<? extends Expr> values) {
      okActions(Expr.list(values));
      return this;
    }

    public Builder okActions(String... values) {
      okActions(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
