package org.llmgateway.cfn.generators.stack;

/**
 * Facts more than one stack (or the Docker image, or the pipelines) must agree on. Each lives here
 * once; physical names are {@code <env><suffix>}, built with {@link Names}.
 */
public final class SharedNames {

  private SharedNames() {}

  public static final String CLUSTER_SUFFIX = "-litellm-cluster";
  public static final String SERVICE_SUFFIX = "-litellm-service";
  /** Task definition family, also the log group's last part. */
  public static final String TASK_FAMILY_SUFFIX = "-litellm-proxy";
  public static final String CONTAINER_NAME = "litellm-proxy";
  public static final String ECR_REPOSITORY = "litellm-proxy";

  /** The ECS task log group is {@code /ecs/<env>-litellm-proxy}. */
  public static final String TASK_LOG_GROUP_PREFIX = "/ecs/";
  /** Rotation functions log to {@code /aws/lambda/<env>-litellm-<purpose>}. */
  public static final String FUNCTION_LOG_GROUP_PREFIX = "/aws/lambda/";

  public static final int CONTAINER_PORT = 4000;
  public static final String HEALTH_CHECK_PATH = "/health/liveliness";

  public static final int DATABASE_PORT = 5432;
  public static final String DATABASE_NAME = "litellm";
  public static final String DATABASE_USER = "litellm";

  /** Secret names are {@code <env>/litellm/<name>}. */
  public static final String SECRET_PREFIX = "/litellm/";
  public static final String MASTER_KEY_SECRET = "master-key";
  public static final String UI_PASSWORD_SECRET = "ui-password";
  public static final String API_KEYS_SECRET = "api-keys";
  public static final String DATABASE_SECRET = "database";
  public static final String SALT_KEY_SECRET = "salt-key";

  // JSON keys inside the secrets: the security stack (and its rotation functions) write them, the
  // litellm task reads them by name, and a key missing from a secret stops the task from starting.
  /** In master-key. */
  public static final String MASTER_KEY_JSON_KEY = "LITELLM_MASTER_KEY";
  /** In master-key: the key before the last rotation, still honoured until it expires. */
  public static final String PREVIOUS_MASTER_KEY_JSON_KEY = "PREVIOUS_MASTER_KEY";
  /** In master-key: when the previous key stops working (ISO-8601 UTC). */
  public static final String PREVIOUS_MASTER_KEY_EXPIRES_AT_JSON_KEY =
      "PREVIOUS_MASTER_KEY_EXPIRES_AT";
  /** In ui-password. */
  public static final String UI_USERNAME_JSON_KEY = "UI_USERNAME";
  /** In ui-password. */
  public static final String UI_PASSWORD_JSON_KEY = "UI_PASSWORD";
  /** In api-keys. */
  public static final String OPENAI_API_KEY_JSON_KEY = "OPENAI_API_KEY";
  /** In api-keys. */
  public static final String ANTHROPIC_API_KEY_JSON_KEY = "ANTHROPIC_API_KEY";
  /** In database: the full postgresql:// URL LiteLLM connects with. */
  public static final String DATABASE_URL_JSON_KEY = "DATABASE_URL";
  /** In salt-key. */
  public static final String SALT_KEY_JSON_KEY = "LITELLM_SALT_KEY";

  /** The LiteLLM release the image is built from; the Dockerfile pins the same version. */
  public static final String LITELLM_VERSION = "v1.74.9-stable";
}
