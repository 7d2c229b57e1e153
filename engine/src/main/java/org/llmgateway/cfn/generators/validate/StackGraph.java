package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which stack needs which, read from the templates themselves: a stack depends on every stack
 * whose export it imports. The deploy order is computed from this graph, never listed by hand.
 * The cross-stack validation ({@link CrossStackRules}) reports on the same graph.
 */
public final class StackGraph {

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  /** An export name declared by two stacks; CloudFormation refuses the second. */
  record DuplicateExport(String name, String firstStack, String secondStack) {}

  /** stack -> stacks it imports from. */
  private final SortedMap<String, SortedSet<String>> dependencies;

  /** resolved export name -> exporting stack. */
  private final SortedMap<String, String> exporters;

  /** stack -> imported export names that no stack exports. */
  private final SortedMap<String, SortedSet<String>> unresolved;

  private final List<DuplicateExport> duplicates;

  private StackGraph(
      SortedMap<String, SortedSet<String>> dependencies,
      SortedMap<String, String> exporters,
      SortedMap<String, SortedSet<String>> unresolved,
      List<DuplicateExport> duplicates) {
    this.dependencies = dependencies;
    this.exporters = exporters;
    this.unresolved = unresolved;
    this.duplicates = duplicates;
  }

  /**
   * Builds the graph of {@code templates} (stack name -> canonical JSON) as deployed with the
   * given parameter values (for Sub variables in export and import names; parameter defaults
   * fill the rest). Fails when two stacks export the same name.
   */
  public static StackGraph of(Map<String, JsonNode> templates, Map<String, String> parameters) {
    SortedMap<String, JsonNode> sorted = new TreeMap<>(templates);
    Map<String, Map<String, String>> values = new TreeMap<>();
    sorted.forEach((stack, template) -> values.put(stack, values(template, parameters)));
    StackGraph graph = build(sorted, values);
    if (!graph.duplicates.isEmpty()) {
      DuplicateExport duplicate = graph.duplicates.get(0);
      throw new IllegalStateException("Export '" + duplicate.name() + "' is declared by both "
          + duplicate.firstStack() + " and " + duplicate.secondStack());
    }
    return graph;
  }

  /**
   * The graph with each stack's own parameter values (complete: defaults already applied);
   * duplicate exports are recorded, not thrown, so validation can report them all.
   */
  static StackGraph build(SortedMap<String, JsonNode> templates,
      Map<String, Map<String, String>> valuesByStack) {
    return build(templates, valuesByStack, stack -> imports(templates.get(stack)));
  }

