package org.llmgateway.cfn.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The CDK's AWS service database, in the compact form {@code scripts/refresh-service-spec.sh}
 * writes: one JSON line per resource type. Properties, attributes and nested types keep the
 * database's order (sorted by name), so the generated sources never depend on reading order.
 */
final class ServiceSpec {

  private static final String FOLDER = "/org/llmgateway/cfn/codegen/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A value's shape: string, integer, number, boolean, json, date-time, tag, ref, array, map, union. */
  record Shape(String kind, String typeName, Shape element, List<Shape> members) {
    static Shape of(JsonNode node) {
      List<Shape> members = new ArrayList<>();
      node.path("types").forEach(member -> members.add(of(member)));
      return new Shape(
          node.path("type").asText(),
          node.path("name").asText(null),
          node.has("element") ? of(node.get("element")) : null,
          List.copyOf(members));
    }
  }

  record Property(String name, Shape shape, boolean required, String documentation) {}

  record Attribute(String name, String documentation) {}

  record NestedType(String name, String documentation, List<Property> properties) {}

  record ResourceType(
      String cfnType,
      String name,
      String documentation,
      List<Property> properties,
      List<Attribute> attributes,
      List<NestedType> nestedTypes) {

    /** {@code AWS::EC2::VPC} -> {@code AWS::EC2}. */
    String namespace() {
      return cfnType.substring(0, cfnType.lastIndexOf("::"));
    }
  }

  private final List<ResourceType> resourceTypes;
  private final Map<String, String> source;

  private ServiceSpec(List<ResourceType> resourceTypes, Map<String, String> source) {
    this.resourceTypes = resourceTypes;
    this.source = source;
  }

  static ServiceSpec load() {
    List<ResourceType> types = new ArrayList<>();
    try (InputStream raw = resource("aws-service-spec.ndjson.gz");
        var lines =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          types.add(resourceType(JSON.readTree(line)));
        }
      }
      Properties properties = new Properties();
      try (InputStream in = resource("SOURCE.properties")) {
        properties.load(in);
      }
      Map<String, String> source = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> source.put(k, properties.getProperty(k)));
      return new ServiceSpec(List.copyOf(types), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the service specification", e);
    }
  }

  List<ResourceType> resourceTypes() {
    return resourceTypes;
  }

  /** {@code @aws-cdk/aws-service-spec 0.1.216}. */
  String describe() {
    return source.get("package") + " " + source.get("version");
  }

  private static InputStream resource(String name) {
    InputStream in = ServiceSpec.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + FOLDER + name);
    }
    return in;
  }

  private static ResourceType resourceType(JsonNode node) {
    List<NestedType> nested = new ArrayList<>();
    node.path("types")
        .fields()
        .forEachRemaining(
            e ->
                nested.add(
                    new NestedType(
                        e.getKey(),
                        e.getValue().path("documentation").asText(""),
                        properties(e.getValue().path("properties")))));
    List<Attribute> attributes = new ArrayList<>();
    node.path("attributes")
        .fields()
        .forEachRemaining(
            e ->
                attributes.add(
                    new Attribute(e.getKey(), e.getValue().path("documentation").asText(""))));
    return new ResourceType(
        node.path("type").asText(),
        node.path("name").asText(),
        node.path("documentation").asText(""),
        properties(node.path("properties")),
        List.copyOf(attributes),
        List.copyOf(nested));
  }

  private static List<Property> properties(JsonNode node) {
    List<Property> properties = new ArrayList<>();
    node.fields()
        .forEachRemaining(
            e ->
                properties.add(
                    new Property(
                        e.getKey(),
                        Shape.of(e.getValue().path("type")),
                        e.getValue().path("required").asBoolean(false),
                        e.getValue().path("documentation").asText(""))));
    return List.copyOf(properties);
  }
}
