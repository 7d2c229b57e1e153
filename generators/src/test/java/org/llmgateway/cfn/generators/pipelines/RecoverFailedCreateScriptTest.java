package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * azure-devops/scripts/recover-failed-create.sh against a fake AWS CLI: a stack whose first
 * creation failed or never ran is deleted before the Toolkit task, so the rerun creates it; any
 * other stack is left alone.
 */
class RecoverFailedCreateScriptTest {

  private static final String SCRIPT = "azure-devops/scripts/recover-failed-create.sh";
  private static final String STACK = "dev-network-stack";

  @TempDir
  Path dir;

  private FakeAwsCli aws;

  @BeforeEach
  void fake() {
    aws = new FakeAwsCli(dir);
  }

  @ParameterizedTest(name = "a stack in {0} is deleted and waited for")
  @ValueSource(strings = {"ROLLBACK_COMPLETE", "REVIEW_IN_PROGRESS"})
  void a_stack_whose_first_creation_did_not_finish_is_deleted(String status) {
    aws.answers("cloudformation", "describe-stacks", status + "\n")
        .answers("cloudformation", "describe-stack-events", "(events)\n")
        .answers("cloudformation", "delete-stack", "")
        .answers("cloudformation", "wait", "");

    FakeAwsCli.Result result = aws.run(SCRIPT, STACK);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("##vso[task.logissue type=warning]" + STACK + " is "
        + status, "CloudFormation cannot update it", STACK + " deleted");
    assertThat(aws.calls()).contains("cloudformation delete-stack --stack-name " + STACK,
        "cloudformation wait stack-delete-complete --stack-name " + STACK);
  }

  @ParameterizedTest(name = "a stack in {0} is left alone")
  @ValueSource(strings = {"CREATE_COMPLETE", "UPDATE_ROLLBACK_COMPLETE", "UPDATE_COMPLETE"})
  void a_stack_that_was_created_is_not_touched(String status) {
    aws.answers("cloudformation", "describe-stacks", status + "\n");

    FakeAwsCli.Result result = aws.run(SCRIPT, STACK);

    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).contains("nothing to recover");
    assertThat(aws.calls()).noneMatch(c -> c.contains("delete-stack"));
  }

  @Test
  void a_missing_stack_is_left_for_the_deploy_to_create() {
    aws.answers("cloudformation", "describe-stacks", 254, "", "An error occurred"
        + " (ValidationError) when calling the DescribeStacks operation: Stack with id " + STACK
        + " does not exist");

    assertThat(aws.run(SCRIPT, STACK).exitCode()).isZero();
    assertThat(aws.calls()).noneMatch(c -> c.contains("delete-stack"));
  }

  @Test
  void a_status_that_cannot_be_read_fails_without_deleting() {
    aws.answers("cloudformation", "describe-stacks", 254, "", "An error occurred (AccessDenied)"
        + " when calling the DescribeStacks operation: not authorized");

    FakeAwsCli.Result result = aws.run(SCRIPT, STACK);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stderr()).contains("AccessDenied");
    assertThat(aws.calls()).noneMatch(c -> c.contains("delete-stack"));
  }

  @Test
  void a_delete_that_does_not_finish_fails_the_step() {
    aws.answers("cloudformation", "describe-stacks", "ROLLBACK_COMPLETE\n")
        .answers("cloudformation", "describe-stack-events", "")
        .answers("cloudformation", "delete-stack", "")
        .answers("cloudformation", "wait", 255, "", "Waiter StackDeleteComplete failed");

    FakeAwsCli.Result result = aws.run(SCRIPT, STACK);

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.stdout()).contains("##vso[task.logissue type=error]" + STACK
        + " could not be deleted");
  }

  @Test
  void every_toolkit_deploy_is_preceded_by_the_recovery_of_its_own_stack() {
    List<String> checked = new ArrayList<>();
    for (String stack : List.of("network", "alb", "database")) {
      for (String environment : PipelineFiles.ENVIRONMENTS) {
        var compiled = PipelinePrerequisitesTest.expand("azure-pipelines-" + stack + ".yml",
            environment).compiled("aws-cfn-deploy.yml");
        assertThat(compiled).hasSize(1);
        List<String> tasks = new ArrayList<>();
        // the Toolkit branch's steps come first once the template's branches are flattened
        // (after the template call that stages the template)
        PipelineFiles.forSchema(compiled.get(0).document()).path("steps").forEach(step -> {
          if (step.has("task")) {
            tasks.add(step.path("task").asText() + " " + step.path("inputs").path("filePath")
                .asText() + " " + step.path("inputs").path("arguments").asText());
          }
        });
        String name = environment + "-" + stack + "-stack";
        assertThat(tasks.get(0)).isEqualTo("AWSShellScript@1 " + SCRIPT + " " + name);
        assertThat(tasks.get(1)).startsWith("CloudFormationCreateOrUpdateStack@1");
        checked.add(name);
      }
    }
    assertThat(checked).hasSize(9);
  }
}
