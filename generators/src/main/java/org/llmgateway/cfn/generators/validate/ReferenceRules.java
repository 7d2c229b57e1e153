package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmgateway.cfn.model.intrinsic.Pseudo;

/**
 * Every Ref, GetAtt, Sub variable, Condition and DependsOn of a template names something the
 * template declares. Works on CloudFormation's canonical JSON, whoever wrote the template.
 */
public final class ReferenceRules {

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private ReferenceRules() {}

  public static List<Finding> check(String file, JsonNode template) {
    var context = new Context(file, template);
    List<Finding> findings = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields();
        it.hasNext(); ) {
      var resource = it.next();
      String id = resource.getKey();
      JsonNode body = resource.getValue();
      String base = "/Resources/" + id;
      JsonNode condition = body.get("Condition");
      if (condition != null && !context.conditions.contains(condition.asText())) {
        findings.add(new Finding(file, id, base + "/Condition",
            "condition '" + condition.asText() + "' is not declared"));
      }
      JsonNode dependsOn = body.get("DependsOn");
      if (dependsOn != null) {
        List<JsonNode> targets = new ArrayList<>();
        if (dependsOn.isArray()) {
          dependsOn.forEach(targets::add);
        } else {
          targets.add(dependsOn);
        }
        for (JsonNode target : targets) {
          if (!context.resources.contains(target.asText())) {
            findings.add(new Finding(file, id, base + "/DependsOn",
                "DependsOn names '" + target.asText() + "', which is not a resource"));
          }
        }
      }
      walk(context, id, base + "/Properties", body.path("Properties"), findings);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Conditions").fields();
        it.hasNext(); ) {
      var condition = it.next();
      walk(context, condition.getKey(), "/Conditions/" + condition.getKey(), condition.getValue(),
          findings);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Outputs").fields();
        it.hasNext(); ) {
      var output = it.next();
      JsonNode condition = output.getValue().get("Condition");
      if (condition != null && !context.conditions.contains(condition.asText())) {
        findings.add(new Finding(file, output.getKey(), "/Outputs/" + output.getKey()
            + "/Condition", "condition '" + condition.asText() + "' is not declared"));
      }
      walk(context, output.getKey(), "/Outputs/" + output.getKey(), output.getValue(), findings);
    }
    findings.sort(null);
    return findings;
  }

  private record Context(
      String file, Set<String> parameters, Set<String> resources, Set<String> conditions,
      Set<String> mappings) {
    Context(String file, JsonNode template) {
      this(file, keys(template.path("Parameters")), keys(template.path("Resources")),
          keys(template.path("Conditions")), keys(template.path("Mappings")));
    }

    boolean isRefTarget(String name) {
      return parameters.contains(name) || resources.contains(name) || Pseudo.isPseudo(name);
    }
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new HashSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static void walk(
      Context context, String id, String path, JsonNode node, List<Finding> findings) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(context, id, path + "/" + i, node.get(i), findings);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.size() == 1) {
      String function = node.fieldNames().next();
      JsonNode argument = node.get(function);
      String at = path + "/" + function;
      switch (function) {
        case "Ref" -> {
          if (argument.isTextual() && !context.isRefTarget(argument.asText())) {
            findings.add(new Finding(context.file, id, at,
                "Ref to '" + argument.asText() + "', which is not a parameter or resource"));
          }
          return;
        }
        case "Fn::GetAtt" -> {
          String target = argument.isArray() ? argument.path(0).asText()
              : argument.asText().split("\\.", 2)[0];
          if (!context.resources.contains(target)) {
            findings.add(new Finding(context.file, id, at,
                "GetAtt of '" + target + "', which is not a resource"));
          }
        }
        case "Fn::Sub" -> {
          JsonNode text = argument.isArray() ? argument.path(0) : argument;
          Set<String> local = argument.isArray() ? keys(argument.path(1)) : Set.of();
          Matcher matcher = SUB_VARIABLE.matcher(text.asText());
          while (matcher.find()) {
            String variable = matcher.group(1);
            String root = variable.contains(".") && !variable.startsWith("AWS::")
                ? variable.substring(0, variable.indexOf('.')) : variable;
            boolean known = local.contains(variable)
                || (variable.contains(".") && !variable.startsWith("AWS::")
                    ? context.resources.contains(root) : context.isRefTarget(variable));
            if (!known) {
              findings.add(new Finding(context.file, id, at,
                  "Sub variable '${" + variable + "}' is not a parameter, resource or attribute"));
            }
          }
        }
        case "Fn::If" -> {
          String condition = argument.path(0).asText();
          if (!context.conditions.contains(condition)) {
            findings.add(new Finding(context.file, id, at,
                "Fn::If on condition '" + condition + "', which is not declared"));
          }
        }
        case "Condition" -> {
          if (argument.isTextual()) {
            if (!context.conditions.contains(argument.asText())) {
              findings.add(new Finding(context.file, id, at,
                  "condition '" + argument.asText() + "' is not declared"));
            }
            return;
          }
        }
        case "Fn::FindInMap" -> {
          JsonNode mapping = argument.path(0);
          if (mapping.isTextual() && !context.mappings.contains(mapping.asText())) {
            findings.add(new Finding(context.file, id, at,
                "FindInMap of '" + mapping.asText() + "', which is not a mapping"));
          }
        }
        default -> {}
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      var field = it.next();
      walk(context, id, path + "/" + field.getKey(), field.getValue(), findings);
    }
  }
}
