package org.llmgateway.cfn.generators.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What each stack creates: a count per service and the full resource list. */
final class ResourceInventory {

  private ResourceInventory() {}

  static String markdown(SortedMap<String, JsonNode> templates) {
    var out = new StringBuilder(GeneratedDocs.header("Resource inventory"));
    out.append("Every resource of every stack, as generated. A condition means the resource")
        .append(" exists only in environments whose parameters make it true.\n\n")
        .append("```mermaid\nflowchart LR\n");
    for (var template : templates.entrySet()) {
      String stack = template.getKey();
      out.append("  subgraph ").append(GeneratedDocs.id(stack)).append("[\"").append(stack)
          .append("-stack\"]\n");
      for (var service : countsByService(template.getValue()).entrySet()) {
        out.append("    ").append(GeneratedDocs.id(stack + "_" + service.getKey())).append("[\"")
            .append(service.getKey()).append(" x").append(service.getValue()).append("\"]\n");
      }
      out.append("  end\n");
    }
    out.append("```\n");
    for (var template : templates.entrySet()) {
      out.append("\n## ").append(template.getKey()).append("-stack\n\n")
          .append("| Logical id | Type | Condition |\n| --- | --- | --- |\n");
      for (Map.Entry<String, JsonNode> resource :
          template.getValue().path("Resources").properties()) {
        out.append("| ").append(resource.getKey()).append(" | `")
            .append(resource.getValue().path("Type").asText()).append("` | ")
            .append(resource.getValue().path("Condition").asText("")).append(" |\n");
      }
    }
    return out.toString();
  }

  /** "EC2" -> 7 for AWS::EC2::*, sorted by service. */
  static SortedMap<String, Integer> countsByService(JsonNode template) {
    SortedMap<String, Integer> counts = new TreeMap<>();
    template.path("Resources").elements().forEachRemaining(resource -> {
      String[] parts = resource.path("Type").asText().split("::");
      String service = parts.length >= 2 ? parts[1] : parts[0];
      counts.merge(service, 1, Integer::sum);
    });
    return counts;
  }
}
