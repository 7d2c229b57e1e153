package org.llmgateway.cfn.generators.stack.database;

import org.llmgateway.cfn.generators.stack.Suppressions;
import org.llmgateway.cfn.generators.validate.SecurityRule;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.LogRetention;
import org.llmgateway.cfn.generators.stack.Alarms;
import org.llmgateway.cfn.generators.stack.Alarms.ComparisonOperator;
import org.llmgateway.cfn.generators.stack.IamPolicies;
import org.llmgateway.cfn.generators.stack.Logs;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.RotationFunctions;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.CustomResource;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.lambda.Function;
import org.llmgateway.cfn.resource.rds.DBInstance;
import org.llmgateway.cfn.resource.rds.DBParameterGroup;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.resource.rds.DBSubnetGroup;

/**
 * The database stack: RDS PostgreSQL in the private subnets, encrypted with the project key, its
 * alarms, and the Lambda function that completes the security stack's database secret (host,
 * port, dbname, DATABASE_URL) and rotates its password.
 */
public final class DatabaseStack implements StackGenerator<EnvironmentConfig> {

  public static final String INSTANCE_SUFFIX = "-litellm-db";
  public static final String ROTATION_FUNCTION_SUFFIX = "-litellm-db-rotation";
  public static final String BACKUP_WINDOW = "03:00-04:00";
  public static final String MAINTENANCE_WINDOW = "sun:04:00-sun:05:00";
  public static final long FREE_STORAGE_ALARM_BYTES = 5L * 1024 * 1024 * 1024;
  public static final String ROTATION_SOURCE = "database_rotation.py";

  /** RDS instance identifiers: 63 characters. */
  private static final int INSTANCE_ID_LIMIT = 63;
  private static final int ALARM_PERIOD_SECONDS = 300;
  private static final int ALARM_EVALUATION_PERIODS = 3;
  /**
   * Enhanced monitoring's OS metrics every 60 seconds, the coarsest interval (the cheapest in
   * CloudWatch Logs ingestion) that still shows a minute-long spike.
   */
  static final int MONITORING_INTERVAL_SECONDS = 60;
  /**
   * Every log type RDS for PostgreSQL exports: postgresql and upgrade (checked 2026-12-02,
   * https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CloudwatchLogsExportConfiguration.html).
   * iam-db-auth-error is left out: IAM database authentication is off, so it would stay empty.
   */
  static final List<String> EXPORTED_LOG_TYPES = List.of("postgresql", "upgrade");
  /** The free Performance Insights tier keeps 7 days. */
  private static final int PERFORMANCE_INSIGHTS_RETENTION_DAYS = 7;
  private static final List<String> BOOLEANS = List.of("true", "false");

  private static final EnvironmentConfig DEFAULTS =
      EnvironmentConfig.builder().name("defaults").build();

  static final Parameter ENVIRONMENT = EnvironmentParameter.create();

  static final Parameter INSTANCE_CLASS =
      Parameter.builder()
          .logicalId("DbInstanceClass")
          .label("Instance class")
          .description("RDS instance class, e.g. db.t3.micro (dev) or db.t3.medium (prod)")
          .defaultValue("db.t3.micro")
          .allowedPattern("^db\\.[a-z0-9]+\\.[a-z0-9]+$")
          .constraintDescription("an RDS instance class such as db.t3.micro")
          .build();

  static final Parameter ENGINE_VERSION_PARAMETER =
      Parameter.builder()
          .logicalId("DbEngineVersion")
          .label("PostgreSQL version")
          .description("RDS for PostgreSQL engine version, pinned (automatic minor upgrades are"
              + " off, so the template says what runs); the parameter group family follows its"
              + " major version")
          .defaultValue(DEFAULTS.dbEngineVersion())
          .allowedPattern("^[1-9][0-9]\\.[0-9]+$")
          .constraintDescription("major.minor, e.g. " + DEFAULTS.dbEngineVersion())
          .build();

