package org.llmgateway.cfn.model.resource.applicationautoscaling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::ApplicationAutoScaling::ScalingPolicy (target tracking form). */
@Value.Immutable
@CfnStyle
public interface ScalingPolicy extends Resource {

  enum PolicyType {
    TargetTrackingScaling,
    StepScaling
  }

  /** The predefined metrics of an ECS service. */
  enum PredefinedMetricType {
    ECSServiceAverageCPUUtilization,
    ECSServiceAverageMemoryUtilization,
    ALBRequestCountPerTarget
  }

  @Override
  default String resourceType() {
    return "AWS::ApplicationAutoScaling::ScalingPolicy";
  }

  @JsonProperty("PolicyName")
  Expr policyName();

  @JsonProperty("PolicyType")
  PolicyType policyType();

  /** {@code Ref} of the {@link ScalableTarget}. */
  @JsonProperty("ScalingTargetId")
  Expr scalingTargetId();

  @JsonProperty("TargetTrackingScalingPolicyConfiguration")
  Optional<TargetTrackingConfiguration> targetTrackingScalingPolicyConfiguration();

  static ImmutableScalingPolicy.Builder builder() {
    return ImmutableScalingPolicy.builder();
  }

  @Value.Check
  default void check() {
    if ((policyType() == PolicyType.TargetTrackingScaling)
        != targetTrackingScalingPolicyConfiguration().isPresent()) {
      throw new IllegalStateException(
          "ScalingPolicy " + logicalId()
              + ": TargetTrackingScalingPolicyConfiguration goes with PolicyType"
              + " TargetTrackingScaling, and only with it");
    }
  }

  /** Keep a metric at a target value. */
  @Value.Immutable
  @CfnStyle
  interface TargetTrackingConfiguration {
    @JsonProperty("PredefinedMetricSpecification")
    PredefinedMetricSpecification predefinedMetricSpecification();

    @JsonProperty("TargetValue")
    BigDecimal targetValue();

    /** Seconds after a scale-in before another scale-in may start. */
    @JsonProperty("ScaleInCooldown")
    Optional<Integer> scaleInCooldown();

    /** Seconds after a scale-out before another scale-out may start. */
    @JsonProperty("ScaleOutCooldown")
    Optional<Integer> scaleOutCooldown();

    @JsonProperty("DisableScaleIn")
    Optional<Boolean> disableScaleIn();

    static ImmutableTargetTrackingConfiguration.Builder builder() {
      return ImmutableTargetTrackingConfiguration.builder();
    }

    @Value.Check
    default void check() {
      if (targetValue().signum() <= 0) {
        throw new IllegalStateException("TargetValue " + targetValue() + " must be positive");
      }
      scaleInCooldown().filter(c -> c < 0).ifPresent(c -> {
        throw new IllegalStateException("ScaleInCooldown " + c + " must not be negative");
      });
      scaleOutCooldown().filter(c -> c < 0).ifPresent(c -> {
        throw new IllegalStateException("ScaleOutCooldown " + c + " must not be negative");
      });
    }
  }

  /** A metric Application Auto Scaling already knows. */
  @Value.Immutable
  @CfnStyle
  interface PredefinedMetricSpecification {
    @JsonProperty("PredefinedMetricType")
    @Value.Parameter
    PredefinedMetricType predefinedMetricType();

    static PredefinedMetricSpecification of(PredefinedMetricType type) {
      return ImmutablePredefinedMetricSpecification.of(type);
    }
  }
}
