package org.llmgateway.cfn.codegen;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.llmgateway.cfn.codegen.ServiceSpec.Attribute;
import org.llmgateway.cfn.codegen.ServiceSpec.NestedType;
import org.llmgateway.cfn.codegen.ServiceSpec.Property;
import org.llmgateway.cfn.codegen.ServiceSpec.ResourceType;
import org.llmgateway.cfn.codegen.ServiceSpec.Shape;

/**
 * The Java source of one resource type: an Immutables value type whose properties are all
 * {@code Expr} (any property can be a literal or an intrinsic), its nested property types as nested
 * value types, its attributes as typed {@code GetAtt} accessors, and a builder with literal
 * overloads so stack code reads {@code .cidrBlock("10.0.0.0/16")}.
 */
final class ResourceSource {

  static final String HEADER_START = "// GENERATED - DO NOT EDIT.";

  /** Enums longer than this (instance types, regions) stay plain strings: constants would not help. */
  private static final int MAX_ENUM_CONSTANTS = 64;

  private static final String DOCS =
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/";

  private final ResourceType type;
  private final String packageName;
  private final RegistryEnums enums;
  private final String source;
  private final String className;
  private final Map<String, String> nestedNames = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  ResourceSource(ResourceType type, String packageName, RegistryEnums enums, String source) {
    this.type = type;
    this.packageName = packageName;
    this.enums = enums;
    this.source = source;
    this.className = JavaNames.typeName(type.name());
    for (NestedType nested : type.nestedTypes()) {
      nestedNames.put(nested.name(), JavaNames.nestedTypeName(nested.name(), className));
    }
  }

  String render() {
    line(0, HEADER_START + " Written by " + ModelGenerator.COMMAND + " from " + source + ".");
    line(0, "package " + packageName + ";");
    blank();
    for (String imported : List.of(
        "com.fasterxml.jackson.databind.JsonNode",
        "com.fasterxml.jackson.databind.node.ObjectNode",
        "java.util.List",
        "java.util.Map",
        "java.util.Optional",
        "org.immutables.value.Value",
        "org.llmgateway.cfn.model.CfnStyle",
        "org.llmgateway.cfn.model.intrinsic.Expr",
        "org.llmgateway.cfn.model.intrinsic.GetAtt",
        "org.llmgateway.cfn.model.intrinsic.PropertyValue",
        "org.llmgateway.cfn.model.template.PropertyJson",
        "org.llmgateway.cfn.model.template.Resource")) {
      line(0, "import " + imported + ";");
    }
    blank();
    javadoc(0, "{@code " + type.cfnType() + "}: " + type.documentation(),
        "@see <a href=\"" + resourceUrl() + "\">" + type.cfnType() + "</a>");
    line(0, "@Value.Immutable");
    line(0, "@Value.Enclosing");
    line(0, "@CfnStyle");
    line(0, "@SuppressWarnings(\"unused\")");
    line(0, "public interface " + className + " extends Resource {");
    blank();
    line(1, "String TYPE = \"" + type.cfnType() + "\";");
    constants(1, "", type.properties());
    blank();
    line(1, "@Override");
    line(1, "default String resourceType() {");
    line(2, "return TYPE;");
    line(1, "}");
    accessors(1, type.properties());
    blank();
    line(1, "@Override");
    line(1, "default ObjectNode propertiesJson() {");
    propertyJson(2, type.properties(), "overriddenBy(propertyOverrides())");
    line(1, "}");
    Set<String> attributeNames = new HashSet<>();
    for (Attribute attribute : type.attributes()) {
      String accessor = JavaNames.attributeAccessor(attribute.name());
      if (!attributeNames.add(accessor)) {
        continue;
      }
      blank();
      javadoc(1, "The {@code " + attribute.name() + "} attribute"
          + (attribute.documentation().isEmpty() ? "." : ": " + attribute.documentation()));
      line(1, "default GetAtt " + accessor + "() {");
      line(2, "return getAtt(\"" + attribute.name() + "\");");
      line(1, "}");
    }
    blank();
    line(1, "static Builder builder() {");
    line(2, "return new Builder();");
    line(1, "}");
    builder(1, className, "Immutable" + className + ".Builder", type.properties());
    for (NestedType nested : type.nestedTypes()) {
      nested(1, nested);
    }
    line(0, "}");
    return out.toString();
  }

  private void nested(int depth, NestedType nested) {
    String name = nestedNames.get(nested.name());
    blank();
    javadoc(depth, "{@code " + type.cfnType() + "." + nested.name() + "}"
            + (nested.documentation().isEmpty() ? "" : ": " + nested.documentation()),
        "@see <a href=\"" + nestedUrl(nested.name()) + "\">" + type.cfnType() + "."
            + nested.name() + "</a>");
    line(depth, "@Value.Immutable");
    line(depth, "interface " + name + " extends PropertyValue {");
    constants(depth + 1, nested.name(), nested.properties());
    accessors(depth + 1, nested.properties());
    blank();
    line(depth + 1, "@Override");
    line(depth + 1, "default ObjectNode toJson() {");
    propertyJson(depth + 2, nested.properties(), "json()");
    line(depth + 1, "}");
    blank();
    line(depth + 1, "static Builder builder() {");
    line(depth + 2, "return new Builder();");
    line(depth + 1, "}");
    builder(depth + 1, name, "Immutable" + className + "." + name + ".Builder",
        nested.properties());
    line(depth, "}");
  }

