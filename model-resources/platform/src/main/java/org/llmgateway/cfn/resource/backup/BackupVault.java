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
 * {@code AWS::Backup::BackupVault}: Creates a logical container where backups are stored. A
 * `CreateBackupVault` request includes a name, optionally one or more resource tags, an encryption
 * key, and a request ID.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-backupvault.html">AWS::Backup::BackupVault</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface BackupVault extends Resource {

  String TYPE = "AWS::Backup::BackupVault";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A resource-based policy that is used to manage access permissions on the target backup vault.
   */
  Optional<Expr> accessPolicy();

  /**
   * Required. The name of a logical container where backups are stored. Backup vaults are
   * identified by names that are unique to the account used to create them and the AWS Region where
   * they are created.
   */
  Expr backupVaultName();

  /** The tags to assign to the backup vault. */
  Optional<Expr> backupVaultTags();

  /**
   * A server-side encryption key you can specify to encrypt your backups from services that support
   * full AWS Backup management; for example,
   * `arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab` . If you specify
   * a key, you must specify its ARN, not its alias. If you do not specify a key, AWS Backup creates
   * a KMS key for you by default.
   */
  Optional<Expr> encryptionKeyArn();

  /**
   * Configuration for [AWS Backup Vault
   * Lock](https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html) .
   */
  Optional<Expr> lockConfiguration();

  /** The SNS event notifications for the specified backup vault. */
  Optional<Expr> notifications();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AccessPolicy", accessPolicy())
        .put("BackupVaultName", backupVaultName())
        .put("BackupVaultTags", backupVaultTags())
        .put("EncryptionKeyArn", encryptionKeyArn())
        .put("LockConfiguration", lockConfiguration())
        .put("Notifications", notifications())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code BackupVaultArn} attribute: An Amazon Resource Name (ARN) that uniquely identifies a
   * backup vault; for example, `arn:aws:backup:us-east-1:123456789012:backup-vault:aBackupVault` .
   */
  default GetAtt attrBackupVaultArn() {
    return getAtt("BackupVaultArn");
  }

  /**
   * The {@code BackupVaultName} attribute: The name of a logical container where backups are
   * stored. Backup vaults are identified by names that are unique to the account used to create
   * them and the Region where they are created. They consist of lowercase and uppercase letters,
   * numbers, and hyphens.
   */
  default GetAtt attrBackupVaultName() {
    return getAtt("BackupVaultName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BackupVault}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableBackupVault.Builder {

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
  }

  /**
   * {@code AWS::Backup::BackupVault.LockConfigurationType}: The `LockConfigurationType` property
   * type specifies configuration for [AWS Backup Vault
   * Lock](https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupvault-lockconfigurationtype.html">AWS::Backup::BackupVault.LockConfigurationType</a>
   */
  @Value.Immutable
  interface LockConfigurationType extends PropertyValue {

    /**
     * The AWS Backup Vault Lock configuration that specifies the number of days before the lock
     * date. For example, setting `ChangeableForDays` to 30 on Jan. 1, 2022 at 8pm UTC will set the
     * lock date to Jan. 31, 2022 at 8pm UTC.
     */
    Optional<Expr> changeableForDays();

    /**
     * The AWS Backup Vault Lock configuration that specifies the maximum retention period that the
     * vault retains its recovery points. This setting can be useful if, for example, your
     * organization's policies require you to destroy certain data after retaining it for four years
     * (1460 days).
     */
    Optional<Expr> maxRetentionDays();

    /**
     * Required. The AWS Backup Vault Lock configuration that specifies the minimum retention period
     * that the vault retains its recovery points. This setting can be useful if, for example, your
     * organization's policies require you to retain certain data for at least seven years (2555
     * days).
     */
    Expr minRetentionDays();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ChangeableForDays", changeableForDays())
          .put("MaxRetentionDays", maxRetentionDays())
          .put("MinRetentionDays", minRetentionDays())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LockConfigurationType}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBackupVault.LockConfigurationType.Builder {

      public Builder changeableForDays(long value) {
        changeableForDays(Expr.of(value));
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
    }
  }

  /**
   * {@code AWS::Backup::BackupVault.NotificationObjectType}: Specifies an object containing SNS
   * event notification properties for the target backup vault.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupvault-notificationobjecttype.html">AWS::Backup::BackupVault.NotificationObjectType</a>
   */
  @Value.Immutable
  interface NotificationObjectType extends PropertyValue {

    /**
     * Required. An array of events that indicate the status of jobs to back up resources to the
     * backup vault. For valid events, see
     * [BackupVaultEvents](https://docs.aws.amazon.com/aws-backup/latest/devguide/API_PutBackupVaultNotifications.html#API_PutBackupVaultNotifications_RequestSyntax)
     * in the *AWS Backup API Guide* .
     */
    Expr backupVaultEvents();

    /**
     * Required. An ARN that uniquely identifies an Amazon Simple Notification Service (Amazon SNS)
     * topic; for example, `arn:aws:sns:us-west-2:111122223333:MyTopic` .
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
    final class Builder extends ImmutableBackupVault.NotificationObjectType.Builder {

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
