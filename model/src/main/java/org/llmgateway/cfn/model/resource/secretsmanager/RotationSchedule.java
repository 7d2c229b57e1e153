package org.llmgateway.cfn.model.resource.secretsmanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::SecretsManager::RotationSchedule, with a rotation function of our own. */
@Value.Immutable
@CfnStyle
public interface RotationSchedule extends Resource {

  @Override
  default String resourceType() {
    return "AWS::SecretsManager::RotationSchedule";
  }

  @JsonProperty("SecretId")
  Expr secretId();

  @JsonProperty("RotationLambdaARN")
  Expr rotationLambdaArn();

  @JsonProperty("RotationRules")
  Rules rotationRules();

  @JsonProperty("RotateImmediatelyOnUpdate")
  Optional<Boolean> rotateImmediatelyOnUpdate();

  static ImmutableRotationSchedule.Builder builder() {
    return ImmutableRotationSchedule.builder();
  }

  /** How often to rotate. */
  @Value.Immutable
  @CfnStyle
  interface Rules {
    @JsonProperty("AutomaticallyAfterDays")
    @Value.Parameter
    Expr automaticallyAfterDays();

    static Rules every(Expr days) {
      return ImmutableRules.of(days);
    }
  }
}
