package org.llmgateway.cfn.generators.stack.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.statementWith;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.statements;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.subText;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.llmgateway.cfn.generators.stack.Names;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.ParameterFileWriter;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.resource.lambda.Function;
import org.llmgateway.cfn.resource.secretsmanager.RotationSchedule;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.kms.Alias;
import org.llmgateway.cfn.resource.kms.Key;
import org.llmgateway.cfn.resource.secretsmanager.Secret;
import org.llmgateway.cfn.resource.sns.Subscription;
import org.llmgateway.cfn.resource.sns.Topic;

class SecurityStackTest {

  private static final SecurityStack STACK = new SecurityStack();
  private static final Template TEMPLATE = STACK.template();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theKmsKeyRotatesAndWaitsThirtyDaysBeforeDeletion() {
    Key key = key();
    assertThat(key.enableKeyRotation()).contains(Expr.of(true));
    assertThat(key.pendingWindowInDays()).contains(Expr.of(30));
    assertThat(key.deletionPolicy()).as("snapshots encrypted with it outlive the stack")
        .contains(DeletionPolicy.Retain);
    assertThat(key.updateReplacePolicy()).contains(DeletionPolicy.Retain);
    Alias alias = the(Alias.class);
    assertThat(subText(alias.aliasName())).isEqualTo("alias/${NamePrefix}-litellm");
    assertThat(alias.targetKeyId()).isEqualTo(key.ref());
  }

  @Test
  void theKeyPolicyLetsTheAccountAdministerItAndCloudWatchLogsUseItForThisAccountsLogGroups() {
    List<JsonNode> policy = keyPolicy();
    assertThat(policy).hasSize(3);

    JsonNode root = policy.get(0);
    assertThat(subText(root.at("/Principal/AWS/0")))
        .isEqualTo("arn:${AWS::Partition}:iam::${AWS::AccountId}:root");
    assertThat(texts(root.path("Action"))).containsExactly("kms:*");

    JsonNode logs = policy.get(1);
    assertThat(subText(logs.at("/Principal/Service/0")))
        .isEqualTo("logs.${AWS::Region}.amazonaws.com");
    assertThat(texts(logs.path("Action")))
        .containsExactlyInAnyOrder("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*",
            "kms:GenerateDataKey*", "kms:Describe*");
    JsonNode logGroupArn =
        logs.path("Condition").path("ArnLike").path("kms:EncryptionContext:aws:logs:arn");
    assertThat(logGroupArn.path("Fn::Sub").asText())
        .isEqualTo("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*");
  }

  @Test
  void cloudWatchAlarmsOfThisAccountMayUseTheKeyToPublishToTheEncryptedAlarmTopic() {
    JsonNode alarms = keyPolicy().get(2);
    assertThat(texts(alarms.at("/Principal/Service")))
        .containsExactly("cloudwatch.amazonaws.com");
    assertThat(texts(alarms.path("Action")))
        .containsExactlyInAnyOrder("kms:Decrypt", "kms:GenerateDataKey*");
    assertThat(alarms.at("/Condition/StringEquals/aws:SourceAccount/Ref").asText())
        .isEqualTo("AWS::AccountId");
  }

  @Test
  void alarmsNotifyAnSnsTopicEncryptedWithTheProjectKeyAndExportedForTheOtherStacks() {
    Topic topic = the(Topic.class);
    assertThat(topic.kmsMasterKeyId()).contains(key().attrArn());
    assertThat(subText(topic.topicName().orElseThrow()))
        .isEqualTo("${NamePrefix}-litellm-alarms");
    assertThat(((Expr.ListOf) topic.tags().orElseThrow()).items()).extracting(t -> ((Tag) t).key())
        .containsExactly("Name", "Environment", "Project", "Stack", "ManagedBy");
    assertThat(output(SecurityExports.ALARM_TOPIC_ARN).value()).isEqualTo(topic.ref());
    assertThat(SecurityExports.ALARM_TOPIC_ARN.name()).isEqualTo("AlarmTopicArn");
  }

