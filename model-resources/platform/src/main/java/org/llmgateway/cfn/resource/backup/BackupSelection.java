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
 * {@code AWS::Backup::BackupSelection}: Specifies a set of resources to assign to a backup plan.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-backupselection.html">AWS::Backup::BackupSelection</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface BackupSelection extends Resource {

  String TYPE = "AWS::Backup::BackupSelection";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. Uniquely identifies a backup plan. */
  Expr backupPlanId();

  /** Required. Specifies the body of a request to assign a set of resources to a backup plan. */
  Expr backupSelection();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BackupPlanId", backupPlanId())
        .put("BackupSelection", backupSelection())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code BackupPlanId} attribute: Uniquely identifies a backup plan. */
  default GetAtt attrBackupPlanId() {
    return getAtt("BackupPlanId");
  }

  /** The {@code Id} attribute: Uniquely identifies the backup selection. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code SelectionId} attribute: Uniquely identifies a request to assign a set of resources
   * to a backup plan.
   */
  default GetAtt attrSelectionId() {
    return getAtt("SelectionId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BackupSelection}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableBackupSelection.Builder {

    public Builder backupPlanId(String value) {
      backupPlanId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::BackupSelection.BackupSelectionResourceType}: Specifies an object
   * containing properties used to assign a set of resources to a backup plan.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupselection-backupselectionresourcetype.html">AWS::Backup::BackupSelection.BackupSelectionResourceType</a>
   */
  @Value.Immutable
  interface BackupSelectionResourceType extends PropertyValue {

    /**
     * A list of conditions that you define to assign resources to your backup plans using tags. For
     * example, `"StringEquals": { "ConditionKey": "aws:ResourceTag/CreatedByCryo",
     * "ConditionValue": "true" },` . Condition operators are case sensitive.
     */
    Optional<Expr> conditions();

    /**
     * Required. The ARN of the IAM role that AWS Backup uses to authenticate when backing up the
     * target resource; for example, `arn:aws:iam::123456789012:role/S3Access` .
     */
    Expr iamRoleArn();

    /**
     * A list of conditions that you define to assign resources to your backup plans using tags. For
     * example, `"StringEquals": { "ConditionKey": "aws:ResourceTag/CreatedByCryo",
     * "ConditionValue": "true" },` . Condition operators are case sensitive.
     */
    Optional<Expr> listOfTags();

    /**
     * A list of Amazon Resource Names (ARNs) to exclude from a backup plan. The maximum number of
     * ARNs is 500 without wildcards, or 30 ARNs with wildcards.
     */
    Optional<Expr> notResources();

    /**
     * An array of strings that contain Amazon Resource Names (ARNs) of resources to assign to a
     * backup plan.
     */
    Optional<Expr> resources();

    /** Required. The display name of a resource selection document. */
    Expr selectionName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Conditions", conditions())
          .put("IamRoleArn", iamRoleArn())
          .put("ListOfTags", listOfTags())
          .put("NotResources", notResources())
          .put("Resources", resources())
          .put("SelectionName", selectionName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BackupSelectionResourceType}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBackupSelection.BackupSelectionResourceType.Builder {

      public Builder iamRoleArn(String value) {
        iamRoleArn(Expr.of(value));
        return this;
      }

      public Builder listOfTags(List<? extends Expr> values) {
        listOfTags(Expr.list(values));
        return this;
      }

      public Builder notResources(List<? extends Expr> values) {
        notResources(Expr.list(values));
        return this;
      }

      public Builder notResources(String... values) {
        notResources(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder resources(List<? extends Expr> values) {
        resources(Expr.list(values));
        return this;
      }

      public Builder resources(String... values) {
        resources(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder selectionName(String value) {
        selectionName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupSelection.ConditionParameter}: Includes information about tags you
   * define to assign tagged resources to a backup plan.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupselection-conditionparameter.html">AWS::Backup::BackupSelection.ConditionParameter</a>
   */
  @Value.Immutable
  interface ConditionParameter extends PropertyValue {

    /**
     * The key in a key-value pair. For example, in the tag `Department: Accounting` , `Department`
     * is the key.
     */
    Optional<Expr> conditionKey();

    /**
     * The value in a key-value pair. For example, in the tag `Department: Accounting` ,
     * `Accounting` is the value.
     */
    Optional<Expr> conditionValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConditionKey", conditionKey())
          .put("ConditionValue", conditionValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ConditionParameter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBackupSelection.ConditionParameter.Builder {

      public Builder conditionKey(String value) {
        conditionKey(Expr.of(value));
        return this;
      }

      public Builder conditionValue(String value) {
        conditionValue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupSelection.ConditionResourceType}: Specifies an object that contains
   * an array of triplets made up of a condition type (such as `STRINGEQUALS` ), a key, and a value.
   * Conditions are used to filter resources in a selection that is assigned to a backup plan.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupselection-conditionresourcetype.html">AWS::Backup::BackupSelection.ConditionResourceType</a>
   */
  @Value.Immutable
  interface ConditionResourceType extends PropertyValue {

    /**
     * Required. The key in a key-value pair. For example, in `"Department": "accounting"` ,
     * `"Department"` is the key.
     */
    Expr conditionKey();

    /**
     * Required. An operation, such as `STRINGEQUALS` , that is applied to a key-value pair used to
     * filter resources in a selection.
     */
    Expr conditionType();

    /**
     * Required. The value in a key-value pair. For example, in `"Department": "accounting"` ,
     * `"accounting"` is the value.
     */
    Expr conditionValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConditionKey", conditionKey())
          .put("ConditionType", conditionType())
          .put("ConditionValue", conditionValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConditionResourceType}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBackupSelection.ConditionResourceType.Builder {

      public Builder conditionKey(String value) {
        conditionKey(Expr.of(value));
        return this;
      }

      public Builder conditionType(String value) {
        conditionType(Expr.of(value));
        return this;
      }

      public Builder conditionValue(String value) {
        conditionValue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::BackupSelection.Conditions}: Contains information about which resources to
   * include or exclude from a backup plan using their tags. Conditions are case sensitive.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-backupselection-conditions.html">AWS::Backup::BackupSelection.Conditions</a>
   */
  @Value.Immutable
  interface Conditions extends PropertyValue {

    /**
     * Filters the values of your tagged resources for only those resources that you tagged with the
     * same value. Also called "exact matching."
     */
    Optional<Expr> stringEquals();

    /**
     * Filters the values of your tagged resources for matching tag values with the use of a
     * wildcard character (*) anywhere in the string. For example, "prod*" or "*rod*" matches the
     * tag value "production".
     */
    Optional<Expr> stringLike();

    /**
     * Filters the values of your tagged resources for only those resources that you tagged that do
     * not have the same value. Also called "negated matching."
     */
    Optional<Expr> stringNotEquals();

    /**
     * Filters the values of your tagged resources for non-matching tag values with the use of a
     * wildcard character (*) anywhere in the string.
     */
    Optional<Expr> stringNotLike();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StringEquals", stringEquals())
          .put("StringLike", stringLike())
          .put("StringNotEquals", stringNotEquals())
          .put("StringNotLike", stringNotLike())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Conditions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBackupSelection.Conditions.Builder {

      public Builder stringEquals(List<? extends Expr> values) {
        stringEquals(Expr.list(values));
        return this;
      }

      public Builder stringLike(List<? extends Expr> values) {
        stringLike(Expr.list(values));
        return this;
      }

      public Builder stringNotEquals(List<? extends Expr> values) {
        stringNotEquals(Expr.list(values));
        return this;
      }

      public Builder stringNotLike(List<? extends Expr> values) {
        stringNotLike(Expr.list(values));
        return this;
      }
    }
  }
}
