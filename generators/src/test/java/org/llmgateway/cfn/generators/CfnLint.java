package org.llmgateway.cfn.generators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
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
 * {@value #CACHE_PROPERTY} names (the build sets {@code ~/.cache/litellm-cfn/cfn-lint}, outside
 * {@code target/} so that {@code mvn clean} and a fresh clone keep them), under the digest of
 * everything the answer depends on: cfn-lint's version, the options, each file's name and bytes,
 * and the configuration files cfn-lint reads. cfn-lint was a third of the test suite's CPU, spent
 * again on every rerun for the same bytes; a rerun now pays only for what changed. An empty
 * property turns it off, and an empty folder lints everything.
 */
public final class CfnLint {

  /** cfn-lint's exit code and what it printed, the files named relative to the folder. */
  public record Result(int exitCode, String output) {}

  private static final Map<List<String>, Result> BY_TEMPLATE_TEXTS = new ConcurrentHashMap<>();

  /** The system property naming the folder of answers kept across builds. */
  public static final String CACHE_PROPERTY = "cfn-lint.cache";

  /** How long an answer no build asks for is kept. */
  static final Duration KEPT_FOR = Duration.ofDays(30);

  /** The answer folders this JVM has removed old answers from. */
  private static final Set<Path> PRUNED = ConcurrentHashMap.newKeySet();

  /** The options of {@link #findingsPerFile}: one line per finding, exit code 0 once linted. */
  static final List<String> PER_FILE_OPTIONS =
      List.of("--format", "parseable", "--non-zero-exit-code", "none");

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
    Path answer = answerIn(cache, executable, folder, options, files);
    Optional<Result> kept = kept(answer);
    if (kept.isPresent()) {
      return kept.get();
    }
    Result result = run(executable, folder, options, files);
    if (linted(result)) {
      keep(answer, result);
    }
    return result;
  }

  /**
   * cfn-lint's findings on each of {@code files} in {@code folder}, one parseable line each
   * ({@code file:line:column:end line:end column:rule:message}), with an empty text for a file it
   * finds nothing in. Each file's answer is kept on its own, so a change to one template lints
   * that template again and not the others linted with it; the files no answer is kept for are
   * split between {@code processes} cfn-lint processes that run at once (cfn-lint uses one core).
   * cfn-lint lints each template on its own, so one file's findings do not depend on the files
   * linted beside it.
   */
  public static Map<String, String> findingsPerFile(Path folder, List<String> files,
      int processes) {
    String cache = System.getProperty(CACHE_PROPERTY, "");
    return findingsPerFile(cache.isEmpty() ? null : Path.of(cache), INSTALLED, folder, files,
        processes);
  }

  /** As {@link #findingsPerFile(Path, List, int)}, the answers kept in {@code cache} unless null. */
  static Map<String, String> findingsPerFile(Path cache, String executable, Path folder,
      List<String> files, int processes) {
    Map<String, String> findings = new TreeMap<>();
    Map<String, Path> toLint = new LinkedHashMap<>();
    for (String file : files) {
      Path answer = cache == null ? null
          : answerIn(cache, executable, folder, PER_FILE_OPTIONS, List.of(file));
      kept(answer).ifPresentOrElse(result -> findings.put(file, result.output()),
          () -> toLint.put(file, answer));
    }
    List<List<String>> batches = new ArrayList<>();
    int index = 0;
    for (String file : toLint.keySet()) {
      if (batches.size() < Math.max(1, processes)) {
        batches.add(new ArrayList<>());
      }
      batches.get(index++ % batches.size()).add(file);
    }
    List<CompletableFuture<Map<String, String>>> runs = batches.stream()
        .map(batch -> CompletableFuture.supplyAsync(() -> lintEach(executable, folder, batch)))
        .toList();
    for (CompletableFuture<Map<String, String>> run : runs) {
      run.join().forEach((file, output) -> {
        findings.put(file, output);
        Path answer = toLint.get(file);
        if (answer != null) {
          keep(answer, new Result(0, output));
        }
      });
    }
    return findings;
  }

  /** One cfn-lint process over {@code files}, its parseable lines sorted out by file. */
  private static Map<String, String> lintEach(String executable, Path folder,
      List<String> files) {
    Result result = run(executable, folder, PER_FILE_OPTIONS, files);
    if (result.exitCode() != 0) {
      throw new IllegalStateException("cfn-lint failed (exit code " + result.exitCode()
          + ") on " + files + ":\n" + result.output());
    }
    Map<String, StringBuilder> byFile = new LinkedHashMap<>();
    files.forEach(file -> byFile.put(file, new StringBuilder()));
    StringBuilder current = null;
    for (String line : result.output().split("\n")) {
      String file = line.substring(0, Math.max(0, line.indexOf(':')));
      if (byFile.containsKey(file)) {
        current = byFile.get(file);
      }
      // a line without a file name continues the finding before it (a message with a newline)
      if (current != null) {
        current.append(line).append('\n');
      }
    }
    Map<String, String> findings = new LinkedHashMap<>();
    byFile.forEach((file, lines) -> findings.put(file, lines.toString()));
    return findings;
  }

  private static Path answerIn(Path cache, String executable, Path folder, List<String> options,
      List<String> files) {
    try {
      return cache.resolve(digest(executable, folder, options, files) + ".txt");
    } catch (IOException e) {
      throw new UncheckedIOException("the files cfn-lint is to lint in " + folder, e);
    }
  }

  /**
   * The answer kept at {@code answer}, if any. Its time is set to now, so that the answers a
   * build still asks for outlive {@link #KEPT_FOR} and the others are removed (see #keep).
   */
  private static Optional<Result> kept(Path answer) {
    if (answer == null || !Files.isRegularFile(answer)) {
      return Optional.empty();
    }
    try {
      String kept = Files.readString(answer, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(answer, FileTime.from(Instant.now()));
      int newline = kept.indexOf('\n');
      return Optional.of(new Result(Integer.parseInt(kept.substring(0, newline)),
          kept.substring(newline + 1)));
    } catch (NoSuchFileException e) {
      return Optional.empty(); // removed by another build's clean-up between the two calls
    } catch (IOException e) {
      throw new UncheckedIOException("cfn-lint's kept answer " + answer, e);
    }
  }

  /**
   * Keeps {@code result} at {@code answer}, written whole under another name first so that a
   * build stopped midway leaves no half answer. The first answer a JVM keeps in a folder also
   * removes the answers no build asked for in {@link #KEPT_FOR}: the folder outlives
   * {@code mvn clean}, and every changed template leaves an answer nothing asks for again.
   */
  private static void keep(Path answer, Result result) {
    Path cache = answer.getParent();
    try {
      Files.createDirectories(cache);
      if (PRUNED.add(cache.toAbsolutePath())) {
        removeAnswersOlderThan(cache, Instant.now().minus(KEPT_FOR));
      }
      Path partial = Files.createTempFile(cache, "partial-", ".txt");
      Files.writeString(partial, result.exitCode() + "\n" + result.output(),
          StandardCharsets.UTF_8);
      Files.move(partial, answer, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cfn-lint's kept answers in " + cache, e);
    }
  }

  private static void removeAnswersOlderThan(Path cache, Instant oldest) throws IOException {
    try (Stream<Path> answers = Files.list(cache)) {
      for (Path answer : (Iterable<Path>) answers::iterator) {
        if (answer.getFileName().toString().endsWith(".txt")
            && Files.getLastModifiedTime(answer).toInstant().isBefore(oldest)) {
          Files.deleteIfExists(answer);
        }
      }
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
