package org.llmgateway.cfn.model.template;

import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;

/** An entry of the Outputs section, optionally exported for other stacks. */
@Value.Immutable
@CfnStyle
public interface Output {

  String logicalId();

  Optional<String> description();

  Expr value();

  Optional<Condition> condition();

  Optional<ExportName> export();

  static ImmutableOutput.Builder builder() {
    return ImmutableOutput.builder();
  }
}
