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
 * {@code AWS::CloudWatch::MetricStream}: Creates or updates a metric stream. Metrics streams can
 * automatically stream CloudWatch metrics to AWS destinations including Amazon S3 and to many
 * third-party solutions. For more information, see [Metric
 * streams](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Metric-Streams.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-metricstream.html">AWS::CloudWatch::MetricStream</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MetricStream extends Resource {

  String TYPE = "AWS::CloudWatch::MetricStream";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * If you specify this parameter, the stream sends metrics from all metric namespaces except for
   * the namespaces that you specify here. You cannot specify both `IncludeFilters` and
   * `ExcludeFilters` in the same metric stream.
   */
  Optional<Expr> excludeFilters();

  /**
   * Required. The ARN of the Amazon Kinesis Firehose delivery stream to use for this metric stream.
   * This Amazon Kinesis Firehose delivery stream must already exist and must be in the same account
   * as the metric stream.
   */
  Expr firehoseArn();

  /**
   * If you specify this parameter, the stream sends only the metrics from the metric namespaces
   * that you specify here. You cannot specify both `IncludeFilters` and `ExcludeFilters` in the
   * same metric stream.
   */
  Optional<Expr> includeFilters();

  /**
   * If you are creating a metric stream in a monitoring account, specify `true` to include metrics
   * from source accounts that are linked to this monitoring account, in the metric stream. The
   * default is `false` .
   */
  Optional<Expr> includeLinkedAccountsMetrics();

  /**
   * If you are creating a new metric stream, this is the name for the new stream. The name must be
   * different than the names of other metric streams in this account and Region.
   */
  Optional<Expr> name();

  /**
   * Required. The output format for the stream. Valid values are `json` , `opentelemetry1.0` and
   * `opentelemetry0.7` For more information about metric stream output formats, see [Metric streams
   * output
   * formats](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-metric-streams-formats.html)
   * .
   */
  Expr outputFormat();

  /**
   * Required. The ARN of an IAM role that this metric stream will use to access Amazon Kinesis
   * Firehose resources. This IAM role must already exist and must be in the same account as the
   * metric stream. This IAM role must include the `firehose:PutRecord` and
   * `firehose:PutRecordBatch` permissions.
   */
  Expr roleArn();

  /**
   * By default, a metric stream always sends the MAX, MIN, SUM, and SAMPLECOUNT statistics for each
   * metric that is streamed. You can use this parameter to have the metric stream also send
   * additional statistics in the stream. This array can have up to 100 members.
   */
  Optional<Expr> statisticsConfigurations();

  /** An array of key-value pairs to apply to the metric stream. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ExcludeFilters", excludeFilters())
        .put("FirehoseArn", firehoseArn())
        .put("IncludeFilters", includeFilters())
        .put("IncludeLinkedAccountsMetrics", includeLinkedAccountsMetrics())
        .put("Name", name())
        .put("OutputFormat", outputFormat())
        .put("RoleArn", roleArn())
        .put("StatisticsConfigurations", statisticsConfigurations())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the metric stream. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code CreationDate} attribute: The date that the metric stream was originally created. */
  default GetAtt attrCreationDate() {
    return getAtt("CreationDate");
  }

  /**
   * The {@code LastUpdateDate} attribute: The date that the metric stream was most recently
   * updated.
   */
  default GetAtt attrLastUpdateDate() {
    return getAtt("LastUpdateDate");
  }

  /**
   * The {@code State} attribute: The state of the metric stream, either `running` or `stopped` .
   */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MetricStream}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableMetricStream.Builder {

    public Builder excludeFilters(List<? extends Expr> values) {
      excludeFilters(Expr.list(values));
      return this;
    }

    public Builder firehoseArn(String value) {
      firehoseArn(Expr.of(value));
      return this;
    }

    public Builder includeFilters(List<? extends Expr> values) {
      includeFilters(Expr.list(values));
      return this;
    }

    public Builder includeLinkedAccountsMetrics(boolean value) {
      includeLinkedAccountsMetrics(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder outputFormat(String value) {
      outputFormat(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }

    public Builder statisticsConfigurations(List<? extends Expr> values) {
      statisticsConfigurations(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CloudWatch::MetricStream.MetricStreamFilter}: This structure contains a metric
   * namespace and optionally, a list of metric names, to either include in a metric ' stream or
   * exclude from a metric stream.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-metricstream-metricstreamfilter.html">AWS::CloudWatch::MetricStream.MetricStreamFilter</a>
   */
  @Value.Immutable
  interface MetricStreamFilter extends PropertyValue {

    /** The names of the metrics to either include or exclude from the metric stream. */
    Optional<Expr> metricNames();

    /** Required. The name of the metric namespace in the filter. */
    Expr namespace();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MetricNames", metricNames())
          .put("Namespace", namespace())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MetricStreamFilter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMetricStream.MetricStreamFilter.Builder {

      public Builder metricNames(List<? extends Expr> values) {
        metricNames(Expr.list(values));
        return this;
      }

      public Builder metricNames(String... values) {
        metricNames(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder namespace(String value) {
        namespace(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::MetricStream.MetricStreamStatisticsConfiguration}: This structure
   * specifies a list of additional statistics to stream, and the metrics to stream those additional
   * statistics for.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-metricstream-metricstreamstatisticsconfiguration.html">AWS::CloudWatch::MetricStream.MetricStreamStatisticsConfiguration</a>
   */
  @Value.Immutable
  interface MetricStreamStatisticsConfiguration extends PropertyValue {

    /**
     * Required. The additional statistics to stream for the metrics listed in `IncludeMetrics` .
     */
    Expr additionalStatistics();

    /**
     * Required. An array that defines the metrics that are to have additional statistics streamed.
     */
    Expr includeMetrics();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdditionalStatistics", additionalStatistics())
          .put("IncludeMetrics", includeMetrics())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetricStreamStatisticsConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableMetricStream.MetricStreamStatisticsConfiguration.Builder {

      public Builder additionalStatistics(List<? extends Expr> values) {
        additionalStatistics(Expr.list(values));
        return this;
      }

      public Builder additionalStatistics(String... values) {
        additionalStatistics(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder includeMetrics(List<? extends Expr> values) {
        includeMetrics(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::MetricStream.MetricStreamStatisticsMetric}: A structure that specifies
   * the metric name and namespace for one metric that is going to have additional statistics
   * included in the stream.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-metricstream-metricstreamstatisticsmetric.html">AWS::CloudWatch::MetricStream.MetricStreamStatisticsMetric</a>
   */
  @Value.Immutable
  interface MetricStreamStatisticsMetric extends PropertyValue {

    /** Required. The name of the metric. */
    Expr metricName();

    /** Required. The namespace of the metric. */
    Expr namespace();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MetricName", metricName())
          .put("Namespace", namespace())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetricStreamStatisticsMetric}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableMetricStream.MetricStreamStatisticsMetric.Builder {

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
}
