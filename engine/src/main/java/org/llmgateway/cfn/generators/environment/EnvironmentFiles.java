package org.llmgateway.cfn.generators.environment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Environments as data: {@code environments/<name>.yaml} under a project root, one file per
 * environment, its name the file's name, its keys the setting names of the application's settings
 * type ({@link SettingsBinding}). Each file is bound to that type, so its checks run; every problem
 * of every file is collected before anything is refused.
 */
public final class EnvironmentFiles {

  /** The folder, relative to the project root, that holds one YAML file per environment. */
  public static final String FOLDER = "environments";

  static final String EXTENSION = ".yaml";

  /** The standard environments in promotion order; other names follow alphabetically. */
  private static final List<String> PROMOTION = List.of("dev", "staging", "prod");

  /** dev, staging, prod, then any other environment name alphabetically. */
  public static final Comparator<String> ORDER =
      Comparator.comparingInt(EnvironmentFiles::promotionRank)
          .thenComparing(Comparator.naturalOrder());

  private static final ObjectMapper YAML = new ObjectMapper(
      new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

  private EnvironmentFiles() {}

  /**
   * Every environment of {@code root/environments/}, in {@link #ORDER}.
   *
   * @throws InvalidEnvironmentFilesException naming every problem of every file
   */
  public static <S> List<S> load(Path root, SettingsBinding<S> binding) {
    Path folder = root.resolve(FOLDER);
    List<String> problems = new ArrayList<>();
    List<S> environments = new ArrayList<>();
    List<Path> files = files(folder);
    if (files.isEmpty()) {
      problems.add(FOLDER + "/: no environment file (<name>" + EXTENSION + ") in " + folder);
    }
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String shown = FOLDER + "/" + fileName;
      if (!fileName.endsWith(EXTENSION)) {
        problems.add(shown + ": environment files end in " + EXTENSION);
        continue;
      }
      String name = fileName.substring(0, fileName.length() - EXTENSION.length());
      try {
        environments.add(parse(binding, name, Files.readString(file, StandardCharsets.UTF_8)));
      } catch (InvalidEnvironmentException e) {
        e.problems().forEach(problem -> problems.add(shown + ": " + problem));
      } catch (IOException e) {
        problems.add(shown + ": cannot be read: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidEnvironmentFilesException(problems);
    }
    environments.sort(Comparator.comparing(binding::name, ORDER));
    return List.copyOf(environments);
  }

  /**
   * One environment from the text of its YAML file.
   *
   * @throws InvalidEnvironmentException with one {@code field: reason} per problem: keys that are
   *     not settings and values of the wrong type first (then the checks do not run, as a missing
   *     value would be judged by its default), else every check that refuses the values
   */
  public static <S> S parse(SettingsBinding<S> binding, String name, String yaml) {
    JsonNode document;
    try {
      document = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidEnvironmentException(name,
          List.of("not valid YAML: " + e.getOriginalMessage()));
    }
    if (document == null || document.isMissingNode() || document.isNull()) {
      return binding.defaults(name);
    }
    if (!document.isObject()) {
      throw new InvalidEnvironmentException(name,
          List.of("must be a mapping of setting names to values"));
    }
    Object builder = binding.builder(name);
    List<String> problems = new ArrayList<>();
    Map<String, SettingField> fields = SettingField.byName(binding.type());
    for (Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext(); ) {
      var entry = it.next();
      SettingField field = fields.get(entry.getKey());
      if (field == null || field.name().equals("name")) {
        problems.add(entry.getKey() + ": " + (entry.getKey().equals("name")
            ? "the environment's name is its file's name; remove this key"
            : "is not a setting (the settings are listed in "
                + EnvironmentSchema.FILE_NAME + ")"));
        continue;
      }
      field.problem(entry.getValue()).ifPresentOrElse(
          reason -> problems.add(field.name() + ": " + reason),
          () -> set(builder, field, field.value(entry.getValue())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidEnvironmentException(name, problems);
    }
    return binding.build(builder);
  }

  private static void set(Object builder, SettingField field, Object value) {
    Method setter = field.builderMethod(builder.getClass());
    try {
      setter.invoke(builder, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString();
            return n.endsWith(EXTENSION) || n.endsWith(".yml");
          })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int promotionRank(String environment) {
    int rank = PROMOTION.indexOf(environment);
    return rank < 0 ? PROMOTION.size() : rank;
  }
}
