package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.llmgateway.cfn.generators.validate.References.Kind;
import org.llmgateway.cfn.generators.validate.References.Reference;
import org.llmgateway.cfn.generators.validate.ResourceSchemas.ResourceSchema;

/**
 * Every Ref, GetAtt, Sub variable, FindInMap, Condition and DependsOn of a template names something
 * the template declares, and every GetAtt attribute exists for the resource's type (the type's
 * readOnlyProperties). Works on CloudFormation's canonical JSON, whoever wrote the template.
 */
public final class ReferenceRules {

  private ReferenceRules() {}

  /**
   * The reference findings of one template on its own (the full validation is {@link Validator});
   * kept for stack tests that assert their template's references resolve.
   */
  public static List<Finding> check(String file, JsonNode template) {
    var context = new TemplateContext(file, template, 0, ResourceSchemas.registry());
    List<Finding> findings = check(context, context.references());
    findings.sort(null);
    return findings;
  }

  static List<Finding> check(TemplateContext template, List<Reference> references) {
    List<Finding> findings = new ArrayList<>();
    for (Reference reference : references) {
      check(template, reference).ifPresent(reason -> findings.add(
          template.finding(rule(reference.kind()), reference.from(), reference.path(), reason)));
    }
    return findings;
  }

  private static Rule rule(Kind kind) {
    return switch (kind) {
      case REF -> Rule.REF;
      case GET_ATT -> Rule.GET_ATT;
      case SUB -> Rule.SUB;
      case FIND_IN_MAP -> Rule.FIND_IN_MAP;
      case IF, CONDITION -> Rule.CONDITION;
      case DEPENDS_ON -> Rule.DEPENDS_ON;
      case IMPORT_VALUE -> Rule.IMPORT_UNRESOLVED;
    };
  }

  private static Optional<String> check(TemplateContext template, Reference reference) {
    String target = reference.target();
    boolean inConditions = reference.path().startsWith("/Conditions/")
        || reference.path().startsWith("/Rules/");
    return switch (reference.kind()) {
      case REF -> {
        if (!template.isRefTarget(target)) {
          yield Optional.of("Ref to '" + target + "', which is not a parameter or resource");
        }
        yield inConditions && template.resources().containsKey(target)
            ? Optional.of("a condition can only refer to parameters, not to resource '"
                + target + "'")
            : Optional.empty();
      }
      case GET_ATT -> template.resources().containsKey(target)
          ? attribute(template, target, reference.attribute(), "GetAtt")
          : Optional.of("GetAtt of '" + target + "', which is not a resource");
      case SUB -> {
        if (!reference.attribute().isEmpty()) {
          yield template.resources().containsKey(target)
              ? attribute(template, target, reference.attribute(), "Sub variable")
              : Optional.of("Sub variable '${" + target + "." + reference.attribute()
                  + "}' names '" + target + "', which is not a resource");
        }
        yield template.isRefTarget(target) ? Optional.empty()
            : Optional.of("Sub variable '${" + target + "}' is not a parameter, resource or "
                + "pseudo parameter");
      }
      case FIND_IN_MAP -> findInMap(template, reference);
      case IF, CONDITION -> template.conditions().containsKey(target) ? Optional.empty()
          : Optional.of("condition '" + target + "' is not declared");
      case DEPENDS_ON -> {
        if (target.equals(reference.from())) {
          yield Optional.of("a resource cannot depend on itself");
        }
        yield template.resources().containsKey(target) ? Optional.empty()
            : Optional.of("DependsOn names '" + target + "', which is not a resource");
      }
      case IMPORT_VALUE -> Optional.empty();
    };
  }

  private static Optional<String> attribute(TemplateContext template, String target,
      String attribute, String what) {
    if (attribute.isEmpty()) {
      return Optional.empty();
    }
    Optional<ResourceSchema> schema = template.schemaOf(target);
    if (schema.isEmpty() || schema.get().anyAttribute()
        || schema.get().attributes().containsKey(attribute)
        || (schema.get().type().equals("AWS::CloudFormation::Stack")
            && attribute.startsWith("Outputs."))) {
      return Optional.empty();
    }
    return Optional.of(what + " attribute '" + attribute + "' does not exist for "
        + schema.get().type() + " (it has " + String.join(", ", schema.get().attributes().keySet())
        + ")");
  }

  private static Optional<String> findInMap(TemplateContext template, Reference reference) {
    JsonNode mapping = template.mappings().get(reference.target());
    if (mapping == null) {
      return Optional.of("FindInMap of '" + reference.target() + "', which is not a mapping");
    }
    JsonNode topKey = reference.node().path(1);
    if (topKey.isTextual() && !mapping.has(topKey.asText())) {
      return Optional.of("mapping '" + reference.target() + "' has no key '" + topKey.asText()
          + "'");
    }
    JsonNode secondKey = reference.node().path(2);
    if (topKey.isTextual() && secondKey.isTextual()
        && !mapping.path(topKey.asText()).has(secondKey.asText())) {
      return Optional.of("mapping '" + reference.target() + "' has no key '" + topKey.asText()
          + "." + secondKey.asText() + "'");
    }
    return Optional.empty();
  }
}
