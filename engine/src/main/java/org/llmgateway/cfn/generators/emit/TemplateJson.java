package org.llmgateway.cfn.generators.emit;

import org.llmgateway.cfn.generators.application.Applications;
import org.llmgateway.cfn.generators.application.NamingConvention;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.math.BigDecimal;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.Mapping;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;

/**
 * Turns a {@link Template} into CloudFormation's canonical JSON document (intrinsics in long form,
 * sections and resource attributes in the order CloudFormation documents them). Both the YAML
 * emitter and the validator work on this one representation.
 */
public final class TemplateJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Properties are written in alphabetical order, so output never depends on reflection order.
   * Decimals keep their scale: stripped, an alarm threshold of 90 would become 9E+1.
   */
  private static final ObjectMapper PROPERTIES =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .defaultPropertyInclusion(JsonInclude.Value.construct(
              JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .build();

  private TemplateJson() {}

  /** The canonical JSON of a template, its exports named by the classpath's application. */
  public static ObjectNode toJson(Template template) {
    return toJson(template, Applications.current().naming());
  }

  /** The canonical JSON of a template, its exports named by {@code naming}. */
  public static ObjectNode toJson(Template template, NamingConvention<?> naming) {
    ObjectNode root = NODES.objectNode();
    root.put("AWSTemplateFormatVersion", Template.FORMAT_VERSION);
    template.description().ifPresent(description -> root.put("Description", description));
    if (!template.parameterGroups().isEmpty()) {
      root.putObject("Metadata").set("AWS::CloudFormation::Interface", consoleInterface(template));
    }
    if (!template.parameters().isEmpty()) {
      ObjectNode parameters = root.putObject("Parameters");
      template.parameters().forEach(p -> parameters.set(p.logicalId(), parameter(p)));
    }
    if (!template.mappings().isEmpty()) {
      ObjectNode mappings = root.putObject("Mappings");
      for (Mapping mapping : template.mappings()) {
        mappings.set(mapping.logicalId(), tree(mapping.entries()));
      }
    }
    if (!template.conditions().isEmpty()) {
      ObjectNode conditions = root.putObject("Conditions");
      for (Condition condition : template.conditions()) {
        conditions.set(condition.logicalId(), condition.expression().toJson());
      }
    }
    if (template.transforms().size() == 1) {
      root.put("Transform", template.transforms().get(0));
    } else if (!template.transforms().isEmpty()) {
      ArrayNode transforms = root.putArray("Transform");
      template.transforms().forEach(transforms::add);
    }
    ObjectNode resources = root.putObject("Resources");
    template.resources().forEach(r -> resources.set(r.logicalId(), resource(r)));
    if (!template.outputs().isEmpty()) {
      ObjectNode outputs = root.putObject("Outputs");
      template.outputs().forEach(o -> outputs.set(o.logicalId(), output(o, template, naming)));
    }
    return root;
  }

  /**
   * A plain Java value of the model (an IAM policy document, a mapping's entries) as JSON: keys in
   * name order, absent and empty values left out, decimals with their scale.
   */
  public static JsonNode tree(Object value) {
    return PROPERTIES.valueToTree(value);
  }

  /** The Properties of one resource, as CloudFormation would receive them. */
  public static ObjectNode properties(Resource resource) {
    return resource.propertiesJson();
  }

  private static ObjectNode consoleInterface(Template template) {
    ObjectNode ui = NODES.objectNode();
    ArrayNode groups = ui.putArray("ParameterGroups");
    for (ParameterGroup group : template.parameterGroups()) {
      ObjectNode entry = groups.addObject();
      entry.putObject("Label").put("default", group.label());
      ArrayNode ids = entry.putArray("Parameters");
      group.parameters().forEach(p -> ids.add(p.logicalId()));
    }
    ObjectNode labels = NODES.objectNode();
    for (Parameter parameter : template.parameters()) {
      parameter.label().ifPresent(l -> labels.putObject(parameter.logicalId()).put("default", l));
    }
    if (!labels.isEmpty()) {
      ui.set("ParameterLabels", labels);
    }
    return ui;
  }

  private static ObjectNode parameter(Parameter parameter) {
    ObjectNode node = NODES.objectNode();
    node.put("Type", parameter.type().cfnName());
    parameter.description().ifPresent(d -> node.put("Description", d));
    parameter
        .defaultValue()
        .ifPresent(
            value -> {
              if (parameter.type() == ParameterType.NUMBER) {
                node.put("Default", new BigDecimal(value));
              } else {
                node.put("Default", value);
              }
            });
    if (!parameter.allowedValues().isEmpty()) {
      // Same JSON type as Default: cfn-lint (E2015) compares them as written.
      ArrayNode allowed = node.putArray("AllowedValues");
      if (parameter.type() == ParameterType.NUMBER) {
        parameter.allowedValues().forEach(v -> allowed.add(new BigDecimal(v)));
      } else {
        parameter.allowedValues().forEach(allowed::add);
      }
    }
    parameter.allowedPattern().ifPresent(p -> node.put("AllowedPattern", p));
    parameter.minLength().ifPresent(v -> node.put("MinLength", v));
    parameter.maxLength().ifPresent(v -> node.put("MaxLength", v));
    parameter.minValue().ifPresent(v -> node.put("MinValue", v));
    parameter.maxValue().ifPresent(v -> node.put("MaxValue", v));
    if (parameter.noEcho()) {
      node.put("NoEcho", true);
    }
    parameter.constraintDescription().ifPresent(c -> node.put("ConstraintDescription", c));
    return node;
  }

  private static ObjectNode resource(Resource resource) {
    ObjectNode node = NODES.objectNode();
    node.put("Type", resource.resourceType());
    resource.condition().ifPresent(c -> node.put("Condition", c.logicalId()));
    if (resource.dependsOn().size() == 1) {
      node.put("DependsOn", resource.dependsOn().get(0).logicalId());
    } else if (!resource.dependsOn().isEmpty()) {
      ArrayNode dependsOn = node.putArray("DependsOn");
      resource.dependsOn().forEach(d -> dependsOn.add(d.logicalId()));
    }
    resource.deletionPolicy().ifPresent(p -> node.put("DeletionPolicy", p.name()));
    resource.updateReplacePolicy().ifPresent(p -> node.put("UpdateReplacePolicy", p.name()));
    resource.metadata().ifPresent(m -> node.set("Metadata", m.deepCopy()));
    ObjectNode properties = properties(resource);
    if (!properties.isEmpty()) {
      node.set("Properties", properties);
    }
    return node;
  }

  private static ObjectNode output(Output output, Template template,
      NamingConvention<?> naming) {
    ObjectNode node = NODES.objectNode();
    output.description().ifPresent(d -> node.put("Description", d));
    output.condition().ifPresent(c -> node.put("Condition", c.logicalId()));
    node.set("Value", output.value().toJson());
    output
        .export()
        .ifPresent(
            export ->
                node.putObject("Export")
                    .set("Name", naming.exportName(export, template).toJson()));
    return node;
  }
}
