// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.rds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;
import org.llmgateway.cfn.model.template.PropertyJson;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code AWS::RDS::DBCluster}: The `AWS::RDS::DBCluster` resource creates an Amazon Aurora DB
 * cluster or Multi-AZ DB cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbcluster.html">AWS::RDS::DBCluster</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBCluster extends Resource {

  String TYPE = "AWS::RDS::DBCluster";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The amount of storage in gibibytes (GiB) to allocate to each DB instance in the Multi-AZ DB
   * cluster.
   */
  Optional<Expr> allocatedStorage();

  /**
   * Provides a list of the AWS Identity and Access Management (IAM) roles that are associated with
   * the DB cluster. IAM roles that are associated with a DB cluster grant permission for the DB
   * cluster to access other Amazon Web Services on your behalf.
   */
  Optional<Expr> associatedRoles();

  /**
   * Specifies whether minor engine upgrades are applied automatically to the DB cluster during the
   * maintenance window. By default, minor engine upgrades are applied automatically.
   */
  Optional<Expr> autoMinorVersionUpgrade();

  /**
   * A list of Availability Zones (AZs) where instances in the DB cluster can be created. For
   * information on AWS Regions and Availability Zones, see [Choosing the Regions and Availability
   * Zones](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.RegionsAndAvailabilityZones.html)
   * in the *Amazon Aurora User Guide* .
   */
  Optional<Expr> availabilityZones();

  /** The target backtrack window, in seconds. To disable backtracking, set this value to `0` . */
  Optional<Expr> backtrackWindow();

  /** The number of days for which automated backups are retained. */
  Optional<Expr> backupRetentionPeriod();

  /**
   * Specifies the scalability mode of the Aurora DB cluster. When set to `limitless` , the cluster
   * operates as an Aurora Limitless Database, allowing you to create a DB shard group for
   * horizontal scaling (sharding) capabilities. When set to `standard` (the default), the cluster
   * uses normal DB instance creation.
   */
  Optional<Expr> clusterScalabilityType();

  /**
   * A value that indicates whether to copy all tags from the DB cluster to snapshots of the DB
   * cluster. The default is not to copy them.
   */
  Optional<Expr> copyTagsToSnapshot();

  /** The DB cluster identifier. This parameter is stored as a lowercase string. */
  Optional<Expr> dbClusterIdentifier();

  /**
   * The compute and memory capacity of each DB instance in the Multi-AZ DB cluster, for example
   * `db.m6gd.xlarge` . Not all DB instance classes are available in all AWS Regions , or for all
   * database engines.
   */
  Optional<Expr> dbClusterInstanceClass();

  /** The name of the DB cluster parameter group to associate with this DB cluster. */
  Optional<Expr> dbClusterParameterGroupName();

  /** The name of the DB parameter group to apply to all instances of the DB cluster. */
  Optional<Expr> dbInstanceParameterGroupName();

  /** A DB subnet group that you want to associate with this DB cluster. */
  Optional<Expr> dbSubnetGroupName();

  /** Reserved for future use. */
  Optional<Expr> dbSystemId();

  /** The mode of Database Insights to enable for the DB cluster. */
  Optional<Expr> databaseInsightsMode();

  /**
   * The name of your database. If you don't provide a name, then Amazon RDS won't create a database
   * in this DB cluster. For naming constraints, see [Naming
   * Constraints](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_Limits.html#RDS_Limits.Constraints)
   * in the *Amazon Aurora User Guide* .
   */
  Optional<Expr> databaseName();

  /**
   * Specifies whether to remove automated backups immediately after the DB cluster is deleted. This
   * parameter isn't case-sensitive. The default is to remove automated backups immediately after
   * the DB cluster is deleted, unless the AWS Backup policy specifies a point-in-time restore rule.
   */
  Optional<Expr> deleteAutomatedBackups();

  /**
   * A value that indicates whether the DB cluster has deletion protection enabled. The database
   * can't be deleted when deletion protection is enabled. By default, deletion protection is
   * disabled.
   */
  Optional<Expr> deletionProtection();

  /** Indicates the directory ID of the Active Directory to create the DB cluster. */
  Optional<Expr> domain();

  /** Specifies the name of the IAM role to use when making API calls to the Directory Service. */
  Optional<Expr> domainIAMRoleName();

  /**
   * The list of log types that need to be enabled for exporting to CloudWatch Logs. The values in
   * the list depend on the DB engine being used. For more information, see [Publishing Database
   * Logs to Amazon CloudWatch
   * Logs](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_LogAccess.html#USER_LogAccess.Procedural.UploadtoCloudWatch)
   * in the *Amazon Aurora User Guide* .
   */
  Optional<Expr> enableCloudwatchLogsExports();

  /**
   * Specifies whether to enable this DB cluster to forward write operations to the primary cluster
   * of a global cluster (Aurora global database). By default, write operations are not allowed on
   * Aurora DB clusters that are secondary clusters in an Aurora global database.
   */
  Optional<Expr> enableGlobalWriteForwarding();

  /**
   * Specifies whether to enable the HTTP endpoint for the DB cluster. By default, the HTTP endpoint
   * isn't enabled.
   */
  Optional<Expr> enableHttpEndpoint();

  /**
   * A value that indicates whether to enable mapping of AWS Identity and Access Management (IAM)
   * accounts to database accounts. By default, mapping is disabled.
   */
  Optional<Expr> enableIAMDatabaseAuthentication();

  /**
   * Specifies whether read replicas can forward write operations to the writer DB instance in the
   * DB cluster. By default, write operations aren't allowed on reader DB instances.
   */
  Optional<Expr> enableLocalWriteForwarding();

  /** The name of the database engine to be used for this DB cluster. */
  Optional<Expr> engine();

  /** The life cycle type for this DB cluster. */
  Optional<Expr> engineLifecycleSupport();

  /** The DB engine mode of the DB cluster, either `provisioned` or `serverless` . */
  Optional<Expr> engineMode();

  /** The version number of the database engine to use. */
  Optional<Expr> engineVersion();

  /**
   * If you are configuring an Aurora global database cluster and want your Aurora DB cluster to be
   * a secondary member in the global database cluster, specify the global cluster ID of the global
   * database cluster. To define the primary database cluster of the global cluster, use the
   * [AWS::RDS::GlobalCluster](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-globalcluster.html)
   * resource.
   */
  Optional<Expr> globalClusterIdentifier();

  /**
   * The amount of Provisioned IOPS (input/output operations per second) to be initially allocated
   * for each DB instance in the Multi-AZ DB cluster.
   */
  Optional<Expr> iops();

  /**
   * The Amazon Resource Name (ARN) of the AWS KMS key that is used to encrypt the database
   * instances in the DB cluster, such as
   * `arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef` . If you enable
   * the `StorageEncrypted` property but don't specify this property, the default KMS key is used.
   * If you specify this property, you must set the `StorageEncrypted` property to `true` .
   */
  Optional<Expr> kmsKeyId();

  /** Specifies whether to manage the master user password with AWS Secrets Manager. */
  Optional<Expr> manageMasterUserPassword();

  /**
   * Specifies the authentication type for the master user. With IAM master user authentication, you
   * can configure the master DB user with IAM database authentication when you create a DB cluster.
   */
  Optional<Expr> masterUserAuthenticationType();

  /** The master password for the DB instance. */
  Optional<Expr> masterUserPassword();

  /** The secret managed by RDS in AWS Secrets Manager for the master user password. */
  Optional<Expr> masterUserSecret();

  /** The name of the master user for the DB cluster. */
  Optional<Expr> masterUsername();

  /**
   * The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the
   * DB cluster. To turn off collecting Enhanced Monitoring metrics, specify `0` .
   */
  Optional<Expr> monitoringInterval();

  /**
   * The Amazon Resource Name (ARN) for the IAM role that permits RDS to send Enhanced Monitoring
   * metrics to Amazon CloudWatch Logs. An example is `arn:aws:iam:123456789012:role/emaccess` . For
   * information on creating a monitoring role, see [Setting up and enabling Enhanced
   * Monitoring](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html#USER_Monitoring.OS.Enabling)
   * in the *Amazon RDS User Guide* .
   */
  Optional<Expr> monitoringRoleArn();

  /** The network type of the DB cluster. */
  Optional<Expr> networkType();

  /** Specifies whether to turn on Performance Insights for the DB cluster. */
  Optional<Expr> performanceInsightsEnabled();

  /** The AWS KMS key identifier for encryption of Performance Insights data. */
  Optional<Expr> performanceInsightsKmsKeyId();

  /**
   * The number of days to retain Performance Insights data. When creating a DB cluster without
   * enabling Performance Insights, you can't specify the parameter
   * `PerformanceInsightsRetentionPeriod` .
   */
  Optional<Expr> performanceInsightsRetentionPeriod();

  /** The port number on which the DB instances in the DB cluster accept connections. */
  Optional<Expr> port();

  /**
   * The daily time range during which automated backups are created. For more information, see
   * [Backup
   * Window](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html#Aurora.Managing.Backups.BackupWindow)
   * in the *Amazon Aurora User Guide.*
   */
  Optional<Expr> preferredBackupWindow();

  /**
   * The weekly time range during which system maintenance can occur, in Universal Coordinated Time
   * (UTC).
   */
  Optional<Expr> preferredMaintenanceWindow();

  /** Specifies whether the DB cluster is publicly accessible. */
  Optional<Expr> publiclyAccessible();

  /**
   * The Amazon Resource Name (ARN) of the source DB instance or DB cluster if this DB cluster is
   * created as a read replica.
   */
  Optional<Expr> replicationSourceIdentifier();

  /** The date and time to restore the DB cluster to. */
  Optional<Expr> restoreToTime();

  /** The type of restore to be performed. You can specify one of the following values: */
  Optional<Expr> restoreType();

  /** The scaling configuration of an Aurora Serverless v1 DB cluster. */
  Optional<Expr> scalingConfiguration();

  /** The scaling configuration of an Aurora Serverless V2 DB cluster. */
  Optional<Expr> serverlessV2ScalingConfiguration();

  /** The identifier for the DB snapshot or DB cluster snapshot to restore from. */
  Optional<Expr> snapshotIdentifier();

  /**
   * When restoring a DB cluster to a point in time, the identifier of the source DB cluster from
   * which to restore.
   */
  Optional<Expr> sourceDBClusterIdentifier();

  /** The resource ID of the source DB cluster from which to restore. */
  Optional<Expr> sourceDbClusterResourceId();

  /**
   * The AWS Region which contains the source DB cluster when replicating a DB cluster. For example,
   * `us-east-1` .
   */
  Optional<Expr> sourceRegion();

  /** Indicates whether the DB cluster is encrypted. */
  Optional<Expr> storageEncrypted();

  /** The storage type to associate with the DB cluster. */
  Optional<Expr> storageType();

  /** Tags to assign to the DB cluster. */
  Optional<Expr> tags();

  /**
   * A value that indicates whether to restore the DB cluster to the latest restorable backup time.
   * By default, the DB cluster is not restored to the latest restorable backup time.
   */
  Optional<Expr> useLatestRestorableTime();

  /** A list of EC2 VPC security groups to associate with this DB cluster. */
  Optional<Expr> vpcSecurityGroupIds();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AllocatedStorage", allocatedStorage())
        .put("AssociatedRoles", associatedRoles())
        .put("AutoMinorVersionUpgrade", autoMinorVersionUpgrade())
        .put("AvailabilityZones", availabilityZones())
        .put("BacktrackWindow", backtrackWindow())
        .put("BackupRetentionPeriod", backupRetentionPeriod())
        .put("ClusterScalabilityType", clusterScalabilityType())
        .put("CopyTagsToSnapshot", copyTagsToSnapshot())
        .put("DBClusterIdentifier", dbClusterIdentifier())
        .put("DBClusterInstanceClass", dbClusterInstanceClass())
        .put("DBClusterParameterGroupName", dbClusterParameterGroupName())
        .put("DBInstanceParameterGroupName", dbInstanceParameterGroupName())
        .put("DBSubnetGroupName", dbSubnetGroupName())
        .put("DBSystemId", dbSystemId())
        .put("DatabaseInsightsMode", databaseInsightsMode())
        .put("DatabaseName", databaseName())
        .put("DeleteAutomatedBackups", deleteAutomatedBackups())
        .put("DeletionProtection", deletionProtection())
        .put("Domain", domain())
        .put("DomainIAMRoleName", domainIAMRoleName())
        .put("EnableCloudwatchLogsExports", enableCloudwatchLogsExports())
        .put("EnableGlobalWriteForwarding", enableGlobalWriteForwarding())
        .put("EnableHttpEndpoint", enableHttpEndpoint())
        .put("EnableIAMDatabaseAuthentication", enableIAMDatabaseAuthentication())
        .put("EnableLocalWriteForwarding", enableLocalWriteForwarding())
        .put("Engine", engine())
        .put("EngineLifecycleSupport", engineLifecycleSupport())
        .put("EngineMode", engineMode())
        .put("EngineVersion", engineVersion())
        .put("GlobalClusterIdentifier", globalClusterIdentifier())
        .put("Iops", iops())
        .put("KmsKeyId", kmsKeyId())
        .put("ManageMasterUserPassword", manageMasterUserPassword())
        .put("MasterUserAuthenticationType", masterUserAuthenticationType())
        .put("MasterUserPassword", masterUserPassword())
        .put("MasterUserSecret", masterUserSecret())
        .put("MasterUsername", masterUsername())
        .put("MonitoringInterval", monitoringInterval())
        .put("MonitoringRoleArn", monitoringRoleArn())
        .put("NetworkType", networkType())
        .put("PerformanceInsightsEnabled", performanceInsightsEnabled())
        .put("PerformanceInsightsKmsKeyId", performanceInsightsKmsKeyId())
        .put("PerformanceInsightsRetentionPeriod", performanceInsightsRetentionPeriod())
        .put("Port", port())
        .put("PreferredBackupWindow", preferredBackupWindow())
        .put("PreferredMaintenanceWindow", preferredMaintenanceWindow())
        .put("PubliclyAccessible", publiclyAccessible())
        .put("ReplicationSourceIdentifier", replicationSourceIdentifier())
        .put("RestoreToTime", restoreToTime())
        .put("RestoreType", restoreType())
        .put("ScalingConfiguration", scalingConfiguration())
        .put("ServerlessV2ScalingConfiguration", serverlessV2ScalingConfiguration())
        .put("SnapshotIdentifier", snapshotIdentifier())
        .put("SourceDBClusterIdentifier", sourceDBClusterIdentifier())
        .put("SourceDbClusterResourceId", sourceDbClusterResourceId())
        .put("SourceRegion", sourceRegion())
        .put("StorageEncrypted", storageEncrypted())
        .put("StorageType", storageType())
        .put("Tags", tags())
        .put("UseLatestRestorableTime", useLatestRestorableTime())
        .put("VpcSecurityGroupIds", vpcSecurityGroupIds())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code DBClusterArn} attribute: The Amazon Resource Name (ARN) for the DB cluster. */
  default GetAtt attrDBClusterArn() {
    return getAtt("DBClusterArn");
  }

  /**
   * The {@code DBClusterResourceId} attribute: The AWS Region -unique, immutable identifier for the
   * DB cluster. This identifier is found in AWS CloudTrail log entries whenever the KMS key for the
   * DB cluster is accessed.
   */
  default GetAtt attrDBClusterResourceId() {
    return getAtt("DBClusterResourceId");
  }

  /**
   * The {@code Endpoint} attribute: The ``Endpoint`` return value specifies the connection endpoint
   * for the primary instance of the DB cluster.
   */
  default GetAtt attrEndpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The {@code Endpoint.Address} attribute: The connection endpoint for the DB cluster. For
   * example: `mystack-mydbcluster-123456789012.us-east-2.rds.amazonaws.com`
   */
  default GetAtt attrEndpointAddress() {
    return getAtt("Endpoint.Address");
  }

  /**
   * The {@code Endpoint.Port} attribute: The port number that will accept connections on this DB
   * cluster. For example: `3306`
   */
  default GetAtt attrEndpointPort() {
    return getAtt("Endpoint.Port");
  }

  /**
   * The {@code MasterUserSecret.SecretArn} attribute: The Amazon Resource Name (ARN) of the secret.
   */
  default GetAtt attrMasterUserSecretSecretArn() {
    return getAtt("MasterUserSecret.SecretArn");
  }

  /**
   * The {@code ReadEndpoint} attribute: The ``ReadEndpoint`` return value specifies the reader
   * endpoint for the DB cluster. The reader endpoint for a DB cluster load-balances connections
   * across the Aurora Replicas that are available in a DB cluster. As clients request new
   * connections to the reader endpoint, Aurora distributes the connection requests among the Aurora
   * Replicas in the DB cluster. This functionality can help balance your read workload across
   * multiple Aurora Replicas in your DB cluster. If a failover occurs, and the Aurora Replica that
   * you are connected to is promoted to be the primary instance, your connection is dropped. To
   * continue sending your read workload to other Aurora Replicas in the cluster, you can then
   * reconnect to the reader endpoint. For more information about Aurora endpoints, see [Amazon
   * Aurora connection
   * management](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.Endpoints.html)
   * in the *Amazon Aurora User Guide*.
   */
  default GetAtt attrReadEndpoint() {
    return getAtt("ReadEndpoint");
  }

  /**
   * The {@code ReadEndpoint.Address} attribute: The reader endpoint for the DB cluster. For
   * example: `mystack-mydbcluster-ro-123456789012.us-east-2.rds.amazonaws.com`
   */
  default GetAtt attrReadEndpointAddress() {
    return getAtt("ReadEndpoint.Address");
  }

  /** The {@code StorageEncryptionType} attribute. */
  default GetAtt attrStorageEncryptionType() {
    return getAtt("StorageEncryptionType");
  }

  /**
   * The {@code StorageThroughput} attribute: The storage throughput for the DB cluster. The
   * throughput is automatically set based on the IOPS that you provision, and is not configurable.
   */
  default GetAtt attrStorageThroughput() {
    return getAtt("StorageThroughput");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBCluster}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBCluster.Builder {

    public Builder allocatedStorage(long value) {
      allocatedStorage(Expr.of(value));
      return this;
    }

    public Builder associatedRoles(List<? extends Expr> values) {
      associatedRoles(Expr.list(values));
      return this;
    }

    public Builder autoMinorVersionUpgrade(boolean value) {
      autoMinorVersionUpgrade(Expr.of(value));
      return this;
    }

    public Builder availabilityZones(List<? extends Expr> values) {
      availabilityZones(Expr.list(values));
      return this;
    }

    public Builder availabilityZones(String... values) {
      availabilityZones(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder backtrackWindow(long value) {
      backtrackWindow(Expr.of(value));
      return this;
    }

    public Builder backupRetentionPeriod(long value) {
      backupRetentionPeriod(Expr.of(value));
      return this;
    }

    public Builder clusterScalabilityType(String value) {
      clusterScalabilityType(Expr.of(value));
      return this;
    }

    public Builder copyTagsToSnapshot(boolean value) {
      copyTagsToSnapshot(Expr.of(value));
      return this;
    }

    public Builder dbClusterIdentifier(String value) {
      dbClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder dbClusterInstanceClass(String value) {
      dbClusterInstanceClass(Expr.of(value));
      return this;
    }

    public Builder dbClusterParameterGroupName(String value) {
      dbClusterParameterGroupName(Expr.of(value));
      return this;
    }

    public Builder dbInstanceParameterGroupName(String value) {
      dbInstanceParameterGroupName(Expr.of(value));
      return this;
    }

    public Builder dbSubnetGroupName(String value) {
      dbSubnetGroupName(Expr.of(value));
      return this;
    }

    public Builder dbSystemId(String value) {
      dbSystemId(Expr.of(value));
      return this;
    }

    public Builder databaseInsightsMode(String value) {
      databaseInsightsMode(Expr.of(value));
      return this;
    }

    public Builder databaseName(String value) {
      databaseName(Expr.of(value));
      return this;
    }

    public Builder deleteAutomatedBackups(boolean value) {
      deleteAutomatedBackups(Expr.of(value));
      return this;
    }

    public Builder deletionProtection(boolean value) {
      deletionProtection(Expr.of(value));
      return this;
    }

    public Builder domain(String value) {
      domain(Expr.of(value));
      return this;
    }

    public Builder domainIAMRoleName(String value) {
      domainIAMRoleName(Expr.of(value));
      return this;
    }

    public Builder enableCloudwatchLogsExports(List<? extends Expr> values) {
      enableCloudwatchLogsExports(Expr.list(values));
      return this;
    }

    public Builder enableCloudwatchLogsExports(String... values) {
      enableCloudwatchLogsExports(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder enableGlobalWriteForwarding(boolean value) {
      enableGlobalWriteForwarding(Expr.of(value));
      return this;
    }

    public Builder enableHttpEndpoint(boolean value) {
      enableHttpEndpoint(Expr.of(value));
      return this;
    }

    public Builder enableIAMDatabaseAuthentication(boolean value) {
      enableIAMDatabaseAuthentication(Expr.of(value));
      return this;
    }

    public Builder enableLocalWriteForwarding(boolean value) {
      enableLocalWriteForwarding(Expr.of(value));
      return this;
    }

    public Builder engine(String value) {
      engine(Expr.of(value));
      return this;
    }

    public Builder engineLifecycleSupport(String value) {
      engineLifecycleSupport(Expr.of(value));
      return this;
    }

    public Builder engineMode(String value) {
      engineMode(Expr.of(value));
      return this;
    }

    public Builder engineVersion(String value) {
      engineVersion(Expr.of(value));
      return this;
    }

    public Builder globalClusterIdentifier(String value) {
      globalClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder iops(long value) {
      iops(Expr.of(value));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder manageMasterUserPassword(boolean value) {
      manageMasterUserPassword(Expr.of(value));
      return this;
    }

    public Builder masterUserAuthenticationType(String value) {
      masterUserAuthenticationType(Expr.of(value));
      return this;
    }

    public Builder masterUserPassword(String value) {
      masterUserPassword(Expr.of(value));
      return this;
    }

    public Builder masterUsername(String value) {
      masterUsername(Expr.of(value));
      return this;
    }

    public Builder monitoringInterval(long value) {
      monitoringInterval(Expr.of(value));
      return this;
    }

    public Builder monitoringRoleArn(String value) {
      monitoringRoleArn(Expr.of(value));
      return this;
    }

    public Builder networkType(String value) {
      networkType(Expr.of(value));
      return this;
    }

    public Builder performanceInsightsEnabled(boolean value) {
      performanceInsightsEnabled(Expr.of(value));
      return this;
    }

    public Builder performanceInsightsKmsKeyId(String value) {
      performanceInsightsKmsKeyId(Expr.of(value));
      return this;
    }

    public Builder performanceInsightsRetentionPeriod(long value) {
      performanceInsightsRetentionPeriod(Expr.of(value));
      return this;
    }

    public Builder port(long value) {
      port(Expr.of(value));
      return this;
    }

    public Builder preferredBackupWindow(String value) {
      preferredBackupWindow(Expr.of(value));
      return this;
    }

    public Builder preferredMaintenanceWindow(String value) {
      preferredMaintenanceWindow(Expr.of(value));
      return this;
    }

    public Builder publiclyAccessible(boolean value) {
      publiclyAccessible(Expr.of(value));
      return this;
    }

    public Builder replicationSourceIdentifier(String value) {
      replicationSourceIdentifier(Expr.of(value));
      return this;
    }

    public Builder restoreToTime(String value) {
      restoreToTime(Expr.of(value));
      return this;
    }

    public Builder restoreType(String value) {
      restoreType(Expr.of(value));
      return this;
    }

    public Builder snapshotIdentifier(String value) {
      snapshotIdentifier(Expr.of(value));
      return this;
    }

    public Builder sourceDBClusterIdentifier(String value) {
      sourceDBClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder sourceDbClusterResourceId(String value) {
      sourceDbClusterResourceId(Expr.of(value));
      return this;
    }

    public Builder sourceRegion(String value) {
      sourceRegion(Expr.of(value));
      return this;
    }

    public Builder storageEncrypted(boolean value) {
      storageEncrypted(Expr.of(value));
      return this;
    }

    public Builder storageType(String value) {
      storageType(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder useLatestRestorableTime(boolean value) {
      useLatestRestorableTime(Expr.of(value));
      return this;
    }

    public Builder vpcSecurityGroupIds(List<? extends Expr> values) {
      vpcSecurityGroupIds(Expr.list(values));
      return this;
    }

    public Builder vpcSecurityGroupIds(String... values) {
      vpcSecurityGroupIds(Expr.ofStrings(List.of(values)));
      return this;
    }
  }

  /**
   * {@code AWS::RDS::DBCluster.DBClusterRole}: Describes an AWS Identity and Access Management
   * (IAM) role that is associated with a DB cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbcluster-dbclusterrole.html">AWS::RDS::DBCluster.DBClusterRole</a>
   */
  @Value.Immutable
  interface DBClusterRole extends PropertyValue {

    /**
     * The name of the feature associated with the AWS Identity and Access Management (IAM) role.
     * IAM roles that are associated with a DB cluster grant permission for the DB cluster to access
     * other AWS services on your behalf. For the list of supported feature names, see the
     * `SupportedFeatureNames` description in
     * [DBEngineVersion](https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBEngineVersion.html)
     * in the *Amazon RDS API Reference* .
     */
    Optional<Expr> featureName();

    /**
     * Required. The Amazon Resource Name (ARN) of the IAM role that is associated with the DB
     * cluster.
     */
    Expr roleArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FeatureName", featureName())
          .put("RoleArn", roleArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DBClusterRole}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBCluster.DBClusterRole.Builder {

      public Builder featureName(String value) {
        featureName(Expr.of(value));
        return this;
      }

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBCluster.Endpoint}: The `Endpoint` return value specifies the connection
   * endpoint for the primary instance of the DB cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbcluster-endpoint.html">AWS::RDS::DBCluster.Endpoint</a>
   */
  @Value.Immutable
  interface Endpoint extends PropertyValue {

    /** Specifies the connection endpoint for the primary instance of the DB cluster. */
    Optional<Expr> address();

    /** Specifies the port that the database engine is listening on. */
    Optional<Expr> port();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Address", address())
          .put("Port", port())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Endpoint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBCluster.Endpoint.Builder {

      public Builder address(String value) {
        address(Expr.of(value));
        return this;
      }

      public Builder port(String value) {
        port(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBCluster.MasterUserSecret}: The `MasterUserSecret` return value specifies the
   * secret managed by RDS in AWS Secrets Manager for the master user password.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbcluster-masterusersecret.html">AWS::RDS::DBCluster.MasterUserSecret</a>
   */
  @Value.Immutable
  interface MasterUserSecret extends PropertyValue {

    /** The AWS KMS key identifier that is used to encrypt the secret. */
    Optional<Expr> kmsKeyId();

    /**
     * The Amazon Resource Name (ARN) of the secret. This parameter is a return value that you can
     * retrieve using the `Fn::GetAtt` intrinsic function. For more information, see [Return
     * values](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html#aws-resource-rds-dbcluster-return-values)
     * .
     */
    Optional<Expr> secretArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KmsKeyId", kmsKeyId())
          .put("SecretArn", secretArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MasterUserSecret}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBCluster.MasterUserSecret.Builder {

      public Builder kmsKeyId(String value) {
        kmsKeyId(Expr.of(value));
        return this;
      }

      public Builder secretArn(String value) {
        secretArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBCluster.ReadEndpoint}: The `ReadEndpoint` return value specifies the reader
   * endpoint for the DB cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbcluster-readendpoint.html">AWS::RDS::DBCluster.ReadEndpoint</a>
   */
  @Value.Immutable
  interface ReadEndpoint extends PropertyValue {

    /** The host address of the reader endpoint. */
    Optional<Expr> address();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Address", address())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReadEndpoint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBCluster.ReadEndpoint.Builder {

      public Builder address(String value) {
        address(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBCluster.ScalingConfiguration}: The `ScalingConfiguration` property type
   * specifies the scaling configuration of an Aurora Serverless v1 DB cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbcluster-scalingconfiguration.html">AWS::RDS::DBCluster.ScalingConfiguration</a>
   */
  @Value.Immutable
  interface ScalingConfiguration extends PropertyValue {

    /**
     * Indicates whether to allow or disallow automatic pause for an Aurora DB cluster in
     * `serverless` DB engine mode. A DB cluster can be paused only when it's idle (it has no
     * connections).
     */
    Optional<Expr> autoPause();

    /** The maximum capacity for an Aurora DB cluster in `serverless` DB engine mode. */
    Optional<Expr> maxCapacity();

    /** The minimum capacity for an Aurora DB cluster in `serverless` DB engine mode. */
    Optional<Expr> minCapacity();

    /**
     * The amount of time, in seconds, that Aurora Serverless v1 tries to find a scaling point to
     * perform seamless scaling before enforcing the timeout action. The default is 300.
     */
    Optional<Expr> secondsBeforeTimeout();

    /** The time, in seconds, before an Aurora DB cluster in `serverless` mode is paused. */
    Optional<Expr> secondsUntilAutoPause();

    /**
     * The action to take when the timeout is reached, either `ForceApplyCapacityChange` or
     * `RollbackCapacityChange` .
     */
    Optional<Expr> timeoutAction();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AutoPause", autoPause())
          .put("MaxCapacity", maxCapacity())
          .put("MinCapacity", minCapacity())
          .put("SecondsBeforeTimeout", secondsBeforeTimeout())
          .put("SecondsUntilAutoPause", secondsUntilAutoPause())
          .put("TimeoutAction", timeoutAction())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ScalingConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableDBCluster.ScalingConfiguration.Builder {

      public Builder autoPause(boolean value) {
        autoPause(Expr.of(value));
        return this;
      }

      public Builder maxCapacity(long value) {
        maxCapacity(Expr.of(value));
        return this;
      }

      public Builder minCapacity(long value) {
        minCapacity(Expr.of(value));
        return this;
      }

      public Builder secondsBeforeTimeout(long value) {
        secondsBeforeTimeout(Expr.of(value));
        return this;
      }

      public Builder secondsUntilAutoPause(long value) {
        secondsUntilAutoPause(Expr.of(value));
        return this;
      }

      public Builder timeoutAction(String value) {
        timeoutAction(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBCluster.ServerlessV2ScalingConfiguration}: The
   * `ServerlessV2ScalingConfiguration` property type specifies the scaling configuration of an
   * Aurora Serverless V2 DB cluster. For more information, see [Using Amazon Aurora Serverless
   * v2](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.html) in
   * the *Amazon Aurora User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbcluster-serverlessv2scalingconfiguration.html">AWS::RDS::DBCluster.ServerlessV2ScalingConfiguration</a>
   */
  @Value.Immutable
  interface ServerlessV2ScalingConfiguration extends PropertyValue {

    /**
     * The maximum number of Aurora capacity units (ACUs) for a DB instance in an Aurora Serverless
     * v2 cluster. You can specify ACU values in half-step increments, such as 40, 40.5, 41, and so
     * on. The largest value that you can use is 128.
     */
    Optional<Expr> maxCapacity();

    /**
     * The minimum number of Aurora capacity units (ACUs) for a DB instance in an Aurora Serverless
     * v2 cluster. You can specify ACU values in half-step increments, such as 8, 8.5, 9, and so on.
     * For Aurora versions that support the Aurora Serverless v2 auto-pause feature, the smallest
     * value that you can use is 0. For versions that don't support Aurora Serverless v2 auto-pause,
     * the smallest value that you can use is 0.5.
     */
    Optional<Expr> minCapacity();

    /**
     * Specifies the number of seconds an Aurora Serverless v2 DB instance must be idle before
     * Aurora attempts to automatically pause it.
     */
    Optional<Expr> secondsUntilAutoPause();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaxCapacity", maxCapacity())
          .put("MinCapacity", minCapacity())
          .put("SecondsUntilAutoPause", secondsUntilAutoPause())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServerlessV2ScalingConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableDBCluster.ServerlessV2ScalingConfiguration.Builder {

      public Builder maxCapacity(long value) {
        maxCapacity(Expr.of(value));
        return this;
      }

      public Builder maxCapacity(double value) {
        maxCapacity(Expr.of(value));
        return this;
      }

      public Builder minCapacity(long value) {
        minCapacity(Expr.of(value));
        return this;
      }

      public Builder minCapacity(double value) {
        minCapacity(Expr.of(value));
        return this;
      }

      public Builder secondsUntilAutoPause(long value) {
        secondsUntilAutoPause(Expr.of(value));
        return this;
      }
    }
  }
}
