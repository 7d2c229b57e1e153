package org.llmgateway.cfn.generators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cfn-lint's answers kept across builds: found again only for the same bytes and options. */
class CfnLintTest {

  private static final List<String> OPTIONS = List.of("--format", "parseable");
  private static final String UNKNOWN_PROPERTY =
      "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      Nope: 1\n";

  @TempDir
  Path cache;

  @TempDir
  Path first;

  @TempDir
  Path second;

  @Test
  void anAnswerIsKeptForTheSameBytesAndOptionsAndAskedAgainWhenAByteChanges() throws IOException {
    Files.writeString(first.resolve("t.yaml"), UNKNOWN_PROPERTY);

    CfnLint.Result asked = CfnLint.lint(cache, first, OPTIONS, List.of("t.yaml"));
    assertThat(asked.output()).contains("t.yaml:").contains(":E3002:");
    assertThat(asked.exitCode()).isEqualTo(2);
    Path kept = onlyAnswer();

    // an answer found in the cache is returned as kept, without cfn-lint
    Files.writeString(kept, "2\nthe kept answer\n");
    Files.writeString(second.resolve("t.yaml"), UNKNOWN_PROPERTY);
    assertThat(CfnLint.lint(cache, second, OPTIONS, List.of("t.yaml")))
        .as("the same name and bytes in another folder")
        .isEqualTo(new CfnLint.Result(2, "the kept answer\n"));

    assertThat(CfnLint.lint(cache, second, List.of("--format", "json"), List.of("t.yaml"))
        .output()).as("other options").doesNotContain("the kept answer").contains("E3002");

    Files.writeString(second.resolve("t.yaml"), UNKNOWN_PROPERTY.replace("Nope: 1\n",
        "BucketName: kept\n"));
    CfnLint.Result changed = CfnLint.lint(cache, second, OPTIONS, List.of("t.yaml"));
    assertThat(changed.output()).as("changed bytes").doesNotContain("the kept answer")
        .doesNotContain("E3002");
    assertThat(changed.exitCode()).isZero();
    try (Stream<Path> answers = Files.list(cache)) {
      assertThat(answers).hasSize(3);
    }
  }

  @Test
  void cfnLintsOwnFailureIsNotKept() throws IOException {
    Files.writeString(first.resolve("t.yaml"), UNKNOWN_PROPERTY);

    CfnLint.Result failed = CfnLint.lint(cache, first, List.of("--no-such-option"),
        List.of("t.yaml"));

    assertThat(failed.exitCode()).isNotIn(0, 2, 4, 6, 8, 10, 12, 14);
    try (Stream<Path> answers = Files.list(cache)) {
      assertThat(answers).isEmpty();
    }
  }

  private Path onlyAnswer() throws IOException {
    try (Stream<Path> answers = Files.list(cache)) {
      List<Path> all = answers.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }
}
