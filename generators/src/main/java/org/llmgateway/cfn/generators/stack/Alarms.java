package org.llmgateway.cfn.generators.stack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;

/** The one way the project builds a metric alarm; database and service alarms differ in values. */
public final class Alarms {

  private Alarms() {}

  /** The statistics of a single-metric alarm (PutMetricAlarm's Statistic, checked 2026-12-01). */
  public enum Statistic {
    Average,
    Maximum,
    Minimum,
    SampleCount,
    Sum
  }

  /** How the statistic compares to the threshold (PutMetricAlarm's static-threshold operators). */
  public enum ComparisonOperator {
    GreaterThanOrEqualToThreshold,
    GreaterThanThreshold,
    LessThanThreshold,
    LessThanOrEqualToThreshold
  }

  /** What to watch: namespace, metric and dimensions. */
  public record Metric(String namespace, String name, List<Alarm.Dimension> dimensions) {}

  /** One dimension of a metric, e.g. the cluster or the DB instance it belongs to. */
  public static Alarm.Dimension dimension(String name, Expr value) {
    return Alarm.Dimension.builder().name(name).value(value).build();
  }

  /**
   * The environment's alarm topic (security stack): an alarm that tells no one is only a graph,
   * so every alarm of the project notifies it.
   */
  public static Expr notificationTopic() {
    return Fn.importValue(SecurityExports.ALARM_TOPIC_ARN.in(Names.PREFIX));
  }

  /**
   * An alarm of {@code stack} that fires when {@code metric}'s {@code statistic} compares to
   * {@code threshold} for {@code evaluationPeriods} periods of {@code periodSeconds}, and tells
   * {@code notificationTopic} both when it fires and when it recovers.
   */
  public static Alarm alarm(
      String logicalId,
      Parameter environment,
      String stack,
      Expr notificationTopic,
      String nameSuffix,
      String description,
      Metric metric,
      Statistic statistic,
      ComparisonOperator comparison,
      BigDecimal threshold,
      int evaluationPeriods,
      int periodSeconds) {
    return Alarm.builder()
        .logicalId(logicalId)
        .alarmName(Names.of(nameSuffix, Names.DEFAULT_LIMIT))
        .alarmDescription(description)
        .namespace(metric.namespace())
        .metricName(metric.name())
        .dimensions(metric.dimensions())
        .statistic(statistic.name())
        .comparisonOperator(comparison.name())
        // a decimal keeps the threshold as written (80, 5368709120), not as a double
        .threshold(Expr.json(JsonNodeFactory.instance.numberNode(threshold)))
        .evaluationPeriods(evaluationPeriods)
        .period(periodSeconds)
        .treatMissingData("notBreaching")
        .alarmActions(List.of(notificationTopic))
        .okActions(List.of(notificationTopic))
        .tags(Tags.standard(environment, stack, nameSuffix))
        .build();
  }
}