  @Test
  void anAlarmEmailIsSubscribedOnlyWhenOneIsGiven() {
    assertThat(SecurityStack.ALARM_EMAIL.defaultValue()).contains("");
    assertThat(SecurityStack.ALARM_EMAIL.violation("")).isEmpty();
    assertThat(SecurityStack.ALARM_EMAIL.violation("ops@example.com")).isEmpty();
    assertThat(SecurityStack.ALARM_EMAIL.violation("not an address")).isPresent();
    Subscription subscription = the(Subscription.class);
    assertThat(subscription.condition()).contains(SecurityStack.HAS_ALARM_EMAIL);
    assertThat(subscription.protocol()).isEqualTo(Expr.of("email"));
    assertThat(subscription.endpoint()).contains(SecurityStack.ALARM_EMAIL.ref());
    assertThat(subscription.topicArn()).isEqualTo(the(Topic.class).ref());
    assertThat(TEMPLATE.conditions()).contains(SecurityStack.HAS_ALARM_EMAIL);
  }

  @Test
  void theSaltKeyOutlivesTheStackLikeTheSnapshotsAndKeyItIsNeededToRead() {
    Secret salt = secret("SaltKeySecret");
    assertThat(salt.deletionPolicy()).as("a restored database needs the same salt key")
        .contains(DeletionPolicy.Retain);
    assertThat(salt.updateReplacePolicy()).contains(DeletionPolicy.Retain);
    assertThat(all(Secret.class).stream().filter(s -> s != salt))
        .allSatisfy(other -> assertThat(other.deletionPolicy()).as(other.logicalId())
            .contains(DeletionPolicy.Delete));
  }

  @Test
  void bothEcsRolesTrustOnlyEcsTasksOfThisAccount() {
    for (String logicalId : List.of("TaskExecutionRole", "TaskRole")) {
      JsonNode trust = statements(role(logicalId).assumeRolePolicyDocument()).get(0);
      assertThat(texts(trust.at("/Principal/Service"))).as(logicalId)
          .containsExactly("ecs-tasks.amazonaws.com");
      assertThat(trust.at("/Condition/StringEquals/aws:SourceAccount/Ref")
          .asText()).as(logicalId).isEqualTo("AWS::AccountId");
    }
  }

  @Test
  void everySecretIsEncryptedWithTheProjectKey() {
    List<Secret> secrets = all(Secret.class);
    assertThat(secrets).hasSize(6);
    for (Secret secret : secrets) {
      assertThat(secret.kmsKeyId()).as(secret.logicalId()).contains(key().attrArn());
    }
  }

  @Test
  void secretsAreNamedEnvSlashLitellmSlashName() {
    assertThat(all(Secret.class).stream().map(s -> subText(s.name().orElseThrow())))
        .containsExactlyInAnyOrder(
            "${NamePath}/litellm/master-key",
            "${NamePath}/litellm/ui-password",
            "${NamePath}/litellm/api-keys",
            "${NamePath}/litellm/database",
            "${NamePath}/litellm/redis-auth",
            "${NamePath}/litellm/salt-key");
  }

  @Test
  void theUiPasswordIsGeneratedWith24CharactersForTheAdminUser() throws IOException {
    Secret.GenerateSecretString generated = generateSecretString(secret("UiPasswordSecret"));
    assertThat(JSON.readTree(text(generated.secretStringTemplate())))
        .isEqualTo(JSON.readTree("{\"UI_USERNAME\":\"admin\"}"));
    assertThat(generated.generateStringKey()).contains(Expr.of("UI_PASSWORD"));
    assertThat(generated.passwordLength()).contains(Expr.of(24));
  }

  @Test
  void theDatabasePasswordIs32UrlAndShellSafeCharacters() throws IOException {
    Secret.GenerateSecretString generated = generateSecretString(secret("DatabaseSecret"));
    assertThat(JSON.readTree(text(generated.secretStringTemplate())))
        .isEqualTo(JSON.readTree(
            "{\"username\":\"litellm_app\",\"dbname\":\"litellm\",\"port\":\"5432\","
                + "\"engine\":\"postgres\"}"));
    assertThat(generated.generateStringKey()).contains(Expr.of("password"));
    assertThat(generated.passwordLength()).contains(Expr.of(32));
    String excluded = text(generated.excludeCharacters());
    for (char unsafe : ":/?#[]@!$&'()*+,;=%\"\\`{}|^<>~ ".trim().toCharArray()) {
      assertThat(excluded).as("'%s' is excluded", unsafe).contains(String.valueOf(unsafe));
    }
    assertThat(excluded).doesNotContain("-").doesNotContain("_").doesNotContain(".");
    assertThat(generated.includeSpace()).isEmpty();
  }

