package org.llmgateway.cfn.model.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ParameterTest {

  private static final Parameter DAYS =
      Parameter.builder()
          .logicalId("RotationDays")
          .type(ParameterType.NUMBER)
          .minValue(BigDecimal.ONE)
          .maxValue(BigDecimal.valueOf(365))
          .build();

  @Test
  void aNumberParameterChecksTypeAndRange() {
    assertThat(DAYS.violation("30")).isEmpty();
    assertThat(DAYS.violation("thirty")).contains("'thirty' is not a number");
    assertThat(DAYS.violation("0")).contains("0 is below MinValue 1");
    assertThat(DAYS.violation("400")).contains("400 is above MaxValue 365");
  }

  @Test
  void aStringParameterChecksAllowedValuesLengthAndPattern() {
    var environment = EnvironmentParameter.create();
    assertThat(environment.violation("prod")).isEmpty();
    assertThat(environment.violation("Prod")).get().asString().contains("does not match AllowedPattern");
    assertThat(environment.violation("abcdefghijklm")).contains("length 13 is above MaxLength 12");
    var capacity = Parameter.builder().logicalId("Capacity")
        .addAllowedValues("FARGATE", "FARGATE_SPOT").build();
    assertThat(capacity.violation("EC2")).contains("'EC2' is not one of [FARGATE, FARGATE_SPOT]");
  }

  @Test
  void aDefaultThatBreaksItsOwnConstraintsCannotBeBuilt() {
    assertThatThrownBy(() -> Parameter.builder().from(DAYS).defaultValue("0").build())
        .hasMessage("Parameter RotationDays: Default 0 is below MinValue 1");
  }
}
