package org.llmgateway.cfn.generators.stack.database;

import org.llmgateway.cfn.generators.stack.LiteLlmNaming;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.RotationFunctions;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.ParameterFileWriter;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.generators.validate.ReferenceRules;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.CustomResource;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.lambda.Function;
import org.llmgateway.cfn.resource.lambda.Permission;
import org.llmgateway.cfn.resource.rds.DBInstance;
import org.llmgateway.cfn.resource.rds.DBParameterGroup;
import org.llmgateway.cfn.resource.rds.DBSubnetGroup;
import org.llmgateway.cfn.resource.secretsmanager.RotationSchedule;

class DatabaseStackTest {

  private static final DatabaseStack STACK = new DatabaseStack();
  private static final Template TEMPLATE = STACK.template();
  private static final Parameter ENV = DatabaseStack.ENVIRONMENT;

  private static <T extends Resource> T only(Class<T> type) {
    List<T> found = all(type);
    assertThat(found).as("resources of type %s", type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private static <T extends Resource> List<T> all(Class<T> type) {
    return TEMPLATE.resources(type);
  }

  private static <T extends Resource> T byId(Class<T> type, String logicalId) {
    return TEMPLATE.resource(type, logicalId).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + logicalId));
  }

  private static JsonNode json(Expr expr) {
    return expr.toJson();
  }

  private static JsonNode json(Optional<Expr> expr) {
    return expr.orElseThrow(() -> new AssertionError("property not set")).toJson();
  }

  private static List<JsonNode> items(Optional<Expr> list) {
    List<JsonNode> items = new ArrayList<>();
    json(list).forEach(items::add);
    return items;
  }

  private static List<String> texts(Optional<Expr> list) {
    return items(list).stream().map(JsonNode::asText).toList();
  }

  private static JsonNode imported(ExportName export) {
    return importValue(export).toJson();
  }

