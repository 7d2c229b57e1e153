package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.llmgateway.cfn.generators.validate.ResourceSchemas.ResourceSchema;
import org.llmgateway.cfn.model.intrinsic.IntrinsicFunction;
import org.llmgateway.cfn.model.intrinsic.Pseudo;

/**
 * Recognises intrinsic functions in canonical JSON and tells what each can resolve to; the
 * functions and their result kinds are those of {@link IntrinsicFunction}.
 */
final class Intrinsics {

  static final String NO_VALUE = Pseudo.NO_VALUE.logicalId();

  private Intrinsics() {}

  /**
   * The function name when {@code node} is an intrinsic function ({@code {"Ref": ...}} or
   * {@code {"Fn::X": ...}}), empty otherwise. {@code Condition} is only a function inside the
   * Conditions section, where callers look for it themselves.
   */
  static Optional<String> function(JsonNode node) {
    if (node == null || !node.isObject() || node.size() != 1) {
      return Optional.empty();
    }
    return IntrinsicFunction.ofLongName(node.fieldNames().next())
        .filter(function -> function != IntrinsicFunction.CONDITION)
        .map(IntrinsicFunction::longName);
  }

  static boolean isNoValue(JsonNode node) {
    return node != null && node.isObject() && node.size() == 1
        && NO_VALUE.equals(node.path("Ref").asText(null));
  }

  /** The target and attribute of a GetAtt, from either of its two forms. */
  static String[] getAttTarget(JsonNode argument) {
    if (argument.isArray()) {
      return new String[] {argument.path(0).asText(""), argument.path(1).asText("")};
    }
    String text = argument.asText("");
    int dot = text.indexOf('.');
    return dot < 0 ? new String[] {text, ""}
        : new String[] {text.substring(0, dot), text.substring(dot + 1)};
  }

  /** What a parameter of CloudFormation type {@code type} resolves to. */
  static ValueKind parameterKind(String type) {
    if (type.contains("List<") || type.contains("CommaDelimitedList")) {
      return ValueKind.LIST;
    }
    return type.equals("Number") ? ValueKind.NUMBER : ValueKind.STRING;
  }

  /** What the function {@code node} resolves to in {@code template}. */
  static ValueKind kind(TemplateContext template, String function, JsonNode argument) {
    return IntrinsicFunction.ofLongName(function)
        .map(known -> switch (known.result()) {
          case STRING -> ValueKind.STRING;
          case NUMBER -> ValueKind.NUMBER;
          case LIST -> ValueKind.LIST;
          case REFERENCED -> refKind(template, argument.asText(""));
          case ATTRIBUTE -> getAttKind(template, getAttTarget(argument));
          case MAPPED -> findInMapKind(template, argument);
          // Fn::If is judged branch by branch; a condition is not a property value
          case CONDITION, ANY -> ValueKind.ANY;
        })
        .orElse(ValueKind.ANY);
  }

  private static ValueKind refKind(TemplateContext template, String target) {
    JsonNode parameter = template.parameters().get(target);
    if (parameter != null) {
      return parameterKind(parameter.path("Type").asText("String"));
    }
    if (template.resources().containsKey(target)) {
      return ValueKind.STRING;
    }
    if (target.equals(Pseudo.NOTIFICATION_ARNS.logicalId())) {
      return ValueKind.LIST;
    }
    return target.startsWith("AWS::") ? ValueKind.STRING : ValueKind.ANY;
  }

  private static ValueKind getAttKind(TemplateContext template, String[] target) {
    Optional<ResourceSchema> schema = template.schemaOf(target[0]);
    if (schema.isEmpty() || schema.get().anyAttribute()) {
      return ValueKind.ANY;
    }
    return schema.get().attributes().getOrDefault(target[1], ValueKind.ANY);
  }

  /** The kind all values of the mapping share; ANY when they differ or cannot be looked up. */
  private static ValueKind findInMapKind(TemplateContext template, JsonNode argument) {
    JsonNode mapping = template.mappings().get(argument.path(0).asText(""));
    if (mapping == null) {
      return ValueKind.ANY;
    }
    ValueKind shared = null;
    for (JsonNode level : mapping) {
      for (JsonNode value : level) {
        ValueKind kind = value.isArray() ? ValueKind.LIST
            : value.isNumber() ? ValueKind.NUMBER
            : value.isValueNode() ? ValueKind.STRING : ValueKind.ANY;
        if (shared != null && shared != kind) {
          return ValueKind.ANY;
        }
        shared = kind;
      }
    }
    return shared == null ? ValueKind.ANY : shared;
  }

  /** The literal a FindInMap names, when its three keys are literal and present. */
  static Optional<JsonNode> findInMapLiteral(TemplateContext template, JsonNode argument) {
    if (!argument.isArray() || argument.size() != 3) {
      return Optional.empty();
    }
    for (JsonNode key : argument) {
      if (!key.isTextual()) {
        return Optional.empty();
      }
    }
    JsonNode mapping = template.mappings().get(argument.get(0).asText());
    if (mapping == null) {
      return Optional.empty();
    }
    JsonNode value = mapping.path(argument.get(1).asText()).path(argument.get(2).asText());
    return value.isMissingNode() ? Optional.empty() : Optional.of(value);
  }

  /** How a finding names the function: "Ref to parameter 'Subnets'", "Fn::GetAtt Vpc.VpcId". */
  static String describe(TemplateContext template, String function, JsonNode argument) {
    return switch (function) {
      case "Ref" -> {
        String target = argument.asText("");
        yield template.parameters().containsKey(target)
            ? "Ref to parameter '" + target + "' ("
                + template.parameters().get(target).path("Type").asText("String") + ")"
            : "Ref to '" + target + "'";
      }
      case "Fn::GetAtt" -> {
        String[] target = getAttTarget(argument);
        yield "Fn::GetAtt " + target[0] + "." + target[1];
      }
      default -> function;
    };
  }
}
