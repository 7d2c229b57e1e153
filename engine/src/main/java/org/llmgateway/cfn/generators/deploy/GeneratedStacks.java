package org.llmgateway.cfn.generators.deploy;

import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.generators.application.Applications;
import org.llmgateway.cfn.generators.application.NamingConvention;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.validate.Finding;
import org.llmgateway.cfn.generators.validate.StackGraph;
import org.llmgateway.cfn.generators.validate.TemplateReader;

/**
 * The checked-in stacks of one environment, {@code generated-templates/<stack>-stack.yaml} with
 * {@code generated-templates/parameters/<env>/<stack>-stack.json}, and the order they deploy in,
 * computed by {@link StackGraph} from the templates' exports and imports. What is deployed is what
 * the pipelines deploy: the files, not a fresh rendering of the model.
 */
public final class GeneratedStacks {

  private static final String TEMPLATE_SUFFIX = "-stack.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String environment;
  private final SortedMap<String, StackArtifact> stacks;
  private final StackGraph graph;
  private final Map<String, String> nameValues;

  private GeneratedStacks(String environment, SortedMap<String, StackArtifact> stacks,
      StackGraph graph, Map<String, String> nameValues) {
    this.environment = environment;
    this.stacks = Collections.unmodifiableSortedMap(stacks);
    this.graph = graph;
    this.nameValues = Collections.unmodifiableMap(nameValues);
  }

  /** {@link #load(Path, String, NamingConvention)} named by the classpath's application. */
  public static GeneratedStacks load(Path root, String environment) {
    return load(root, environment, Applications.current().naming());
  }

