package org.llmgateway.cfn.generators.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Azure DevOps pipeline files as data: reading them, expanding template calls with concrete
 * parameters (as Azure DevOps does when it compiles a run), and finding the repository root and
 * the reference data next to it.
 */
final class PipelineFiles {

  static final String FOLDER = "azure-devops";
  static final String TEMPLATES = FOLDER + "/templates";
  /** The environments the generators wrote parameter files for: the pipelines accept these. */
  static final List<String> ENVIRONMENTS = environments();

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern PARAMETER =
      Pattern.compile("\\$\\{\\{\\s*parameters\\.([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  private PipelineFiles() {}

  private static List<String> environments() {
    Path folder = root().resolve("generated-templates/parameters");
    try (Stream<Path> dirs = Files.list(folder)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the environments in " + folder, e);
    }
  }

  static Path root() {
    return Path.of(System.getProperty("repo.root", ".")).toAbsolutePath().normalize();
  }

  /**
   * The shared reference folder: {@code ../shared/reference} beside the checkout (CI's layout),
   * looked up in each parent so a worktree deeper in the tree finds it too.
   */
  static Path referenceFolder() {
    for (Path dir = root(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/reference");
      if (Files.isDirectory(candidate.resolve("azure-pipelines"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("No shared/reference/azure-pipelines beside " + root()
        + " or above it: the pipeline schema checks need the reference data (CI provides it)");
  }

  /** Every pipeline (not template) file, sorted. */
  static List<Path> pipelines() {
    return list(root().resolve(FOLDER), 1);
  }

  /** Every template file, sorted. */
  static List<Path> templates() {
    return list(root().resolve(TEMPLATES), 1);
  }

  static List<Path> all() {
    List<Path> all = new ArrayList<>(pipelines());
    all.addAll(templates());
    return all;
  }

  private static List<Path> list(Path folder, int depth) {
    try (Stream<Path> files = Files.walk(folder, depth)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String relative(Path file) {
    return root().relativize(file).toString().replace('\\', '/');
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(Path file) {
    return parse(text(file), relative(file));
  }

  static JsonNode parse(String yaml, String source) {
    try {
      return YAML.readTree(yaml);
    } catch (IOException e) {
      throw new IllegalStateException(source + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  /**
   * The document as Azure DevOps' parser sees it for schema purposes: every scalar a string, and
   * template-expression insertions ({@code ${{ if }}:}, {@code ${{ else }}:}, {@code ${{ each }}:},
   * {@code - ${{ parameters.steps }}}) merged into their parent, so every branch is checked.
   */
  static JsonNode forSchema(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        JsonNode value = forSchema(field.getValue());
        if (isExpression(field.getKey()) && value.isObject()) {
          out.setAll((ObjectNode) value);
        } else {
          out.set(field.getKey(), value);
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (JsonNode item : node) {
        if (item.isTextual() && isExpression(item.asText())) {
          continue;
        }
        if (item.isObject() && item.size() == 1 && isExpression(item.fieldNames().next())) {
          JsonNode inserted = forSchema(item.elements().next());
          if (inserted.isArray()) {
            inserted.forEach(out::add);
          } else {
            out.add(inserted);
          }
          continue;
        }
        out.add(forSchema(item));
      }
      return out;
    }
    if (node.isNull()) {
      return TextNode.valueOf("");
    }
    return TextNode.valueOf(node.asText());
  }

  private static boolean isExpression(String text) {
    String trimmed = text.trim();
    return trimmed.startsWith("${{") && trimmed.endsWith("}}");
  }

  /** A template used by a file, with the parameters the caller gives it (after expansion). */
  record TemplateCall(Path caller, Path template, JsonNode parameters) {

    String name() {
      return template.getFileName().toString();
    }

    String text(String parameter) {
      JsonNode value = parameters.get(parameter);
      return value == null ? null : value.asText();
    }

    List<String> list(String parameter) {
      List<String> values = new ArrayList<>();
      JsonNode value = parameters.get(parameter);
      if (value != null) {
        value.forEach(item -> values.add(item.asText()));
      }
      return values;
    }
  }

  /** One file as a run compiles it: its text with the caller's parameter values in place. */
  record Compiled(Path file, String text) {

    JsonNode document() {
      return parse(text, relative(file));
    }
  }

  /** One compiled run of a pipeline: each file it expands, and every template call it makes. */
  record Expansion(Path pipeline, Map<String, String> runParameters, List<Compiled> files,
      List<TemplateCall> calls) {

    List<String> texts() {
      return files.stream().map(Compiled::text).toList();
    }

    /** Each expansion of the template named {@code templateName}, in the order of its calls. */
    List<Compiled> compiled(String templateName) {
      return files.stream()
          .filter(f -> f.file().getFileName().toString().equals(templateName)).toList();
    }

    List<TemplateCall> calls(String templateName) {
      return calls.stream().filter(c -> c.name().equals(templateName)).toList();
    }
  }

  /**
   * Expands a pipeline for one value of its {@code environment} parameter (others take their
   * defaults), following template calls recursively with the parameters each caller passes.
   */
  static Expansion expand(Path pipeline, String environment) {
    return expand(pipeline, environment, Map.of());
  }

  /** As above, with {@code runParameters} given values other than their defaults. */
  static Expansion expand(Path pipeline, String environment, Map<String, String> runParameters) {
    // many tests expand the same runs; an expansion reads only checked-in files
    return EXPANSIONS.computeIfAbsent(pipeline.toAbsolutePath().normalize() + "\n" + environment
        + "\n" + new java.util.TreeMap<>(runParameters),
        key -> expandUncached(pipeline, environment, runParameters));
  }

  private static final Map<String, Expansion> EXPANSIONS = new ConcurrentHashMap<>();

  private static Expansion expandUncached(Path pipeline, String environment,
      Map<String, String> given) {
    Map<String, JsonNode> runParameters = new LinkedHashMap<>();
    for (JsonNode parameter : read(pipeline).path("parameters")) {
      String name = parameter.path("name").asText();
      JsonNode value = given.containsKey(name)
          ? TextNode.valueOf(given.get(name)) : parameter.path("default");
      runParameters.put(name, name.equals("environment") ? TextNode.valueOf(environment) : value);
    }
    List<Compiled> files = new ArrayList<>();
    List<TemplateCall> calls = new ArrayList<>();
    expandFile(pipeline, runParameters, files, calls, 0);
    Map<String, String> shown = new LinkedHashMap<>();
    runParameters.forEach((k, v) -> shown.put(k, v.asText()));
    return new Expansion(pipeline, java.util.Collections.unmodifiableMap(shown), List.copyOf(files),
        List.copyOf(calls));
  }

  private static void expandFile(Path file, Map<String, JsonNode> parameters,
      List<Compiled> files, List<TemplateCall> calls, int depth) {
    if (depth > 10) {
      throw new IllegalStateException("Templates nest deeper than 10 levels at " + relative(file));
    }
    String text = substitute(text(file), parameters);
    files.add(new Compiled(file, text));
    JsonNode document = parse(text, relative(file));
    List<JsonNode> references = new ArrayList<>();
    collectTemplateReferences(document, references);
    for (JsonNode reference : references) {
      Path template = resolve(file, reference.get("template").asText());
      JsonNode given = reference.path("parameters");
      calls.add(new TemplateCall(file, template, given));
      if (!Files.isRegularFile(template)) {
        continue;
      }
      Map<String, JsonNode> values = new LinkedHashMap<>();
      for (JsonNode declared : read(template).path("parameters")) {
        String name = declared.path("name").asText();
        values.put(name, given.has(name) ? given.get(name) : declared.path("default"));
      }
      expandFile(template, values, files, calls, depth + 1);
    }
  }

  /** A template path: from the repository root when it starts with '/', else from the caller. */
  static Path resolve(Path caller, String reference) {
    return reference.startsWith("/")
        ? root().resolve(reference.substring(1)).normalize()
        : caller.getParent().resolve(reference).normalize();
  }

  /**
   * The template references of a document in order. A reference's own parameters are not
   * searched: steps passed to a template run where the template inserts them, so they are found
   * (once, in their place) when the template is expanded.
   */
  private static void collectTemplateReferences(JsonNode node, List<JsonNode> references) {
    if (node.isObject()) {
      if (node.path("template").isTextual()) {
        references.add(node);
        return;
      }
      node.elements().forEachRemaining(child -> collectTemplateReferences(child, references));
    } else if (node.isArray()) {
      node.forEach(child -> collectTemplateReferences(child, references));
    }
  }

  /**
   * Replaces {@code ${{ parameters.x }}} with scalar values; a list or object parameter written
   * alone as a value is replaced by its flow-style YAML, as Azure DevOps inserts the object.
   */
  static String substitute(String text, Map<String, JsonNode> parameters) {
    Matcher matcher = PARAMETER.matcher(text);
    var out = new StringBuilder();
    while (matcher.find()) {
      JsonNode value = parameters.get(matcher.group(1));
      String replacement;
      if (value == null || value.isMissingNode()) {
        replacement = matcher.group();
      } else if (value.isNull()) {
        // `stagePrefix: ` passed on from an empty parameter: Azure DevOps passes "" on
        replacement = "";
      } else if (value.isContainerNode()) {
        replacement = value.toString();
      } else {
        replacement = value.asText();
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
