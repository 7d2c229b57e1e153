package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmgateway.cfn.generators.validate.References.Reference;
import org.llmgateway.cfn.generators.validate.ResourceSchemas.ResourceSchema;
import org.llmgateway.cfn.model.intrinsic.Pseudo;

/**
 * One template as the rules see it: its file name, canonical JSON and the sections they look up
 * (parameters, resources, conditions, mappings), read once, and its references and imports,
 * walked once on first use: the template's own rules read them, and so does each environment's
 * cross-stack check (three environments walked every template three more times, 24 ms of a
 * cold validate's CPU).
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
  // computed by whichever thread asks first; a second walk gives the same lists
  private volatile List<Reference> references;
  private volatile List<JsonNode> imports;

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

  /** Every reference the template makes ({@link References}). */
  List<Reference> references() {
    List<Reference> walked = references;
    if (walked == null) {
      walked = List.copyOf(References.of(this));
      references = walked;
    }
    return walked;
  }

  /** The argument of every Fn::ImportValue anywhere in the template ({@link StackGraph}). */
  List<JsonNode> imports() {
    List<JsonNode> walked = imports;
    if (walked == null) {
      walked = StackGraph.imports(json);
      imports = walked;
    }
    return walked;
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
