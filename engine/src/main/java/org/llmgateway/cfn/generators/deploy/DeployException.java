package org.llmgateway.cfn.generators.deploy;

import java.util.List;

/**
 * A stack operation that did not succeed, with the CloudFormation events that say why (already
 * cleared of secret parameter values).
 */
public final class DeployException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> failedEvents;

  public DeployException(String message, List<String> failedEvents) {
    super(message);
    this.failedEvents = List.copyOf(failedEvents);
  }

  public DeployException(String message) {
    this(message, List.of());
  }

  /** One line per failed resource event: logical id, type, status and reason, oldest first. */
  public List<String> failedEvents() {
    return failedEvents;
  }
}
