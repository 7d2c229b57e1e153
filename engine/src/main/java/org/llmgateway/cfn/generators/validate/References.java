package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every reference a template makes (Ref, GetAtt, Sub variable, FindInMap, Fn::If, Condition,
 * DependsOn, ImportValue), with where it is. One walk serves the reference, usage and cycle rules.
 */
final class References {

  enum Kind { REF, GET_ATT, SUB, FIND_IN_MAP, IF, CONDITION, DEPENDS_ON, IMPORT_VALUE }

  /**
   * One reference from {@code from} (a logical id) at {@code path}. {@code target} is the logical
   * id named; {@code attribute} is the GetAtt attribute ("" when none); {@code node} is the
   * function's argument (ImportValue's export name expression).
   */
  record Reference(Kind kind, String from, String path, String target, String attribute,
      JsonNode node) {}

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private final List<Reference> all = new ArrayList<>();

  private References() {}

  static List<Reference> of(TemplateContext template) {
    var references = new References();
    for (Map.Entry<String, JsonNode> entry : template.resources().entrySet()) {
      String id = entry.getKey();
      String base = Pointer.of("Resources", id);
      JsonNode body = entry.getValue();
      JsonNode condition = body.get("Condition");
      if (condition != null && condition.isTextual()) {
        references.add(Kind.CONDITION, id, base + "/Condition", condition.asText(), "", condition);
      }
      JsonNode dependsOn = body.get("DependsOn");
      if (dependsOn != null) {
        if (dependsOn.isArray()) {
          for (int i = 0; i < dependsOn.size(); i++) {
            references.add(Kind.DEPENDS_ON, id, base + "/DependsOn/" + i,
                dependsOn.get(i).asText(), "", dependsOn.get(i));
          }
        } else {
          references.add(Kind.DEPENDS_ON, id, base + "/DependsOn", dependsOn.asText(), "",
              dependsOn);
        }
      }
      for (String attribute : List.of("Properties", "Metadata", "CreationPolicy", "UpdatePolicy")) {
        if (body.has(attribute)) {
          references.walk(id, base + "/" + attribute, body.get(attribute), false);
        }
      }
    }
    for (Map.Entry<String, JsonNode> entry : template.conditions().entrySet()) {
      references.walk(entry.getKey(), Pointer.of("Conditions", entry.getKey()), entry.getValue(),
          true);
    }
    JsonNode rules = template.json().path("Rules");
    for (Map.Entry<String, JsonNode> rule : rules.properties()) {
      references.walk(rule.getKey(), Pointer.of("Rules", rule.getKey()), rule.getValue(), true);
    }
    for (Map.Entry<String, JsonNode> entry : template.outputs().entrySet()) {
      String id = entry.getKey();
      String base = Pointer.of("Outputs", id);
      JsonNode condition = entry.getValue().get("Condition");
      if (condition != null && condition.isTextual()) {
        references.add(Kind.CONDITION, id, base + "/Condition", condition.asText(), "", condition);
      }
      for (String field : List.of("Value", "Export")) {
        if (entry.getValue().has(field)) {
          references.walk(id, base + "/" + field, entry.getValue().get(field), false);
        }
      }
    }
    return references.all;
  }

  private void add(Kind kind, String from, String path, String target, String attribute,
      JsonNode node) {
    all.add(new Reference(kind, from, path, target, attribute, node));
  }

  /** {@code inConditions}: a {"Condition": "X"} object names a condition only there. */
  private void walk(String id, String path, JsonNode node, boolean inConditions) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(id, path + "/" + i, node.get(i), inConditions);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.size() == 1) {
      String function = node.fieldNames().next();
      JsonNode argument = node.get(function);
      String at = path + "/" + Pointer.escape(function);
      switch (function) {
        case "Ref" -> {
          if (argument.isTextual()) {
            add(Kind.REF, id, at, argument.asText(), "", argument);
            return;
          }
        }
        case "Fn::GetAtt" -> {
          String[] target = Intrinsics.getAttTarget(argument);
          add(Kind.GET_ATT, id, at, target[0],
              argument.isArray() && !argument.path(1).isTextual() ? "" : target[1], argument);
        }
        case "Fn::Sub" -> subVariables(id, at, argument);
        case "Fn::If" -> add(Kind.IF, id, at, argument.path(0).asText(""), "", argument);
        case "Condition" -> {
          if (inConditions && argument.isTextual()) {
            add(Kind.CONDITION, id, at, argument.asText(), "", argument);
            return;
          }
        }
        case "Fn::FindInMap" -> {
          if (argument.path(0).isTextual()) {
            add(Kind.FIND_IN_MAP, id, at, argument.path(0).asText(), "", argument);
          }
        }
        case "Fn::ImportValue" -> add(Kind.IMPORT_VALUE, id, at, "", "", argument);
        default -> { }
      }
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      walk(id, path + "/" + Pointer.escape(field.getKey()), field.getValue(), inConditions);
    }
  }

  private void subVariables(String id, String at, JsonNode argument) {
    JsonNode text = argument.isArray() ? argument.path(0) : argument;
    Set<String> local = new HashSet<>();
    argument.path(1).fieldNames().forEachRemaining(local::add);
    Matcher matcher = SUB_VARIABLE.matcher(text.asText(""));
    while (matcher.find()) {
      String variable = matcher.group(1).trim();
      if (local.contains(variable)) {
        continue;
      }
      int dot = variable.indexOf('.');
      if (dot > 0 && !variable.startsWith("AWS::")) {
        add(Kind.SUB, id, at, variable.substring(0, dot), variable.substring(dot + 1), text);
      } else {
        add(Kind.SUB, id, at, variable, "", text);
      }
    }
  }
}
