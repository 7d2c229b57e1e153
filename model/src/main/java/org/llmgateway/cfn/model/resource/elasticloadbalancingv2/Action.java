package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Condition;

/**
 * What a listener or listener rule does with a request (the {@code Action} property type). Each
 * kind of action is its own type, so a forward cannot carry a redirect's settings by mistake.
 */
public interface Action {

  /** Sends the request to one target group. */
  static Action forward(Expr targetGroupArn) {
    return ImmutableForward.of(targetGroupArn);
  }

  /** A permanent (301) redirect to the same host, path and query over HTTPS on port 443. */
  static Action redirectToHttps() {
    return ImmutableRedirect.of(
        ImmutableRedirectConfig.builder()
            .protocol("HTTPS")
            .port("443")
            .statusCode(RedirectConfig.PERMANENT)
            .build());
  }

  /**
   * A fixed answer from the load balancer itself, e.g. 404 for a request that names another host:
   * such a request never reaches the targets.
   */
  static Action fixedResponse(String statusCode, String contentType, String messageBody) {
    return ImmutableFixedResponse.of(
        ImmutableFixedResponseConfig.of(statusCode, contentType, messageBody));
  }

  /**
   * {@code Fn::If}: one action when the condition holds, another when it does not. Lets a listener
   * switch behaviour on a parameter without being replaced (a replaced listener would collide on
   * its port with the one it replaces).
   */
  static Action ifThen(Condition condition, Action whenTrue, Action whenFalse) {
    return new Choice(condition, whenTrue, whenFalse);
  }

  /** {@code Type: forward}. */
  @Value.Immutable
  @CfnStyle
  interface Forward extends Action {
    @JsonProperty("Type")
    default String type() {
      return "forward";
    }

    @JsonProperty("TargetGroupArn")
    @Value.Parameter
    Expr targetGroupArn();
  }

  /** {@code Type: redirect}. */
  @Value.Immutable
  @CfnStyle
  interface Redirect extends Action {
    @JsonProperty("Type")
    default String type() {
      return "redirect";
    }

    @JsonProperty("RedirectConfig")
    @Value.Parameter
    RedirectConfig redirectConfig();
  }

  /** {@code Type: fixed-response}. */
  @Value.Immutable
  @CfnStyle
  interface FixedResponse extends Action {
    @JsonProperty("Type")
    default String type() {
      return "fixed-response";
    }

    @JsonProperty("FixedResponseConfig")
    @Value.Parameter
    FixedResponseConfig fixedResponseConfig();
  }

  /** What a fixed response answers. */
  @Value.Immutable
  @CfnStyle
  interface FixedResponseConfig {
    /** 2XX, 4XX or 5XX. */
    @JsonProperty("StatusCode")
    @Value.Parameter
    String statusCode();

    @JsonProperty("ContentType")
    @Value.Parameter
    String contentType();

    /** At most 1024 characters. */
    @JsonProperty("MessageBody")
    @Value.Parameter
    String messageBody();

    @Value.Check
    default void check() {
      if (!statusCode().matches("^[245][0-9][0-9]$")) {
        throw new IllegalStateException(
            "FixedResponseConfig StatusCode '" + statusCode() + "' must be 2XX, 4XX or 5XX");
      }
      if (messageBody().length() > 1024) {
        throw new IllegalStateException("FixedResponseConfig MessageBody is over 1024 characters");
      }
    }
  }

  /** Where a redirect points; a component left out keeps the request's own value. */
  @Value.Immutable
  @CfnStyle
  interface RedirectConfig {
    String PERMANENT = "HTTP_301";
    String TEMPORARY = "HTTP_302";

    @JsonProperty("Protocol")
    Optional<String> protocol();

    @JsonProperty("Port")
    Optional<String> port();

    @JsonProperty("Host")
    Optional<String> host();

    @JsonProperty("Path")
    Optional<String> path();

    @JsonProperty("Query")
    Optional<String> query();

    /** {@link #PERMANENT} or {@link #TEMPORARY}. */
    @JsonProperty("StatusCode")
    String statusCode();

    @Value.Check
    default void check() {
      if (!statusCode().equals(PERMANENT) && !statusCode().equals(TEMPORARY)) {
        throw new IllegalStateException(
            "RedirectConfig StatusCode '" + statusCode() + "' must be HTTP_301 or HTTP_302");
      }
    }
  }

  /** An action chosen by a template condition when the stack is deployed. */
  record Choice(Condition condition, Action whenTrue, Action whenFalse) implements Action {
    @JsonValue
    Map<String, List<Object>> toJson() {
      return Map.of("Fn::If", List.of(condition.logicalId(), whenTrue, whenFalse));
    }
  }
}
