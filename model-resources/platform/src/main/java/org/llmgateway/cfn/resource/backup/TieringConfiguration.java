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
 * {@code AWS::Backup::TieringConfiguration}: Resource Type definition for
 * AWS::Backup::TieringConfiguration
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-tieringconfiguration.html">AWS::Backup::TieringConfiguration</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TieringConfiguration extends Resource {

  String TYPE = "AWS::Backup::TieringConfiguration";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. {@code BackupVaultName}. */
  Expr backupVaultName();

  /** Required. {@code ResourceSelection}. */
  Expr resourceSelection();

  /** Required. {@code TieringConfigurationName}. */
  Expr tieringConfigurationName();

  /** {@code TieringConfigurationTags}. */
  Optional<Expr> tieringConfigurationTags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BackupVaultName", backupVaultName())
        .put("ResourceSelection", resourceSelection())
        .put("TieringConfigurationName", tieringConfigurationName())
        .put("TieringConfigurationTags", tieringConfigurationTags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code LastUpdatedTime} attribute. */
  default GetAtt attrLastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** The {@code TieringConfigurationArn} attribute. */
  default GetAtt attrTieringConfigurationArn() {
    return getAtt("TieringConfigurationArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TieringConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTieringConfiguration.Builder {

    public Builder backupVaultName(String value) {
      backupVaultName(Expr.of(value));
      return this;
    }

    public Builder resourceSelection(List<? extends Expr> values) {
      resourceSelection(Expr.list(values));
      return this;
    }

    public Builder tieringConfigurationName(String value) {
      tieringConfigurationName(Expr.of(value));
      return this;
    }

    public Builder tieringConfigurationTags(Map<String, ? extends Expr> entries) {
      tieringConfigurationTags(Expr.map(entries));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::TieringConfiguration.ResourceSelection}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-tieringconfiguration-resourceselection.html">AWS::Backup::TieringConfiguration.ResourceSelection</a>
   */
  @Value.Immutable
  interface ResourceSelection extends PropertyValue {

    /** Required. {@code ResourceType}. */
    Expr resourceTypeValue();

    /** Required. {@code Resources}. */
    Expr resources();

    /** Required. {@code TieringDownSettingsInDays}. */
    Expr tieringDownSettingsInDays();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceType", resourceTypeValue())
          .put("Resources", resources())
          .put("TieringDownSettingsInDays", tieringDownSettingsInDays())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ResourceSelection}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTieringConfiguration.ResourceSelection.Builder {

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
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

      public Builder tieringDownSettingsInDays(long value) {
        tieringDownSettingsInDays(Expr.of(value));
        return this;
      }
    }
  }
}
