package org.llmgateway.cfn.generators.emit;

import org.llmgateway.cfn.generators.environment.InvalidEnvironmentFilesException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.llmgateway.cfn.generators.application.Application;
import org.llmgateway.cfn.generators.application.Applications;
import org.llmgateway.cfn.generators.application.GeneratedPages;
import org.llmgateway.cfn.generators.application.NamingConvention;
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

  private GeneratedFiles() {}

  /** Every folder generate owns: the templates and the folders of the application's pages. */
  public static List<String> managedFolders(Application<?> application) {
    List<String> folders = new ArrayList<>(List.of(TEMPLATES_FOLDER));
    application.pages().forEach(pages -> folders.add(pages.folder()));
    return List.copyOf(folders);
  }

  /** One stack's template as generated: the model, its canonical JSON and its YAML text. */
  public record RenderedStack(
      StackGenerator<?> generator, Template template, ObjectNode json, String yaml) {}

  /** One stack as the classpath's application generates it. */
  public static RenderedStack render(StackGenerator<?> generator) {
    return render(Applications.current(), generator);
  }

  public static RenderedStack render(Application<?> application, StackGenerator<?> generator) {
    Template template = generator.template();
    ObjectNode json = TemplateJson.toJson(template, application.naming());
    String yaml = YamlWriter.write(json, header(application, generator));
    return new RenderedStack(generator, template, json, yaml);
  }

  /** {@link #render(Application, List, List)} by the classpath's application (its stacks' tests). */
  @SuppressWarnings("unchecked")
  public static <S> SortedMap<String, String> render(
      List<? extends StackGenerator<S>> generators, List<S> environments) {
    return render((Application<S>) Applications.current(), generators, environments);
  }

  /** All files for the given stacks and environments, or an exception naming every problem. */
  public static <S> SortedMap<String, String> render(Application<S> application,
      List<? extends StackGenerator<S>> generators, List<S> environments) {
    return renderStacks(application, generators, environments).files();
  }

  /** The files of {@link #render(Application, List, List)} and each stack's canonical JSON. */
  private record Rendered(SortedMap<String, String> files, SortedMap<String, JsonNode> templates) {}

  private static <S> Rendered renderStacks(Application<S> application,
      List<? extends StackGenerator<S>> generators, List<S> environments) {
    // the schema registry inflates on the other core while the stacks render: on a cold JVM
    // both take a good part of the run, and they share nothing
    CompletableFuture<Validator> validator = CompletableFuture.supplyAsync(Validator::new);
    NamingConvention<S> naming = application.naming();
    SortedMap<String, String> files = new TreeMap<>();
    SortedMap<String, JsonNode> json = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    List<TemplateSource> templates = new ArrayList<>();
    List<ParameterFile> parameterFiles = new ArrayList<>();
    List<String> overlongNames = new ArrayList<>();
    // the stacks render independently and, on a cold JVM, slowly: both cores take stacks, and
    // everything is merged (and the first failure thrown) in the generators' order, as one by one
    List<StackFiles> stacks = generators.parallelStream()
        .map(generator -> StackFiles.attempt(() -> renderFiles(application, generator,
            environments)))
        .toList();
    for (StackFiles stack : stacks) {
      stack.throwFailure();
      json.put(stack.name(), stack.json());
      files.putAll(stack.files());
      findings.addAll(stack.findings());
      stack.template().ifPresent(templates::add);
      parameterFiles.addAll(stack.parameterFiles());
      overlongNames.addAll(stack.overlongNames());
    }
    if (!overlongNames.isEmpty()) {
      throw new InvalidEnvironmentFilesException(overlongNames);
    }
    // rendering part of the deployment (a stack's tests): imports from stacks not rendered here
    // follow the application's export convention and are not judged
    List<Map<String, String>> nameValues = environments.stream().map(naming::nameValues).toList();
    findings.addAll(validator.join().validate(templates, parameterFiles, name -> generators.stream()
        .noneMatch(g -> nameValues.stream()
            .anyMatch(values -> naming.isExportOf(name, g.name(), values)))).findings());
    if (!findings.isEmpty()) {
      throw new ValidationException(findings.stream().sorted().distinct().toList());
    }
    return new Rendered(files, json);
  }

  /** What one stack contributes to {@link #render(Application, List, List)}, or its failure. */
  private record StackFiles(String name, JsonNode json, SortedMap<String, String> files,
      List<Finding> findings, Optional<TemplateSource> template,
      List<ParameterFile> parameterFiles, List<String> overlongNames,
      RuntimeException failure) {

    static StackFiles attempt(Supplier<StackFiles> render) {
      try {
        return render.get();
      } catch (RuntimeException e) {
        return new StackFiles(null, null, null, null, null, null, null, e);
      }
    }

    void throwFailure() {
      if (failure != null) {
        throw failure;
      }
    }
  }

  private static <S> StackFiles renderFiles(Application<S> application,
      StackGenerator<S> generator, List<S> environments) {
    SortedMap<String, String> files = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    List<ParameterFile> parameterFiles = new ArrayList<>();
    List<String> overlongNames = new ArrayList<>();
    RenderedStack stack = render(application, generator);
    String templatePath = TEMPLATES_FOLDER + "/" + generator.templateFileName();
    files.put(templatePath, stack.yaml());
    // validate what is written, read back as CloudFormation reads it
    var template = TemplateReader.read(templatePath, stack.yaml());
    findings.addAll(template.findings());
    Optional<TemplateSource> source = template.readable()
        ? Optional.of(new TemplateSource(templatePath, template.json(),
            stack.yaml().getBytes(StandardCharsets.UTF_8).length))
        : Optional.empty();
    for (S environment : environments) {
      String environmentName = application.settings().name(environment);
      String parameterPath = TEMPLATES_FOLDER + "/parameters/" + environmentName + "/"
          + generator.parameterFileName();
      var values = generator.parameterValues(environment);
      overlongNames.addAll(NameLimits.problems(application, generator, stack.json(), values,
          environment));
      String parameters = ParameterFileWriter.write(generator.name(), stack.template(), values);
      files.put(parameterPath, parameters);
      var parsed = TemplateReader.read(parameterPath, parameters);
      findings.addAll(parsed.findings());
      if (parsed.readable()) {
        parameterFiles.add(new ParameterFile(parameterPath, templatePath, environmentName,
            parsed.json()));
      }
    }
    return new StackFiles(generator.name(), stack.json(), files, findings, source,
        parameterFiles, overlongNames, null);
  }

  /**
   * {@link #render(Application, List, List)} plus the application's pages rendered from the same
   * model and the JSON Schema of the environment files.
   */
  public static <S> SortedMap<String, String> renderAll(Application<S> application,
      List<? extends StackGenerator<S>> generators, List<S> environments) {
    Rendered rendered = renderStacks(application, generators, environments);
    SortedMap<String, String> files = new TreeMap<>(rendered.files());
    SortedMap<String, JsonNode> templates = rendered.templates();
    for (GeneratedPages<S> pages : application.pages()) {
      files.putAll(pages.render(templates, environments, application.naming()));
    }
    files.put(EnvironmentSchema.PATH,
        EnvironmentSchema.render(application.settings(), application.name()));
    return files;
  }

  static List<String> header(Application<?> application, StackGenerator<?> generator) {
    return List.of(
        "GENERATED FILE - DO NOT EDIT.",
        "The " + generator.name() + " stack of " + application.name() + ", built by "
            + generator.getClass().getName() + ".",
        "Regenerate with: " + REGENERATE_COMMAND + "    (drift check: mvn verify)");
  }
}
