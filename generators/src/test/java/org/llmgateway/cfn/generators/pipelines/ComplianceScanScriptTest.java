package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.llmgateway.cfn.generators.CapturesStandardStreams;
import org.llmgateway.cfn.generators.cli.LiteLlmCfn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teardown compliance scan against a fake AWS CLI: only a service's own not-found answer may
 * count as "gone"; anything it cannot read stops the scan instead of being reported clean; what
 * the checked-in templates keep on purpose (DeletionPolicy Retain or Snapshot, listed by
 * {@code litellm-cfn kept}) is reported apart and is not a finding.
 */
@CapturesStandardStreams
class ComplianceScanScriptTest {

  private static final Path ROOT = Path.of(System.getProperty("repo.root", ".."));
  private static final Path SCRIPT = ROOT.resolve("scripts/teardown-compliance-scan.sh");

  private static final String KMS_KEY =
      "arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
  private static final String FINAL_SNAPSHOT = "dev-database-stack-dbinstance-1x2y3z";

  /**
   * Answers every describe call with MODE: gone (not-found errors), denied, left (present), or
   * kept: the stacks are gone and exactly what the templates keep is still there (the KMS key,
   * the salt-key secret, the ECR repository, the final DB snapshot, each also tagged), as after a
   * teardown that did not delete the repository; orphan: kept plus one master-key secret.
   */
  private static final String FAKE_AWS = """
      #!/usr/bin/env bash
      stacks_gone() {
        echo "An error occurred (ValidationError) when calling the DescribeStacks operation:" \\
             "Stack with id ${*: -1} does not exist" >&2; exit 254
      }
      case "$MODE:$*" in
        denied:*) echo "An error occurred (AccessDeniedException) when calling it: denied" >&2
                  exit 254 ;;
        gone:*"cloudformation describe-stacks"*) stacks_gone "$@" ;;
        kept:*"cloudformation describe-stacks"*|orphan:*"cloudformation describe-stacks"*)
          stacks_gone "$@" ;;
        gone:*"ecr describe-repositories"*)
          echo "An error occurred (RepositoryNotFoundException) when calling it" >&2; exit 254 ;;
        left:*"--query Stacks[0].StackStatus"*) echo CREATE_COMPLETE ;;
        kept:*"--resource-type-filters kms:key"*|orphan:*"--resource-type-filters kms:key"*)
          echo "$KMS_KEY" ;;
        kept:*"resourcegroupstaggingapi get-resources"*|orphan:*"resourcegroupstaggingapi get-resources"*)
          printf '%s\\t%s\\t%s\\t%s\\n' "$KMS_KEY" \\
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:dev/litellm/salt-key-AbC123" \\
            "arn:aws:ecr:us-east-1:123456789012:repository/dev-litellm-proxy" \\
            "arn:aws:rds:us-east-1:123456789012:snapshot:$FINAL_SNAPSHOT" ;;
        kept:*"kms describe-key"*|orphan:*"kms describe-key"*) echo Enabled ;;
        kept:*"secretsmanager list-secrets"*) printf 'dev/litellm/salt-key\\tNone\\n' ;;
        orphan:*"secretsmanager list-secrets"*)
          printf 'dev/litellm/salt-key\\tNone\\ndev/litellm/master-key\\tNone\\n' ;;
        kept:*"rds describe-db-snapshots"*|orphan:*"rds describe-db-snapshots"*)
          printf '%s\\tdev-litellm-db\\n' "$FINAL_SNAPSHOT" ;;
        *) echo "" ;;
      esac
      """;

  @TempDir Path bin;

  @Test
  void aTeardownThatLeavesExactlyWhatTheTemplatesKeepEndsGreen() throws Exception {
    var run = scan("kept");
    assertThat(run.exitCode).as(run.output).isZero();
    assertThat(run.output)
        .contains("Kept on purpose")
        .containsPattern("kms key +" + KMS_KEY + " +<- security/KmsKey \\(Retain\\)")
        .containsPattern("secret +dev/litellm/salt-key +<- security/SaltKeySecret \\(Retain\\)")
        .containsPattern("ecr repository +dev-litellm-proxy +<- litellm/Repository \\(Retain\\)")
        .containsPattern("rds snapshot +" + FINAL_SNAPSHOT
            + " +<- database/DbInstance \\(Snapshot\\) of dev-litellm-db")
        .contains("Nothing of dev is left behind but the 4 resource(s) kept on purpose.")
        .doesNotContain("LEFT");
  }

  @Test
  void oneOrphanBesideTheKeptResourcesEndsRed() throws Exception {
    var run = scan("orphan");
    assertThat(run.exitCode).as(run.output).isEqualTo(2);
    assertThat(run.output)
        .containsPattern("LEFT +secret +dev/litellm/master-key")
        .contains("Kept on purpose").contains("dev/litellm/salt-key  <- security/SaltKeySecret")
        .contains("1 orphan(s) of dev left behind");
  }

  @Test
  void theKeptListIsReadFromTheTemplatesDeletionPolicies() throws Exception {
    assertThat(keptList()).containsExactly(
        "s3-bucket\t*\talb/AccessLogBucket (Retain)",
        "backup-vault\tdev-litellm-backups\tbackup/BackupVault (Retain)",
        "rds-snapshot\tdev-litellm-db\tdatabase/DbInstance (Snapshot)",
        "ecr-repository\tdev-litellm-proxy\tlitellm/Repository (Retain)",
        "kms-key\t*\tsecurity/KmsKey (Retain)",
        "secret\tdev/litellm/salt-key\tsecurity/SaltKeySecret (Retain)",
        "s3-bucket\t*\tsecurity/ConfigBucket (Retain)");
  }

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

  @Test
  void anUnreadableKeptListStopsTheScan() throws Exception {
    var run = scan("gone", bin.resolve("no-such-file"));
    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.output).contains("cannot read the kept list").doesNotContain("left behind");
  }

  private record Run(int exitCode, String output) {}

  /** What {@code litellm-cfn kept --env dev} prints for the checked-in templates. */
  private static List<String> keptList() {
    PrintStream original = System.out;
    var buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      assertThat(LiteLlmCfn.run("kept", "--env", "dev", "--root", ROOT.toString())).isZero();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private Run scan(String mode) throws IOException, InterruptedException {
    Path keptFile = Files.write(bin.resolve("kept.tsv"), keptList(), StandardCharsets.UTF_8);
    return scan(mode, keptFile);
  }

  private Run scan(String mode, Path keptFile) throws IOException, InterruptedException {
    Path aws = bin.resolve("aws");
    Files.writeString(aws, FAKE_AWS, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
    var process = new ProcessBuilder("bash", SCRIPT.toString(), "--environment", "dev",
        "--region", "us-east-1", "--kept-file", keptFile.toString())
        .redirectErrorStream(true);
    process.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    process.environment().put("MODE", mode);
    process.environment().put("KMS_KEY", KMS_KEY);
    process.environment().put("FINAL_SNAPSHOT", FINAL_SNAPSHOT);
    Process started = process.start();
    String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(started.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(started.exitValue(), output);
  }
}
