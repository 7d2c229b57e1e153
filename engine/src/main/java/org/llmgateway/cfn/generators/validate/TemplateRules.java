package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.llmgateway.cfn.generators.validate.References.Kind;
import org.llmgateway.cfn.generators.validate.References.Reference;

/**
 * Template rules the resource schemas do not cover: the template's shape, parameter declarations
 * and defaults, unused parameters, conditions and mappings, unique export names, dependency
 * cycles and CloudFormation's size limits.
 */
final class TemplateRules {

  /** CloudFormation's quotas (AWS CloudFormation User Guide, "Quotas"). */
  static final int MAX_INLINE_BYTES = 51_200;
  static final int MAX_BYTES = 1_048_576;
  static final int MAX_RESOURCES = 500;
  static final int MAX_PARAMETERS = 200;
  static final int MAX_OUTPUTS = 200;
  static final int MAX_MAPPINGS = 200;

  private static final Set<String> SECTIONS = Set.of("AWSTemplateFormatVersion", "Description",
      "Metadata", "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources",
      "Outputs", "Hooks");
  private static final Set<String> RESOURCE_KEYS = Set.of("Type", "Properties", "DependsOn",
      "Condition", "DeletionPolicy", "UpdateReplacePolicy", "Metadata", "CreationPolicy",
      "UpdatePolicy");
  private static final Set<String> OUTPUT_KEYS = Set.of("Description", "Value", "Export",
      "Condition");
  private static final Set<String> PARAMETER_KEYS = Set.of("Type", "Default", "Description",
      "AllowedValues", "AllowedPattern", "MinLength", "MaxLength", "MinValue", "MaxValue",
      "NoEcho", "ConstraintDescription");
  private static final Set<String> DELETION_POLICIES = Set.of("Delete", "Retain",
      "RetainExceptOnCreate", "Snapshot");
  private static final Set<String> REPLACE_POLICIES = Set.of("Delete", "Retain", "Snapshot");
  private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9]{1,255}");

  private TemplateRules() {}

  static List<Finding> check(TemplateContext template, List<Reference> references) {
    List<Finding> findings = new ArrayList<>();
    shape(template, findings);
    parameters(template, findings);
    consoleInterface(template, findings);
    unused(template, references, findings);
    exports(template, findings);
    cycles(template, references, findings);
    limits(template, findings);
    return findings;
  }

  private static void shape(TemplateContext template, List<Finding> findings) {
    JsonNode json = template.json();
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      String section = it.next();
      if (!SECTIONS.contains(section)) {
        findings.add(template.finding(Rule.TEMPLATE_STRUCTURE, "", Pointer.of(section),
            "'" + section + "' is not a template section"));
      }
    }
    JsonNode version = json.get("AWSTemplateFormatVersion");
    if (version != null && !version.asText().equals("2010-09-09")) {
      findings.add(template.finding(Rule.TEMPLATE_STRUCTURE, "", "/AWSTemplateFormatVersion",
          "AWSTemplateFormatVersion must be '2010-09-09'"));
    }
    if (template.resources().isEmpty()) {
      findings.add(template.finding(Rule.TEMPLATE_STRUCTURE, "", "/Resources",
          "a template needs at least one resource"));
    }
    logicalIds(template, "Parameters", template.parameters(), findings);
    logicalIds(template, "Resources", template.resources(), findings);
    logicalIds(template, "Outputs", template.outputs(), findings);
    logicalIds(template, "Mappings", template.mappings(), findings);
    for (Map.Entry<String, JsonNode> entry : template.resources().entrySet()) {
      String id = entry.getKey();
      JsonNode resource = entry.getValue();
      unknownKeys(template, id, Pointer.of("Resources", id), resource, RESOURCE_KEYS,
          "resource attribute", findings);
      if (!resource.path("Type").isTextual()) {
        findings.add(template.finding(Rule.TEMPLATE_STRUCTURE, id, Pointer.of("Resources", id),
            "required attribute 'Type' is missing"));
      }
      policy(template, id, resource, "DeletionPolicy", DELETION_POLICIES, findings);
      policy(template, id, resource, "UpdateReplacePolicy", REPLACE_POLICIES, findings);
    }
    for (Map.Entry<String, JsonNode> entry : template.outputs().entrySet()) {
      String id = entry.getKey();
      unknownKeys(template, id, Pointer.of("Outputs", id), entry.getValue(), OUTPUT_KEYS,
          "output attribute", findings);
      if (!entry.getValue().has("Value")) {
        findings.add(template.finding(Rule.TEMPLATE_STRUCTURE, id, Pointer.of("Outputs", id),
            "required attribute 'Value' is missing"));
      }
    }
  }

  private static void logicalIds(TemplateContext template, String section,
      Map<String, JsonNode> entries, List<Finding> findings) {
    for (String id : entries.keySet()) {
      if (!LOGICAL_ID.matcher(id).matches()) {
        findings.add(template.finding(Rule.TEMPLATE_STRUCTURE, id, Pointer.of(section, id),
            "logical id '" + id + "' must be 1-255 letters and digits"));
      }
    }
  }

  private static void unknownKeys(TemplateContext template, String id, String base, JsonNode node,
      Set<String> known, String what, List<Finding> findings) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        findings.add(template.finding(Rule.TEMPLATE_STRUCTURE, id, base + "/" + Pointer.escape(key),
            "'" + key + "' is not a " + what));
      }
    }
  }

  private static void policy(TemplateContext template, String id, JsonNode resource, String name,
      Set<String> allowed, List<Finding> findings) {
    JsonNode policy = resource.get(name);
    if (policy != null && policy.isTextual() && !allowed.contains(policy.asText())) {
      findings.add(template.finding(Rule.RESOURCE_POLICY, id, Pointer.of("Resources", id, name),
          "'" + policy.asText() + "' is not one of " + new TreeSet<>(allowed)));
    }
  }

  private static void parameters(TemplateContext template, List<Finding> findings) {
    for (Map.Entry<String, JsonNode> entry : template.parameters().entrySet()) {
      String id = entry.getKey();
      String base = Pointer.of("Parameters", id);
      JsonNode declaration = entry.getValue();
      unknownKeys(template, id, base, declaration, PARAMETER_KEYS, "parameter attribute",
          findings);
      for (String[] problem : ParameterConstraints.declarationProblems(declaration)) {
        findings.add(template.finding(Rule.PARAMETER_DECLARATION, id, base + problem[0],
            problem[1]));
      }
      JsonNode defaultValue = declaration.get("Default");
      if (defaultValue == null) {
        continue;
      }
      if (!defaultValue.isValueNode() || defaultValue.isNull()) {
        findings.add(template.finding(Rule.PARAMETER_DECLARATION, id, base + "/Default",
            "Default must be a string or a number"));
        continue;
      }
      ParameterConstraints.violation(declaration, defaultValue.asText()).ifPresent(reason ->
          findings.add(template.finding(Rule.PARAMETER_DECLARATION, id, base + "/Default",
              "Default " + reason)));
    }
  }

  /** The console's parameter groups and labels may only name declared parameters. */
  private static void consoleInterface(TemplateContext template, List<Finding> findings) {
    String base = Pointer.of("Metadata", "AWS::CloudFormation::Interface");
    JsonNode ui = template.json().path("Metadata").path("AWS::CloudFormation::Interface");
    JsonNode groups = ui.path("ParameterGroups");
    for (int i = 0; i < groups.size(); i++) {
      JsonNode names = groups.get(i).path("Parameters");
      for (int j = 0; j < names.size(); j++) {
        String name = names.get(j).asText();
        if (!template.parameters().containsKey(name)) {
          findings.add(template.finding(Rule.CONSOLE_INTERFACE, name,
              base + "/ParameterGroups/" + i + "/Parameters/" + j,
              "parameter group names '" + name + "', which is not a parameter"));
        }
      }
    }
    for (Iterator<String> it = ui.path("ParameterLabels").fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!template.parameters().containsKey(name)) {
        findings.add(template.finding(Rule.CONSOLE_INTERFACE, name,
            base + "/ParameterLabels/" + Pointer.escape(name),
            "label for '" + name + "', which is not a parameter"));
      }
    }
  }

  private static void unused(TemplateContext template, List<Reference> references,
      List<Finding> findings) {
    Set<String> referenced = new HashSet<>();
    Set<String> conditions = new HashSet<>();
    Set<String> mappings = new HashSet<>();
    for (Reference reference : references) {
      switch (reference.kind()) {
        case REF, SUB -> referenced.add(reference.target());
        case IF, CONDITION -> conditions.add(reference.target());
        case FIND_IN_MAP -> mappings.add(reference.target());
        default -> { }
      }
    }
    for (String id : template.parameters().keySet()) {
      if (!referenced.contains(id)) {
        findings.add(template.finding(Rule.UNUSED, id, Pointer.of("Parameters", id),
            "parameter '" + id + "' is never used"));
      }
    }
    for (String id : template.conditions().keySet()) {
      if (!conditions.contains(id)) {
        findings.add(template.finding(Rule.UNUSED, id, Pointer.of("Conditions", id),
            "condition '" + id + "' is never used"));
      }
    }
    for (String id : template.mappings().keySet()) {
      if (!mappings.contains(id)) {
        findings.add(template.finding(Rule.UNUSED, id, Pointer.of("Mappings", id),
            "mapping '" + id + "' is never used"));
      }
    }
  }

  /** Two outputs of one template exporting the same name would fail on deploy. */
  private static void exports(TemplateContext template, List<Finding> findings) {
    Map<String, String> firstByName = new HashMap<>();
    for (Map.Entry<String, JsonNode> entry : template.outputs().entrySet()) {
      JsonNode name = entry.getValue().path("Export").path("Name");
      if (name.isMissingNode()) {
        continue;
      }
      String key = name.toString();
      String first = firstByName.putIfAbsent(key, entry.getKey());
      if (first != null) {
        findings.add(template.finding(Rule.DUPLICATE_EXPORT, entry.getKey(),
            Pointer.of("Outputs", entry.getKey(), "Export", "Name"),
            "export name " + (name.isTextual() ? "'" + name.asText() + "'" : name.toString())
                + " is also exported by output '" + first + "'"));
      }
    }
  }

  /** CloudFormation refuses a template whose resources depend on each other in a circle. */
  private static void cycles(TemplateContext template, List<Reference> references,
      List<Finding> findings) {
    Map<String, Set<String>> edges = new TreeMap<>();
    Map<String, Boolean> explicit = new HashMap<>();
    template.resources().keySet().forEach(id -> edges.put(id, new TreeSet<>()));
    for (Reference reference : references) {
      boolean between = reference.path().startsWith("/Resources/")
          && template.resources().containsKey(reference.target());
      if (between && Set.of(Kind.REF, Kind.GET_ATT, Kind.SUB, Kind.DEPENDS_ON)
          .contains(reference.kind())) {
        edges.get(reference.from()).add(reference.target());
        if (reference.kind() == Kind.DEPENDS_ON) {
          explicit.put(reference.from() + "\n" + reference.target(), true);
        }
      }
    }
    for (List<String> cycle : Graphs.cycles(Graphs.sorted(edges))) {
      boolean viaDependsOn = false;
      for (int i = 0; i + 1 < cycle.size(); i++) {
        viaDependsOn |= explicit.containsKey(cycle.get(i) + "\n" + cycle.get(i + 1));
      }
      String first = cycle.get(0);
      findings.add(template.finding(Rule.CIRCULAR_DEPENDENCY, first, Pointer.of("Resources", first),
          (viaDependsOn ? "DependsOn cycle: " : "circular dependency: ")
              + String.join(" -> ", cycle)));
    }
  }

  private static void limits(TemplateContext template, List<Finding> findings) {
    if (template.bytes() > MAX_BYTES) {
      findings.add(template.finding(Rule.TEMPLATE_LIMITS, "", "/", "the template is "
          + template.bytes() + " bytes; CloudFormation accepts at most " + MAX_BYTES + " bytes"));
    } else if (template.bytes() > MAX_INLINE_BYTES) {
      findings.add(template.finding(Rule.TEMPLATE_LIMITS, "", "/", "the template is "
          + template.bytes() + " bytes; CloudFormation accepts at most " + MAX_INLINE_BYTES
          + " bytes in an inline template body (upload it to S3 and pass a TemplateURL)"));
    }
    count(template, "Resources", template.resources().size(), MAX_RESOURCES, findings);
    count(template, "Parameters", template.parameters().size(), MAX_PARAMETERS, findings);
    count(template, "Outputs", template.outputs().size(), MAX_OUTPUTS, findings);
    count(template, "Mappings", template.mappings().size(), MAX_MAPPINGS, findings);
  }

  private static void count(TemplateContext template, String section, int size, int limit,
      List<Finding> findings) {
    if (size > limit) {
      findings.add(template.finding(Rule.TEMPLATE_LIMITS, "", "/" + section, section + " has "
          + size
          + " entries; CloudFormation allows at most " + limit));
    }
  }
}
