package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The literal values a resource-specific rule judges. A value behind a function other than
 * {@code Fn::If} is unknown until deploy time and never judged (the schema rules check its type);
 * both branches of an {@code Fn::If} are judged, each at its own path.
 */
final class Literals {

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

  /** A literal value and its JSON Pointer relative to the node it was looked up in. */
  record Located(JsonNode value, String path) {}

  private Literals() {}

  /**
   * The literals at {@code path} ({@code /}-separated property names, {@code *} for every item
   * of a list) below {@code node}.
   */
  static List<Located> at(JsonNode node, String path) {
    List<Located> found = new ArrayList<>();
    collect(node, "", path.isEmpty() ? new String[0] : path.split("/"), 0, found);
    return found;
  }

  /** {@code node} itself, or both branches of it when it is an Fn::If, as literals. */
  static List<Located> of(JsonNode node) {
    return at(node, "");
  }

  private static void collect(JsonNode node, String at, String[] segments, int index,
      List<Located> found) {
    if (node == null || node.isMissingNode()) {
      return;
    }
    Optional<String> function = Intrinsics.function(node);
    if (function.isPresent()) {
      JsonNode argument = node.get(function.get());
      if (function.get().equals("Fn::If") && argument.isArray() && argument.size() == 3) {
        collect(argument.get(1), at + "/Fn::If/1", segments, index, found);
        collect(argument.get(2), at + "/Fn::If/2", segments, index, found);
      }
      return;
    }
    if (index == segments.length) {
      found.add(new Located(node, at));
      return;
    }
    String segment = segments[index];
    if (segment.equals("*")) {
      for (int i = 0; node.isArray() && i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, segments, index + 1, found);
      }
    } else if (node.isObject() && node.has(segment)) {
      collect(node.get(segment), at + "/" + Pointer.escape(segment), segments, index + 1, found);
    }
  }

  /** The integer a literal stands for, as CloudFormation converts {@code "443"} to 443. */
  static OptionalLong integer(JsonNode value) {
    if (value.isIntegralNumber()) {
      return OptionalLong.of(value.asLong());
    }
    if (value.isTextual() && INTEGER.matcher(value.asText().trim()).matches()
        && value.asText().trim().length() < 18) {
      return OptionalLong.of(Long.parseLong(value.asText().trim()));
    }
    return OptionalLong.empty();
  }

  /** The text of a literal string, number or boolean; empty for lists, objects and null. */
  static Optional<String> text(JsonNode value) {
    return value.isValueNode() && !value.isNull() ? Optional.of(value.asText())
        : Optional.empty();
  }
}
