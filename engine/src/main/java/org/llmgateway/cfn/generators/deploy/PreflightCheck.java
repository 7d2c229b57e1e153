package org.llmgateway.cfn.generators.deploy;

/**
 * A question asked before any stack is touched, once every parameter value is known: can what the
 * stacks ask for be created in the target account and region? A check that says no throws
 * {@link PreflightRefusal}, and nothing is deployed.
 *
 * <p>Checks belong to the product, not the engine: a public class implementing this interface
 * with a public no-argument constructor is found on the classpath ({@link DeployExtensions}), the
 * way stack generators are. A check decides itself whether it applies, e.g. only when its stack
 * is among those being deployed.
 */
public interface PreflightCheck {

  /**
   * @throws PreflightRefusal naming what cannot be created and why, in one line
   * @throws software.amazon.awssdk.core.exception.SdkException when AWS cannot be asked; the run
   *     stops too, since an unanswered question is not a yes
   */
  void check(DeployPlan plan);
}
