package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.llmgateway.cfn.generators.validate.ResourceSchemas.ResourceSchema;

/**
 * Each resource's Properties against the CloudFormation resource provider schema of its type.
 *
 * <p>Intrinsic functions: a function's value is unknown until deploy time, so before the schema
 * sees the properties each function is replaced by a placeholder of the kind it resolves to (a
 * string for {@code !Ref} of a String parameter, a list for {@code !GetAZs}, ...). The schema then
 * checks everything around it as usual; at the placeholder itself only the type is judged (can the
 * function's kind fit the expected type?), never the value (enum, pattern, length). {@code Fn::If}
 * is not a placeholder: the properties are checked once per branch, so both branches are checked
 * with their siblings, and a branch of {@code AWS::NoValue} removes the property as it would at
 * deploy time.
 */
final class SchemaRules {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Fn::If branch combinations checked per resource; enough for any hand-written nesting. */
  private static final int MAX_VARIANTS = 16;

  private static final Set<String> COMPOSITE_KEYWORDS =
      Set.of("oneOf", "anyOf", "allOf", "not", "if", "then", "else", "dependencies");

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

  private SchemaRules() {}

  static List<Finding> check(TemplateContext template) {
    Set<Finding> findings = new TreeSet<>();
    for (Map.Entry<String, JsonNode> entry : template.resources().entrySet()) {
      String id = entry.getKey();
      JsonNode resource = entry.getValue();
      String type = resource.path("Type").asText("");
      if (type.isEmpty() || isExpandedByTransform(template, type)) {
        continue;
      }
      Optional<ResourceSchema> schema = template.schemas().forType(type);
      if (schema.isEmpty()) {
        findings.add(template.finding(Rule.RESOURCE_TYPE, id, Pointer.of("Resources", id, "Type"),
            "resource type '" + type + "' does not exist (resource schemas "
                + template.schemas().source() + ")"));
        continue;
      }
      JsonNode properties = resource.has("Properties") ? resource.get("Properties")
          : NODES.objectNode();
      String base = Pointer.of("Resources", id, "Properties");
      if (!properties.isObject()) {
        findings.add(template.finding(Rule.PROPERTY_TYPE, id, base,
            "Properties must be an object"));
        continue;
      }
      new ResourceCheck(template, id, schema.get(), base, findings).run(properties);
    }
    return new ArrayList<>(findings);
  }

  /** SAM resources and modules only exist before the transform or package step expands them. */
  private static boolean isExpandedByTransform(TemplateContext template, String type) {
    return (template.hasTransform() && type.startsWith("AWS::Serverless::"))
        || type.endsWith("::MODULE");
  }

  /** The instance the schema sees for one Fn::If variant, and how to map it back. */
  private static final class Variant {
    /** Variant pointer to the original pointer (relative to Properties). */
    final Map<String, String> origins = new HashMap<>();
    /** Variant pointer of each placeholder to the function it stands for. */
    final Map<String, Placeholder> placeholders = new HashMap<>();
    /** Variant pointer of each property AWS::NoValue removed to the original pointer. */
    final Map<String, String> removed = new HashMap<>();
  }

  private record Placeholder(ValueKind kind, String description) {}

  private static final class ResourceCheck {
    private final TemplateContext template;
    private final String id;
    private final ResourceSchema schema;
    private final String base;
    private final Set<Finding> findings;

    ResourceCheck(TemplateContext template, String id, ResourceSchema schema, String base,
        Set<Finding> findings) {
      this.template = template;
      this.id = id;
      this.schema = schema;
      this.base = base;
      this.findings = findings;
    }

    void run(JsonNode properties) {
      int variants = Math.min(MAX_VARIANTS, branches(properties));
      for (int v = 0; v < variants; v++) {
        Variant variant = new Variant();
        JsonNode instance = build(properties, "", "", v, variant);
        if (instance == null) {
          instance = NODES.objectNode();
        }
        List<Error> errors;
        try {
          errors = schema.validator().validate(instance);
        } catch (SchemaException e) {
          findings.add(template.finding(Rule.SCHEMA_OTHER, id, base,
              "cannot check against the resource schema of "
              + schema.type() + ", which is broken: " + e.getMessage()));
          return;
        }
        Set<String> wrongType = new java.util.HashSet<>();
        for (Error error : errors) {
          if (error.getKeyword().equals("type") && report(error, instance, variant)) {
            wrongType.add(error.getInstanceLocation().toString());
          }
        }
        for (Error error : errors) {
          // a value of the wrong type also fails its enum or pattern; the type says it all
          if (!error.getKeyword().equals("type")
              && !wrongType.contains(error.getInstanceLocation().toString())) {
            report(error, instance, variant);
          }
        }
      }
    }

    /** How many variants cover every branch of every Fn::If below {@code node}. */
    private static int branches(JsonNode node) {
      Optional<String> function = Intrinsics.function(node);
      if (function.isPresent()) {
        JsonNode argument = node.get(function.get());
        if (function.get().equals("Fn::If") && argument.isArray() && argument.size() == 3) {
          return branches(argument.get(1)) + branches(argument.get(2));
        }
        return 1;
      }
      int most = 1;
      for (JsonNode child : node) {
        most = Math.max(most, branches(child));
      }
      return most;
    }

