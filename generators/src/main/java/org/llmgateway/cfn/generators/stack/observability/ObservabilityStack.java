package org.llmgateway.cfn.generators.stack.observability;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.generators.stack.Alarms;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.generators.stack.alb.AlbExports;
import org.llmgateway.cfn.generators.stack.cache.CacheExports;
import org.llmgateway.cfn.generators.stack.database.DatabaseExports;
import org.llmgateway.cfn.generators.stack.litellm.LiteLlmExports;
import org.llmgateway.cfn.generators.stack.observability.DashboardModel.Dimension;
import org.llmgateway.cfn.generators.stack.observability.DashboardModel.MetricLine;
import org.llmgateway.cfn.generators.stack.observability.DashboardModel.Widget;
import org.llmgateway.cfn.generators.stack.observability.DashboardModel.WidgetGroup;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.cloudwatch.Dashboard;
import org.llmgateway.cfn.resource.logs.MetricFilter;

/**
 * What the person on call looks at: the environment's CloudWatch dashboard (requests, latency
 * percentiles, 4xx/5xx, tasks, CPU and memory, database connections, the proxy's provider errors
 * and 429s), the latency and load-balancer 5xx alarms, and the metric filters that count provider
 * errors and 429s in the proxy's JSON logs. Its own stack, last in the deploy order: it only reads
 * the other stacks' exports, so it can change (a widget, a threshold) without touching a running
 * resource, and the two largest templates keep their room.
 */
public final class ObservabilityStack implements StackGenerator<EnvironmentConfig> {

  public static final String NAME = ObservabilityExports.STACK;

  /**
   * The namespace of the metrics the log filters publish, per environment ({@code LiteLLM/dev}):
   * a metric filter cannot set a constant dimension, so the namespace keeps environments of one
   * account apart.
   */
  static final String LOG_METRICS_NAMESPACE = "LiteLLM/${" + Names.PREFIX.logicalId() + "}";

  static final String PROVIDER_ERRORS_METRIC = "ProviderErrors";
  static final String RATE_LIMITED_METRIC = "RateLimited";

  /**
   * LiteLLM's JSON log lines ({@code json_logs: true}) carry {@code message}, {@code level} and
   * {@code timestamp} (and {@code stacktrace} for exceptions; litellm/_logging.py JsonFormatter,
   * checked 2026-12-02). A provider's failure is logged at ERROR with the litellm exception class
   * in the message (litellm.APIError, litellm.RateLimitError, litellm.Timeout, ...).
   */
  static final String PROVIDER_ERROR_PATTERN =
      "{ $.level = \"ERROR\" && $.message = \"*litellm.*\" }";

  /** A 429, from a provider (RateLimitError) or the proxy's own per-key limits. */
  static final String RATE_LIMITED_PATTERN =
      "{ $.message = \"*RateLimitError*\" || $.message = \"*429*\" }";

  /** The CloudWatch metrics the dashboard may draw (the services' metric lists, checked 2026-12-02). */
  static final Map<String, Set<String>> AWS_METRICS = Map.of(
      "AWS/ApplicationELB", Set.of("RequestCount", "TargetResponseTime", "HTTPCode_ELB_4XX_Count",
          "HTTPCode_ELB_5XX_Count", "HTTPCode_Target_4XX_Count", "HTTPCode_Target_5XX_Count",
          "HealthyHostCount", "UnHealthyHostCount"),
      "AWS/ECS", Set.of("CPUUtilization", "MemoryUtilization"),
      // Container Insights metrics exist only where the setting containerInsights is on
      "ECS/ContainerInsights", Set.of("RunningTaskCount", "DesiredTaskCount", "PendingTaskCount"),
      "AWS/RDS", Set.of("DatabaseConnections", "CPUUtilization", "FreeStorageSpace"),
      // per node (CacheClusterId), as ElastiCache publishes them for a replication group
      "AWS/ElastiCache", Set.of("EngineCPUUtilization", "DatabaseMemoryUsagePercentage",
          "Evictions", "CurrConnections", "ReplicationLag"),
      LOG_METRICS_NAMESPACE, Set.of(PROVIDER_ERRORS_METRIC, RATE_LIMITED_METRIC));

  // --- the resources the dashboard and the alarms name: Sub variables, each an import

  static final String LOAD_BALANCER = "LoadBalancer";
  static final String TARGET_GROUP = "TargetGroup";
  static final String CLUSTER = "ClusterName";
  static final String SERVICE = "ServiceName";
  static final String DATABASE = "DBInstanceIdentifier";
  static final String CACHE_NODE = "CacheClusterId";

