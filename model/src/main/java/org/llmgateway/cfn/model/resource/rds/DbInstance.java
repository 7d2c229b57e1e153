package org.llmgateway.cfn.model.resource.rds;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/**
 * AWS::RDS::DBInstance, with the properties a single (non-Aurora) instance uses. Values that
 * usually come from parameters or conditions are {@link Expr}; the backup and maintenance windows
 * are literals, checked here because RDS only rejects a bad window after minutes of deployment.
 */
@Value.Immutable
@CfnStyle
public interface DbInstance extends Resource {

  @Override
  default String resourceType() {
    return "AWS::RDS::DBInstance";
  }

  /** Gibibytes, as a string in CloudFormation's schema. */
  @JsonProperty("AllocatedStorage")
  Optional<Expr> allocatedStorage();

  @JsonProperty("AutoMinorVersionUpgrade")
  Optional<Expr> autoMinorVersionUpgrade();

  @JsonProperty("BackupRetentionPeriod")
  Optional<Expr> backupRetentionPeriod();

  @JsonProperty("CopyTagsToSnapshot")
  Optional<Expr> copyTagsToSnapshot();

  @JsonProperty("DBInstanceClass")
  Expr dbInstanceClass();

  @JsonProperty("DBInstanceIdentifier")
  Optional<Expr> dbInstanceIdentifier();

  @JsonProperty("DBName")
  Optional<Expr> dbName();

  @JsonProperty("DBParameterGroupName")
  Optional<Expr> dbParameterGroupName();

  @JsonProperty("DBSubnetGroupName")
  Optional<Expr> dbSubnetGroupName();

  @JsonProperty("DeletionProtection")
  Optional<Expr> deletionProtection();

  /** Engine logs shipped to CloudWatch Logs, e.g. {@code postgresql}, {@code upgrade}. */
  @JsonProperty("EnableCloudwatchLogsExports")
  List<String> enableCloudwatchLogsExports();

  @JsonProperty("EnablePerformanceInsights")
  Optional<Expr> enablePerformanceInsights();

  @JsonProperty("Engine")
  Expr engine();

  @JsonProperty("EngineVersion")
  Optional<Expr> engineVersion();

  /** The key encrypting storage; needs {@link #storageEncrypted()} true. */
  @JsonProperty("KmsKeyId")
  Optional<Expr> kmsKeyId();

  /**
   * True lets RDS generate the master password, keep it in a Secrets Manager secret and rotate
   * it; then {@link #masterUserPassword()} must be absent.
   */
  @JsonProperty("ManageMasterUserPassword")
  Optional<Expr> manageMasterUserPassword();

  /** Best a dynamic reference to Secrets Manager, so no password sits in the template. */
  @JsonProperty("MasterUserPassword")
  Optional<Expr> masterUserPassword();

  /** The key of the secret RDS manages when {@link #manageMasterUserPassword()} is true. */
  @JsonProperty("MasterUserSecret")
  Optional<MasterUserSecret> masterUserSecret();

  @JsonProperty("MasterUsername")
  Optional<Expr> masterUsername();

  /** Upper bound for storage autoscaling, in GiB. */
  @JsonProperty("MaxAllocatedStorage")
  Optional<Expr> maxAllocatedStorage();

  @JsonProperty("MultiAZ")
  Optional<Expr> multiAz();

  @JsonProperty("PerformanceInsightsKMSKeyId")
  Optional<Expr> performanceInsightsKmsKeyId();

  @JsonProperty("PerformanceInsightsRetentionPeriod")
  Optional<Expr> performanceInsightsRetentionPeriod();

  /** A string in CloudFormation's schema. */
  @JsonProperty("Port")
  Optional<Expr> port();

  /** Daily, UTC, {@code hh24:mi-hh24:mi}, at least 30 minutes. */
  @JsonProperty("PreferredBackupWindow")
  Optional<String> preferredBackupWindow();

  /** Weekly, UTC, {@code ddd:hh24:mi-ddd:hh24:mi}, at least 30 minutes. */
  @JsonProperty("PreferredMaintenanceWindow")
  Optional<String> preferredMaintenanceWindow();

  @JsonProperty("PubliclyAccessible")
  Optional<Expr> publiclyAccessible();

  @JsonProperty("StorageEncrypted")
  Optional<Expr> storageEncrypted();

  /** {@code gp3}, {@code gp2}, {@code io1}, {@code io2} or {@code standard}. */
  @JsonProperty("StorageType")
  Optional<String> storageType();

  @JsonProperty("VPCSecurityGroups")
  List<Expr> vpcSecurityGroups();

  @JsonProperty("Tags")
  List<Tag> tags();

  /** The DNS name clients connect to. */
  default GetAtt endpointAddress() {
    return getAtt("Endpoint.Address");
  }

  /** The port clients connect to, as a string. */
  default GetAtt endpointPort() {
    return getAtt("Endpoint.Port");
  }

  default GetAtt arn() {
    return getAtt("DBInstanceArn");
  }

  /** The ARN of the master user's secret, when RDS manages the master password. */
  default GetAtt masterUserSecretArn() {
    return getAtt("MasterUserSecret.SecretArn");
  }

  /** The KMS key of the secret RDS keeps the master password in (its SecretArn is read-only). */
  @Value.Immutable
  @CfnStyle
  interface MasterUserSecret {
    @JsonProperty("KmsKeyId")
    @Value.Parameter
    Expr kmsKeyId();

    static MasterUserSecret encryptedWith(Expr kmsKeyId) {
      return ImmutableMasterUserSecret.of(kmsKeyId);
    }
  }

  static ImmutableDbInstance.Builder builder() {
    return ImmutableDbInstance.builder();
  }

  @Value.Check
  default void check() {
    preferredBackupWindow()
        .ifPresent(window -> MaintenanceWindows.checkDaily("PreferredBackupWindow", window));
    preferredMaintenanceWindow()
        .ifPresent(window -> MaintenanceWindows.checkWeekly("PreferredMaintenanceWindow", window));
    if (preferredBackupWindow().isPresent() && preferredMaintenanceWindow().isPresent()) {
      MaintenanceWindows.checkApart(
          preferredBackupWindow().get(), preferredMaintenanceWindow().get());
    }
    if (masterUserPassword().isPresent() && manageMasterUserPassword().isPresent()) {
      throw new IllegalStateException("DBInstance " + logicalId() + ": MasterUserPassword and"
          + " ManageMasterUserPassword exclude each other");
    }
    storageType()
        .filter(type -> !List.of("gp3", "gp2", "io1", "io2", "standard").contains(type))
        .ifPresent(type -> {
          throw new IllegalStateException(
              "DBInstance " + logicalId() + ": StorageType '" + type
                  + "' is not one of gp3, gp2, io1, io2, standard");
        });
  }
}
