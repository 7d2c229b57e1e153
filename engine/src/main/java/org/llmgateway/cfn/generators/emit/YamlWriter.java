package org.llmgateway.cfn.generators.emit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.llmgateway.cfn.model.intrinsic.IntrinsicFunction;

/**
 * Writes a canonical CloudFormation JSON document as YAML with the short-form intrinsic tags of
 * {@link IntrinsicFunction} ({@code !Ref}, {@code !Sub}, ...). A function keeps its long form
 * ({@code Fn::ImportValue: !Sub ...}) where its argument is itself a tagged node, because YAML
 * gives a node one tag only.
 */
public final class YamlWriter {

  private static final YAMLFactory FACTORY =
      new TaggingYamlFactory(
          YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .stringQuotingChecker(new ScalarLookalikeQuoting()));

  /**
   * Quotes strings that a YAML reader would take for a number or a date ({@code "2010-09-09"},
   * {@code "4000"}), so a string property stays a string when the template is read back.
   */
  private static final class ScalarLookalikeQuoting
      extends com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER_OR_DATE =
        Pattern.compile("[-+]?(\\.?[0-9][0-9_.:eE+-]*|\\.inf|\\.nan)|0x[0-9a-fA-F]+|0o[0-7]+");

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || NUMBER_OR_DATE.matcher(value).matches();
    }
  }

  private YamlWriter() {}

  /**
   * The YAML text of {@code document}, preceded by {@code header} lines written as comments.
   * Sections, resources and outputs are separated by blank lines, as a person would write them.
   */
  public static String write(JsonNode document, Iterable<String> header) {
    var out = new StringBuilder();
    for (String line : header) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    for (Map.Entry<String, JsonNode> section : document.properties()) {
      out.append('\n');
      if (SPACED_SECTIONS.contains(section.getKey()) && section.getValue().isObject()) {
        out.append(section.getKey()).append(":\n");
        boolean first = true;
        for (Map.Entry<String, JsonNode> entry : section.getValue().properties()) {
          if (!first) {
            out.append('\n');
          }
          first = false;
          out.append(indent(fragment(entry.getKey(), entry.getValue())));
        }
      } else {
        out.append(fragment(section.getKey(), section.getValue()));
      }
    }
    return unquoteTaggedIdentifiers(out.toString());
  }

  private static final Set<String> SPACED_SECTIONS = Set.of("Resources", "Outputs");

  /** One key and its value as a YAML block mapping. */
  private static String fragment(String key, JsonNode value) {
    var out = new StringWriter();
    try (YAMLGenerator generator = (YAMLGenerator) FACTORY.createGenerator(out)) {
      generator.writeStartObject();
      generator.writeFieldName(key);
      write(generator, value);
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * SnakeYAML quotes every explicitly tagged scalar ({@code !Ref 'Vpc'}); identifiers and
   * attribute names read better plain, and are the same YAML value either way.
   */
  private static final Pattern QUOTED_TAGGED_IDENTIFIER =
      Pattern.compile("(![A-Za-z]+) '([A-Za-z][A-Za-z0-9]*(?:::[A-Za-z]+|\\.[A-Za-z0-9.]+)?)'$",
          Pattern.MULTILINE);

  private static String unquoteTaggedIdentifiers(String yaml) {
    return QUOTED_TAGGED_IDENTIFIER.matcher(yaml).replaceAll("$1 $2");
  }

  private static String indent(String block) {
    var out = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append("  ").append(line);
      }
      out.append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  static boolean isIntrinsic(JsonNode node) {
    if (!node.isObject() || node.size() != 1) {
      return false;
    }
    String key = node.fieldNames().next();
    return IntrinsicFunction.ofLongName(key)
        // {"Condition": "X"} names a condition; an IAM statement's Condition block is an object
        .filter(function -> function != IntrinsicFunction.CONDITION || node.get(key).isTextual())
        .isPresent();
  }

  private static void write(YAMLGenerator generator, JsonNode node) throws IOException {
    if (isIntrinsic(node)) {
      writeIntrinsic(generator, node);
    } else if (node.isObject()) {
      generator.writeStartObject();
      ((TaggingYamlFactory.TaggingGenerator) generator).forgetPendingTag();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        generator.writeFieldName(field.getKey());
        write(generator, field.getValue());
      }
      generator.writeEndObject();
    } else if (node.isArray()) {
      generator.writeStartArray();
      ((TaggingYamlFactory.TaggingGenerator) generator).forgetPendingTag();
      for (JsonNode item : node) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (node.isTextual()) {
      generator.writeString(node.textValue());
    } else if (node.isBoolean()) {
      generator.writeBoolean(node.booleanValue());
    } else if (node.isIntegralNumber()) {
      generator.writeNumber(node.bigIntegerValue());
    } else if (node.isNumber()) {
      generator.writeNumber(node.decimalValue());
    } else if (node.isNull()) {
      generator.writeNull();
    } else {
      throw new IllegalArgumentException("Cannot write " + node.getNodeType() + " as YAML");
    }
  }

  private static void writeIntrinsic(YAMLGenerator generator, JsonNode node) throws IOException {
    String name = node.fieldNames().next();
    JsonNode argument = node.get(name);
    if (isIntrinsic(argument)) {
      generator.writeStartObject();
      generator.writeFieldName(name);
      write(generator, argument);
      generator.writeEndObject();
      return;
    }
    IntrinsicFunction function = IntrinsicFunction.ofLongName(name).orElseThrow();
    generator.writeTypeId(function.shortTag());
    if (function.dottedShortForm() && argument.isArray() && isDottable(argument)) {
      generator.writeString(argument.get(0).asText() + "." + argument.get(1).asText());
    } else {
      write(generator, argument);
    }
  }

  private static boolean isDottable(JsonNode getAttArgs) {
    return getAttArgs.size() == 2 && getAttArgs.get(0).isTextual() && getAttArgs.get(1).isTextual();
  }
}
