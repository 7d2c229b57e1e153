package org.llmgateway.cfn.generators.environment;

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
}