  @Test
  void theMasterKeySecretHoldsTheKeyAndItsPredecessorWithExpiry() throws IOException {
    Secret.GenerateSecretString generated = generateSecretString(secret("MasterKeySecret"));
    assertThat(generated.generateStringKey()).contains(Expr.of("LITELLM_MASTER_KEY"));
    assertThat(generated.passwordLength()).contains(Expr.of(48));
    JsonNode template = JSON.readTree(text(generated.secretStringTemplate()));
    assertThat(template.path("PREVIOUS_MASTER_KEY").asText()).isEmpty();
    assertThat(template.path("PREVIOUS_MASTER_KEY_EXPIRES_AT").asText())
        .isEqualTo("1970-01-01T00:00:00Z");
  }

  @Test
  void theSaltKeyIsGeneratedOnceAndNeverRotated() {
    Secret.GenerateSecretString generated = generateSecretString(secret("SaltKeySecret"));
    assertThat(generated.generateStringKey()).contains(Expr.of("LITELLM_SALT_KEY"));
    assertThat(all(RotationSchedule.class))
        .as("the master key's schedule is in the litellm stack; nothing here rotates")
        .isEmpty();
    assertThat(all(Function.class)).as("no function: this stack depends on no other").isEmpty();
  }

  @Test
  void theApiKeysSecretIsBuiltFromTheNoEchoParametersAndTheBedrockRegion() throws IOException {
    Secret apiKeys = secret("ApiKeysSecret");
    assertThat(apiKeys.generateSecretString()).isEmpty();
    JsonNode value = JSON.readTree(subText(apiKeys.secretString().orElseThrow()));
    assertThat(value.path("OPENAI_API_KEY").asText()).isEqualTo("${OpenAiApiKey}");
    assertThat(value.path("ANTHROPIC_API_KEY").asText()).isEqualTo("${AnthropicApiKey}");
    assertThat(value.path("AWS_BEDROCK_REGION").asText()).isEqualTo("${BedrockRegion}");
    assertThat(value.size()).isEqualTo(3);
    for (Parameter key : List.of(SecurityStack.OPENAI_API_KEY, SecurityStack.ANTHROPIC_API_KEY)) {
      assertThat(key.noEcho()).as(key.logicalId()).isTrue();
      assertThat(key.defaultValue()).as(key.logicalId()).contains("");
      assertThat(key.violation("sk-proj-abc_DEF-123")).isEmpty();
      assertThat(key.violation("sk-\"},\"x\":\"")).as("JSON-breaking quote refused").isPresent();
    }
  }

  @Test
  void noRoleGrantsAWildcardResourceExceptWhereAwsAllowsNothingElse() {
    for (Role role : all(Role.class)) {
      for (JsonNode statement : statements(role)) {
        assertThat(texts(statement.path("Action"))).as(role.logicalId())
            .noneMatch(a -> a.contains("*"));
        if (texts(statement.path("Resource")).contains("*")) {
          // ecr:GetAuthorizationToken has no resource-level permissions; it only returns a token.
          // Nor have X-Ray's trace writes and sampling reads, which the trace collector makes.
          assertThat(List.of(List.of("ecr:GetAuthorizationToken"), SecurityStack.XRAY_WRITE_ACTIONS))
              .as(role.logicalId() + " may use * only for ecr:GetAuthorizationToken and X-Ray writes")
              .contains(texts(statement.path("Action")));
        }
      }
    }
  }

