package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.pipelines.FakeAwsCli.Result;

/**
 * scripts/litellm-cfn, the command line of a built checkout, in a copy of the checkout's layout
 * with a stand-in {@code java} that writes down how it was started: the JVM options follow what
 * the kernel says about transparent huge pages, and the class-data sharing archive is used only
 * while nothing was compiled after it.
 */
class LauncherScriptTest {

  private static final Path SCRIPT = PipelineFiles.root().resolve("scripts/litellm-cfn");
  private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
  private static final String SMALL_YOUNG_GENERATION = "-Xmn16m";

  @TempDir
  Path dir;

  private FakeAwsCli commands;
  private Path checkout;
  private Path target;

  @BeforeEach
  void builtCheckout() throws IOException {
    checkout = dir.resolve("checkout");
    Files.createDirectories(checkout.resolve("scripts"));
    Files.copy(SCRIPT, checkout.resolve("scripts/litellm-cfn"));
    target = checkout.resolve("generators/target");
    Files.createDirectories(target.resolve("classes/org"));
    Files.writeString(target.resolve("classpath.txt"), "/deps/a.jar:/deps/b.jar");
    commands = new FakeAwsCli(dir).command("java", """
        #!/usr/bin/env bash
        printf '%s\\n' "$@" > "$FAKE_DIR/java.args"
        """);
  }

  /**
   * The arguments the stand-in java got, one each, where the kernel's huge pages setting reads
   * {@code hugePagesSetting} (null: there is no such file).
   */
  private List<String> javaArguments(String hugePagesSetting) throws Exception {
    return javaArguments(hugePagesSetting, "validate");
  }

  /** As {@link #javaArguments(String)}, for a run of {@code command}. */
  private List<String> javaArguments(String hugePagesSetting, String command) throws Exception {
    Path setting = dir.resolve("enabled");
    if (hugePagesSetting != null) {
      Files.writeString(setting, hugePagesSetting + "\n");
    }
    Result result = commands.run(Map.of("LITELLM_CFN_HUGE_PAGES", setting.toString()),
        checkout.resolve("scripts/litellm-cfn").toString(), command, "--root", ".");
    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    return Files.readAllLines(dir.resolve("java.args"));
  }

  @Test
  void hugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
    List<String> arguments = javaArguments("always [madvise] never");

    assertThat(arguments).contains(HUGE_PAGES, "-XX:CICompilerCount=1", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:C1MaxInlineSize=15")
        .doesNotContain(SMALL_YOUNG_GENERATION);
    assertThat(arguments).endsWith("org.llmgateway.cfn.generators.cli.LiteLlmCfn", "validate",
        "--root", ".");
  }

  @Test
  void neitherWhereTheKernelGivesHugePagesToEveryProcess() throws Exception {
    assertThat(javaArguments("[always] madvise never"))
        .doesNotContain(HUGE_PAGES, SMALL_YOUNG_GENERATION).contains("-XX:CICompilerCount=1");
  }

  @Test
  void aSmallYoungGenerationWhereTheKernelHasNoHugePagesOrSaysNothing() throws Exception {
    assertThat(javaArguments("always madvise [never]"))
        .contains(SMALL_YOUNG_GENERATION).doesNotContain(HUGE_PAGES);
    assertThat(javaArguments(null))
        .contains(SMALL_YOUNG_GENERATION).doesNotContain(HUGE_PAGES);
  }

  @Test
  void theJarsBuiltForTheLauncherBeforeTheDependencies() throws Exception {
    Files.createDirectories(target.resolve("launcher"));
    Path picocli = Files.writeString(target.resolve("launcher/generators-picocli-4.7.7.jar"), "");

    List<String> arguments = javaArguments("always [madvise] never");

    assertThat(arguments.get(arguments.indexOf("-cp") + 1)).isEqualTo(
        target.resolve("classes") + ":" + picocli + ":/deps/a.jar:/deps/b.jar");
  }

  @Test
  void theArchiveAndItsJarWhileNothingWasCompiledAfterThem() throws Exception {
    Path jar = Files.writeString(target.resolve("litellm-cfn-generators-0.1.0-SNAPSHOT.jar"), "");
    Path archive = Files.writeString(target.resolve("litellm-cfn.jsa"), "");
    Path validateArchive = Files.writeString(target.resolve("litellm-cfn-validate.jsa"), "");
    Instant built = Instant.now().minusSeconds(600);
    Files.setLastModifiedTime(target.resolve("classes/org"), FileTime.from(built));
    Files.setLastModifiedTime(target.resolve("classes"), FileTime.from(built));
    Files.setLastModifiedTime(jar, FileTime.from(built.plusSeconds(1)));
    Files.setLastModifiedTime(archive, FileTime.from(built.plusSeconds(2)));
    Files.setLastModifiedTime(validateArchive, FileTime.from(built.plusSeconds(2)));

    List<String> fresh = javaArguments("always [madvise] never", "check");
    assertThat(fresh).contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath().normalize());
    assertThat(fresh.get(fresh.indexOf("-cp") + 1)).startsWith(jar.toString());
    for (String command : List.of("validate", "order")) {
      assertThat(javaArguments("always [madvise] never", command)).as(command)
          .contains("-XX:SharedArchiveFile=" + validateArchive.toAbsolutePath().normalize());
    }

    Files.writeString(target.resolve("classes/org/Changed.class"), "");
    for (String command : List.of("check", "validate")) {
      List<String> stale = javaArguments("always [madvise] never", command);
      assertThat(stale).as(command)
          .noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
      assertThat(stale.get(stale.indexOf("-cp") + 1))
          .isEqualTo(target.resolve("classes") + ":/deps/a.jar:/deps/b.jar");
    }
  }
}
