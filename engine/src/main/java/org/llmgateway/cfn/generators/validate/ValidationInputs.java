package org.llmgateway.cfn.generators.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Templates and parameter files read from disk for the {@code validate} and {@code order}
 * commands. A file that cannot be read becomes a finding, never an exception.
 */
public final class ValidationInputs {

  /** The folder generate writes, relative to the repository root. */
  public static final String GENERATED = "generated-templates";

  /** What a folder given as a template stands for: the templates directly in it. */
  private static final List<String> TEMPLATE_EXTENSIONS = List.of(".yaml", ".yml", ".json",
      ".template");

  private ValidationInputs() {}

  /** What was read, and findings for what could not be. */
  public record Loaded(List<TemplateSource> templates, List<ParameterFile> parameterFiles,
      List<Finding> findings) {}

  /**
   * Reads {@code templates} and {@code parameters}. A folder among the templates stands for the
   * templates directly in it ({@code *.yaml}, {@code *.yml}, {@code *.json}, {@code *.template},
   * sorted) and, laid out as generated-templates/ is, the parameter files of its
   * {@code parameters/<environment>/} folders. A parameter spec is {@code TEMPLATE=FILE},
   * or a FILE that belongs to the template of the same base name ({@code dev/network-stack.json}
   * to {@code network-stack.yaml}); the folder holding a parameter file names its environment.
   * File names in findings are relative to {@code base} when the file is under it.
   */
  public static Loaded load(Path base, List<Path> templates, List<String> parameters) {
    List<Path> templateFiles = new ArrayList<>();
    List<String> parameterSpecs = new ArrayList<>();
    for (Path template : templates) {
      if (Files.isDirectory(template)) {
        templateFiles.addAll(list(template, 1, TEMPLATE_EXTENSIONS));
        parameterFilesUnder(template).forEach(parameterSpecs::add);
      } else {
        templateFiles.add(template);
      }
    }
    parameterSpecs.addAll(parameters);
    return read(base, templateFiles, parameterSpecs);
  }

  private static Loaded read(Path base, List<Path> templates, List<String> parameters) {
    List<TemplateSource> sources = new ArrayList<>();
    List<ParameterFile> parameterFiles = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    // parsing YAML is most of the reading, and cold: both cores parse, results in file order
    for (Read<TemplateSource> read : templates.parallelStream().map(path -> readTemplate(base, path))
        .toList()) {
      findings.addAll(read.findings());
      read.file().ifPresent(sources::add);
    }
    for (Read<ParameterFile> read : parameters.parallelStream()
        .map(spec -> readParameterFile(base, spec, sources)).toList()) {
      findings.addAll(read.findings());
      read.file().ifPresent(parameterFiles::add);
    }
    return new Loaded(sources, parameterFiles, findings);
  }

  /** One file as read: what could be read of it, and the findings of reading it. */
  private record Read<T>(Optional<T> file, List<Finding> findings) {}

  private static Read<TemplateSource> readTemplate(Path base, Path path) {
    String name = display(base, path);
    List<Finding> findings = new ArrayList<>();
    Optional<TemplateSource> source = readText(name, path, findings).flatMap(text -> {
      TemplateReader.Parsed parsed = TemplateReader.read(name, text);
      findings.addAll(parsed.findings());
      return parsed.readable()
          ? Optional.of(new TemplateSource(name, parsed.json(),
              text.getBytes(StandardCharsets.UTF_8).length))
          : Optional.empty();
    });
    return new Read<>(source, findings);
  }

  private static Read<ParameterFile> readParameterFile(Path base, String spec,
      List<TemplateSource> sources) {
    int equals = spec.indexOf('=');
    Path file = Path.of(equals < 0 ? spec : spec.substring(equals + 1));
    String name = display(base, file);
    String templateFile;
    if (equals >= 0) {
      templateFile = display(base, Path.of(spec.substring(0, equals)));
    } else {
      String stack = new TemplateSource(name, null, 0).stack();
      templateFile = sources.stream().filter(s -> s.stack().equals(stack))
          .map(TemplateSource::file).findFirst().orElse(stack + ".yaml");
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    String environment = folder == null || folder.getFileName() == null ? ""
        : folder.getFileName().toString();
    List<Finding> findings = new ArrayList<>();
    Optional<ParameterFile> parameterFile = readText(name, file, findings).flatMap(text -> {
      TemplateReader.Parsed parsed = TemplateReader.read(name, text);
      findings.addAll(parsed.findings());
      return parsed.readable()
          ? Optional.of(new ParameterFile(name, templateFile, environment, parsed.json()))
          : Optional.empty();
    });
    return new Read<>(parameterFile, findings);
  }

  /**
   * The generated templates under {@code root} ({@code generated-templates/*.yaml}) with every
   * parameter file ({@code generated-templates/parameters/<environment>/*.json}).
   */
  public static Loaded generated(Path root) {
    Path folder = root.resolve(GENERATED);
    return read(root, list(folder, 1, List.of(".yaml")), parameterFilesUnder(folder));
  }

  /** The parameter files of a folder laid out as generated-templates/: parameters/ENV/*.json. */
  private static List<String> parameterFilesUnder(Path folder) {
    return list(folder.resolve("parameters"), 2, List.of(".json")).stream()
        .map(Path::toString).toList();
  }

  private static List<Path> list(Path folder, int depth, List<String> extensions) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder, depth)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> extensions.stream().anyMatch(p.getFileName().toString()::endsWith))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> readText(String name, Path path,
      List<Finding> findings) {
    try {
      return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      findings.add(new Finding(name, "", "/", Rule.YAML_SYNTAX, "cannot read the file: " + e));
      return Optional.empty();
    }
  }

  private static String display(Path base, Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path from = base.toAbsolutePath().normalize();
    String shown = absolute.startsWith(from) ? from.relativize(absolute).toString()
        : path.toString();
    return shown.replace('\\', '/');
  }
}
