package org.llmgateway.cfn.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.llmgateway.cfn.codegen.ServiceSpec.ResourceType;

/**
 * Writes one Java source file per resource type of the allowlisted services: the generated
 * resource model. Run through {@code scripts/generate-model.sh}; {@code ModelDriftTest} runs the
 * same generation in memory and fails when the committed sources differ.
 *
 * <pre>ModelGenerator ROOT</pre>
 *
 * ROOT is the repository: the allowlist is {@code model-codegen/services.txt}, the enum values
 * come from the validator's registry snapshot, and sources go to the part of
 * {@code model-resources/} the allowlist names for each service.
 */
public final class ModelGenerator {

  static final String COMMAND = "scripts/generate-model.sh";
  static final String BASE_PACKAGE = "org.llmgateway.cfn.resource";
  static final Path ALLOWLIST = Path.of("model-codegen", "services.txt");
  static final Path REGISTRY = Path.of(
      "engine", "src", "main", "resources", "org", "llmgateway", "cfn", "generators",
      "schemas", "resource-schemas.ndjson.gz");
  /** The resource model's folder: one Maven module per part, each with its own sources. */
  static final Path MODEL = Path.of("model-resources");
  /** Where in a part's module its generated sources go. */
  static final Path PART_SOURCES = Path.of(
      "src", "main", "java", "org", "llmgateway", "cfn", "resource");

  private ModelGenerator() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Map<Path, String> sources = generate(root);
    try {
      write(root, sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(sources.size() + " resource types written under " + MODEL);
  }

  /** Every generated file, by path relative to the repository, in path order. */
  static Map<Path, String> generate(Path root) {
    Map<String, String> parts = allowlist(root.resolve(ALLOWLIST));
    ServiceSpec spec = ServiceSpec.load();
    RegistryEnums enums = RegistryEnums.load(root.resolve(REGISTRY));
    Map<Path, String> files = new TreeMap<>();
    for (ResourceType type : allowlisted(spec, parts.keySet())) {
      String segment = JavaNames.packageSegment(type.namespace());
      String className = JavaNames.typeName(type.name());
      String source = new ResourceSource(type, BASE_PACKAGE + "." + segment, enums,
          spec.describe()).render();
      files.put(MODEL.resolve(parts.get(type.namespace())).resolve(PART_SOURCES)
          .resolve(segment).resolve(className + ".java"), source);
    }
    return files;
  }

  /**
   * The resource model's Java sources now in {@code root}, generated or not, relative to it: the
   * main sources of every part (never a build's output or a test).
   */
  static List<Path> modelSources(Path root) throws IOException {
    Path model = root.resolve(MODEL);
    if (!Files.isDirectory(model)) {
      return List.of();
    }
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> parts = Files.list(model)) {
      for (Path part : parts.filter(Files::isDirectory).sorted().toList()) {
        Path folder = part.resolve(PART_SOURCES);
        if (Files.isDirectory(folder)) {
          try (Stream<Path> files = Files.walk(folder)) {
            files.filter(file -> file.toString().endsWith(".java")).sorted()
                .forEach(file -> sources.add(root.relativize(file)));
          }
        }
      }
    }
    return sources;
  }

  /**
   * The fully qualified name of every class the generator writes, with its CloudFormation type:
   * what the resource model's own test loads to prove each one compiled.
   */
  public static Map<String, String> generatedClasses(Path root) {
    Map<String, String> classes = new TreeMap<>();
    Set<String> namespaces = allowlist(root.resolve(ALLOWLIST)).keySet();
    for (ResourceType type : allowlisted(ServiceSpec.load(), namespaces)) {
      classes.put(BASE_PACKAGE + "." + JavaNames.packageSegment(type.namespace()) + "."
          + JavaNames.typeName(type.name()), type.cfnType());
    }
    return classes;
  }

  /** The resource types of the allowlisted namespaces, in type-name order. */
  static List<ResourceType> allowlisted(ServiceSpec spec, Set<String> namespaces) {
    Set<String> missing = new TreeSet<>(namespaces);
    List<ResourceType> types = new ArrayList<>();
    for (ResourceType type : spec.resourceTypes()) {
      if (namespaces.contains(type.namespace())) {
        types.add(type);
        missing.remove(type.namespace());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          ALLOWLIST + ": no resource types in the service specification for " + missing);
    }
    return types;
  }

  /**
   * The allowlisted namespaces with the part of the model each goes to, from lines of the form
   * {@code AWS::EC2 network}; a part is the name of a module folder under {@code model-resources/}.
   */
  static Map<String, String> allowlist(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Map<String, String> parts = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\s+");
      if (fields.length != 2 || !fields[0].startsWith("AWS::")
          || !fields[1].matches("[a-z][a-z0-9-]*")) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected a namespace and "
            + "the part of the model it goes to, as in 'AWS::EC2 network', found '" + line + "'");
      }
      if (parts.put(fields[0], fields[1]) != null) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + fields[0]
            + " is listed twice");
      }
    }
    return parts;
  }

  /**
   * Writes the files and removes generated files no longer produced (a type AWS dropped or a
   * service taken off the allowlist); a file without the generated header is never touched.
   */
  private static void write(Path root, Map<Path, String> sources) throws IOException {
    for (Path file : modelSources(root)) {
      if (!sources.containsKey(file)
          && Files.readString(root.resolve(file)).startsWith(ResourceSource.HEADER_START)) {
        Files.delete(root.resolve(file));
      }
    }
    for (var entry : sources.entrySet()) {
      Path file = root.resolve(entry.getKey());
      Files.createDirectories(file.getParent());
      byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
        Files.write(file, bytes);
      }
    }
  }
}
