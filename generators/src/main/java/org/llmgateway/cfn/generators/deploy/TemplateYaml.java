package org.llmgateway.cfn.generators.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation template, YAML with short-form tags ({@code !Ref}, {@code !GetAtt A.B},
 * ...) or JSON, into the canonical JSON form {@link
 * org.llmgateway.cfn.generators.emit.TemplateJson} produces, so that a checked-in file, a deployed
 * template and the model can be compared as data rather than as text.
 */
public final class TemplateYaml {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Orders numbers by value, so {@code 5432} read from YAML equals the {@code 5432} the model
   * wrote as a decimal; every other node compares as usual.
   */
  public static final Comparator<JsonNode> SAME_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private TemplateYaml() {}

  /**
   * The canonical JSON of {@code text}; {@code source} names the file or stack in the error when
   * the text is not a template.
   */
  public static ObjectNode read(String text, String source) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
    } catch (YAMLException e) {
      throw new IllegalArgumentException(source + " is not valid YAML or JSON: " + e.getMessage(), e);
    }
    if (!(root instanceof MappingNode)) {
      throw new IllegalArgumentException(source + " is not a template: its top level is not a mapping");
    }
    return (ObjectNode) convert(root, source);
  }

  private static JsonNode convert(Node node, String source) {
    Tag tag = node.getTag();
    // application tags (!Ref, !Sub, ...) keep their "!"; standard ones are tag:yaml.org,2002:...
    if (tag.getValue().startsWith("!")) {
      return intrinsic(tag.getValue(), node, source);
    }
    if (node instanceof MappingNode mapping) {
      ObjectNode object = NODES.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          throw new IllegalArgumentException(source + ": a mapping key is not a plain value (line "
              + (tuple.getKeyNode().getStartMark().getLine() + 1) + ")");
        }
        // a key given twice is a mistake CloudFormation rejects too; name it with the file
        if (object.has(key.getValue())) {
          throw new IllegalArgumentException(source + ": key '" + key.getValue()
              + "' is given twice (line " + (key.getStartMark().getLine() + 1) + ")");
        }
        object.set(key.getValue(), convert(tuple.getValueNode(), source));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      sequence.getValue().forEach(item -> array.add(convert(item, source)));
      return array;
    }
    return scalar((ScalarNode) node);
  }

  /** {@code !Ref x} becomes {@code {"Ref": "x"}}, {@code !Sub s} becomes {@code {"Fn::Sub": s}}. */
  private static JsonNode intrinsic(String shortTag, Node node, String source) {
    String name = shortTag.substring(1);
    String function = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
    JsonNode argument;
    if (node instanceof ScalarNode scalar) {
      argument = NODES.textNode(scalar.getValue());
      if (function.equals("Fn::GetAtt")) {
        // CloudFormation splits the dotted form at the first dot only: A.B.C is [A, B.C]
        String text = scalar.getValue();
        int dot = text.indexOf('.');
        if (dot < 1) {
          throw new IllegalArgumentException(source + ": !GetAtt " + text
              + " is not of the form Resource.Attribute (line "
              + (node.getStartMark().getLine() + 1) + ")");
        }
        argument = NODES.arrayNode().add(text.substring(0, dot)).add(text.substring(dot + 1));
      }
    } else {
      MappingNode plainMapping = node instanceof MappingNode m
          ? new MappingNode(Tag.MAP, m.getValue(), m.getFlowStyle()) : null;
      SequenceNode plainSequence = node instanceof SequenceNode s
          ? new SequenceNode(Tag.SEQ, s.getValue(), s.getFlowStyle()) : null;
      argument = convert(plainMapping != null ? plainMapping : plainSequence, source);
    }
    ObjectNode call = NODES.objectNode();
    call.set(function, argument);
    return call;
  }

  private static JsonNode scalar(ScalarNode scalar) {
    String value = scalar.getValue();
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.INT)) {
      BigInteger number;
      try {
        number = new BigInteger(value.replace("_", "").replace("+", ""));
      } catch (NumberFormatException e) {
        return NODES.textNode(value); // hex, octal and base-60 forms (0x1F, 0o17, 1:30) are kept as written
      }
      return number.bitLength() < 32 ? NODES.numberNode(number.intValue())
          : number.bitLength() < 64 ? NODES.numberNode(number.longValue())
          : NODES.numberNode(number);
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return NODES.numberNode(new BigDecimal(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return NODES.textNode(value); // .inf and .nan: no template property takes them
      }
    }
    if (tag.equals(Tag.BOOL)) {
      return NODES.booleanNode(switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "on", "y" -> true;
        default -> false;
      });
    }
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    return NODES.textNode(value);
  }
}