  @Test
  void theTaskExecutionRoleReadsExactlyTheSixSecretsAndDecryptsOnlyThroughSecretsManager() {
    Role role = role("TaskExecutionRole");
    JsonNode read = statementWith(role, "secretsmanager:GetSecretValue");
    assertThat(read.path("Resource"))
        .containsExactlyInAnyOrderElementsOf(
            all(Secret.class).stream().map(s -> s.ref().toJson()).toList());
    JsonNode decrypt = statementWith(role, "kms:Decrypt");
    assertThat(texts(decrypt.path("Action"))).containsExactly("kms:Decrypt");
    assertThat(decrypt.path("Resource")).containsExactly(key().attrArn().toJson());
    assertThat(decrypt.at("/Condition/StringEquals/kms:ViaService/Fn::Sub").asText())
        .isEqualTo("secretsmanager.${AWS::Region}.amazonaws.com");
    assertThat(subText(statementWith(role, "logs:PutLogEvents").at("/Resource/0")))
        .isEqualTo("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}"
            + ":log-group:/ecs/${NamePrefix}-litellm-proxy:*");
    assertThat(subText(statementWith(role, "ecr:BatchGetImage").at("/Resource/0")))
        .isEqualTo("arn:${AWS::Partition}:ecr:${AWS::Region}:${AWS::AccountId}"
            + ":repository/${NamePrefix}-litellm-proxy");
  }

  @Test
  void theTaskRoleMayOnlyInvokeBedrockModelsWriteTracesAndReadItsConfigObject() {
    Role role = role("TaskRole");
    assertThat(statements(role).stream().flatMap(s -> texts(s.path("Action")).stream()))
        .containsExactlyInAnyOrder("bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream",
            "xray:PutTraceSegments", "xray:PutTelemetryRecords", "xray:GetSamplingRules",
            "xray:GetSamplingTargets", "xray:GetSamplingStatisticSummaries",
            "s3:GetObject", "kms:Decrypt");
    JsonNode read = statementWith(role, "s3:GetObject");
    assertThat(subText(read.at("/Resource/0"))).isEqualTo("${ConfigBucket.Arn}/${ProxyConfigKey}");
    assertThat(read.path("Resource")).hasSize(1);
    JsonNode decrypt = statementWith(role, "kms:Decrypt");
    assertThat(decrypt.path("Resource")).containsExactly(key().attrArn().toJson());
    assertThat(decrypt.at("/Condition/StringEquals/kms:ViaService/Fn::Sub").asText())
        .isEqualTo("s3.${AWS::Region}.amazonaws.com");
    // only the proxy's configured models: each profile and the foundation model behind it
    List<String> targets = new java.util.ArrayList<>();
    statementWith(role, "bedrock:InvokeModel").path("Resource").forEach(r -> targets.add(subText(r)));
    assertThat(targets)
        .containsExactlyInAnyOrderElementsOf(ProxyConfig.BEDROCK_MODELS.stream()
            .flatMap(m -> Stream.of(
                "arn:${AWS::Partition}:bedrock:*:${AWS::AccountId}:inference-profile/"
                    + m.inferenceProfileId(),
                "arn:${AWS::Partition}:bedrock:*::foundation-model/" + m.foundationModelId()))
            .toList());
    assertThat(role.managedPolicyArns()).isEmpty();
    assertThat(statements(role.assumeRolePolicyDocument()).get(0)
        .at("/Condition/StringEquals/aws:SourceAccount/Ref").asText()).isEqualTo("AWS::AccountId");
  }

  @Test
  void rdsEnhancedMonitoringAssumesItsRoleForThisAccountWithTheAwsManagedPolicyOnly() {
    Role role = role("DbMonitoringRole");
    JsonNode trust = statements(role.assumeRolePolicyDocument()).get(0);
    assertThat(texts(trust.at("/Principal/Service"))).containsExactly("monitoring.rds.amazonaws.com");
    assertThat(trust.at("/Condition/StringEquals/aws:SourceAccount/Ref").asText())
        .isEqualTo("AWS::AccountId");
    assertThat(role.managedPolicyArns().orElseThrow().toJson().get(0).path("Fn::Sub").asText())
        .isEqualTo("arn:${AWS::Partition}:iam::aws:policy/service-role/"
            + "AmazonRDSEnhancedMonitoringRole");
    assertThat(role.policies()).isEmpty();
    assertThat(output(SecurityExports.DB_MONITORING_ROLE_ARN).value()).isEqualTo(role.attrArn());
  }

