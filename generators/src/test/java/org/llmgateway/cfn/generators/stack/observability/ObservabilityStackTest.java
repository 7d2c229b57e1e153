package org.llmgateway.cfn.generators.stack.observability;

import org.llmgateway.cfn.generators.LiteLlmApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.emit.Generation;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.Alarms;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.litellm.LiteLlmExports;
import org.llmgateway.cfn.generators.stack.observability.DashboardModel.Dimension;
import org.llmgateway.cfn.generators.stack.observability.DashboardModel.MetricLine;
import org.llmgateway.cfn.generators.stack.observability.DashboardModel.Widget;
import org.llmgateway.cfn.generators.stack.observability.DashboardModel.WidgetGroup;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Sub;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.cloudwatch.Dashboard;
import org.llmgateway.cfn.resource.logs.MetricFilter;

class ObservabilityStackTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObservabilityStack stack = new ObservabilityStack();
  private final Template template = stack.template();

  // --- dashboard

  @Test
  void the_dashboard_draws_every_signal_the_issue_asks_for() {
    List<String> drawn = new ArrayList<>();
    for (WidgetGroup group : stack.dashboard().groups()) {
      for (Widget widget : group.widgets()) {
        widget.lines().forEach(l -> drawn.add(l.namespace() + " " + l.metric() + " " + l.stat()));
      }
    }
    assertThat(drawn).contains(
        "AWS/ApplicationELB RequestCount Sum",
        "AWS/ApplicationELB TargetResponseTime p50",
        "AWS/ApplicationELB TargetResponseTime p95",
        "AWS/ApplicationELB TargetResponseTime p99",
        "AWS/ApplicationELB HTTPCode_ELB_4XX_Count Sum",
        "AWS/ApplicationELB HTTPCode_ELB_5XX_Count Sum",
        "AWS/ApplicationELB HTTPCode_Target_4XX_Count Sum",
        "AWS/ApplicationELB HTTPCode_Target_5XX_Count Sum",
        "ECS/ContainerInsights RunningTaskCount Average",
        "AWS/ECS CPUUtilization Average",
        "AWS/ECS MemoryUtilization Average",
        "AWS/RDS DatabaseConnections Maximum",
        "AWS/ElastiCache EngineCPUUtilization Average",
        "AWS/ElastiCache DatabaseMemoryUsagePercentage Average",
        "AWS/ElastiCache Evictions Sum",
        "AWS/ElastiCache CurrConnections Maximum",
        "LiteLLM/${NamePrefix} ProviderErrors Sum",
        "LiteLLM/${NamePrefix} RateLimited Sum");
  }

  @Test
  void the_dashboard_body_is_one_sub_whose_variables_are_the_other_stacks_exports() throws IOException {
    Dashboard dashboard = template.resources(Dashboard.class).get(0);
    Sub body = (Sub) dashboard.dashboardBody();

    assertThat(body.variables()).containsOnlyKeys(ObservabilityStack.RESOURCE_EXPORTS.keySet());
    ObservabilityStack.RESOURCE_EXPORTS.forEach((variable, export) ->
        assertThat(body.variables().get(variable)).as(variable).isEqualTo(imported(export)));
    JsonNode json = JSON.readTree(body.template());
    JsonNode requests = json.path("widgets").get(1).path("properties");
    assertThat(requests.path("title").asText()).isEqualTo("Requests");
    assertThat(requests.path("region").asText()).isEqualTo("${AWS::Region}");
    assertThat(requests.path("metrics").get(0).toString())
        .isEqualTo("[\"AWS/ApplicationELB\",\"RequestCount\",\"LoadBalancer\",\"${LoadBalancer}\","
            + "{\"stat\":\"Sum\",\"label\":\"requests\"}]");
    assertThat(dashboard.dashboardName()).contains(Names.of("-litellm", Names.DEFAULT_LIMIT));
  }

  @Test
  void widgets_fill_two_columns_under_one_heading_per_watched_stack_without_overlapping() {
    JsonNode widgets = widgets(stack.dashboard());
    List<String> cells = new ArrayList<>();
    for (JsonNode w : widgets) {
      for (int dy = 0; dy < w.path("height").asInt(); dy++) {
        for (int dx = 0; dx < w.path("width").asInt(); dx++) {
          cells.add((w.path("x").asInt() + dx) + "," + (w.path("y").asInt() + dy));
        }
      }
      assertThat(w.path("x").asInt() + w.path("width").asInt()).isLessThanOrEqualTo(24);
    }
    assertThat(cells).doesNotHaveDuplicates();
    assertThat(Stream.of(JSON.convertValue(widgets, JsonNode[].class))
            .filter(w -> w.path("type").asText().equals("text")).count())
        .isEqualTo(stack.dashboard().groups().size());
  }

  @Test
  void another_stack_adds_its_widgets_as_one_more_group() {
    var redis = new WidgetGroup("Cache (cache stack)", List.of(new Widget("Cache CPU",
        List.of(new MetricLine("AWS/RDS", "CPUUtilization",
            List.of(new Dimension("DBInstanceIdentifier", ObservabilityStack.DATABASE)),
            "Average", "CPU")))));
    var extended = new ObservabilityStack(List.of(redis));

    assertThat(extended.dashboard().groups()).last().isEqualTo(redis);
    assertThat(widgets(extended.dashboard()).toString()).contains("Cache CPU");
  }

  // --- bad input: a metric naming no resource

  @Test
  void a_dimension_naming_no_import_or_parameter_is_refused_with_widget_field_and_reason() {
    var typo = group(new MetricLine("AWS/ApplicationELB", "RequestCount",
        List.of(new Dimension("LoadBalancer", "LoadBalancerName")), "Sum", "requests"));

    assertThatThrownBy(() -> new ObservabilityStack(List.of(typo)).template())
        .isInstanceOf(DashboardModel.InvalidDashboardException.class)
        .hasMessageContaining("Stack observability")
        .hasMessageContaining("widget 'Broken' (Extra), metric AWS/ApplicationELB RequestCount")
        .hasMessageContaining("dimension LoadBalancer: 'LoadBalancerName' is no import or"
            + " parameter of the observability stack");
  }

  @Test
  void an_unknown_namespace_or_metric_is_refused() {
    var namespace = group(new MetricLine("AWS/ELB", "RequestCount", List.of(), "Sum", "x"));
    var metric = group(new MetricLine("AWS/ECS", "CpuUtilisation", List.of(), "Sum", "x"));

    assertThatThrownBy(() -> new ObservabilityStack(List.of(namespace)).dashboard())
        .hasMessageContaining("namespace: 'AWS/ELB' is not a namespace this dashboard knows");
    assertThatThrownBy(() -> new ObservabilityStack(List.of(metric)).dashboard())
        .hasMessageContaining("metric: 'CpuUtilisation' is not a metric of AWS/ECS");
  }

  @Test
  void generate_writes_nothing_when_the_dashboard_names_no_resource(@TempDir Path root)
      throws IOException {
    var typo = group(new MetricLine("AWS/RDS", "DatabaseConnections",
        List.of(new Dimension("DBInstanceIdentifier", "Database")), "Maximum", "connections"));

    assertThatThrownBy(() -> Generation.generate(root, new LiteLlmApplication(), List.of(new ObservabilityStack(
            List.of(typo))), () -> List.of(Environments.DEV)))
        .isInstanceOf(DashboardModel.InvalidDashboardException.class)
        .hasMessageContaining("'Database' is no import or parameter");
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  // --- alarms

  @Test
  void latency_alarms_watch_the_p95_and_p99_target_response_time_with_extended_statistics() {
    for (String p : List.of("p95", "p99")) {
      Alarm alarm = alarm("Latency" + p.toUpperCase() + "Alarm");
      assertThat(alarm.extendedStatistic()).as(p).contains(Expr.of(p));
      assertThat(alarm.statistic()).as(p).isEmpty();
      assertThat(alarm.metricName()).contains(Expr.of("TargetResponseTime"));
      assertThat(alarm.namespace()).contains(Expr.of("AWS/ApplicationELB"));
      assertThat(alarm.threshold()).contains((p.equals("p95")
          ? ObservabilityStack.LATENCY_P95_SECONDS : ObservabilityStack.LATENCY_P99_SECONDS).ref());
    }
  }

  @Test
  void every_alarm_tells_the_security_stacks_alarm_topic() {
    Expr topic = Fn.importValue(SecurityExports.ALARM_TOPIC_ARN.in(Names.PREFIX));
    List<Alarm> alarms = template.resources(Alarm.class);

    assertThat(alarms).extracting(Alarm::logicalId).containsExactlyInAnyOrder(
        "LatencyP95Alarm", "LatencyP99Alarm", "Elb5xxAlarm", "ProviderErrorsAlarm",
        "RateLimitedAlarm");
    assertThat(alarms).allSatisfy(a -> {
      assertThat(a.alarmActions()).as(a.logicalId()).contains(Expr.list(List.of(topic)));
      assertThat(a.okActions()).as(a.logicalId()).contains(Expr.list(List.of(topic)));
    });
    assertThat(alarm("Elb5xxAlarm").metricName()).contains(Expr.of("HTTPCode_ELB_5XX_Count"));
    assertThat(alarm("Elb5xxAlarm").threshold()).contains(ObservabilityStack.ELB_5XX_COUNT.ref());
  }

  @Test
  void thresholds_come_from_each_environments_settings() {
    var values = stack.parameterValues(Environments.PROD);

    assertThat(values.get(ObservabilityStack.LATENCY_P95_SECONDS))
        .isEqualTo(String.valueOf(Environments.PROD.latencyP95AlarmSeconds()));
    assertThat(values.get(ObservabilityStack.LATENCY_P99_SECONDS)).isEqualTo("120");
    assertThat(values.get(ObservabilityStack.PROVIDER_ERROR_COUNT)).isEqualTo("20");
    assertThat(values.get(Names.PREFIX)).isEqualTo("prod");
  }

  @Test
  void a_p99_threshold_below_the_p95_one_is_refused_with_environment_field_and_reason() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("qa").latencyP95AlarmSeconds(60)
        .latencyP99AlarmSeconds(30).build())
        .hasMessageContaining("qa.latencyP99AlarmSeconds: 30 is below latencyP95AlarmSeconds (60)");
  }

  @Test
  void a_percentile_outside_0_to_100_cannot_exist() {
    assertThatThrownBy(() -> new Alarms.Percentile(101)).hasMessageContaining("p101");
  }

  // --- log metric filters

  @Test
  void metric_filters_count_provider_errors_and_429s_in_the_proxys_log_group() {
    List<MetricFilter> filters = template.resources(MetricFilter.class);

    assertThat(filters).extracting(MetricFilter::logicalId)
        .containsExactly("ProviderErrorsMetricFilter", "RateLimitedMetricFilter");
    assertThat(filters).allSatisfy(f -> assertThat(f.logGroupName())
        .isEqualTo(imported(LiteLlmExports.LOG_GROUP_NAME)));
    assertThat(filters.get(0).filterPattern())
        .isEqualTo(Expr.of("{ $.level = \"ERROR\" && $.message = \"*litellm.*\" }"));
    assertThat(filters.get(1).filterPattern().toString()).contains("RateLimitError");
    assertThat(alarm("ProviderErrorsAlarm").namespace())
        .contains(Fn.sub("LiteLLM/", Names.PREFIX));
  }

  private static WidgetGroup group(MetricLine line) {
    return new WidgetGroup("Extra", List.of(new Widget("Broken", List.of(line))));
  }

  private static JsonNode widgets(DashboardModel dashboard) {
    try {
      return JSON.readTree(dashboard.bodyText()).path("widgets");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Alarm alarm(String logicalId) {
    return template.resource(Alarm.class, logicalId).orElseThrow();
  }

  private static Expr imported(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX));
  }

}
