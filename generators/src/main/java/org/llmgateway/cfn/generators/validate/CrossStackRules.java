package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmgateway.cfn.generators.validate.References.Kind;
import org.llmgateway.cfn.generators.validate.References.Reference;

/**
 * The stacks of one deployment together: every Fn::ImportValue resolves to an export of another
 * stack, no export name is used twice, and the stacks can be deployed in an order computed from
 * their exports and imports (never hand-listed), which has no cycle. Export and import names are
 * resolved per environment with the parameter values of that environment.
 */
final class CrossStackRules {

  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

  private CrossStackRules() {}

  /** One template in one environment: its rules context and its parameter values. */
  record Stack(TemplateContext template, String name, Map<String, String> values) {}

  /** The stacks of one environment, the order they deploy in, and what is wrong between them. */
  record Deployment(String environment, List<SortedSet<String>> order, List<Finding> findings) {}

  static Deployment check(String environment, List<Stack> stacks) {
    List<Finding> findings = new ArrayList<>();
    SortedMap<String, String> exporters = new TreeMap<>();
    Map<String, Set<String>> importsFrom = new TreeMap<>();
    String suffix = environment.isEmpty() ? "" : " (environment " + environment + ")";
    for (Stack stack : stacks) {
      importsFrom.put(stack.name(), new TreeSet<>());
      for (Map.Entry<String, JsonNode> output : stack.template().outputs().entrySet()) {
        JsonNode name = output.getValue().path("Export").path("Name");
        if (name.isMissingNode()) {
          continue;
        }
        Optional<String> resolved = resolve(name, stack);
        if (resolved.isEmpty()) {
          continue;
        }
        String previous = exporters.putIfAbsent(resolved.get(), stack.name());
        if (previous != null && !previous.equals(stack.name())) {
          findings.add(stack.template().finding(output.getKey(),
              Pointer.of("Outputs", output.getKey(), "Export", "Name"),
              "export '" + resolved.get() + "' is also exported by stack " + previous + suffix));
        }
      }
    }
    for (Stack stack : stacks) {
      for (Reference reference : References.of(stack.template())) {
        if (reference.kind() != Kind.IMPORT_VALUE) {
          continue;
        }
        Optional<String> name = resolve(reference.node(), stack);
        if (name.isEmpty()) {
          findings.add(stack.template().finding(reference.from(), reference.path(),
              "cannot tell which export this Fn::ImportValue names: use a literal or Fn::Sub"));
          continue;
        }
        String exporter = exporters.get(name.get());
        if (exporter == null) {
          findings.add(stack.template().finding(reference.from(), reference.path(),
              "Fn::ImportValue of '" + name.get() + "', which no stack exports" + suffix));
        } else if (exporter.equals(stack.name())) {
          findings.add(stack.template().finding(reference.from(), reference.path(),
              "Fn::ImportValue of '" + name.get() + "', which this stack exports itself; a "
                  + "stack cannot import its own export"));
        } else {
          importsFrom.get(stack.name()).add(exporter);
        }
      }
    }
    SortedMap<String, SortedSet<String>> graph = Graphs.sorted(importsFrom);
    for (List<String> cycle : Graphs.cycles(graph)) {
      Stack first = stacks.stream().filter(s -> s.name().equals(cycle.get(0))).findFirst()
          .orElseThrow();
      findings.add(first.template().finding("", "/", "stacks import from each other in a "
          + "cycle, so none of them can deploy first: " + String.join(" -> ", cycle) + suffix));
    }
    return new Deployment(environment, Graphs.levels(graph), findings);
  }

  /**
   * An export or import name with the stack's parameter values put in. Pseudo parameters
   * ({@code ${AWS::Region}}) stay as written: they are the same on both sides of an import.
   */
  static Optional<String> resolve(JsonNode expression, Stack stack) {
    if (expression.isTextual()) {
      return Optional.of(expression.asText());
    }
    Optional<String> function = Intrinsics.function(expression);
    if (function.isEmpty()) {
      return Optional.empty();
    }
    JsonNode argument = expression.get(function.get());
    switch (function.get()) {
      case "Ref" -> {
        return Optional.of(variable(argument.asText(), stack));
      }
      case "Fn::Sub" -> {
        String text = argument.isArray() ? argument.path(0).asText() : argument.asText();
        JsonNode local = argument.isArray() ? argument.path(1) : TemplateContext.missing();
        Matcher matcher = SUB_VARIABLE.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
          String name = matcher.group(1).trim();
          String value;
          if (local.has(name)) {
            Optional<String> resolved = resolve(local.get(name), stack);
            if (resolved.isEmpty()) {
              return Optional.empty();
            }
            value = resolved.get();
          } else {
            value = variable(name, stack);
          }
          matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return Optional.of(out.toString());
      }
      case "Fn::Join" -> {
        var parts = new ArrayList<String>();
        for (JsonNode part : argument.path(1)) {
          Optional<String> resolved = resolve(part, stack);
          if (resolved.isEmpty()) {
            return Optional.empty();
          }
          parts.add(resolved.get());
        }
        return argument.path(1).isArray()
            ? Optional.of(String.join(argument.path(0).asText(), parts)) : Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static String variable(String name, Stack stack) {
    String value = stack.values().get(name);
    return value != null ? value : "${" + name + "}";
  }
}