  static final Map<String, ExportName> RESOURCE_EXPORTS = Map.of(
      LOAD_BALANCER, AlbExports.LOAD_BALANCER_FULL_NAME,
      TARGET_GROUP, AlbExports.TARGET_GROUP_FULL_NAME,
      CLUSTER, LiteLlmExports.CLUSTER_NAME,
      SERVICE, LiteLlmExports.SERVICE_NAME,
      DATABASE, DatabaseExports.INSTANCE_ID,
      // with redis off the cache stack exports "disabled" and the Valkey widgets stay empty
      CACHE_NODE, CacheExports.PRIMARY_NODE_CLUSTER_ID);

  // --- parameters: the alarm thresholds, set per environment from EnvironmentConfig

  static final Parameter ENVIRONMENT = EnvironmentParameter.create();

  private static final EnvironmentConfig DEFAULTS =
      EnvironmentConfig.builder().name("defaults").build();

  static final Parameter LATENCY_P95_SECONDS = threshold("LatencyP95AlarmSeconds",
      "p95 latency alarm (seconds)", "Seconds the ALB's p95 TargetResponseTime may exceed for 15"
          + " minutes", 1, ProxyConfig.REQUEST_TIMEOUT_SECONDS, DEFAULTS.latencyP95AlarmSeconds());
  static final Parameter LATENCY_P99_SECONDS = threshold("LatencyP99AlarmSeconds",
      "p99 latency alarm (seconds)", "Seconds the ALB's p99 TargetResponseTime may exceed for 15"
          + " minutes", 1, ProxyConfig.REQUEST_TIMEOUT_SECONDS, DEFAULTS.latencyP99AlarmSeconds());
  static final Parameter ELB_5XX_COUNT = threshold("Elb5xxAlarmCount",
      "Load balancer 5xx alarm", "5xx responses of the load balancer itself in 5 minutes, twice"
          + " in a row", 0, 1_000_000, DEFAULTS.elb5xxAlarmCount());
  static final Parameter PROVIDER_ERROR_COUNT = threshold("ProviderErrorAlarmCount",
      "Provider error alarm", "Provider errors in the proxy's logs in 5 minutes", 0, 1_000_000,
      DEFAULTS.providerErrorAlarmCount());
  static final Parameter RATE_LIMIT_COUNT = threshold("RateLimitAlarmCount",
      "429 alarm", "Rate-limited calls in the proxy's logs in 5 minutes", 0, 1_000_000,
      DEFAULTS.rateLimitAlarmCount());

  private final List<WidgetGroup> extraGroups;

  public ObservabilityStack() {
    this(List.of());
  }

