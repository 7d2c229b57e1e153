package org.llmgateway.cfn.model.resource.elasticloadbalancingv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;

/**
 * A load balancer or target group attribute ({@code LoadBalancerAttribute},
 * {@code TargetGroupAttribute}): both are a key and a string value, so they share this one type.
 */
@Value.Immutable
@CfnStyle
public interface Attribute {

  /** The attribute name, e.g. {@code idle_timeout.timeout_seconds}. */
  @JsonProperty("Key")
  @Value.Parameter
  String key();

  /** Always a string to CloudFormation, also for numbers and booleans. */
  @JsonProperty("Value")
  @Value.Parameter
  Expr value();

  static Attribute of(String key, Expr value) {
    return ImmutableAttribute.of(key, value);
  }

  static Attribute of(String key, String value) {
    return ImmutableAttribute.of(key, Expr.of(value));
  }
}
