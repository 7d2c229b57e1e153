// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.lambda;

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
 * {@code AWS::Lambda::CapacityProvider}: Creates a capacity provider that manages compute resources
 * for Lambda functions
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-capacityprovider.html">AWS::Lambda::CapacityProvider</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CapacityProvider extends Resource {

  String TYPE = "AWS::Lambda::CapacityProvider";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** {@code CapacityProviderName}. */
  Optional<Expr> capacityProviderName();

  /** The scaling configuration for the capacity provider. */
  Optional<Expr> capacityProviderScalingConfig();

  /** The instance requirements for compute resources managed by the capacity provider. */
  Optional<Expr> instanceRequirements();

  /** The ARN of the KMS key used to encrypt the capacity provider's resources. */
  Optional<Expr> kmsKeyArn();

  /** Required. The permissions configuration for the capacity provider. */
  Expr permissionsConfig();

  /** Configuration that defines how tags are propagated to managed resources. */
  Optional<Expr> propagateTags();

  /** A key-value pair that provides metadata for the capacity provider. */
  Optional<Expr> tags();

  /** Configuration that specifies the telemetry collection for the capacity provider. */
  Optional<Expr> telemetryConfig();

  /** Required. The VPC configuration for the capacity provider. */
  Expr vpcConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CapacityProviderName", capacityProviderName())
        .put("CapacityProviderScalingConfig", capacityProviderScalingConfig())
        .put("InstanceRequirements", instanceRequirements())
        .put("KmsKeyArn", kmsKeyArn())
        .put("PermissionsConfig", permissionsConfig())
        .put("PropagateTags", propagateTags())
        .put("Tags", tags())
        .put("TelemetryConfig", telemetryConfig())
        .put("VpcConfig", vpcConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code State} attribute: The current state of the capacity provider. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CapacityProvider}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCapacityProvider.Builder {

    public Builder capacityProviderName(String value) {
      capacityProviderName(Expr.of(value));
      return this;
    }

    public Builder kmsKeyArn(String value) {
      kmsKeyArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::CapacityProvider.CapacityProviderLoggingConfig}: The capacity provider's
   * Amazon CloudWatch Logs configuration settings.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-capacityprovider-capacityproviderloggingconfig.html">AWS::Lambda::CapacityProvider.CapacityProviderLoggingConfig</a>
   */
  @Value.Immutable
  interface CapacityProviderLoggingConfig extends PropertyValue {

    /**
     * The name of the Amazon CloudWatch log group the capacity provider sends logs to. By default,
     * Lambda capacity providers send logs to a default log group named
     * ``/aws/lambda/capacity-provider/&lt;capacity provider name&gt;``. To use a different log
     * group, enter an existing log group or enter a new log group name.
     */
    Optional<Expr> logGroup();

    /**
     * Set this property to filter the system logs for your capacity provider that Lambda sends to
     * CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where
     * ``DEBUG`` is the highest level and ``WARN`` is the lowest.
     */
    Optional<Expr> systemLogLevel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LogGroup", logGroup())
          .put("SystemLogLevel", systemLogLevel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderLoggingConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.CapacityProviderLoggingConfig.Builder {

      public Builder logGroup(String value) {
        logGroup(Expr.of(value));
        return this;
      }

      public Builder systemLogLevel(String value) {
        systemLogLevel(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::CapacityProvider.CapacityProviderPermissionsConfig}: Configuration that
   * specifies the permissions required for the capacity provider to manage compute resources.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-capacityprovider-capacityproviderpermissionsconfig.html">AWS::Lambda::CapacityProvider.CapacityProviderPermissionsConfig</a>
   */
  @Value.Immutable
  interface CapacityProviderPermissionsConfig extends PropertyValue {

    /**
     * Required. The ARN of the IAM role that the capacity provider uses to manage compute instances
     * and other AWS resources.
     */
    Expr capacityProviderOperatorRoleArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityProviderOperatorRoleArn", capacityProviderOperatorRoleArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderPermissionsConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.CapacityProviderPermissionsConfig.Builder {

      public Builder capacityProviderOperatorRoleArn(String value) {
        capacityProviderOperatorRoleArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::CapacityProvider.CapacityProviderScalingConfig}: Configuration that defines
   * how the capacity provider scales compute instances based on demand and policies.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-capacityprovider-capacityproviderscalingconfig.html">AWS::Lambda::CapacityProvider.CapacityProviderScalingConfig</a>
   */
  @Value.Immutable
  interface CapacityProviderScalingConfig extends PropertyValue {

    /**
     * The maximum number of vCPUs that the capacity provider can provision across all compute
     * instances.
     */
    Optional<Expr> maxVCpuCount();

    /** The scaling mode that determines how the capacity provider responds to changes in demand. */
    Optional<Expr> scalingMode();

    /** A list of target tracking scaling policies for the capacity provider. */
    Optional<Expr> scalingPolicies();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MaxVCpuCount", maxVCpuCount())
          .put("ScalingMode", scalingMode())
          .put("ScalingPolicies", scalingPolicies())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderScalingConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.CapacityProviderScalingConfig.Builder {

      public Builder maxVCpuCount(long value) {
        maxVCpuCount(Expr.of(value));
        return this;
      }

      public Builder scalingMode(String value) {
        scalingMode(Expr.of(value));
        return this;
      }

      public Builder scalingPolicies(List<? extends Expr> values) {
        scalingPolicies(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::CapacityProvider.CapacityProviderTelemetryConfig}: Configuration that
   * specifies the telemetry collection for the capacity provider.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-capacityprovider-capacityprovidertelemetryconfig.html">AWS::Lambda::CapacityProvider.CapacityProviderTelemetryConfig</a>
   */
  @Value.Immutable
  interface CapacityProviderTelemetryConfig extends PropertyValue {

    /** The capacity provider's Amazon CloudWatch Logs configuration settings. */
    Optional<Expr> loggingConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LoggingConfig", loggingConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderTelemetryConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.CapacityProviderTelemetryConfig.Builder {
    }
  }

  /**
   * {@code AWS::Lambda::CapacityProvider.CapacityProviderVpcConfig}: VPC configuration that
   * specifies the network settings for compute instances managed by the capacity provider.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-capacityprovider-capacityprovidervpcconfig.html">AWS::Lambda::CapacityProvider.CapacityProviderVpcConfig</a>
   */
  @Value.Immutable
  interface CapacityProviderVpcConfig extends PropertyValue {

    /**
     * Required. A list of security group IDs that control network access for compute instances
     * managed by the capacity provider.
     */
    Expr securityGroupIds();

    /** Required. A list of subnet IDs where the capacity provider launches compute instances. */
    Expr subnetIds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SecurityGroupIds", securityGroupIds())
          .put("SubnetIds", subnetIds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityProviderVpcConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.CapacityProviderVpcConfig.Builder {

      public Builder securityGroupIds(List<? extends Expr> values) {
        securityGroupIds(Expr.list(values));
        return this;
      }

      public Builder securityGroupIds(String... values) {
        securityGroupIds(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder subnetIds(List<? extends Expr> values) {
        subnetIds(Expr.list(values));
        return this;
      }

      public Builder subnetIds(String... values) {
        subnetIds(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::CapacityProvider.InstanceRequirements}: Specifications that define the
   * characteristics and constraints for compute instances used by the capacity provider.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-capacityprovider-instancerequirements.html">AWS::Lambda::CapacityProvider.InstanceRequirements</a>
   */
  @Value.Immutable
  interface InstanceRequirements extends PropertyValue {

    /**
     * A list of EC2 instance types that the capacity provider is allowed to use. If not specified,
     * all compatible instance types are allowed.
     */
    Optional<Expr> allowedInstanceTypes();

    /**
     * A list of supported CPU architectures for compute instances. Valid values include `x86_64`
     * and `arm64` .
     */
    Optional<Expr> architectures();

    /**
     * A list of EC2 instance types that the capacity provider should not use, even if they meet
     * other requirements.
     */
    Optional<Expr> excludedInstanceTypes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllowedInstanceTypes", allowedInstanceTypes())
          .put("Architectures", architectures())
          .put("ExcludedInstanceTypes", excludedInstanceTypes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceRequirements}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.InstanceRequirements.Builder {

      public Builder allowedInstanceTypes(List<? extends Expr> values) {
        allowedInstanceTypes(Expr.list(values));
        return this;
      }

      public Builder allowedInstanceTypes(String... values) {
        allowedInstanceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder architectures(List<? extends Expr> values) {
        architectures(Expr.list(values));
        return this;
      }

      public Builder architectures(String... values) {
        architectures(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder excludedInstanceTypes(List<? extends Expr> values) {
        excludedInstanceTypes(Expr.list(values));
        return this;
      }

      public Builder excludedInstanceTypes(String... values) {
        excludedInstanceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::CapacityProvider.PropagateTagsConfig}: Configuration that defines how tags
   * are propagated to managed resources.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-capacityprovider-propagatetagsconfig.html">AWS::Lambda::CapacityProvider.PropagateTagsConfig</a>
   */
  @Value.Immutable
  interface PropagateTagsConfig extends PropertyValue {

    /** A list of tags to explicitly propagate to managed resources. Maximum of 40 tags. */
    Optional<Expr> explicitTags();

    /** The mode for tag propagation. */
    Optional<Expr> mode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExplicitTags", explicitTags())
          .put("Mode", mode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PropagateTagsConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.PropagateTagsConfig.Builder {

      public Builder explicitTags(List<? extends Expr> values) {
        explicitTags(Expr.list(values));
        return this;
      }

      public Builder mode(String value) {
        mode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::CapacityProvider.TargetTrackingScalingPolicy}: A scaling policy for the
   * capacity provider that automatically adjusts capacity to maintain a target value for a specific
   * metric.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-capacityprovider-targettrackingscalingpolicy.html">AWS::Lambda::CapacityProvider.TargetTrackingScalingPolicy</a>
   */
  @Value.Immutable
  interface TargetTrackingScalingPolicy extends PropertyValue {

    /** Required. The predefined metric type to track for scaling decisions. */
    Expr predefinedMetricType();

    /**
     * Required. The target value for the metric that the scaling policy attempts to maintain
     * through scaling actions.
     */
    Expr targetValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PredefinedMetricType", predefinedMetricType())
          .put("TargetValue", targetValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TargetTrackingScalingPolicy}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.TargetTrackingScalingPolicy.Builder {

      public Builder predefinedMetricType(String value) {
        predefinedMetricType(Expr.of(value));
        return this;
      }

      public Builder targetValue(long value) {
        targetValue(Expr.of(value));
        return this;
      }

      public Builder targetValue(double value) {
        targetValue(Expr.of(value));
        return this;
      }
    }
  }
}
