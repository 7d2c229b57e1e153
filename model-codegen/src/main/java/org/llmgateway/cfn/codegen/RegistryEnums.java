package org.llmgateway.cfn.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The allowed values of properties, which the CDK's service database does not carry but the
 * CloudFormation registry schemas do (the snapshot the validator ships). Looked up by resource
 * type, nested type name (empty for the resource itself) and property name.
 */
final class RegistryEnums {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonNode> schemas;

  private RegistryEnums(Map<String, JsonNode> schemas) {
    this.schemas = schemas;
  }

  static RegistryEnums load(Path ndjsonGz) {
    Map<String, JsonNode> schemas = new HashMap<>();
    try (var lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(ndjsonGz)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode schema = JSON.readTree(line);
          schemas.put(schema.path("typeName").asText(), schema);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registry schemas " + ndjsonGz, e);
    }
    return new RegistryEnums(schemas);
  }

  /** The property's allowed string values in schema order, or an empty list. */
  List<String> values(String cfnType, String nestedType, String property) {
    JsonNode schema = schemas.get(cfnType);
    if (schema == null) {
      return List.of();
    }
    JsonNode owner = nestedType.isEmpty() ? schema : schema.path("definitions").path(nestedType);
    JsonNode node = resolve(schema, owner.path("properties").path(property));
    if (node.has("items")) {
      node = resolve(schema, node.get("items"));
    }
    List<String> values = new ArrayList<>();
    node.path("enum").forEach(v -> {
      if (v.isTextual()) {
        values.add(v.asText());
      }
    });
    return values;
  }

  private static JsonNode resolve(JsonNode schema, JsonNode node) {
    String ref = node.path("$ref").asText("");
    if (ref.startsWith("#/definitions/")) {
      return schema.path("definitions").path(ref.substring("#/definitions/".length()));
    }
    return node;
  }
}
