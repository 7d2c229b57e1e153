package org.llmgateway.cfn.generators.stack.litellm;

import java.util.List;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.resource.ecs.TaskDefinition;
import org.llmgateway.cfn.resource.ecs.TaskDefinition.ContainerDefinition;
import org.llmgateway.cfn.resource.ecs.TaskDefinition.KeyValuePair;

/**
 * Traces: LiteLLM's OpenTelemetry callback ({@code callbacks: ["otel"]} in docker/config.yaml)
 * sends spans over OTLP/HTTP to an AWS Distro for OpenTelemetry collector in the same task, which
 * exports them to X-Ray with the task role (xray:PutTraceSegments, security stack). Spans carry
 * the request's timing, model, provider, status and token counts, never prompt or response text:
 * {@code turn_off_message_logging: true} redacts both from every callback.
 *
 * <p>The callback is in the image for every environment; where tracing is off, the sampler
 * records nothing and no collector runs, so nothing is sent and nothing fails to be sent.
 */
final class TraceCollector {

  private TraceCollector() {}

  static final String CONTAINER_NAME = "aws-otel-collector";

  /**
   * The ADOT collector, pinned (v0.45.1: the aws-observability/aws-otel-collector VERSION file,
   * checked 2026-12-02). Its built-in {@code /etc/ecs/ecs-xray.yaml} receives OTLP on 4317/4318
   * and exports traces to X-Ray only, so the task role needs no CloudWatch or Prometheus rights.
   */
  static final String IMAGE = "public.ecr.aws/aws-observability/aws-otel-collector:v0.45.1";
  static final String CONFIG = "--config=/etc/ecs/ecs-xray.yaml";

  /** LiteLLM's OTLP/HTTP exporter, to the collector on the task's loopback (awsvpc). */
  static final String OTLP_HTTP_ENDPOINT = "http://localhost:4318/v1/traces";

  private static final String ENABLED = "enabled";
  private static final String DISABLED = "disabled";

  static final Parameter TRACING = Parameter.builder()
      .logicalId("Tracing")
      .label("Traces to X-Ray")
      .description("enabled runs the ADOT collector sidecar (" + EnvironmentConfig.TRACE_COLLECTOR_CPU
          + " CPU, " + EnvironmentConfig.TRACE_COLLECTOR_MEMORY_MB + " MB of the task) and samples"
          + " every request; disabled samples none")
      .defaultValue(DISABLED)
      .allowedValues(List.of(ENABLED, DISABLED))
      .build();

  static final Condition HAS_TRACING =
      Condition.of("HasTracing", Fn.equalsTo(TRACING.ref(), Expr.of(ENABLED)));

  static String parameterValue(EnvironmentConfig environment) {
    return environment.tracing() ? ENABLED : DISABLED;
  }

  /**
   * The proxy's OpenTelemetry variables (LiteLLM's OTEL_EXPORTER / OTEL_ENDPOINT, checked
   * 2026-12-02: https://docs.litellm.ai/docs/observability/opentelemetry_integration; the SDK's
   * standard OTEL_TRACES_SAMPLER).
   */
  static List<KeyValuePair> proxyVariables(Parameter environment) {
    return List.of(
        variable("OTEL_EXPORTER", Expr.of("otlp_http")),
        variable("OTEL_ENDPOINT", Expr.of(OTLP_HTTP_ENDPOINT)),
        variable("OTEL_SERVICE_NAME", Expr.of("litellm-proxy")),
        variable("OTEL_ENVIRONMENT_NAME", environment.ref()),
        variable("OTEL_TRACES_SAMPLER", Fn.ifThen(HAS_TRACING,
            Expr.of("parentbased_always_on"), Expr.of("always_off"))));
  }

  /**
   * The collector container, only where tracing is on. Not essential: a collector that stops
   * costs traces, never requests.
   */
  static Expr container(TaskDefinition.LogConfiguration logs) {
    return Fn.onlyIf(HAS_TRACING, ContainerDefinition.builder()
        .name(CONTAINER_NAME)
        .image(IMAGE)
        .essential(false)
        .command(CONFIG)
        .cpu(EnvironmentConfig.TRACE_COLLECTOR_CPU)
        .memoryReservation(EnvironmentConfig.TRACE_COLLECTOR_MEMORY_MB)
        .logConfiguration(logs)
        .readonlyRootFilesystem(true)
        .build());
  }

  private static KeyValuePair variable(String name, Expr value) {
    return KeyValuePair.builder().name(name).value(value).build();
  }
}