    /**
     * A copy of {@code node} for variant {@code v}: Fn::If replaced by one branch, AWS::NoValue
     * removed (null), other functions replaced by placeholders. Records where each node came from.
     */
    private JsonNode build(JsonNode node, String original, String at, int v, Variant variant) {
      Optional<String> function = Intrinsics.function(node);
      if (function.isPresent()) {
        return intrinsic(function.get(), node.get(function.get()), original, at, v, variant);
      }
      variant.origins.put(at, original);
      if (node.isObject()) {
        ObjectNode copy = NODES.objectNode();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          String key = "/" + Pointer.escape(field.getKey());
          JsonNode child = build(field.getValue(), original + key, at + key, v, variant);
          if (child != null) {
            copy.set(field.getKey(), child);
          }
        }
        return copy;
      }
      if (node.isArray()) {
        ArrayNode copy = NODES.arrayNode();
        for (int i = 0; i < node.size(); i++) {
          JsonNode child = build(node.get(i), original + "/" + i, at + "/" + copy.size(), v,
              variant);
          if (child != null) {
            copy.add(child);
          }
        }
        return copy;
      }
      return node;
    }

    private JsonNode intrinsic(String function, JsonNode argument, String original, String at,
        int v, Variant variant) {
      if (function.equals("Fn::If") && argument.isArray() && argument.size() == 3) {
        int whenTrue = branches(argument.get(1));
        int choice = v % (whenTrue + branches(argument.get(2)));
        return choice < whenTrue
            ? build(argument.get(1), original + "/Fn::If/1", at, choice, variant)
            : build(argument.get(2), original + "/Fn::If/2", at, choice - whenTrue, variant);
      }
      if (function.equals("Ref") && Intrinsics.NO_VALUE.equals(argument.asText())) {
        variant.removed.put(at, original);
        return null;
      }
      if (function.equals("Fn::FindInMap")) {
        Optional<JsonNode> literal = Intrinsics.findInMapLiteral(template, argument);
        if (literal.isPresent()) {
          variant.origins.put(at, original);
          return literal.get().deepCopy();
        }
      }
      ValueKind kind = Intrinsics.kind(template, function, argument);
      variant.origins.put(at, original);
      variant.placeholders.put(at,
          new Placeholder(kind, Intrinsics.describe(template, function, argument)));
      // distinct placeholders, so uniqueItems only fails on the same function written twice
      return switch (kind) {
        case STRING -> new TextNode(function + " " + argument);
        case NUMBER -> new IntNode(variant.placeholders.size());
        case LIST -> NODES.arrayNode();
        case ANY -> NullNode.getInstance();
      };
    }

    /** Adds the finding an error stands for, if any; whether it added one. */
    private boolean report(Error error, JsonNode instance, Variant variant) {
      String at = error.getInstanceLocation().toString();
      String keyword = error.getKeyword();
      String placeholderAt = placeholderAtOrAbove(at, variant);
      if (placeholderAt != null) {
        Placeholder placeholder = variant.placeholders.get(placeholderAt);
        if (placeholder.kind() == ValueKind.ANY || !placeholderAt.equals(at)
            || !keyword.equals("type") || fitsAny(placeholder.kind(), error.getSchemaNode())) {
          return false;
        }
        return add(Rule.PROPERTY_TYPE, at, variant, placeholder.description() + " resolves to "
            + placeholder.kind().description() + ", but " + expected(error.getSchemaNode())
            + " is expected");
      }
      if (COMPOSITE_KEYWORDS.contains(keyword) && hasPlaceholderBelow(at, variant)) {
        // a branch may have failed only on a value that is unknown until deploy time
        return false;
      }
      JsonNode value = instance.at(at);
      return switch (keyword) {
        case "type" -> !converts(value, error.getSchemaNode())
            && add(Rule.PROPERTY_TYPE, at, variant,
                "expected " + expected(error.getSchemaNode()) + ", found " + jsonType(value));
        case "required" -> {
          String removedAt = variant.removed.get(at + "/" + Pointer.escape(error.getProperty()));
          yield removedAt != null
              ? findings.add(template.finding(Rule.REQUIRED_PROPERTY, id, base + removedAt,
                  "required property '" + error.getProperty()
                      + "' is removed by AWS::NoValue in this branch"))
              : add(Rule.REQUIRED_PROPERTY, at, variant, "required property '"
                  + error.getProperty() + "' is missing");
        }
        case "additionalProperties" -> add(Rule.PROPERTY_NAME,
            at + "/" + Pointer.escape(error.getProperty()), variant, "property '"
                + error.getProperty() + "' is not allowed"
                + (at.isEmpty() ? " in " + schema.type() : " here"));
        case "enum" -> !convertsToMember(value, error.getSchemaNode())
            && add(Rule.PROPERTY_ENUM, at, variant, literal(value) + " is not one of "
                + error.getSchemaNode());
        case "pattern" -> add(Rule.PROPERTY_PATTERN, at, variant,
            literal(value) + " does not match the pattern " + error.getSchemaNode().asText());
        case "minLength", "maxLength" -> add(Rule.PROPERTY_LENGTH, at, variant,
            "length " + value.asText().length() + " is "
                + (keyword.equals("minLength") ? "below the minimum " : "above the maximum ")
                + error.getSchemaNode().asText());
        case "minimum", "maximum" -> add(Rule.PROPERTY_RANGE, at, variant, value.asText() + " is "
            + (keyword.equals("minimum") ? "below the minimum " : "above the maximum ")
            + error.getSchemaNode().asText());
        case "minItems", "maxItems" -> add(Rule.ARRAY_LENGTH, at, variant,
            value.size() + " items is "
                + (keyword.equals("minItems") ? "fewer than the minimum "
                    : "more than the maximum ")
                + error.getSchemaNode().asText());
        default -> add(Rule.SCHEMA_OTHER, at, variant, error.getMessage());
      };
    }

