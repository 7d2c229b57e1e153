package org.llmgateway.cfn.model.resource.cloudwatch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::CloudWatch::Alarm (single-metric form). */
@Value.Immutable
@CfnStyle
public interface Alarm extends Resource {

  enum ComparisonOperator {
    GreaterThanOrEqualToThreshold,
    GreaterThanThreshold,
    LessThanThreshold,
    LessThanOrEqualToThreshold
  }

  enum Statistic {
    Average,
    Maximum,
    Minimum,
    SampleCount,
    Sum
  }

  @Override
  default String resourceType() {
    return "AWS::CloudWatch::Alarm";
  }

  @JsonProperty("AlarmName")
  Optional<Expr> alarmName();

  @JsonProperty("AlarmDescription")
  Optional<String> alarmDescription();

  @JsonProperty("Namespace")
  String namespace();

  @JsonProperty("MetricName")
  String metricName();

  @JsonProperty("Dimensions")
  List<Dimension> dimensions();

  @JsonProperty("Statistic")
  Statistic statistic();

  @JsonProperty("Period")
  int period();

  @JsonProperty("EvaluationPeriods")
  int evaluationPeriods();

  @JsonProperty("Threshold")
  java.math.BigDecimal threshold();

  @JsonProperty("ComparisonOperator")
  ComparisonOperator comparisonOperator();

  @JsonProperty("TreatMissingData")
  Optional<String> treatMissingData();

  @JsonProperty("AlarmActions")
  List<Expr> alarmActions();

  @JsonProperty("OKActions")
  List<Expr> okActions();

  @JsonProperty("Tags")
  List<Tag> tags();

  static ImmutableAlarm.Builder builder() {
    return ImmutableAlarm.builder();
  }

  /** A metric dimension. */
  @Value.Immutable
  @CfnStyle
  interface Dimension {
    @JsonProperty("Name")
    @Value.Parameter
    String name();

    @JsonProperty("Value")
    @Value.Parameter
    Expr value();

    static Dimension of(String name, Expr value) {
      return ImmutableDimension.of(name, value);
    }
  }
}
