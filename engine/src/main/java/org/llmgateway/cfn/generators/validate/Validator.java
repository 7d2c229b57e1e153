package org.llmgateway.cfn.generators.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.llmgateway.cfn.generators.validate.References.Reference;

/**
 * Validates CloudFormation templates and their parameter files, whoever wrote them: each
 * resource against its provider schema, the template rules, each parameter file against its
 * template, the stacks together (imports, exports, deploy order) and the security lint per
 * environment ({@link SecurityRules}). The one entry point of
 * {@code generate}, {@code check}, {@code validate} and {@code order}.
 */
public final class Validator {

  private final ResourceSchemas schemas;

  public Validator() {
    this(ResourceSchemas.registry());
  }

  public Validator(ResourceSchemas schemas) {
    this.schemas = schemas;
  }

  /**
   * What a run found, in stable order, and the deploy order of the stacks per environment
   * (standard environments in promotion order). A cross-stack finding stands for every
   * environment its reason names.
   */
  public record Report(List<Finding> findings, List<Finding> crossStackFindings, int templates,
      int parameterFiles, Map<String, List<SortedSet<String>>> orders) {

    /** This report with findings made elsewhere (files that could not be read) merged in. */
    public Report with(List<Finding> more) {
      TreeSet<Finding> merged = new TreeSet<>(findings);
      merged.addAll(more);
      return new Report(List.copyOf(merged), crossStackFindings, templates, parameterFiles,
          orders);
    }

    public boolean valid() {
      return findings.isEmpty();
    }

    /** One line: counts of findings, files with findings and files checked. */
    public String summary() {
      String checked = templates + " template(s) and " + parameterFiles + " parameter file(s)";
      if (findings.isEmpty()) {
        return "0 findings: " + checked + " are valid";
      }
      long files = findings.stream().map(Finding::file).distinct().count();
      return findings.size() + " finding(s) in " + files + " file(s); checked " + checked;
    }
  }

  public Report validate(List<TemplateSource> templates, List<ParameterFile> parameterFiles) {
    return validate(templates, parameterFiles, name -> false);
  }

  /**
   * As {@link #validate(List, List)} for part of a deployment: an import whose resolved name
   * {@code external} accepts belongs to a stack outside {@code templates} and is not judged.
   */
  public Report validate(List<TemplateSource> templates, List<ParameterFile> parameterFiles,
      Predicate<String> external) {
    TreeSet<Finding> findings = new TreeSet<>();
    Map<String, TemplateContext> contexts = new LinkedHashMap<>();
    // the templates share nothing but the thread-safe schema cache: on a cold JVM this is most of
    // a run's interpreted work, so both cores take templates (the findings are sorted anyway)
    List<Checked> checked = templates.parallelStream()
        .map(source -> new TemplateContext(source.file(), source.json(), source.bytes(), schemas))
        .map(template -> new Checked(template, check(template)))
        .toList();
    for (Checked template : checked) {
      contexts.put(template.context().file(), template.context());
      findings.addAll(template.findings());
    }
    Map<String, Map<String, ParameterFile>> byEnvironment =
        new TreeMap<>(CrossStackRules.ENVIRONMENT_ORDER);
    for (ParameterFile file : parameterFiles) {
      TemplateContext template = contexts.get(file.templateFile());
      if (template == null) {
        findings.add(new Finding(file.file(), "", "/", Rule.PARAMETER_FILE,
            "no template " + file.templateFile() + " was given for this parameter file"));
        continue;
      }
      findings.addAll(ParameterFileRules.check(file, template));
      byEnvironment.computeIfAbsent(file.environment(), e -> new TreeMap<>())
          .put(file.templateFile(), file);
    }
    if (byEnvironment.isEmpty()) {
      byEnvironment.put("", Map.of());
    }
    Map<String, List<SortedSet<String>>> orders =
        new TreeMap<>(CrossStackRules.ENVIRONMENT_ORDER);
    SortedMap<String, List<CrossStackRules.Problem>> problems =
        new TreeMap<>(CrossStackRules.ENVIRONMENT_ORDER);
    SortedMap<String, List<EnvironmentView>> views =
        new TreeMap<>(CrossStackRules.ENVIRONMENT_ORDER);
    for (Map.Entry<String, Map<String, ParameterFile>> environment : byEnvironment.entrySet()) {
      List<CrossStackRules.Stack> stacks = new ArrayList<>();
      for (TemplateSource source : templates) {
        TemplateContext template = contexts.get(source.file());
        Map<String, String> values =
            ParameterFileRules.values(template, environment.getValue().get(source.file()));
        stacks.add(new CrossStackRules.Stack(template, source.stack(), values));
        views.computeIfAbsent(environment.getKey(), e -> new ArrayList<>())
            .add(new EnvironmentView(template, values));
      }
      CrossStackRules.Deployment deployment =
          CrossStackRules.check(environment.getKey(), stacks, external);
      problems.put(environment.getKey(), deployment.problems());
      orders.put(environment.getKey(), deployment.order());
    }
    TreeSet<Finding> crossStack = new TreeSet<>(CrossStackRules.merge(problems));
    findings.addAll(crossStack);
    findings.addAll(SecurityRules.check(views));
    return new Report(List.copyOf(findings), List.copyOf(crossStack), templates.size(),
        parameterFiles.size(), orders);
  }

  private record Checked(TemplateContext context, List<Finding> findings) {}

  /** The findings of one template on its own. */
  public List<Finding> check(TemplateSource source) {
    return check(new TemplateContext(source.file(), source.json(), source.bytes(), schemas));
  }

  private static List<Finding> check(TemplateContext template) {
    TreeSet<Finding> findings = new TreeSet<>();
    if (!template.json().isObject()) {
      findings.add(template.finding(Rule.TEMPLATE_STRUCTURE, "", "/",
          "a template must be a mapping of sections"));
      return List.copyOf(findings);
    }
    List<Reference> references = template.references();
    findings.addAll(TemplateRules.check(template, references));
    findings.addAll(ReferenceRules.check(template, references));
    findings.addAll(SchemaRules.check(template));
    findings.addAll(ResourceRules.check(template));
    findings.addAll(SecuritySuppressions.problems(template));
    return List.copyOf(findings);
  }
}
