package org.llmgateway.cfn.generators.stack.security;

import org.llmgateway.cfn.generators.stack.Suppressions;
import org.llmgateway.cfn.generators.validate.SecurityRule;
import static org.llmgateway.cfn.generators.stack.SharedNames.API_KEYS_SECRET;
import static org.llmgateway.cfn.generators.stack.SharedNames.DATABASE_SECRET;
import static org.llmgateway.cfn.generators.stack.SharedNames.MASTER_KEY_SECRET;
import static org.llmgateway.cfn.generators.stack.SharedNames.REDIS_AUTH_SECRET;
import static org.llmgateway.cfn.generators.stack.SharedNames.SALT_KEY_SECRET;
import static org.llmgateway.cfn.generators.stack.SharedNames.UI_PASSWORD_SECRET;
import static org.llmgateway.cfn.model.intrinsic.Pseudo.ACCOUNT_ID;
import static org.llmgateway.cfn.model.intrinsic.Pseudo.PARTITION;
import static org.llmgateway.cfn.model.intrinsic.Pseudo.REGION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.IamPolicies;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.PrivateBuckets;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.model.policy.Principal;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.kms.Alias;
import org.llmgateway.cfn.resource.kms.Key;
import org.llmgateway.cfn.resource.s3.Bucket;
import org.llmgateway.cfn.resource.s3.BucketPolicy;
import org.llmgateway.cfn.resource.secretsmanager.Secret;
import org.llmgateway.cfn.resource.sns.Subscription;
import org.llmgateway.cfn.resource.sns.Topic;

/**
 * Stack 1: the environment's customer-managed KMS key, the five Secrets Manager secrets LiteLLM
 * runs on, and the two ECS task roles. Every other stack imports from it, so it holds nothing
 * that depends on them: the master key's rotation function, which must reach the proxy's tasks,
 * lives in the litellm stack (MasterKeyRotation).
 */
public final class SecurityStack implements StackGenerator<EnvironmentConfig> {

  public static final String DEFAULT_BEDROCK_REGION = "us-east-1";

  /**
   * What the trace collector calls (the ADOT awsxray exporter and X-Ray's remote sampling;
   * the AWSXrayWriteOnlyAccess managed policy's actions, checked 2026-12-02:
   * https://docs.aws.amazon.com/xray/latest/devguide/security_iam_id-based-policy-examples.html).
   */
  public static final List<String> XRAY_WRITE_ACTIONS = List.of("xray:PutTraceSegments",
      "xray:PutTelemetryRecords", "xray:GetSamplingRules", "xray:GetSamplingTargets",
      "xray:GetSamplingStatisticSummaries");

  /**
   * Secrets go with the stack (but see SALT_KEY_DELETION): a retained secret would block the next deployment under the same
   * name, and teardown-then-redeploy is how the pipelines rebuild an environment.
   */
  private static final DeletionPolicy SECRET_DELETION = DeletionPolicy.Delete;

  /**
   * The salt key is the exception: it encrypts the provider credentials LiteLLM stores in the
   * database, and the database's final snapshot and the KMS key outlive a teardown. Without the
   * same salt key a restored database's credentials could never be decrypted. docs/deploy.md and
   * docs/troubleshooting.md say how to redeploy over it and when to delete it.
   */
  private static final DeletionPolicy SALT_KEY_DELETION = DeletionPolicy.Retain;

  public static final Parameter ENVIRONMENT = EnvironmentParameter.create();

  /** Who assumes the enhanced-monitoring role, and the AWS managed policy it carries. */
  static final String DB_MONITORING_PRINCIPAL = "monitoring.rds.amazonaws.com";
  static final String DB_MONITORING_POLICY = "AmazonRDSEnhancedMonitoringRole";

