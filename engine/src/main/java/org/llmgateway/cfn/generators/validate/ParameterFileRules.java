package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter file against its template: it names every parameter that has no default, no key the
 * template does not declare, and every value satisfies the parameter's Type, AllowedValues,
 * AllowedPattern, MinLength/MaxLength and MinValue/MaxValue. NoEcho parameters are the exception
 * to the first rule: secrets are supplied at deploy time and never written to a file.
 */
final class ParameterFileRules {

  private ParameterFileRules() {}

  /** One key/value entry of a parameter file, with the pointer of its value. */
  record Entry(String key, String value, String path) {}

  /** The file's entries, or findings when its shape is not one CloudFormation tools read. */
  static List<Entry> entries(ParameterFile file, List<Finding> findings) {
    List<Entry> entries = new ArrayList<>();
    JsonNode json = file.json();
    if (json.isObject() && json.path("Parameters").isObject()) {
      for (Map.Entry<String, JsonNode> field : json.get("Parameters").properties()) {
        String path = Pointer.of("Parameters", field.getKey());
        if (scalar(file, field.getKey(), path, field.getValue(), findings)) {
          entries.add(new Entry(field.getKey(), field.getValue().asText(), path));
        }
      }
      return entries;
    }
    if (!json.isArray()) {
      findings.add(new Finding(file.file(), "", "/", Rule.PARAMETER_FILE,
          "a parameter file is a list of "
          + "{ParameterKey, ParameterValue} entries or an object with a Parameters map"));
      return entries;
    }
    for (int i = 0; i < json.size(); i++) {
      JsonNode entry = json.get(i);
      String base = "/" + i;
      String key = entry.path("ParameterKey").asText("");
      if (key.isEmpty()) {
        findings.add(new Finding(file.file(), "", base, Rule.PARAMETER_FILE,
            "entry has no ParameterKey"));
        continue;
      }
      if (entry.path("UsePreviousValue").asBoolean(false)) {
        continue;
      }
      JsonNode value = entry.get("ParameterValue");
      if (value == null) {
        findings.add(new Finding(file.file(), key, base, Rule.PARAMETER_FILE,
            "entry has no ParameterValue"));
        continue;
      }
      if (scalar(file, key, base + "/ParameterValue", value, findings)) {
        entries.add(new Entry(key, value.asText(), base + "/ParameterValue"));
      }
    }
    return entries;
  }

  private static boolean scalar(ParameterFile file, String key, String path, JsonNode value,
      List<Finding> findings) {
    if (value.isValueNode() && !value.isNull()) {
      return true;
    }
    findings.add(new Finding(file.file(), key, path, Rule.PARAMETER_FILE,
        "a parameter value must be a string"));
    return false;
  }

  static List<Finding> check(ParameterFile file, TemplateContext template) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Entry> byKey = new LinkedHashMap<>();
    for (Entry entry : entries(file, findings)) {
      if (byKey.putIfAbsent(entry.key(), entry) != null) {
        findings.add(new Finding(file.file(), entry.key(), entry.path(), Rule.PARAMETER_FILE,
            "parameter '" + entry.key() + "' is given twice"));
        continue;
      }
      JsonNode declaration = template.parameters().get(entry.key());
      if (declaration == null) {
        findings.add(new Finding(file.file(), entry.key(), entry.path(), Rule.PARAMETER_UNKNOWN,
            "parameter '" + entry.key() + "' is not declared in " + template.file()));
        continue;
      }
      ParameterConstraints.violation(declaration, entry.value()).ifPresent(reason ->
          findings.add(new Finding(file.file(), entry.key(), entry.path(),
              Rule.PARAMETER_VALUE, reason)));
    }
    for (Map.Entry<String, JsonNode> parameter : template.parameters().entrySet()) {
      JsonNode declaration = parameter.getValue();
      boolean secret = declaration.path("NoEcho").asText().equalsIgnoreCase("true");
      if (!declaration.has("Default") && !secret && !byKey.containsKey(parameter.getKey())) {
        findings.add(new Finding(file.file(), parameter.getKey(), "/", Rule.PARAMETER_MISSING,
            "parameter '" + parameter.getKey() + "' has no default and no value in this file"));
      }
    }
    return findings;
  }

  /**
   * The value of every parameter in one environment: the file's value, else the template's
   * default. Parameters with neither are left out.
   */
  static Map<String, String> values(TemplateContext template, ParameterFile file) {
    Map<String, String> values = new LinkedHashMap<>();
    template.parameters().forEach((key, declaration) -> {
      if (declaration.has("Default")) {
        values.put(key, declaration.get("Default").asText());
      }
    });
    if (file != null) {
      for (Entry entry : entries(file, new ArrayList<>())) {
        values.put(entry.key(), entry.value());
      }
    }
    return values;
  }
}
