package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Condition;

class LoadBalancingChecksTest {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  private static final Expr ARN = Expr.of("arn:aws:elasticloadbalancing:eu-west-1:1:x");

  @Test
  void a_health_check_timeout_as_long_as_its_interval_is_refused() {
    assertThatThrownBy(
            () -> TargetGroup.builder()
                .logicalId("Tg")
                .healthCheckIntervalSeconds(15)
                .healthCheckTimeoutSeconds(15)
                .build())
        .hasMessageContaining("HealthCheckTimeoutSeconds (15)")
        .hasMessageContaining("HealthCheckIntervalSeconds (15)");
  }

  @Test
  void an_https_listener_needs_a_certificate_and_a_plain_http_one_takes_none() {
    assertThatThrownBy(
            () -> Listener.builder()
                .logicalId("Https")
                .loadBalancerArn(ARN)
                .port(443)
                .protocol(Protocol.HTTPS)
                .addDefaultActions(Action.forward(ARN))
                .build())
        .hasMessageContaining("Https")
        .hasMessageContaining("certificate");
    assertThatThrownBy(
            () -> Listener.builder()
                .logicalId("Http")
                .loadBalancerArn(ARN)
                .port(80)
                .protocol(Protocol.HTTP)
                .sslPolicy("ELBSecurityPolicy-TLS13-1-2-2021-06")
                .addDefaultActions(Action.forward(ARN))
                .build())
        .hasMessageContaining("only an HTTPS listener");
  }

  @Test
  void a_rule_priority_outside_1_to_50000_is_refused() {
    assertThatThrownBy(
            () -> ListenerRule.builder()
                .logicalId("Rule")
                .listenerArn(ARN)
                .priority(0)
                .addConditions(ListenerRule.RuleCondition.pathPattern("/*"))
                .addActions(Action.forward(ARN))
                .build())
        .hasMessageContaining("Priority 0");
  }

  @Test
  void a_conditional_action_renders_as_fn_if_over_the_two_typed_actions() throws Exception {
    Action action =
        Action.ifThen(Condition.of("HasDomain",
            Fn.not(Fn.equalsTo(Expr.of("example.com"), Expr.of("")))), Action.redirectToHttps(),
            Action.forward(Expr.of("tg")));

    JsonNode json = MAPPER.valueToTree(action);

    assertThat(json)
        .isEqualTo(MAPPER.readTree("""
            {"Fn::If": ["HasDomain",
              {"Type": "redirect",
               "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}},
              {"Type": "forward", "TargetGroupArn": "tg"}]}
            """));
  }
}