  /** As {@link #build(SortedMap, Map)} with each stack's imports already collected. */
  static StackGraph build(SortedMap<String, JsonNode> templates,
      Map<String, Map<String, String>> valuesByStack,
      Function<String, List<JsonNode>> importsOf) {
    SortedMap<String, String> exporters = new TreeMap<>();
    List<DuplicateExport> duplicates = new ArrayList<>();
    for (var entry : templates.entrySet()) {
      Map<String, String> values = valuesByStack.getOrDefault(entry.getKey(), Map.of());
      for (Iterator<JsonNode> it = entry.getValue().path("Outputs").elements(); it.hasNext(); ) {
        JsonNode name = it.next().path("Export").path("Name");
        if (name.isMissingNode()) {
          continue;
        }
        Optional<String> resolved = resolve(name, values);
        if (resolved.isPresent()) {
          String previous = exporters.putIfAbsent(resolved.get(), entry.getKey());
          if (previous != null && !previous.equals(entry.getKey())) {
            duplicates.add(new DuplicateExport(resolved.get(), previous, entry.getKey()));
          }
        }
      }
    }
    SortedMap<String, SortedSet<String>> dependencies = new TreeMap<>();
    SortedMap<String, SortedSet<String>> unresolved = new TreeMap<>();
    for (var entry : templates.entrySet()) {
      String stack = entry.getKey();
      dependencies.put(stack, new TreeSet<>());
      Map<String, String> values = valuesByStack.getOrDefault(stack, Map.of());
      for (JsonNode imported : importsOf.apply(stack)) {
        Optional<String> name = resolve(imported, values);
        String exporter = name.map(exporters::get).orElse(null);
        if (exporter == null) {
          unresolved.computeIfAbsent(stack, s -> new TreeSet<>())
              .add(name.orElse(imported.toString()));
        } else if (!exporter.equals(stack)) {
          dependencies.get(stack).add(exporter);
        }
      }
    }
    return new StackGraph(dependencies, exporters, unresolved, List.copyOf(duplicates));
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

  List<DuplicateExport> duplicateExports() {
    return duplicates;
  }

  /** One cycle ({@code [a, b, a]}) per group of stacks that import from each other. */
  public List<List<String>> cycles() {
    return Graphs.cycles(dependencies);
  }

  /**
   * The deploy order as waves: every stack in a wave depends only on earlier waves, so the stacks
   * of one wave can deploy in parallel. Fails naming the stacks of a cycle.
   */
  public List<SortedSet<String>> waves() {
    List<List<String>> cycles = cycles();
    if (!cycles.isEmpty()) {
      throw new IllegalStateException("Stacks import from each other in a cycle: "
          + String.join(" -> ", cycles.get(0)));
    }
    return Graphs.levels(dependencies);
  }

  /** The waves of the stacks not caught in a cycle (validation reports the cycle itself). */
  List<SortedSet<String>> wavesWithoutCycles() {
    return Graphs.levels(dependencies);
  }

  /** The waves flattened: one valid sequential deploy order. */
  public List<String> order() {
    List<String> order = new ArrayList<>();
    waves().forEach(order::addAll);
    return order;
  }

  private static Map<String, String> values(JsonNode template, Map<String, String> parameters) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> parameter : template.path("Parameters").properties()) {
      JsonNode fallback = parameter.getValue().get("Default");
      String value = parameters.getOrDefault(parameter.getKey(),
          fallback == null ? null : fallback.asText());
      if (value != null) {
        values.put(parameter.getKey(), value);
      }
    }
    return values;
  }

  /** The argument of every Fn::ImportValue anywhere in {@code template}, in document order. */
  static List<JsonNode> imports(JsonNode template) {
    List<JsonNode> imports = new ArrayList<>();
    collectImports(template, imports);
    return List.copyOf(imports);
  }

  private static void collectImports(JsonNode node, List<JsonNode> imports) {
    if (node.isObject() && node.size() == 1 && node.has("Fn::ImportValue")) {
      imports.add(node.get("Fn::ImportValue"));
      return;
    }
    node.elements().forEachRemaining(child -> collectImports(child, imports));
  }

  /**
   * An export or import name with the stack's parameter values put in: a literal, a Ref, a Sub
   * (either form) or a Join of those. A variable without a value (a pseudo parameter such as
   * {@code AWS::Region}) stays as written, which is the same on both sides of an import. Empty
   * when the name depends on anything else.
   */
  static Optional<String> resolve(JsonNode name, Map<String, String> values) {
    if (name.isTextual()) {
      return Optional.of(name.asText());
    }
    Optional<String> function = Intrinsics.function(name);
    if (function.isEmpty()) {
      return Optional.empty();
    }
    JsonNode argument = name.get(function.get());
    switch (function.get()) {
      case "Ref" -> {
        return Optional.of(variable(argument.asText(), values));
      }
      case "Fn::Sub" -> {
        String text = argument.isArray() ? argument.path(0).asText() : argument.asText();
        JsonNode local = argument.isArray() ? argument.path(1) : TemplateContext.missing();
        Matcher matcher = SUB_VARIABLE.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
          String variable = matcher.group(1).trim();
          Optional<String> value = local.has(variable) ? resolve(local.get(variable), values)
              : Optional.of(variable(variable, values));
          if (value.isEmpty()) {
            return Optional.empty();
          }
          matcher.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString().replace("${!", "${"));
      }
      case "Fn::Join" -> {
        if (!argument.path(1).isArray()) {
          return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode part : argument.path(1)) {
          Optional<String> resolved = resolve(part, values);
          if (resolved.isEmpty()) {
            return Optional.empty();
          }
          parts.add(resolved.get());
        }
        return Optional.of(String.join(argument.path(0).asText(), parts));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static String variable(String name, Map<String, String> values) {
    String value = values.get(name);
    return value != null ? value : "${" + name + "}";
  }
}
