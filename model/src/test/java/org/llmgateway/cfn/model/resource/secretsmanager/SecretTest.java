package org.llmgateway.cfn.model.resource.secretsmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;

class SecretTest {

  private static ImmutableGenerateSecretString.Builder password() {
    return Secret.GenerateSecretString.builder()
        .secretStringTemplate("{\"username\":\"litellm\"}")
        .generateStringKey("password")
        .passwordLength(32);
  }

  @Test
  void aSecretHasEitherAGivenOrAGeneratedValueNeverBoth() {
    assertThatThrownBy(() -> Secret.builder().logicalId("Both").secretString(Expr.of("{}"))
            .generateSecretString(password().build()).build())
        .hasMessageContaining("Both").hasMessageContaining("exactly one");
    assertThatThrownBy(() -> Secret.builder().logicalId("Neither").build())
        .hasMessageContaining("Neither");
    assertThat(Secret.builder().logicalId("Given").secretString(Expr.of("{}")).build().arn()
        .toJson().path("Ref").asText()).isEqualTo("Given");
  }

  @Test
  void theTemplateMustBeAJsonObjectWithoutThePasswordKey() {
    assertThatThrownBy(() -> password().secretStringTemplate("[1]").build())
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> password().secretStringTemplate("{oops").build())
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> password().secretStringTemplate("{\"password\":\"x\"}").build())
        .hasMessageContaining("'password'");
    assertThatThrownBy(() -> password().generateStringKey(java.util.Optional.empty()).build())
        .hasMessageContaining("go together");
  }

  @Test
  void passwordLengthIsOneTo4096() {
    assertThatThrownBy(() -> password().passwordLength(0).build()).hasMessageContaining("1-4096");
    assertThatThrownBy(() -> password().passwordLength(4097).build())
        .hasMessageContaining("1-4096");
    assertThat(password().passwordLength(4096).build().passwordLength()).contains(4096);
  }
}
