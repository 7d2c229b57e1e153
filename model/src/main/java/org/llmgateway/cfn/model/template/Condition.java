package org.llmgateway.cfn.model.template;

import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.ConditionExpr;

/**
 * A named entry of the Conditions section: what {@code Fn::If} and a resource's or output's
 * Condition attribute refer to. It is not a {@link org.llmgateway.cfn.model.intrinsic.Referable}:
 * CloudFormation has no {@code Ref} of a condition.
 */
@Value.Immutable
@CfnStyle
public interface Condition {

  @Value.Parameter
  String logicalId();

  @Value.Parameter
  ConditionExpr expression();

  static Condition of(String logicalId, ConditionExpr expression) {
    return ImmutableCondition.of(logicalId, expression);
  }
}