  public static final Parameter BEDROCK_REGION =
      Parameter.builder()
          .logicalId("BedrockRegion")
          .label("Amazon Bedrock region")
          .description("Region LiteLLM calls Bedrock in (AWS_BEDROCK_REGION of the api-keys secret)")
          .defaultValue(DEFAULT_BEDROCK_REGION)
          .allowedPattern("^[a-z]{2}(-[a-z]+)+-[0-9]$")
          .constraintDescription("an AWS region name such as us-east-1")
          .build();

  /** The alarm topic is {@code <env>-litellm-alarms}. */
  public static final String ALARM_TOPIC_SUFFIX = "-litellm-alarms";

  /** The SNS protocol of the alarm e-mail subscription. */
  static final String EMAIL_PROTOCOL = "email";

  public static final Parameter ALARM_EMAIL =
      Parameter.builder()
          .logicalId("AlarmEmail")
          .label("Alarm e-mail address")
          .description("Address subscribed to the alarm topic (it must confirm the subscription);"
              + " empty for none, e.g. when the topic is wired to chat or paging elsewhere")
          .defaultValue("")
          .maxLength(254)
          .allowedPattern("^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
          .constraintDescription("an e-mail address such as ops@example.com, or empty")
          .build();

  static final Condition HAS_ALARM_EMAIL =
      Condition.of("HasAlarmEmail", Fn.not(Fn.equalsTo(ALARM_EMAIL.ref(), Expr.of(""))));

  /**
   * The proxy config's object key in the config bucket: the task role may read that object and
   * no other (EnvironmentConfig.proxyConfigKey refuses a key that is not a relative path).
   */
  public static final Parameter PROXY_CONFIG_KEY =
      Parameter.builder()
          .logicalId("ProxyConfigKey")
          .label("Proxy config object key")
          .description("S3 key of the LiteLLM config in the config bucket, e.g."
              + " litellm/config.yaml; the proxy tasks may read this object only")
          .defaultValue(EnvironmentConfig.builder().name("defaults").build().proxyConfigKey())
          .minLength(1)
          .maxLength(1024)
          .allowedPattern("^[^/\\\\][^\\\\]*$")
          .constraintDescription("a relative S3 key such as litellm/config.yaml")
          .build();

  public static final Parameter OPENAI_API_KEY = providerKey("OpenAiApiKey", "OpenAI");

  public static final Parameter ANTHROPIC_API_KEY = providerKey("AnthropicApiKey", "Anthropic");

  @Override
  public String name() {
    return SecurityExports.STACK;
  }

  @Override
  public Template template() {
    var t =
        Template.builder()
            .description(
                "LiteLLM security stack: customer-managed KMS key, Secrets Manager secrets, ECS task"
                    + " execution and task roles, alarm topic");
    var env = t.add(ENVIRONMENT);
    t.add(Names.PREFIX);
    t.add(Names.PATH);
    t.add(BEDROCK_REGION);
    t.add(OPENAI_API_KEY);
    t.add(ANTHROPIC_API_KEY);
    t.add(ALARM_EMAIL);
    t.add(PROXY_CONFIG_KEY);
    t.add(HAS_ALARM_EMAIL);
    t.addParameterGroups(
        ParameterGroup.of("Environment", ENVIRONMENT, Names.PREFIX, Names.PATH),
        ParameterGroup.of("Secrets", BEDROCK_REGION, OPENAI_API_KEY, ANTHROPIC_API_KEY),
        ParameterGroup.of("Alarms", ALARM_EMAIL),
        ParameterGroup.of("Proxy config", PROXY_CONFIG_KEY));

    var key = t.add(projectKey(env));
    t.add(
        Alias.builder()
            .logicalId("KmsKeyAlias")
            .aliasName(Names.within("alias/", "-litellm"))
            .targetKeyId(key.ref())
            .build());

    var masterKey =
        t.add(
            exempt(SecurityRule.SECRET_ROTATION, "Rotated by the litellm stack's"
                    + " MasterKeyRotationSchedule; the packs see one stack at a time",
                generatedSecret(
                "MasterKeySecret", MASTER_KEY_SECRET, env, key,
                "LiteLLM master key (API bearer token). The litellm stack replaces the generated"
                    + " value with an sk- key and rotates it; the previous key stays valid 7 days",
                json(SecretKeys.PREVIOUS_MASTER_KEY, "", SecretKeys.PREVIOUS_MASTER_KEY_EXPIRES_AT,
                    "1970-01-01T00:00:00Z"),
                SecretKeys.MASTER_KEY, 48, SECRET_DELETION)));
    var uiPassword =
        t.add(
            exempt(SecurityRule.SECRET_ROTATION,
                "LiteLLM reads UI_PASSWORD only when a task starts, so every rotation is a"
                    + " rolling restart of the proxy and a locked-out operator until the new value"
                    + " is fetched; the login is one operator's, admin-only, behind TLS and WAF."
                    + " Rotated by hand with a forced deployment: docs/architecture.md, Secrets",
                generatedSecret(
                    "UiPasswordSecret", UI_PASSWORD_SECRET, env, key,
                    "LiteLLM admin UI login; rotate by hand in the console or CLI",
                    json(SecretKeys.UI_USERNAME, "admin"), SecretKeys.UI_PASSWORD, 24,
                    SECRET_DELETION)));
    var apiKeys =
        t.add(
            Secret.builder()
                .logicalId("ApiKeysSecret")
                .name(secretName(API_KEYS_SECRET))
                .description(
                    "LLM provider keys, from the pipeline's NoEcho parameters; update them there")
                .kmsKeyId(key.attrArn())
                .secretString(
                    Fn.sub(
                        "{\"" + SecretKeys.OPENAI_API_KEY + "\":\"", OPENAI_API_KEY,
                        "\",\"" + SecretKeys.ANTHROPIC_API_KEY + "\":\"", ANTHROPIC_API_KEY,
                        "\",\"" + SecretKeys.BEDROCK_REGION + "\":\"", BEDROCK_REGION, "\"}"))
                .tags(Tags.withoutName(env, name()))
                .deletionPolicy(SECRET_DELETION)
                .updateReplacePolicy(SECRET_DELETION)
                .metadata(Suppressions.of(SecurityRule.SECRET_ROTATION, "The providers issue"
                    + " these keys: rotate them at the provider and update the pipeline's NoEcho"
                    + " parameters").metadata())
                .build());
    var database =
        t.add(
            exempt(SecurityRule.SECRET_ROTATION, "Rotated by the database stack's"
                    + " RotationSchedule; the packs see one stack at a time",
                generatedSecret(
                "DatabaseSecret", DATABASE_SECRET, env, key,
                "LiteLLM's PostgreSQL login; the database stack creates the user, adds host and"
                    + " DATABASE_URL, and rotates it between two alternating users",
                json(SecretKeys.DATABASE_USERNAME, SharedNames.DATABASE_USER,
                    SecretKeys.DATABASE_NAME, SharedNames.DATABASE_NAME,
                    SecretKeys.DATABASE_PORT, String.valueOf(SharedNames.DATABASE_PORT),
                    SecretKeys.DATABASE_ENGINE, "postgres"),
                SecretKeys.DATABASE_PASSWORD, SharedNames.DATABASE_PASSWORD_LENGTH,
                SECRET_DELETION)));
    var saltKey =
        t.add(
            exempt(SecurityRule.SECRET_ROTATION, "The salt key encrypts provider credentials"
                    + " stored in the database: a new one would make them unreadable",
                generatedSecret(
                "SaltKeySecret", SALT_KEY_SECRET, env, key,
                "LiteLLM salt key: encrypts provider credentials stored in the database. Never"
                    + " rotate it, or those credentials become unreadable",
                json(), SecretKeys.SALT_KEY, 48, SALT_KEY_DELETION)));

    // Here with the other secrets, so the execution role below can name it; the cache stack
    // reads it through a dynamic reference and ElastiCache never shows it.
    var redisAuth =
        t.add(
            exempt(SecurityRule.SECRET_ROTATION,
                "ElastiCache takes a new AUTH token only through the replication group's"
                    + " AuthTokenUpdateStrategy (ROTATE, then SET once every task has restarted"
                    + " with it); a Secrets Manager rotation cannot order that with the tasks, so"
                    + " the token is changed by redeploying the cache stack, then the service:"
                    + " docs/troubleshooting.md, Valkey",
                generatedSecret(
                    "RedisAuthSecret", REDIS_AUTH_SECRET, env, key,
                    "Valkey AUTH token of the cache stack's replication group (REDIS_PASSWORD of"
                        + " the proxy tasks)",
                    json(), SecretKeys.REDIS_AUTH_TOKEN, SharedNames.REDIS_AUTH_TOKEN_LENGTH,
                    SECRET_DELETION)));
    var configBucket = t.add(configBucket(env, key));
    t.add(tlsOnly(configBucket));

    var allSecrets = List.of(masterKey, uiPassword, apiKeys, database, saltKey, redisAuth);
    var taskExecutionRole =
        t.add(
            Role.builder()
                .logicalId("TaskExecutionRole")
                .description("ECS agent: pulls the LiteLLM image, ships its logs, injects secrets")
                .assumeRolePolicyDocument(IamPolicies.document(ecsTasksOfThisAccount()))
                .policies(List.of(
                    IamPolicies.inline(
                        "task-execution",
                        // GetAuthorizationToken has no resource-level permissions: AWS accepts
                        // only "*" for it. The image itself is pulled from one repository.
                        Statement.allow("EcrLogin", List.of("ecr:GetAuthorizationToken"), Expr.of("*")),
                        Statement.allow("PullLiteLlmImage",
                            List.of("ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage",
                                "ecr:GetDownloadUrlForLayer"),
                            arn("ecr", ":repository/", Names.PREFIX, SharedNames.ECR_REPOSITORY_SUFFIX)),
                        Statement.allow("WriteProxyLogs",
                            List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                            arn("logs", ":log-group:" + SharedNames.TASK_LOG_GROUP_PREFIX, Names.PREFIX,
                                SharedNames.TASK_FAMILY_SUFFIX + ":*")),
                        Statement.builder()
                            .sid("ReadLiteLlmSecrets")
                            .effect(Statement.Effect.Allow)
                            .addAction(Expr.of("secretsmanager:GetSecretValue"))
                            // A secret's Ref is its ARN.
                            .resource(allSecrets.stream().map(Secret::ref).toList())
                            .build(),
                        viaSecretsManager(
                            Statement.allow("DecryptLiteLlmSecrets", List.of("kms:Decrypt"),
                                key.attrArn())))))
                .tags(Tags.standard(env, name(), "-litellm-task-execution"))
                .metadata(IamPolicies.inlinePolicyExemption()
                    .andPackRules("ecr:GetAuthorizationToken takes only \"*\"; the log-group"
                            + " ARN ends in :* to name the group's streams",
                        SecurityRule.IAM_WILDCARD_RESOURCE.id())
                    .metadata())
                .build());
    var taskRole =
        t.add(
            Role.builder()
                .logicalId("TaskRole")
                .description("LiteLLM proxy's own AWS access: Bedrock model invocation, its"
                    + " config object and X-Ray trace writes")
                .assumeRolePolicyDocument(IamPolicies.document(ecsTasksOfThisAccount()))
                .policies(List.of(
                    IamPolicies.inline(
                        "bedrock-invoke",
                        Statement.builder()
                            .sid("InvokeBedrockModels")
                            .effect(Statement.Effect.Allow)
                            .addAction(
                                Expr.of("bedrock:InvokeModel"),
                                Expr.of("bedrock:InvokeModelWithResponseStream"))
                            .resource(bedrockInvocationTargets())
                            .build()),
                    // The ADOT collector sidecar of the litellm stack (where tracing is on)
                    // writes traces with the task's role. X-Ray's trace and sampling actions
                    // have no resource-level permissions: AWS accepts only "*" for them.
                    IamPolicies.inline(
                        "xray-write",
                        Statement.allow("WriteTraces", XRAY_WRITE_ACTIONS, Expr.of("*"))),
                    IamPolicies.inline(
                        "proxy-config",
                        // the one object LiteLLM loads at start (LITELLM_CONFIG_BUCKET_*)
                        Statement.allow("ReadProxyConfig", List.of("s3:GetObject"),
                            Fn.sub(configBucket.attrArn(), "/", PROXY_CONFIG_KEY)),
                        viaService("s3",
                            Statement.allow("DecryptProxyConfig", List.of("kms:Decrypt"),
                                key.attrArn())))))
                .tags(Tags.standard(env, name(), "-litellm-task"))
                .metadata(IamPolicies.inlinePolicyExemption()
                    .andPackRules("Bedrock cross-region inference profiles route to any region,"
                            + " so the named models' ARNs have a wildcard region; X-Ray's trace"
                            + " writes accept only \"*\"",
                        SecurityRule.IAM_WILDCARD_RESOURCE.id())
                    .metadata())
                .build());

    var dbMonitoringRole = t.add(dbMonitoringRole(env));

    var alarmTopic =
        t.add(
            Topic.builder()
                .logicalId("AlarmTopic")
                .topicName(Names.of(ALARM_TOPIC_SUFFIX, Names.DEFAULT_LIMIT))
                .displayName("LiteLLM alarms")
                .kmsMasterKeyId(key.attrArn())
                .tags(Tags.standard(env, name(), ALARM_TOPIC_SUFFIX))
                .build());
    t.add(
        Subscription.builder()
            .logicalId("AlarmEmailSubscription")
            .condition(HAS_ALARM_EMAIL)
            .topicArn(alarmTopic.ref())
            .protocol(EMAIL_PROTOCOL)
            .endpoint(ALARM_EMAIL.ref())
            .build());

    export(t, SecurityExports.KMS_KEY_ARN, "The environment's customer-managed KMS key",
        key.attrArn());
    export(t, SecurityExports.MASTER_KEY_SECRET_ARN, "Secret: LITELLM_MASTER_KEY",
        masterKey.ref());
    export(t, SecurityExports.UI_PASSWORD_SECRET_ARN, "Secret: UI_USERNAME, UI_PASSWORD",
        uiPassword.ref());
    export(t, SecurityExports.API_KEYS_SECRET_ARN,
        "Secret: OPENAI_API_KEY, ANTHROPIC_API_KEY, AWS_BEDROCK_REGION", apiKeys.ref());
    export(t, SecurityExports.DATABASE_SECRET_ARN,
        "Secret: username, password, dbname, port, engine", database.ref());
    export(t, SecurityExports.SALT_KEY_SECRET_ARN, "Secret: LITELLM_SALT_KEY", saltKey.ref());
    export(t, SecurityExports.TASK_EXECUTION_ROLE_ARN, "ECS task execution role",
        taskExecutionRole.attrArn());
    export(t, SecurityExports.TASK_ROLE_ARN, "ECS task role (Bedrock only)", taskRole.attrArn());
    export(t, SecurityExports.REDIS_AUTH_SECRET_ARN, "Secret: the Valkey AUTH token (token)",
        redisAuth.ref());
    export(t, SecurityExports.CONFIG_BUCKET_NAME,
        "Bucket of the LiteLLM config (versioned, KMS-encrypted)", configBucket.ref());
    export(t, SecurityExports.ALARM_TOPIC_ARN, "SNS topic every alarm notifies",
        alarmTopic.ref());
    export(t, SecurityExports.DB_MONITORING_ROLE_ARN, "RDS enhanced monitoring role",
        dbMonitoringRole.attrArn());
    return t.build();
  }

  @Override
  public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(Names.PREFIX, environment.namePrefix());
    values.put(Names.PATH, environment.namePath());
    values.put(BEDROCK_REGION, DEFAULT_BEDROCK_REGION);
    values.put(PROXY_CONFIG_KEY, environment.proxyConfigKey());
    return values;
  }