  /** The stack with more widget groups after the built-in ones (another stack's widgets). */
  public ObservabilityStack(List<WidgetGroup> extraGroups) {
    this.extraGroups = List.copyOf(extraGroups);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The dashboard as a model: what the template's DashboardBody is rendered from. */
  public DashboardModel dashboard() {
    Map<String, Expr> resources = new LinkedHashMap<>();
    RESOURCE_EXPORTS.forEach((variable, export) -> resources.put(variable, imported(export)));
    List<WidgetGroup> groups = new java.util.ArrayList<>(List.of(
        loadBalancerWidgets(), serviceWidgets(), databaseWidgets(), cacheWidgets(),
        proxyLogWidgets()));
    groups.addAll(extraGroups);
    return new DashboardModel(NAME, resources, Set.of(Names.PREFIX.logicalId()), AWS_METRICS,
        groups);
  }

  @Override
  public Template template() {
    var t = Template.builder()
        .description("LiteLLM observability: the environment's CloudWatch dashboard, latency and"
            + " load balancer 5xx alarms, and metric filters on the proxy's JSON logs");
    var env = t.add(ENVIRONMENT);
    t.add(Names.PREFIX);
    List.of(LATENCY_P95_SECONDS, LATENCY_P99_SECONDS, ELB_5XX_COUNT, PROVIDER_ERROR_COUNT,
        RATE_LIMIT_COUNT).forEach(t::add);
    t.addParameterGroups(
        ParameterGroup.of("Environment", ENVIRONMENT, Names.PREFIX),
        ParameterGroup.of("Alarm thresholds", LATENCY_P95_SECONDS, LATENCY_P99_SECONDS,
            ELB_5XX_COUNT, PROVIDER_ERROR_COUNT, RATE_LIMIT_COUNT));

    var dashboard = t.add(Dashboard.builder()
        .logicalId("Dashboard")
        .dashboardName(Names.of("-litellm", Names.DEFAULT_LIMIT))
        .dashboardBody(dashboard().body())
        .build());

    Expr logGroup = imported(LiteLlmExports.LOG_GROUP_NAME);
    t.add(logMetricFilter("ProviderErrorsMetricFilter", "-litellm-provider-errors", logGroup,
        PROVIDER_ERROR_PATTERN, PROVIDER_ERRORS_METRIC));
    t.add(logMetricFilter("RateLimitedMetricFilter", "-litellm-rate-limited", logGroup,
        RATE_LIMITED_PATTERN, RATE_LIMITED_METRIC));

    var loadBalancer = List.of(Alarms.dimension(LOAD_BALANCER, imported(AlbExports.LOAD_BALANCER_FULL_NAME)));
    Expr topic = Alarms.notificationTopic();
    t.add(latencyAlarm(env, topic, new Alarms.Percentile(95), LATENCY_P95_SECONDS, loadBalancer));
    t.add(latencyAlarm(env, topic, new Alarms.Percentile(99), LATENCY_P99_SECONDS, loadBalancer));
    t.add(Alarms.alarm("Elb5xxAlarm", env, NAME, topic, "-litellm-elb-5xx",
        "HTTP 5xx answered by the load balancer itself (no healthy task, a dropped connection)"
            + " above the threshold in 5 minutes, twice in a row",
        new Alarms.Metric("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", loadBalancer),
        Alarms.Statistic.Sum, Alarms.ComparisonOperator.GreaterThanThreshold,
        ELB_5XX_COUNT.ref(), 2, 300));
    t.add(logAlarm("ProviderErrorsAlarm", env, topic, "-litellm-provider-errors",
        "LLM provider errors in the proxy's logs above the threshold in 5 minutes",
        PROVIDER_ERRORS_METRIC, PROVIDER_ERROR_COUNT));
    t.add(logAlarm("RateLimitedAlarm", env, topic, "-litellm-rate-limited",
        "Rate-limited (429) calls in the proxy's logs above the threshold in 5 minutes",
        RATE_LIMITED_METRIC, RATE_LIMIT_COUNT));

    t.add(Output.builder()
        .logicalId("DashboardName")
        .description("CloudWatch dashboard of the environment")
        .value(dashboard.ref())
        .export(ObservabilityExports.DASHBOARD_NAME)
        .build());
    return t.build();
  }

  @Override
  public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(Names.PREFIX, environment.namePrefix());
    values.put(LATENCY_P95_SECONDS, String.valueOf(environment.latencyP95AlarmSeconds()));
    values.put(LATENCY_P99_SECONDS, String.valueOf(environment.latencyP99AlarmSeconds()));
    values.put(ELB_5XX_COUNT, String.valueOf(environment.elb5xxAlarmCount()));
    values.put(PROVIDER_ERROR_COUNT, String.valueOf(environment.providerErrorAlarmCount()));
    values.put(RATE_LIMIT_COUNT, String.valueOf(environment.rateLimitAlarmCount()));
    values.forEach((parameter, value) -> parameter.violation(value).ifPresent(reason -> {
      throw new IllegalStateException("Stack " + NAME + ", environment " + environment.name()
          + ": parameter " + parameter.logicalId() + " " + reason);
    }));
    return values;
  }

  // --- the dashboard's widget groups, one per watched stack

  private static WidgetGroup loadBalancerWidgets() {
    var lb = List.of(new Dimension(LOAD_BALANCER, LOAD_BALANCER));
    var target = List.of(new Dimension(TARGET_GROUP, TARGET_GROUP),
        new Dimension(LOAD_BALANCER, LOAD_BALANCER));
    String elb = "AWS/ApplicationELB";
    return new WidgetGroup("Load balancer (alb stack)", List.of(
        new Widget("Requests", List.of(line(elb, "RequestCount", lb, "Sum", "requests"))),
        new Widget("Latency (TargetResponseTime, seconds)", List.of(
            line(elb, "TargetResponseTime", lb, "p50", "p50"),
            line(elb, "TargetResponseTime", lb, "p95", "p95"),
            line(elb, "TargetResponseTime", lb, "p99", "p99"))),
        new Widget("4xx", List.of(
            line(elb, "HTTPCode_ELB_4XX_Count", lb, "Sum", "load balancer 4xx"),
            line(elb, "HTTPCode_Target_4XX_Count", target, "Sum", "proxy 4xx"))),
        new Widget("5xx", List.of(
            line(elb, "HTTPCode_ELB_5XX_Count", lb, "Sum", "load balancer 5xx"),
            line(elb, "HTTPCode_Target_5XX_Count", target, "Sum", "proxy 5xx")))));
  }

