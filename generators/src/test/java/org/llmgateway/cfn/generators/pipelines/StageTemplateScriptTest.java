package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * azure-devops/scripts/stage-template.sh against a fake AWS CLI: with TEMPLATE_BUCKET set every
 * template goes through S3 under a content-addressed key; without it a template goes inline, and
 * one over CloudFormation's 51,200-byte inline limit is refused before any stack is touched.
 */
class StageTemplateScriptTest {

  private static final String SCRIPT = "azure-devops/scripts/stage-template.sh";
  private static final String DATABASE = "generated-templates/database-stack.yaml";
  private static final int INLINE_LIMIT = 51_200;
  private static final String BUCKET = "example-litellm-templates";

  @TempDir
  Path dir;

  private FakeAwsCli aws;

  @BeforeEach
  void fake() {
    aws = new FakeAwsCli(dir).answers("s3", "cp", "");
  }

  @Test
  void without_a_bucket_the_database_template_goes_inline() throws Exception {
    assertThat(Files.size(PipelineFiles.root().resolve(DATABASE))).isLessThanOrEqualTo(INLINE_LIMIT);

    FakeAwsCli.Result result = aws.run(SCRIPT, DATABASE, "dev");

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(result.stdout()).contains("##vso[task.setvariable variable=templateSource]file",
        "##vso[task.setvariable variable=templateUrl]\n");
    assertThat(aws.calls()).isEmpty();
  }

  @Test
  void an_unset_group_variable_counts_as_no_bucket() {
    FakeAwsCli.Result result = aws.run(Map.of("TEMPLATE_BUCKET", "$(TEMPLATE_BUCKET)"), SCRIPT,
        DATABASE, "dev");

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("variable=templateSource]file");
    assertThat(aws.calls()).isEmpty();
  }

  @Test
  void without_a_bucket_a_template_over_the_inline_limit_is_refused() throws Exception {
    Path big = dir.resolve("big-stack.yaml");
    Files.writeString(big, "Description: x\n" + "#".repeat(INLINE_LIMIT) + "\n");

    FakeAwsCli.Result result = aws.run(SCRIPT, big.toString(), "prod");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("##vso[task.logissue type=error]" + big + " is "
        + Files.size(big) + " bytes, over CloudFormation's 51200-byte limit",
        "set TEMPLATE_BUCKET in the variable group litellm-aws-config");
    assertThat(result.stdout()).doesNotContain("templateSource");
  }

  @Test
  void with_a_bucket_every_template_is_uploaded_under_a_content_addressed_key() throws Exception {
    byte[] content = Files.readAllBytes(PipelineFiles.root().resolve(DATABASE));
    String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(content)).substring(0, 16);
    String key = "cloudformation/staging/database-stack-" + digest + ".yaml";

    FakeAwsCli.Result result = aws.run(Map.of("TEMPLATE_BUCKET", BUCKET), SCRIPT, DATABASE,
        "staging");

    assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
    assertThat(aws.calls()).containsExactly("s3 cp " + DATABASE + " s3://" + BUCKET + "/" + key
        + " --only-show-errors");
    assertThat(result.stdout()).contains(
        "##vso[task.setvariable variable=templateSource]s3",
        "##vso[task.setvariable variable=templateBucket]" + BUCKET,
        "##vso[task.setvariable variable=templateObjectKey]" + key,
        "##vso[task.setvariable variable=templateUrl]https://" + BUCKET
            + ".s3.us-east-1.amazonaws.com/" + key);
  }

  @Test
  void a_failed_upload_fails_the_step() {
    aws.answers("s3", "cp", 1, "", "upload failed: AccessDenied");

    FakeAwsCli.Result result = aws.run(Map.of("TEMPLATE_BUCKET", BUCKET), SCRIPT, DATABASE,
        "dev");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).doesNotContain("templateSource]s3");
  }

  @Test
  void every_deploy_and_validation_stages_its_template_first() {
    for (String stack : ComputedStacks.graph().order()) {
      for (String environment : PipelineFiles.ENVIRONMENTS) {
        var expansion = PipelinePrerequisitesTest.expand("azure-pipelines-" + stack + ".yml",
            environment);
        var names = expansion.calls().stream().map(PipelineFiles.TemplateCall::name).toList();
        // once in the pre-flight (validate-template), once before each deploy
        assertThat(expansion.calls("stage-template.yml")).as(stack)
            .hasSize(1 + expansion.calls("aws-cfn-deploy.yml").size())
            .allSatisfy(c -> assertThat(c.text("stack")).isEqualTo(stack));
        assertThat(names.indexOf("stage-template.yml"))
            .isLessThan(names.indexOf("aws-cfn-deploy.yml"));
      }
    }
    String deploy = PipelineFiles.text(PipelineFiles.root()
        .resolve(PipelineFiles.TEMPLATES).resolve("aws-cfn-deploy.yml"));
    assertThat(deploy).contains("templateSource: $(templateSource)",
        "s3BucketName: $(templateBucket)", "s3ObjectKey: $(templateObjectKey)",
        "elif $url != \"\" then {TemplateURL: $url}");
  }
}
