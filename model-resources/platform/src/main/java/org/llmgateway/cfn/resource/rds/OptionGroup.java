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
 * {@code AWS::RDS::OptionGroup}: The `AWS::RDS::OptionGroup` resource creates or updates an option
 * group, to enable and configure features that are specific to a particular DB engine.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-optiongroup.html">AWS::RDS::OptionGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface OptionGroup extends Resource {

  String TYPE = "AWS::RDS::OptionGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Specifies the name of the engine that this option group should be associated with.
   */
  Expr engineName();

  /**
   * Required. Specifies the major version of the engine that this option group should be associated
   * with.
   */
  Expr majorEngineVersion();

  /** A list of all available options for an option group. */
  Optional<Expr> optionConfigurations();

  /** Required. The description of the option group. */
  Expr optionGroupDescription();

  /** The name of the option group to be created. */
  Optional<Expr> optionGroupName();

  /** Tags to assign to the option group. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("EngineName", engineName())
        .put("MajorEngineVersion", majorEngineVersion())
        .put("OptionConfigurations", optionConfigurations())
        .put("OptionGroupDescription", optionGroupDescription())
        .put("OptionGroupName", optionGroupName())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OptionGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableOptionGroup.Builder {

    public Builder engineName(String value) {
      engineName(Expr.of(value));
      return this;
    }

    public Builder majorEngineVersion(String value) {
      majorEngineVersion(Expr.of(value));
      return this;
    }

    public Builder optionConfigurations(List<? extends Expr> values) {
      optionConfigurations(Expr.list(values));
      return this;
    }

    public Builder optionGroupDescription(String value) {
      optionGroupDescription(Expr.of(value));
      return this;
    }

    public Builder optionGroupName(String value) {
      optionGroupName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::RDS::OptionGroup.OptionConfiguration}: The `OptionConfiguration` property type
   * specifies an individual option, and its settings, within an `AWS::RDS::OptionGroup` resource.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-optiongroup-optionconfiguration.html">AWS::RDS::OptionGroup.OptionConfiguration</a>
   */
  @Value.Immutable
  interface OptionConfiguration extends PropertyValue {

    /** A list of DB security groups used for this option. */
    Optional<Expr> dbSecurityGroupMemberships();

    /** Required. The configuration of options to include in a group. */
    Expr optionName();

    /** The option settings to include in an option group. */
    Optional<Expr> optionSettings();

    /** The version for the option. */
    Optional<Expr> optionVersion();

    /** The optional port for the option. */
    Optional<Expr> port();

    /** A list of VPC security group names used for this option. */
    Optional<Expr> vpcSecurityGroupMemberships();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DBSecurityGroupMemberships", dbSecurityGroupMemberships())
          .put("OptionName", optionName())
          .put("OptionSettings", optionSettings())
          .put("OptionVersion", optionVersion())
          .put("Port", port())
          .put("VpcSecurityGroupMemberships", vpcSecurityGroupMemberships())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link OptionConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableOptionGroup.OptionConfiguration.Builder {

      public Builder dbSecurityGroupMemberships(List<? extends Expr> values) {
        dbSecurityGroupMemberships(Expr.list(values));
        return this;
      }

      public Builder dbSecurityGroupMemberships(String... values) {
        dbSecurityGroupMemberships(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder optionName(String value) {
        optionName(Expr.of(value));
        return this;
      }

      public Builder optionSettings(List<? extends Expr> values) {
        optionSettings(Expr.list(values));
        return this;
      }

      public Builder optionVersion(String value) {
        optionVersion(Expr.of(value));
        return this;
      }

      public Builder port(long value) {
        port(Expr.of(value));
        return this;
      }

      public Builder vpcSecurityGroupMemberships(List<? extends Expr> values) {
        vpcSecurityGroupMemberships(Expr.list(values));
        return this;
      }

      public Builder vpcSecurityGroupMemberships(String... values) {
        vpcSecurityGroupMemberships(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::OptionGroup.OptionSetting}: The `OptionSetting` property type specifies the
   * value for an option within an `OptionSetting` property.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-optiongroup-optionsetting.html">AWS::RDS::OptionGroup.OptionSetting</a>
   */
  @Value.Immutable
  interface OptionSetting extends PropertyValue {

    /** The name of the option that has settings that you can set. */
    Optional<Expr> name();

    /** The current value of the option setting. */
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

    /** Builds a {@link OptionSetting}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableOptionGroup.OptionSetting.Builder {

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
