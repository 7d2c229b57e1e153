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
 * {@code AWS::CloudWatch::LogAlarm}: Resource Type definition for AWS::CloudWatch::LogAlarm. A
 * LogAlarm evaluates scheduled query results from CloudWatch Logs and triggers actions when
 * thresholds are breached.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-logalarm.html">AWS::CloudWatch::LogAlarm</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LogAlarm extends Resource {

  String TYPE = "AWS::CloudWatch::LogAlarm";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The number of log lines to include in alarm notifications. Valid values are 0 to 50. */
  Optional<Expr> actionLogLineCount();

  /**
   * The ARN of the IAM role that grants CloudWatch permissions to fetch log lines for alarm
   * notifications. Required when ActionLogLineCount is greater than 0.
   */
  Optional<Expr> actionLogLineRoleArn();

  /**
   * Indicates whether actions should be executed during any changes to the alarm state. The default
   * is TRUE.
   */
  Optional<Expr> actionsEnabled();

  /**
   * The list of actions to execute when this alarm transitions into an ALARM state from any other
   * state.
   */
  Optional<Expr> alarmActions();

  /** The description of the log alarm. */
  Optional<Expr> alarmDescription();

  /** The name of the log alarm. */
  Optional<Expr> alarmName();

  /**
   * Required. The arithmetic operation to use when comparing the specified threshold and the query
   * results. Valid values are GreaterThanOrEqualToThreshold, GreaterThanThreshold,
   * LessThanThreshold, and LessThanOrEqualToThreshold.
   */
  Expr comparisonOperator();

  /**
   * The actions to execute when this alarm transitions to the INSUFFICIENT_DATA state from any
   * other state.
   */
  Optional<Expr> insufficientDataActions();

  /** The actions to execute when this alarm transitions to the OK state from any other state. */
  Optional<Expr> okActions();

  /** Required. The number of query results that must be breaching to trigger the alarm. */
  Expr queryResultsToAlarm();

  /**
   * Required. The number of query results over which data is compared to the specified threshold.
   */
  Expr queryResultsToEvaluate();

  /** Required. The scheduled query configuration for the log alarm. */
  Expr scheduledQueryConfiguration();

  /** A list of key-value pairs to associate with the log alarm. */
  Optional<Expr> tags();

  /** Required. The value to compare against the results of the scheduled query evaluation. */
  Expr threshold();

  /**
   * Sets how this alarm is to handle missing data points. Valid values are breaching, notBreaching,
   * ignore, and missing.
   */
  Optional<Expr> treatMissingData();

  /**
   * The warm-up configuration for an alarm. A warm-up period delays alarm evaluation after you
   * create or update the alarm. This reduces alarm noise from missing data while a new resource or
   * service starts up. During the warm-up period, the alarm stays in INSUFFICIENT_DATA and doesn't
   * perform alarm actions.
   */
  Optional<Expr> warmUpConfiguration();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ActionLogLineCount", actionLogLineCount())
        .put("ActionLogLineRoleArn", actionLogLineRoleArn())
        .put("ActionsEnabled", actionsEnabled())
        .put("AlarmActions", alarmActions())
        .put("AlarmDescription", alarmDescription())
        .put("AlarmName", alarmName())
        .put("ComparisonOperator", comparisonOperator())
        .put("InsufficientDataActions", insufficientDataActions())
        .put("OKActions", okActions())
        .put("QueryResultsToAlarm", queryResultsToAlarm())
        .put("QueryResultsToEvaluate", queryResultsToEvaluate())
        .put("ScheduledQueryConfiguration", scheduledQueryConfiguration())
        .put("Tags", tags())
        .put("Threshold", threshold())
        .put("TreatMissingData", treatMissingData())
        .put("WarmUpConfiguration", warmUpConfiguration())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the log alarm. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LogAlarm}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLogAlarm.Builder {

    public Builder actionLogLineCount(long value) {
      actionLogLineCount(Expr.of(value));
      return this;
    }

    public Builder actionLogLineRoleArn(String value) {
      actionLogLineRoleArn(Expr.of(value));
      return this;
    }

    public Builder actionsEnabled(boolean value) {
      actionsEnabled(Expr.of(value));
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

    public Builder comparisonOperator(String value) {
      comparisonOperator(Expr.of(value));
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

    public Builder queryResultsToAlarm(long value) {
      queryResultsToAlarm(Expr.of(value));
      return this;
    }

    public Builder queryResultsToEvaluate(long value) {
      queryResultsToEvaluate(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder threshold(long value) {
      threshold(Expr.of(value));
      return this;
    }

    public Builder threshold(double value) {
      threshold(Expr.of(value));
      return this;
    }

    public Builder treatMissingData(String value) {
      treatMissingData(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::CloudWatch::LogAlarm.ScheduleConfiguration}: The schedule configuration for the
   * scheduled query.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-logalarm-scheduleconfiguration.html">AWS::CloudWatch::LogAlarm.ScheduleConfiguration</a>
   */
  @Value.Immutable
  interface ScheduleConfiguration extends PropertyValue {

    /**
     * The number of seconds into the past to end the query window. Must be a non-negative value and
     * cannot exceed 2592000 seconds (30 days).
     */
    Optional<Expr> endTimeOffset();

    /** Required. The expression that defines when the scheduled query runs, e.g. rate(1 minute). */
    Expr scheduleExpression();

    /**
     * Required. The number of seconds into the past to start the query window. Must be a positive
     * value and cannot exceed 2592000 seconds (30 days).
     */
    Expr startTimeOffset();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EndTimeOffset", endTimeOffset())
          .put("ScheduleExpression", scheduleExpression())
          .put("StartTimeOffset", startTimeOffset())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ScheduleConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLogAlarm.ScheduleConfiguration.Builder {

      public Builder endTimeOffset(long value) {
        endTimeOffset(Expr.of(value));
        return this;
      }

      public Builder scheduleExpression(String value) {
        scheduleExpression(Expr.of(value));
        return this;
      }

      public Builder startTimeOffset(long value) {
        startTimeOffset(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::LogAlarm.ScheduledQueryConfiguration}: The scheduled query
   * configuration for the log alarm.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-logalarm-scheduledqueryconfiguration.html">AWS::CloudWatch::LogAlarm.ScheduledQueryConfiguration</a>
   */
  @Value.Immutable
  interface ScheduledQueryConfiguration extends PropertyValue {

    /**
     * Required. The aggregation expression for the scheduled query, e.g. count(*) or avg(latency)
     * by host.
     */
    Expr aggregationExpression();

    /** The log groups to query. */
    Optional<Expr> logGroupIdentifiers();

    /** Required. The query string to execute against the specified log groups. */
    Expr queryString();

    /** Required. The schedule configuration for the scheduled query. */
    Expr scheduleConfiguration();

    /** Required. The ARN of the IAM role that grants permissions to execute the scheduled query. */
    Expr scheduledQueryRoleARN();

    /** A list of key-value pairs to associate with the scheduled query that backs the log alarm. */
    Optional<Expr> tags();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AggregationExpression", aggregationExpression())
          .put("LogGroupIdentifiers", logGroupIdentifiers())
          .put("QueryString", queryString())
          .put("ScheduleConfiguration", scheduleConfiguration())
          .put("ScheduledQueryRoleARN", scheduledQueryRoleARN())
          .put("Tags", tags())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ScheduledQueryConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLogAlarm.ScheduledQueryConfiguration.Builder {

      public Builder aggregationExpression(String value) {
        aggregationExpression(Expr.of(value));
        return this;
      }

      public Builder logGroupIdentifiers(List<? extends Expr> values) {
        logGroupIdentifiers(Expr.list(values));
        return this;
      }

      public Builder logGroupIdentifiers(String... values) {
        logGroupIdentifiers(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder queryString(String value) {
        queryString(Expr.of(value));
        return this;
      }

      public Builder scheduledQueryRoleARN(String value) {
        scheduledQueryRoleARN(Expr.of(value));
        return this;
      }

      public Builder tags(List<? extends Expr> values) {
        tags(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::LogAlarm.WarmUpConfiguration}: The warm-up configuration for an alarm.
   * A warm-up period delays alarm evaluation after you create or update the alarm. This reduces
   * alarm noise from missing data while a new resource or service starts up. During the warm-up
   * period, the alarm stays in INSUFFICIENT_DATA and doesn't perform alarm actions.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-logalarm-warmupconfiguration.html">AWS::CloudWatch::LogAlarm.WarmUpConfiguration</a>
   */
  @Value.Immutable
  interface WarmUpConfiguration extends PropertyValue {

    /**
     * Specifies whether the alarm waits for the full warm-up period before it starts evaluating. If
     * true, the alarm waits the entire WarmUpPeriodDurationInMinutes before it starts evaluating,
     * even if metric data arrives earlier. If false, the alarm ends the warm-up period early and
     * starts evaluating as soon as it has enough metric data to fill its evaluation window. This is
     * the default behavior.
     */
    Optional<Expr> onlyStartEvaluatingAfterWarmUpPeriodEnds();

    /**
     * The length of the warm-up period, in minutes. For this duration after you create or update
     * the alarm, the alarm stays in INSUFFICIENT_DATA and doesn't perform alarm actions. Valid
     * values range from 1 to 2,880 minutes (2 days). You can change this value while the alarm is
     * still in its warm-up period. Changes have no effect after the warm-up period ends.
     */
    Optional<Expr> warmUpPeriodDurationInMinutes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OnlyStartEvaluatingAfterWarmUpPeriodEnds", onlyStartEvaluatingAfterWarmUpPeriodEnds())
          .put("WarmUpPeriodDurationInMinutes", warmUpPeriodDurationInMinutes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link WarmUpConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLogAlarm.WarmUpConfiguration.Builder {

      public Builder onlyStartEvaluatingAfterWarmUpPeriodEnds(boolean value) {
        onlyStartEvaluatingAfterWarmUpPeriodEnds(Expr.of(value));
        return this;
      }

      public Builder warmUpPeriodDurationInMinutes(long value) {
        warmUpPeriodDurationInMinutes(Expr.of(value));
        return this;
      }
    }
  }
}
