package org.llmgateway.cfn.model.resource.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.resource.iam.PolicyDocument;
import org.llmgateway.cfn.model.resource.iam.Statement;
import org.llmgateway.cfn.model.template.EnvironmentParameter;

class KeyTest {

  private static ImmutableKey.Builder key() {
    return Key.builder()
        .logicalId("ProjectKey")
        .keyPolicy(PolicyDocument.of(Statement.allow(java.util.List.of("kms:*"),
            java.util.List.of(Expr.of("*")))));
  }

  @Test
  void thePendingWindowIsSevenToThirtyDays() {
    assertThatThrownBy(() -> key().pendingWindowInDays(6).build())
        .hasMessageContaining("ProjectKey").hasMessageContaining("7-30");
    assertThatThrownBy(() -> key().pendingWindowInDays(31).build()).hasMessageContaining("7-30");
    assertThat(key().pendingWindowInDays(30).build().pendingWindowInDays()).contains(30);
  }

  @Test
  void aRotationPeriodNeedsRotationSwitchedOn() {
    assertThatThrownBy(() -> key().rotationPeriodInDays(180).build())
        .hasMessageContaining("EnableKeyRotation");
    assertThatThrownBy(() -> key().enableKeyRotation(true).rotationPeriodInDays(30).build())
        .hasMessageContaining("90-2560");
    assertThat(key().enableKeyRotation(true).rotationPeriodInDays(180).build()
        .rotationPeriodInDays()).contains(180);
  }

  @Test
  void anAliasStartsWithAliasSlashAndIsNotReservedForAws() {
    var key = key().build();
    var env = EnvironmentParameter.create();
    assertThatThrownBy(() -> Alias.builder().logicalId("A").aliasName(Expr.of("litellm"))
            .targetKeyId(key.ref()).build())
        .hasMessageContaining("alias/");
    assertThatThrownBy(() -> Alias.builder().logicalId("A").aliasName(Expr.of("alias/aws/x"))
            .targetKeyId(key.ref()).build())
        .hasMessageContaining("alias/aws/");
    assertThat(Alias.builder().logicalId("A").aliasName(Fn.sub("alias/", env, "-litellm"))
            .targetKeyId(key.ref()).build().aliasName().toJson().path("Fn::Sub").asText())
        .isEqualTo("alias/${EnvironmentName}-litellm");
  }
}
