package org.llmgateway.cfn.generators.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.llmgateway.cfn.generators.validate.StackGraph;

/** Which stack imports what from which, and the deploy order that follows. */
final class StackDependencies {

  private StackDependencies() {}

  static String markdown(StackGraph graph, SortedMap<String, JsonNode> templates) {
    var out = new StringBuilder(GeneratedDocs.header("Stack dependencies"));
    out.append("An arrow points from a stack to a stack that imports its exports, so it reads as")
        .append(" \"deploy before\". Computed from the templates' `Fn::ImportValue` names, like")
        .append(" the pipelines' pre-flight checks.\n\n```mermaid\nflowchart LR\n");
    for (String stack : graph.order()) {
      out.append("  ").append(GeneratedDocs.id(stack)).append("[\"").append(stack)
          .append("-stack\"]\n");
    }
    SortedMap<String, SortedMap<String, SortedSet<String>>> imported = imports(graph, templates);
    for (var importer : imported.entrySet()) {
      for (var exporter : importer.getValue().entrySet()) {
        out.append("  ").append(GeneratedDocs.id(exporter.getKey())).append(" -->|")
            .append(exporter.getValue().size()).append(exporter.getValue().size() == 1
                ? " export" : " exports").append("| ")
            .append(GeneratedDocs.id(importer.getKey())).append('\n');
      }
    }
    out.append("```\n\n## Deploy order\n\n| Wave | Stacks (a wave deploys after the one before) |\n")
        .append("| --- | --- |\n");
    List<SortedSet<String>> waves = graph.waves();
    for (int i = 0; i < waves.size(); i++) {
      out.append("| ").append(i + 1).append(" | ").append(String.join(", ", waves.get(i)))
          .append(" |\n");
    }
    out.append("\nTeardown runs the same order backwards.\n\n## Imports\n\n")
        .append("| Stack | Imports from | Export names (without the `<env>-` prefix) |\n")
        .append("| --- | --- | --- |\n");
    for (var importer : imported.entrySet()) {
      for (var exporter : importer.getValue().entrySet()) {
        out.append("| ").append(importer.getKey()).append(" | ").append(exporter.getKey())
            .append(" | ").append(String.join(", ", exporter.getValue())).append(" |\n");
      }
    }
    if (!graph.unresolvedImports().isEmpty()) {
      out.append("\nImports no stack exports: ").append(graph.unresolvedImports()).append('\n');
    }
    return out.toString();
  }

  /** importer -> exporter -> export names (environment prefix removed). */
  private static SortedMap<String, SortedMap<String, SortedSet<String>>> imports(
      StackGraph graph, SortedMap<String, JsonNode> templates) {
    SortedMap<String, SortedMap<String, SortedSet<String>>> result = new TreeMap<>();
    for (var template : templates.entrySet()) {
      SortedSet<String> names = new TreeSet<>();
      collect(template.getValue().path("Resources"), names);
      collect(template.getValue().path("Outputs"), names);
      for (String name : names) {
        String exporter = graph.exporters().get(name);
        if (exporter != null && !exporter.equals(template.getKey())) {
          result.computeIfAbsent(template.getKey(), k -> new TreeMap<>())
              .computeIfAbsent(exporter, k -> new TreeSet<>())
              .add(name.substring(name.indexOf('-') + 1));
        }
      }
    }
    return result;
  }

  private static void collect(JsonNode node, SortedSet<String> names) {
    if (node.isObject() && node.size() == 1 && node.has("Fn::ImportValue")) {
      String resolved = Names.resolve(node.get("Fn::ImportValue"));
      if (resolved != null) {
        names.add(resolved);
      }
      return;
    }
    node.elements().forEachRemaining(child -> collect(child, names));
  }
}
