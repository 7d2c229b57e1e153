package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.CapturesStandardStreams;
import org.llmgateway.cfn.generators.cli.LiteLlmCfn;

/** The three commands as a person runs them: exit codes and what they print. */
@CapturesStandardStreams
@OnMotoServer
class DeployCommandsOnMotoTest {

  private static final String SECRET = "cli-secret-never-printed";

  private final MotoServer moto;
  private Path root;

  DeployCommandsOnMotoTest(MotoServer moto) {
    this.moto = moto;
  }

  @BeforeEach
  void freshAccount(@TempDir Path folder) {
    moto.reset();
    root = SampleStacks.write(folder);
  }

  private record Run(int exitCode, String out, String err) {}

  private Run run(String... arguments) {
    List<String> line = new ArrayList<>(List.of(arguments));
    line.addAll(List.of("--root", root.toString(), "--region", MotoServer.REGION,
        "--endpoint-url", moto.endpoint().toString()));
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = LiteLlmCfn.run(line.toArray(String[]::new));
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }
  }

  @Test
  void deployDiffAndTeardownReportThroughTheirExitCodes() {
    Run deploy = run("deploy", "--env", "dev", "--method", "DIRECT",
        "--parameter", "ApiKey=" + SECRET);
    assertThat(deploy.exitCode()).as(deploy.err()).isZero();
    assertThat(deploy.out())
        .contains("Deploying [dev-samplebase-stack], then [dev-sampleapp-stack] (DIRECT; the "
            + "stacks of one wave in parallel)")
        .contains("[dev-samplebase-stack] CREATED (CREATE_COMPLETE)")
        .contains("[dev-sampleapp-stack]     ImportedVpcId = vpc-");
    assertThat(deploy.out() + deploy.err()).doesNotContain(SECRET);

    Run clean = run("diff-deployed", "--env", "dev");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).endsWith("No drift.\n");

    Run update = run("deploy", "--env", "dev", "--parameter", "LogRetentionDays=30");
    assertThat(update.exitCode()).as(update.err()).isZero();
    assertThat(update.out()).contains("[dev-sampleapp-stack] UPDATED (UPDATE_COMPLETE)");

    Run drift = run("diff-deployed", "--env", "dev");
    assertThat(drift.exitCode()).isEqualTo(1);
    assertThat(drift.out()).contains("dev-sampleapp-stack: 1 difference(s)\n"
        + "  parameter LogRetentionDays: deployed \"30\", "
        + "generated-templates/parameters/dev/sampleapp-stack.json \"7\"\n");

    Run refused = run("teardown", "--env", "dev", "--confirm", "yes");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("--confirm must be DELETE");

    Run teardown = run("teardown", "--env", "dev", "--confirm", "DELETE");
    assertThat(teardown.exitCode()).as(teardown.err()).isZero();
    assertThat(teardown.out()).contains("2 stack(s) deleted.");
    assertThat(run("diff-deployed", "--env", "dev").out())
        .contains("dev-samplebase-stack: 1 difference(s)\n  not deployed");
  }

  @Test
  void aMissingSecretAndAnUnknownEnvironmentAreBadInput() {
    Run missing = run("deploy", "--env", "dev", "--method", "DIRECT");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("dev-samplebase-stack: ApiKey (pass --parameter ApiKey=... "
        + "or set CFN_PARAMETER_ApiKey)");

    Run unknown = run("deploy", "--env", "qa", "--parameter", "ApiKey=" + SECRET);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("No parameter files for environment 'qa'");
  }

  @Test
  void withS3BucketTheTemplatesAreUploadedAndAMissingBucketIsCloudFormationsNotTheSdksMessage() {
    try (var s3 = moto.target().s3()) {
      s3.createBucket(r -> r.bucket("cli-templates"));
      Run deploy = run("deploy", "--env", "dev", "--method", "DIRECT", "--s3-bucket",
          "cli-templates", "--parameter", "ApiKey=" + SECRET);
      assertThat(deploy.exitCode()).as(deploy.err()).isZero();
      assertThat(deploy.out()).contains("dev-samplebase-stack: template uploaded, sent as "
          + "TemplateURL https://cli-templates.s3.us-east-1.amazonaws.com/litellm-cfn/dev/"
          + "dev-samplebase-stack-");
      assertThat(s3.listObjectsV2(r -> r.bucket("cli-templates")).contents())
          .extracting(o -> o.key().replaceAll("-[0-9a-f]{64}", "-SHA256"))
          .containsExactlyInAnyOrder("litellm-cfn/dev/dev-samplebase-stack-SHA256.yaml",
              "litellm-cfn/dev/dev-sampleapp-stack-SHA256.yaml");
    }

    Run noBucket = run("deploy", "--env", "dev", "--method", "DIRECT", "--s3-bucket",
        "no-such-bucket", "--parameter", "ApiKey=" + SECRET);
    assertThat(noBucket.exitCode()).isEqualTo(1);
    assertThat(noBucket.err()).startsWith("FAILED: AWS call failed: ")
        .contains("The specified bucket does not exist");
  }

  @Test
  void anUnreachableEndpointIsAFailureNotAStackTrace() {
    var list = new ArrayList<String>(List.of("diff-deployed", "--env", "dev", "--root",
        root.toString(), "--region", MotoServer.REGION, "--endpoint-url", "http://127.0.0.1:9"));
    var err = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    int code;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = LiteLlmCfn.run(list.toArray(String[]::new));
    } finally {
      System.setErr(stderr);
    }
    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("FAILED: AWS call failed: ")
        .doesNotContain("\tat ");
  }
}
