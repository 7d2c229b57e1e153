package org.llmgateway.cfn.generators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/litellm-cfn, the command line of a built checkout, in a copy of the checkout's layout
 * with a stand-in {@code java} that writes down how it was started: the JVM options follow what
 * the kernel says about transparent huge pages, and the class-data sharing archive is used only
 * while nothing was compiled after it.
 */
class LauncherScriptTest {

  private static final Path SCRIPT = Path.of("..", "scripts", "litellm-cfn");
  private static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";
  private static final String SMALL_YOUNG_GENERATION = "-Xmn16m";

  @TempDir
  Path dir;

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
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\" > \"$FAKE_DIR/java.args\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /**
   * The arguments the stand-in java got, one each, where the kernel's huge pages setting reads
   * {@code hugePagesSetting} (null: there is no such file).
   */
  private List<String> javaArguments(String hugePagesSetting) throws Exception {
    Path setting = dir.resolve("enabled");
    if (hugePagesSetting != null) {
      Files.writeString(setting, hugePagesSetting + "\n");
    }
    ProcessBuilder builder = new ProcessBuilder("bash",
        checkout.resolve("scripts/litellm-cfn").toString(), "validate", "--root", ".")
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectErrorStream(true);
    builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
    builder.environment().put("FAKE_DIR", dir.toString());
    builder.environment().put("LITELLM_CFN_HUGE_PAGES", setting.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return Files.readAllLines(dir.resolve("java.args"));
  }

  @Test
  void hugePagesWhereTheKernelGivesThemOnRequest() throws Exception {
    List<String> arguments = javaArguments("always [madvise] never");

    assertThat(arguments).contains(HUGE_PAGES, "-XX:CICompilerCount=1", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC").doesNotContain(SMALL_YOUNG_GENERATION);
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
  void theArchiveAndItsJarWhileNothingWasCompiledAfterThem() throws Exception {
    Path jar = Files.writeString(target.resolve("litellm-cfn-generators-0.1.0-SNAPSHOT.jar"), "");
    Path archive = Files.writeString(target.resolve("litellm-cfn.jsa"), "");
    Instant built = Instant.now().minusSeconds(600);
    Files.setLastModifiedTime(target.resolve("classes/org"), FileTime.from(built));
    Files.setLastModifiedTime(target.resolve("classes"), FileTime.from(built));
    Files.setLastModifiedTime(jar, FileTime.from(built.plusSeconds(1)));
    Files.setLastModifiedTime(archive, FileTime.from(built.plusSeconds(2)));

    List<String> fresh = javaArguments("always [madvise] never");
    assertThat(fresh).contains("-XX:SharedArchiveFile=" + archive.toAbsolutePath().normalize());
    assertThat(fresh.get(fresh.indexOf("-cp") + 1)).startsWith(jar.toString());

    Files.writeString(target.resolve("classes/org/Changed.class"), "");
    List<String> stale = javaArguments("always [madvise] never");
    assertThat(stale).noneMatch(argument -> argument.startsWith("-XX:SharedArchiveFile"));
    assertThat(stale.get(stale.indexOf("-cp") + 1))
        .isEqualTo(target.resolve("classes") + ":/deps/a.jar:/deps/b.jar");
  }
}
