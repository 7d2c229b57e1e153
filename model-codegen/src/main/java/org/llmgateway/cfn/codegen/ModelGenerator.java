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
 * come from the validator's registry snapshot, and sources go to {@code model-resources/}.
 */
public final class ModelGenerator {

  static final String COMMAND = "scripts/generate-model.sh";
  static final String BASE_PACKAGE = "org.llmgateway.cfn.resource";
  static final Path ALLOWLIST = Path.of("model-codegen", "services.txt");
  static final Path REGISTRY = Path.of(
      "engine", "src", "main", "resources", "org", "llmgateway", "cfn", "generators",
      "schemas", "resource-schemas.ndjson.gz");
  static final Path OUTPUT = Path.of(
      "model-resources", "src", "main", "java", "org", "llmgateway", "cfn", "resource");

  private ModelGenerator() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
    Map<Path, String> sources = generate(root);
    try {
      write(root.resolve(OUTPUT), sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(sources.size() + " resource types written under " + OUTPUT);
  }

  /** Every generated file, by path relative to the output folder, in path order. */
  static Map<Path, String> generate(Path root) {
    Set<String> namespaces = allowlist(root.resolve(ALLOWLIST));
    ServiceSpec spec = ServiceSpec.load();
    RegistryEnums enums = RegistryEnums.load(root.resolve(REGISTRY));
    Map<Path, String> files = new TreeMap<>();
    for (ResourceType type : allowlisted(spec, namespaces)) {
      String segment = JavaNames.packageSegment(type.namespace());
      String className = JavaNames.typeName(type.name());
      String source = new ResourceSource(type, BASE_PACKAGE + "." + segment, enums,
          spec.describe()).render();
      files.put(Path.of(segment, className + ".java"), source);
    }
    return files;
  }

  /**
   * The fully qualified name of every class the generator writes, with its CloudFormation type:
   * what the resource model's own test loads to prove each one compiled.
   */
  public static Map<String, String> generatedClasses(Path root) {
    Map<String, String> classes = new TreeMap<>();
    for (ResourceType type : allowlisted(ServiceSpec.load(), allowlist(root.resolve(ALLOWLIST)))) {
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

  static Set<String> allowlist(Path file) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      Set<String> namespaces = new TreeSet<>();
      lines.map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .forEach(namespaces::add);
      return namespaces;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Writes the files and removes generated files no longer produced (a type AWS dropped or a
   * service taken off the allowlist); a file without the generated header is never touched.
   */
  private static void write(Path output, Map<Path, String> sources) throws IOException {
    if (Files.isDirectory(output)) {
      try (Stream<Path> existing = Files.walk(output)) {
        for (Path file : existing.filter(Files::isRegularFile).toList()) {
          if (!sources.containsKey(output.relativize(file))
              && Files.readString(file).startsWith(ResourceSource.HEADER_START)) {
            Files.delete(file);
          }
        }
      }
    }
    for (var entry : sources.entrySet()) {
      Path file = output.resolve(entry.getKey());
      Files.createDirectories(file.getParent());
      byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
        Files.write(file, bytes);
      }
    }
  }
}
