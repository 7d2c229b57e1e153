package org.llmgateway.cfn.generators.emit;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Predicate;

/** Compares freshly rendered files with the checked-in ones. */
public final class DriftCheck {

  private DriftCheck() {}

  /**
   * One unified diff per differing, missing or extra file; empty when the tree is up to date. An
   * extra file is one in the managed folders that generate would have written ({@code
   * generatedBy}) but no longer produces; files of the user's own are not judged.
   */
  public static List<String> diffs(Path root, SortedMap<String, String> expected,
      List<String> managed, Predicate<String> generatedBy) {
    List<String> diffs = new ArrayList<>();
    for (var entry : expected.entrySet()) {
      Path file = root.resolve(entry.getKey());
      List<String> actual = Files.exists(file) ? lines(read(file)) : List.of();
      List<String> wanted = lines(entry.getValue());
      if (!actual.equals(wanted) || !Files.exists(file)) {
        String from = Files.exists(file) ? "a/" + entry.getKey() : "/dev/null";
        diffs.add(unified(from, "b/" + entry.getKey(), actual, wanted));
      }
    }
    for (String extra : OutputFolder.existing(root, managed)) {
      if (!expected.containsKey(extra) && generatedBy.test(extra)) {
        diffs.add(unified("a/" + extra, "/dev/null", lines(read(root.resolve(extra))), List.of()));
      }
    }
    return diffs;
  }

  private static String unified(String from, String to, List<String> actual, List<String> wanted) {
    var patch = DiffUtils.diff(actual, wanted);
    var text = UnifiedDiffUtils.generateUnifiedDiff(from, to, actual, patch, 3);
    if (text.isEmpty()) {
      // same lines, different bytes (line endings or a missing final newline)
      return "--- " + from + "\n+++ " + to + "\n(differs in line endings or final newline)\n";
    }
    return String.join("\n", text) + "\n";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }
}
