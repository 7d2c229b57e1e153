// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

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
 * {@code AWS::Logs::MetricFilter}: The `AWS::Logs::MetricFilter` resource specifies a metric filter
 * that describes how CloudWatch Logs extracts information from logs and transforms it into Amazon
 * CloudWatch metrics. If you have multiple metric filters that are associated with a log group, all
 * the filters are applied to the log streams in that group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-metricfilter.html">AWS::Logs::MetricFilter</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MetricFilter extends Resource {

  String TYPE = "AWS::Logs::MetricFilter";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * This parameter is valid only for log groups that have an active log transformer. For more
   * information about log transformers, see
   * [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html)
   * .
   */
  Optional<Expr> applyOnTransformedLogs();

  /**
   * The list of system fields that are emitted as additional dimensions in the generated metrics.
   * Returns the `emitSystemFieldDimensions` value if it was specified when the metric filter was
   * created.
   */
  Optional<Expr> emitSystemFieldDimensions();

  /**
   * The filter expression that specifies which log events are processed by this metric filter based
   * on system fields. Returns the `fieldSelectionCriteria` value if it was specified when the
   * metric filter was created.
   */
  Optional<Expr> fieldSelectionCriteria();

  /** The name of the metric filter. */
  Optional<Expr> filterName();

  /**
   * Required. A filter pattern for extracting metric data out of ingested log events. For more
   * information, see [Filter and Pattern
   * Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html) .
   */
  Expr filterPattern();

  /**
   * Required. The name of an existing log group that you want to associate with this metric filter.
   */
  Expr logGroupName();

  /** Required. The metric transformations. */
  Expr metricTransformations();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ApplyOnTransformedLogs", applyOnTransformedLogs())
        .put("EmitSystemFieldDimensions", emitSystemFieldDimensions())
        .put("FieldSelectionCriteria", fieldSelectionCriteria())
        .put("FilterName", filterName())
        .put("FilterPattern", filterPattern())
        .put("LogGroupName", logGroupName())
        .put("MetricTransformations", metricTransformations())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MetricFilter}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableMetricFilter.Builder {

    public Builder applyOnTransformedLogs(boolean value) {
      applyOnTransformedLogs(Expr.of(value));
      return this;
    }

    public Builder emitSystemFieldDimensions(List<? extends Expr> values) {
      emitSystemFieldDimensions(Expr.list(values));
      return this;
    }

    public Builder emitSystemFieldDimensions(String... values) {
      emitSystemFieldDimensions(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder fieldSelectionCriteria(String value) {
      fieldSelectionCriteria(Expr.of(value));
      return this;
    }

    public Builder filterName(String value) {
      filterName(Expr.of(value));
      return this;
    }

    public Builder filterPattern(String value) {
      filterPattern(Expr.of(value));
      return this;
    }

    public Builder logGroupName(String value) {
      logGroupName(Expr.of(value));
      return this;
    }

    public Builder metricTransformations(List<? extends Expr> values) {
      metricTransformations(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Logs::MetricFilter.Dimension}: Specifies the CloudWatch metric dimensions to
   * publish with this metric.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-metricfilter-dimension.html">AWS::Logs::MetricFilter.Dimension</a>
   */
  @Value.Immutable
  interface Dimension extends PropertyValue {

    /** Required. The name for the CloudWatch metric dimension that the metric filter creates. */
    Expr key();

    /**
     * Required. The log event field that will contain the value for this dimension. This dimension
     * will only be published for a metric if the value is found in the log event. For example,
     * `$.eventType` for JSON log events, or `$server` for space-delimited log events.
     */
    Expr value();

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

    /** Builds a {@link Dimension}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMetricFilter.Dimension.Builder {

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
   * {@code AWS::Logs::MetricFilter.MetricTransformation}: `MetricTransformation` is a property of
   * the `AWS::Logs::MetricFilter` resource that describes how to transform log streams into a
   * CloudWatch metric.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-metricfilter-metrictransformation.html">AWS::Logs::MetricFilter.MetricTransformation</a>
   */
  @Value.Immutable
  interface MetricTransformation extends PropertyValue {

    /** Values CloudFormation accepts for {@code Unit}. */
    String UNIT_SECONDS = "Seconds";
    String UNIT_MICROSECONDS = "Microseconds";
    String UNIT_MILLISECONDS = "Milliseconds";
    String UNIT_BYTES = "Bytes";
    String UNIT_KILOBYTES = "Kilobytes";
    String UNIT_MEGABYTES = "Megabytes";
    String UNIT_GIGABYTES = "Gigabytes";
    String UNIT_TERABYTES = "Terabytes";
    String UNIT_BITS = "Bits";
    String UNIT_KILOBITS = "Kilobits";
    String UNIT_MEGABITS = "Megabits";
    String UNIT_GIGABITS = "Gigabits";
    String UNIT_TERABITS = "Terabits";
    String UNIT_PERCENT = "Percent";
    String UNIT_COUNT = "Count";
    String UNIT_BYTES_SECOND = "Bytes/Second";
    String UNIT_KILOBYTES_SECOND = "Kilobytes/Second";
    String UNIT_MEGABYTES_SECOND = "Megabytes/Second";
    String UNIT_GIGABYTES_SECOND = "Gigabytes/Second";
    String UNIT_TERABYTES_SECOND = "Terabytes/Second";
    String UNIT_BITS_SECOND = "Bits/Second";
    String UNIT_KILOBITS_SECOND = "Kilobits/Second";
    String UNIT_MEGABITS_SECOND = "Megabits/Second";
    String UNIT_GIGABITS_SECOND = "Gigabits/Second";
    String UNIT_TERABITS_SECOND = "Terabits/Second";
    String UNIT_COUNT_SECOND = "Count/Second";
    String UNIT_NONE = "None";

    /**
     * (Optional) The value to emit when a filter pattern does not match a log event. This value can
     * be null.
     */
    Optional<Expr> defaultValue();

    /**
     * The fields to use as dimensions for the metric. One metric filter can include as many as
     * three dimensions.
     */
    Optional<Expr> dimensions();

    /** Required. The name of the CloudWatch metric. */
    Expr metricName();

    /**
     * Required. A custom namespace to contain your metric in CloudWatch. Use namespaces to group
     * together metrics that are similar. For more information, see
     * [Namespaces](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace)
     * .
     */
    Expr metricNamespace();

    /**
     * Required. The value that is published to the CloudWatch metric. For example, if you're
     * counting the occurrences of a particular term like `Error` , specify 1 for the metric value.
     * If you're counting the number of bytes transferred, reference the value that is in the log
     * event by using $. followed by the name of the field that you specified in the filter pattern,
     * such as `$.size` .
     */
    Expr metricValue();

    /** The unit to assign to the metric. If you omit this, the unit is set as `None` . */
    Optional<Expr> unit();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DefaultValue", defaultValue())
          .put("Dimensions", dimensions())
          .put("MetricName", metricName())
          .put("MetricNamespace", metricNamespace())
          .put("MetricValue", metricValue())
          .put("Unit", unit())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetricTransformation}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableMetricFilter.MetricTransformation.Builder {

      public Builder defaultValue(long value) {
        defaultValue(Expr.of(value));
        return this;
      }

      public Builder defaultValue(double value) {
        defaultValue(Expr.of(value));
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

      public Builder metricNamespace(String value) {
        metricNamespace(Expr.of(value));
        return this;
      }

      public Builder metricValue(String value) {
        metricValue(Expr.of(value));
        return this;
      }

      public Builder unit(String value) {
        unit(Expr.of(value));
        return this;
      }
    }
  }
}
