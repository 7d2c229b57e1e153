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
 * {@code AWS::CloudWatch::Alarm}: The `AWS::CloudWatch::Alarm` type specifies an alarm and
 * associates it with the specified metric or metric math expression.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html">AWS::CloudWatch::Alarm</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Alarm extends Resource {

  String TYPE = "AWS::CloudWatch::Alarm";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Indicates whether actions should be executed during any changes to the alarm state. The default
   * is TRUE.
   */
  Optional<Expr> actionsEnabled();

  /**
   * The list of actions to execute when this alarm transitions into an ALARM state from any other
   * state. Specify each action as an Amazon Resource Name (ARN). For more information about
   * creating alarms and the actions that you can specify, see
   * [PutMetricAlarm](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html)
   * in the *Amazon CloudWatch API Reference* .
   */
  Optional<Expr> alarmActions();

  /** The description of the alarm. */
  Optional<Expr> alarmDescription();

  /**
   * The name of the alarm. If you don't specify a name, CloudFormation generates a unique physical
   * ID and uses that ID for the alarm name.
   */
  Optional<Expr> alarmName();

  /**
   * The arithmetic operation to use when comparing the specified statistic and threshold. The
   * specified statistic value is used as the first operand.
   */
  Optional<Expr> comparisonOperator();

  /**
   * The number of datapoints that must be breaching to trigger the alarm. This is used only if you
   * are setting an "M out of N" alarm. In that case, this value is the M, and the value that you
   * set for `EvaluationPeriods` is the N value. For more information, see [Evaluating an
   * Alarm](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation)
   * in the *Amazon CloudWatch User Guide* .
   */
  Optional<Expr> datapointsToAlarm();

  /**
   * The dimensions for the metric associated with the alarm. For an alarm based on a math
   * expression, you can't specify `Dimensions` . Instead, you use `Metrics` .
   */
  Optional<Expr> dimensions();

  /**
   * Used only for alarms based on percentiles. If `ignore` , the alarm state does not change during
   * periods with too few data points to be statistically significant. If `evaluate` or this
   * parameter is not used, the alarm is always evaluated and possibly changes state no matter how
   * many data points are available.
   */
  Optional<Expr> evaluateLowSampleCountPercentile();

  /**
   * The evaluation criteria for an alarm. This is a union type that currently supports
   * ``PromQLCriteria``.
   */
  Optional<Expr> evaluationCriteria();

  /** The frequency, in seconds, at which the alarm is evaluated. */
  Optional<Expr> evaluationInterval();

  /**
   * The number of periods over which data is compared to the specified threshold. If you are
   * setting an alarm that requires that a number of consecutive data points be breaching to trigger
   * the alarm, this value specifies that number. If you are setting an "M out of N" alarm, this
   * value is the N, and `DatapointsToAlarm` is the M.
   */
  Optional<Expr> evaluationPeriods();

  /**
   * The evaluation window that an alarm uses to select the range of metric data that it evaluates
   * each time it runs. This is a union type. Set exactly one of its members, ``SlidingWindow`` or
   * ``WallClockWindow``. If you don't set ``EvaluationWindow``, the alarm uses a ``SlidingWindow``
   * by default. For more information, see [Alarm evaluation
   * windows](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation-window.html)
   * in the *CloudWatch User Guide*.
   */
  Optional<Expr> evaluationWindow();

  /**
   * The percentile statistic for the metric associated with the alarm. Specify a value between p0.0
   * and p100.
   */
  Optional<Expr> extendedStatistic();

  /**
   * The actions to execute when this alarm transitions to the `INSUFFICIENT_DATA` state from any
   * other state. Each action is specified as an Amazon Resource Name (ARN).
   */
  Optional<Expr> insufficientDataActions();

  /**
   * The name of the metric associated with the alarm. This is required for an alarm based on a
   * metric. For an alarm based on a math expression, you use `Metrics` instead and you can't
   * specify `MetricName` .
   */
  Optional<Expr> metricName();

  /**
   * An array that enables you to create an alarm based on the result of a metric math expression.
   * Each item in the array either retrieves a metric or performs a math expression.
   */
  Optional<Expr> metrics();

  /**
   * The namespace of the metric associated with the alarm. This is required for an alarm based on a
   * metric. For an alarm based on a math expression, you can't specify `Namespace` and you use
   * `Metrics` instead.
   */
  Optional<Expr> namespace();

  /**
   * The actions to execute when this alarm transitions to the `OK` state from any other state. Each
   * action is specified as an Amazon Resource Name (ARN).
   */
  Optional<Expr> okActions();

  /**
   * The period, in seconds, over which the statistic is applied. This is required for an alarm
   * based on a metric. Valid values are 10, 20, 30, 60, and any multiple of 60.
   */
  Optional<Expr> period();

  /**
   * The statistic for the metric associated with the alarm, other than percentile. For percentile
   * statistics, use `ExtendedStatistic` .
   */
  Optional<Expr> statistic();

  /**
   * A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags
   * with an alarm. To be able to associate tags with the alarm when you create the alarm, you must
   * have the `cloudwatch:TagResource` permission.
   */
  Optional<Expr> tags();

  /** The value to compare with the specified statistic. */
  Optional<Expr> threshold();

  /**
   * In an alarm based on an anomaly detection model, this is the ID of the `ANOMALY_DETECTION_BAND`
   * function used as the threshold for the alarm.
   */
  Optional<Expr> thresholdMetricId();

  /**
   * Sets how this alarm is to handle missing data points. Valid values are `breaching` ,
   * `notBreaching` , `ignore` , and `missing` . For more information, see [Configuring How
   * CloudWatch Alarms Treat Missing
   * Data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data)
   * in the *Amazon CloudWatch User Guide* .
   */
  Optional<Expr> treatMissingData();

  /**
   * The unit of the metric associated with the alarm. Specify this only if you are creating an
   * alarm based on a single metric. Do not specify this if you are specifying a `Metrics` array.
   */
  Optional<Expr> unit();

  /** {@code WarmUpConfiguration}. */
  Optional<Expr> warmUpConfiguration();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ActionsEnabled", actionsEnabled())
        .put("AlarmActions", alarmActions())
        .put("AlarmDescription", alarmDescription())
        .put("AlarmName", alarmName())
        .put("ComparisonOperator", comparisonOperator())
        .put("DatapointsToAlarm", datapointsToAlarm())
        .put("Dimensions", dimensions())
        .put("EvaluateLowSampleCountPercentile", evaluateLowSampleCountPercentile())
        .put("EvaluationCriteria", evaluationCriteria())
        .put("EvaluationInterval", evaluationInterval())
        .put("EvaluationPeriods", evaluationPeriods())
        .put("EvaluationWindow", evaluationWindow())
        .put("ExtendedStatistic", extendedStatistic())
        .put("InsufficientDataActions", insufficientDataActions())
        .put("MetricName", metricName())
        .put("Metrics", metrics())
        .put("Namespace", namespace())
        .put("OKActions", okActions())
        .put("Period", period())
        .put("Statistic", statistic())
        .put("Tags", tags())
        .put("Threshold", threshold())
        .put("ThresholdMetricId", thresholdMetricId())
        .put("TreatMissingData", treatMissingData())
        .put("Unit", unit())
        .put("WarmUpConfiguration", warmUpConfiguration())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The ARN of the CloudWatch alarm, such as
   * `arn:aws:cloudwatch:us-west-2:123456789012:alarm:myCloudWatchAlarm-CPUAlarm-UXMMZK36R55Z` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Alarm}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAlarm.Builder {

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

    public Builder datapointsToAlarm(long value) {
      datapointsToAlarm(Expr.of(value));
      return this;
    }

    public Builder dimensions(List<? extends Expr> values) {
      dimensions(Expr.list(values));
      return this;
    }

    public Builder evaluateLowSampleCountPercentile(String value) {
      evaluateLowSampleCountPercentile(Expr.of(value));
      return this;
    }

    public Builder evaluationInterval(long value) {
      evaluationInterval(Expr.of(value));
      return this;
    }

    public Builder evaluationPeriods(long value) {
      evaluationPeriods(Expr.of(value));
      return this;
    }

    public Builder extendedStatistic(String value) {
      extendedStatistic(Expr.of(value));
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

    public Builder metricName(String value) {
      metricName(Expr.of(value));
      return this;
    }

    public Builder metrics(List<? extends Expr> values) {
      metrics(Expr.list(values));
      return this;
    }

    public Builder namespace(String value) {
      namespace(Expr.of(value));
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

    public Builder period(long value) {
      period(Expr.of(value));
      return this;
    }

    public Builder statistic(String value) {
      statistic(Expr.of(value));
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

    public Builder thresholdMetricId(String value) {
      thresholdMetricId(Expr.of(value));
      return this;
    }

    public Builder treatMissingData(String value) {
      treatMissingData(Expr.of(value));
      return this;
    }

    public Builder unit(String value) {
      unit(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::CloudWatch::Alarm.AlarmPromQLCriteria}: Contains the configuration that determines
   * how a PromQL alarm evaluates its contributors, including the query to run and the durations
   * that define when contributors transition between states.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-alarmpromqlcriteria.html">AWS::CloudWatch::Alarm.AlarmPromQLCriteria</a>
   */
  @Value.Immutable
  interface AlarmPromQLCriteria extends PropertyValue {

    /**
     * The duration, in seconds, that a contributor must be continuously breaching before it
     * transitions to the ``ALARM`` state.
     */
    Optional<Expr> pendingPeriod();

    /**
     * The PromQL query that the alarm evaluates. The query must return a result of vector type.
     * Each entry in the vector result represents an alarm contributor.
     */
    Optional<Expr> query();

    /**
     * The duration, in seconds, that a contributor must continuously not be breaching before it
     * transitions back to the ``OK`` state.
     */
    Optional<Expr> recoveryPeriod();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PendingPeriod", pendingPeriod())
          .put("Query", query())
          .put("RecoveryPeriod", recoveryPeriod())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AlarmPromQLCriteria}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableAlarm.AlarmPromQLCriteria.Builder {

      public Builder pendingPeriod(long value) {
        pendingPeriod(Expr.of(value));
        return this;
      }

      public Builder query(String value) {
        query(Expr.of(value));
        return this;
      }

      public Builder recoveryPeriod(long value) {
        recoveryPeriod(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::Alarm.Dimension}: Dimension is an embedded property of the
   * `AWS::CloudWatch::Alarm` type. Dimensions are name/value pairs that can be associated with a
   * CloudWatch metric. You can specify a maximum of 30 dimensions for a given metric.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-dimension.html">AWS::CloudWatch::Alarm.Dimension</a>
   */
  @Value.Immutable
  interface Dimension extends PropertyValue {

    /**
     * Required. The name of the dimension, from 1–255 characters in length. This dimension name
     * must have been included when the metric was published.
     */
    Expr name();

    /** Required. The value for the dimension, from 1–255 characters in length. */
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

    /** Builds a {@link Dimension}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarm.Dimension.Builder {

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
   * {@code AWS::CloudWatch::Alarm.EvaluationCriteria}: The evaluation criteria for an alarm. This
   * is a union type that currently supports ``PromQLCriteria``.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-evaluationcriteria.html">AWS::CloudWatch::Alarm.EvaluationCriteria</a>
   */
  @Value.Immutable
  interface EvaluationCriteria extends PropertyValue {

    /**
     * Contains the configuration that determines how a PromQL alarm evaluates its contributors,
     * including the query to run and the durations that define when contributors transition between
     * states.
     */
    Optional<Expr> promQLCriteria();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PromQLCriteria", promQLCriteria())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EvaluationCriteria}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarm.EvaluationCriteria.Builder {
    }
  }

  /**
   * {@code AWS::CloudWatch::Alarm.EvaluationWindow}: The evaluation window that an alarm uses to
   * select the range of metric data that it evaluates each time it runs. This is a union type. Set
   * exactly one of its members, ``SlidingWindow`` or ``WallClockWindow``. If you don't set
   * ``EvaluationWindow``, the alarm uses a ``SlidingWindow`` by default. For more information, see
   * [Alarm evaluation
   * windows](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation-window.html)
   * in the *CloudWatch User Guide*.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-evaluationwindow.html">AWS::CloudWatch::Alarm.EvaluationWindow</a>
   */
  @Value.Immutable
  interface EvaluationWindow extends PropertyValue {

    /**
     * A sliding window, which advances each time the alarm is evaluated, forming a rolling time
     * window. This is the default evaluation window.
     */
    Optional<Expr> slidingWindow();

    /**
     * An evaluation window that aligns the evaluated range to fixed clock boundaries that match the
     * alarm's period, such as the top of the hour, midnight, or the start of the calendar week,
     * optionally in a specific time zone. When you use a wall clock window, the alarm's period must
     * be 1 minute (60 seconds), 5 minutes (300 seconds), 1 hour (3,600 seconds), 1 day (86,400
     * seconds), or 1 week (604,800 seconds). Other period values aren't supported with a wall clock
     * window. Choose a wall clock window when your monitoring is tied to a business or calendar
     * period, such as daily reports, batch jobs, or backups, or when you want alarm evaluations to
     * match the periods shown on a metric dashboard.
     */
    Optional<Expr> wallClockWindow();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SlidingWindow", slidingWindow())
          .put("WallClockWindow", wallClockWindow())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EvaluationWindow}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarm.EvaluationWindow.Builder {

      public Builder slidingWindow(JsonNode value) {
        slidingWindow(Expr.json(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::Alarm.Metric}: The `Metric` property type represents a specific metric.
   * `Metric` is a property of the
   * [MetricStat](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudwatch-alarm-metricstat.html)
   * property type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-metric.html">AWS::CloudWatch::Alarm.Metric</a>
   */
  @Value.Immutable
  interface Metric extends PropertyValue {

    /** The metric dimensions that you want to be used for the metric that the alarm will watch. */
    Optional<Expr> dimensions();

    /** The name of the metric that you want the alarm to watch. This is a required field. */
    Optional<Expr> metricName();

    /** The namespace of the metric that the alarm will watch. */
    Optional<Expr> namespace();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Dimensions", dimensions())
          .put("MetricName", metricName())
          .put("Namespace", namespace())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Metric}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarm.Metric.Builder {

      public Builder dimensions(List<? extends Expr> values) {
        dimensions(Expr.list(values));
        return this;
      }

      public Builder metricName(String value) {
        metricName(Expr.of(value));
        return this;
      }

      public Builder namespace(String value) {
        namespace(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::Alarm.MetricDataQuery}: The `MetricDataQuery` property type specifies
   * the metric data to return, and whether this call is just retrieving a batch set of data for one
   * metric, or is performing a math expression on metric data.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-metricdataquery.html">AWS::CloudWatch::Alarm.MetricDataQuery</a>
   */
  @Value.Immutable
  interface MetricDataQuery extends PropertyValue {

    /** The ID of the account where the metrics are located, if this is a cross-account alarm. */
    Optional<Expr> accountId();

    /**
     * The math expression to be performed on the returned data, if this object is performing a math
     * expression. This expression can use the `Id` of the other metrics to refer to those metrics,
     * and can also use the `Id` of other expressions to use the result of those expressions. For
     * more information about metric math expressions, see [Metric Math Syntax and
     * Functions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax)
     * in the *Amazon CloudWatch User Guide* .
     */
    Optional<Expr> expression();

    /**
     * Required. A short name used to tie this object to the results in the response. This name must
     * be unique within a single call to `GetMetricData` . If you are performing math expressions on
     * this set of data, this name represents that data and can serve as a variable in the
     * mathematical expression. The valid characters are letters, numbers, and underscore. The first
     * character must be a lowercase letter.
     */
    Expr id();

    /**
     * A human-readable label for this metric or expression. This is especially useful if this is an
     * expression, so that you know what the value represents. If the metric or expression is shown
     * in a CloudWatch dashboard widget, the label is shown. If `Label` is omitted, CloudWatch
     * generates a default.
     */
    Optional<Expr> label();

    /**
     * The metric to be returned, along with statistics, period, and units. Use this parameter only
     * if this object is retrieving a metric and not performing a math expression on returned data.
     */
    Optional<Expr> metricStat();

    /**
     * The granularity, in seconds, of the returned data points. For metrics with regular
     * resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60.
     * For high-resolution metrics that are collected at intervals of less than one minute, the
     * period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those
     * metrics stored by a `PutMetricData` operation that includes a `StorageResolution of 1 second`
     * .
     */
    Optional<Expr> period();

    /**
     * This option indicates whether to return the timestamps and raw data values of this metric.
     */
    Optional<Expr> returnData();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccountId", accountId())
          .put("Expression", expression())
          .put("Id", id())
          .put("Label", label())
          .put("MetricStat", metricStat())
          .put("Period", period())
          .put("ReturnData", returnData())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MetricDataQuery}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarm.MetricDataQuery.Builder {

      public Builder accountId(String value) {
        accountId(Expr.of(value));
        return this;
      }

      public Builder expression(String value) {
        expression(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder label(String value) {
        label(Expr.of(value));
        return this;
      }

      public Builder period(long value) {
        period(Expr.of(value));
        return this;
      }

      public Builder returnData(boolean value) {
        returnData(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::Alarm.MetricStat}: This structure defines the metric to be returned,
   * along with the statistics, period, and units.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-metricstat.html">AWS::CloudWatch::Alarm.MetricStat</a>
   */
  @Value.Immutable
  interface MetricStat extends PropertyValue {

    /** Required. The metric to return, including the metric name, namespace, and dimensions. */
    Expr metric();

    /**
     * Required. The granularity, in seconds, of the returned data points. For metrics with regular
     * resolution, a period can be as short as one minute (60 seconds) and must be a multiple of 60.
     * For high-resolution metrics that are collected at intervals of less than one minute, the
     * period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those
     * metrics stored by a `PutMetricData` call that includes a `StorageResolution` of 1 second.
     */
    Expr period();

    /**
     * Required. The statistic to return. It can include any CloudWatch statistic or extended
     * statistic. For a list of valid values, see the table in
     * [Statistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Statistic)
     * in the *Amazon CloudWatch User Guide* .
     */
    Expr stat();

    /** The unit to use for the returned data points. */
    Optional<Expr> unit();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Metric", metric())
          .put("Period", period())
          .put("Stat", stat())
          .put("Unit", unit())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MetricStat}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarm.MetricStat.Builder {

      public Builder period(long value) {
        period(Expr.of(value));
        return this;
      }

      public Builder stat(String value) {
        stat(Expr.of(value));
        return this;
      }

      public Builder unit(String value) {
        unit(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::Alarm.WallClockWindow}: An evaluation window that aligns the evaluated
   * range to fixed clock boundaries that match the alarm's period, such as the top of the hour,
   * midnight, or the start of the calendar week, optionally in a specific time zone. When you use a
   * wall clock window, the alarm's period must be 1 minute (60 seconds), 5 minutes (300 seconds), 1
   * hour (3,600 seconds), 1 day (86,400 seconds), or 1 week (604,800 seconds). Other period values
   * aren't supported with a wall clock window. Choose a wall clock window when your monitoring is
   * tied to a business or calendar period, such as daily reports, batch jobs, or backups, or when
   * you want alarm evaluations to match the periods shown on a metric dashboard.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-wallclockwindow.html">AWS::CloudWatch::Alarm.WallClockWindow</a>
   */
  @Value.Immutable
  interface WallClockWindow extends PropertyValue {

    /**
     * The time zone to use when the alarm aligns the evaluation window to clock boundaries. You can
     * specify an IANA time zone name (for example, ``America/New_York``), a fixed UTC offset (for
     * example, ``+05:30``), or an offset-prefixed identifier (for example, ``UTC+05:30``). The
     * offset must be aligned to a multiple of 5 minutes. If you don't specify a time zone,
     * CloudWatch uses ``UTC``. The time zone affects window alignment for all periods, including
     * periods of one hour or shorter.
     */
    Optional<Expr> timezone();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Timezone", timezone())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link WallClockWindow}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarm.WallClockWindow.Builder {

      public Builder timezone(String value) {
        timezone(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::Alarm.WarmUpConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarm-warmupconfiguration.html">AWS::CloudWatch::Alarm.WarmUpConfiguration</a>
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
     * values range from 1 to 2880 minutes (2 days). You can change this value while the alarm is
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
    final class Builder extends ImmutableAlarm.WarmUpConfiguration.Builder {

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
