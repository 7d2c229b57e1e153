package org.llmgateway.cfn.generators.stack;

import java.math.BigDecimal;
import java.util.List;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.model.resource.cloudwatch.Alarm.ComparisonOperator;
import org.llmgateway.cfn.model.resource.cloudwatch.Alarm.Dimension;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.template.Parameter;

/** The one way the project builds a metric alarm; database and service alarms differ in values. */
public final class Alarms {

  private Alarms() {}

  /** What to watch: namespace, metric and dimensions. */
  public record Metric(String namespace, String name, List<Dimension> dimensions) {}

  /**
   * The environment's alarm topic (security stack): an alarm that tells no one is only a graph,
   * so every alarm of the project notifies it.
   */
  public static Expr notificationTopic(Parameter environment) {
    return Fn.importValue(SecurityExports.ALARM_TOPIC_ARN.in(environment));
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
      Alarm.Statistic statistic,
      ComparisonOperator comparison,
      BigDecimal threshold,
      int evaluationPeriods,
      int periodSeconds) {
    return Alarm.builder()
        .logicalId(logicalId)
        .alarmName(Names.of(environment, nameSuffix, Names.DEFAULT_LIMIT))
        .alarmDescription(description)
        .namespace(metric.namespace())
        .metricName(metric.name())
        .dimensions(metric.dimensions())
        .statistic(statistic)
        .comparisonOperator(comparison)
        .threshold(threshold)
        .evaluationPeriods(evaluationPeriods)
        .period(periodSeconds)
        .treatMissingData("notBreaching")
        .addAlarmActions(notificationTopic)
        .addOkActions(notificationTopic)
        .tags(Tags.standard(environment, stack, nameSuffix))
        .build();
  }
}