  static final Parameter ALLOCATED_STORAGE =
      Parameter.builder()
          .logicalId("DbAllocatedStorageGb")
          .label("Storage (GiB)")
          .description("Initial gp3 storage in GiB")
          .type(ParameterType.NUMBER)
          .defaultValue("20")
          .minValue(BigDecimal.valueOf(20))
          .maxValue(BigDecimal.valueOf(65536))
          .build();

  static final Parameter MAX_ALLOCATED_STORAGE =
      Parameter.builder()
          .logicalId("DbMaxAllocatedStorageGb")
          .label("Storage autoscaling limit (GiB)")
          .description("Storage autoscaling grows the volume up to this size in GiB")
          .type(ParameterType.NUMBER)
          .defaultValue("100")
          .minValue(BigDecimal.valueOf(21))
          .maxValue(BigDecimal.valueOf(65536))
          .build();

  static final Parameter BACKUP_RETENTION =
      Parameter.builder()
          .logicalId("DbBackupRetentionDays")
          .label("Backup retention (days)")
          .description("Days of automated backups (point-in-time recovery)")
          .type(ParameterType.NUMBER)
          .defaultValue("7")
          .minValue(BigDecimal.ONE)
          .maxValue(BigDecimal.valueOf(35))
          .build();

  static final Parameter MULTI_AZ =
      Parameter.builder()
          .logicalId("MultiAz")
          .label("Multi-AZ standby")
          .description("Keep a synchronous standby in the second AZ (required in production)")
          .defaultValue("false")
          .allowedValues(BOOLEANS)
          .build();

  static final Parameter DELETION_PROTECTION =
      Parameter.builder()
          .logicalId("DbDeletionProtection")
          .label("Deletion protection")
          .description("Refuse to delete the instance until this is turned off (production)")
          .defaultValue("false")
          .allowedValues(BOOLEANS)
          .build();

  static final Parameter PERFORMANCE_INSIGHTS =
      Parameter.builder()
          .logicalId("PerformanceInsights")
          .label("Performance Insights")
          .description("Collect Performance Insights (7 days, encrypted with the project key)")
          .defaultValue("false")
          .allowedValues(BOOLEANS)
          .build();

  static final Parameter ROTATION_DAYS =
      Parameter.builder()
          .logicalId("RotationDays")
          .label("Password rotation (days)")
          .description("Days between automatic rotations of the database password")
          .type(ParameterType.NUMBER)
          .defaultValue("30")
          .minValue(BigDecimal.ONE)
          .maxValue(BigDecimal.valueOf(1000))
          .build();

  static final Parameter LOG_RETENTION =
      Parameter.builder()
          .logicalId("LogRetentionDays")
          .label("Log retention (days)")
          .description("Retention of the PostgreSQL and rotation function logs")
          // a String: the emitter writes AllowedValues as strings, which a Number's Default
          // (written as a number) would not match
          .defaultValue("14")
          .allowedValues(LogRetention.allowedValues())
          .build();

  @Override
  public String name() {
    return DatabaseExports.STACK;
  }

