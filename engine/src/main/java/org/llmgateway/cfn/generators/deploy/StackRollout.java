package org.llmgateway.cfn.generators.deploy;

/**
 * Work that must happen right before one stack is created or updated, e.g. running database
 * migrations with the new image before the service is updated to it. It may deploy the stack
 * itself first with other values (a first create with no tasks), through {@code deployer}; the
 * planned deployment of the stack follows when it returns. Throwing {@link DeployException}
 * stops the run before the stack changes.
 *
 * <p>Found on the classpath like {@link PreflightCheck}; it decides itself which stacks it
 * concerns.
 */
public interface StackRollout {

  void beforeDeploy(PlannedStack stack, DeployPlan plan, StackDeployer deployer);

  /** Deploys the stack now, with {@code values} instead of the planned ones for those keys. */
  @FunctionalInterface
  interface StackDeployer {
    StackResult deploy(java.util.Map<String, String> values);
  }
}
