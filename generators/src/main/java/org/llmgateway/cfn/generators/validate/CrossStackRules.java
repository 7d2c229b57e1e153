package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.llmgateway.cfn.generators.validate.References.Kind;
import org.llmgateway.cfn.generators.validate.References.Reference;

/**
 * The stacks of one deployment together: every Fn::ImportValue resolves to an export of another
 * stack, no export name is used twice, and the stacks can be deployed in an order computed from
 * their exports and imports (never hand-listed), which has no cycle. Export and import names are
 * resolved per environment with the parameter values of that environment.
 */
final class CrossStackRules {

  private CrossStackRules() {}

  /** One template in one environment: its rules context and its parameter values. */
  record Stack(TemplateContext template, String name, Map<String, String> values) {}

  /** The stacks of one environment, the order they deploy in, and what is wrong between them. */
  record Deployment(String environment, List<SortedSet<String>> order, List<Finding> findings) {}

  static Deployment check(String environment, List<Stack> stacks, Predicate<String> external) {
    List<Finding> findings = new ArrayList<>();
    String suffix = environment.isEmpty() ? "" : " (environment " + environment + ")";
    SortedMap<String, JsonNode> templates = new TreeMap<>();
    Map<String, Map<String, String>> values = new TreeMap<>();
    Map<String, Stack> byName = new TreeMap<>();
    for (Stack stack : stacks) {
      templates.put(stack.name(), stack.template().json());
      values.put(stack.name(), stack.values());
      byName.put(stack.name(), stack);
    }
    StackGraph graph = StackGraph.build(templates, values);
    for (StackGraph.DuplicateExport duplicate : graph.duplicateExports()) {
      Stack second = byName.get(duplicate.secondStack());
      for (Map.Entry<String, JsonNode> output : second.template().outputs().entrySet()) {
        JsonNode name = output.getValue().path("Export").path("Name");
        if (StackGraph.resolve(name, second.values()).orElse("").equals(duplicate.name())) {
          findings.add(second.template().finding(output.getKey(),
              Pointer.of("Outputs", output.getKey(), "Export", "Name"), "export '"
                  + duplicate.name() + "' is also exported by stack " + duplicate.firstStack()
                  + suffix));
        }
      }
    }
    for (Stack stack : stacks) {
      for (Reference reference : References.of(stack.template())) {
        if (reference.kind() != Kind.IMPORT_VALUE) {
          continue;
        }
        Optional<String> name = StackGraph.resolve(reference.node(), stack.values());
        String exporter = name.map(graph.exporters()::get).orElse(null);
        String problem;
        if (name.isEmpty()) {
          problem = "cannot tell which export this Fn::ImportValue names: use a literal, Ref, "
              + "Sub or Join";
        } else if (exporter == null && external.test(name.get())) {
          continue;
        } else if (exporter == null) {
          problem = "Fn::ImportValue of '" + name.get() + "', which no stack exports" + suffix;
        } else if (exporter.equals(stack.name())) {
          problem = "Fn::ImportValue of '" + name.get() + "', which this stack exports itself; "
              + "a stack cannot import its own export";
        } else {
          continue;
        }
        findings.add(stack.template().finding(reference.from(), reference.path(), problem));
      }
    }
    for (List<String> cycle : graph.cycles()) {
      findings.add(byName.get(cycle.get(0)).template().finding("", "/", "stacks import from "
          + "each other in a cycle, so none of them can deploy first: "
          + String.join(" -> ", cycle) + suffix));
    }
    return new Deployment(environment, graph.wavesWithoutCycles(), findings);
  }
}
