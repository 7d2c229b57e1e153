package org.llmgateway.cfn.generators.stack.alb;

import java.util.List;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.Listener;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.ListenerRule;

/**
 * The listener actions and rule conditions of the alb stack, each kind built one way only, so a
 * forward cannot carry a redirect's settings and a condition always has the config of its field.
 * The generated types accept any combination; the status codes and body length the hand-written
 * model checked are rule LCF349, one config per condition field LCF344.
 */
final class ListenerActions {

  static final String FORWARD = "forward";
  static final String REDIRECT = "redirect";
  static final String FIXED_RESPONSE = "fixed-response";
  static final String PATH_PATTERN = "path-pattern";
  static final String HOST_HEADER = "host-header";

  /** A permanent redirect: browsers and clients remember it and go to HTTPS directly. */
  static final String PERMANENT_REDIRECT = "HTTP_301";

  private ListenerActions() {}

  /** Sends a rule's request to one target group. */
  static ListenerRule.Action forward(Expr targetGroupArn) {
    return ListenerRule.Action.builder().type(FORWARD).targetGroupArn(targetGroupArn).build();
  }

  /** A permanent (301) redirect to the same host, path and query over HTTPS on port 443. */
  static Listener.Action redirectToHttps() {
    return Listener.Action.builder()
        .type(REDIRECT)
        .redirectConfig(Listener.RedirectConfig.builder()
            .protocol("HTTPS")
            // a string to CloudFormation: RedirectConfig's Port is a string property
            .port("443")
            .statusCode(PERMANENT_REDIRECT)
            .build())
        .build();
  }

  /**
   * A fixed answer from the load balancer itself, e.g. 404 for a request that names another host:
   * such a request never reaches the targets. A status outside 2XX, 4XX and 5XX or a body over
   * 1024 characters, which the load balancer refuses only when the stack deploys, is LCF349.
   */
  static Listener.Action fixedResponse(String statusCode, String contentType, String body) {
    return Listener.Action.builder()
        .type(FIXED_RESPONSE)
        .fixedResponseConfig(Listener.FixedResponseConfig.builder()
            .statusCode(statusCode)
            .contentType(contentType)
            .messageBody(body)
            .build())
        .build();
  }

  /** Matches request paths against the patterns ({@code *} and {@code ?} wildcards). */
  static ListenerRule.RuleCondition pathPattern(String... patterns) {
    return ListenerRule.RuleCondition.builder()
        .field(PATH_PATTERN)
        .pathPatternConfig(ListenerRule.PathPatternConfig.builder().values(patterns).build())
        .build();
  }

  /**
   * Matches the Host header (case-insensitive, port ignored) against the names, which may be
   * parameters: a listener can then answer only for its own domain.
   */
  static ListenerRule.RuleCondition hostHeader(Expr... hostNames) {
    return ListenerRule.RuleCondition.builder()
        .field(HOST_HEADER)
        .hostHeaderConfig(ListenerRule.HostHeaderConfig.builder()
            .values(List.of(hostNames))
            .build())
        .build();
  }
}
