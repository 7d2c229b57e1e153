package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.llmgateway.cfn.generators.validate.ResourceSchemas.ResourceSchema;
import org.llmgateway.cfn.model.intrinsic.Pseudo;

/**
 * One template as the rules see it: its file name, canonical JSON and the sections they look up
 * (parameters, resources, conditions, mappings), read once.
 */
final class TemplateContext {

  private final String file;
  private final JsonNode json;
  private final long bytes;
  private final ResourceSchemas schemas;
  private final Map<String, JsonNode> parameters;
  private final Map<String, JsonNode> resources;
  private final Map<String, JsonNode> conditions;
  private final Map<String, JsonNode> mappings;
  private final Map<String, JsonNode> outputs;

  TemplateContext(String file, JsonNode json, long bytes, ResourceSchemas schemas) {
    this.file = file;
    this.json = json;
    this.bytes = bytes;
    this.schemas = schemas;
    this.parameters = section(json, "Parameters");
    this.resources = section(json, "Resources");
    this.conditions = section(json, "Conditions");
    this.mappings = section(json, "Mappings");
    this.outputs = section(json, "Outputs");
  }

  private static Map<String, JsonNode> section(JsonNode json, String name) {
    Map<String, JsonNode> entries = new LinkedHashMap<>();
    JsonNode section = json.path(name);
    if (section.isObject()) {
      for (Map.Entry<String, JsonNode> entry : section.properties()) {
        entries.put(entry.getKey(), entry.getValue());
      }
    }
    return Collections.unmodifiableMap(entries);
  }

  String file() {
    return file;
  }

  JsonNode json() {
    return json;
  }

  /** The size of the template body in bytes, as CloudFormation counts it. */
  long bytes() {
    return bytes;
  }

  ResourceSchemas schemas() {
    return schemas;
  }

  Map<String, JsonNode> parameters() {
    return parameters;
  }

  Map<String, JsonNode> resources() {
    return resources;
  }

  Map<String, JsonNode> conditions() {
    return conditions;
  }

  Map<String, JsonNode> mappings() {
    return mappings;
  }

  Map<String, JsonNode> outputs() {
    return outputs;
  }

  String resourceType(String logicalId) {
    JsonNode resource = resources.get(logicalId);
    return resource == null ? "" : resource.path("Type").asText("");
  }

  Optional<ResourceSchema> schemaOf(String logicalId) {
    String type = resourceType(logicalId);
    return type.isEmpty() ? Optional.empty() : schemas.forType(type);
  }

  boolean isRefTarget(String name) {
    return parameters.containsKey(name) || resources.containsKey(name) || Pseudo.isPseudo(name);
  }

  /** Whether a Transform (SAM, a macro) rewrites the template before CloudFormation sees it. */
  boolean hasTransform() {
    return !json.path("Transform").isMissingNode();
  }

  Finding finding(Rule rule, String logicalId, String path, String reason) {
    return new Finding(file, logicalId, path, rule, reason);
  }

  static JsonNode missing() {
    return MissingNode.getInstance();
  }
}
