package org.llmgateway.cfn.generators.environment;

/**
 * The values of the proxy's own configuration file ({@code docker/config.yaml}) that the stacks
 * and the environment checks must agree with. The file is the same for every environment, so
 * these are constants; a test reads the file and compares.
 */
public final class ProxyConfig {

  private ProxyConfig() {}

  /**
   * {@code litellm_settings.request_timeout}: the longest a call to a provider may take. The ALB
   * idle timeout, the proxy's keep-alive and the deregistration delay are all sized from it.
   */
  public static final int REQUEST_TIMEOUT_SECONDS = 600;

  /**
   * {@code general_settings.database_connection_pool_limit}: the Prisma pool of one proxy worker
   * process (LiteLLM's default, 10), so one task holds up to this times its worker count.
   */
  public static final int DB_POOL_LIMIT_PER_WORKER = 10;

  /**
   * {@code general_settings.proxy_batch_write_at}: spend and usage rows are written in batches
   * every this many seconds instead of once per request, which keeps the pool small.
   */
  public static final int BATCH_WRITE_SECONDS = 60;
}
