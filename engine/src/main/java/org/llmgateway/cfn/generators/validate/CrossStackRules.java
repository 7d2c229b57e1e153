package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.llmgateway.cfn.generators.environment.EnvironmentFiles;
import org.llmgateway.cfn.generators.validate.References.Kind;
import org.llmgateway.cfn.generators.validate.References.Reference;

/**
 * The stacks of one deployment together: every Fn::ImportValue resolves to an export of another
 * stack, no export name is used twice, and the stacks can be deployed in an order computed from
 * their exports and imports (never hand-listed), which has no cycle. Export and import names are
 * resolved per environment with the parameter values of that environment; a problem found in
 * several environments is reported once, naming them ({@link #merge}).
 */
final class CrossStackRules {

  private CrossStackRules() {}

  /** The standard environments in promotion order, then any other name alphabetically. */
  static final Comparator<String> ENVIRONMENT_ORDER = EnvironmentFiles.ORDER;

  /** Where the export name goes in a {@link Problem}'s reason. */
  private static final String NAME = "{name}";

  /** One template in one environment: its rules context and its parameter values. */
  record Stack(TemplateContext template, String name, Map<String, String> values) {}

  /** The stacks of one environment, the order they deploy in, and what is wrong between them. */
  record Deployment(String environment, List<SortedSet<String>> order, List<Problem> problems) {}

  /**
   * A problem in one environment, before the environments that share it are merged. When it is
   * about an export name, {@code reason} holds {@value #NAME} where the name goes, {@code written}
   * is the name as the template writes it (parameters as {@code ${Name}}) and {@code resolved} the
   * name with this environment's parameter values; otherwise both are null.
   */
  record Problem(String file, String logicalId, String path, Rule rule, String reason,
      String written, String resolved) {

    private record Key(String file, String logicalId, String path, Rule rule, String reason,
        String written) {}

    private Key key() {
      return new Key(file, logicalId, path, rule, reason, written);
    }
  }

  static Deployment check(String environment, List<Stack> stacks, Predicate<String> external) {
    List<Problem> problems = new ArrayList<>();
    SortedMap<String, JsonNode> templates = new TreeMap<>();
    Map<String, Map<String, String>> values = new TreeMap<>();
    Map<String, Stack> byName = new TreeMap<>();
    for (Stack stack : stacks) {
      templates.put(stack.name(), stack.template().json());
      values.put(stack.name(), stack.values());
      byName.put(stack.name(), stack);
    }
    StackGraph graph = StackGraph.build(templates, values,
        stack -> byName.get(stack).template().imports());
    for (StackGraph.DuplicateExport duplicate : graph.duplicateExports()) {
      Stack second = byName.get(duplicate.secondStack());
      for (Map.Entry<String, JsonNode> output : second.template().outputs().entrySet()) {
        JsonNode name = output.getValue().path("Export").path("Name");
        if (StackGraph.resolve(name, second.values()).orElse("").equals(duplicate.name())) {
          problems.add(new Problem(second.template().file(), output.getKey(),
              Pointer.of("Outputs", output.getKey(), "Export", "Name"), Rule.EXPORT_ACROSS_STACKS,
              "export " + NAME + " is also exported by stack " + duplicate.firstStack(),
              written(name), duplicate.name()));
        }
      }
    }
    for (Stack stack : stacks) {
      for (Reference reference : stack.template().references()) {
        if (reference.kind() != Kind.IMPORT_VALUE) {
          continue;
        }
        Optional<String> name = StackGraph.resolve(reference.node(), stack.values());
        String exporter = name.map(graph.exporters()::get).orElse(null);
        String problem;
        Rule rule = Rule.IMPORT_UNRESOLVED;
        if (name.isEmpty()) {
          problem = "cannot tell which export this Fn::ImportValue names: use a literal, Ref, "
              + "Sub or Join";
        } else if (exporter == null && external.test(name.get())) {
          continue;
        } else if (exporter == null) {
          problem = "Fn::ImportValue of " + NAME + ", which no stack exports";
        } else if (exporter.equals(stack.name())) {
          rule = Rule.IMPORT_OWN_EXPORT;
          problem = "Fn::ImportValue of " + NAME + ", which this stack exports itself; "
              + "a stack cannot import its own export";
        } else {
          continue;
        }
        problems.add(new Problem(stack.template().file(), reference.from(), reference.path(),
            rule, problem, name.isEmpty() ? null : written(reference.node()), name.orElse(null)));
      }
    }
    for (List<String> cycle : graph.cycles()) {
      problems.add(new Problem(byName.get(cycle.get(0)).template().file(), "", "/",
          Rule.IMPORT_CYCLE,
          "stacks import from each other in a cycle, so none of them can deploy first: "
              + String.join(" -> ", cycle), null, null));
    }
    return new Deployment(environment, graph.wavesWithoutCycles(), problems);
  }

  /**
   * One finding per problem, however many environments have it, its reason ending with those
   * environments ({@code (dev, staging, prod)}) in the map's order; nothing is added for the
   * unnamed environment of a run without parameter files. The export name is quoted as resolved
   * when every one of those environments resolves it alike, else as written: a missing
   * {@code ${EnvironmentName}-network-VpcID} is one line, not one per environment.
   */
  static List<Finding> merge(SortedMap<String, List<Problem>> problemsByEnvironment) {
    Map<Problem.Key, List<String>> environments = new LinkedHashMap<>();
    Map<Problem.Key, Set<String>> resolved = new LinkedHashMap<>();
    problemsByEnvironment.forEach((environment, problems) -> {
      for (Problem problem : problems) {
        List<String> where = environments.computeIfAbsent(problem.key(), k -> new ArrayList<>());
        if (!where.contains(environment)) {
          where.add(environment);
        }
        if (problem.resolved() != null) {
          resolved.computeIfAbsent(problem.key(), k -> new LinkedHashSet<>())
              .add(problem.resolved());
        }
      }
    });
    List<Finding> findings = new ArrayList<>();
    environments.forEach((key, where) -> {
      String reason = key.reason();
      if (key.written() != null) {
        Set<String> names = resolved.get(key);
        String shown = names.size() == 1 ? names.iterator().next() : key.written();
        // the placeholder comes before any text taken from the templates, so the first is ours
        int at = reason.indexOf(NAME);
        reason = reason.substring(0, at) + "'" + shown + "'" + reason.substring(at + NAME.length());
      }
      List<String> named = where.stream().filter(e -> !e.isEmpty()).toList();
      if (!named.isEmpty()) {
        reason += " (" + String.join(", ", named) + ")";
      }
      findings.add(new Finding(key.file(), key.logicalId(), key.path(), key.rule(), reason));
    });
    return findings;
  }

  /** An export or import name as the template writes it, parameters left as {@code ${Name}}. */
  private static String written(JsonNode name) {
    return StackGraph.resolve(name, Map.of()).orElse(name.toString());
  }

}
