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
 * {@code AWS::CloudWatch::AnomalyDetector}: The `AWS::CloudWatch::AnomalyDetector` type specifies
 * an anomaly detection band for a certain metric and statistic. The band represents the expected
 * "normal" range for the metric values. Anomaly detection bands can be used for visualization of a
 * metric's expected values, and for alarms.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-anomalydetector.html">AWS::CloudWatch::AnomalyDetector</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AnomalyDetector extends Resource {

  String TYPE = "AWS::CloudWatch::AnomalyDetector";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Specifies details about how the anomaly detection model is to be trained, including time ranges
   * to exclude when training and updating the model. The configuration can also include the time
   * zone to use for the metric.
   */
  Optional<Expr> configuration();

  /** The dimensions of the metric associated with the anomaly detection band. */
  Optional<Expr> dimensions();

  /**
   * Use this object to include parameters to provide information about your metric to CloudWatch to
   * help it build more accurate anomaly detection models. Currently, it includes the
   * `PeriodicSpikes` parameter.
   */
  Optional<Expr> metricCharacteristics();

  /** The CloudWatch metric math expression for this anomaly detector. */
  Optional<Expr> metricMathAnomalyDetector();

  /** The name of the metric associated with the anomaly detection band. */
  Optional<Expr> metricName();

  /** The namespace of the metric associated with the anomaly detection band. */
  Optional<Expr> namespace();

  /** The CloudWatch metric and statistic for this anomaly detector. */
  Optional<Expr> singleMetricAnomalyDetector();

  /** The statistic of the metric associated with the anomaly detection band. */
  Optional<Expr> stat();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Configuration", configuration())
        .put("Dimensions", dimensions())
        .put("MetricCharacteristics", metricCharacteristics())
        .put("MetricMathAnomalyDetector", metricMathAnomalyDetector())
        .put("MetricName", metricName())
        .put("Namespace", namespace())
        .put("SingleMetricAnomalyDetector", singleMetricAnomalyDetector())
        .put("Stat", stat())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AnomalyDetector}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAnomalyDetector.Builder {

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

    public Builder stat(String value) {
      stat(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::CloudWatch::AnomalyDetector.Configuration}: Specifies details about how the anomaly
   * detection model is to be trained, including time ranges to exclude when training and updating
   * the model. The configuration can also include the time zone to use for the metric.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-configuration.html">AWS::CloudWatch::AnomalyDetector.Configuration</a>
   */
  @Value.Immutable
  interface Configuration extends PropertyValue {

    /**
     * Specifies an array of time ranges to exclude from use when the anomaly detection model is
     * trained and updated. Use this to make sure that events that could cause unusual values for
     * the metric, such as deployments, aren't used when CloudWatch creates or updates the model.
     */
    Optional<Expr> excludedTimeRanges();

    /**
     * The time zone to use for the metric. This is useful to enable the model to automatically
     * account for daylight savings time changes if the metric is sensitive to such time changes.
     */
    Optional<Expr> metricTimeZone();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExcludedTimeRanges", excludedTimeRanges())
          .put("MetricTimeZone", metricTimeZone())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Configuration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAnomalyDetector.Configuration.Builder {

      public Builder excludedTimeRanges(List<? extends Expr> values) {
        excludedTimeRanges(Expr.list(values));
        return this;
      }

      public Builder metricTimeZone(String value) {
        metricTimeZone(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::AnomalyDetector.Dimension}: A dimension is a name/value pair that is
   * part of the identity of a metric. Because dimensions are part of the unique identifier for a
   * metric, whenever you add a unique name/value pair to one of your metrics, you are creating a
   * new variation of that metric. For example, many Amazon EC2 metrics publish `InstanceId` as a
   * dimension name, and the actual instance ID as the value for that dimension.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-dimension.html">AWS::CloudWatch::AnomalyDetector.Dimension</a>
   */
  @Value.Immutable
  interface Dimension extends PropertyValue {

    /** Required. The name of the dimension. */
    Expr name();

    /**
     * Required. The value of the dimension. Dimension values must contain only ASCII characters and
     * must include at least one non-whitespace character. ASCII control characters are not
     * supported as part of dimension values.
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

    /** Builds a {@link Dimension}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAnomalyDetector.Dimension.Builder {

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
   * {@code AWS::CloudWatch::AnomalyDetector.Metric}: Represents a specific metric.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-metric.html">AWS::CloudWatch::AnomalyDetector.Metric</a>
   */
  @Value.Immutable
  interface Metric extends PropertyValue {

    /** The dimensions for the metric. */
    Optional<Expr> dimensions();

    /** Required. The name of the metric. This is a required field. */
    Expr metricName();

    /** Required. The namespace of the metric. */
    Expr namespace();

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
    final class Builder extends ImmutableAnomalyDetector.Metric.Builder {

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
   * {@code AWS::CloudWatch::AnomalyDetector.MetricCharacteristics}: This object includes parameters
   * that you can use to provide information to CloudWatch to help it build more accurate anomaly
   * detection models.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-metriccharacteristics.html">AWS::CloudWatch::AnomalyDetector.MetricCharacteristics</a>
   */
  @Value.Immutable
  interface MetricCharacteristics extends PropertyValue {

    /**
     * Set this parameter to true if values for this metric consistently include spikes that should
     * not be considered to be anomalies. With this set to true, CloudWatch will expect to see
     * spikes that occurred consistently during the model training period, and won't flag future
     * similar spikes as anomalies.
     */
    Optional<Expr> periodicSpikes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PeriodicSpikes", periodicSpikes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetricCharacteristics}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableAnomalyDetector.MetricCharacteristics.Builder {

      public Builder periodicSpikes(boolean value) {
        periodicSpikes(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::AnomalyDetector.MetricDataQuery}: This structure is used in both
   * `GetMetricData` and `PutMetricAlarm` . The supported use of this structure is different for
   * those two operations.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-metricdataquery.html">AWS::CloudWatch::AnomalyDetector.MetricDataQuery</a>
   */
  @Value.Immutable
  interface MetricDataQuery extends PropertyValue {

    /** The ID of the account where the metrics are located. */
    Optional<Expr> accountId();

    /**
     * This field can contain either a Metrics Insights query, or a metric math expression to be
     * performed on the returned data. For more information about Metrics Insights queries, see
     * [Metrics Insights query components and
     * syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage)
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
     * in a CloudWatch dashboard widget, the label is shown. If Label is omitted, CloudWatch
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
     * When used in `GetMetricData` , this option indicates whether to return the timestamps and raw
     * data values of this metric. If you are performing this call just to do math expressions and
     * do not also need the raw data returned, you can specify `false` . If you omit this, the
     * default of `true` is used.
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
    final class Builder extends ImmutableAnomalyDetector.MetricDataQuery.Builder {

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
   * {@code AWS::CloudWatch::AnomalyDetector.MetricMathAnomalyDetector}: Indicates the CloudWatch
   * math expression that provides the time series the anomaly detector uses as input. The
   * designated math expression must return a single time series.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-metricmathanomalydetector.html">AWS::CloudWatch::AnomalyDetector.MetricMathAnomalyDetector</a>
   */
  @Value.Immutable
  interface MetricMathAnomalyDetector extends PropertyValue {

    /**
     * An array of metric data query structures that enables you to create an anomaly detector based
     * on the result of a metric math expression. Each item in `MetricDataQueries` gets a metric or
     * performs a math expression. One item in `MetricDataQueries` is the expression that provides
     * the time series that the anomaly detector uses as input. Designate the expression by setting
     * `ReturnData` to `true` for this object in the array. For all other expressions and metrics,
     * set `ReturnData` to `false` . The designated expression must return a single time series.
     */
    Optional<Expr> metricDataQueries();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MetricDataQueries", metricDataQueries())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetricMathAnomalyDetector}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableAnomalyDetector.MetricMathAnomalyDetector.Builder {

      public Builder metricDataQueries(List<? extends Expr> values) {
        metricDataQueries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::AnomalyDetector.MetricStat}: This structure defines the metric to be
   * returned, along with the statistics, period, and units.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-metricstat.html">AWS::CloudWatch::AnomalyDetector.MetricStat</a>
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
     * statistic.
     */
    Expr stat();

    /**
     * When you are using a `Put` operation, this defines what unit you want to use when storing the
     * metric.
     */
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
    final class Builder extends ImmutableAnomalyDetector.MetricStat.Builder {

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
   * {@code AWS::CloudWatch::AnomalyDetector.Range}: Each `Range` specifies one range of days or
   * times to exclude from use for training or updating an anomaly detection model.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-range.html">AWS::CloudWatch::AnomalyDetector.Range</a>
   */
  @Value.Immutable
  interface Range extends PropertyValue {

    /**
     * Required. The end time of the range to exclude. The format is `yyyy-MM-dd'T'HH:mm:ss` . For
     * example, `2019-07-01T23:59:59` .
     */
    Expr endTime();

    /**
     * Required. The start time of the range to exclude. The format is `yyyy-MM-dd'T'HH:mm:ss` . For
     * example, `2019-07-01T23:59:59` .
     */
    Expr startTime();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EndTime", endTime())
          .put("StartTime", startTime())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Range}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAnomalyDetector.Range.Builder {

      public Builder endTime(String value) {
        endTime(Expr.of(value));
        return this;
      }

      public Builder startTime(String value) {
        startTime(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::AnomalyDetector.SingleMetricAnomalyDetector}: Designates the CloudWatch
   * metric and statistic that provides the time series the anomaly detector uses as input. If you
   * have enabled unified cross-account observability, and this account is a monitoring account, the
   * metric can be in the same account or a source account.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-anomalydetector-singlemetricanomalydetector.html">AWS::CloudWatch::AnomalyDetector.SingleMetricAnomalyDetector</a>
   */
  @Value.Immutable
  interface SingleMetricAnomalyDetector extends PropertyValue {

    /**
     * If the CloudWatch metric that provides the time series that the anomaly detector uses as
     * input is in another account, specify that account ID here. If you omit this parameter, the
     * current account is used.
     */
    Optional<Expr> accountId();

    /** The metric dimensions to create the anomaly detection model for. */
    Optional<Expr> dimensions();

    /** The name of the metric to create the anomaly detection model for. */
    Optional<Expr> metricName();

    /** The namespace of the metric to create the anomaly detection model for. */
    Optional<Expr> namespace();

    /** The statistic to use for the metric and anomaly detection model. */
    Optional<Expr> stat();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccountId", accountId())
          .put("Dimensions", dimensions())
          .put("MetricName", metricName())
          .put("Namespace", namespace())
          .put("Stat", stat())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SingleMetricAnomalyDetector}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableAnomalyDetector.SingleMetricAnomalyDetector.Builder {

      public Builder accountId(String value) {
        accountId(Expr.of(value));
        return this;
      }

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

      public Builder stat(String value) {
        stat(Expr.of(value));
        return this;
      }
    }
  }
}