  @Test
  void everySecurityExportIsAnOutput() throws IllegalAccessException {
    List<ExportName> declared = new java.util.ArrayList<>();
    for (var field : SecurityExports.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ExportName.class) {
        declared.add((ExportName) field.get(null));
      }
    }
    assertThat(declared).hasSize(12);
    assertThat(TEMPLATE.outputs().stream().flatMap(o -> o.export().stream()))
        .containsExactlyInAnyOrderElementsOf(declared);
    assertThat(output(SecurityExports.KMS_KEY_ARN).value()).isEqualTo(key().attrArn());
    assertThat(output(SecurityExports.SALT_KEY_SECRET_ARN).value())
        .isEqualTo(secret("SaltKeySecret").ref());
    assertThat(output(SecurityExports.TASK_ROLE_ARN).value()).isEqualTo(role("TaskRole").attrArn());
  }

  @Test
  void parameterFilesCarryEnvironmentAndRegionButNeverTheProviderKeys() {
    var dev = STACK.parameterValues(Environments.DEV);
    assertThat(dev).containsOnlyKeys(SecurityStack.ENVIRONMENT, Names.PREFIX, Names.PATH,
        SecurityStack.BEDROCK_REGION, SecurityStack.PROXY_CONFIG_KEY);
    assertThat(dev).containsEntry(SecurityStack.ENVIRONMENT, "dev")
        .containsEntry(Names.PREFIX, "dev").containsEntry(Names.PATH, "dev")
        .containsEntry(SecurityStack.BEDROCK_REGION, "us-east-1");
    assertThat(STACK.parameterValues(Environments.PROD))
        .containsEntry(SecurityStack.ENVIRONMENT, "prod");
    for (var environment : Environments.standard()) {
      String file = ParameterFileWriter.write(STACK.name(), TEMPLATE,
          STACK.parameterValues(environment));
      assertThat(file).doesNotContain("OpenAiApiKey").doesNotContain("AnthropicApiKey");
    }
  }

  @Test
  void everyParameterHasALabelAndAConsoleGroup() {
    Set<Parameter> grouped = TEMPLATE.parameterGroups().stream()
        .flatMap(g -> g.parameters().stream()).collect(Collectors.toSet());
    assertThat(grouped).containsExactlyInAnyOrderElementsOf(TEMPLATE.parameters());
    assertThat(TEMPLATE.parameters()).allMatch(p -> p.label().isPresent());
  }

  @Test
  void theTemplateStaysUnderCloudFormationsDirectUploadLimit() throws IOException {
    String yaml = GeneratedFiles.render(STACK).yaml();
    Path preview = Path.of("target/security-stack.yaml");
    Files.writeString(preview, yaml, StandardCharsets.UTF_8);
    assertThat(yaml.getBytes(StandardCharsets.UTF_8).length).isLessThan(51_200);
  }

  @Test
  void generateWritesTheTemplateAndOneParameterFilePerEnvironmentAfterValidation() {
    var files = GeneratedFiles.render(List.of(STACK), Environments.standard());
    assertThat(files).containsKeys(
        "generated-templates/security-stack.yaml",
        "generated-templates/parameters/dev/security-stack.json",
        "generated-templates/parameters/staging/security-stack.json",
        "generated-templates/parameters/prod/security-stack.json");
  }

  @Test
  void renderingIsDeterministic() {
    assertThat(GeneratedFiles.render(new SecurityStack()).yaml())
        .isEqualTo(GeneratedFiles.render(new SecurityStack()).yaml());
  }

  @Test
  void theStackIsDiscoveredAsSecurity() {
    assertThat(StackCatalog.discover()).anyMatch(
        g -> g instanceof SecurityStack && g.name().equals("security")
            && g.templateFileName().equals("security-stack.yaml"));
  }

  // --- helpers

  private static <T extends Resource> List<T> all(Class<T> type) {
    return TEMPLATE.resources(type);
  }

  private static <T extends Resource> T the(Class<T> type) {
    List<T> found = all(type);
    assertThat(found).as("exactly one " + type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private static Key key() {
    return the(Key.class);
  }

  private static List<JsonNode> keyPolicy() {
    return statements(key().keyPolicy().orElseThrow());
  }

  private static Secret.GenerateSecretString generateSecretString(Secret secret) {
    return (Secret.GenerateSecretString) secret.generateSecretString().orElseThrow();
  }

  /** The text of a literal string property; fails the test for anything else. */
  private static String text(java.util.Optional<Expr> value) {
    JsonNode node = value.orElseThrow().toJson();
    assertThat(node.isTextual()).as("a literal string: " + node).isTrue();
    return node.asText();
  }

  private static Secret secret(String logicalId) {
    return all(Secret.class).stream().filter(s -> s.logicalId().equals(logicalId)).findFirst()
        .orElseThrow(() -> new AssertionError("no secret " + logicalId));
  }

  private static Role role(String logicalId) {
    return all(Role.class).stream().filter(r -> r.logicalId().equals(logicalId)).findFirst()
        .orElseThrow(() -> new AssertionError("no role " + logicalId));
  }

  private static Output output(ExportName export) {
    return TEMPLATE.outputs().stream().filter(o -> o.export().equals(java.util.Optional.of(export)))
        .findFirst().orElseThrow(() -> new AssertionError("no output for " + export));
  }

  @Test
  void theValkeyAuthTokenIsGenerated64CharactersWithoutTheCharactersElastiCacheRefuses()
      throws IOException {
    Secret.GenerateSecretString generated = generateSecretString(secret("RedisAuthSecret"));
    assertThat(generated.generateStringKey()).contains(Expr.of("token"));
    // ElastiCache: 16-128 printable characters, none of @ " /
    assertThat(generated.passwordLength()).contains(Expr.of(64));
    assertThat(text(generated.excludeCharacters())).contains("@", "\"", "/");
    assertThat(generated.includeSpace()).isEmpty();
    assertThat(output(SecurityExports.REDIS_AUTH_SECRET_ARN).value())
        .isEqualTo(secret("RedisAuthSecret").ref());
  }

  @Test
  void theConfigBucketIsVersionedKmsEncryptedPrivateOwnerEnforcedAndTlsOnly() {
    var bucket = all(org.llmgateway.cfn.resource.s3.Bucket.class).get(0);
    JsonNode json = org.llmgateway.cfn.generators.emit.TemplateJson.toJson(TEMPLATE)
        .path("Resources").path(bucket.logicalId()).path("Properties");
    assertThat(json.at("/VersioningConfiguration/Status").asText()).isEqualTo("Enabled");
    JsonNode sse = json.at("/BucketEncryption/ServerSideEncryptionConfiguration/0");
    assertThat(sse.at("/ServerSideEncryptionByDefault/SSEAlgorithm").asText()).isEqualTo("aws:kms");
    assertThat(sse.at("/ServerSideEncryptionByDefault/KMSMasterKeyID"))
        .isEqualTo(key().attrArn().toJson());
    for (String block : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls",
        "RestrictPublicBuckets")) {
      assertThat(json.at("/PublicAccessBlockConfiguration/" + block).asBoolean()).as(block).isTrue();
    }
    assertThat(json.at("/OwnershipControls/Rules/0/ObjectOwnership").asText())
        .isEqualTo("BucketOwnerEnforced");
    var policy = all(org.llmgateway.cfn.resource.s3.BucketPolicy.class).get(0);
    JsonNode deny = policy.policyDocument().toJson().path("Statement").get(0);
    assertThat(deny.path("Effect").asText()).isEqualTo("Deny");
    assertThat(deny.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    assertThat(policy.bucket()).isEqualTo(bucket.ref());
    assertThat(output(SecurityExports.CONFIG_BUCKET_NAME).value()).isEqualTo(bucket.ref());
    assertThat(STACK.parameterValues(Environments.DEV).get(SecurityStack.PROXY_CONFIG_KEY))
        .isEqualTo("litellm/config.yaml");
  }
}