  @Override
  public Template template() {
    var t = Template.builder()
        .description("LiteLLM database: RDS PostgreSQL in private subnets, encrypted with"
            + " the project KMS key, with alarms and password rotation of the database secret");
    Parameter env = t.add(ENVIRONMENT);
    t.add(Names.PREFIX);
    List.of(INSTANCE_CLASS, ENGINE_VERSION_PARAMETER, ALLOCATED_STORAGE, MAX_ALLOCATED_STORAGE,
            BACKUP_RETENTION, MULTI_AZ, DELETION_PROTECTION, PERFORMANCE_INSIGHTS, ROTATION_DAYS,
            LOG_RETENTION)
        .forEach(t::add);
    t.addParameterGroups(
        ParameterGroup.of("Environment", env, Names.PREFIX),
        ParameterGroup.of("Database instance", INSTANCE_CLASS, ENGINE_VERSION_PARAMETER,
            ALLOCATED_STORAGE, MAX_ALLOCATED_STORAGE),
        ParameterGroup.of("Availability and protection", MULTI_AZ, DELETION_PROTECTION,
            BACKUP_RETENTION, PERFORMANCE_INSIGHTS),
        ParameterGroup.of("Password rotation and logs", ROTATION_DAYS, LOG_RETENTION));
    Condition performanceInsights = t.add(Condition.of("PerformanceInsightsEnabled",
        Fn.equalsTo(PERFORMANCE_INSIGHTS.ref(), Expr.of("true"))));

    Expr kmsKey = Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX));
    Expr secretArn = Fn.importValue(SecurityExports.DATABASE_SECRET_ARN.in(Names.PREFIX));
    List<Expr> privateSubnets = List.of(
        Fn.importValue(NetworkExports.PRIVATE_SUBNET_1_ID.in(Names.PREFIX)),
        Fn.importValue(NetworkExports.PRIVATE_SUBNET_2_ID.in(Names.PREFIX)));

    var subnetGroup = t.add(DBSubnetGroup.builder()
        .logicalId("DbSubnetGroup")
        .dbSubnetGroupDescription("LiteLLM database: the two private subnets")
        .subnetIds(privateSubnets)
        .tags(Tags.standard(env, name(), "-litellm-db-subnets"))
        .build());

    var parameterGroup = t.add(DBParameterGroup.builder()
        .logicalId("DbParameterGroup")
        .description("LiteLLM database: TLS required for every connection")
        .family(Fn.join("", List.of(Expr.of("postgres"),
            Fn.select(0, Fn.split(".", ENGINE_VERSION_PARAMETER.ref())))))
        .parameters(Expr.map(Map.of("rds.force_ssl", Expr.of("1"))))
        .tags(Tags.standard(env, name(), "-litellm-db-parameters"))
        .build());

    // RDS would create these groups itself, unencrypted and kept forever; made here they get
    // the project key and the environment's retention.
    List<LogGroup> engineLogGroups = EXPORTED_LOG_TYPES.stream()
        .map(type -> t.add(Logs.encryptedLogGroup(
            type.equals("postgresql") ? "DbLogGroup" : "DbUpgradeLogGroup",
            Names.within("/aws/rds/instance/", INSTANCE_SUFFIX + "/" + type),
            LOG_RETENTION.ref(), kmsKey, Tags.withoutName(env, name()))))
        .toList();

    var instance = t.add(DBInstance.builder()
        .logicalId("DbInstance")
        .dbInstanceIdentifier(Names.of(INSTANCE_SUFFIX, INSTANCE_ID_LIMIT))
        .engine(Expr.of("postgres"))
        .engineVersion(ENGINE_VERSION_PARAMETER.ref())
        .dbInstanceClass(INSTANCE_CLASS.ref())
        .allocatedStorage(ALLOCATED_STORAGE.ref())
        .maxAllocatedStorage(MAX_ALLOCATED_STORAGE.ref())
        .storageType("gp3")
        .storageEncrypted(Expr.of(true))
        .kmsKeyId(kmsKey)
        .dbName(Expr.of(SharedNames.DATABASE_NAME))
        .masterUsername(Expr.of(SharedNames.DATABASE_MASTER_USER))
        // RDS keeps the master password in a secret of its own and rotates it (every 7 days by
        // default); only the rotation function reads it (checked 2026-12-01,
        // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html).
        .manageMasterUserPassword(Expr.of(true))
        .masterUserSecret(DBInstance.MasterUserSecret.builder().kmsKeyId(kmsKey).build())
        // a string in CloudFormation's schema
        .port(String.valueOf(SharedNames.DATABASE_PORT))
        .dbSubnetGroupName(subnetGroup.ref())
        .dbParameterGroupName(parameterGroup.ref())
        .vpcSecurityGroups(
            List.of(Fn.importValue(NetworkExports.RDS_SECURITY_GROUP_ID.in(Names.PREFIX))))
        .publiclyAccessible(Expr.of(false))
        .multiAZ(MULTI_AZ.ref())
        .backupRetentionPeriod(BACKUP_RETENTION.ref())
        // windows RDS would refuse only minutes into a deployment are LCF340 findings
        .preferredBackupWindow(BACKUP_WINDOW)
        .preferredMaintenanceWindow(MAINTENANCE_WINDOW)
        .deletionProtection(DELETION_PROTECTION.ref())
        .enablePerformanceInsights(
            Fn.ifThen(performanceInsights, Expr.of(true), Expr.of(false)))
        .performanceInsightsKMSKeyId(Fn.onlyIf(performanceInsights, kmsKey))
        .performanceInsightsRetentionPeriod(
            Fn.onlyIf(performanceInsights, Expr.of(PERFORMANCE_INSIGHTS_RETENTION_DAYS)))
        .copyTagsToSnapshot(Expr.of(true))
        // Off, with the minor pinned in the environment settings: with automatic upgrades RDS
        // moves the instance past the template's version, the stack drifts, and a later change
        // of the version parameter can ask for a downgrade. Upgrades are a deliberate bump of
        // dbEngineVersion, checked against RDS by deploy's pre-flight.
        .autoMinorVersionUpgrade(Expr.of(false))
        .enableCloudwatchLogsExports(EXPORTED_LOG_TYPES.toArray(String[]::new))
        .addAllDependsOn(engineLogGroups)
        .monitoringInterval(MONITORING_INTERVAL_SECONDS)
        .monitoringRoleArn(
            Fn.importValue(SecurityExports.DB_MONITORING_ROLE_ARN.in(Names.PREFIX)))
        // DeletionPolicy cannot depend on a condition without the AWS::LanguageExtensions
        // transform, so every environment takes a final snapshot: deleting a dev stack leaves
        // a snapshot (billed storage, encrypted with the project key) to delete by hand.
        .deletionPolicy(DeletionPolicy.Snapshot)
        .updateReplacePolicy(DeletionPolicy.Snapshot)
        .tags(Tags.standard(env, name(), INSTANCE_SUFFIX))
        // terse reasons, the template being close to CloudFormation's inline size limit: the
        // instance is in private subnets and only two security groups may connect, so a
        // non-default port hides nothing; the minor version is pinned on purpose (above)
        .metadata(Suppressions.packRules("Private, SG-only", "AwsSolutions-RDS11")
            .andPackRules("In the backup stack's plan",
                "NIST.800.53.R5-RDSInBackupPlan", "HIPAA.Security-RDSInBackupPlan")
            .andPackRules("Pinned minor",
                "HIPAA.Security-RDSAutomaticMinorVersionUpgradeEnabled")
            .metadata())
        .build());

    addAlarms(t, env, instance);
    var rotationFunction = addSecretFunction(
        t, env, kmsKey, secretArn, instance.attrMasterUserSecretSecretArn(), privateSubnets);

    // Custom::DatabaseSecret stays on the hand-written type: the generated model has no
    // AWS::CloudFormation types yet.
    var completion = t.add(CustomResource.builder()
        .logicalId("DatabaseSecretCompletion")
        .customType("DatabaseSecret")
        .serviceToken(rotationFunction.attrArn())
        .customProperties(secretCompletionProperties(secretArn, instance))
        .build());

    var permission = t.add(RotationFunctions.invokableBySecretsManager(
        "RotationPermission", rotationFunction, secretArn));

    // The first rotation starts as soon as the schedule exists: the secret must be complete.
    t.add(RotationFunctions.schedule("DatabaseSecretRotation", secretArn, rotationFunction,
        ROTATION_DAYS.ref(), permission, completion));

    t.add(Output.builder().logicalId("EndpointAddress")
        .description("DNS name of the PostgreSQL endpoint")
        .value(instance.attrEndpointAddress()).export(DatabaseExports.ENDPOINT_ADDRESS).build());
    t.add(Output.builder().logicalId("EndpointPort")
        .description("PostgreSQL port")
        .value(instance.attrEndpointPort()).export(DatabaseExports.ENDPOINT_PORT).build());
    t.add(Output.builder().logicalId("InstanceId")
        .description("RDS instance identifier")
        .value(instance.ref()).export(DatabaseExports.INSTANCE_ID).build());
    t.add(Output.builder().logicalId("RotationFunctionArn")
        .description("The function that completes and rotates the database secret")
        .value(rotationFunction.attrArn()).build());
    return t.build();
  }

  /**
   * What Custom::DatabaseSecret hands the function: where the secret is, what to add, the master
   * secret it logs in with and the role that is to own the database.
   */
  private static Map<String, Expr> secretCompletionProperties(Expr secretArn, DBInstance db) {
    Map<String, Expr> properties = new LinkedHashMap<>();
    properties.put("SecretArn", secretArn);
    properties.put("Host", db.attrEndpointAddress());
    properties.put("Port", db.attrEndpointPort());
    properties.put("DbName", Expr.of(SharedNames.DATABASE_NAME));
    properties.put("MasterSecretArn", db.attrMasterUserSecretSecretArn());
    properties.put("OwnerRole", Expr.of(SharedNames.DATABASE_OWNER_ROLE));
    return properties;
  }

  private void addAlarms(Template.Builder t, Parameter env, DBInstance instance) {
    Expr topic = Alarms.notificationTopic();
    t.add(Alarms.alarm("CpuAlarm", env, name(), topic, "-litellm-db-cpu-high",
        "Database CPU above 80% for 15 minutes",
        rdsMetric("CPUUtilization", instance), Alarms.Statistic.Average,
        ComparisonOperator.GreaterThanThreshold, BigDecimal.valueOf(80),
        ALARM_EVALUATION_PERIODS, ALARM_PERIOD_SECONDS));
    t.add(Alarms.alarm("FreeStorageAlarm", env, name(), topic, "-litellm-db-storage-low",
        "Database free storage below 5 GiB for 15 minutes",
        rdsMetric("FreeStorageSpace", instance), Alarms.Statistic.Minimum,
        ComparisonOperator.LessThanThreshold, BigDecimal.valueOf(FREE_STORAGE_ALARM_BYTES),
        ALARM_EVALUATION_PERIODS, ALARM_PERIOD_SECONDS));
    t.add(Alarms.alarm("ConnectionsAlarm", env, name(), topic, "-litellm-db-connections-high",
        "More than 80 database connections for 15 minutes",
        rdsMetric("DatabaseConnections", instance), Alarms.Statistic.Maximum,
        ComparisonOperator.GreaterThanThreshold, BigDecimal.valueOf(80),
        ALARM_EVALUATION_PERIODS, ALARM_PERIOD_SECONDS));
  }

  private static Alarms.Metric rdsMetric(String name, DBInstance instance) {
    return new Alarms.Metric(
        "AWS/RDS", name, List.of(Alarms.dimension("DBInstanceIdentifier", instance.ref())));
  }

  /**
   * The function, its log group and its role: it writes only the database secret and reads only
   * that and the master secret.
   */
  private Function addSecretFunction(Template.Builder t, Parameter env, Expr kmsKey,
      Expr secretArn, Expr masterSecretArn, List<Expr> subnets) {
    var logGroup = t.add(RotationFunctions.logGroup("RotationLogGroup",
        ROTATION_FUNCTION_SUFFIX, LOG_RETENTION.ref(), kmsKey, Tags.withoutName(env, name())));

    Expr serviceArn = RotationFunctions.litellmServiceArn();
    var role = t.add(Role.builder()
        .logicalId("RotationRole")
        .description("Completes and rotates the LiteLLM database secret (alternating users)")
        .assumeRolePolicyDocument(
            IamPolicies.document(PolicyDocument.assumableBy("lambda.amazonaws.com")))
        .policies(List.of(IamPolicies.inline("database-secret",
            Statement.allow("DatabaseSecret", List.of("secretsmanager:DescribeSecret",
                "secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue",
                "secretsmanager:UpdateSecretVersionStage"), secretArn),
            // the alternating-users strategy logs in as the master to clone and set passwords
            Statement.allow("MasterSecret", List.of("secretsmanager:GetSecretValue"),
                masterSecretArn),
            // GetRandomPassword acts on no resource, so it cannot be scoped.
            Statement.allow("RandomPassword", List.of("secretsmanager:GetRandomPassword"),
                Expr.of("*")),
            Statement.allow("ProjectKey", List.of("kms:Decrypt", "kms:GenerateDataKey"), kmsKey),
            Statement.allow("OwnLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                logGroup.attrArn()),
            RotationFunctions.vpcNetworkInterfaces(),
            Statement.allow("RedeployProxy", List.of("ecs:UpdateService"), serviceArn))))
        .tags(Tags.withoutName(env, name()))
        .metadata(IamPolicies.inlinePolicyExemption()
            // GetRandomPassword and the VPC network-interface actions take no resource ARN
            .andPackRules("APIs lack ARNs",
                SecurityRule.IAM_WILDCARD_RESOURCE.id())
            .metadata())
        .build());

    Map<String, Expr> variables =
        RotationFunctions.serviceVariables("ECS_CLUSTER", "ECS_SERVICE");
    variables.put("PASSWORD_LENGTH", Expr.of(String.valueOf(SharedNames.DATABASE_PASSWORD_LENGTH)));
    variables.put("EXCLUDE_CHARACTERS", Expr.of(SharedNames.GENERATED_SECRET_EXCLUDED_CHARACTERS));

    var function = RotationFunctions.inlinePython("RotationFunction",
        ROTATION_FUNCTION_SUFFIX, "Completes the LiteLLM database secret and rotates its password",
        role.attrArn(), ROTATION_SOURCE, 120, 256, variables, logGroup,
        Tags.standard(env, name(), ROTATION_FUNCTION_SUFFIX));
    return t.add(Function.builder().from(function)
        .kmsKeyArn(kmsKey)
        .vpcConfig(RotationFunctions.inVpc(
            subnets, Fn.importValue(NetworkExports.LAMBDA_SECURITY_GROUP_ID.in(Names.PREFIX))))
        .metadata(RotationFunctions.exemptions().metadata())
        .build());
  }


  @Override
  public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(Names.PREFIX, environment.namePrefix());
    values.put(INSTANCE_CLASS, environment.dbInstanceClass());
    values.put(ENGINE_VERSION_PARAMETER, environment.dbEngineVersion());
    values.put(ALLOCATED_STORAGE, String.valueOf(environment.dbAllocatedStorageGb()));
    values.put(MAX_ALLOCATED_STORAGE, String.valueOf(environment.dbMaxAllocatedStorageGb()));
    values.put(BACKUP_RETENTION, String.valueOf(environment.dbBackupRetentionDays()));
    values.put(MULTI_AZ, String.valueOf(environment.multiAz()));
    values.put(DELETION_PROTECTION, String.valueOf(environment.dbDeletionProtection()));
    values.put(PERFORMANCE_INSIGHTS, String.valueOf(environment.performanceInsights()));
    values.put(ROTATION_DAYS, String.valueOf(environment.secretRotationDays()));
    values.put(LOG_RETENTION, String.valueOf(environment.logRetentionDays()));
    return values;
  }
}
