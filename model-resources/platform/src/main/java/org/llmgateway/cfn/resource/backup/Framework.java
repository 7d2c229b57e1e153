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
 * {@code AWS::Backup::Framework}: Creates a framework with one or more controls. A framework is a
 * collection of controls that you can use to evaluate your backup practices. By using pre-built
 * customizable controls to define your policies, you can evaluate whether your backup practices
 * comply with your policies and which resources are not yet in compliance.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-backup-framework.html">AWS::Backup::Framework</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Framework extends Resource {

  String TYPE = "AWS::Backup::Framework";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Contains detailed information about all of the controls of a framework. Each
   * framework must contain at least one control.
   */
  Expr frameworkControls();

  /** An optional description of the framework with a maximum 1,024 characters. */
  Optional<Expr> frameworkDescription();

  /**
   * The unique name of a framework. This name is between 1 and 256 characters, starting with a
   * letter, and consisting of letters (a-z, A-Z), numbers (0-9), and underscores (_).
   */
  Optional<Expr> frameworkName();

  /** The tags to assign to your framework. */
  Optional<Expr> frameworkTags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("FrameworkControls", frameworkControls())
        .put("FrameworkDescription", frameworkDescription())
        .put("FrameworkName", frameworkName())
        .put("FrameworkTags", frameworkTags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute: The UTC time when you created your framework. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The {@code DeploymentStatus} attribute: Depolyment status refers to whether your framework has
   * completed deployment. This status is usually `Completed` , but might also be `Create in
   * progress` or another status. For a list of statuses, see [Framework compliance
   * status](https://docs.aws.amazon.com/aws-backup/latest/devguide/viewing-frameworks.html) in the
   * *Developer Guide* .
   */
  default GetAtt attrDeploymentStatus() {
    return getAtt("DeploymentStatus");
  }

  /** The {@code FrameworkArn} attribute: The Amazon Resource Name (ARN) of your framework. */
  default GetAtt attrFrameworkArn() {
    return getAtt("FrameworkArn");
  }

  /**
   * The {@code FrameworkStatus} attribute: Framework status refers to whether you have turned on
   * resource tracking for all of your resources. This status is `Active` when you turn on all
   * resources the framework evaluates. For other statuses and steps to correct them, see [Framework
   * compliance
   * status](https://docs.aws.amazon.com/aws-backup/latest/devguide/viewing-frameworks.html) in the
   * *Developer Guide* .
   */
  default GetAtt attrFrameworkStatus() {
    return getAtt("FrameworkStatus");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableFramework.Builder {

    public Builder frameworkControls(List<? extends Expr> values) {
      frameworkControls(Expr.list(values));
      return this;
    }

    public Builder frameworkDescription(String value) {
      frameworkDescription(Expr.of(value));
      return this;
    }

    public Builder frameworkName(String value) {
      frameworkName(Expr.of(value));
      return this;
    }

    public Builder frameworkTags(List<? extends Expr> values) {
      frameworkTags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Backup::Framework.ControlInputParameter}: The parameters for a control. A control
   * can have zero, one, or more than one parameter. An example of a control with two parameters is:
   * "backup plan frequency is at least `daily` and the retention period is at least `1 year` ". The
   * first parameter is `daily` . The second parameter is `1 year` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-framework-controlinputparameter.html">AWS::Backup::Framework.ControlInputParameter</a>
   */
  @Value.Immutable
  interface ControlInputParameter extends PropertyValue {

    /** Required. The name of a parameter, for example, `BackupPlanFrequency` . */
    Expr parameterName();

    /** Required. The value of parameter, for example, `hourly` . */
    Expr parameterValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ParameterName", parameterName())
          .put("ParameterValue", parameterValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ControlInputParameter}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableFramework.ControlInputParameter.Builder {

      public Builder parameterName(String value) {
        parameterName(Expr.of(value));
        return this;
      }

      public Builder parameterValue(String value) {
        parameterValue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::Framework.ControlScope}: A framework consists of one or more controls. Each
   * control has its own control scope. The control scope can include one or more resource types, a
   * combination of a tag key and value, or a combination of one resource type and one resource ID.
   * If no scope is specified, evaluations for the rule are triggered when any resource in your
   * recording group changes in configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-framework-controlscope.html">AWS::Backup::Framework.ControlScope</a>
   */
  @Value.Immutable
  interface ControlScope extends PropertyValue {

    /** The ID of the only AWS resource that you want your control scope to contain. */
    Optional<Expr> complianceResourceIds();

    /**
     * Describes whether the control scope includes one or more types of resources, such as `EFS` or
     * `RDS` .
     */
    Optional<Expr> complianceResourceTypes();

    /**
     * The tag key-value pair applied to those AWS resources that you want to trigger an evaluation
     * for a rule. A maximum of one key-value pair can be provided. The tag value is optional, but
     * it cannot be an empty string if you are creating or editing a framework from the console
     * (though the value can be an empty string when included in a CloudFormation template).
     */
    Optional<Expr> tags();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ComplianceResourceIds", complianceResourceIds())
          .put("ComplianceResourceTypes", complianceResourceTypes())
          .put("Tags", tags())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ControlScope}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFramework.ControlScope.Builder {

      public Builder complianceResourceIds(List<? extends Expr> values) {
        complianceResourceIds(Expr.list(values));
        return this;
      }

      public Builder complianceResourceIds(String... values) {
        complianceResourceIds(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder complianceResourceTypes(List<? extends Expr> values) {
        complianceResourceTypes(Expr.list(values));
        return this;
      }

      public Builder complianceResourceTypes(String... values) {
        complianceResourceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder tags(List<? extends Expr> values) {
        tags(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Backup::Framework.FrameworkControl}: Contains detailed information about all of the
   * controls of a framework. Each framework must contain at least one control.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-backup-framework-frameworkcontrol.html">AWS::Backup::Framework.FrameworkControl</a>
   */
  @Value.Immutable
  interface FrameworkControl extends PropertyValue {

    /** The name/value pairs. */
    Optional<Expr> controlInputParameters();

    /** Required. The name of a control. This name is between 1 and 256 characters. */
    Expr controlName();

    /**
     * The scope of a control. The control scope defines what the control will evaluate. Three
     * examples of control scopes are: a specific backup plan, all backup plans with a specific tag,
     * or all backup plans.
     */
    Optional<Expr> controlScope();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ControlInputParameters", controlInputParameters())
          .put("ControlName", controlName())
          .put("ControlScope", controlScope())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FrameworkControl}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFramework.FrameworkControl.Builder {

      public Builder controlInputParameters(List<? extends Expr> values) {
        controlInputParameters(Expr.list(values));
        return this;
      }

      public Builder controlName(String value) {
        controlName(Expr.of(value));
        return this;
      }
    }
  }
}
