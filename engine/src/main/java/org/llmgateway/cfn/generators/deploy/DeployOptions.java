package org.llmgateway.cfn.generators.deploy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to deploy and with which extra values.
 *
 * @param stacks short names of the stacks to deploy; empty: all of them
 * @param overrides parameter key -> value, applied to every deployed stack that declares the key;
 *     wins over the parameter file (the way to give NoEcho secrets)
 * @param environmentVariables where {@code CFN_PARAMETER_<Key>} values are looked up, normally
 *     {@link System#getenv()}; used only for parameters that neither an override nor the parameter
 *     file sets
 * @param method change sets (default) or direct create/update
 */
public record DeployOptions(
    List<String> stacks,
    Map<String, String> overrides,
    Map<String, String> environmentVariables,
    DeployMethod method) {

  /** Prefix of the environment variables that supply parameter values, e.g. CFN_PARAMETER_OpenAiApiKey. */
  public static final String PARAMETER_VARIABLE_PREFIX = "CFN_PARAMETER_";

  public DeployOptions {
    stacks = List.copyOf(stacks);
    overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    environmentVariables = Map.copyOf(environmentVariables);
  }

  /** All stacks, no overrides, the process environment, change sets. */
  public static DeployOptions defaults() {
    return new DeployOptions(List.of(), Map.of(), System.getenv(), DeployMethod.CHANGE_SET);
  }

  public DeployOptions withStacks(List<String> value) {
    return new DeployOptions(value, overrides, environmentVariables, method);
  }

  public DeployOptions withOverrides(Map<String, String> value) {
    return new DeployOptions(stacks, value, environmentVariables, method);
  }

  public DeployOptions withEnvironmentVariables(Map<String, String> value) {
    return new DeployOptions(stacks, overrides, value, method);
  }

  public DeployOptions withMethod(DeployMethod value) {
    return new DeployOptions(stacks, overrides, environmentVariables, value);
  }

  /** Never prints values: overrides are often secrets. */
  @Override
  public String toString() {
    return "DeployOptions[stacks=" + stacks + ", overrides=" + overrides.keySet() + ", method="
        + method + "]";
  }
}
