package org.llmgateway.cfn.generators.emit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.llmgateway.cfn.generators.docs.GeneratedDocs;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.validate.Finding;
import org.llmgateway.cfn.generators.validate.ReferenceRules;
import org.llmgateway.cfn.generators.validate.ValidationException;
import org.llmgateway.cfn.model.template.Template;

/**
 * Everything {@code generate} writes, rendered in memory first: the templates and the
 * per-environment parameter files, keyed by path relative to the repository root. Nothing reaches
 * the disk unless every file rendered and validated.
 */
public final class GeneratedFiles {

  /** The folder generate owns: every file in it is generated, anything else in it is drift. */
  public static final String TEMPLATES_FOLDER = "generated-templates";

  public static final String REGENERATE_COMMAND = "mvn -Pgenerate package";

  /** Every folder generate owns: the templates and the generated documentation pages. */
  public static final List<String> MANAGED_FOLDERS =
      List.of(TEMPLATES_FOLDER, GeneratedDocs.FOLDER);

  private GeneratedFiles() {}

  /** One stack's template as generated: the model, its canonical JSON and its YAML text. */
  public record RenderedStack(
      StackGenerator generator, Template template, ObjectNode json, String yaml) {}

  public static RenderedStack render(StackGenerator generator) {
    Template template = generator.template();
    ObjectNode json = TemplateJson.toJson(template);
    String yaml = YamlWriter.write(json, header(generator));
    return new RenderedStack(generator, template, json, yaml);
  }

  /** All files for the given stacks and environments, or an exception naming every problem. */
  public static SortedMap<String, String> render(
      List<StackGenerator> generators, List<EnvironmentConfig> environments) {
    SortedMap<String, String> files = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    for (StackGenerator generator : generators) {
      RenderedStack stack = render(generator);
      String templatePath = TEMPLATES_FOLDER + "/" + generator.templateFileName();
      findings.addAll(ReferenceRules.check(templatePath, stack.json()));
      files.put(templatePath, stack.yaml());
      for (EnvironmentConfig environment : environments) {
        files.put(
            TEMPLATES_FOLDER + "/parameters/" + environment.name() + "/"
                + generator.parameterFileName(),
            ParameterFileWriter.write(
                generator.name(), stack.template(), generator.parameterValues(environment)));
      }
    }
    if (!findings.isEmpty()) {
      Collections.sort(findings);
      throw new ValidationException(findings);
    }
    return files;
  }

  /** {@link #render(List, List)} plus the documentation pages rendered from the same model. */
  public static SortedMap<String, String> renderAll(
      List<StackGenerator> generators, List<EnvironmentConfig> environments) {
    SortedMap<String, String> files = render(generators, environments);
    files.putAll(GeneratedDocs.render(generators, environments));
    return files;
  }

  static List<String> header(StackGenerator generator) {
    return List.of(
        "GENERATED FILE - DO NOT EDIT.",
        "The " + generator.name() + " stack of litellm-cfn, built by "
            + generator.getClass().getName() + ".",
        "Regenerate with: " + REGENERATE_COMMAND + "    (drift check: mvn verify)");
  }
}
