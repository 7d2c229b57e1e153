package org.llmgateway.cfn.generators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * cfn-lint (CI's second opinion, pinned in requirements-dev.txt) on the templates of a generated
 * folder, with warnings counted as errors. It runs once per test JVM for the same template texts:
 * a folder of one's own generates byte for byte the templates of this repository (only its
 * parameter files differ), and one cfn-lint run over them takes seconds of CPU.
 */
public final class CfnLint {

  /** cfn-lint's exit code and what it printed, the files named relative to the folder. */
  public record Result(int exitCode, String output) {}

  private static final Map<List<String>, Result> BY_TEMPLATE_TEXTS = new ConcurrentHashMap<>();

  private CfnLint() {}

  /** Every {@code *.yaml} directly in {@code templates}; a second caller with equal texts waits. */
  public static Result templatesIn(Path templates) {
    List<Path> files;
    try (Stream<Path> list = Files.list(templates)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.size() < 5) {
      throw new IllegalStateException("expected the generated templates in " + templates
          + ", found " + files);
    }
    List<String> key = new ArrayList<>();
    for (Path file : files) {
      try {
        key.add(file.getFileName() + "\n" + Files.readString(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
    return BY_TEMPLATE_TEXTS.computeIfAbsent(List.copyOf(key),
        texts -> run(templates, List.of("--non-zero-exit-code", "warning"), names));
  }

  /** One cfn-lint process in {@code folder} with {@code options} over {@code files}. */
  public static Result run(Path folder, List<String> options, List<String> files) {
    List<String> command = new ArrayList<>(List.of("cfn-lint"));
    command.addAll(options);
    command.add("--");
    command.addAll(files);
    try {
      Process lint = new ProcessBuilder(command).directory(folder.toFile())
          .redirectErrorStream(true).start();
      String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!lint.waitFor(5, TimeUnit.MINUTES)) {
        lint.destroyForcibly();
        throw new IllegalStateException("cfn-lint did not finish within 5 minutes: " + command);
      }
      return new Result(lint.exitValue(), output);
    } catch (IOException e) {
      throw new IllegalStateException("these tests run cfn-lint, which is not on PATH: "
          + "pip install -r requirements-dev.txt (CI's .ci/run requires it)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while cfn-lint ran", e);
    }
  }
}
