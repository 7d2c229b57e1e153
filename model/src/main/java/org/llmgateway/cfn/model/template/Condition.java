package org.llmgateway.cfn.model.template;

import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Conditional;
import org.llmgateway.cfn.model.intrinsic.Expr;

/** A named entry of the Conditions section. */
@Value.Immutable
@CfnStyle
public interface Condition extends Conditional {

  @Override
  @Value.Parameter
  String logicalId();

  @Value.Parameter
  Expr expression();

  static Condition of(String logicalId, Expr expression) {
    return ImmutableCondition.of(logicalId, expression);
  }
}