  private static WidgetGroup serviceWidgets() {
    var service = List.of(new Dimension(CLUSTER, CLUSTER), new Dimension(SERVICE, SERVICE));
    return new WidgetGroup("Proxy tasks (litellm stack)", List.of(
        new Widget("Running tasks (Container Insights)", List.of(
            line("ECS/ContainerInsights", "RunningTaskCount", service, "Average", "running"))),
        new Widget("CPU and memory (%)", List.of(
            line("AWS/ECS", "CPUUtilization", service, "Average", "CPU"),
            line("AWS/ECS", "MemoryUtilization", service, "Average", "memory")))));
  }

  private static WidgetGroup databaseWidgets() {
    var database = List.of(new Dimension(DATABASE, DATABASE));
    return new WidgetGroup("Database (database stack)", List.of(
        new Widget("Database connections", List.of(
            line("AWS/RDS", "DatabaseConnections", database, "Maximum", "connections")))));
  }

  private static WidgetGroup cacheWidgets() {
    var primary = List.of(new Dimension(CACHE_NODE, CACHE_NODE));
    return new WidgetGroup("Valkey (cache stack, primary node)", List.of(
        new Widget("Engine CPU and memory (%)", List.of(
            line("AWS/ElastiCache", "EngineCPUUtilization", primary, "Average", "engine CPU"),
            line("AWS/ElastiCache", "DatabaseMemoryUsagePercentage", primary, "Average",
                "memory"))),
        new Widget("Evictions and connections", List.of(
            line("AWS/ElastiCache", "Evictions", primary, "Sum", "evictions"),
            line("AWS/ElastiCache", "CurrConnections", primary, "Maximum", "connections")))));
  }

  private static WidgetGroup proxyLogWidgets() {
    return new WidgetGroup("Proxy logs (metric filters of this stack)", List.of(
        new Widget("Provider errors and 429s", List.of(
            line(LOG_METRICS_NAMESPACE, PROVIDER_ERRORS_METRIC, List.of(), "Sum",
                "provider errors"),
            line(LOG_METRICS_NAMESPACE, RATE_LIMITED_METRIC, List.of(), "Sum", "429s")))));
  }

  private static MetricLine line(
      String namespace, String metric, List<Dimension> dimensions, String stat, String label) {
    return new MetricLine(namespace, metric, dimensions, stat, label);
  }

  // --- alarms and metric filters

  private static Alarm latencyAlarm(Parameter env, Expr topic, Alarms.Percentile percentile,
      Parameter threshold, List<Alarm.Dimension> loadBalancer) {
    String p = percentile.statisticName();
    return Alarms.alarm("Latency" + p.toUpperCase(java.util.Locale.ROOT) + "Alarm", env, NAME,
        topic, "-litellm-latency-" + p,
        "Load balancer " + p + " response time above the threshold for 15 minutes",
        new Alarms.Metric("AWS/ApplicationELB", "TargetResponseTime", loadBalancer),
        percentile, Alarms.ComparisonOperator.GreaterThanThreshold, threshold.ref(), 3, 300);
  }

  private static Alarm logAlarm(String logicalId, Parameter env, Expr topic, String nameSuffix,
      String description, String metric, Parameter threshold) {
    return Alarms.alarm(logicalId, env, NAME, topic, nameSuffix, description,
        new Alarms.Metric(Fn.sub("LiteLLM/", Names.PREFIX), metric, List.of()),
        Alarms.Statistic.Sum, Alarms.ComparisonOperator.GreaterThanThreshold, threshold.ref(), 1,
        300);
  }

  /** A filter counting matching lines of the proxy's log group as 1 each (0 when none match). */
  private static MetricFilter logMetricFilter(String logicalId, String nameSuffix, Expr logGroup,
      String pattern, String metric) {
    return MetricFilter.builder()
        .logicalId(logicalId)
        .filterName(Names.of(nameSuffix, Names.DEFAULT_LIMIT))
        .logGroupName(logGroup)
        .filterPattern(pattern)
        .metricTransformations(List.of(MetricFilter.MetricTransformation.builder()
            .metricNamespace(Fn.sub("LiteLLM/", Names.PREFIX))
            .metricName(metric)
            .metricValue("1")
            .defaultValue(0)
            .unit("Count")
            .build()))
        .build();
  }

  private static Parameter threshold(String logicalId, String label, String description,
      int min, int max, int defaultValue) {
    return Parameter.builder()
        .logicalId(logicalId)
        .label(label)
        .description(description)
        .type(ParameterType.NUMBER)
        .defaultValue(String.valueOf(defaultValue))
        .minValue(BigDecimal.valueOf(min))
        .maxValue(BigDecimal.valueOf(max))
        .build();
  }

  private static Expr imported(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX));
  }
}
