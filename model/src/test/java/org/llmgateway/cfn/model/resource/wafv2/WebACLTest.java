package org.llmgateway.cfn.model.resource.wafv2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.wafv2.WebACL.ManagedRuleGroupStatement;
import org.llmgateway.cfn.model.resource.wafv2.WebACL.RateBasedStatement;
import org.llmgateway.cfn.model.resource.wafv2.WebACL.Rule;
import org.llmgateway.cfn.model.resource.wafv2.WebACL.RuleAction;
import org.llmgateway.cfn.model.resource.wafv2.WebACL.Statement;
import org.llmgateway.cfn.model.resource.wafv2.WebACL.VisibilityConfig;

class WebACLTest {

  private static final Statement MANAGED =
      Statement.of(
          ManagedRuleGroupStatement.builder()
              .vendorName("AWS")
              .name("AWSManagedRulesCommonRuleSet")
              .build());

  @Test
  void a_managed_rule_group_takes_an_override_action_not_an_action() {
    assertThatThrownBy(
            () -> Rule.builder()
                .name("Common")
                .priority(1)
                .statement(MANAGED)
                .action(RuleAction.BLOCK)
                .visibilityConfig(VisibilityConfig.enabled(Expr.of("common")))
                .build())
        .hasMessageContaining("Common")
        .hasMessageContaining("OverrideAction");
  }

  @Test
  void a_rate_window_waf_does_not_offer_is_refused() {
    assertThatThrownBy(
            () -> RateBasedStatement.builder()
                .limit(Expr.of(100))
                .aggregateKeyType("IP")
                .evaluationWindowSec(100)
                .build())
        .hasMessageContaining("EvaluationWindowSec 100");
  }

  @Test
  void actions_render_as_an_object_named_after_the_action() {
    var mapper = new ObjectMapper();

    assertThat(mapper.valueToTree(RuleAction.COUNT).toString()).isEqualTo("{\"Count\":{}}");
    assertThat(mapper.valueToTree(WebACL.OverrideAction.NONE).toString())
        .isEqualTo("{\"None\":{}}");
  }
}
