package org.llmgateway.cfn.generators.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.validate.StackGraph;
import org.llmgateway.cfn.model.template.EnvironmentParameter;

/** What the generators compute, which the pipelines must agree with. */
final class ComputedStacks {

  private ComputedStacks() {}

  /** Discovered once per test JVM: a classpath scan takes a second or more. */
  private static List<StackGenerator> generators;

  static synchronized List<StackGenerator> generators() {
    if (generators == null) {
      generators = List.copyOf(StackCatalog.discover());
    }
    return generators;
  }

  static StackGraph graph() {
    Map<String, JsonNode> templates = new TreeMap<>();
    for (StackGenerator generator : generators()) {
      templates.put(generator.name(), GeneratedFiles.render(generator).json());
    }
    return StackGraph.of(templates, Map.of(EnvironmentParameter.LOGICAL_ID, "dev"));
  }

  /** The stacks {@code stack} imports from, in deploy order. */
  static List<String> prerequisites(StackGraph graph, String stack) {
    return graph.order().stream().filter(graph.dependencies().get(stack)::contains).toList();
  }

  /** The stacks importing from {@code stack}, in teardown (reverse deploy) order. */
  static List<String> dependents(StackGraph graph, String stack) {
    List<String> dependents = new ArrayList<>();
    for (String other : teardownOrder(graph)) {
      if (graph.dependencies().get(other).contains(stack)) {
        dependents.add(other);
      }
    }
    return dependents;
  }

  static List<String> teardownOrder(StackGraph graph) {
    List<String> order = new ArrayList<>(graph.order());
    Collections.reverse(order);
    return order;
  }
}
