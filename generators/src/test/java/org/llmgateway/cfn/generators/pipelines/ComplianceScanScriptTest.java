package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teardown compliance scan against a fake AWS CLI: only a service's own not-found answer may
 * count as "gone"; anything it cannot read stops the scan instead of being reported clean.
 */
class ComplianceScanScriptTest {

  private static final Path SCRIPT =
      Path.of(System.getProperty("repo.root", ".."), "scripts/teardown-compliance-scan.sh");

  /** Answers every describe call with MODE: gone (not-found errors), denied or left (present). */
  private static final String FAKE_AWS = """
      #!/usr/bin/env bash
      case "$MODE:$*" in
        denied:*) echo "An error occurred (AccessDeniedException) when calling it: denied" >&2
                  exit 254 ;;
        gone:*"cloudformation describe-stacks"*)
          echo "An error occurred (ValidationError) when calling the DescribeStacks operation:" \\
               "Stack with id ${*: -1} does not exist" >&2; exit 254 ;;
        gone:*"ecr describe-repositories"*)
          echo "An error occurred (RepositoryNotFoundException) when calling it" >&2; exit 254 ;;
        left:*"--query Stacks[0].StackStatus"*) echo CREATE_COMPLETE ;;
        *) echo "" ;;
      esac
      """;

  @TempDir Path bin;

  @Test
  void aFullTeardownIsReportedClean() throws Exception {
    var run = scan("gone");
    assertThat(run.exitCode).isZero();
    assertThat(run.output)
        .contains("dev-litellm-proxy is gone")
        .contains("Nothing of dev is left behind.");
  }

  @Test
  void whatStillExistsIsListed() throws Exception {
    var run = scan("left");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.output).contains("dev-security-stack (CREATE_COMPLETE)")
        .contains("dev-litellm-proxy");
  }

  @Test
  void accessDeniedStopsTheScanInsteadOfReportingClean() throws Exception {
    var run = scan("denied");
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.output).contains("cannot read").contains("AccessDeniedException")
        .doesNotContain("is gone").doesNotContain("left behind");
  }

  private record Run(int exitCode, String output) {}

  private Run scan(String mode) throws IOException, InterruptedException {
    Path aws = bin.resolve("aws");
    Files.writeString(aws, FAKE_AWS, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
    var process = new ProcessBuilder("bash", SCRIPT.toString(), "--environment", "dev",
        "--region", "us-east-1")
        .redirectErrorStream(true);
    process.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    process.environment().put("MODE", mode);
    Process started = process.start();
    String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(started.exitValue(), output);
  }
}
