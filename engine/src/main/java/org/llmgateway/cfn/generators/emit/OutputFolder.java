package org.llmgateway.cfn.generators.emit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Writes rendered files under a repository root, and lists what a managed folder holds. */
public final class OutputFolder {

  private OutputFolder() {}

  /** What {@link #write} did, as paths relative to the root. */
  public record Written(List<String> written, List<String> deleted, int unchanged) {}

  /**
   * Writes every file whose bytes differ (each through a temporary file and an atomic move, so no
   * file is ever half written) and removes the files in the managed folders that generate wrote
   * before ({@code generatedBefore}) and no longer produces. Any other file is left alone.
   */
  public static Written write(Path root, SortedMap<String, String> files, List<String> managed,
      Predicate<String> generatedBefore) throws IOException {
    List<String> written = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    int unchanged = 0;
    for (var entry : files.entrySet()) {
      Path target = root.resolve(entry.getKey());
      byte[] content = entry.getValue().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
        unchanged++;
        continue;
      }
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".generating-", ".tmp");
      try {
        Files.write(temporary, content);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
      written.add(entry.getKey());
    }
    for (String stale : existing(root, managed)) {
      if (!files.containsKey(stale) && generatedBefore.test(stale)) {
        Files.delete(root.resolve(stale));
        deleted.add(stale);
      }
    }
    return new Written(written, deleted, unchanged);
  }

  /** Files under the managed folders, as sorted paths relative to {@code root} with '/'. */
  public static TreeSet<String> existing(Path root, List<String> managed) {
    TreeSet<String> paths = new TreeSet<>();
    for (String folder : managed) {
      Path base = root.resolve(folder);
      if (!Files.isDirectory(base)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(base)) {
        walk.filter(Files::isRegularFile)
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .forEach(paths::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return paths;
  }
}
