package org.llmgateway.cfn.generators.deploy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one stack's deploy did.
 *
 * @param stackName e.g. {@code dev-network-stack}
 * @param outcome created, updated or already up to date
 * @param status the stack status afterwards, e.g. {@code CREATE_COMPLETE}
 * @param outputs output key -> value, in the order CloudFormation returned them
 */
public record StackResult(
    String stackName, Outcome outcome, String status, Map<String, String> outputs) {

  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  public StackResult {
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }
}
