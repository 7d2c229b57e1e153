package org.llmgateway.cfn.generators.deploy;

/**
 * A pre-flight check's "no": what the stacks ask for cannot be created where they go. Bad input
 * like a missing parameter (the command exits 2), and like it raised before any stack is touched.
 */
public final class PreflightRefusal extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public PreflightRefusal(String message) {
    super(message);
  }
}
