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
 * {@code AWS::ApplicationAutoScaling::ScalingPolicy}: The
 * `AWS::ApplicationAutoScaling::ScalingPolicy` resource defines a scaling policy that Application
 * Auto Scaling uses to adjust the capacity of a scalable target.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-applicationautoscaling-scalingpolicy.html">AWS::ApplicationAutoScaling::ScalingPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ScalingPolicy extends Resource {

  String TYPE = "AWS::ApplicationAutoScaling::ScalingPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the scaling policy. */
  Expr policyName();

  /** Required. The scaling policy type. */
  Expr policyType();

  /** The predictive scaling policy configuration. */
  Optional<Expr> predictiveScalingPolicyConfiguration();

  /**
   * The identifier of the resource associated with the scaling policy. This string consists of the
   * resource type and unique identifier.
   */
  Optional<Expr> resourceId();

  /**
   * The scalable dimension. This string consists of the service namespace, resource type, and
   * scaling property.
   */
  Optional<Expr> scalableDimension();

  /**
   * The CloudFormation-generated ID of an Application Auto Scaling scalable target. For more
   * information about the ID, see the Return Value section of the
   * `AWS::ApplicationAutoScaling::ScalableTarget` resource.
   */
  Optional<Expr> scalingTargetId();

  /** The namespace of the AWS service that provides the resource, or a `custom-resource` . */
  Optional<Expr> serviceNamespace();

  /** A step scaling policy. */
  Optional<Expr> stepScalingPolicyConfiguration();

  /** A target tracking scaling policy. */
  Optional<Expr> targetTrackingScalingPolicyConfiguration();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PolicyName", policyName())
        .put("PolicyType", policyType())
        .put("PredictiveScalingPolicyConfiguration", predictiveScalingPolicyConfiguration())
        .put("ResourceId", resourceId())
        .put("ScalableDimension", scalableDimension())
        .put("ScalingTargetId", scalingTargetId())
        .put("ServiceNamespace", serviceNamespace())
        .put("StepScalingPolicyConfiguration", stepScalingPolicyConfiguration())
        .put("TargetTrackingScalingPolicyConfiguration", targetTrackingScalingPolicyConfiguration())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: Returns the ARN of a scaling policy. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScalingPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableScalingPolicy.Builder {

    public Builder policyName(String value) {
      policyName(Expr.of(value));
      return this;
    }

    public Builder policyType(String value) {
      policyType(Expr.of(value));
      return this;
    }

    public Builder resourceId(String value) {
      resourceId(Expr.of(value));
      return this;
    }

    public Builder scalableDimension(String value) {
      scalableDimension(Expr.of(value));
      return this;
    }

    public Builder scalingTargetId(String value) {
      scalingTargetId(Expr.of(value));
      return this;
    }

    public Builder serviceNamespace(String value) {
      serviceNamespace(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.CustomizedMetricSpecification}: Contains
   * customized metric specification information for a target tracking scaling policy for
   * Application Auto Scaling.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-customizedmetricspecification.html">AWS::ApplicationAutoScaling::ScalingPolicy.CustomizedMetricSpecification</a>
   */
  @Value.Immutable
  interface CustomizedMetricSpecification extends PropertyValue {

    /** The dimensions of the metric. */
    Optional<Expr> dimensions();

    /**
     * The name of the metric. To get the exact metric name, namespace, and dimensions, inspect the
     * [Metric](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html)
     * object that's returned by a call to
     * [ListMetrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html)
     * .
     */
    Optional<Expr> metricName();

    /**
     * The metrics to include in the target tracking scaling policy, as a metric data query. This
     * can include both raw metric and metric math expressions.
     */
    Optional<Expr> metrics();

    /** The namespace of the metric. */
    Optional<Expr> namespace();

    /** The statistic of the metric. */
    Optional<Expr> statistic();

    /**
     * The unit of the metric. For a complete list of the units that CloudWatch supports, see the
     * [MetricDatum](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html)
     * data type in the *Amazon CloudWatch API Reference* .
     */
    Optional<Expr> unit();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Dimensions", dimensions())
          .put("MetricName", metricName())
          .put("Metrics", metrics())
          .put("Namespace", namespace())
          .put("Statistic", statistic())
          .put("Unit", unit())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CustomizedMetricSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.CustomizedMetricSpecification.Builder {

      public Builder dimensions(List<? extends Expr> values) {
        dimensions(Expr.list(values));
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

      public Builder statistic(String value) {
        statistic(Expr.of(value));
        return this;
      }

      public Builder unit(String value) {
        unit(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.MetricDimension}: `MetricDimension` specifies
   * a name/value pair that is part of the identity of a CloudWatch metric for the `Dimensions`
   * property of the [AWS::ApplicationAutoScaling::ScalingPolicy
   * CustomizedMetricSpecification](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-customizedmetricspecification.html)
   * property type. Duplicate dimensions are not allowed.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-metricdimension.html">AWS::ApplicationAutoScaling::ScalingPolicy.MetricDimension</a>
   */
  @Value.Immutable
  interface MetricDimension extends PropertyValue {

    /** Required. The name of the dimension. */
    Expr name();

    /** Required. The value of the dimension. */
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

    /** Builds a {@link MetricDimension}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableScalingPolicy.MetricDimension.Builder {

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
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredefinedMetricSpecification}: Contains
   * predefined metric specification information for a target tracking scaling policy for
   * Application Auto Scaling.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predefinedmetricspecification.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredefinedMetricSpecification</a>
   */
  @Value.Immutable
  interface PredefinedMetricSpecification extends PropertyValue {

    /**
     * Required. The metric type. The `ALBRequestCountPerTarget` metric type applies only to Spot
     * fleet requests and ECS services.
     */
    Expr predefinedMetricType();

    /**
     * Identifies the resource associated with the metric type. You can't specify a resource label
     * unless the metric type is `ALBRequestCountPerTarget` and there is a target group attached to
     * the Spot Fleet or ECS service.
     */
    Optional<Expr> resourceLabel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PredefinedMetricType", predefinedMetricType())
          .put("ResourceLabel", resourceLabel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PredefinedMetricSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredefinedMetricSpecification.Builder {

      public Builder predefinedMetricType(String value) {
        predefinedMetricType(Expr.of(value));
        return this;
      }

      public Builder resourceLabel(String value) {
        resourceLabel(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedCapacityMetric}:
   * Represents a CloudWatch metric of your choosing for a predictive scaling policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingcustomizedcapacitymetric.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedCapacityMetric</a>
   */
  @Value.Immutable
  interface PredictiveScalingCustomizedCapacityMetric extends PropertyValue {

    /**
     * Required. One or more metric data queries to provide data points for a metric specification.
     */
    Expr metricDataQueries();

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
     * Builds a {@link PredictiveScalingCustomizedCapacityMetric}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingCustomizedCapacityMetric.Builder {

      public Builder metricDataQueries(List<? extends Expr> values) {
        metricDataQueries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedLoadMetric}: The
   * customized load metric specification.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingcustomizedloadmetric.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedLoadMetric</a>
   */
  @Value.Immutable
  interface PredictiveScalingCustomizedLoadMetric extends PropertyValue {

    /** Required. {@code MetricDataQueries}. */
    Expr metricDataQueries();

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
     * Builds a {@link PredictiveScalingCustomizedLoadMetric}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingCustomizedLoadMetric.Builder {

      public Builder metricDataQueries(List<? extends Expr> values) {
        metricDataQueries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedScalingMetric}:
   * One or more metric data queries to provide data points for a metric specification.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingcustomizedscalingmetric.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedScalingMetric</a>
   */
  @Value.Immutable
  interface PredictiveScalingCustomizedScalingMetric extends PropertyValue {

    /**
     * Required. One or more metric data queries to provide data points for a metric specification.
     */
    Expr metricDataQueries();

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
     * Builds a {@link PredictiveScalingCustomizedScalingMetric}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingCustomizedScalingMetric.Builder {

      public Builder metricDataQueries(List<? extends Expr> values) {
        metricDataQueries(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetric}: Describes the
   * scaling metric.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingmetric.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetric</a>
   */
  @Value.Immutable
  interface PredictiveScalingMetric extends PropertyValue {

    /** Describes the dimensions of the metric. */
    Optional<Expr> dimensions();

    /** The name of the metric. */
    Optional<Expr> metricName();

    /** The namespace of the metric. */
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

    /**
     * Builds a {@link PredictiveScalingMetric}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingMetric.Builder {

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
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDataQuery}: The metric
   * data to return. Also defines whether this call is returning data for one metric only, or
   * whether it is performing a math expression on the values of returned metric statistics to
   * create a new time series. A time series is a series of data points, each of which is associated
   * with a timestamp.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingmetricdataquery.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDataQuery</a>
   */
  @Value.Immutable
  interface PredictiveScalingMetricDataQuery extends PropertyValue {

    /**
     * The math expression to perform on the returned data, if this object is performing a math
     * expression. This expression can use the `Id` of the other metrics to refer to those metrics,
     * and can also use the `Id` of other expressions to use the result of those expressions.
     */
    Optional<Expr> expression();

    /**
     * A short name that identifies the object's results in the response. This name must be unique
     * among all `MetricDataQuery` objects specified for a single scaling policy. If you are
     * performing math expressions on this set of data, this name represents that data and can serve
     * as a variable in the mathematical expression. The valid characters are letters, numbers, and
     * underscores. The first character must be a lowercase letter.
     */
    Optional<Expr> id();

    /**
     * A human-readable label for this metric or expression. This is especially useful if this is a
     * math expression, so that you know what the value represents.
     */
    Optional<Expr> label();

    /** Information about the metric data to return. */
    Optional<Expr> metricStat();

    /** Indicates whether to return the timestamps and raw data values of this metric. */
    Optional<Expr> returnData();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Expression", expression())
          .put("Id", id())
          .put("Label", label())
          .put("MetricStat", metricStat())
          .put("ReturnData", returnData())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PredictiveScalingMetricDataQuery}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingMetricDataQuery.Builder {

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

      public Builder returnData(boolean value) {
        returnData(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDimension}: Describes
   * the dimension of a metric.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingmetricdimension.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDimension</a>
   */
  @Value.Immutable
  interface PredictiveScalingMetricDimension extends PropertyValue {

    /** The name of the dimension. */
    Optional<Expr> name();

    /** The value of the dimension. */
    Optional<Expr> value();

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
     * Builds a {@link PredictiveScalingMetricDimension}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingMetricDimension.Builder {

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
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricSpecification}: This
   * structure specifies the metrics and target utilization settings for a predictive scaling
   * policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingmetricspecification.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricSpecification</a>
   */
  @Value.Immutable
  interface PredictiveScalingMetricSpecification extends PropertyValue {

    /** The customized capacity metric specification. */
    Optional<Expr> customizedCapacityMetricSpecification();

    /** The customized load metric specification. */
    Optional<Expr> customizedLoadMetricSpecification();

    /** The customized scaling metric specification. */
    Optional<Expr> customizedScalingMetricSpecification();

    /** The predefined load metric specification. */
    Optional<Expr> predefinedLoadMetricSpecification();

    /**
     * The predefined metric pair specification that determines the appropriate scaling metric and
     * load metric to use.
     */
    Optional<Expr> predefinedMetricPairSpecification();

    /** The predefined scaling metric specification. */
    Optional<Expr> predefinedScalingMetricSpecification();

    /** Required. Specifies the target utilization. */
    Expr targetValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomizedCapacityMetricSpecification", customizedCapacityMetricSpecification())
          .put("CustomizedLoadMetricSpecification", customizedLoadMetricSpecification())
          .put("CustomizedScalingMetricSpecification", customizedScalingMetricSpecification())
          .put("PredefinedLoadMetricSpecification", predefinedLoadMetricSpecification())
          .put("PredefinedMetricPairSpecification", predefinedMetricPairSpecification())
          .put("PredefinedScalingMetricSpecification", predefinedScalingMetricSpecification())
          .put("TargetValue", targetValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PredictiveScalingMetricSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingMetricSpecification.Builder {

      public Builder targetValue(long value) {
        targetValue(Expr.of(value));
        return this;
      }

      public Builder targetValue(double value) {
        targetValue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricStat}: This structure
   * defines the CloudWatch metric to return, along with the statistic and unit.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingmetricstat.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricStat</a>
   */
  @Value.Immutable
  interface PredictiveScalingMetricStat extends PropertyValue {

    /**
     * The CloudWatch metric to return, including the metric name, namespace, and dimensions. To get
     * the exact metric name, namespace, and dimensions, inspect the
     * [Metric](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html)
     * object that is returned by a call to
     * [ListMetrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html)
     * .
     */
    Optional<Expr> metric();

    /**
     * The statistic to return. It can include any CloudWatch statistic or extended statistic. For a
     * list of valid values, see the table in
     * [Statistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Statistic)
     * in the *Amazon CloudWatch User Guide* .
     */
    Optional<Expr> stat();

    /**
     * The unit to use for the returned data points. For a complete list of the units that
     * CloudWatch supports, see the
     * [MetricDatum](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html)
     * data type in the *Amazon CloudWatch API Reference* .
     */
    Optional<Expr> unit();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Metric", metric())
          .put("Stat", stat())
          .put("Unit", unit())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PredictiveScalingMetricStat}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingMetricStat.Builder {

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
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPolicyConfiguration}:
   * Represents a predictive scaling policy configuration. Predictive scaling is supported on Amazon
   * ECS services.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingpolicyconfiguration.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPolicyConfiguration</a>
   */
  @Value.Immutable
  interface PredictiveScalingPolicyConfiguration extends PropertyValue {

    /**
     * Defines the behavior that should be applied if the forecast capacity approaches or exceeds
     * the maximum capacity. Defaults to `HonorMaxCapacity` if not specified.
     */
    Optional<Expr> maxCapacityBreachBehavior();

    /**
     * The size of the capacity buffer to use when the forecast capacity is close to or exceeds the
     * maximum capacity. The value is specified as a percentage relative to the forecast capacity.
     * For example, if the buffer is 10, this means a 10 percent buffer, such that if the forecast
     * capacity is 50, and the maximum capacity is 40, then the effective maximum capacity is 55.
     */
    Optional<Expr> maxCapacityBuffer();

    /**
     * Required. This structure includes the metrics and target utilization to use for predictive
     * scaling.
     */
    Expr metricSpecifications();

    /** The predictive scaling mode. Defaults to `ForecastOnly` if not specified. */
    Optional<Expr> mode();

    /** The amount of time, in seconds, that the start time can be advanced. */
    Optional<Expr> schedulingBufferTime();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaxCapacityBreachBehavior", maxCapacityBreachBehavior())
          .put("MaxCapacityBuffer", maxCapacityBuffer())
          .put("MetricSpecifications", metricSpecifications())
          .put("Mode", mode())
          .put("SchedulingBufferTime", schedulingBufferTime())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PredictiveScalingPolicyConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingPolicyConfiguration.Builder {

      public Builder maxCapacityBreachBehavior(String value) {
        maxCapacityBreachBehavior(Expr.of(value));
        return this;
      }

      public Builder maxCapacityBuffer(long value) {
        maxCapacityBuffer(Expr.of(value));
        return this;
      }

      public Builder metricSpecifications(List<? extends Expr> values) {
        metricSpecifications(Expr.list(values));
        return this;
      }

      public Builder mode(String value) {
        mode(Expr.of(value));
        return this;
      }

      public Builder schedulingBufferTime(long value) {
        schedulingBufferTime(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedLoadMetric}:
   * Describes a load metric for a predictive scaling policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingpredefinedloadmetric.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedLoadMetric</a>
   */
  @Value.Immutable
  interface PredictiveScalingPredefinedLoadMetric extends PropertyValue {

    /** Required. The metric type. */
    Expr predefinedMetricType();

    /** A label that uniquely identifies a target group. */
    Optional<Expr> resourceLabel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PredefinedMetricType", predefinedMetricType())
          .put("ResourceLabel", resourceLabel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PredictiveScalingPredefinedLoadMetric}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingPredefinedLoadMetric.Builder {

      public Builder predefinedMetricType(String value) {
        predefinedMetricType(Expr.of(value));
        return this;
      }

      public Builder resourceLabel(String value) {
        resourceLabel(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedMetricPair}:
   * Represents a metric pair for a predictive scaling policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingpredefinedmetricpair.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedMetricPair</a>
   */
  @Value.Immutable
  interface PredictiveScalingPredefinedMetricPair extends PropertyValue {

    /**
     * Required. Indicates which metrics to use. There are two different types of metrics for each
     * metric type: one is a load metric and one is a scaling metric.
     */
    Expr predefinedMetricType();

    /**
     * A label that uniquely identifies a specific target group from which to determine the total
     * and average request count.
     */
    Optional<Expr> resourceLabel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PredefinedMetricType", predefinedMetricType())
          .put("ResourceLabel", resourceLabel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PredictiveScalingPredefinedMetricPair}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingPredefinedMetricPair.Builder {

      public Builder predefinedMetricType(String value) {
        predefinedMetricType(Expr.of(value));
        return this;
      }

      public Builder resourceLabel(String value) {
        resourceLabel(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedScalingMetric}:
   * Describes a scaling metric for a predictive scaling policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-predictivescalingpredefinedscalingmetric.html">AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedScalingMetric</a>
   */
  @Value.Immutable
  interface PredictiveScalingPredefinedScalingMetric extends PropertyValue {

    /** Required. The metric type. */
    Expr predefinedMetricType();

    /**
     * A label that uniquely identifies a specific target group from which to determine the average
     * request count.
     */
    Optional<Expr> resourceLabel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PredefinedMetricType", predefinedMetricType())
          .put("ResourceLabel", resourceLabel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PredictiveScalingPredefinedScalingMetric}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.PredictiveScalingPredefinedScalingMetric.Builder {

      public Builder predefinedMetricType(String value) {
        predefinedMetricType(Expr.of(value));
        return this;
      }

      public Builder resourceLabel(String value) {
        resourceLabel(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.StepAdjustment}: `StepAdjustment` specifies a
   * step adjustment for the `StepAdjustments` property of the
   * [AWS::ApplicationAutoScaling::ScalingPolicy
   * StepScalingPolicyConfiguration](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-stepscalingpolicyconfiguration.html)
   * property type.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-stepadjustment.html">AWS::ApplicationAutoScaling::ScalingPolicy.StepAdjustment</a>
   */
  @Value.Immutable
  interface StepAdjustment extends PropertyValue {

    /**
     * The lower bound for the difference between the alarm threshold and the CloudWatch metric. If
     * the metric value is above the breach threshold, the lower bound is inclusive (the metric must
     * be greater than or equal to the threshold plus the lower bound). Otherwise, it is exclusive
     * (the metric must be greater than the threshold plus the lower bound). A null value indicates
     * negative infinity.
     */
    Optional<Expr> metricIntervalLowerBound();

    /**
     * The upper bound for the difference between the alarm threshold and the CloudWatch metric. If
     * the metric value is above the breach threshold, the upper bound is exclusive (the metric must
     * be less than the threshold plus the upper bound). Otherwise, it is inclusive (the metric must
     * be less than or equal to the threshold plus the upper bound). A null value indicates positive
     * infinity.
     */
    Optional<Expr> metricIntervalUpperBound();

    /**
     * Required. The amount by which to scale. The adjustment is based on the value that you
     * specified in the `AdjustmentType` property (either an absolute number or a percentage). A
     * positive value adds to the current capacity and a negative number subtracts from the current
     * capacity.
     */
    Expr scalingAdjustment();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MetricIntervalLowerBound", metricIntervalLowerBound())
          .put("MetricIntervalUpperBound", metricIntervalUpperBound())
          .put("ScalingAdjustment", scalingAdjustment())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link StepAdjustment}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableScalingPolicy.StepAdjustment.Builder {

      public Builder metricIntervalLowerBound(long value) {
        metricIntervalLowerBound(Expr.of(value));
        return this;
      }

      public Builder metricIntervalLowerBound(double value) {
        metricIntervalLowerBound(Expr.of(value));
        return this;
      }

      public Builder metricIntervalUpperBound(long value) {
        metricIntervalUpperBound(Expr.of(value));
        return this;
      }

      public Builder metricIntervalUpperBound(double value) {
        metricIntervalUpperBound(Expr.of(value));
        return this;
      }

      public Builder scalingAdjustment(long value) {
        scalingAdjustment(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.StepScalingPolicyConfiguration}:
   * `StepScalingPolicyConfiguration` is a property of the
   * [AWS::ApplicationAutoScaling::ScalingPolicy](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalingpolicy.html)
   * resource that specifies a step scaling policy configuration for Application Auto Scaling.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-stepscalingpolicyconfiguration.html">AWS::ApplicationAutoScaling::ScalingPolicy.StepScalingPolicyConfiguration</a>
   */
  @Value.Immutable
  interface StepScalingPolicyConfiguration extends PropertyValue {

    /**
     * Specifies whether the `ScalingAdjustment` value in the `StepAdjustment` property is an
     * absolute number or a percentage of the current capacity.
     */
    Optional<Expr> adjustmentType();

    /**
     * The amount of time, in seconds, to wait for a previous scaling activity to take effect. If
     * not specified, the default value is 300. For more information, see [Cooldown
     * period](https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html#step-scaling-cooldown)
     * in the *Application Auto Scaling User Guide* .
     */
    Optional<Expr> cooldown();

    /**
     * The aggregation type for the CloudWatch metrics. Valid values are `Minimum` , `Maximum` , and
     * `Average` . If the aggregation type is null, the value is treated as `Average` .
     */
    Optional<Expr> metricAggregationType();

    /**
     * The minimum value to scale by when the adjustment type is `PercentChangeInCapacity` . For
     * example, suppose that you create a step scaling policy to scale out an Amazon ECS service by
     * 25 percent and you specify a `MinAdjustmentMagnitude` of 2. If the service has 4 tasks and
     * the scaling policy is performed, 25 percent of 4 is 1. However, because you specified a
     * `MinAdjustmentMagnitude` of 2, Application Auto Scaling scales out the service by 2 tasks.
     */
    Optional<Expr> minAdjustmentMagnitude();

    /** A set of adjustments that enable you to scale based on the size of the alarm breach. */
    Optional<Expr> stepAdjustments();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdjustmentType", adjustmentType())
          .put("Cooldown", cooldown())
          .put("MetricAggregationType", metricAggregationType())
          .put("MinAdjustmentMagnitude", minAdjustmentMagnitude())
          .put("StepAdjustments", stepAdjustments())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StepScalingPolicyConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.StepScalingPolicyConfiguration.Builder {

      public Builder adjustmentType(String value) {
        adjustmentType(Expr.of(value));
        return this;
      }

      public Builder cooldown(long value) {
        cooldown(Expr.of(value));
        return this;
      }

      public Builder metricAggregationType(String value) {
        metricAggregationType(Expr.of(value));
        return this;
      }

      public Builder minAdjustmentMagnitude(long value) {
        minAdjustmentMagnitude(Expr.of(value));
        return this;
      }

      public Builder stepAdjustments(List<? extends Expr> values) {
        stepAdjustments(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetric}: Represents a specific
   * metric for a target tracking scaling policy for Application Auto Scaling.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetric.html">AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetric</a>
   */
  @Value.Immutable
  interface TargetTrackingMetric extends PropertyValue {

    /**
     * The dimensions for the metric. For the list of available dimensions, see the AWS
     * documentation available from the table in [AWS services that publish CloudWatch
     * metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/aws-services-cloudwatch-metrics.html)
     * in the *Amazon CloudWatch User Guide* .
     */
    Optional<Expr> dimensions();

    /** The name of the metric. */
    Optional<Expr> metricName();

    /**
     * The namespace of the metric. For more information, see the table in [AWS services that
     * publish CloudWatch
     * metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/aws-services-cloudwatch-metrics.html)
     * in the *Amazon CloudWatch User Guide* .
     */
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

    /**
     * Builds a {@link TargetTrackingMetric}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.TargetTrackingMetric.Builder {

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
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDataQuery}: The metric
   * data to return. Also defines whether this call is returning data for one metric only, or
   * whether it is performing a math expression on the values of returned metric statistics to
   * create a new time series. A time series is a series of data points, each of which is associated
   * with a timestamp.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetricdataquery.html">AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDataQuery</a>
   */
  @Value.Immutable
  interface TargetTrackingMetricDataQuery extends PropertyValue {

    /**
     * The math expression to perform on the returned data, if this object is performing a math
     * expression. This expression can use the `Id` of the other metrics to refer to those metrics,
     * and can also use the `Id` of other expressions to use the result of those expressions.
     */
    Optional<Expr> expression();

    /**
     * A short name that identifies the object's results in the response. This name must be unique
     * among all `MetricDataQuery` objects specified for a single scaling policy. If you are
     * performing math expressions on this set of data, this name represents that data and can serve
     * as a variable in the mathematical expression. The valid characters are letters, numbers, and
     * underscores. The first character must be a lowercase letter.
     */
    Optional<Expr> id();

    /**
     * A human-readable label for this metric or expression. This is especially useful if this is a
     * math expression, so that you know what the value represents.
     */
    Optional<Expr> label();

    /** Information about the metric data to return. */
    Optional<Expr> metricStat();

    /** Indicates whether to return the timestamps and raw data values of this metric. */
    Optional<Expr> returnData();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Expression", expression())
          .put("Id", id())
          .put("Label", label())
          .put("MetricStat", metricStat())
          .put("ReturnData", returnData())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TargetTrackingMetricDataQuery}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.TargetTrackingMetricDataQuery.Builder {

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

      public Builder returnData(boolean value) {
        returnData(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDimension}:
   * `TargetTrackingMetricDimension` specifies a name/value pair that is part of the identity of a
   * CloudWatch metric for the `Dimensions` property of the
   * [AWS::ApplicationAutoScaling::ScalingPolicy
   * TargetTrackingMetric](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetric.html)
   * property type. Duplicate dimensions are not allowed.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetricdimension.html">AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDimension</a>
   */
  @Value.Immutable
  interface TargetTrackingMetricDimension extends PropertyValue {

    /** The name of the dimension. */
    Optional<Expr> name();

    /** The value of the dimension. */
    Optional<Expr> value();

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
     * Builds a {@link TargetTrackingMetricDimension}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.TargetTrackingMetricDimension.Builder {

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
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricStat}: This structure
   * defines the CloudWatch metric to return, along with the statistic and unit.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetricstat.html">AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricStat</a>
   */
  @Value.Immutable
  interface TargetTrackingMetricStat extends PropertyValue {

    /**
     * The CloudWatch metric to return, including the metric name, namespace, and dimensions. To get
     * the exact metric name, namespace, and dimensions, inspect the
     * [Metric](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html)
     * object that is returned by a call to
     * [ListMetrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html)
     * .
     */
    Optional<Expr> metric();

    /**
     * The statistic to return. It can include any CloudWatch statistic or extended statistic. For a
     * list of valid values, see the table in
     * [Statistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Statistic)
     * in the *Amazon CloudWatch User Guide* .
     */
    Optional<Expr> stat();

    /**
     * The unit to use for the returned data points. For a complete list of the units that
     * CloudWatch supports, see the
     * [MetricDatum](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html)
     * data type in the *Amazon CloudWatch API Reference* .
     */
    Optional<Expr> unit();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Metric", metric())
          .put("Stat", stat())
          .put("Unit", unit())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TargetTrackingMetricStat}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.TargetTrackingMetricStat.Builder {

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
   * {@code AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingScalingPolicyConfiguration}:
   * `TargetTrackingScalingPolicyConfiguration` is a property of the
   * [AWS::ApplicationAutoScaling::ScalingPolicy](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalingpolicy.html)
   * resource that specifies a target tracking scaling policy configuration for Application Auto
   * Scaling. Use a target tracking scaling policy to adjust the capacity of the specified scalable
   * target in response to actual workloads, so that resource utilization remains at or near the
   * target utilization value.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-applicationautoscaling-scalingpolicy-targettrackingscalingpolicyconfiguration.html">AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingScalingPolicyConfiguration</a>
   */
  @Value.Immutable
  interface TargetTrackingScalingPolicyConfiguration extends PropertyValue {

    /** A customized metric. You can specify either a predefined metric or a customized metric. */
    Optional<Expr> customizedMetricSpecification();

    /**
     * Indicates whether scale in by the target tracking scaling policy is disabled. If the value is
     * `true` , scale in is disabled and the target tracking scaling policy won't remove capacity
     * from the scalable target. Otherwise, scale in is enabled and the target tracking scaling
     * policy can remove capacity from the scalable target. The default value is `false` .
     */
    Optional<Expr> disableScaleIn();

    /** A predefined metric. You can specify either a predefined metric or a customized metric. */
    Optional<Expr> predefinedMetricSpecification();

    /**
     * The amount of time, in seconds, after a scale-in activity completes before another scale-in
     * activity can start. For more information and for default values, see [Define cooldown
     * periods](https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html#target-tracking-cooldown)
     * in the *Application Auto Scaling User Guide* .
     */
    Optional<Expr> scaleInCooldown();

    /**
     * The amount of time, in seconds, to wait for a previous scale-out activity to take effect. For
     * more information and for default values, see [Define cooldown
     * periods](https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html#target-tracking-cooldown)
     * in the *Application Auto Scaling User Guide* .
     */
    Optional<Expr> scaleOutCooldown();

    /**
     * Required. The target value for the metric. Although this property accepts numbers of type
     * Double, it won't accept values that are either too small or too large. Values must be in the
     * range of -2^360 to 2^360. The value must be a valid number based on the choice of metric. For
     * example, if the metric is CPU utilization, then the target value is a percent value that
     * represents how much of the CPU can be used before scaling out.
     */
    Expr targetValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomizedMetricSpecification", customizedMetricSpecification())
          .put("DisableScaleIn", disableScaleIn())
          .put("PredefinedMetricSpecification", predefinedMetricSpecification())
          .put("ScaleInCooldown", scaleInCooldown())
          .put("ScaleOutCooldown", scaleOutCooldown())
          .put("TargetValue", targetValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TargetTrackingScalingPolicyConfiguration}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableScalingPolicy.TargetTrackingScalingPolicyConfiguration.Builder {

      public Builder disableScaleIn(boolean value) {
        disableScaleIn(Expr.of(value));
        return this;
      }

      public Builder scaleInCooldown(long value) {
        scaleInCooldown(Expr.of(value));
        return this;
      }

      public Builder scaleOutCooldown(long value) {
        scaleOutCooldown(Expr.of(value));
        return this;
      }

      public Builder targetValue(long value) {
        targetValue(Expr.of(value));
        return this;
      }

      public Builder targetValue(double value) {
        targetValue(Expr.of(value));
        return this;
      }
    }
  }
}
