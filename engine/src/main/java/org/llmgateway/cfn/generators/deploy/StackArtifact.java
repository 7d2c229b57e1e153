package org.llmgateway.cfn.generators.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One stack as checked in: its template file, read as text (what is sent) and as canonical JSON
 * (what is compared), and the parameter values of one environment's parameter file.
 *
 * @param name short stack name, e.g. {@code network}
 * @param stackName CloudFormation stack name, e.g. {@code dev-network-stack}
 * @param templateFile the template, relative to the repository root
 * @param parameterFile the environment's parameter file, relative to the repository root
 * @param parameters parameter key -> value, in file order
 */
public record StackArtifact(
    String name,
    String stackName,
    Path templateFile,
    String templateBody,
    ObjectNode template,
    Path parameterFile,
    Map<String, String> parameters) {

  public StackArtifact {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Parameter keys the template declares, in template order. */
  public List<String> declaredParameters() {
    List<String> keys = new ArrayList<>();
    template.path("Parameters").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  public boolean declares(String parameter) {
    return template.path("Parameters").has(parameter);
  }

  /** Secrets: their values are never written, logged or compared. */
  public boolean isNoEcho(String parameter) {
    return template.path("Parameters").path(parameter).path("NoEcho").asBoolean(false);
  }

  public Optional<String> defaultValue(String parameter) {
    JsonNode value = template.path("Parameters").path(parameter).get("Default");
    return value == null ? Optional.empty() : Optional.of(value.asText());
  }

  /** Whether CloudFormation needs CAPABILITY_AUTO_EXPAND (the template names a transform). */
  public boolean hasTransform() {
    if (template.has("Transform")) {
      return true;
    }
    return containsKey(template, "Fn::Transform");
  }

  private static boolean containsKey(JsonNode node, String key) {
    if (node.isObject() && node.has(key)) {
      return true;
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      if (containsKey(it.next(), key)) {
        return true;
      }
    }
    return false;
  }
}
