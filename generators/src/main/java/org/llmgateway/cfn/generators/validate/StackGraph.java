package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which stack needs which, read from the templates themselves: a stack depends on every stack
 * whose export it imports. The deploy order is computed from this graph, never listed by hand.
 */
public final class StackGraph {

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  /** stack -> stacks it imports from. */
  private final SortedMap<String, SortedSet<String>> dependencies;

  /** resolved export name -> exporting stack. */
  private final SortedMap<String, String> exporters;

  /** stack -> imported export names that no stack exports. */
  private final SortedMap<String, SortedSet<String>> unresolved;

  private StackGraph(
      SortedMap<String, SortedSet<String>> dependencies,
      SortedMap<String, String> exporters,
      SortedMap<String, SortedSet<String>> unresolved) {
    this.dependencies = dependencies;
    this.exporters = exporters;
    this.unresolved = unresolved;
  }

  /**
   * Builds the graph of {@code templates} (stack name -> canonical JSON) as deployed with the
   * given parameter values (for Sub variables in export and import names; parameter defaults
   * fill the rest).
   */
  public static StackGraph of(Map<String, JsonNode> templates, Map<String, String> parameters) {
    SortedMap<String, String> exporters = new TreeMap<>();
    for (var entry : new TreeMap<>(templates).entrySet()) {
      var values = values(entry.getValue(), parameters);
      for (Iterator<JsonNode> it = entry.getValue().path("Outputs").elements(); it.hasNext(); ) {
        JsonNode name = it.next().path("Export").path("Name");
        if (!name.isMissingNode()) {
          String resolved = resolve(name, values);
          if (resolved != null) {
            String previous = exporters.put(resolved, entry.getKey());
            if (previous != null && !previous.equals(entry.getKey())) {
              throw new IllegalStateException("Export '" + resolved + "' is declared by both "
                  + previous + " and " + entry.getKey());
            }
          }
        }
      }
    }
    SortedMap<String, SortedSet<String>> dependencies = new TreeMap<>();
    SortedMap<String, SortedSet<String>> unresolved = new TreeMap<>();
    for (var entry : templates.entrySet()) {
      String stack = entry.getKey();
      dependencies.put(stack, new TreeSet<>());
      var values = values(entry.getValue(), parameters);
      List<JsonNode> imports = new ArrayList<>();
      collectImports(entry.getValue(), imports);
      for (JsonNode imported : imports) {
        String name = resolve(imported, values);
        String exporter = name == null ? null : exporters.get(name);
        if (exporter == null) {
          unresolved.computeIfAbsent(stack, s -> new TreeSet<>())
              .add(name == null ? imported.toString() : name);
        } else if (!exporter.equals(stack)) {
          dependencies.get(stack).add(exporter);
        }
      }
    }
    return new StackGraph(dependencies, exporters, unresolved);
  }

  /** stack -> the stacks it imports from. */
  public SortedMap<String, SortedSet<String>> dependencies() {
    return dependencies;
  }

  /** Resolved export name -> the stack exporting it. */
  public SortedMap<String, String> exporters() {
    return exporters;
  }

  /** stack -> imported names no stack in the graph exports. */
  public SortedMap<String, SortedSet<String>> unresolvedImports() {
    return unresolved;
  }

  /**
   * The deploy order as waves: every stack in a wave depends only on earlier waves, so the stacks
   * of one wave can deploy in parallel. Fails naming the stacks of a cycle.
   */
  public List<SortedSet<String>> waves() {
    List<SortedSet<String>> waves = new ArrayList<>();
    SortedSet<String> placed = new TreeSet<>();
    while (placed.size() < dependencies.size()) {
      SortedSet<String> wave = new TreeSet<>();
      for (var entry : dependencies.entrySet()) {
        if (!placed.contains(entry.getKey()) && placed.containsAll(entry.getValue())) {
          wave.add(entry.getKey());
        }
      }
      if (wave.isEmpty()) {
        SortedSet<String> cycle = new TreeSet<>(dependencies.keySet());
        cycle.removeAll(placed);
        throw new IllegalStateException("Stacks import from each other in a cycle: " + cycle);
      }
      waves.add(wave);
      placed.addAll(wave);
    }
    return waves;
  }

  /** The waves flattened: one valid sequential deploy order. */
  public List<String> order() {
    List<String> order = new ArrayList<>();
    waves().forEach(order::addAll);
    return order;
  }

  private static Map<String, String> values(JsonNode template, Map<String, String> parameters) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = template.path("Parameters").fields();
        it.hasNext(); ) {
      var parameter = it.next();
      JsonNode fallback = parameter.getValue().get("Default");
      String value = parameters.getOrDefault(parameter.getKey(),
          fallback == null ? null : fallback.asText());
      if (value != null) {
        values.put(parameter.getKey(), value);
      }
    }
    return values;
  }

  private static void collectImports(JsonNode node, List<JsonNode> imports) {
    if (node.isObject() && node.size() == 1 && node.has("Fn::ImportValue")) {
      imports.add(node.get("Fn::ImportValue"));
      return;
    }
    node.elements().forEachRemaining(child -> collectImports(child, imports));
  }

  /** A literal or a Sub over parameters, resolved; null when it depends on anything else. */
  static String resolve(JsonNode name, Map<String, String> values) {
    if (name.isTextual()) {
      return name.asText();
    }
    JsonNode sub = name.get("Fn::Sub");
    if (sub == null || !sub.isTextual() || name.size() != 1) {
      return null;
    }
    Matcher matcher = SUB_VARIABLE.matcher(sub.asText());
    var out = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        return null;
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString().replace("${!", "${");
  }
}
