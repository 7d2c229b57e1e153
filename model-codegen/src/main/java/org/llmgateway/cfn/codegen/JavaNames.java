package org.llmgateway.cfn.codegen;

import java.util.Locale;
import java.util.Set;

/** CloudFormation names as Java identifiers, avoiding keywords and the names models already use. */
final class JavaNames {

  private static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "false", "final",
      "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
      "interface", "long", "native", "new", "null", "package", "private", "protected", "public",
      "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw",
      "throws", "transient", "true", "try", "void", "volatile", "while", "record", "var", "yield",
      "sealed", "permits");

  /**
   * Accessors every model already has (Object, Resource, Expr, Immutables' builders): a property
   * of that name gets a {@code Value} suffix instead, e.g. {@code Condition} -> {@code conditionValue()}.
   */
  private static final Set<String> TAKEN_METHODS = Set.of(
      "logicalId", "resourceType", "dependsOn", "condition", "deletionPolicy",
      "updateReplacePolicy", "metadata", "propertyOverrides", "ref", "getAtt", "toJson",
      "propertiesJson", "builder", "build", "from", "copyOf", "check", "hashCode", "equals",
      "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /** Type names a nested type must not take: they would hide the imports of generated files. */
  private static final Set<String> TAKEN_TYPES = Set.of(
      "Expr", "PropertyValue", "Optional", "List", "Map", "Value", "JsonNode", "ObjectNode", "GetAtt", "Resource",
      "CfnStyle", "Override", "Builder", "String", "Object", "Integer", "Long", "Double",
      "Boolean", "Tag", "PropertyJson", "Deprecated", "Class", "Record", "Enum", "Iterable",
      "Number", "Math", "System", "Character", "Byte", "Short", "Float", "Void", "Thread",
      "Runtime", "Process", "Module", "Package", "Exception", "Error");

  private JavaNames() {}

  /** {@code AWS::EC2} -> {@code ec2}. */
  static String packageSegment(String namespace) {
    return identifier(namespace.substring(namespace.indexOf("::") + 2).toLowerCase(Locale.ROOT));
  }

  static String typeName(String cfnName) {
    String name = identifier(cfnName);
    return Character.isUpperCase(name.charAt(0)) ? name : capitalize(name);
  }

  /** A nested type's Java name, distinct from the resource and from the imported names. */
  static String nestedTypeName(String cfnName, String enclosing) {
    String name = typeName(cfnName);
    return name.equals(enclosing) || TAKEN_TYPES.contains(name) ? name + "Property" : name;
  }

  /** {@code CidrBlock} -> {@code cidrBlock}, {@code DBInstanceClass} -> {@code dbInstanceClass}. */
  static String accessor(String cfnName) {
    String name = decapitalize(identifier(cfnName));
    return KEYWORDS.contains(name) || TAKEN_METHODS.contains(name) ? name + "Value" : name;
  }

  /** {@code Endpoint.Address} -> {@code attrEndpointAddress}. */
  static String attributeAccessor(String attribute) {
    StringBuilder name = new StringBuilder("attr");
    for (String part : attribute.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(capitalize(part));
      }
    }
    return name.toString();
  }

  /** {@code Protocol} and {@code HTTPS} -> {@code PROTOCOL_HTTPS}. */
  static String constant(String property, String value) {
    String name = snake(property) + "_" + snake(value);
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }

  private static String snake(String text) {
    String spaced = text
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
    String upper = spaced.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    upper = upper.replaceAll("^_+|_+$", "");
    return upper.isEmpty() ? "EMPTY" : upper;
  }

  private static String identifier(String text) {
    String cleaned = text.replaceAll("[^A-Za-z0-9_]", "_");
    return Character.isJavaIdentifierStart(cleaned.charAt(0)) ? cleaned : "_" + cleaned;
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Lower-cases a leading run of capitals but keeps the capital that starts the next word. */
  private static String decapitalize(String text) {
    int upper = 0;
    while (upper < text.length() && Character.isUpperCase(text.charAt(upper))) {
      upper++;
    }
    if (upper == 0) {
      return text;
    }
    if (upper == 1 || upper == text.length()
        || !Character.isLowerCase(text.charAt(upper))) {
      return text.substring(0, upper).toLowerCase(Locale.ROOT) + text.substring(upper);
    }
    return text.substring(0, upper - 1).toLowerCase(Locale.ROOT) + text.substring(upper - 1);
  }
}
