package org.llmgateway.cfn.generators.validate;

/**
 * What a {@link Finding} names: a rule of the validator ({@link Rule}, LCFnnn) or of the security
 * lint ({@link SecurityRule}, the public packs' ids), so both print, sort and document alike.
 */
public sealed interface RuleId permits Rule, SecurityRule {

  String id();

  /** The cfn-lint rule ids that check the same, space-separated; empty when none does. */
  String cfnLint();

  String summary();
}
