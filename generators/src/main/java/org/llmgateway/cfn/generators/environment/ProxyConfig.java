package org.llmgateway.cfn.generators.environment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Values of the proxy's own configuration ({@code docker/config.yaml}, baked into the image) that
 * the stacks and the environment checks (timeouts, connection budget) must agree with. The YAML file is what LiteLLM reads; these constants are what the
 * generators read, and {@code ProxyConfigTest} fails when the two differ.
 */
public final class ProxyConfig {

  private ProxyConfig() {}

  /**
   * {@code general_settings.database_connection_pool_limit}: Prisma's connection pool of one
   * LiteLLM worker process, LiteLLM's default. A task holds this many connections per worker, so
   * the database must allow it times workers times the maximum task count
   * (https://docs.litellm.ai/docs/proxy/prod, checked 2026-12-01).
   */
  public static final int DB_POOL_LIMIT_PER_WORKER = 10;

  /**
   * {@code general_settings.proxy_batch_write_at}: seconds between LiteLLM's batched writes of
   * spend logs and spend counters to the database. 60 instead of the default 10 trades spend that
   * shows up to a minute late for six times fewer writes from every task
   * (https://docs.litellm.ai/docs/proxy/config_settings, checked 2026-12-01).
   */
  public static final int BATCH_WRITE_SECONDS = 60;

  /**
   * {@code litellm_settings.request_timeout}: seconds LiteLLM waits for a provider's answer, as
   * long completions take minutes. A load balancer idle timeout shorter than this cuts a
   * non-streamed answer first (https://docs.litellm.ai/docs/proxy/config_settings, checked
   * 2026-12-01).
   */
  public static final int REQUEST_TIMEOUT_SECONDS = 600;

  /**
   * A Bedrock model the proxy serves through the ECS task role: the cross-Region inference
   * profile it calls and the foundation model behind it, which IAM checks too.
   */
  public record BedrockModel(String inferenceProfileId, String foundationModelId) {}

  /**
   * The Bedrock models of {@code docker/config.yaml}, the only ones the task role may invoke.
   * Global profiles, so the same ids work from any commercial region (ids from the Bedrock model
   * cards and the inference-profile list, checked 2026-12-01:
   * https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html).
   */
  public static final List<BedrockModel> BEDROCK_MODELS = List.of(
      new BedrockModel("global.anthropic.claude-sonnet-4-6", "anthropic.claude-sonnet-4-6"),
      new BedrockModel("global.anthropic.claude-haiku-4-5-20251001-v1:0",
          "anthropic.claude-haiku-4-5-20251001-v1:0"));

  /**
   * The API host of each LiteLLM provider prefix of {@code docker/config.yaml}'s models
   * ({@code openai/...}, {@code anthropic/...}), the names the DNS Firewall lets the tasks
   * resolve (LiteLLM's default api_base of each provider, checked 2026-12-02:
   * https://docs.litellm.ai/docs/providers/openai, https://docs.litellm.ai/docs/providers/anthropic).
   * Bedrock is an AWS service: its endpoints are under {@code amazonaws.com}, which the firewall
   * allows for every AWS API. ProxyConfigTest fails when a model's provider is missing here.
   */
  public static final Map<String, String> PROVIDER_API_DOMAINS = Map.of(
      "openai", "api.openai.com",
      "anthropic", "api.anthropic.com",
      "bedrock", "*.amazonaws.com");

  /** Where generate writes each environment's config: {@code <folder>/<environment>/config.yaml}. */
  public static final String RENDERED_FOLDER = "proxy-config";

  private static final String BASE_RESOURCE = "/org/llmgateway/cfn/generators/proxy/config.yaml";

  /** The variables the tasks get with redis on (the litellm stack sets them). */
  static final String REDIS_HOST = "os.environ/REDIS_HOST";
  static final String REDIS_PORT = "os.environ/REDIS_PORT";
  static final String REDIS_PASSWORD = "os.environ/REDIS_PASSWORD";

  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build();

  /**
   * The config one environment's tasks load from S3: {@code docker/config.yaml} plus, with
   * {@link EnvironmentConfig#redis()}, {@code router_settings} on the shared Valkey (rate limits,
   * budgets and cooldowns across tasks) and, with {@link EnvironmentConfig#responseCache()}, the
   * response cache there. Every value comes from the task's environment ({@code os.environ/}),
   * so no host or secret is in the file. TLS: REDIS_SSL for the router's client, {@code ssl} for
   * the cache's (LiteLLM "Redis and Valkey Cache", checked 2026-12-02).
   */
  public static String render(EnvironmentConfig environment, List<String> header) {
    ObjectNode config = base();
    if (environment.redis()) {
      ObjectNode router = config.withObject("/router_settings");
      router.put("redis_host", REDIS_HOST);
      router.put("redis_port", REDIS_PORT);
      router.put("redis_password", REDIS_PASSWORD);
    }
    if (environment.responseCache()) {
      ObjectNode settings = config.withObject("/litellm_settings");
      settings.put("cache", true);
      ObjectNode params = settings.putObject("cache_params");
      params.put("type", "redis");
      params.put("host", REDIS_HOST);
      params.put("port", REDIS_PORT);
      params.put("password", REDIS_PASSWORD);
      params.put("ssl", true);
    }
    StringBuilder text = new StringBuilder();
    header.forEach(line -> text.append("# ").append(line).append('\n'));
    try {
      return text.append(YAML.writeValueAsString(config)).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** docker/config.yaml as packaged with the generators. */
  static ObjectNode base() {
    try (InputStream in = ProxyConfig.class.getResourceAsStream(BASE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("docker/config.yaml is not on the classpath at "
            + BASE_RESOURCE + " (see generators/pom.xml resources)");
      }
      JsonNode node = YAML.readTree(in);
      return (ObjectNode) node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
