package org.llmgateway.cfn.generators.emit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.StackGenerator;

/** The generate and check operations, as a Java API (the CLI is a thin layer over these). */
public final class Generation {

  private static final List<String> MANAGED = GeneratedFiles.MANAGED_FOLDERS;

  private Generation() {}

  /**
   * Renders everything in memory (environments are built here, so an invalid one is refused
   * before anything is written), then writes the files under {@code root}.
   *
   * @return the paths that changed
   */
  public static List<String> generate(
      Path root, List<StackGenerator> generators, Supplier<List<EnvironmentConfig>> environments)
      throws IOException {
    SortedMap<String, String> files = GeneratedFiles.renderAll(generators, environments.get());
    return OutputFolder.write(root, files, MANAGED);
  }

  /** Unified diffs between what would be generated and what is under {@code root}. */
  public static List<String> check(
      Path root, List<StackGenerator> generators, Supplier<List<EnvironmentConfig>> environments) {
    SortedMap<String, String> files = GeneratedFiles.renderAll(generators, environments.get());
    return DriftCheck.diffs(root, files, MANAGED);
  }
}
