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
 * {@code AWS::RDS::DBInstance}: The `AWS::RDS::DBInstance` resource creates an Amazon DB instance.
 * The new DB instance can be an RDS DB instance, or it can be a DB instance in an Aurora DB
 * cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html">AWS::RDS::DBInstance</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBInstance extends Resource {

  String TYPE = "AWS::RDS::DBInstance";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The additional storage volumes associated with the DB instance. RDS supports additional storage
   * volumes for RDS for Oracle and RDS for SQL Server.
   */
  Optional<Expr> additionalStorageVolumes();

  /**
   * The amount of storage in gibibytes (GiB) to be initially allocated for the database instance.
   */
  Optional<Expr> allocatedStorage();

  /**
   * A value that indicates whether major version upgrades are allowed. Changing this parameter
   * doesn't result in an outage and the change is asynchronously applied as soon as possible.
   */
  Optional<Expr> allowMajorVersionUpgrade();

  /**
   * Specifies whether changes to the DB instance and any pending modifications are applied
   * immediately, regardless of the `PreferredMaintenanceWindow` setting. If set to `false` ,
   * changes are applied during the next maintenance window. Until RDS applies the changes, the DB
   * instance remains in a drift state. As a result, the configuration doesn't fully reflect the
   * requested modifications and temporarily diverges from the intended state.
   */
  Optional<Expr> applyImmediately();

  /** The AWS Identity and Access Management (IAM) roles associated with the DB instance. */
  Optional<Expr> associatedRoles();

  /**
   * A value that indicates whether minor engine upgrades are applied automatically to the DB
   * instance during the maintenance window. By default, minor engine upgrades are applied
   * automatically.
   */
  Optional<Expr> autoMinorVersionUpgrade();

  /**
   * The AWS KMS key identifier for encryption of the replicated automated backups. The KMS key ID
   * is the Amazon Resource Name (ARN) for the KMS encryption key in the destination AWS Region ,
   * for example, `arn:aws:kms:us-east-1:123456789012:key/AKIAIOSFODNN7EXAMPLE` .
   */
  Optional<Expr> automaticBackupReplicationKmsKeyId();

  /** The AWS Region associated with the automated backup. */
  Optional<Expr> automaticBackupReplicationRegion();

  /**
   * The retention period for automated backups in a different AWS Region. Use this parameter to set
   * a unique retention period that only applies to cross-Region automated backups. To enable
   * automated backups in a different Region, specify a positive value for the
   * `AutomaticBackupReplicationRegion` parameter.
   */
  Optional<Expr> automaticBackupReplicationRetentionPeriod();

  /**
   * The Availability Zone (AZ) where the database will be created. For information on AWS Regions
   * and Availability Zones, see [Regions and Availability
   * Zones](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.RegionsAndAvailabilityZones.html)
   * .
   */
  Optional<Expr> availabilityZone();

  /**
   * The number of days for which automated backups are retained. Setting this parameter to a
   * positive number enables backups. Setting this parameter to 0 disables automated backups.
   */
  Optional<Expr> backupRetentionPeriod();

  /** The location for storing automated backups and manual snapshots. */
  Optional<Expr> backupTarget();

  /** The identifier of the CA certificate for this DB instance. */
  Optional<Expr> caCertificateIdentifier();

  /** Specifies whether the DB instance is restarted when you rotate your SSL/TLS certificate. */
  Optional<Expr> certificateRotationRestart();

  /**
   * For supported engines, indicates that the DB instance should be associated with the specified
   * character set.
   */
  Optional<Expr> characterSetName();

  /**
   * Specifies whether to copy tags from the DB instance to snapshots of the DB instance. By
   * default, tags are not copied.
   */
  Optional<Expr> copyTagsToSnapshot();

  /**
   * The instance profile associated with the underlying Amazon EC2 instance of an RDS Custom DB
   * instance.
   */
  Optional<Expr> customIAMInstanceProfile();

  /** The identifier of the DB cluster that this DB instance will belong to. */
  Optional<Expr> dbClusterIdentifier();

  /** The identifier for the Multi-AZ DB cluster snapshot to restore from. */
  Optional<Expr> dbClusterSnapshotIdentifier();

  /**
   * The compute and memory capacity of the DB instance, for example `db.m5.large` . Not all DB
   * instance classes are available in all AWS Regions , or for all database engines. For the full
   * list of DB instance classes, and availability for your engine, see [DB instance
   * classes](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.html)
   * in the *Amazon RDS User Guide* or [Aurora DB instance
   * classes](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.DBInstanceClass.html)
   * in the *Amazon Aurora User Guide* .
   */
  Optional<Expr> dbInstanceClass();

  /**
   * A name for the DB instance. If you specify a name, AWS CloudFormation converts it to lowercase.
   * If you don't specify a name, AWS CloudFormation generates a unique physical ID and uses that ID
   * for the DB instance. For more information, see [Name
   * Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html)
   * .
   */
  Optional<Expr> dbInstanceIdentifier();

  /** The meaning of this parameter differs according to the database engine you use. */
  Optional<Expr> dbName();

  /**
   * The name of an existing DB parameter group or a reference to an
   * [AWS::RDS::DBParameterGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-rds-dbparametergroup.html)
   * resource created in the template.
   */
  Optional<Expr> dbParameterGroupName();

  /**
   * A list of the DB security groups to assign to the DB instance. The list can include both the
   * name of existing DB security groups or references to AWS::RDS::DBSecurityGroup resources
   * created in the template.
   */
  Optional<Expr> dbSecurityGroups();

  /**
   * The name or Amazon Resource Name (ARN) of the DB snapshot that's used to restore the DB
   * instance. If you're restoring from a shared manual DB snapshot, you must specify the ARN of the
   * snapshot.
   */
  Optional<Expr> dbSnapshotIdentifier();

  /**
   * A DB subnet group to associate with the DB instance. If you update this value, the new subnet
   * group must be a subnet group in a new VPC.
   */
  Optional<Expr> dbSubnetGroupName();

  /**
   * The Oracle system identifier (SID), which is the name of the Oracle database instance that
   * manages your database files. In this context, the term "Oracle database instance" refers
   * exclusively to the system global area (SGA) and Oracle background processes. If you don't
   * specify a SID, the value defaults to `RDSCDB` . The Oracle SID is also the name of your CDB.
   */
  Optional<Expr> dbSystemId();

  /** The mode of Database Insights to enable for the DB instance. */
  Optional<Expr> databaseInsightsMode();

  /** Indicates whether the DB instance has a dedicated log volume (DLV) enabled. */
  Optional<Expr> dedicatedLogVolume();

  /**
   * A value that indicates whether to remove automated backups immediately after the DB instance is
   * deleted. This parameter isn't case-sensitive. The default is to remove automated backups
   * immediately after the DB instance is deleted.
   */
  Optional<Expr> deleteAutomatedBackups();

  /**
   * Specifies whether the DB instance has deletion protection enabled. The database can't be
   * deleted when deletion protection is enabled. By default, deletion protection isn't enabled. For
   * more information, see [Deleting a DB
   * Instance](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html) .
   */
  Optional<Expr> deletionProtection();

  /**
   * The Active Directory directory ID to create the DB instance in. Currently, only Db2, MySQL,
   * Microsoft SQL Server, Oracle, and PostgreSQL DB instances can be created in an Active Directory
   * Domain.
   */
  Optional<Expr> domain();

  /**
   * The ARN for the Secrets Manager secret with the credentials for the user joining the domain.
   */
  Optional<Expr> domainAuthSecretArn();

  /**
   * The IPv4 DNS IP addresses of your primary and secondary Active Directory domain controllers.
   */
  Optional<Expr> domainDnsIps();

  /** The fully qualified domain name (FQDN) of an Active Directory domain. */
  Optional<Expr> domainFqdn();

  /** The name of the IAM role to use when making API calls to the Directory Service. */
  Optional<Expr> domainIAMRoleName();

  /** The Active Directory organizational unit for your DB instance to join. */
  Optional<Expr> domainOu();

  /**
   * The list of log types that need to be enabled for exporting to CloudWatch Logs. The values in
   * the list depend on the DB engine being used. For more information, see [Publishing Database
   * Logs to Amazon CloudWatch
   * Logs](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.html#USER_LogAccess.Procedural.UploadtoCloudWatch)
   * in the *Amazon Relational Database Service User Guide* .
   */
  Optional<Expr> enableCloudwatchLogsExports();

  /**
   * A value that indicates whether to enable mapping of AWS Identity and Access Management (IAM)
   * accounts to database accounts. By default, mapping is disabled.
   */
  Optional<Expr> enableIAMDatabaseAuthentication();

  /**
   * Specifies whether to enable Performance Insights for the DB instance. For more information, see
   * [Using Amazon Performance
   * Insights](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.html) in the
   * *Amazon RDS User Guide* .
   */
  Optional<Expr> enablePerformanceInsights();

  /**
   * The name of the database engine to use for this DB instance. Not every database engine is
   * available in every AWS Region.
   */
  Optional<Expr> engine();

  /** The life cycle type for this DB instance. */
  Optional<Expr> engineLifecycleSupport();

  /** The version number of the database engine to use. */
  Optional<Expr> engineVersion();

  /**
   * The number of I/O operations per second (IOPS) that the database provisions. The value must be
   * equal to or greater than 1000.
   */
  Optional<Expr> iops();

  /**
   * The ARN of the AWS KMS key that's used to encrypt the DB instance, such as
   * `arn:aws:kms:us-east-1:012345678910:key/abcd1234-a123-456a-a12b-a123b4cd56ef` . If you enable
   * the StorageEncrypted property but don't specify this property, AWS CloudFormation uses the
   * default KMS key. If you specify this property, you must set the StorageEncrypted property to
   * true.
   */
  Optional<Expr> kmsKeyId();

  /** License model information for this DB instance. */
  Optional<Expr> licenseModel();

  /** Specifies whether to manage the master user password with AWS Secrets Manager. */
  Optional<Expr> manageMasterUserPassword();

  /**
   * Specifies the authentication type for the master user. With IAM master user authentication, you
   * can configure the master DB user with IAM database authentication when you create a DB
   * instance.
   */
  Optional<Expr> masterUserAuthenticationType();

  /**
   * The password for the master user. The password can include any printable ASCII character except
   * "/", """, or "&#64;".
   */
  Optional<Expr> masterUserPassword();

  /** The secret managed by RDS in AWS Secrets Manager for the master user password. */
  Optional<Expr> masterUserSecret();

  /** The master user name for the DB instance. */
  Optional<Expr> masterUsername();

  /**
   * The upper limit in gibibytes (GiB) to which Amazon RDS can automatically scale the storage of
   * the DB instance.
   */
  Optional<Expr> maxAllocatedStorage();

  /**
   * The interval, in seconds, between points when Enhanced Monitoring metrics are collected for the
   * DB instance. To disable collection of Enhanced Monitoring metrics, specify `0` .
   */
  Optional<Expr> monitoringInterval();

  /**
   * The ARN for the IAM role that permits RDS to send enhanced monitoring metrics to Amazon
   * CloudWatch Logs. For example, `arn:aws:iam:123456789012:role/emaccess` . For information on
   * creating a monitoring role, see [Setting Up and Enabling Enhanced
   * Monitoring](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html#USER_Monitoring.OS.Enabling)
   * in the *Amazon RDS User Guide* .
   */
  Optional<Expr> monitoringRoleArn();

  /**
   * Specifies whether the DB instance is a Multi-AZ deployment. You can't set the
   * `AvailabilityZone` parameter if the DB instance is a Multi-AZ deployment.
   */
  Optional<Expr> multiAZ();

  /** The name of the NCHAR character set for the Oracle DB instance. */
  Optional<Expr> ncharCharacterSetName();

  /** The network type of the DB instance. */
  Optional<Expr> networkType();

  /** Indicates that the DB instance should be associated with the specified option group. */
  Optional<Expr> optionGroupName();

  /** The AWS KMS key identifier for encryption of Performance Insights data. */
  Optional<Expr> performanceInsightsKMSKeyId();

  /**
   * The number of days to retain Performance Insights data. When creating a DB instance without
   * enabling Performance Insights, you can't specify the parameter
   * `PerformanceInsightsRetentionPeriod` .
   */
  Optional<Expr> performanceInsightsRetentionPeriod();

  /** The port number on which the database accepts connections. */
  Optional<Expr> port();

  /**
   * The daily time range during which automated backups are created if automated backups are
   * enabled, using the `BackupRetentionPeriod` parameter. For more information, see [Backup
   * Window](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html#USER_WorkingWithAutomatedBackups.BackupWindow)
   * in the *Amazon RDS User Guide.*
   */
  Optional<Expr> preferredBackupWindow();

  /**
   * The weekly time range during which system maintenance can occur, in Universal Coordinated Time
   * (UTC).
   */
  Optional<Expr> preferredMaintenanceWindow();

  /**
   * The number of CPU cores and the number of threads per core for the DB instance class of the DB
   * instance.
   */
  Optional<Expr> processorFeatures();

  /**
   * The order of priority in which an Aurora Replica is promoted to the primary instance after a
   * failure of the existing primary instance. For more information, see [Fault Tolerance for an
   * Aurora DB
   * Cluster](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.AuroraHighAvailability.html#Aurora.Managing.FaultTolerance)
   * in the *Amazon Aurora User Guide* .
   */
  Optional<Expr> promotionTier();

  /**
   * Indicates whether the DB instance is an internet-facing instance. If you specify true, AWS
   * CloudFormation creates an instance with a publicly resolvable DNS name, which resolves to a
   * public IP address. If you specify false, AWS CloudFormation creates an internal instance with a
   * DNS name that resolves to a private IP address.
   */
  Optional<Expr> publiclyAccessible();

  /**
   * The open mode of an Oracle read replica. For more information, see [Working with Oracle Read
   * Replicas for Amazon
   * RDS](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/oracle-read-replicas.html) in the
   * *Amazon RDS User Guide* .
   */
  Optional<Expr> replicaMode();

  /**
   * The date and time to restore from. This parameter applies to point-in-time recovery. For more
   * information, see [Restoring a DB instance to a specified
   * time](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIT.html) in the in the
   * *Amazon RDS User Guide* .
   */
  Optional<Expr> restoreTime();

  /**
   * The identifier of the Multi-AZ DB cluster that will act as the source for the read replica.
   * Each DB cluster can have up to 15 read replicas.
   */
  Optional<Expr> sourceDBClusterIdentifier();

  /**
   * The Amazon Resource Name (ARN) of the replicated automated backups from which to restore, for
   * example, `arn:aws:rds:us-east-1:123456789012:auto-backup:ab-L2IJCEXJP7XQ7HOJ4SIEXAMPLE` .
   */
  Optional<Expr> sourceDBInstanceAutomatedBackupsArn();

  /**
   * If you want to create a read replica DB instance, specify the ID of the source DB instance.
   * Each DB instance can have a limited number of read replicas. For more information, see [Working
   * with Read
   * Replicas](https://docs.aws.amazon.com/AmazonRDS/latest/DeveloperGuide/USER_ReadRepl.html) in
   * the *Amazon RDS User Guide* .
   */
  Optional<Expr> sourceDBInstanceIdentifier();

  /** The resource ID of the source DB instance from which to restore. */
  Optional<Expr> sourceDbiResourceId();

  /** The ID of the region that contains the source DB instance for the read replica. */
  Optional<Expr> sourceRegion();

  /**
   * A value that indicates whether the DB instance is encrypted. By default, it isn't encrypted.
   */
  Optional<Expr> storageEncrypted();

  /**
   * Specifies the storage throughput value, in mebibyte per second (MiBps), for the DB instance.
   * This setting applies only to the `gp3` storage type.
   */
  Optional<Expr> storageThroughput();

  /** The storage type to associate with the DB instance. */
  Optional<Expr> storageType();

  /** Tags to assign to the DB instance. */
  Optional<Expr> tags();

  /** {@code TdeCredentialArn}. */
  Optional<Expr> tdeCredentialArn();

  /** {@code TdeCredentialPassword}. */
  Optional<Expr> tdeCredentialPassword();

  /**
   * The time zone of the DB instance. The time zone parameter is currently supported only by [RDS
   * for Db2](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/db2-time-zone) and [RDS for SQL
   * Server](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_SQLServer.html#SQLServer.Concepts.General.TimeZone)
   * .
   */
  Optional<Expr> timezone();

  /**
   * Specifies whether the DB instance class of the DB instance uses its default processor features.
   */
  Optional<Expr> useDefaultProcessorFeatures();

  /**
   * Specifies whether the DB instance is restored from the latest backup time. By default, the DB
   * instance isn't restored from the latest backup time. This parameter applies to point-in-time
   * recovery. For more information, see [Restoring a DB instance to a specified
   * time](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PIT.html) in the in the
   * *Amazon RDS User Guide* .
   */
  Optional<Expr> useLatestRestorableTime();

  /**
   * A list of the VPC security group IDs to assign to the DB instance. The list can include both
   * the physical IDs of existing VPC security groups and references to
   * [AWS::EC2::SecurityGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group.html)
   * resources created in the template.
   */
  Optional<Expr> vpcSecurityGroups();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AdditionalStorageVolumes", additionalStorageVolumes())
        .put("AllocatedStorage", allocatedStorage())
        .put("AllowMajorVersionUpgrade", allowMajorVersionUpgrade())
        .put("ApplyImmediately", applyImmediately())
        .put("AssociatedRoles", associatedRoles())
        .put("AutoMinorVersionUpgrade", autoMinorVersionUpgrade())
        .put("AutomaticBackupReplicationKmsKeyId", automaticBackupReplicationKmsKeyId())
        .put("AutomaticBackupReplicationRegion", automaticBackupReplicationRegion())
        .put("AutomaticBackupReplicationRetentionPeriod", automaticBackupReplicationRetentionPeriod())
        .put("AvailabilityZone", availabilityZone())
        .put("BackupRetentionPeriod", backupRetentionPeriod())
        .put("BackupTarget", backupTarget())
        .put("CACertificateIdentifier", caCertificateIdentifier())
        .put("CertificateRotationRestart", certificateRotationRestart())
        .put("CharacterSetName", characterSetName())
        .put("CopyTagsToSnapshot", copyTagsToSnapshot())
        .put("CustomIAMInstanceProfile", customIAMInstanceProfile())
        .put("DBClusterIdentifier", dbClusterIdentifier())
        .put("DBClusterSnapshotIdentifier", dbClusterSnapshotIdentifier())
        .put("DBInstanceClass", dbInstanceClass())
        .put("DBInstanceIdentifier", dbInstanceIdentifier())
        .put("DBName", dbName())
        .put("DBParameterGroupName", dbParameterGroupName())
        .put("DBSecurityGroups", dbSecurityGroups())
        .put("DBSnapshotIdentifier", dbSnapshotIdentifier())
        .put("DBSubnetGroupName", dbSubnetGroupName())
        .put("DBSystemId", dbSystemId())
        .put("DatabaseInsightsMode", databaseInsightsMode())
        .put("DedicatedLogVolume", dedicatedLogVolume())
        .put("DeleteAutomatedBackups", deleteAutomatedBackups())
        .put("DeletionProtection", deletionProtection())
        .put("Domain", domain())
        .put("DomainAuthSecretArn", domainAuthSecretArn())
        .put("DomainDnsIps", domainDnsIps())
        .put("DomainFqdn", domainFqdn())
        .put("DomainIAMRoleName", domainIAMRoleName())
        .put("DomainOu", domainOu())
        .put("EnableCloudwatchLogsExports", enableCloudwatchLogsExports())
        .put("EnableIAMDatabaseAuthentication", enableIAMDatabaseAuthentication())
        .put("EnablePerformanceInsights", enablePerformanceInsights())
        .put("Engine", engine())
        .put("EngineLifecycleSupport", engineLifecycleSupport())
        .put("EngineVersion", engineVersion())
        .put("Iops", iops())
        .put("KmsKeyId", kmsKeyId())
        .put("LicenseModel", licenseModel())
        .put("ManageMasterUserPassword", manageMasterUserPassword())
        .put("MasterUserAuthenticationType", masterUserAuthenticationType())
        .put("MasterUserPassword", masterUserPassword())
        .put("MasterUserSecret", masterUserSecret())
        .put("MasterUsername", masterUsername())
        .put("MaxAllocatedStorage", maxAllocatedStorage())
        .put("MonitoringInterval", monitoringInterval())
        .put("MonitoringRoleArn", monitoringRoleArn())
        .put("MultiAZ", multiAZ())
        .put("NcharCharacterSetName", ncharCharacterSetName())
        .put("NetworkType", networkType())
        .put("OptionGroupName", optionGroupName())
        .put("PerformanceInsightsKMSKeyId", performanceInsightsKMSKeyId())
        .put("PerformanceInsightsRetentionPeriod", performanceInsightsRetentionPeriod())
        .put("Port", port())
        .put("PreferredBackupWindow", preferredBackupWindow())
        .put("PreferredMaintenanceWindow", preferredMaintenanceWindow())
        .put("ProcessorFeatures", processorFeatures())
        .put("PromotionTier", promotionTier())
        .put("PubliclyAccessible", publiclyAccessible())
        .put("ReplicaMode", replicaMode())
        .put("RestoreTime", restoreTime())
        .put("SourceDBClusterIdentifier", sourceDBClusterIdentifier())
        .put("SourceDBInstanceAutomatedBackupsArn", sourceDBInstanceAutomatedBackupsArn())
        .put("SourceDBInstanceIdentifier", sourceDBInstanceIdentifier())
        .put("SourceDbiResourceId", sourceDbiResourceId())
        .put("SourceRegion", sourceRegion())
        .put("StorageEncrypted", storageEncrypted())
        .put("StorageThroughput", storageThroughput())
        .put("StorageType", storageType())
        .put("Tags", tags())
        .put("TdeCredentialArn", tdeCredentialArn())
        .put("TdeCredentialPassword", tdeCredentialPassword())
        .put("Timezone", timezone())
        .put("UseDefaultProcessorFeatures", useDefaultProcessorFeatures())
        .put("UseLatestRestorableTime", useLatestRestorableTime())
        .put("VPCSecurityGroups", vpcSecurityGroups())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AutomaticRestartTime} attribute: The time when a stopped DB instance is restarted
   * automatically.
   */
  default GetAtt attrAutomaticRestartTime() {
    return getAtt("AutomaticRestartTime");
  }

  /**
   * The {@code CertificateDetails} attribute: The details of the DB instance’s server certificate.
   * For more information, see [Using SSL/TLS to encrypt a connection to a DB
   * instance](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html) in the
   * *Amazon RDS User Guide* and [Using SSL/TLS to encrypt a connection to a DB
   * cluster](https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL.html) in
   * the *Amazon Aurora User Guide*.
   */
  default GetAtt attrCertificateDetails() {
    return getAtt("CertificateDetails");
  }

  /**
   * The {@code CertificateDetails.CAIdentifier} attribute: The CA identifier of the CA certificate
   * used for the DB instance's server certificate.
   */
  default GetAtt attrCertificateDetailsCAIdentifier() {
    return getAtt("CertificateDetails.CAIdentifier");
  }

  /**
   * The {@code CertificateDetails.ValidTill} attribute: The expiration date of the DB instance’s
   * server certificate.
   */
  default GetAtt attrCertificateDetailsValidTill() {
    return getAtt("CertificateDetails.ValidTill");
  }

  /** The {@code DBInstanceArn} attribute: The Amazon Resource Name (ARN) for the DB instance. */
  default GetAtt attrDBInstanceArn() {
    return getAtt("DBInstanceArn");
  }

  /** The {@code DBInstanceStatus} attribute: The current state of this DB instance. */
  default GetAtt attrDBInstanceStatus() {
    return getAtt("DBInstanceStatus");
  }

  /**
   * The {@code DBSystemId} attribute: The Oracle system ID (Oracle SID) for a container database
   * (CDB). The Oracle SID is also the name of the CDB.
   */
  default GetAtt attrDBSystemId() {
    return getAtt("DBSystemId");
  }

  /**
   * The {@code DbiResourceId} attribute: The AWS Region-unique, immutable identifier for the DB
   * instance. This identifier is found in AWS CloudTrail log entries whenever the AWS KMS key for
   * the DB instance is accessed.
   */
  default GetAtt attrDbiResourceId() {
    return getAtt("DbiResourceId");
  }

  /**
   * The {@code Endpoint} attribute: This data type represents the information you need to connect
   * to an Amazon RDS DB instance. This data type is used as a response element in the following
   * actions: + ``CreateDBInstance`` + ``DescribeDBInstances`` + ``DeleteDBInstance``
   */
  default GetAtt attrEndpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The {@code Endpoint.Address} attribute: The connection endpoint for the database. For example:
   * `mystack-mydb-1apw1j4phylrk.cg034hpkmmjt.us-east-2.rds.amazonaws.com`
   */
  default GetAtt attrEndpointAddress() {
    return getAtt("Endpoint.Address");
  }

  /**
   * The {@code Endpoint.HostedZoneId} attribute: The ID that Amazon Route 53 assigns when you
   * create a hosted zone.
   */
  default GetAtt attrEndpointHostedZoneId() {
    return getAtt("Endpoint.HostedZoneId");
  }

  /**
   * The {@code Endpoint.Port} attribute: The port number on which the database accepts connections.
   * For example: `3306`
   */
  default GetAtt attrEndpointPort() {
    return getAtt("Endpoint.Port");
  }

  /**
   * The {@code InstanceCreateTime} attribute: The date and time when the DB instance was created.
   */
  default GetAtt attrInstanceCreateTime() {
    return getAtt("InstanceCreateTime");
  }

  /**
   * The {@code IsStorageConfigUpgradeAvailable} attribute: Indicates whether an upgrade is
   * recommended for the storage file system configuration on the DB instance.
   */
  default GetAtt attrIsStorageConfigUpgradeAvailable() {
    return getAtt("IsStorageConfigUpgradeAvailable");
  }

  /**
   * The {@code LatestRestorableTime} attribute: The latest time to which a database in this DB
   * instance can be restored with point-in-time restore.
   */
  default GetAtt attrLatestRestorableTime() {
    return getAtt("LatestRestorableTime");
  }

  /**
   * The {@code ListenerEndpoint} attribute: This data type represents the information you need to
   * connect to an Amazon RDS DB instance. This data type is used as a response element in the
   * following actions: + ``CreateDBInstance`` + ``DescribeDBInstances`` + ``DeleteDBInstance``
   */
  default GetAtt attrListenerEndpoint() {
    return getAtt("ListenerEndpoint");
  }

  /**
   * The {@code ListenerEndpoint.Address} attribute: Specifies the DNS address of the DB instance.
   */
  default GetAtt attrListenerEndpointAddress() {
    return getAtt("ListenerEndpoint.Address");
  }

  /**
   * The {@code ListenerEndpoint.HostedZoneId} attribute: Specifies the ID that Amazon Route 53
   * assigns when you create a hosted zone.
   */
  default GetAtt attrListenerEndpointHostedZoneId() {
    return getAtt("ListenerEndpoint.HostedZoneId");
  }

  /**
   * The {@code ListenerEndpoint.Port} attribute: Specifies the port that the database engine is
   * listening on.
   */
  default GetAtt attrListenerEndpointPort() {
    return getAtt("ListenerEndpoint.Port");
  }

  /**
   * The {@code MasterUserSecret.SecretArn} attribute: The Amazon Resource Name (ARN) of the secret.
   * This parameter is a return value that you can retrieve using the `Fn::GetAtt` intrinsic
   * function. For more information, see [Return
   * values](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#aws-resource-rds-dbinstance-return-values)
   * .
   */
  default GetAtt attrMasterUserSecretSecretArn() {
    return getAtt("MasterUserSecret.SecretArn");
  }

  /**
   * The {@code PercentProgress} attribute: The progress of the storage optimization operation as a
   * percentage.
   */
  default GetAtt attrPercentProgress() {
    return getAtt("PercentProgress");
  }

  /**
   * The {@code ReadReplicaDBClusterIdentifiers} attribute: The identifiers of Aurora DB clusters to
   * which the RDS DB instance is replicated as a read replica.
   */
  default GetAtt attrReadReplicaDBClusterIdentifiers() {
    return getAtt("ReadReplicaDBClusterIdentifiers");
  }

  /**
   * The {@code ReadReplicaDBInstanceIdentifiers} attribute: The identifiers of the read replicas
   * associated with this DB instance.
   */
  default GetAtt attrReadReplicaDBInstanceIdentifiers() {
    return getAtt("ReadReplicaDBInstanceIdentifiers");
  }

  /**
   * The {@code ResumeFullAutomationModeTime} attribute: The number of minutes to pause the
   * automation. When the time period ends, RDS Custom resumes full automation. The minimum value is
   * 60 (default). The maximum value is 1,440.
   */
  default GetAtt attrResumeFullAutomationModeTime() {
    return getAtt("ResumeFullAutomationModeTime");
  }

  /**
   * The {@code SecondaryAvailabilityZone} attribute: If present, specifies the name of the
   * secondary Availability Zone for a DB instance with multi-AZ support.
   */
  default GetAtt attrSecondaryAvailabilityZone() {
    return getAtt("SecondaryAvailabilityZone");
  }

  /**
   * The {@code StatusInfos} attribute: The status of a read replica. If the DB instance isn't a
   * read replica, the value is blank.
   */
  default GetAtt attrStatusInfos() {
    return getAtt("StatusInfos");
  }

  /** The {@code StorageOperationPercentProgress} attribute. */
  default GetAtt attrStorageOperationPercentProgress() {
    return getAtt("StorageOperationPercentProgress");
  }

  /** The {@code StorageOperationStatus} attribute. */
  default GetAtt attrStorageOperationStatus() {
    return getAtt("StorageOperationStatus");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBInstance}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBInstance.Builder {

    public Builder additionalStorageVolumes(List<? extends Expr> values) {
      additionalStorageVolumes(Expr.list(values));
      return this;
    }

    public Builder allocatedStorage(String value) {
      allocatedStorage(Expr.of(value));
      return this;
    }

    public Builder allowMajorVersionUpgrade(boolean value) {
      allowMajorVersionUpgrade(Expr.of(value));
      return this;
    }

    public Builder applyImmediately(boolean value) {
      applyImmediately(Expr.of(value));
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

    public Builder automaticBackupReplicationKmsKeyId(String value) {
      automaticBackupReplicationKmsKeyId(Expr.of(value));
      return this;
    }

    public Builder automaticBackupReplicationRegion(String value) {
      automaticBackupReplicationRegion(Expr.of(value));
      return this;
    }

    public Builder automaticBackupReplicationRetentionPeriod(long value) {
      automaticBackupReplicationRetentionPeriod(Expr.of(value));
      return this;
    }

    public Builder availabilityZone(String value) {
      availabilityZone(Expr.of(value));
      return this;
    }

    public Builder backupRetentionPeriod(long value) {
      backupRetentionPeriod(Expr.of(value));
      return this;
    }

    public Builder backupTarget(String value) {
      backupTarget(Expr.of(value));
      return this;
    }

    public Builder caCertificateIdentifier(String value) {
      caCertificateIdentifier(Expr.of(value));
      return this;
    }

    public Builder certificateRotationRestart(boolean value) {
      certificateRotationRestart(Expr.of(value));
      return this;
    }

    public Builder characterSetName(String value) {
      characterSetName(Expr.of(value));
      return this;
    }

    public Builder copyTagsToSnapshot(boolean value) {
      copyTagsToSnapshot(Expr.of(value));
      return this;
    }

    public Builder customIAMInstanceProfile(String value) {
      customIAMInstanceProfile(Expr.of(value));
      return this;
    }

    public Builder dbClusterIdentifier(String value) {
      dbClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder dbClusterSnapshotIdentifier(String value) {
      dbClusterSnapshotIdentifier(Expr.of(value));
      return this;
    }

    public Builder dbInstanceClass(String value) {
      dbInstanceClass(Expr.of(value));
      return this;
    }

    public Builder dbInstanceIdentifier(String value) {
      dbInstanceIdentifier(Expr.of(value));
      return this;
    }

    public Builder dbName(String value) {
      dbName(Expr.of(value));
      return this;
    }

    public Builder dbParameterGroupName(String value) {
      dbParameterGroupName(Expr.of(value));
      return this;
    }

    public Builder dbSecurityGroups(List<? extends Expr> values) {
      dbSecurityGroups(Expr.list(values));
      return this;
    }

    public Builder dbSecurityGroups(String... values) {
      dbSecurityGroups(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder dbSnapshotIdentifier(String value) {
      dbSnapshotIdentifier(Expr.of(value));
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

    public Builder dedicatedLogVolume(boolean value) {
      dedicatedLogVolume(Expr.of(value));
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

    public Builder domainAuthSecretArn(String value) {
      domainAuthSecretArn(Expr.of(value));
      return this;
    }

    public Builder domainDnsIps(List<? extends Expr> values) {
      domainDnsIps(Expr.list(values));
      return this;
    }

    public Builder domainDnsIps(String... values) {
      domainDnsIps(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder domainFqdn(String value) {
      domainFqdn(Expr.of(value));
      return this;
    }

    public Builder domainIAMRoleName(String value) {
      domainIAMRoleName(Expr.of(value));
      return this;
    }

    public Builder domainOu(String value) {
      domainOu(Expr.of(value));
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

    public Builder enableIAMDatabaseAuthentication(boolean value) {
      enableIAMDatabaseAuthentication(Expr.of(value));
      return this;
    }

    public Builder enablePerformanceInsights(boolean value) {
      enablePerformanceInsights(Expr.of(value));
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

    public Builder engineVersion(String value) {
      engineVersion(Expr.of(value));
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

    public Builder licenseModel(String value) {
      licenseModel(Expr.of(value));
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

    public Builder maxAllocatedStorage(long value) {
      maxAllocatedStorage(Expr.of(value));
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

    public Builder multiAZ(boolean value) {
      multiAZ(Expr.of(value));
      return this;
    }

    public Builder ncharCharacterSetName(String value) {
      ncharCharacterSetName(Expr.of(value));
      return this;
    }

    public Builder networkType(String value) {
      networkType(Expr.of(value));
      return this;
    }

    public Builder optionGroupName(String value) {
      optionGroupName(Expr.of(value));
      return this;
    }

    public Builder performanceInsightsKMSKeyId(String value) {
      performanceInsightsKMSKeyId(Expr.of(value));
      return this;
    }

    public Builder performanceInsightsRetentionPeriod(long value) {
      performanceInsightsRetentionPeriod(Expr.of(value));
      return this;
    }

    public Builder port(String value) {
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

    public Builder processorFeatures(List<? extends Expr> values) {
      processorFeatures(Expr.list(values));
      return this;
    }

    public Builder promotionTier(long value) {
      promotionTier(Expr.of(value));
      return this;
    }

    public Builder publiclyAccessible(boolean value) {
      publiclyAccessible(Expr.of(value));
      return this;
    }

    public Builder replicaMode(String value) {
      replicaMode(Expr.of(value));
      return this;
    }

    public Builder restoreTime(String value) {
      restoreTime(Expr.of(value));
      return this;
    }

    public Builder sourceDBClusterIdentifier(String value) {
      sourceDBClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder sourceDBInstanceAutomatedBackupsArn(String value) {
      sourceDBInstanceAutomatedBackupsArn(Expr.of(value));
      return this;
    }

    public Builder sourceDBInstanceIdentifier(String value) {
      sourceDBInstanceIdentifier(Expr.of(value));
      return this;
    }

    public Builder sourceDbiResourceId(String value) {
      sourceDbiResourceId(Expr.of(value));
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

    public Builder storageThroughput(long value) {
      storageThroughput(Expr.of(value));
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

    public Builder tdeCredentialArn(String value) {
      tdeCredentialArn(Expr.of(value));
      return this;
    }

    public Builder tdeCredentialPassword(String value) {
      tdeCredentialPassword(Expr.of(value));
      return this;
    }

    public Builder timezone(String value) {
      timezone(Expr.of(value));
      return this;
    }

    public Builder useDefaultProcessorFeatures(boolean value) {
      useDefaultProcessorFeatures(Expr.of(value));
      return this;
    }

    public Builder useLatestRestorableTime(boolean value) {
      useLatestRestorableTime(Expr.of(value));
      return this;
    }

    public Builder vpcSecurityGroups(List<? extends Expr> values) {
      vpcSecurityGroups(Expr.list(values));
      return this;
    }

    public Builder vpcSecurityGroups(String... values) {
      vpcSecurityGroups(Expr.ofStrings(List.of(values)));
      return this;
    }
  }

  /**
   * {@code AWS::RDS::DBInstance.AdditionalStorageVolume}: Contains details about an additional
   * storage volume for a DB instance. RDS support additional storage volumes for RDS for Oracle and
   * RDS for SQL Server.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbinstance-additionalstoragevolume.html">AWS::RDS::DBInstance.AdditionalStorageVolume</a>
   */
  @Value.Immutable
  interface AdditionalStorageVolume extends PropertyValue {

    /**
     * The amount of storage allocated for the additional storage volume, in gibibytes (GiB). The
     * minimum is 20 GiB. The maximum is 65,536 GiB (64 TiB).
     */
    Optional<Expr> allocatedStorage();

    /**
     * The number of I/O operations per second (IOPS) provisioned for the additional storage volume.
     */
    Optional<Expr> iops();

    /**
     * The upper limit in gibibytes (GiB) to which RDS can automatically scale the storage of the
     * additional storage volume.
     */
    Optional<Expr> maxAllocatedStorage();

    /** {@code StorageOperationPercentProgress}. */
    Optional<Expr> storageOperationPercentProgress();

    /** {@code StorageOperationStatus}. */
    Optional<Expr> storageOperationStatus();

    /**
     * The storage throughput value for the additional storage volume, in mebibytes per second
     * (MiBps). This setting applies only to the General Purpose SSD (``gp3``) storage type.
     */
    Optional<Expr> storageThroughput();

    /** The storage type for the additional storage volume. Valid Values: ``GP3 | IO2`` */
    Optional<Expr> storageType();

    /**
     * The name of the additional storage volume. Valid Values: ``RDSDBDATA2 | RDSDBDATA3 |
     * RDSDBDATA4``
     */
    Optional<Expr> volumeName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllocatedStorage", allocatedStorage())
          .put("Iops", iops())
          .put("MaxAllocatedStorage", maxAllocatedStorage())
          .put("StorageOperationPercentProgress", storageOperationPercentProgress())
          .put("StorageOperationStatus", storageOperationStatus())
          .put("StorageThroughput", storageThroughput())
          .put("StorageType", storageType())
          .put("VolumeName", volumeName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AdditionalStorageVolume}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableDBInstance.AdditionalStorageVolume.Builder {

      public Builder allocatedStorage(String value) {
        allocatedStorage(Expr.of(value));
        return this;
      }

      public Builder iops(long value) {
        iops(Expr.of(value));
        return this;
      }

      public Builder maxAllocatedStorage(long value) {
        maxAllocatedStorage(Expr.of(value));
        return this;
      }

      public Builder storageOperationPercentProgress(long value) {
        storageOperationPercentProgress(Expr.of(value));
        return this;
      }

      public Builder storageOperationStatus(String value) {
        storageOperationStatus(Expr.of(value));
        return this;
      }

      public Builder storageThroughput(long value) {
        storageThroughput(Expr.of(value));
        return this;
      }

      public Builder storageType(String value) {
        storageType(Expr.of(value));
        return this;
      }

      public Builder volumeName(String value) {
        volumeName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBInstance.CertificateDetails}: The details of the DB instance’s server
   * certificate.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbinstance-certificatedetails.html">AWS::RDS::DBInstance.CertificateDetails</a>
   */
  @Value.Immutable
  interface CertificateDetails extends PropertyValue {

    /** The CA identifier of the CA certificate used for the DB instance's server certificate. */
    Optional<Expr> caIdentifier();

    /** The expiration date of the DB instance’s server certificate. */
    Optional<Expr> validTill();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CAIdentifier", caIdentifier())
          .put("ValidTill", validTill())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CertificateDetails}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBInstance.CertificateDetails.Builder {

      public Builder caIdentifier(String value) {
        caIdentifier(Expr.of(value));
        return this;
      }

      public Builder validTill(String value) {
        validTill(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBInstance.DBInstanceRole}: Information about an AWS Identity and Access
   * Management (IAM) role that is associated with a DB instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbinstance-dbinstancerole.html">AWS::RDS::DBInstance.DBInstanceRole</a>
   */
  @Value.Immutable
  interface DBInstanceRole extends PropertyValue {

    /**
     * Required. The name of the feature associated with the AWS Identity and Access Management
     * (IAM) role. IAM roles that are associated with a DB instance grant permission for the DB
     * instance to access other AWS services on your behalf. For the list of supported feature
     * names, see the `SupportedFeatureNames` description in
     * [DBEngineVersion](https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBEngineVersion.html)
     * in the *Amazon RDS API Reference* .
     */
    Expr featureName();

    /**
     * Required. The Amazon Resource Name (ARN) of the IAM role that is associated with the DB
     * instance.
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

    /** Builds a {@link DBInstanceRole}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBInstance.DBInstanceRole.Builder {

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
   * {@code AWS::RDS::DBInstance.DBInstanceStatusInfo}: Provides a list of status information for a
   * DB instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbinstance-dbinstancestatusinfo.html">AWS::RDS::DBInstance.DBInstanceStatusInfo</a>
   */
  @Value.Immutable
  interface DBInstanceStatusInfo extends PropertyValue {

    /**
     * Details of the error if there is an error for the instance. If the instance isn't in an error
     * state, this value is blank.
     */
    Optional<Expr> message();

    /**
     * Indicates whether the instance is operating normally (TRUE) or is in an error state (FALSE).
     */
    Optional<Expr> normal();

    /**
     * The status of the DB instance. For a StatusType of read replica, the values can be
     * replicating, replication stop point set, replication stop point reached, error, stopped, or
     * terminated.
     */
    Optional<Expr> status();

    /** This value is currently "read replication." */
    Optional<Expr> statusType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Message", message())
          .put("Normal", normal())
          .put("Status", status())
          .put("StatusType", statusType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DBInstanceStatusInfo}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableDBInstance.DBInstanceStatusInfo.Builder {

      public Builder message(String value) {
        message(Expr.of(value));
        return this;
      }

      public Builder normal(boolean value) {
        normal(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }

      public Builder statusType(String value) {
        statusType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBInstance.Endpoint}: This data type represents the information you need to
   * connect to an Amazon RDS DB instance. This data type is used as a response element in the
   * following actions:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbinstance-endpoint.html">AWS::RDS::DBInstance.Endpoint</a>
   */
  @Value.Immutable
  interface Endpoint extends PropertyValue {

    /** Specifies the DNS address of the DB instance. */
    Optional<Expr> address();

    /** Specifies the ID that Amazon Route 53 assigns when you create a hosted zone. */
    Optional<Expr> hostedZoneId();

    /** Specifies the port that the database engine is listening on. */
    Optional<Expr> port();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Address", address())
          .put("HostedZoneId", hostedZoneId())
          .put("Port", port())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Endpoint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBInstance.Endpoint.Builder {

      public Builder address(String value) {
        address(Expr.of(value));
        return this;
      }

      public Builder hostedZoneId(String value) {
        hostedZoneId(Expr.of(value));
        return this;
      }

      public Builder port(String value) {
        port(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBInstance.MasterUserSecret}: The `MasterUserSecret` return value specifies
   * the secret managed by RDS in AWS Secrets Manager for the master user password.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbinstance-masterusersecret.html">AWS::RDS::DBInstance.MasterUserSecret</a>
   */
  @Value.Immutable
  interface MasterUserSecret extends PropertyValue {

    /** The AWS KMS key identifier that is used to encrypt the secret. */
    Optional<Expr> kmsKeyId();

    /**
     * The Amazon Resource Name (ARN) of the secret. This parameter is a return value that you can
     * retrieve using the `Fn::GetAtt` intrinsic function. For more information, see [Return
     * values](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html#aws-resource-rds-dbinstance-return-values)
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
    final class Builder extends ImmutableDBInstance.MasterUserSecret.Builder {

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
   * {@code AWS::RDS::DBInstance.ProcessorFeature}: The `ProcessorFeature` property type specifies
   * the processor features of a DB instance class.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbinstance-processorfeature.html">AWS::RDS::DBInstance.ProcessorFeature</a>
   */
  @Value.Immutable
  interface ProcessorFeature extends PropertyValue {

    /** Values CloudFormation accepts for {@code Name}. */
    String NAME_CORE_COUNT = "coreCount";
    String NAME_THREADS_PER_CORE = "threadsPerCore";

    /** The name of the processor feature. Valid names are `coreCount` and `threadsPerCore` . */
    Optional<Expr> name();

    /** The value of a processor feature. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ProcessorFeature}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBInstance.ProcessorFeature.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }
}
