package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.llmgateway.cfn.model.intrinsic.IntrinsicFunction;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads any CloudFormation template or parameter file, JSON or YAML with short-form tags, into
 * CloudFormation's canonical JSON: {@code !Ref X} becomes {@code {"Ref": "X"}}, {@code !GetAtt A.B}
 * becomes {@code {"Fn::GetAtt": ["A", "B"]}}, {@code !Sub ...} becomes {@code {"Fn::Sub": ...}}
 * (the tags of {@link IntrinsicFunction}). The validator only ever sees that one form, whoever
 * wrote the file.
 */
public final class TemplateReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          // the same numbers as the YAML reader gives, so JSON and YAML templates compare equal
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** Plain YAML integers CloudFormation reads as numbers; 0x.., 0o.., 1:30 stay text. */
  private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");

  private TemplateReader() {}

  /** A file as canonical JSON, or the findings that kept it from being read. */
  public record Parsed(JsonNode json, List<Finding> findings) {
    public boolean readable() {
      return json != null;
    }
  }

  /** Reads {@code text}; JSON when it starts with '{' or '[', YAML otherwise. */
  public static Parsed read(String file, String text) {
    String start = text.stripLeading();
    if (start.startsWith("{") || start.startsWith("[")) {
      return readJson(file, text);
    }
    return readYaml(file, text);
  }

  private static Parsed readJson(String file, String text) {
    try {
      return new Parsed(JSON.readTree(text), List.of());
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
          + location.getColumnNr();
      return unreadable(file, "not valid JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private static Parsed readYaml(String file, String text) {
    // the reader of the YAML templates are written in, else SnakeYAML, which reads all of YAML
    Node root = BlockYaml.compose(text);
    return root != null ? fromNodes(file, root) : readYamlWithSnakeYaml(file, text);
  }

  /** What SnakeYAML alone makes of {@code text} (the reference BlockYamlTest holds the other to). */
  static Parsed readYamlWithSnakeYaml(String file, String text) {
    LoaderOptions options = new LoaderOptions();
    // CloudFormation's own limit is 1 MB; the default 3 MB code points is ample
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(50);
    Node root;
    try {
      // what Yaml.compose does, without the constructor and representer a Yaml instance builds
      // first and compose never uses (126 fewer classes loaded by a cold validate)
      root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
          new Resolver(), options).getSingleNode();
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark();
      String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column "
          + (mark.getColumn() + 1);
      return unreadable(file, "not valid YAML" + where + ": " + e.getProblem());
    } catch (YAMLException e) {
      return unreadable(file, "not valid YAML: " + e.getMessage());
    }
    if (root == null) {
      return unreadable(file, "the file is empty");
    }
    return fromNodes(file, root);
  }

  private static Parsed fromNodes(String file, Node root) {
    List<Finding> findings = new ArrayList<>();
    JsonNode json = new Converter(file, findings).convert(root, null);
    // CloudFormation refuses a template with a tag it does not know before looking further
    boolean unknownTag = findings.stream().anyMatch(f -> f.reason().startsWith("unknown tag"));
    return new Parsed(unknownTag ? null : json, findings);
  }

  private static Parsed unreadable(String file, String reason) {
    return new Parsed(null, List.of(new Finding(file, "", "/", Rule.YAML_SYNTAX, reason)));
  }

  /**
   * Where a node is, as the segments from the root; made into a JSON Pointer only for a finding
   * (building one string per node was a tenth of reading a template on a cold JVM).
   */
  private record Location(Location parent, String segment) {

    static String pointer(Location location) {
      return location == null ? ""
          : pointer(location.parent) + "/" + Pointer.escape(location.segment);
    }

    /** The logical id a location is in, for findings: /Resources/Vpc/... gives Vpc. */
    static String logicalId(Location location) {
      Location top = null;
      Location second = null;
      for (Location l = location; l != null; l = l.parent) {
        second = top;
        top = l;
      }
      return second == null ? "" : second.segment;
    }
  }

  private record Converter(String file, List<Finding> findings) {

    JsonNode convert(Node node, Location location) {
      String tag = node.getTag().getValue();
      if (tag.startsWith("!") && !tag.startsWith("!!")) {
        var function = IntrinsicFunction.ofShortTag(tag);
        if (function.isEmpty()) {
          findings.add(new Finding(file, Location.logicalId(location),
              Location.pointer(location), Rule.YAML_SYNTAX, "unknown tag " + tag + " (line " + (node.getStartMark().getLine() + 1) + ")"));
          return NODES.nullNode();
        }
        String name = function.get().longName();
        ObjectNode intrinsic = NODES.objectNode();
        intrinsic.set(name, argument(function.get(), node, new Location(location, name)));
        return intrinsic;
      }
      return plain(node, location);
    }

    private JsonNode argument(IntrinsicFunction function, Node node, Location location) {
      if (node instanceof ScalarNode scalar) {
        String value = scalar.getValue();
        if (function.dottedShortForm()) {
          int dot = value.indexOf('.');
          ArrayNode parts = NODES.arrayNode();
          if (dot < 0) {
            parts.add(value);
          } else {
            parts.add(value.substring(0, dot)).add(value.substring(dot + 1));
          }
          return parts;
        }
        return NODES.textNode(value);
      }
      return plain(node, location);
    }

    private JsonNode plain(Node node, Location location) {
      if (node instanceof MappingNode mapping) {
        ObjectNode object = NODES.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
          String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue()
              : String.valueOf(tuple.getKeyNode());
          Location child = new Location(location, key);
          // the first of duplicate keys is the one kept, so the object holds the keys seen
          if (object.has(key)) {
            findings.add(new Finding(file, Location.logicalId(child), Location.pointer(child),
                Rule.YAML_SYNTAX,
                "duplicate key '" + key + "' (line " + (tuple.getKeyNode().getStartMark().getLine()
                    + 1) + "); CloudFormation rejects the template"));
            continue;
          }
          object.set(key, convert(tuple.getValueNode(), child));
        }
        return object;
      }
      if (node instanceof SequenceNode sequence) {
        ArrayNode array = NODES.arrayNode();
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
          array.add(convert(items.get(i), new Location(location, Integer.toString(i))));
        }
        return array;
      }
      return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode scalar) {
      String value = scalar.getValue();
      Tag tag = scalar.getTag();
      if (tag.equals(Tag.NULL)) {
        return NODES.nullNode();
      }
      if (tag.equals(Tag.BOOL)) {
        return NODES.booleanNode(switch (value.toLowerCase(java.util.Locale.ROOT)) {
          case "true", "yes", "on", "y" -> true;
          default -> false;
        });
      }
      if (tag.equals(Tag.INT) && DECIMAL_INTEGER.matcher(value).matches()) {
        BigInteger number = new BigInteger(value.replace("_", ""));
        return number.bitLength() < 32 ? NODES.numberNode(number.intValue())
            : number.bitLength() < 64 ? NODES.numberNode(number.longValue())
            : NODES.numberNode(number);
      }
      if (tag.equals(Tag.FLOAT)) {
        try {
          return NODES.numberNode(new BigDecimal(value.replace("_", "")));
        } catch (NumberFormatException e) {
          return NODES.textNode(value);
        }
      }
      return NODES.textNode(value);
    }
  }
}
