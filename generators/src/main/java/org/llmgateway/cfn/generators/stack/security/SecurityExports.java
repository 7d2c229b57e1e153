package org.llmgateway.cfn.generators.stack.security;

import org.llmgateway.cfn.model.template.ExportName;

/** What the security stack exports; importing stacks use these constants, never the strings. */
public final class SecurityExports {

  private SecurityExports() {}

  public static final String STACK = "security";

  public static final ExportName KMS_KEY_ARN = ExportName.of(STACK, "KmsKeyArn");
  public static final ExportName MASTER_KEY_SECRET_ARN = ExportName.of(STACK, "MasterKeySecretArn");
  public static final ExportName UI_PASSWORD_SECRET_ARN =
      ExportName.of(STACK, "UiPasswordSecretArn");
  public static final ExportName API_KEYS_SECRET_ARN = ExportName.of(STACK, "ApiKeysSecretArn");
  public static final ExportName DATABASE_SECRET_ARN = ExportName.of(STACK, "DatabaseSecretArn");
  public static final ExportName SALT_KEY_SECRET_ARN = ExportName.of(STACK, "SaltKeySecretArn");
  public static final ExportName TASK_EXECUTION_ROLE_ARN =
      ExportName.of(STACK, "TaskExecutionRoleArn");
  public static final ExportName TASK_ROLE_ARN = ExportName.of(STACK, "TaskRoleArn");
  public static final ExportName REDIS_AUTH_SECRET_ARN = ExportName.of(STACK, "RedisAuthSecretArn");
  public static final ExportName CONFIG_BUCKET_NAME = ExportName.of(STACK, "ConfigBucketName");
  public static final ExportName ALARM_TOPIC_ARN = ExportName.of(STACK, "AlarmTopicArn");
  public static final ExportName DB_MONITORING_ROLE_ARN =
      ExportName.of(STACK, "DbMonitoringRoleArn");
}
