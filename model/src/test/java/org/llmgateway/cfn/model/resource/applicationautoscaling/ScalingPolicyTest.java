package org.llmgateway.cfn.model.resource.applicationautoscaling;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;

class ScalingPolicyTest {

  @Test
  void targetTrackingNeedsItsConfiguration() {
    assertThatThrownBy(() -> ScalingPolicy.builder()
            .logicalId("Policy")
            .policyName(Expr.of("p"))
            .policyType(ScalingPolicy.PolicyType.TargetTrackingScaling)
            .scalingTargetId(Expr.of("t"))
            .build())
        .hasMessageContaining("TargetTrackingScalingPolicyConfiguration goes with");
  }

  @Test
  void targetsArePositiveAndCooldownsNotNegative() {
    var metric = ScalingPolicy.PredefinedMetricSpecification.of(
        ScalingPolicy.PredefinedMetricType.ECSServiceAverageCPUUtilization);
    assertThatThrownBy(() -> ScalingPolicy.TargetTrackingConfiguration.builder()
            .predefinedMetricSpecification(metric)
            .targetValue(BigDecimal.ZERO)
            .build())
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> ScalingPolicy.TargetTrackingConfiguration.builder()
            .predefinedMetricSpecification(metric)
            .targetValue(BigDecimal.TEN)
            .scaleInCooldown(-1)
            .build())
        .hasMessageContaining("ScaleInCooldown -1");
  }
}
