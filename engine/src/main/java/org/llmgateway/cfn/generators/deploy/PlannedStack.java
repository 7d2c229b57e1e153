package org.llmgateway.cfn.generators.deploy;

import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * One stack as the run is about to deploy it: its files, the stack as it is deployed now (if it
 * is), and the parameter values it will be sent.
 *
 * @param artifact the checked-in template and parameter file
 * @param existing the deployed stack; empty when it will be created
 * @param values parameter key to the value it will be sent: an override, the parameter file, a
 *     {@code CFN_PARAMETER_<Key>} variable, else the template default; a parameter that keeps
 *     its previous value is absent
 */
public record PlannedStack(StackArtifact artifact, Optional<Stack> existing,
    Map<String, String> values) {

  public PlannedStack {
    values = Map.copyOf(values);
  }

  public String name() {
    return artifact.name();
  }

  public String stackName() {
    return artifact.stackName();
  }

  public Optional<String> value(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The value the deployed stack has now; empty when it is not deployed or lacks the key. */
  public Optional<String> deployedValue(String key) {
    return existing.flatMap(stack -> stack.parameters().stream()
        .filter(p -> p.parameterKey().equals(key))
        .map(Parameter::parameterValue)
        .findFirst());
  }
}
