package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmgateway.cfn.generators.pipelines.PipelineFiles.TemplateCall;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.validate.StackGraph;

/** The stack order the pipelines follow is the one computed from the templates' imports. */
class PipelinePrerequisitesTest {

  private static StackGraph graph;

  @BeforeAll
  static void computeGraph() {
    graph = ComputedStacks.graph();
  }

  static Stream<String> stacks() {
    return ComputedStacks.generators().stream().map(StackGenerator::name);
  }

  @Test
  void there_are_eight_stacks_to_order() {
    assertThat(graph.order()).containsExactlyInAnyOrder(
        "security", "network", "alb", "cache", "database", "litellm", "backup", "observability");
  }

  @ParameterizedTest(name = "azure-pipelines-{0}.yml checks exactly the stacks {0} imports from")
  @MethodSource("stacks")
  void deploy_pipeline_prerequisites_equal_the_computed_imports(String stack) {
    assertPrerequisites("azure-pipelines-" + stack + ".yml", stack);
  }

  @Test
  void the_config_update_checks_what_the_litellm_stack_imports_from() {
    assertPrerequisites("azure-pipelines-litellm-config.yml", "litellm");
  }

  @ParameterizedTest(name = "azure-pipelines-teardown-{0}.yml waits for the stacks importing from {0}")
  @MethodSource("stacks")
  void teardown_pipeline_dependents_equal_the_computed_importers(String stack) {
    for (String environment : PipelineFiles.ENVIRONMENTS) {
      List<TemplateCall> deletions = expand("azure-pipelines-teardown-" + stack + ".yml",
          environment).calls("aws-cfn-teardown.yml");
      assertThat(deletions).hasSize(1);
      assertThat(deletions.get(0).text("stack")).isEqualTo(stack);
      assertThat(deletions.get(0).text("environment")).isEqualTo(environment);
      assertThat(deletions.get(0).list("dependents"))
          .containsExactlyElementsOf(ComputedStacks.dependents(graph, stack));
    }
  }

  @Test
  void the_teardown_orchestrator_deletes_in_reverse_deploy_order() {
    List<TemplateCall> deletions =
        expand("azure-pipelines-teardown.yml", "dev").calls("aws-cfn-teardown.yml");
    assertThat(deletions.stream().map(c -> c.text("stack")))
        .containsExactlyElementsOf(ComputedStacks.teardownOrder(graph));
    for (TemplateCall deletion : deletions) {
      assertThat(deletion.list("dependents"))
          .as("dependents of %s", deletion.text("stack"))
          .containsExactlyElementsOf(ComputedStacks.dependents(graph, deletion.text("stack")));
    }
  }

  private static void assertPrerequisites(String pipeline, String stack) {
    for (String environment : PipelineFiles.ENVIRONMENTS) {
      List<TemplateCall> checks = expand(pipeline, environment).calls("check-prerequisites.yml");
      assertThat(checks).as("%s pre-flight calls", pipeline).hasSize(1);
      assertThat(checks.get(0).text("stack")).isEqualTo(stack);
      assertThat(checks.get(0).text("environment")).isEqualTo(environment);
      assertThat(checks.get(0).list("prerequisites"))
          .as("%s prerequisites", pipeline)
          .containsExactlyElementsOf(ComputedStacks.prerequisites(graph, stack));
    }
  }

  static PipelineFiles.Expansion expand(String pipeline, String environment) {
    Path file = PipelineFiles.root().resolve(PipelineFiles.FOLDER).resolve(pipeline);
    assertThat(file).as("pipeline file").isRegularFile();
    return PipelineFiles.expand(file, environment);
  }
}
