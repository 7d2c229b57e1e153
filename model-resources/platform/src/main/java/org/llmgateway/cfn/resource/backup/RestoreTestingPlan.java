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
 * {@code AWS::Backup::RestoreTestingPlan}: Creates a restore testing plan.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-restoretestingplan.html">AWS::Backup::RestoreTestingPlan</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RestoreTestingPlan extends Resource {

  String TYPE = "AWS::Backup::RestoreTestingPlan";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The specified criteria to assign a set of resources, such as recovery point types or
   * backup vaults.
   */
  Expr recoveryPointSelection();

  /**
   * Required. The RestoreTestingPlanName is a unique string that is the name of the restore testing
   * plan. This cannot be changed after creation, and it must consist of only alphanumeric
   * characters and underscores.
   */
  Expr restoreTestingPlanName();

  /**
   * Required. A CRON expression in specified timezone when a restore testing plan is executed. When
   * no CRON expression is provided, AWS Backup will use the default expression `cron(0 5 ? * * *)`
   * .
   */
  Expr scheduleExpression();

  /**
   * Optional. This is the timezone in which the schedule expression is set. By default,
   * ScheduleExpressions are in UTC. You can modify this to a specified timezone.
   */
  Optional<Expr> scheduleExpressionTimezone();

  /** Defaults to 24 hours. */
  Optional<Expr> startWindowHours();

  /**
   * Optional tags to include. A tag is a key-value pair you can use to manage, filter, and search
   * for your resources. Allowed characters include UTF-8 letters,numbers, spaces, and the following
   * characters: `+ - = . _ : /.`
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("RecoveryPointSelection", recoveryPointSelection())
        .put("RestoreTestingPlanName", restoreTestingPlanName())
        .put("ScheduleExpression", scheduleExpression())
        .put("ScheduleExpressionTimezone", scheduleExpressionTimezone())
        .put("StartWindowHours", startWindowHours())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code RestoreTestingPlanArn} attribute: An Amazon Resource Name (ARN) that uniquely
   * identifies a restore testing plan.
   */
  default GetAtt attrRestoreTestingPlanArn() {
    return getAtt("RestoreTestingPlanArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RestoreTestingPlan}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRestoreTestingPlan.Builder {

    public Builder restoreTestingPlanName(String value) {
      restoreTestingPlanName(Expr.of(value));
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

    public Builder startWindowHours(long value) {
      startWindowHours(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::RestoreTestingPlan.RestoreTestingRecoveryPointSelection}:
   * `RecoveryPointSelection` has five parameters (three required and two optional). The values you
   * specify determine which recovery point is included in the restore test. You must indicate with
   * `Algorithm` if you want the latest recovery point within your `SelectionWindowDays` or if you
   * want a random recovery point, and you must indicate through `IncludeVaults` from which vaults
   * the recovery points can be chosen.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-restoretestingplan-restoretestingrecoverypointselection.html">AWS::Backup::RestoreTestingPlan.RestoreTestingRecoveryPointSelection</a>
   */
  @Value.Immutable
  interface RestoreTestingRecoveryPointSelection extends PropertyValue {

    /** Values CloudFormation accepts for {@code Algorithm}. */
    String ALGORITHM_LATEST_WITHIN_WINDOW = "LATEST_WITHIN_WINDOW";
    String ALGORITHM_RANDOM_WITHIN_WINDOW = "RANDOM_WITHIN_WINDOW";

    /** Values CloudFormation accepts for {@code RecoveryPointTypes}. */
    String RECOVERY_POINT_TYPES_SNAPSHOT = "SNAPSHOT";
    String RECOVERY_POINT_TYPES_CONTINUOUS = "CONTINUOUS";

    /** Required. Acceptable values include "LATEST_WITHIN_WINDOW" or "RANDOM_WITHIN_WINDOW" */
    Expr algorithm();

    /**
     * Accepted values include specific ARNs or list of selectors. Defaults to empty list if not
     * listed.
     */
    Optional<Expr> excludeVaults();

    /**
     * Required. Accepted values include wildcard ["*"] or by specific ARNs or ARN wilcard
     * replacement ["arn:aws:backup:us-west-2:123456789012:backup-vault:asdf", ...]
     * ["arn:aws:backup:*:*:backup-vault:asdf-*", ...]
     */
    Expr includeVaults();

    /** Required. These are the types of recovery points. */
    Expr recoveryPointTypes();

    /** Accepted values are integers from 1 to 365. */
    Optional<Expr> selectionWindowDays();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Algorithm", algorithm())
          .put("ExcludeVaults", excludeVaults())
          .put("IncludeVaults", includeVaults())
          .put("RecoveryPointTypes", recoveryPointTypes())
          .put("SelectionWindowDays", selectionWindowDays())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RestoreTestingRecoveryPointSelection}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableRestoreTestingPlan.RestoreTestingRecoveryPointSelection.Builder {

      public Builder algorithm(String value) {
        algorithm(Expr.of(value));
        return this;
      }

      public Builder excludeVaults(List<? extends Expr> values) {
        excludeVaults(Expr.list(values));
        return this;
      }

      public Builder excludeVaults(String... values) {
        excludeVaults(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder includeVaults(List<? extends Expr> values) {
        includeVaults(Expr.list(values));
        return this;
      }

      public Builder includeVaults(String... values) {
        includeVaults(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder recoveryPointTypes(List<? extends Expr> values) {
        recoveryPointTypes(Expr.list(values));
        return this;
      }

      public Builder recoveryPointTypes(String... values) {
        recoveryPointTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder selectionWindowDays(long value) {
        selectionWindowDays(Expr.of(value));
        return this;
      }
    }
  }
}
