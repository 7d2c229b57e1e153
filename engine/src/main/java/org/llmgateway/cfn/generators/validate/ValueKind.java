package org.llmgateway.cfn.generators.validate;

import java.util.Set;

/**
 * What an intrinsic function can resolve to, as far as a template alone tells. CloudFormation
 * converts scalars at deploy time ("8080" for an integer property, 8080 for a string one), so a
 * scalar fits any scalar type; a list only fits an array.
 */
enum ValueKind {
  /** Text: Ref of a String parameter or a resource, Sub, Join, ImportValue, a string attribute. */
  STRING("a string", Set.of("string", "integer", "number", "boolean")),
  /** Ref of a Number parameter, a numeric attribute, Fn::Length. */
  NUMBER("a number", Set.of("string", "integer", "number")),
  /** Ref of a list parameter, GetAZs, Split, Cidr, a list attribute. */
  LIST("a list", Set.of("array")),
  /** Unknown until deploy time (custom resource attributes, Fn::Transform): not judged. */
  ANY("any value", Set.of("string", "integer", "number", "boolean", "array", "object", "null"));

  private final String description;
  private final Set<String> fits;

  ValueKind(String description, Set<String> fits) {
    this.description = description;
    this.fits = fits;
  }

  String description() {
    return description;
  }

  /** Whether a value of this kind can satisfy a JSON Schema {@code type}. */
  boolean fits(String jsonType) {
    return fits.contains(jsonType);
  }

  /** The kind of a value whose JSON Schema type is {@code jsonType} (a schema attribute). */
  static ValueKind ofSchemaType(String jsonType) {
    return switch (jsonType) {
      case "string", "boolean" -> STRING;
      case "integer", "number" -> NUMBER;
      case "array" -> LIST;
      default -> ANY;
    };
  }
}
