package org.llmgateway.cfn.model.template;

import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Referable;

/**
 * The name of a cross-stack export: {@code <prefix>-<stack>-<name>}, the prefix being the
 * environment or {@code <tenant>-<environment>}. The exporting stack owns
 * the constant; an importing stack uses the same constant, so the name exists in one place only.
 */
@Value.Immutable
@CfnStyle
public interface ExportName {

  /** The exporting stack's short name, e.g. {@code network}. */
  @Value.Parameter
  String stack();

  /** The value's name within the stack, e.g. {@code VpcId}. */
  @Value.Parameter
  String name();

  static ExportName of(String stack, String name) {
    return ImmutableExportName.of(stack, name);
  }

  /**
   * The export name as it is written in a template, prefixed by the given parameter (the name
   * prefix: the environment, or tenant and environment).
   */
  default Expr in(Referable environmentName) {
    return Fn.sub(environmentName, "-" + stack() + "-" + name());
  }

  /** The resolved export name for a concrete prefix, e.g. {@code acme-dev} or {@code dev}. */
  default String resolve(String prefix) {
    return prefix + "-" + stack() + "-" + name();
  }

  @Value.Check
  default void check() {
    if (!stack().matches("[a-z][a-z0-9-]*") || !name().matches("[A-Za-z][A-Za-z0-9]*")) {
      throw new IllegalStateException(
          "Export name '" + stack() + "-" + name() + "' must be <lower-case-stack>-<AlphaNumericName>");
    }
  }
}
