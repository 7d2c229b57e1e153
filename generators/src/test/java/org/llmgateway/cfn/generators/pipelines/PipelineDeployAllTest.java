package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.pipelines.PipelineFiles.TemplateCall;
import org.llmgateway.cfn.generators.validate.StackGraph;

/**
 * azure-devops/azure-pipelines-deploy-all.yml deploys every stack in the waves StackGraph computes:
 * the stacks of a wave in parallel stages that wait for every stack of the wave before, then the
 * validation after the last wave.
 */
class PipelineDeployAllTest {

  private static final String PIPELINE = "azure-pipelines-deploy-all.yml";

  /** The deploy-all run's stack stages, by stack: the stages each one's pre-flight waits for. */
  private static Map<String, List<String>> stackStages(String environment) {
    Map<String, List<String>> stages = new LinkedHashMap<>();
    for (TemplateCall call : PipelinePrerequisitesTest.expand(PIPELINE, environment).calls()) {
      String name = call.name();
      if (name.startsWith("stack-") && name.endsWith(".yml")) {
        String stack = name.substring("stack-".length(), name.length() - ".yml".length());
        assertThat(call.text("stagePrefix")).as(stack).isEqualTo(stack + "_");
        assertThat(call.text("environment")).isEqualTo(environment);
        assertThat(stages.put(stack, call.list("dependsOn"))).as("%s twice", stack).isNull();
      }
    }
    return stages;
  }

  @Test
  void the_waves_equal_the_computed_deploy_order() {
    StackGraph graph = ComputedStacks.graph();
    for (String environment : PipelineFiles.ENVIRONMENTS) {
      Map<String, List<String>> stages = stackStages(environment);
      assertThat(stages.keySet()).containsExactlyInAnyOrderElementsOf(graph.order());

      // a stack's wave: 1 + the wave of the stacks its stage waits for
      Map<String, Integer> wave = new LinkedHashMap<>();
      stages.forEach((stack, dependsOn) -> wave.put(stack, dependsOn.stream()
          .map(stage -> wave.get(stage.replaceFirst("_Deploy$", "")))
          .peek(w -> assertThat(w).as("%s waits for a stack deployed after it", stack)
              .isNotNull())
          .reduce(0, Math::max) + 1));
      List<SortedSet<String>> waves = new ArrayList<>();
      wave.forEach((stack, number) -> {
        while (waves.size() < number) {
          waves.add(new TreeSet<>());
        }
        waves.get(number - 1).add(stack);
      });
      assertThat(waves).as("deploy-all waves for %s", environment).isEqualTo(graph.waves());

      // each wave waits for the whole wave before it, no more and no less
      for (int i = 1; i < waves.size(); i++) {
        List<String> previous = waves.get(i - 1).stream().map(s -> s + "_Deploy").toList();
        for (String stack : waves.get(i)) {
          assertThat(stages.get(stack)).as(stack).containsExactlyInAnyOrderElementsOf(previous);
        }
      }
      for (String stack : waves.get(0)) {
        assertThat(stages.get(stack)).as("%s starts at once", stack).isEmpty();
      }
    }
  }

  @Test
  void the_validation_runs_after_the_last_wave() {
    List<SortedSet<String>> waves = ComputedStacks.graph().waves();
    List<String> last = waves.get(waves.size() - 1).stream().map(s -> s + "_Deploy").toList();
    var validations = PipelinePrerequisitesTest.expand(PIPELINE, "dev").calls("validate-stage.yml");
    assertThat(validations).singleElement().satisfies(call ->
        assertThat(call.list("dependsOn")).containsExactlyInAnyOrderElementsOf(last));
  }

  @Test
  void the_stage_names_are_prefixed_by_the_stack_and_unique() {
    var expansion = PipelinePrerequisitesTest.expand(PIPELINE, "staging");
    List<String> names = new ArrayList<>();
    for (var compiled : expansion.compiled("deploy-stack.yml")) {
      for (JsonNode stage : compiled.document().path("stages")) {
        names.add(stage.path("stage").asText());
      }
    }
    for (var compiled : expansion.compiled("validate-stage.yml")) {
      compiled.document().path("stages").forEach(s -> names.add(s.path("stage").asText()));
    }
    List<String> expected = new ArrayList<>();
    for (String stack : ComputedStacks.graph().order()) {
      expected.add(stack + "_Preflight");
      expected.add(stack + "_Deploy");
    }
    expected.add("Validate");
    assertThat(names).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
    for (var compiled : expansion.compiled("deploy-stack.yml")) {
      JsonNode deploy = compiled.document().path("stages").get(1);
      JsonNode preflight = compiled.document().path("stages").get(0);
      assertThat(deploy.path("dependsOn").asText()).isEqualTo(preflight.path("stage").asText());
    }
  }

  @Test
  void a_single_stack_pipeline_keeps_the_plain_stage_names() {
    var compiled = PipelinePrerequisitesTest.expand("azure-pipelines-alb.yml", "dev")
        .compiled("deploy-stack.yml");
    assertThat(compiled).singleElement().satisfies(c -> {
      JsonNode stages = c.document().path("stages");
      assertThat(stages.get(0).path("stage").asText()).isEqualTo("Preflight");
      assertThat(stages.get(0).path("dependsOn").isEmpty()).isTrue();
      assertThat(stages.get(1).path("stage").asText()).isEqualTo("Deploy");
    });
  }
}