  private void constants(int depth, String nestedType, List<Property> properties) {
    Set<String> names = new HashSet<>();
    for (Property property : properties) {
      List<String> values = enums.values(type.cfnType(), nestedType, property.name());
      if (values.isEmpty() || values.size() > MAX_ENUM_CONSTANTS) {
        continue;
      }
      blank();
      javadoc(depth, "Values CloudFormation accepts for {@code " + property.name() + "}.");
      for (String value : values) {
        String constant = JavaNames.constant(property.name(), value);
        if (names.add(constant)) {
          line(depth, "String " + constant + " = " + literal(value) + ";");
        }
      }
    }
  }

  private void accessors(int depth, List<Property> properties) {
    for (Property property : properties) {
      blank();
      String doc = property.documentation().isEmpty()
          ? "{@code " + property.name() + "}."
          : property.documentation();
      javadoc(depth, (property.required() ? "Required. " : "") + doc);
      line(depth, (property.required() ? "Expr " : "Optional<Expr> ")
          + accessor(property) + "();");
    }
  }

  private void propertyJson(int depth, List<Property> properties, String finish) {
    if (properties.isEmpty()) {
      line(depth, "return new PropertyJson()." + finish + ";");
      return;
    }
    line(depth, "return new PropertyJson()");
    for (Property property : properties) {
      line(depth + 2, ".put(" + literal(property.name()) + ", " + accessor(property) + "())");
    }
    line(depth + 2, "." + finish + ";");
  }

  /**
   * The builder: Immutables writes the {@code Expr} setters, this adds one literal overload per
   * property, chosen by the property's type in the specification.
   */
  private void builder(int depth, String owner, String generated, List<Property> properties) {
    blank();
    javadoc(depth, "Builds a {@link " + owner + "}; every setter also takes an intrinsic"
        + " ({@code Expr}).");
    line(depth, "final class Builder extends " + generated + " {");
    for (Property property : properties) {
      String setter = accessor(property);
      Set<String> parameters = new HashSet<>();
      for (Shape shape : members(property.shape())) {
        overloads(depth + 1, setter, shape, parameters);
      }
    }
    line(depth, "}");
  }

  /** A union's member shapes, or the shape itself. */
  private static List<Shape> members(Shape shape) {
    return shape.kind().equals("union") ? shape.members() : List.of(shape);
  }

  private void overloads(int depth, String setter, Shape shape, Set<String> written) {
    switch (shape.kind()) {
      case "string", "date-time" -> overload(depth, setter, "String value", "Expr.of(value)", written);
      case "integer" -> overload(depth, setter, "long value", "Expr.of(value)", written);
      case "number" -> {
        overload(depth, setter, "long value", "Expr.of(value)", written);
        overload(depth, setter, "double value", "Expr.of(value)", written);
      }
      case "boolean" -> overload(depth, setter, "boolean value", "Expr.of(value)", written);
      case "json" -> overload(depth, setter, "JsonNode value", "Expr.json(value)", written);
      case "array" -> {
        overload(depth, setter, "List<? extends Expr> values", "Expr.list(values)", written);
        if (shape.element() != null && shape.element().kind().equals("string")) {
          overload(depth, setter, "String... values", "Expr.ofStrings(List.of(values))", written);
        }
      }
      case "map" -> overload(depth, setter, "Map<String, ? extends Expr> entries",
          "Expr.map(entries)", written);
      default -> {
        // ref and tag values are Expr already: Immutables' setter takes them.
      }
    }
  }

  private void overload(int depth, String setter, String parameter, String expression,
      Set<String> written) {
    if (!written.add(parameter)) {
      return;
    }
    blank();
    line(depth, "public Builder " + setter + "(" + parameter + ") {");
    line(depth + 1, setter + "(" + expression + ");");
    line(depth + 1, "return this;");
    line(depth, "}");
  }

  private String accessor(Property property) {
    return JavaNames.accessor(property.name());
  }

  private String resourceUrl() {
    return DOCS + "aws-resource-" + urlSegment() + ".html";
  }

  private String nestedUrl(String nested) {
    return DOCS + "aws-properties-" + urlSegment() + "-" + nested.toLowerCase(Locale.ROOT)
        + ".html";
  }

  /** {@code AWS::EC2::VPC} -> {@code ec2-vpc}. */
  private String urlSegment() {
    String[] parts = type.cfnType().split("::");
    return (parts[1] + "-" + parts[2]).toLowerCase(Locale.ROOT);
  }

  private void javadoc(int depth, String text, String... tags) {
    String indent = "  ".repeat(depth);
    List<String> lines = wrap(escape(text), 100 - indent.length() - 3);
    if (lines.size() == 1 && tags.length == 0 && lines.get(0).length() <= 100 - indent.length() - 7) {
      line(depth, "/** " + lines.get(0) + " */");
      return;
    }
    line(depth, "/**");
    for (String l : lines) {
      out.append(indent).append(" *").append(l.isEmpty() ? "" : " " + l).append('\n');
    }
    if (tags.length > 0) {
      out.append(indent).append(" *\n");
      for (String tag : tags) {
        out.append(indent).append(" * ").append(tag).append('\n');
      }
    }
    line(depth, " */");
  }

  /** Documentation is Markdown-ish text: make it inert in a Java comment and in HTML. */
  private static String escape(String text) {
    return text
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("\\", "&#92;")
        .replace("*/", "*&#47;")
        .replace("{&#64;code", "{@code")
        .replace("{&#64;link", "{@link")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  private static String literal(String value) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }

  private void blank() {
    out.append('\n');
  }
}
