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
 * {@code AWS::Backup::RestoreTestingSelection}: This request can be sent after
 * CreateRestoreTestingPlan request returns successfully. This is the second part of creating a
 * resource testing plan, and it must be completed sequentially.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-restoretestingselection.html">AWS::Backup::RestoreTestingSelection</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RestoreTestingSelection extends Resource {

  String TYPE = "AWS::Backup::RestoreTestingSelection";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The Amazon Resource Name (ARN) of the IAM role that AWS Backup uses to create the
   * target resource; for example: `arn:aws:iam::123456789012:role/S3Access` .
   */
  Expr iamRoleArn();

  /**
   * You can include specific ARNs, such as `ProtectedResourceArns: ["arn:aws:...", "arn:aws:..."]`
   * or you can include a wildcard: `ProtectedResourceArns: ["*"]` , but not both.
   */
  Optional<Expr> protectedResourceArns();

  /**
   * In a resource testing selection, this parameter filters by specific conditions such as
   * `StringEquals` or `StringNotEquals` .
   */
  Optional<Expr> protectedResourceConditions();

  /**
   * Required. The type of AWS resource included in a resource testing selection; for example, an
   * Amazon EBS volume or an Amazon RDS database.
   */
  Expr protectedResourceType();

  /**
   * You can override certain restore metadata keys by including the parameter
   * `RestoreMetadataOverrides` in the body of `RestoreTestingSelection` . Key values are not case
   * sensitive.
   */
  Optional<Expr> restoreMetadataOverrides();

  /** Required. Unique string that is the name of the restore testing plan. */
  Expr restoreTestingPlanName();

  /**
   * Required. The unique name of the restore testing selection that belongs to the related restore
   * testing plan.
   */
  Expr restoreTestingSelectionName();

  /**
   * This is amount of hours (1 to 168) available to run a validation script on the data. The data
   * will be deleted upon the completion of the validation script or the end of the specified
   * retention period, whichever comes first.
   */
  Optional<Expr> validationWindowHours();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("IamRoleArn", iamRoleArn())
        .put("ProtectedResourceArns", protectedResourceArns())
        .put("ProtectedResourceConditions", protectedResourceConditions())
        .put("ProtectedResourceType", protectedResourceType())
        .put("RestoreMetadataOverrides", restoreMetadataOverrides())
        .put("RestoreTestingPlanName", restoreTestingPlanName())
        .put("RestoreTestingSelectionName", restoreTestingSelectionName())
        .put("ValidationWindowHours", validationWindowHours())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RestoreTestingSelection}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableRestoreTestingSelection.Builder {

    public Builder iamRoleArn(String value) {
      iamRoleArn(Expr.of(value));
      return this;
    }

    public Builder protectedResourceArns(List<? extends Expr> values) {
      protectedResourceArns(Expr.list(values));
      return this;
    }

    public Builder protectedResourceArns(String... values) {
      protectedResourceArns(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder protectedResourceType(String value) {
      protectedResourceType(Expr.of(value));
      return this;
    }

    public Builder restoreMetadataOverrides(Map<String, ? extends Expr> entries) {
      restoreMetadataOverrides(Expr.map(entries));
      return this;
    }

    public Builder restoreTestingPlanName(String value) {
      restoreTestingPlanName(Expr.of(value));
      return this;
    }

    public Builder restoreTestingSelectionName(String value) {
      restoreTestingSelectionName(Expr.of(value));
      return this;
    }

    public Builder validationWindowHours(long value) {
      validationWindowHours(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::RestoreTestingSelection.KeyValue}: Pair of two related strings. Allowed
   * characters are letters, white space, and numbers that can be represented in UTF-8 and the
   * following characters: `+ - = . _ : /`
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-restoretestingselection-keyvalue.html">AWS::Backup::RestoreTestingSelection.KeyValue</a>
   */
  @Value.Immutable
  interface KeyValue extends PropertyValue {

    /** Required. The tag key. */
    Expr key();

    /** Required. The tag value. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link KeyValue}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRestoreTestingSelection.KeyValue.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::RestoreTestingSelection.ProtectedResourceConditions}: The conditions that
   * you define for resources in your restore testing plan using tags.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-restoretestingselection-protectedresourceconditions.html">AWS::Backup::RestoreTestingSelection.ProtectedResourceConditions</a>
   */
  @Value.Immutable
  interface ProtectedResourceConditions extends PropertyValue {

    /**
     * Filters the values of your tagged resources for only those resources that you tagged with the
     * same value. Also called "exact matching."
     */
    Optional<Expr> stringEquals();

    /**
     * Filters the values of your tagged resources for only those resources that you tagged that do
     * not have the same value. Also called "negated matching."
     */
    Optional<Expr> stringNotEquals();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StringEquals", stringEquals())
          .put("StringNotEquals", stringNotEquals())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ProtectedResourceConditions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRestoreTestingSelection.ProtectedResourceConditions.Builder {

      public Builder stringEquals(List<? extends Expr> values) {
        stringEquals(Expr.list(values));
        return this;
      }

      public Builder stringNotEquals(List<? extends Expr> values) {
        stringNotEquals(Expr.list(values));
        return this;
      }
    }
  }
}