    private boolean add(Rule rule, String at, Variant variant, String reason) {
      findings.add(template.finding(rule, id, base + origin(at, variant), reason));
      return true;
    }

    /** The original pointer of a variant location (its nearest recorded ancestor's). */
    private static String origin(String at, Variant variant) {
      String path = at;
      String suffix = "";
      while (true) {
        String original = variant.origins.get(path);
        if (original != null) {
          return original + suffix;
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
          return at;
        }
        suffix = path.substring(slash) + suffix;
        path = path.substring(0, slash);
      }
    }

    private static String placeholderAtOrAbove(String at, Variant variant) {
      String path = at;
      while (true) {
        if (variant.placeholders.containsKey(path)) {
          return path;
        }
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
          return null;
        }
        path = path.substring(0, slash);
      }
    }

    private static boolean hasPlaceholderBelow(String at, Variant variant) {
      String prefix = at + "/";
      for (String path : variant.placeholders.keySet()) {
        if (path.equals(at) || path.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean fitsAny(ValueKind kind, JsonNode types) {
    for (String type : types(types)) {
      if (kind.fits(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether CloudFormation converts a literal to one of the expected types at deploy time, as it
   * does for "443" where an integer is expected, "true" for a boolean, and 443 for a string.
   */
  private static boolean converts(JsonNode value, JsonNode types) {
    for (String type : types(types)) {
      boolean converts = switch (type) {
        case "string" -> value.isNumber() || value.isBoolean();
        case "integer" -> value.isTextual() && INTEGER.matcher(value.asText().trim()).matches();
        case "number" -> value.isTextual() && isNumber(value.asText().trim());
        case "boolean" -> value.isTextual()
            && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"));
        default -> false;
      };
      if (converts) {
        return true;
      }
    }
    return false;
  }

  /** Whether the value, as CloudFormation converts it ("7" for 7), is one of {@code members}. */
  private static boolean convertsToMember(JsonNode value, JsonNode members) {
    for (JsonNode member : members) {
      if (value.isTextual() && (member.isNumber() || member.isBoolean())
          && isNumberOrBoolean(value.asText()) && member.asText().equals(normalized(value))) {
        return true;
      }
      if ((value.isNumber() || value.isBoolean()) && member.isTextual()
          && member.asText().equals(value.asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumberOrBoolean(String text) {
    return isNumber(text) || text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
  }

  private static String normalized(JsonNode text) {
    String value = text.asText().trim();
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return value.toLowerCase(java.util.Locale.ROOT);
    }
    return new BigDecimal(value).stripTrailingZeros().toPlainString();
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static List<String> types(JsonNode types) {
    List<String> names = new ArrayList<>();
    if (types.isArray()) {
      types.forEach(t -> names.add(t.asText()));
    } else {
      names.add(types.asText());
    }
    return names;
  }

  private static String expected(JsonNode types) {
    List<String> names = types(types);
    return names.size() == 1 ? a(names.get(0)) : "one of " + String.join(", ", names);
  }

  private static String a(String type) {
    return (type.startsWith("a") || type.startsWith("i") || type.startsWith("o") ? "an " : "a ")
        + type;
  }

  private static String jsonType(JsonNode value) {
    if (value.isTextual()) {
      return "string " + literal(value);
    }
    if (value.isIntegralNumber()) {
      return "integer " + value.asText();
    }
    if (value.isNumber()) {
      return "number " + value.asText();
    }
    if (value.isBoolean()) {
      return "boolean " + value.asText();
    }
    return value.isArray() ? "an array" : value.isObject() ? "an object" : "null";
  }

  private static String literal(JsonNode value) {
    String text = value.isValueNode() ? value.asText() : value.toString();
    if (text.length() > 80) {
      text = text.substring(0, 77) + "...";
    }
    return value.isTextual() ? "'" + text + "'" : text;
  }
}
