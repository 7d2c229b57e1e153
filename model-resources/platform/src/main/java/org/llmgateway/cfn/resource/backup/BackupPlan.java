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
 * {@code AWS::Backup::BackupPlan}: Contains an optional backup plan display name and an array of
 * `BackupRule` objects, each of which specifies a backup rule. Each rule in a backup plan is a
 * separate scheduled task and can back up a different selection of AWS resources.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-backupplan.html">AWS::Backup::BackupPlan</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface BackupPlan extends Resource {

  String TYPE = "AWS::Backup::BackupPlan";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Uniquely identifies the backup plan to be associated with the selection of resources.
   */
  Expr backupPlan();

  /** The tags to assign to the backup plan. */
  Optional<Expr> backupPlanTags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BackupPlan", backupPlan())
        .put("BackupPlanTags", backupPlanTags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code BackupPlanArn} attribute: An Amazon Resource Name (ARN) that uniquely identifies a
   * backup plan; for example,
   * `arn:aws:backup:us-east-1:123456789012:plan:8F81F553-3A74-4A3F-B93D-B3360DC80C50` .
   */
  default GetAtt attrBackupPlanArn() {
    return getAtt("BackupPlanArn");
  }

  /** The {@code BackupPlanId} attribute: Uniquely identifies a backup plan. */
  default GetAtt attrBackupPlanId() {
    return getAtt("BackupPlanId");
  }

  /**
   * The {@code VersionId} attribute: Unique, randomly generated, Unicode, UTF-8 encoded strings
   * that are at most 1,024 bytes long. Version Ids cannot be edited.
   */
  default GetAtt attrVersionId() {
    return getAtt("VersionId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BackupPlan}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableBackupPlan.Builder {

    public Builder backupPlanTags(Map<String, ? extends Expr> entries) {
      backupPlanTags(Expr.map(entries));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::BackupPlan.AdvancedBackupSettingResourceType}: Specifies an object
   * containing resource type and backup options. This is only supported for Windows VSS backups.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-advancedbackupsettingresourcetype.html">AWS::Backup::BackupPlan.AdvancedBackupSettingResourceType</a>
   */
  @Value.Immutable
  interface AdvancedBackupSettingResourceType extends PropertyValue {

    /**
     * Required. The backup option for the resource. Each option is a key-value pair. This option is
     * only available for Windows VSS backup jobs.
     */
    Expr backupOptions();

    /** Required. The name of a resource type. The only supported resource type is EC2. */
    Expr resourceTypeValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BackupOptions", backupOptions())
          .put("ResourceType", resourceTypeValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AdvancedBackupSettingResourceType}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableBackupPlan.AdvancedBackupSettingResourceType.Builder {

      public Builder backupOptions(JsonNode value) {
        backupOptions(Expr.json(value));
        return this;
      }

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupPlan.BackupPlanResourceType}: Specifies an object containing
   * properties used to create a backup plan.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-backupplanresourcetype.html">AWS::Backup::BackupPlan.BackupPlanResourceType</a>
   */
  @Value.Immutable
  interface BackupPlanResourceType extends PropertyValue {

    /** A list of backup options for each resource type. */
    Optional<Expr> advancedBackupSettings();

    /** Required. The display name of a backup plan. */
    Expr backupPlanName();

    /**
     * Required. An array of `BackupRule` objects, each of which specifies a scheduled task that is
     * used to back up a selection of resources.
     */
    Expr backupPlanRule();

    /** {@code ScanSettings}. */
    Optional<Expr> scanSettings();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdvancedBackupSettings", advancedBackupSettings())
          .put("BackupPlanName", backupPlanName())
          .put("BackupPlanRule", backupPlanRule())
          .put("ScanSettings", scanSettings())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BackupPlanResourceType}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBackupPlan.BackupPlanResourceType.Builder {

      public Builder advancedBackupSettings(List<? extends Expr> values) {
        advancedBackupSettings(Expr.list(values));
        return this;
      }

      public Builder backupPlanName(String value) {
        backupPlanName(Expr.of(value));
        return this;
      }

      public Builder backupPlanRule(List<? extends Expr> values) {
        backupPlanRule(Expr.list(values));
        return this;
      }

      public Builder scanSettings(List<? extends Expr> values) {
        scanSettings(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupPlan.BackupRuleResourceType}: Specifies an object containing
   * properties used to schedule a task to back up a selection of resources.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-backupruleresourcetype.html">AWS::Backup::BackupPlan.BackupRuleResourceType</a>
   */
  @Value.Immutable
  interface BackupRuleResourceType extends PropertyValue {

    /**
     * A value in minutes after a backup job is successfully started before it must be completed or
     * it is canceled by AWS Backup .
     */
    Optional<Expr> completionWindowMinutes();

    /** An array of CopyAction objects, which contains the details of the copy operation. */
    Optional<Expr> copyActions();

    /** Enables continuous backup and point-in-time restores (PITR). */
    Optional<Expr> enableContinuousBackup();

    /**
     * There can up to one IndexAction in each BackupRule, as each backup can have 0 or 1 backup
     * index associated with it.
     */
    Optional<Expr> indexActions();

    /**
     * The lifecycle defines when a protected resource is transitioned to cold storage and when it
     * expires. AWS Backup transitions and expires backups automatically according to the lifecycle
     * that you define.
     */
    Optional<Expr> lifecycle();

    /** The tags to assign to the resources. */
    Optional<Expr> recoveryPointTags();

    /** Required. A display name for a backup rule. */
    Expr ruleName();

    /** {@code ScanActions}. */
    Optional<Expr> scanActions();

    /** A CRON expression specifying when AWS Backup initiates a backup job. */
    Optional<Expr> scheduleExpression();

    /**
     * This is the timezone in which the schedule expression is set. By default, ScheduleExpressions
     * are in UTC. You can modify this to a specified timezone.
     */
    Optional<Expr> scheduleExpressionTimezone();

    /**
     * An optional value that specifies a period of time in minutes after a backup is scheduled
     * before a job is canceled if it doesn't start successfully.
     */
    Optional<Expr> startWindowMinutes();

    /**
     * Required. The name of a logical container where backups are stored. Backup vaults are
     * identified by names that are unique to the account used to create them and the AWS Region
     * where they are created. They consist of letters, numbers, and hyphens.
     */
    Expr targetBackupVault();

    /**
     * The ARN of a logically air-gapped vault. ARN must be in the same account and Region. If
     * provided, supported fully managed resources back up directly to logically air-gapped vault,
     * while other supported resources create a temporary (billable) snapshot in backup vault, then
     * copy it to logically air-gapped vault. Unsupported resources only back up to the specified
     * backup vault.
     */
    Optional<Expr> targetLogicallyAirGappedBackupVaultArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CompletionWindowMinutes", completionWindowMinutes())
          .put("CopyActions", copyActions())
          .put("EnableContinuousBackup", enableContinuousBackup())
          .put("IndexActions", indexActions())
          .put("Lifecycle", lifecycle())
          .put("RecoveryPointTags", recoveryPointTags())
          .put("RuleName", ruleName())
          .put("ScanActions", scanActions())
          .put("ScheduleExpression", scheduleExpression())
          .put("ScheduleExpressionTimezone", scheduleExpressionTimezone())
          .put("StartWindowMinutes", startWindowMinutes())
          .put("TargetBackupVault", targetBackupVault())
          .put("TargetLogicallyAirGappedBackupVaultArn", targetLogicallyAirGappedBackupVaultArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BackupRuleResourceType}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBackupPlan.BackupRuleResourceType.Builder {

      public Builder completionWindowMinutes(long value) {
        completionWindowMinutes(Expr.of(value));
        return this;
      }

      public Builder completionWindowMinutes(double value) {
        completionWindowMinutes(Expr.of(value));
        return this;
      }

      public Builder copyActions(List<? extends Expr> values) {
        copyActions(Expr.list(values));
        return this;
      }

      public Builder enableContinuousBackup(boolean value) {
        enableContinuousBackup(Expr.of(value));
        return this;
      }

      public Builder indexActions(List<? extends Expr> values) {
        indexActions(Expr.list(values));
        return this;
      }

      public Builder recoveryPointTags(Map<String, ? extends Expr> entries) {
        recoveryPointTags(Expr.map(entries));
        return this;
      }

      public Builder ruleName(String value) {
        ruleName(Expr.of(value));
        return this;
      }

      public Builder scanActions(List<? extends Expr> values) {
        scanActions(Expr.list(values));
        return this;
      }

      public Builder scheduleExpression(String value) {
        scheduleExpression(Expr.of(value));
        return this;
      }

      public Builder scheduleExpressionTimezone(String value) {
        scheduleExpressionTimezone(Expr.of(value));
        return this;
      }

      public Builder startWindowMinutes(long value) {
        startWindowMinutes(Expr.of(value));
        return this;
      }

      public Builder startWindowMinutes(double value) {
        startWindowMinutes(Expr.of(value));
        return this;
      }

      public Builder targetBackupVault(String value) {
        targetBackupVault(Expr.of(value));
        return this;
      }

      public Builder targetLogicallyAirGappedBackupVaultArn(String value) {
        targetLogicallyAirGappedBackupVaultArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupPlan.CopyActionResourceType}: Copies backups created by a backup rule
   * to another vault.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-copyactionresourcetype.html">AWS::Backup::BackupPlan.CopyActionResourceType</a>
   */
  @Value.Immutable
  interface CopyActionResourceType extends PropertyValue {

    /**
     * Required. An Amazon Resource Name (ARN) that uniquely identifies the destination backup vault
     * for the copied backup. For example,
     * `arn:aws:backup:us-east-1:123456789012:vault:aBackupVault.`
     */
    Expr destinationBackupVaultArn();

    /**
     * Defines when a protected resource is transitioned to cold storage and when it expires. AWS
     * Backup transitions and expires backups automatically according to the lifecycle that you
     * define. If you do not specify a lifecycle, AWS Backup applies the lifecycle policy of the
     * source backup to the destination backup.
     */
    Optional<Expr> lifecycle();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DestinationBackupVaultArn", destinationBackupVaultArn())
          .put("Lifecycle", lifecycle())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CopyActionResourceType}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBackupPlan.CopyActionResourceType.Builder {

      public Builder destinationBackupVaultArn(String value) {
        destinationBackupVaultArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupPlan.IndexActionsResourceType}: Specifies index actions.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-indexactionsresourcetype.html">AWS::Backup::BackupPlan.IndexActionsResourceType</a>
   */
  @Value.Immutable
  interface IndexActionsResourceType extends PropertyValue {

    /** 0 or 1 index action will be accepted for each BackupRule. */
    Optional<Expr> resourceTypes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceTypes", resourceTypes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IndexActionsResourceType}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBackupPlan.IndexActionsResourceType.Builder {

      public Builder resourceTypes(List<? extends Expr> values) {
        resourceTypes(Expr.list(values));
        return this;
      }

      public Builder resourceTypes(String... values) {
        resourceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupPlan.LifecycleResourceType}: Specifies an object containing an array
   * of `Transition` objects that determine how long in days before a recovery point transitions to
   * cold storage or is deleted.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-lifecycleresourcetype.html">AWS::Backup::BackupPlan.LifecycleResourceType</a>
   */
  @Value.Immutable
  interface LifecycleResourceType extends PropertyValue {

    /**
     * The number of days after creation that a recovery point is deleted. This value must be at
     * least 90 days after the number of days specified in `MoveToColdStorageAfterDays` .
     */
    Optional<Expr> deleteAfterDays();

    /** The number of days after creation that a recovery point is moved to cold storage. */
    Optional<Expr> moveToColdStorageAfterDays();

    /**
     * If the value is true, your backup plan transitions supported resources to archive (cold)
     * storage tier in accordance with your lifecycle settings.
     */
    Optional<Expr> optInToArchiveForSupportedResources();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeleteAfterDays", deleteAfterDays())
          .put("MoveToColdStorageAfterDays", moveToColdStorageAfterDays())
          .put("OptInToArchiveForSupportedResources", optInToArchiveForSupportedResources())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LifecycleResourceType}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBackupPlan.LifecycleResourceType.Builder {

      public Builder deleteAfterDays(long value) {
        deleteAfterDays(Expr.of(value));
        return this;
      }

      public Builder deleteAfterDays(double value) {
        deleteAfterDays(Expr.of(value));
        return this;
      }

      public Builder moveToColdStorageAfterDays(long value) {
        moveToColdStorageAfterDays(Expr.of(value));
        return this;
      }

      public Builder moveToColdStorageAfterDays(double value) {
        moveToColdStorageAfterDays(Expr.of(value));
        return this;
      }

      public Builder optInToArchiveForSupportedResources(boolean value) {
        optInToArchiveForSupportedResources(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupPlan.ScanActionResourceType}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-scanactionresourcetype.html">AWS::Backup::BackupPlan.ScanActionResourceType</a>
   */
  @Value.Immutable
  interface ScanActionResourceType extends PropertyValue {

    /** {@code MalwareScanner}. */
    Optional<Expr> malwareScanner();

    /** {@code ScanMode}. */
    Optional<Expr> scanMode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MalwareScanner", malwareScanner())
          .put("ScanMode", scanMode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ScanActionResourceType}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBackupPlan.ScanActionResourceType.Builder {

      public Builder malwareScanner(String value) {
        malwareScanner(Expr.of(value));
        return this;
      }

      public Builder scanMode(String value) {
        scanMode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupPlan.ScanSettingResourceType}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupplan-scansettingresourcetype.html">AWS::Backup::BackupPlan.ScanSettingResourceType</a>
   */
  @Value.Immutable
  interface ScanSettingResourceType extends PropertyValue {

    /** {@code MalwareScanner}. */
    Optional<Expr> malwareScanner();

    /** {@code ResourceTypes}. */
    Optional<Expr> resourceTypes();

    /** {@code ScannerRoleArn}. */
    Optional<Expr> scannerRoleArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MalwareScanner", malwareScanner())
          .put("ResourceTypes", resourceTypes())
          .put("ScannerRoleArn", scannerRoleArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ScanSettingResourceType}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBackupPlan.ScanSettingResourceType.Builder {

      public Builder malwareScanner(String value) {
        malwareScanner(Expr.of(value));
        return this;
      }

      public Builder resourceTypes(List<? extends Expr> values) {
        resourceTypes(Expr.list(values));
        return this;
      }

      public Builder resourceTypes(String... values) {
        resourceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder scannerRoleArn(String value) {
        scannerRoleArn(Expr.of(value));
        return this;
      }
    }
  }
}
