package org.llmgateway.cfn.model.resource.route53;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;

class RecordSetTest {

  @Test
  void an_alias_record_cannot_also_carry_a_ttl() {
    assertThatThrownBy(
            () -> RecordSet.builder()
                .logicalId("Dns")
                .hostedZoneId(Expr.of("Z1"))
                .name(Expr.of("llm.example.com"))
                .type("A")
                .aliasTarget(RecordSet.AliasTarget.builder()
                    .dnsName(Expr.of("x.elb.amazonaws.com"))
                    .hostedZoneId(Expr.of("Z2"))
                    .build())
                .ttl(Expr.of("300"))
                .build())
        .hasMessageContaining("Dns")
        .hasMessageContaining("either AliasTarget");
  }
}
