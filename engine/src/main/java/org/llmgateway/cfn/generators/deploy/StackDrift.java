package org.llmgateway.cfn.generators.deploy;

import java.util.List;

/**
 * How one deployed stack differs from generated-templates/.
 *
 * @param stackName e.g. {@code dev-network-stack}
 * @param differences one line each; empty when the stack matches
 */
public record StackDrift(String stackName, List<String> differences) {

  public StackDrift {
    differences = List.copyOf(differences);
  }

  public boolean drifted() {
    return !differences.isEmpty();
  }
}