  /**
   * Reads every template under {@code root/generated-templates} and its parameter file for
   * {@code environment}. Fails naming the file when one is missing or malformed, and when an
   * import names an export that none of the templates declares.
   */
  public static GeneratedStacks load(Path root, String environment, NamingConvention<?> naming) {
    Path folder = root.resolve(GeneratedFiles.TEMPLATES_FOLDER);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("No " + GeneratedFiles.TEMPLATES_FOLDER + "/ folder under "
          + root.toAbsolutePath().normalize() + " (is --root the repository root?)");
    }
    if (!environment.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("Environment '" + environment
          + "' is not a lower-case name such as dev, staging or prod");
    }
    Path parameterFolder = folder.resolve("parameters").resolve(environment);
    if (!Files.isDirectory(parameterFolder)) {
      throw new IllegalArgumentException("No parameter files for environment '" + environment
          + "': " + root.relativize(parameterFolder) + " does not exist");
    }
    SortedMap<String, StackArtifact> stacks = new TreeMap<>();
    for (Path templateFile : templateFiles(folder)) {
      String fileName = templateFile.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - TEMPLATE_SUFFIX.length());
      Path relativeTemplate = root.relativize(templateFile);
      String body = read(templateFile);
      Path parameterFile = parameterFolder.resolve(name + "-stack.json");
      if (!Files.isRegularFile(parameterFile)) {
        throw new IllegalArgumentException(relativeTemplate + " has no parameter file for '"
            + environment + "': " + root.relativize(parameterFile) + " is missing");
      }
      Path relativeParameters = root.relativize(parameterFile);
      var template = readTemplate(relativeTemplate.toString(), body);
      var parameters = parameters(read(parameterFile), relativeParameters.toString());
      for (String key : parameters.keySet()) {
        if (!template.path("Parameters").has(key)) {
          throw new IllegalArgumentException(relativeParameters + " sets '" + key
              + "', which " + relativeTemplate + " does not declare");
        }
      }
      // the parameter file carries the name parameters' values (e.g. a tenant-aware prefix)
      Map<String, String> own = new TreeMap<>(Map.of(EnvironmentParameter.LOGICAL_ID, environment));
      for (String key : naming.nameParameters()) {
        if (parameters.containsKey(key) && !key.equals(EnvironmentParameter.LOGICAL_ID)) {
          own.put(key, parameters.get(key));
        }
      }
      stacks.put(name, new StackArtifact(name, naming.stackName(name, own),
          relativeTemplate, body, template, relativeParameters, parameters));
    }
    if (stacks.isEmpty()) {
      throw new IllegalArgumentException("No *" + TEMPLATE_SUFFIX + " templates in "
          + root.relativize(folder));
    }
    Map<String, JsonNode> templates = new TreeMap<>();
    stacks.forEach((name, stack) -> templates.put(name, stack.template()));
    Map<String, String> nameValues = nameValues(environment, stacks, naming.nameParameters());
    StackGraph graph = StackGraph.of(templates, nameValues);
    if (!graph.unresolvedImports().isEmpty()) {
      throw new IllegalArgumentException("Imports that no template exports: "
          + graph.unresolvedImports());
    }
    return new GeneratedStacks(environment, stacks, graph, nameValues);
  }

  public String environment() {
    return environment;
  }

  /**
   * The values names are built from, known before any stack exists: {@code EnvironmentName}, and
   * the application's other name parameters (LiteLLM's {@code NamePrefix} and {@code NamePath})
   * as the parameter files give them.
   */
  public Map<String, String> nameValues() {
    return nameValues;
  }

  private static Map<String, String> nameValues(String environment,
      SortedMap<String, StackArtifact> stacks, List<String> nameParameters) {
    Map<String, String> values = new TreeMap<>();
    values.put(EnvironmentParameter.LOGICAL_ID, environment);
    for (StackArtifact stack : stacks.values()) {
      for (String key : nameParameters) {
        if (key.equals(EnvironmentParameter.LOGICAL_ID)) {
          continue;
        }
        String value = stack.parameters().get(key);
        String earlier = value == null ? null : values.putIfAbsent(key, value);
        if (earlier != null && !earlier.equals(value)) {
          throw new IllegalArgumentException(stack.parameterFile() + " sets " + key + " to '"
              + value + "', another stack's parameter file to '" + earlier
              + "'; regenerate the parameter files");
        }
      }
    }
    return values;
  }

  /** Every stack, by short name. */
  public SortedMap<String, StackArtifact> stacks() {
    return stacks;
  }

  public StackGraph graph() {
    return graph;
  }

  /** All stacks in deploy order: every stack after the stacks whose exports it imports. */
  public List<StackArtifact> deployOrder() {
    return deployOrder(stacks.keySet());
  }

  /**
   * The {@code selected} stacks in deploy order. A stack left out must already be deployed if a
   * selected stack imports from it; CloudFormation checks that.
   */
  public List<StackArtifact> deployOrder(Collection<String> selected) {
    List<String> unknown = new ArrayList<>(selected);
    unknown.removeAll(stacks.keySet());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Unknown stack(s) " + unknown + "; the stacks are "
          + stacks.keySet());
    }
    List<StackArtifact> order = new ArrayList<>();
    for (SortedSet<String> wave : graph.waves()) {
      for (String name : wave) {
        if (selected.contains(name)) {
          order.add(stacks.get(name));
        }
      }
    }
    return order;
  }

  /**
   * The {@code selected} stacks by wave, in deploy order: the stacks of one wave import nothing
   * from each other and can deploy at the same time.
   */
  public List<List<StackArtifact>> deployWaves(Collection<String> selected) {
    List<StackArtifact> order = deployOrder(selected);
    List<List<StackArtifact>> waves = new ArrayList<>();
    for (SortedSet<String> wave : graph.waves()) {
      List<StackArtifact> chosen = order.stream().filter(s -> wave.contains(s.name())).toList();
      if (!chosen.isEmpty()) {
        waves.add(chosen);
      }
    }
    return waves;
  }

  /** All stacks in the order they can be deleted: importers before the stacks they import from. */
  public List<StackArtifact> teardownOrder() {
    List<StackArtifact> order = new ArrayList<>(deployOrder());
    Collections.reverse(order);
    return order;
  }

  private static List<Path> templateFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(TEMPLATE_SUFFIX))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  /**
   * A template as canonical JSON, read the way the validator reads it; {@code source} names the
   * file (or the deployed stack) when it cannot be read.
   */
  static ObjectNode readTemplate(String source, String text) {
    TemplateReader.Parsed parsed = TemplateReader.read(source, text);
    if (!parsed.readable() || !parsed.json().isObject()) {
      throw new IllegalArgumentException(source + " cannot be read as a template: "
          + parsed.findings().stream().map(Finding::reason).toList());
    }
    return (ObjectNode) parsed.json();
  }

  /** The array form [{"ParameterKey": k, "ParameterValue": v}, ...] as a map in file order. */
  static Map<String, String> parameters(String text, String source) {
    JsonNode array;
    try {
      array = JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + " is not valid JSON: " + e.getMessage(), e);
    }
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException(source
          + " must be a JSON array of {\"ParameterKey\": ..., \"ParameterValue\": ...}");
    }
    Map<String, String> values = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode entry : array) {
      JsonNode key = entry.get("ParameterKey");
      JsonNode value = entry.get("ParameterValue");
      if (key == null || !key.isTextual() || value == null || !value.isValueNode()
          || value.isNull()) {
        throw new IllegalArgumentException(source + ": entry " + index
            + " needs a string ParameterKey and a ParameterValue");
      }
      if (values.put(key.asText(), value.asText()) != null) {
        throw new IllegalArgumentException(source + ": parameter '" + key.asText()
            + "' is given twice");
      }
      index++;
    }
    return values;
  }
}
