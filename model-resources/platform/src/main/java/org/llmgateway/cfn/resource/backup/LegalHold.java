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
 * {@code AWS::Backup::LegalHold}: Creates a legal hold on recovery points (backups). A legal hold
 * prevents backups from being deleted while under hold.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-legalhold.html">AWS::Backup::LegalHold</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LegalHold extends Resource {

  String TYPE = "AWS::Backup::LegalHold";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The description of the legal hold. */
  Expr description();

  /**
   * Required. The criteria to assign a set of resources, such as resource types or backup vaults.
   */
  Expr recoveryPointSelection();

  /** Optional tags to include. */
  Optional<Expr> tags();

  /** Required. The title of the legal hold. */
  Expr title();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("RecoveryPointSelection", recoveryPointSelection())
        .put("Tags", tags())
        .put("Title", title())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the legal hold. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code CreationDate} attribute: The time when the legal hold was created. */
  default GetAtt attrCreationDate() {
    return getAtt("CreationDate");
  }

  /** The {@code LegalHoldId} attribute: The ID of the legal hold. */
  default GetAtt attrLegalHoldId() {
    return getAtt("LegalHoldId");
  }

  /** The {@code Status} attribute: The status of the legal hold. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalHold}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLegalHold.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder title(String value) {
      title(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::LegalHold.DateRange}: A date range for filtering recovery points.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-legalhold-daterange.html">AWS::Backup::LegalHold.DateRange</a>
   */
  @Value.Immutable
  interface DateRange extends PropertyValue {

    /** Required. The beginning date, inclusive. ISO 8601 date-time. */
    Expr fromDate();

    /** Required. The end date, inclusive. ISO 8601 date-time. */
    Expr toDate();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FromDate", fromDate())
          .put("ToDate", toDate())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DateRange}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLegalHold.DateRange.Builder {

      public Builder fromDate(String value) {
        fromDate(Expr.of(value));
        return this;
      }

      public Builder toDate(String value) {
        toDate(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::LegalHold.RecoveryPointSelection}: The criteria to assign a set of
   * resources, such as resource types or backup vaults.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-legalhold-recoverypointselection.html">AWS::Backup::LegalHold.RecoveryPointSelection</a>
   */
  @Value.Immutable
  interface RecoveryPointSelection extends PropertyValue {

    /** A date range for filtering recovery points. */
    Optional<Expr> dateRange();

    /** The resources included in the resource selection. */
    Optional<Expr> resourceIdentifiers();

    /** The names of the vaults in which the selected recovery points are contained. */
    Optional<Expr> vaultNames();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DateRange", dateRange())
          .put("ResourceIdentifiers", resourceIdentifiers())
          .put("VaultNames", vaultNames())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RecoveryPointSelection}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLegalHold.RecoveryPointSelection.Builder {

      public Builder resourceIdentifiers(List<? extends Expr> values) {
        resourceIdentifiers(Expr.list(values));
        return this;
      }

      public Builder resourceIdentifiers(String... values) {
        resourceIdentifiers(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder vaultNames(List<? extends Expr> values) {
        vaultNames(Expr.list(values));
        return this;
      }

      public Builder vaultNames(String... values) {
        vaultNames(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::LegalHold.TagsItems}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-legalhold-tagsitems.html">AWS::Backup::LegalHold.TagsItems</a>
   */
  @Value.Immutable
  interface TagsItems extends PropertyValue {

    /** Required. The key name of the tag. */
    Expr key();

    /** Required. The value for the tag. */
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

    /** Builds a {@link TagsItems}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLegalHold.TagsItems.Builder {

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
}
