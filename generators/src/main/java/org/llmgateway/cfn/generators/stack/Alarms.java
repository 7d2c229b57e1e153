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

  /**
   * What an alarm computes over each period: a {@link Statistic} or a {@link Percentile}, which
   * CloudFormation writes to different properties (Statistic, ExtendedStatistic).
   */
  public sealed interface AlarmStatistic permits Statistic, Percentile {}

  /** The statistics of a single-metric alarm (PutMetricAlarm's Statistic, checked 2026-12-01). */
  public enum Statistic implements AlarmStatistic {
    Average,
    Maximum,
    Minimum,
    SampleCount,
    Sum
  }

  /**
   * A percentile such as {@code p95}: PutMetricAlarm's ExtendedStatistic, {@code p0.0} to {@code
   * p100} (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html,
   * checked 2026-12-02).
   */
  public record Percentile(int percent) implements AlarmStatistic {
    public Percentile {
      if (percent < 0 || percent > 100) {
        throw new IllegalArgumentException("A percentile is p0 to p100, not p" + percent);
      }
    }

    /** The name CloudWatch uses, e.g. {@code p99}. */
    public String statisticName() {
      return "p" + percent;
    }
  }

  /** How the statistic compares to the threshold (PutMetricAlarm's static-threshold operators). */
  public enum ComparisonOperator {
    GreaterThanOrEqualToThreshold,
    GreaterThanThreshold,
    LessThanThreshold,
    LessThanOrEqualToThreshold
  }

  /**
   * What to watch: namespace, metric and dimensions. The namespace is an expression for metrics
   * the project publishes itself, whose namespace names the environment (log metric filters).
   */
  public record Metric(Expr namespace, String name, List<Alarm.Dimension> dimensions) {
    public Metric(String namespace, String name, List<Alarm.Dimension> dimensions) {
      this(Expr.of(namespace), name, dimensions);
    }
  }

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
      AlarmStatistic statistic,
      ComparisonOperator comparison,
      BigDecimal threshold,
      int evaluationPeriods,
      int periodSeconds) {
    // a decimal keeps the threshold as written (80, 5368709120), not as a double
    return alarm(logicalId, environment, stack, notificationTopic, nameSuffix, description, metric,
        statistic, comparison, Expr.json(JsonNodeFactory.instance.numberNode(threshold)),
        evaluationPeriods, periodSeconds);
  }

  /** {@link #alarm} with the threshold an expression, e.g. a parameter set per environment. */
  public static Alarm alarm(
      String logicalId,
      Parameter environment,
      String stack,
      Expr notificationTopic,
      String nameSuffix,
      String description,
      Metric metric,
      AlarmStatistic statistic,
      ComparisonOperator comparison,
      Expr threshold,
      int evaluationPeriods,
      int periodSeconds) {
    var alarm = Alarm.builder()
        .logicalId(logicalId)
        .alarmName(Names.of(nameSuffix, Names.DEFAULT_LIMIT))
        .alarmDescription(description)
        .namespace(metric.namespace())
        .metricName(metric.name())
        .dimensions(metric.dimensions())
        .comparisonOperator(comparison.name())
        .threshold(threshold)
        .evaluationPeriods(evaluationPeriods)
        .period(periodSeconds)
        .treatMissingData("notBreaching")
        .alarmActions(List.of(notificationTopic))
        .okActions(List.of(notificationTopic))
        .tags(Tags.standard(environment, stack, nameSuffix));
    if (statistic instanceof Percentile percentile) {
      alarm.extendedStatistic(percentile.statisticName());
    } else {
      alarm.statistic(((Statistic) statistic).name());
    }
    return alarm.build();
  }
}
