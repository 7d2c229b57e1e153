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
  /**
   * The image repository is {@code <env>-litellm-proxy}: one per environment, so environments
   * can share an account (a fixed name would make the second environment's stack fail).
   */
  public static final String ECR_REPOSITORY_SUFFIX = "-litellm-proxy";

  /** The ECS task log group is {@code /ecs/<env>-litellm-proxy}. */
  public static final String TASK_LOG_GROUP_PREFIX = "/ecs/";
  /** Rotation functions log to {@code /aws/lambda/<env>-litellm-<purpose>}. */
  public static final String FUNCTION_LOG_GROUP_PREFIX = "/aws/lambda/";

  public static final int CONTAINER_PORT = 4000;
  public static final String HEALTH_CHECK_PATH = "/health/liveliness";

  public static final int DATABASE_PORT = 5432;
  public static final String DATABASE_NAME = "litellm";
  /**
   * The RDS master user, for administration and the rotation function only. It keeps the name the
   * instance was created with: changing MasterUsername replaces the instance.
   */
  public static final String DATABASE_MASTER_USER = "litellm";
  /**
   * The first of the two login users LiteLLM runs as; rotation alternates it with {@code
   * <user>_clone}. 57 characters at most, so the clone's name fits PostgreSQL's 63.
   */
  public static final String DATABASE_USER = "litellm_app";
  /** The NOLOGIN role owning the database and its objects; both login users are members. */
  public static final String DATABASE_OWNER_ROLE = "litellm_owner";

  /**
   * Generated passwords and keys (GenerateSecretString at creation, GetRandomPassword at each
   * rotation) leave out every punctuation character but {@code - . _}, so a value is
   * safe in a URL, a shell word, JSON and a SQL literal without quoting.
   */
  public static final String GENERATED_SECRET_EXCLUDED_CHARACTERS =
      "!\"#$%&'()*+,/:;<=>?@[\\]^`{|}~";

  /** Length of the generated database password, at creation and at each rotation. */
  public static final int DATABASE_PASSWORD_LENGTH = 32;

  /** Secret names are {@code <env>/litellm/<name>}. */
  public static final String SECRET_PREFIX = "/litellm/";
  public static final String MASTER_KEY_SECRET = "master-key";
  public static final String UI_PASSWORD_SECRET = "ui-password";
  public static final String API_KEYS_SECRET = "api-keys";
  public static final String DATABASE_SECRET = "database";
  public static final String SALT_KEY_SECRET = "salt-key";
  /** The Valkey AUTH token ({@code <env>/litellm/redis-auth}), read by ElastiCache and the tasks. */
  public static final String REDIS_AUTH_SECRET = "redis-auth";

  /** Valkey's port: the cache security group admits it from the tasks, the tasks get REDIS_PORT. */
  public static final int REDIS_PORT = 6379;

  /**
   * ElastiCache AUTH tokens are 16-128 printable ASCII characters without {@code @ " /} (checked
   * 2026-12-02, https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html);
   * {@link #GENERATED_SECRET_EXCLUDED_CHARACTERS} leaves out those and more, so the token is
   * also safe in a redis:// URL.
   */
  public static final int REDIS_AUTH_TOKEN_LENGTH = 64;

  /** The LiteLLM release the image is built from; the Dockerfile pins the same version. */
  public static final String LITELLM_VERSION = "v1.108.20";
}
