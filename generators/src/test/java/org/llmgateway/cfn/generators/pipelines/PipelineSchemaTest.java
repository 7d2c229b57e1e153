package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PipelineSchemaTest {

  private static PipelineSchema schema;

  @BeforeAll
  static void loadSchema() {
    schema = PipelineSchema.load(PipelineFiles.referenceFolder());
  }

  static Stream<Path> files() {
    return PipelineFiles.all().stream();
  }

  @ParameterizedTest(name = "{0} is valid Azure Pipelines YAML with real AWS Toolkit tasks")
  @MethodSource("files")
  void every_pipeline_and_template_matches_the_schema(Path file) {
    assertThat(schema.validate(file)).isEmpty();
  }

  @Test
  void an_input_the_aws_task_does_not_have_is_refused(@TempDir Path dir) throws Exception {
    Path pipeline = write(dir, """
        trigger: none
        steps:
          - task: AWSShellScript@1
            inputs:
              awsCredentials: aws-litellm-connection
              scriptType: inline
              inlineScript: echo hi
              scriptBody: echo typo
        """);
    assertThat(schema.validate(pipeline)).anySatisfy(e -> assertThat(e).contains("scriptBody"));
  }

  @Test
  void an_aws_task_name_with_the_wrong_prefix_is_refused(@TempDir Path dir) throws Exception {
    Path pipeline = write(dir, """
        trigger: none
        steps:
          - task: AWSCloudFormationCreateOrUpdateStack@1
            inputs:
              stackName: dev-network-stack
        """);
    assertThat(schema.validate(pipeline)).isNotEmpty();
  }

  @Test
  void a_pick_list_value_outside_the_task_options_is_refused(@TempDir Path dir) throws Exception {
    Path pipeline = write(dir, """
        trigger: none
        steps:
          - task: CloudFormationCreateOrUpdateStack@1
            inputs:
              stackName: dev-network-stack
              templateSource: git
        """);
    assertThat(schema.validate(pipeline)).isNotEmpty();
  }

  /**
   * The Azure Pipelines tasks used besides the AWS Toolkit's: the Azure Pipelines schema defines
   * their inputs itself (Cache@2 keeps cfn-lint's answers between PR runs).
   */
  private static final List<String> BUILT_IN_TASKS = List.of("Cache@2");

  @Test
  void the_aws_tasks_pipelines_use_are_all_in_the_extended_schema() {
    List<String> used = PipelineFiles.all().stream()
        .flatMap(file -> PipelineFiles.text(file).lines())
        .map(String::trim)
        .filter(line -> line.startsWith("- task: ") || line.startsWith("task: "))
        .map(line -> line.substring(line.indexOf("task: ") + 6).trim())
        .filter(task -> !BUILT_IN_TASKS.contains(task))
        .distinct().sorted().toList();
    assertThat(used).isNotEmpty().allSatisfy(task -> assertThat(
        PipelineSchema.AWS_TASKS.stream().map(t -> t + "@" + PipelineSchema.AWS_TASK_VERSION))
        .contains(task));
  }

  @Test
  void a_built_in_task_is_checked_against_the_inputs_the_azure_pipelines_schema_gives_it(
      @TempDir Path dir) throws Exception {
    Path pipeline = write(dir, """
        trigger: none
        steps:
          - task: Cache@2
            inputs:
              key: 'cfn-lint | requirements-dev.txt'
              paths: $(Pipeline.Workspace)/cfn-lint-answers
        """);
    assertThat(schema.validate(pipeline)).isNotEmpty();
  }

  private static Path write(Path dir, String yaml) throws Exception {
    Path file = Files.createDirectories(dir.resolve("azure-devops")).resolve("p.yml");
    Files.writeString(file, yaml);
    return file;
  }
}
