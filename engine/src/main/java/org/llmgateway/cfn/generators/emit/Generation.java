package org.llmgateway.cfn.generators.emit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.llmgateway.cfn.generators.application.Application;
import org.llmgateway.cfn.generators.stack.StackGenerator;

/** The generate and check operations, as a Java API (the CLI is a thin layer over these). */
public final class Generation {

  /** The first line of every generated template and page says so (a parameter file cannot). */
  private static final String GENERATED_MARK = "GENERATED FILE - DO NOT EDIT";

  private Generation() {}

  /**
   * Renders everything in memory (environments are built here, so an invalid one is refused
   * before anything is written), then writes the files under {@code root}. A file in the managed
   * folders that generate did not write (no generated header, or a parameter file of an
   * environment without a file in environments/) is never changed or deleted.
   */
  public static <S> OutputFolder.Written generate(Path root, Application<S> application,
      List<? extends StackGenerator<S>> generators, Supplier<List<S>> environments) throws IOException {
    List<S> configs = environments.get();
    SortedMap<String, String> files = GeneratedFiles.renderAll(application, generators, configs);
    return OutputFolder.write(root, files, GeneratedFiles.managedFolders(application),
        generatedBy(root, names(application, configs)));
  }

  /** Unified diffs between what would be generated and what is under {@code root}. */
  public static <S> List<String> check(Path root, Application<S> application,
      List<? extends StackGenerator<S>> generators, Supplier<List<S>> environments) {
    List<S> configs = environments.get();
    SortedMap<String, String> files = GeneratedFiles.renderAll(application, generators, configs);
    return DriftCheck.diffs(root, files, GeneratedFiles.managedFolders(application),
        generatedBy(root, names(application, configs)));
  }

  private static <S> List<String> names(Application<S> application, List<S> environments) {
    return environments.stream().map(application.settings()::name).toList();
  }

  /** Whether a file under the managed folders is one generate writes for these environments. */
  static Predicate<String> generatedBy(Path root, List<String> environments) {
    return path -> {
      String[] parts = path.split("/");
      if (path.startsWith(GeneratedFiles.TEMPLATES_FOLDER + "/parameters/") && parts.length == 4) {
        return environments.contains(parts[2]) && parts[3].endsWith(".json");
      }
      return startsWithMark(root.resolve(path));
    };
  }

  private static boolean startsWithMark(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
      return head.contains(GENERATED_MARK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
