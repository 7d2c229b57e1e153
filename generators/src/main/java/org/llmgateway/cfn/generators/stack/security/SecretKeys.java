package org.llmgateway.cfn.generators.stack.security;

/**
 * The JSON keys inside the security stack's secrets. The litellm stack reads them
 * ({@code valueFrom: <secret-arn>:<KEY>::}), the pipelines and operators query them, and the
 * rotation function ({@code master_key_rotation.py}) writes the master-key ones.
 */
public final class SecretKeys {

  private SecretKeys() {}

  // <env>/litellm/master-key
  public static final String MASTER_KEY = "LITELLM_MASTER_KEY";
  /** The key the last rotation retired; "" before the first rotation. */
  public static final String PREVIOUS_MASTER_KEY = "PREVIOUS_MASTER_KEY";
  /** ISO-8601 UTC ({@code 2025-01-31T12:00:00Z}); the proxy accepts the previous key until then. */
  public static final String PREVIOUS_MASTER_KEY_EXPIRES_AT = "PREVIOUS_MASTER_KEY_EXPIRES_AT";

  // <env>/litellm/ui-password
  public static final String UI_USERNAME = "UI_USERNAME";
  public static final String UI_PASSWORD = "UI_PASSWORD";

  // <env>/litellm/api-keys
  public static final String OPENAI_API_KEY = "OPENAI_API_KEY";
  public static final String ANTHROPIC_API_KEY = "ANTHROPIC_API_KEY";
  public static final String BEDROCK_REGION = "AWS_BEDROCK_REGION";

  // <env>/litellm/database (the database stack adds host and DATABASE_URL)
  public static final String DATABASE_USERNAME = "username";
  public static final String DATABASE_PASSWORD = "password";
  public static final String DATABASE_NAME = "dbname";
  public static final String DATABASE_PORT = "port";
  public static final String DATABASE_ENGINE = "engine";
  /** Written by the database stack: the postgresql:// URL LiteLLM connects with. */
  public static final String DATABASE_HOST = "host";
  public static final String DATABASE_URL = "DATABASE_URL";

  // <env>/litellm/redis-auth: the Valkey AUTH token (REDIS_PASSWORD of the tasks)
  public static final String REDIS_AUTH_TOKEN = "token";

  // <env>/litellm/salt-key
  public static final String SALT_KEY = "LITELLM_SALT_KEY";
}
