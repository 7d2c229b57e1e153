package org.llmgateway.cfn.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * cfn-lint's answers kept across builds: found again only for the same version, options, name and
 * bytes, per run or per file, and removed when no build asked for them in thirty days. A stand-in cfn-lint logs each run and answers with its arguments and the file's first
 * line, so the test sees exactly when it ran (the real one takes a second to start).
 */
class CfnLintTest {

  private static final List<String> OPTIONS = List.of("--format", "parseable");

  @TempDir
  Path temporary;

  private Path cache;
  private Path runs;
  private String fake;

  @BeforeEach
  void fakeCfnLint() throws IOException {
    cache = temporary.resolve("cache");
    runs = temporary.resolve("runs.log");
    fake = fakeCfnLint("1.0.0");
  }

  private String fakeCfnLint(String version) throws IOException {
    Path script = Files.createDirectories(temporary.resolve(version)).resolve("cfn-lint");
    Files.writeString(script, """
        #!/usr/bin/env bash
        echo "$*" >> '%s'
        if [ "$1" = --version ]; then echo "cfn-lint %s"; exit 0; fi
        [ "$1" = --fail ] && exit 1
        file="${*: -1}"
        echo "$file: $* $(head -1 "$file")"
        exit 2
        """.formatted(runs, version));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  @Test
  void anAnswerIsFoundAgainForTheSameNameBytesAndOptionsInAnyFolder() throws IOException {
    Path first = folderWith("Resources: {}\n");
    Path second = folderWith("Resources: {}\n");

    CfnLint.Result asked = CfnLint.lint(cache, fake, first, OPTIONS, List.of("t.yaml"));
    CfnLint.Result kept = CfnLint.lint(cache, fake, second, OPTIONS, List.of("t.yaml"));

    assertThat(asked).isEqualTo(new CfnLint.Result(2,
        "t.yaml: --format parseable -- t.yaml Resources: {}\n"));
    assertThat(kept).isEqualTo(asked);
    assertThat(lintRuns()).as("--version once, then one lint").hasSize(2);
  }

  @Test
  void otherBytesOptionsConfigurationOrVersionAskCfnLintAgain() throws IOException {
    Path folder = folderWith("Resources: {}\n");
    CfnLint.lint(cache, fake, folder, OPTIONS, List.of("t.yaml"));

    Files.writeString(folder.resolve("t.yaml"), "Resources: {} \n");
    assertThat(CfnLint.lint(cache, fake, folder, OPTIONS, List.of("t.yaml")).output())
        .contains("Resources: {} ");
    assertThat(CfnLint.lint(cache, fake, folder, List.of("--format", "json"),
        List.of("t.yaml")).output()).contains("--format json");
    Files.writeString(folder.resolve(".cfnlintrc"), "ignore_checks: [W]\n");
    CfnLint.lint(cache, fake, folder, OPTIONS, List.of("t.yaml"));
    CfnLint.lint(cache, fakeCfnLint("1.0.1"), folder, OPTIONS, List.of("t.yaml"));

    assertThat(lintRuns()).as("--version, four lints, --version of 1.0.1, its lint").hasSize(7);
    assertThat(answers()).hasSize(5);
  }

  @Test
  void cfnLintsOwnFailureIsNotKept() throws IOException {
    Path folder = folderWith("Resources: {}\n");

    CfnLint.Result failed = CfnLint.lint(cache, fake, folder, List.of("--fail"),
        List.of("t.yaml"));
    CfnLint.lint(cache, fake, folder, List.of("--fail"), List.of("t.yaml"));

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(lintRuns()).as("--version, then both runs").hasSize(3);
    assertThat(answers()).isEmpty();
  }

  @Test
  void eachFilesFindingsAreKeptOnTheirOwnSoAChangedFileIsTheOnlyOneLintedAgain()
      throws IOException {
    String perFile = perFileCfnLint();
    Path folder = folderWith("Resources: {}\n");
    Files.writeString(folder.resolve("u.yaml"), "Outputs: {}\n");
    Files.writeString(folder.resolve("v.yaml"), "Clean\n");

    Map<String, String> asked = CfnLint.findingsPerFile(cache, perFile, folder,
        List.of("t.yaml", "u.yaml", "v.yaml"), 2);
    Files.writeString(folder.resolve("u.yaml"), "Outputs: {} \n");
    Map<String, String> again = CfnLint.findingsPerFile(cache, perFile, folder,
        List.of("t.yaml", "u.yaml", "v.yaml"), 2);

    assertThat(asked).containsExactly(
        Map.entry("t.yaml", "t.yaml:1:1:1:2:E0001:Resources: {}\n"),
        Map.entry("u.yaml", "u.yaml:1:1:1:2:E0001:Outputs: {}\n  continued\n"),
        Map.entry("v.yaml", ""));
    assertThat(again).containsEntry("u.yaml", "u.yaml:1:1:1:2:E0001:Outputs: {} \n  continued\n")
        .containsEntry("t.yaml", asked.get("t.yaml")).containsEntry("v.yaml", "");
    assertThat(lintRuns()).as("--version, two processes for three files, then u.yaml alone")
        .containsExactlyInAnyOrder("--version",
            "--format parseable --non-zero-exit-code none -- t.yaml v.yaml",
            "--format parseable --non-zero-exit-code none -- u.yaml",
            "--format parseable --non-zero-exit-code none -- u.yaml");
  }

  @Test
  void aFailedPerFileRunIsAnErrorAndKeepsNothing() throws IOException {
    String perFile = perFileCfnLint();
    Path folder = folderWith("crash\n");

    assertThatThrownBy(() -> CfnLint.findingsPerFile(cache, perFile, folder,
        List.of("t.yaml"), 2))
        .hasMessageContaining("cfn-lint failed (exit code 1) on [t.yaml]")
        .hasMessageContaining("Traceback");
    assertThat(answers()).isEmpty();
  }

  @Test
  void keepingAnAnswerRemovesTheAnswersNoBuildAskedForInThirtyDays() throws IOException {
    Path folder = folderWith("Resources: {}\n");
    Files.createDirectories(cache);
    Path stale = Files.writeString(cache.resolve("stale.txt"), "0\n");
    Path recent = Files.writeString(cache.resolve("recent.txt"), "0\n");
    Instant now = Instant.now();
    Files.setLastModifiedTime(stale, FileTime.from(now.minus(CfnLint.KEPT_FOR).minusSeconds(60)));
    Files.setLastModifiedTime(recent, FileTime.from(now.minus(CfnLint.KEPT_FOR).plusSeconds(600)));

    CfnLint.lint(cache, fake, folder, OPTIONS, List.of("t.yaml"));

    assertThat(stale).doesNotExist();
    assertThat(recent).exists();
    assertThat(answers()).hasSize(2);
  }

  /** A stand-in that answers one finding per file (none for "Clean"), fails on "crash". */
  private String perFileCfnLint() throws IOException {
    Path script = Files.createDirectories(temporary.resolve("per-file")).resolve("cfn-lint");
    Files.writeString(script, """
        #!/usr/bin/env bash
        echo "$*" >> '%s'
        if [ "$1" = --version ]; then echo "cfn-lint 1.0.0"; exit 0; fi
        shift 5
        for file in "$@"; do
          first="$(head -1 "$file")"
          [ "$first" = crash ] && { echo "Traceback (most recent call last):"; exit 1; }
          [ "$first" = Clean ] && continue
          echo "$file:1:1:1:2:E0001:$first"
          [ "$file" = u.yaml ] && echo "  continued"
        done
        exit 0
        """.formatted(runs));
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  private Path folderWith(String template) throws IOException {
    Path folder = Files.createTempDirectory(temporary, "folder");
    Files.writeString(folder.resolve("t.yaml"), template);
    return folder;
  }

  private List<String> lintRuns() throws IOException {
    return Files.readAllLines(runs);
  }

  private List<Path> answers() throws IOException {
    if (!Files.isDirectory(cache)) {
      return List.of();
    }
    try (Stream<Path> answers = Files.list(cache)) {
      return answers.toList();
    }
  }
}
