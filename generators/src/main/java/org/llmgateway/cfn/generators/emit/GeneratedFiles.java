package org.llmgateway.cfn.generators.emit;

import org.llmgateway.cfn.generators.environment.InvalidEnvironmentFilesException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.llmgateway.cfn.generators.docs.GeneratedDocs;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.generators.environment.EnvironmentSchema;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.validate.Finding;
import org.llmgateway.cfn.generators.validate.ParameterFile;
import org.llmgateway.cfn.generators.validate.TemplateReader;
import org.llmgateway.cfn.generators.validate.TemplateSource;
import org.llmgateway.cfn.generators.validate.ValidationException;
import org.llmgateway.cfn.generators.validate.Validator;
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
    List<TemplateSource> templates = new ArrayList<>();
    List<ParameterFile> parameterFiles = new ArrayList<>();
    List<String> overlongNames = new ArrayList<>();
    for (StackGenerator generator : generators) {
      RenderedStack stack = render(generator);
      String templatePath = TEMPLATES_FOLDER + "/" + generator.templateFileName();
      files.put(templatePath, stack.yaml());
      // validate what is written, read back as CloudFormation reads it
      var template = TemplateReader.read(templatePath, stack.yaml());
      findings.addAll(template.findings());
      if (template.readable()) {
        templates.add(new TemplateSource(templatePath, template.json(),
            stack.yaml().getBytes(StandardCharsets.UTF_8).length));
      }
      for (EnvironmentConfig environment : environments) {
        String parameterPath = TEMPLATES_FOLDER + "/parameters/" + environment.name() + "/"
            + generator.parameterFileName();
        var values = generator.parameterValues(environment);
        overlongNames.addAll(NameLimits.problems(generator, stack.json(), values, environment));
        String parameters = ParameterFileWriter.write(generator.name(), stack.template(), values);
        files.put(parameterPath, parameters);
        var parsed = TemplateReader.read(parameterPath, parameters);
        findings.addAll(parsed.findings());
        if (parsed.readable()) {
          parameterFiles.add(new ParameterFile(parameterPath, templatePath, environment.name(),
              parsed.json()));
        }
      }
    }
    if (!overlongNames.isEmpty()) {
      throw new InvalidEnvironmentFilesException(overlongNames);
    }
    // rendering part of the deployment (a stack's tests): imports from stacks not rendered here
    // follow the <environment>-<stack>-<Name> export convention and are not judged
    findings.addAll(new Validator().validate(templates, parameterFiles, name -> generators.stream()
        .noneMatch(g -> environments.stream()
            .anyMatch(e -> name.startsWith(e.namePrefix() + "-" + g.name() + "-")))).findings());
    if (!findings.isEmpty()) {
      throw new ValidationException(findings.stream().sorted().distinct().toList());
    }
    return files;
  }

  /**
   * {@link #render(List, List)} plus the documentation pages rendered from the same model and the
   * JSON Schema of the environment files.
   */
  public static SortedMap<String, String> renderAll(
      List<StackGenerator> generators, List<EnvironmentConfig> environments) {
    SortedMap<String, String> files = render(generators, environments);
    files.putAll(GeneratedDocs.render(generators, environments));
    files.put(EnvironmentSchema.PATH, EnvironmentSchema.render());
    for (EnvironmentConfig environment : environments) {
      files.put(proxyConfigPath(environment), ProxyConfig.render(environment, List.of(
          "GENERATED FILE - DO NOT EDIT. The LiteLLM config of environment "
              + environment.name() + ": docker/config.yaml plus its Redis settings.",
          "Uploaded to the config bucket by azure-devops/scripts/upload-proxy-config.sh.",
          "Regenerate with: " + REGENERATE_COMMAND + "    (drift check: mvn verify)")));
    }
    return files;
  }

  /** {@code generated-templates/proxy-config/<environment>/config.yaml}. */
  public static String proxyConfigPath(EnvironmentConfig environment) {
    return TEMPLATES_FOLDER + "/" + ProxyConfig.RENDERED_FOLDER + "/" + environment.name()
        + "/config.yaml";
  }

  static List<String> header(StackGenerator generator) {
    return List.of(
        "GENERATED FILE - DO NOT EDIT.",
        "The " + generator.name() + " stack of litellm-cfn, built by "
            + generator.getClass().getName() + ".",
        "Regenerate with: " + REGENERATE_COMMAND + "    (drift check: mvn verify)");
  }
}