  /**
   * A provider API key: NoEcho with an empty default, so it is never in a parameter file and the
   * pipeline supplies it as an override. Quotes and backslashes would break the secret's JSON.
   */
  private static Parameter providerKey(String logicalId, String provider) {
    return Parameter.builder()
        .logicalId(logicalId)
        .label(provider + " API key")
        .description(provider + " API key; supplied by the pipeline as a NoEcho override, empty"
            + " if the provider is not used")
        .noEcho(true)
        .defaultValue("")
        .maxLength(1024)
        .allowedPattern("^[^\"\\\\]*$")
        .constraintDescription("no double quotes or backslashes")
        .build();
  }

  private Key projectKey(Parameter env) {
    var rootAdministers =
        Statement.builder()
            .sid("AccountAdministersKeyThroughIam")
            .effect(Statement.Effect.Allow)
            .principal(Principal.aws(Fn.sub("arn:", PARTITION, ":iam::", ACCOUNT_ID, ":root")))
            .addAction(Expr.of("kms:*"))
            // In a key policy "*" means this key and nothing else.
            .addResource(Expr.of("*"))
            .build();
    ObjectNode logGroupsOfThisAccount = JsonNodeFactory.instance.objectNode();
    logGroupsOfThisAccount
        .putObject("ArnLike")
        .set("kms:EncryptionContext:aws:logs:arn", arn("logs", ":log-group:*").toJson());
    var cloudWatchLogs =
        Statement.builder()
            .sid("CloudWatchLogsEncryptsThisAccountsLogGroups")
            .effect(Statement.Effect.Allow)
            .principal(Principal.service(Fn.sub("logs.", REGION, ".amazonaws.com")))
            .action(
                List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                        "kms:Describe*").stream()
                    .map(Expr::of)
                    .toList())
            .addResource(Expr.of("*"))
            .condition(logGroupsOfThisAccount)
            .build();
    ObjectNode alarmsOfThisAccount = JsonNodeFactory.instance.objectNode();
    alarmsOfThisAccount.putObject("StringEquals").set("aws:SourceAccount",
        Fn.accountId().toJson());
    // An alarm publishing to a KMS-encrypted topic needs the key itself; without this grant the
    // publish fails and the notification is silently lost.
    var cloudWatchAlarms =
        Statement.builder()
            .sid("CloudWatchAlarmsPublishToTheEncryptedAlarmTopic")
            .effect(Statement.Effect.Allow)
            .principal(Principal.service("cloudwatch.amazonaws.com"))
            .addAction(Expr.of("kms:Decrypt"), Expr.of("kms:GenerateDataKey*"))
            .addResource(Expr.of("*"))
            .condition(alarmsOfThisAccount)
            .build();
    return Key.builder()
        .logicalId("KmsKey")
        .description("LiteLLM: encrypts the secrets, database, log groups and alarm topic of one"
            + " environment")
        .enableKeyRotation(true)
        .pendingWindowInDays(30)
        .keyPolicy(
            IamPolicies.document(
                PolicyDocument.of(rootAdministers, cloudWatchLogs, cloudWatchAlarms)))
        .tags(Tags.standard(env, name(), "-litellm"))
        // Final database snapshots outlive a teardown and are encrypted with this key; deleting
        // it would make them unreadable. Schedule its deletion by hand once they are gone.
        .deletionPolicy(DeletionPolicy.Retain)
        .updateReplacePolicy(DeletionPolicy.Retain)
        .build();
  }

  /**
   * The role RDS enhanced monitoring publishes OS metrics with (AWS's managed policy, which
   * writes only to the RDSOSMetrics log group). It lives here, not in the database stack, because
   * that template is close to CloudFormation's 51,200-byte inline limit. The trust policy keeps
   * the account condition the RDS guide's "Protecting against the confused deputy problem"
   * documents for this principal (checked 2026-12-02,
   * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.Enabling.html).
   */
  private Role dbMonitoringRole(Parameter env) {
    return Role.builder()
        .logicalId("DbMonitoringRole")
        .description("RDS enhanced monitoring: publishes the database's OS metrics")
        .assumeRolePolicyDocument(IamPolicies.document(
            PolicyDocument.assumableBy(DB_MONITORING_PRINCIPAL, Fn.accountId())))
        .managedPolicyArns(List.of(Fn.sub("arn:", PARTITION, ":iam::aws:policy/service-role/"
            + DB_MONITORING_POLICY)))
        .tags(Tags.standard(env, name(), "-litellm-db-monitoring"))
        .metadata(IamPolicies.awsServiceRolePolicyExemption().metadata())
        .build();
  }

  /**
   * Why the UI password has no rotation schedule, in the cdk-nag convention the rule packs read
   * (docs/architecture.md, "Secrets", says the same at more length).
   */
  /** The one way a secret with a generated value is made; all are encrypted with the key. */
  private Secret generatedSecret(
      String logicalId, String secret, Parameter env, Key key, String description,
      JsonNode template, String generatedKey, int length, DeletionPolicy deletion) {
    return Secret.builder()
        .logicalId(logicalId)
        .name(secretName(secret))
        .description(description)
        .kmsKeyId(key.attrArn())
        .generateSecretString(
            Secret.GenerateSecretString.builder()
                .secretStringTemplate(template.toString())
                .generateStringKey(generatedKey)
                .passwordLength(length)
                .excludeCharacters(SharedNames.GENERATED_SECRET_EXCLUDED_CHARACTERS)
                .build())
        .tags(Tags.withoutName(env, name()))
        .deletionPolicy(deletion)
        .updateReplacePolicy(deletion)
        .build();
  }

  /** {@code secret} with a suppression of {@code rule} and its reason in its Metadata. */
  private static Secret exempt(SecurityRule rule, String reason, Secret secret) {
    return Secret.builder().from(secret).metadata(Suppressions.of(rule, reason).metadata())
        .build();
  }

  private static Expr secretName(String secret) {
    return Names.path(SharedNames.SECRET_PREFIX + secret, Names.DEFAULT_LIMIT);
  }

  /** A JSON object of string fields, in the given order. */
  private static ObjectNode json(String... keysAndValues) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      node.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return node;
  }

  /** {@code arn:<partition>:<service>:<region>:<account>} followed by the given Sub parts. */
  private static Expr arn(String service, Object... rest) {
    List<Object> parts =
        new ArrayList<>(List.of("arn:", PARTITION, ":" + service + ":", REGION, ":", ACCOUNT_ID));
    parts.addAll(Arrays.asList(rest));
    return Fn.sub(parts.toArray());
  }


  /** Limits a KMS grant to use by Secrets Manager on the caller's behalf. */
  private static Statement viaSecretsManager(Statement statement) {
    return viaService("secretsmanager", statement);
  }

  /** Limits a KMS grant to use by one AWS service (e.g. s3) in this region on the caller's behalf. */
  private static Statement viaService(String service, Statement statement) {
    ObjectNode condition = JsonNodeFactory.instance.objectNode();
    condition
        .putObject("StringEquals")
        .set("kms:ViaService", Fn.sub(service + ".", REGION, ".amazonaws.com").toJson());
    return Statement.builder().from(statement).condition(condition).build();
  }

  /**
   * The proxy config's bucket: versioned (each upload has a VersionId the litellm stack records),
   * encrypted with the project key (a bucket key keeps the KMS calls to one per object), public
   * access blocked and ACLs off. CloudFormation names it: a readable name with the account and
   * region would pass S3's 63 characters with a long tenant. Retained: it holds every config
   * version ever deployed, and a kept bucket is reported by the compliance scan.
   */
  private Bucket configBucket(Parameter env, Key key) {
    return Bucket.builder()
        .logicalId("ConfigBucket")
        .versioningConfiguration(
            Bucket.VersioningConfiguration.builder().status("Enabled").build())
        .bucketEncryption(Bucket.BucketEncryption.builder()
            .serverSideEncryptionConfiguration(List.of(
                Bucket.ServerSideEncryptionRule.builder()
                    .bucketKeyEnabled(true)
                    .serverSideEncryptionByDefault(
                        Bucket.ServerSideEncryptionByDefault.builder()
                            .sseAlgorithm("aws:kms")
                            .kmsMasterKeyID(key.attrArn())
                            .build())
                    .build()))
            .build())
        .publicAccessBlockConfiguration(PrivateBuckets.publicAccessBlocked())
        .ownershipControls(PrivateBuckets.ownerEnforced())
        .tags(Tags.standard(env, name(), "-litellm-config"))
        .metadata(Suppressions
            .packRules("Only the task role reads it and the config pipeline writes it, both"
                    + " recorded by CloudTrail; server access logs would add a second bucket that"
                    + " records nothing new",
                "AwsSolutions-S1", "NIST.800.53.R5-S3BucketLoggingEnabled",
                "HIPAA.Security-S3BucketLoggingEnabled")
            .andPackRules("Every version is rendered from the repository"
                    + " (generated-templates/proxy-config) and kept by versioning; a replica"
                    + " restores nothing a redeploy cannot",
                "NIST.800.53.R5-S3BucketReplicationEnabled",
                "HIPAA.Security-S3BucketReplicationEnabled")
            .metadata())
        .deletionPolicy(DeletionPolicy.Retain)
        .updateReplacePolicy(DeletionPolicy.Retain)
        .build();
  }

  /** Refuses every request to the config bucket that does not come over TLS. */
  private static BucketPolicy tlsOnly(Bucket bucket) {
    return BucketPolicy.builder()
        .logicalId("ConfigBucketPolicy")
        .bucket(bucket.ref())
        .policyDocument(
            IamPolicies.document(PolicyDocument.of(PrivateBuckets.denyWithoutTls(bucket))))
        .build();
  }

  /**
   * ECS tasks may assume the role only on behalf of this account (confused-deputy guard, as the
   * ECS guide recommends for ecs-tasks.amazonaws.com). The rotation functions' roles have no
   * such condition: Lambda documents no aws:SourceAccount for assuming an execution role.
   */
  private static PolicyDocument ecsTasksOfThisAccount() {
    return PolicyDocument.assumableBy("ecs-tasks.amazonaws.com", Fn.accountId());
  }

  private static void export(
      Template.Builder t, ExportName export, String description, Expr value) {
    t.add(
        Output.builder()
            .logicalId(export.name())
            .description(description)
            .value(value)
            .export(export)
            .build());
  }

  /**
   * The proxy's Bedrock models (ProxyConfig.BEDROCK_MODELS) and nothing else: each inference
   * profile in this account, and its foundation model in any region, because a cross-Region
   * profile routes a request to whichever region has capacity (a global profile also to the
   * region-less foundation-model ARN, which {@code *} matches).
   */
  private static List<Expr> bedrockInvocationTargets() {
    List<Expr> targets = new ArrayList<>();
    for (ProxyConfig.BedrockModel model : ProxyConfig.BEDROCK_MODELS) {
      targets.add(Fn.sub("arn:", PARTITION, ":bedrock:*:", ACCOUNT_ID,
          ":inference-profile/" + model.inferenceProfileId()));
      targets.add(Fn.sub("arn:", PARTITION,
          ":bedrock:*::foundation-model/" + model.foundationModelId()));
    }
    return targets;
  }
}
