package org.llmgateway.cfn.generators.cli;

import org.llmgateway.cfn.generators.deploy.DeployException;

/** How the AWS commands report a failed stack operation. */
final class Failures {

  private Failures() {}

  static int print(DeployException e) {
    System.err.println("FAILED: " + e.getMessage());
    if (!e.failedEvents().isEmpty()) {
      System.err.println("Failed events (oldest first):");
      e.failedEvents().forEach(line -> System.err.println("  " + line));
    }
    return 1;
  }
}
