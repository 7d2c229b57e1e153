package org.llmgateway.cfn.generators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.CapturesStandardStreams;

/** The drift check on a copy of the real checked-in tree, as CI runs it. */
@CapturesStandardStreams
class CheckCommandTest {

  private static final Path REPOSITORY = Path.of(System.getProperty("repo.root", ".."));

  @TempDir Path copy;

  /** The environments and the folders the check covers: the templates and their pages. */
  @BeforeEach
  void copyTheCheckedInTree() throws IOException {
    for (String folder : new String[] {"environments", "generated-templates", "docs/generated"}) {
      Path source = REPOSITORY.resolve(folder);
      try (Stream<Path> walk = Files.walk(source)) {
        for (Path path : (Iterable<Path>) walk::iterator) {
          Path target = copy.resolve(folder).resolve(source.relativize(path));
          if (Files.isDirectory(path)) {
            Files.createDirectories(target);
          } else {
            Files.copy(path, target);
          }
        }
      }
    }
  }

  @Test
  void passesOnTheCheckedInTree() {
    var run = run("check", "--root", REPOSITORY.toString());
    // this test is the build's drift check (the verify-phase check runs only when tests are
    // skipped), so a failure shows check's unified diff, as README promises
    assertThat(run.exitCode).as("litellm-cfn check printed:%n%s", run.out).isZero();
    assertThat(run.out).contains("up to date");
  }

  @Test
  void failsWithAUnifiedDiffAfterAHandEditOfATemplate() throws IOException {
    Path template = copy.resolve("generated-templates/network-stack.yaml");
    Files.writeString(template, Files.readString(template).replace("Default: 10.0.0.0/16",
        "Default: 10.1.0.0/16"));
    var run = run("check", "--root", copy.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out)
        .contains("--- a/generated-templates/network-stack.yaml")
        .contains("-    Default: 10.1.0.0/16")
        .contains("+    Default: 10.0.0.0/16")
        .contains("1 file(s) differ");
  }

  @Test
  void failsWhenAParameterFileIsRemovedOrAGeneratedFileIsAddedButNotForAFileOfTheUser()
      throws IOException {
    Files.delete(copy.resolve("generated-templates/parameters/prod/litellm-stack.json"));
    Files.writeString(copy.resolve("generated-templates/notes.txt"),
        "# GENERATED FILE - DO NOT EDIT.\n");
    Files.writeString(copy.resolve("generated-templates/mine.txt"), "hand-made\n");
    var run = run("check", "--root", copy.toString());
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out)
        .contains("+++ b/generated-templates/parameters/prod/litellm-stack.json")
        .contains("--- a/generated-templates/notes.txt")
        .contains("2 file(s) differ")
        .doesNotContain("mine.txt");
  }

  @Test
  void generateRestoresTheTree() throws IOException {
    Files.writeString(copy.resolve("generated-templates/alb-stack.yaml"), "edited\n");
    assertThat(run("generate", "--root", copy.toString()).exitCode).isZero();
    assertThat(run("check", "--root", copy.toString()).exitCode).isZero();
  }

  private record Run(int exitCode, String out) {}

  private static Run run(String... args) {
    PrintStream original = System.out;
    var buffer = new ByteArrayOutputStream();
    try (var capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      int exitCode = LiteLlmCfn.run(args);
      return new Run(exitCode, buffer.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
