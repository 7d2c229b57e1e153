package org.llmgateway.cfn.generators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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
 *
 * <p>Across builds, a run's answer is kept in the folder the system property
 * {@value #CACHE_PROPERTY} names (the build sets {@code generators/target/cfn-lint-cache}), under
 * the digest of everything the answer depends on: cfn-lint's version, the options, each file's
 * name and bytes, and the configuration files cfn-lint reads. cfn-lint was a third of the test
 * suite's CPU, spent again on every rerun for the same bytes; a rerun now pays only for what
 * changed, and a clean build (or CI's fresh clone) runs it all. An empty property turns it off.
 */
public final class CfnLint {

  /** cfn-lint's exit code and what it printed, the files named relative to the folder. */
  public record Result(int exitCode, String output) {}

  private static final Map<List<String>, Result> BY_TEMPLATE_TEXTS = new ConcurrentHashMap<>();

  /** The system property naming the folder of answers kept across builds. */
  public static final String CACHE_PROPERTY = "cfn-lint.cache";

  /** The cfn-lint on PATH, which CI installs from requirements-dev.txt. */
  private static final String INSTALLED = "cfn-lint";

  /** {@code --version} of each cfn-lint, asked once per JVM when an answer is first looked up. */
  private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

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
        texts -> lint(templates, List.of("--non-zero-exit-code", "warning"), names));
  }

  /**
   * cfn-lint in {@code folder} with {@code options} over {@code files}: one process, or its
   * answer from an earlier build for the same version, options, configuration and bytes.
   */
  public static Result lint(Path folder, List<String> options, List<String> files) {
    String cache = System.getProperty(CACHE_PROPERTY, "");
    return cache.isEmpty() ? run(INSTALLED, folder, options, files)
        : lint(Path.of(cache), INSTALLED, folder, options, files);
  }

  /** As {@link #lint(Path, List, List)} with {@code executable}, its answers kept in {@code cache}. */
  static Result lint(Path cache, String executable, Path folder, List<String> options,
      List<String> files) {
    try {
      Path answer = cache.resolve(digest(executable, folder, options, files) + ".txt");
      if (Files.isRegularFile(answer)) {
        String kept = Files.readString(answer, StandardCharsets.UTF_8);
        int newline = kept.indexOf('\n');
        return new Result(Integer.parseInt(kept.substring(0, newline)),
            kept.substring(newline + 1));
      }
      Result result = run(executable, folder, options, files);
      if (!linted(result)) {
        return result;
      }
      Files.createDirectories(answer.getParent());
      // written whole under another name first: a build stopped midway leaves no half answer
      Path partial = Files.createTempFile(answer.getParent(), "partial-", ".txt");
      Files.writeString(partial, result.exitCode() + "\n" + result.output(),
          StandardCharsets.UTF_8);
      Files.move(partial, answer, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cfn-lint's kept answers in " + cache, e);
    }
  }

  /**
   * Whether cfn-lint finished its lint: its exit code is a sum of 2 (errors), 4 (warnings) and 8
   * (informational); 1 is its own failure (a crash, a bad option), which is never kept.
   */
  private static boolean linted(Result result) {
    return result.exitCode() >= 0 && result.exitCode() < 16 && (result.exitCode() & 1) == 0;
  }

  /**
   * What a run's answer depends on: cfn-lint's version, the options, each file's name and bytes,
   * and the configuration files cfn-lint reads ({@code .cfnlintrc} in the folder it runs in and
   * in the home folder).
   */
  private static String digest(String executable, Path folder, List<String> options,
      List<String> files) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    // by the names cfn-lint prints, never the folder's own path (a new temporary one each run)
    Map<String, Path> read = new LinkedHashMap<>();
    read.put("./.cfnlintrc", folder.resolve(".cfnlintrc"));
    read.put("~/.cfnlintrc", Path.of(System.getProperty("user.home"), ".cfnlintrc"));
    files.forEach(file -> read.put(file, folder.resolve(file)));
    update(sha256, VERSIONS.computeIfAbsent(executable,
        e -> run(e, Path.of("."), List.of("--version"), List.of()).output()));
    update(sha256, String.join("\0", options));
    for (Map.Entry<String, Path> file : read.entrySet()) {
      update(sha256, file.getKey());
      update(sha256, Files.isRegularFile(file.getValue()) ? Files.readAllBytes(file.getValue())
          : new byte[0]);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static void update(MessageDigest digest, String text) {
    update(digest, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Length first, so that no two different inputs run together into the same bytes. */
  private static void update(MessageDigest digest, byte[] bytes) {
    digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    digest.update(bytes);
  }

  /** One cfn-lint process in {@code folder} with {@code options} over {@code files}. */
  private static Result run(String executable, Path folder, List<String> options,
      List<String> files) {
    List<String> command = new ArrayList<>(List.of(executable));
    command.addAll(options);
    if (!files.isEmpty()) {
      command.add("--");
      command.addAll(files);
    }
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
