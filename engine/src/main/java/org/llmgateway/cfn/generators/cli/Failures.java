package org.llmgateway.cfn.generators.cli;

import org.llmgateway.cfn.generators.deploy.DeployException;
import software.amazon.awssdk.core.exception.SdkException;

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

  /** AWS could not be reached or refused a call outside a stack operation (credentials, region). */
  static int print(SdkException e) {
    System.err.println("FAILED: AWS call failed: " + e.getMessage());
    return 1;
  }
}
