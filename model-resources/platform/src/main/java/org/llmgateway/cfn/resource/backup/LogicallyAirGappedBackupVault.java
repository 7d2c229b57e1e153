// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.backup;

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
 * {@code AWS::Backup::LogicallyAirGappedBackupVault}: Creates a logical container to where backups
 * may be copied.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-logicallyairgappedbackupvault.html">AWS::Backup::LogicallyAirGappedBackupVault</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LogicallyAirGappedBackupVault extends Resource {

  String TYPE = "AWS::Backup::LogicallyAirGappedBackupVault";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The backup vault access policy document in JSON format. */
  Optional<Expr> accessPolicy();

  /**
   * Required. The name of a logical container where backups are stored. Logically air-gapped backup
   * vaults are identified by names that are unique to the account used to create them and the
   * Region where they are created.
   */
  Expr backupVaultName();

  /** The tags to assign to the vault. */
  Optional<Expr> backupVaultTags();

  /**
   * The server-side encryption key that is used to protect your backups; for example,
   * `arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab` .
   */
  Optional<Expr> encryptionKeyArn();

  /** Required. The maximum retention period that the vault retains its recovery points. */
  Expr maxRetentionDays();

  /**
   * Required. This setting specifies the minimum retention period that the vault retains its
   * recovery points.
   */
  Expr minRetentionDays();

  /**
   * The Amazon Resource Name (ARN) of the MPA approval team to associate with the backup vault.
   * This cannot be changed after it is set from the CloudFormation template.
   */
  Optional<Expr> mpaApprovalTeamArn();

  /** Returns event notifications for the specified backup vault. */
  Optional<Expr> notifications();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AccessPolicy", accessPolicy())
        .put("BackupVaultName", backupVaultName())
        .put("BackupVaultTags", backupVaultTags())
        .put("EncryptionKeyArn", encryptionKeyArn())
        .put("MaxRetentionDays", maxRetentionDays())
        .put("MinRetentionDays", minRetentionDays())
        .put("MpaApprovalTeamArn", mpaApprovalTeamArn())
        .put("Notifications", notifications())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code BackupVaultArn} attribute: The ARN of the backup vault. */
  default GetAtt attrBackupVaultArn() {
    return getAtt("BackupVaultArn");
  }

  /**
   * The {@code VaultState} attribute: The vault state. The possible values are `CREATING` ,
   * `AVAILABLE` , and `FAILED` .
   */
  default GetAtt attrVaultState() {
    return getAtt("VaultState");
  }

  /**
   * The {@code VaultType} attribute: The vault type. The possible values are `BACKUP_VAULT` and
   * `LOGICALLY_AIR_GAPPED_BACKUP_VAULT` .
   */
  default GetAtt attrVaultType() {
    return getAtt("VaultType");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LogicallyAirGappedBackupVault}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableLogicallyAirGappedBackupVault.Builder {

    public Builder accessPolicy(JsonNode value) {
      accessPolicy(Expr.json(value));
      return this;
    }

    public Builder accessPolicy(String value) {
      accessPolicy(Expr.of(value));
      return this;
    }

    public Builder backupVaultName(String value) {
      backupVaultName(Expr.of(value));
      return this;
    }

    public Builder backupVaultTags(Map<String, ? extends Expr> entries) {
      backupVaultTags(Expr.map(entries));
      return this;
    }

    public Builder encryptionKeyArn(String value) {
      encryptionKeyArn(Expr.of(value));
      return this;
    }

    public Builder maxRetentionDays(long value) {
      maxRetentionDays(Expr.of(value));
      return this;
    }

    public Builder minRetentionDays(long value) {
      minRetentionDays(Expr.of(value));
      return this;
    }

    public Builder mpaApprovalTeamArn(String value) {
      mpaApprovalTeamArn(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::LogicallyAirGappedBackupVault.NotificationObjectType}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-logicallyairgappedbackupvault-notificationobjecttype.html">AWS::Backup::LogicallyAirGappedBackupVault.NotificationObjectType</a>
   */
  @Value.Immutable
  interface NotificationObjectType extends PropertyValue {

    /**
     * Required. An array of events that indicate the status of jobs to back up resources to the
     * backup vault.
     */
    Expr backupVaultEvents();

    /**
     * Required. The Amazon Resource Name (ARN) that specifies the topic for a backup vault’s
     * events; for example, `arn:aws:sns:us-west-2:111122223333:MyVaultTopic` .
     */
    Expr snsTopicArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BackupVaultEvents", backupVaultEvents())
          .put("SNSTopicArn", snsTopicArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NotificationObjectType}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLogicallyAirGappedBackupVault.NotificationObjectType.Builder {

      public Builder backupVaultEvents(List<? extends Expr> values) {
        backupVaultEvents(Expr.list(values));
        return this;
      }

      public Builder backupVaultEvents(String... values) {
        backupVaultEvents(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder snsTopicArn(String value) {
        snsTopicArn(Expr.of(value));
        return this;
      }
    }
  }
}