  private static Expr importValue(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX));
  }

  private static Parameter parameter(String logicalId) {
    return TEMPLATE.parameters().stream().filter(p -> p.logicalId().equals(logicalId))
        .findFirst().orElseThrow();
  }

  private static DBInstance db() {
    return only(DBInstance.class);
  }

  @Test
  void theStackIsNamedDatabase() {
    assertThat(STACK.name()).isEqualTo("database");
    assertThat(LiteLlmNaming.stackName(EnvironmentConfig.builder().name("dev").build().namePrefix(),
        STACK.name()))
        .isEqualTo("dev-database-stack");
  }

  @Test
  void theDatabaseRunsAPinnedPostgreSql15MinorRdsStillCreatesOnAnInstanceClassFromTheParameters() {
    assertThat(json(db().engine()).asText()).isEqualTo("postgres");
    assertThat(db().engineVersion()).contains(DatabaseStack.ENGINE_VERSION_PARAMETER.ref());
    // 15.9-15.12 were deprecated in 2026; RDS refuses new instances on them since 2026-05-01
    assertThat(DatabaseStack.ENGINE_VERSION_PARAMETER.defaultValue()).contains("15.15");
    for (EnvironmentConfig environment : Environments.standard()) {
      assertThat(STACK.parameterValues(environment))
          .containsEntry(DatabaseStack.ENGINE_VERSION_PARAMETER, "15.15");
    }
    assertThat(db().dbInstanceClass()).contains(DatabaseStack.INSTANCE_CLASS.ref());
    assertThat(DatabaseStack.INSTANCE_CLASS.defaultValue()).contains("db.t3.micro");
    assertThat(db().dbInstanceIdentifier().map(DatabaseStackTest::json))
        .contains(Fn.sub(Names.PREFIX, "-litellm-db").toJson());
  }

  @Test
  void storageIs20GbGp3AutoscalingTo100Gb() {
    assertThat(json(db().storageType()).asText()).isEqualTo("gp3");
    assertThat(json(db().allocatedStorage().orElseThrow()))
        .isEqualTo(DatabaseStack.ALLOCATED_STORAGE.ref().toJson());
    assertThat(DatabaseStack.ALLOCATED_STORAGE.defaultValue()).contains("20");
    assertThat(json(db().maxAllocatedStorage().orElseThrow()))
        .isEqualTo(DatabaseStack.MAX_ALLOCATED_STORAGE.ref().toJson());
    assertThat(DatabaseStack.MAX_ALLOCATED_STORAGE.defaultValue()).contains("100");
  }

  @Test
  void storageIsEncryptedWithTheSecurityStacksKey() {
    assertThat(json(db().storageEncrypted().orElseThrow()).asBoolean()).isTrue();
    assertThat(db().kmsKeyId()).contains(importValue(SecurityExports.KMS_KEY_ARN));
  }

  @Test
  void theDatabaseIsPrivateInTheTwoPrivateSubnetsBehindTheRdsSecurityGroup() {
    assertThat(json(db().publiclyAccessible().orElseThrow()).asBoolean()).isFalse();
    DBSubnetGroup group = only(DBSubnetGroup.class);
    assertThat(db().dbSubnetGroupName()).contains(group.ref());
    assertThat(items(Optional.of(group.subnetIds()))).containsExactly(
        imported(NetworkExports.PRIVATE_SUBNET_1_ID), imported(NetworkExports.PRIVATE_SUBNET_2_ID));
    assertThat(items(db().vpcSecurityGroups()))
        .containsExactly(imported(NetworkExports.RDS_SECURITY_GROUP_ID));
  }

  @Test
  void nameUserAndPortComeFromTheSharedNames() {
    assertThat(json(db().dbName().orElseThrow()).asText()).isEqualTo(SharedNames.DATABASE_NAME);
    assertThat(json(db().masterUsername().orElseThrow()).asText())
        .isEqualTo(SharedNames.DATABASE_MASTER_USER);
    // a string, as CloudFormation's schema has it
    assertThat(json(db().port().orElseThrow()).textValue())
        .isEqualTo(String.valueOf(SharedNames.DATABASE_PORT));
  }

  @Test
  void rdsManagesTheMasterPasswordInASecretEncryptedWithTheProjectKey() {
    assertThat(json(db().manageMasterUserPassword().orElseThrow()).asBoolean()).isTrue();
    assertThat(db().masterUserPassword()).isEmpty();
    assertThat(db().masterUserSecret()).contains(DBInstance.MasterUserSecret.builder()
        .kmsKeyId(importValue(SecurityExports.KMS_KEY_ARN))
        .build());
    assertThat(TEMPLATE.parameters())
        .noneMatch(p -> p.logicalId().toLowerCase().contains("password"));
  }

  @Test
  void theApplicationUsersAreNeitherTheMasterNorTheOwnerAndTheirCloneNameFits() {
    assertThat(SharedNames.DATABASE_USER)
        .isNotEqualTo(SharedNames.DATABASE_MASTER_USER)
        .isNotEqualTo(SharedNames.DATABASE_OWNER_ROLE);
    assertThat((SharedNames.DATABASE_USER + "_clone").length()).isLessThanOrEqualTo(63);
  }

  @Test
  void backupsAreKept7DaysAndTakenAt0300WithMaintenanceOnSundayAt0400() {
    assertThat(json(db().backupRetentionPeriod().orElseThrow()))
        .isEqualTo(DatabaseStack.BACKUP_RETENTION.ref().toJson());
    assertThat(DatabaseStack.BACKUP_RETENTION.defaultValue()).contains("7");
    assertThat(json(db().preferredBackupWindow()).asText()).isEqualTo("03:00-04:00");
    assertThat(json(db().preferredMaintenanceWindow()).asText()).isEqualTo("sun:04:00-sun:05:00");
  }

  @Test
  void enhancedMonitoringSendsOsMetricsEveryMinuteWithTheSecurityStacksMonitoringRole() {
    assertThat(json(db().monitoringInterval()).asInt()).isEqualTo(60);
    assertThat(json(db().monitoringRoleArn()))
        .isEqualTo(imported(SecurityExports.DB_MONITORING_ROLE_ARN));
  }

  @Test
  void snapshotsCarryTagsMinorVersionsAreBumpedOnPurposeAndEveryPostgresLogGoesToCloudWatch() {
    assertThat(json(db().copyTagsToSnapshot().orElseThrow()).asBoolean()).isTrue();
    // off: the pinned minor is what runs, so the template never drifts behind RDS
    assertThat(json(db().autoMinorVersionUpgrade().orElseThrow()).asBoolean()).isFalse();
    assertThat(texts(db().enableCloudwatchLogsExports())).containsExactly("postgresql", "upgrade");
    LogGroup upgradeLogs = byId(LogGroup.class, "DbUpgradeLogGroup");
    assertThat(json(upgradeLogs.logGroupName().orElseThrow()))
        .isEqualTo(Fn.sub("/aws/rds/instance/", Names.PREFIX, "-litellm-db/upgrade").toJson());
    assertThat(json(upgradeLogs.kmsKeyId().orElseThrow()))
        .isEqualTo(imported(SecurityExports.KMS_KEY_ARN));
    assertThat(db().dependsOn()).contains(upgradeLogs);
    LogGroup engineLogs = byId(LogGroup.class, "DbLogGroup");
    assertThat(json(engineLogs.logGroupName().orElseThrow()))
        .isEqualTo(Fn.sub("/aws/rds/instance/", Names.PREFIX, "-litellm-db/postgresql").toJson());
    assertThat(json(engineLogs.kmsKeyId().orElseThrow()))
        .isEqualTo(imported(SecurityExports.KMS_KEY_ARN));
    assertThat(db().dependsOn()).contains(engineLogs);
  }

  @Test
  void deletingOrReplacingTheDatabaseTakesAFinalSnapshotInEveryEnvironment() {
    assertThat(db().deletionPolicy()).contains(DeletionPolicy.Snapshot);
    assertThat(db().updateReplacePolicy()).contains(DeletionPolicy.Snapshot);
    assertThat(TEMPLATE.transforms()).isEmpty();
  }

  @Test
  void multiAzDeletionProtectionAndPerformanceInsightsFollowTheirParameters() {
    assertThat(json(db().multiAZ().orElseThrow())).isEqualTo(DatabaseStack.MULTI_AZ.ref().toJson());
    assertThat(json(db().deletionProtection().orElseThrow()))
        .isEqualTo(DatabaseStack.DELETION_PROTECTION.ref().toJson());
    JsonNode enabled = json(db().enablePerformanceInsights().orElseThrow()).get("Fn::If");
    assertThat(enabled.get(0).asText()).isEqualTo("PerformanceInsightsEnabled");
    JsonNode key = json(db().performanceInsightsKMSKeyId().orElseThrow()).get("Fn::If");
    assertThat(key.get(1)).isEqualTo(imported(SecurityExports.KMS_KEY_ARN));
    assertThat(key.get(2)).isEqualTo(Fn.noValue().toJson());
  }

  @Test
  void productionRunsMultiAzWithDeletionProtectionAndPerformanceInsights() {
    Map<Parameter, String> prod = STACK.parameterValues(Environments.PROD);
    assertThat(prod.get(DatabaseStack.MULTI_AZ)).isEqualTo("true");
    assertThat(prod.get(DatabaseStack.DELETION_PROTECTION)).isEqualTo("true");
    assertThat(prod.get(DatabaseStack.PERFORMANCE_INSIGHTS)).isEqualTo("true");
    assertThat(prod.get(DatabaseStack.INSTANCE_CLASS))
        .isEqualTo(Environments.PROD.dbInstanceClass());
    assertThat(prod.get(DatabaseStack.LOG_RETENTION)).isEqualTo("90");
    assertThat(prod.get(ENV)).isEqualTo("prod");
  }

  @Test
  void devRunsSingleAzUnprotectedOnDbT3Micro() {
    Map<Parameter, String> dev = STACK.parameterValues(Environments.DEV);
    assertThat(dev.get(DatabaseStack.MULTI_AZ)).isEqualTo("false");
    assertThat(dev.get(DatabaseStack.DELETION_PROTECTION)).isEqualTo("false");
    assertThat(dev.get(DatabaseStack.PERFORMANCE_INSIGHTS)).isEqualTo("false");
    assertThat(dev.get(DatabaseStack.INSTANCE_CLASS)).isEqualTo("db.t3.micro");
    assertThat(dev.get(DatabaseStack.BACKUP_RETENTION)).isEqualTo("7");
    assertThat(dev.get(DatabaseStack.ROTATION_DAYS)).isEqualTo("30");
    assertThat(dev.get(DatabaseStack.LOG_RETENTION)).isEqualTo("14");
  }

  static List<EnvironmentConfig> environments() {
    return Environments.standard();
  }

  @ParameterizedTest
  @MethodSource("environments")
  void everyEnvironmentsValuesPassTheTemplatesOwnParameterChecks(EnvironmentConfig environment) {
    Map<Parameter, String> values = STACK.parameterValues(environment);
    values.forEach((parameter, value) ->
        assertThat(parameter.violation(value)).as(parameter.logicalId()).isEmpty());
    assertThat(values.keySet())
        .allMatch(TEMPLATE.parameters()::contains)
        .noneMatch(Parameter::noEcho);
    assertThat(ParameterFileWriter.write(STACK.name(), TEMPLATE, values)).contains("\"MultiAz\"");
  }

  @Test
  void theTlsParameterGroupFollowsTheEnginesMajorVersion() {
    DBParameterGroup group = only(DBParameterGroup.class);
    // a string: RDS parameter values are strings
    assertThat(json(group.parameters()).get("rds.force_ssl").textValue()).isEqualTo("1");
    assertThat(db().dbParameterGroupName()).contains(group.ref());
    assertThat(json(group.family()).toString())
        .contains("postgres").contains(DatabaseStack.ENGINE_VERSION_PARAMETER.logicalId());
  }

  // --- alarms

  private static Alarm alarm(String metric) {
    return all(Alarm.class).stream()
        .filter(a -> a.metricName().orElseThrow().toJson().asText().equals(metric)).findFirst()
        .orElseThrow(() -> new AssertionError("no alarm on " + metric));
  }

  private static void assertWatchesTheInstanceFor15Minutes(Alarm alarm) {
    assertThat(json(alarm.namespace().orElseThrow()).asText()).isEqualTo("AWS/RDS");
    assertThat(json(alarm.period().orElseThrow()).intValue()).isEqualTo(300);
    assertThat(json(alarm.evaluationPeriods().orElseThrow()).intValue()).isEqualTo(3);
    assertThat(json(alarm.dimensions().orElseThrow())).singleElement().satisfies(d -> {
      assertThat(d.path("Name").asText()).isEqualTo("DBInstanceIdentifier");
      assertThat(d.path("Value")).isEqualTo(db().ref().toJson());
    });
  }

  @Test
  void everyAlarmNotifiesTheSecurityStacksAlarmTopicAndCarriesTheStandardTags() {
    assertThat(all(Alarm.class)).hasSize(3).allSatisfy(alarm -> {
      assertThat(json(alarm.alarmActions().orElseThrow())).as(alarm.logicalId())
          .containsExactly(imported(SecurityExports.ALARM_TOPIC_ARN));
      assertThat(json(alarm.okActions().orElseThrow())).as(alarm.logicalId())
          .containsExactly(imported(SecurityExports.ALARM_TOPIC_ARN));
      JsonNode tags = json(alarm.tags().orElseThrow());
      assertThat(tags).as(alarm.logicalId()).extracting(t -> t.path("Key").asText())
          .containsExactly("Name", "Environment", "Project", "Stack", "ManagedBy");
      assertThat(tags.at("/3/Value").asText()).isEqualTo("database");
    });
  }

  @Test
  void cpuAbove80PercentFor3Times5MinutesRaisesAnAlarm() {
    Alarm cpu = alarm("CPUUtilization");
    assertThat(json(cpu.comparisonOperator().orElseThrow()).asText())
        .isEqualTo("GreaterThanThreshold");
    assertThat(json(cpu.threshold().orElseThrow()).decimalValue()).isEqualByComparingTo("80");
    assertWatchesTheInstanceFor15Minutes(cpu);
  }

  @Test
  void freeStorageBelow5GbFor3Times5MinutesRaisesAnAlarm() {
    Alarm storage = alarm("FreeStorageSpace");
    assertThat(json(storage.comparisonOperator().orElseThrow()).asText())
        .isEqualTo("LessThanThreshold");
    assertThat(json(storage.threshold().orElseThrow()).decimalValue())
        .isEqualByComparingTo(BigDecimal.valueOf(5368709120L));
    assertWatchesTheInstanceFor15Minutes(storage);
  }

  @Test
  void moreThan80ConnectionsFor3Times5MinutesRaisesAnAlarm() {
    Alarm connections = alarm("DatabaseConnections");
    assertThat(json(connections.comparisonOperator().orElseThrow()).asText())
        .isEqualTo("GreaterThanThreshold");
    assertThat(json(connections.threshold().orElseThrow()).decimalValue()).isEqualByComparingTo("80");
    assertWatchesTheInstanceFor15Minutes(connections);
  }

  @Test
  void alarmThresholdsAreWrittenAsPlainNumbers() {
    JsonNode resources = GeneratedFiles.render(STACK).json().get("Resources");
    assertThat(resources.get("FreeStorageAlarm").get("Properties").get("Threshold").toString())
        .isEqualTo("5368709120");
    assertThat(resources.get("CpuAlarm").get("Properties").get("Threshold").toString())
        .isEqualTo("80");
  }

  // --- the secret function

  private static Function function() {
    return only(Function.class);
  }

  @Test
  void theEmbeddedFunctionCodeIsThePythonFileWithoutItsCommentLines() throws Exception {
    Path source = Path.of(System.getProperty("repo.root"),
        "generators/src/main/resources" + RotationFunctions.SOURCE_FOLDER + DatabaseStack.ROTATION_SOURCE);
    JsonNode code = function().code().toJson();
    assertThat(code.path("ZipFile").asText())
        .isEqualTo(RotationFunctions.withoutCommentLines(
            Files.readString(source, StandardCharsets.UTF_8)));
    assertThat(code.has("S3Bucket")).as("inline code only").isFalse();
    assertThat(json(function().handler()).asText()).isEqualTo("index.handler");
    assertThat(json(function().runtime()).asText()).isEqualTo("python3.14");
  }

  @Test
  void theFunctionRunsInThePrivateSubnetsWithTheLambdaSecurityGroup() {
    assertThat(function().vpcConfig()).contains(Function.VpcConfig.builder()
        .subnetIds(List.of(importValue(NetworkExports.PRIVATE_SUBNET_1_ID),
            importValue(NetworkExports.PRIVATE_SUBNET_2_ID)))
        .securityGroupIds(List.of(importValue(NetworkExports.LAMBDA_SECURITY_GROUP_ID)))
        .build());
  }

  @Test
  void theFunctionKnowsTheServiceToRedeployAndThePasswordRules() {
    Map<String, JsonNode> variables = new LinkedHashMap<>();
    json(function().environment()).path("Variables").fields()
        .forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
    assertThat(variables.get("ECS_CLUSTER")).isEqualTo(Fn.sub(Names.PREFIX, "-litellm-cluster").toJson());
    assertThat(variables.get("ECS_SERVICE")).isEqualTo(Fn.sub(Names.PREFIX, "-litellm-service").toJson());
    assertThat(variables.get("PASSWORD_LENGTH").asText()).isEqualTo("32");
    assertThat(variables.get("EXCLUDE_CHARACTERS").asText())
        .isEqualTo(SharedNames.GENERATED_SECRET_EXCLUDED_CHARACTERS).contains("@", "/", "\"");
  }

  @Test
  void theFunctionLogsToItsOwnEncryptedLogGroupWithTheEnvironmentsRetention() {
    LogGroup logs = byId(LogGroup.class, "RotationLogGroup");
    assertThat(json(logs.logGroupName().orElseThrow()))
        .isEqualTo(Fn.sub("/aws/lambda/", Names.PREFIX, "-litellm-db-rotation").toJson());
    assertThat(json(logs.kmsKeyId().orElseThrow()))
        .isEqualTo(imported(SecurityExports.KMS_KEY_ARN));
    assertThat(json(logs.retentionInDays().orElseThrow()))
        .isEqualTo(DatabaseStack.LOG_RETENTION.ref().toJson());
    assertThat(function().loggingConfig())
        .contains(Function.LoggingConfig.builder().logGroup(logs.ref()).build());
    assertThat(json(function().functionName().orElseThrow()))
        .isEqualTo(Fn.sub(Names.PREFIX, "-litellm-db-rotation").toJson());
  }

  private static Map<String, JsonNode> statementsBySid() {
    Role role = only(Role.class);
    assertThat(role.managedPolicyArns()).isEmpty();
    Map<String, JsonNode> bySid = new LinkedHashMap<>();
    for (JsonNode policy : items(role.policies())) {
      for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
        assertThat(bySid.put(statement.path("Sid").asText(), statement)).isNull();
      }
    }
    return bySid;
  }

  private static List<String> actions(JsonNode statement) {
    List<String> actions = new ArrayList<>();
    statement.path("Action").forEach(a -> actions.add(a.asText()));
    return actions;
  }

  private static List<JsonNode> resources(JsonNode statement) {
    List<JsonNode> resources = new ArrayList<>();
    statement.path("Resource").forEach(resources::add);
    return resources;
  }

  @Test
  void theRoleReachesOnlyTheDatabaseSecretTheKeyItsLogsAndTheOneService() {
    Map<String, JsonNode> statements = statementsBySid();
    assertThat(statements).containsOnlyKeys("DatabaseSecret", "MasterSecret", "RandomPassword",
        "ProjectKey", "OwnLogs", "VpcNetworkInterfaces", "RedeployProxy");
    // the master secret is read, never written: RDS alone changes the master password
    assertThat(actions(statements.get("MasterSecret")))
        .containsExactly("secretsmanager:GetSecretValue");
    assertThat(resources(statements.get("MasterSecret")))
        .containsExactly(db().attrMasterUserSecretSecretArn().toJson());
    assertThat(resources(statements.get("DatabaseSecret")))
        .containsExactly(imported(SecurityExports.DATABASE_SECRET_ARN));
    assertThat(actions(statements.get("DatabaseSecret"))).containsExactlyInAnyOrder(
        "secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue",
        "secretsmanager:PutSecretValue", "secretsmanager:UpdateSecretVersionStage");
    assertThat(resources(statements.get("ProjectKey")))
        .containsExactly(imported(SecurityExports.KMS_KEY_ARN));
    assertThat(resources(statements.get("OwnLogs")))
        .containsExactly(byId(LogGroup.class, "RotationLogGroup").attrArn().toJson());
    assertThat(actions(statements.get("RedeployProxy"))).containsExactly("ecs:UpdateService");
    assertThat(resources(statements.get("RedeployProxy")).get(0).get("Fn::Sub").asText())
        .endsWith(":service/${NamePrefix}-litellm-cluster/${NamePrefix}-litellm-service");
    assertThat(actions(statements.get("RandomPassword")))
        .containsExactly("secretsmanager:GetRandomPassword");
  }

  @Test
  void onlyActionsWithoutResourceLevelScopeAreGrantedOnEverything() {
    statementsBySid().forEach((sid, statement) -> {
      boolean wildcard = resources(statement).stream().anyMatch(r -> r.asText().equals("*"));
      if (wildcard) {
        assertThat(actions(statement)).as(sid).allMatch(
            a -> a.equals("secretsmanager:GetRandomPassword") || a.startsWith("ec2:"));
      }
    });
  }

  @Test
  void secretsManagerMayInvokeTheFunctionForTheDatabaseSecretOnly() {
    Permission permission = only(Permission.class);
    assertThat(json(permission.principal()).asText()).isEqualTo("secretsmanager.amazonaws.com");
    assertThat(json(permission.action()).asText()).isEqualTo("lambda:InvokeFunction");
    assertThat(json(permission.sourceArn().orElseThrow()))
        .isEqualTo(imported(SecurityExports.DATABASE_SECRET_ARN));
    assertThat(permission.functionName()).isEqualTo(function().attrArn());
  }

  @Test
  void theSecretIsCompletedWithTheInstancesEndpointBeforeRotationStarts() {
    CustomResource completion = only(CustomResource.class);
    assertThat(completion.resourceType()).isEqualTo("Custom::DatabaseSecret");
    assertThat(json(completion.serviceToken())).isEqualTo(function().attrArn().toJson());
    Map<String, Expr> properties = completion.customProperties();
    assertThat(properties).containsOnlyKeys("SecretArn", "Host", "Port", "DbName",
        "MasterSecretArn", "OwnerRole");
    // the function logs in with the master secret to create the users and hand the database
    // to the owner role both alternating users belong to
    assertThat(json(properties.get("MasterSecretArn")))
        .isEqualTo(db().attrMasterUserSecretSecretArn().toJson());
    assertThat(json(properties.get("OwnerRole")).asText())
        .isEqualTo(SharedNames.DATABASE_OWNER_ROLE);
    assertThat(json(properties.get("SecretArn")))
        .isEqualTo(imported(SecurityExports.DATABASE_SECRET_ARN));
    assertThat(json(properties.get("Host"))).isEqualTo(db().attrEndpointAddress().toJson());
    assertThat(json(properties.get("Port"))).isEqualTo(db().attrEndpointPort().toJson());
    assertThat(json(properties.get("DbName")).asText()).isEqualTo(SharedNames.DATABASE_NAME);

    RotationSchedule schedule = only(RotationSchedule.class);
    assertThat(schedule.dependsOn()).contains(completion, only(Permission.class));
    assertThat(json(schedule.secretId())).isEqualTo(imported(SecurityExports.DATABASE_SECRET_ARN));
    assertThat(schedule.rotationLambdaARN()).contains(function().attrArn());
  }

  @Test
  void thePasswordRotatesEvery30DaysByDefault() {
    RotationSchedule schedule = only(RotationSchedule.class);
    assertThat(schedule.rotationRules()).contains(RotationSchedule.RotationRules.builder()
        .automaticallyAfterDays(DatabaseStack.ROTATION_DAYS.ref())
        .build());
    // at once: a deferred first rotation would run testSecret alone on an unwritten version
    assertThat(schedule.rotateImmediatelyOnUpdate()).contains(Expr.of(true));
    assertThat(parameter("RotationDays").defaultValue()).contains("30");
  }

  // --- outputs and the template as a whole

  @Test
  void theEndpointPortAndInstanceIdAreExported() {
    Map<ExportName, JsonNode> exports = TEMPLATE.outputs().stream()
        .filter(o -> o.export().isPresent())
        .collect(Collectors.toMap(o -> o.export().get(), o -> o.value().toJson()));
    assertThat(exports).containsOnlyKeys(DatabaseExports.ENDPOINT_ADDRESS,
        DatabaseExports.ENDPOINT_PORT, DatabaseExports.INSTANCE_ID);
    assertThat(exports.get(DatabaseExports.ENDPOINT_ADDRESS))
        .isEqualTo(db().attrEndpointAddress().toJson());
    assertThat(exports.get(DatabaseExports.ENDPOINT_PORT)).isEqualTo(db().attrEndpointPort().toJson());
    assertThat(exports.get(DatabaseExports.INSTANCE_ID)).isEqualTo(db().ref().toJson());
  }

  @Test
  void everyParameterIsGroupedAndLabelledForTheConsole() {
    List<Parameter> grouped = TEMPLATE.parameterGroups().stream()
        .flatMap(g -> g.parameters().stream()).toList();
    assertThat(grouped).containsExactlyInAnyOrderElementsOf(TEMPLATE.parameters());
    assertThat(TEMPLATE.parameters()).allMatch(p -> p.label().isPresent());
  }

  @Test
  void theTemplateRefersOnlyToWhatItDeclaresAndRendersTheSameTwice() {
    var first = GeneratedFiles.render(STACK);
    assertThat(ReferenceRules.check("database-stack.yaml", first.json())).isEmpty();
    assertThat(GeneratedFiles.render(new DatabaseStack()).yaml()).isEqualTo(first.yaml());
  }

  @Test
  void theTemplateFitsTheLimitForATemplateBodyPassedDirectly() throws Exception {
    String yaml = GeneratedFiles.render(STACK).yaml();
    // kept under target/ for running cfn-lint by hand
    Files.writeString(Path.of("target", STACK.templateFileName()), yaml);
    assertThat(yaml.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(51_200);
  }

  @Test
  void everyTaggableResourceCarriesTheStandardTags() {
    assertThat(tagKeys(db().tags()))
        .contains("Name", "Environment", "Project", "Stack", "ManagedBy");
    assertThat(tagKeys(function().tags())).contains("Environment", "Stack");
    assertThat(tagKeys(only(Role.class).tags())).contains("Environment");
  }

  private static List<String> tagKeys(Optional<Expr> tags) {
    return items(tags).stream().map(t -> t.path("Key").asText()).toList();
  }

  @Test
  void everyOutputIsDescribed() {
    assertThat(TEMPLATE.outputs()).allMatch(o -> o.description().isPresent());
    assertThat(TEMPLATE.outputs()).extracting(Output::logicalId)
        .contains("EndpointAddress", "EndpointPort", "InstanceId");
  }
}
