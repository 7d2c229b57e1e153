package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmgateway.cfn.generators.pipelines.PipelineFiles.TemplateCall;

/**
 * Where the deploy-time steps sit in the pipelines: the database stack is never deployed without
 * the RDS pre-flight in the pre-flight stage, and the litellm stack is never deployed with a new
 * image before the migrations have run with it (after the image push, before the stack deploy).
 */
class PipelineDeployStepsTest {

  static List<String> environments() {
    return PipelineFiles.ENVIRONMENTS;
  }

  private static List<String> names(List<TemplateCall> calls) {
    return calls.stream().map(TemplateCall::name).toList();
  }

  @ParameterizedTest(name = "for {0}: every pipeline deploying the database runs the RDS pre-flight")
  @MethodSource("environments")
  void every_pipeline_that_deploys_the_database_stack_asks_rds_first(String environment) {
    List<String> deploying = PipelineFiles.pipelines().stream()
        .filter(p -> PipelineFiles.expand(p, environment).calls("aws-cfn-deploy.yml").stream()
            .anyMatch(c -> "database".equals(c.text("stack"))))
        .map(PipelineFiles::relative).toList();
    assertThat(deploying).contains("azure-devops/azure-pipelines-database.yml");
    for (String pipeline : deploying) {
      var expansion = PipelineFiles.expand(PipelineFiles.root().resolve(pipeline), environment);
      assertThat(expansion.calls("rds-preflight.yml")).as(pipeline).singleElement()
          .satisfies(c -> assertThat(c.text("environment")).isEqualTo(environment));
      assertThat(names(expansion.calls()).indexOf("rds-preflight.yml")).as(pipeline)
          .isLessThan(names(expansion.calls()).lastIndexOf("aws-cfn-deploy.yml"));
      assertThat(String.join("\n", expansion.texts())).contains(
          "azure-devops/scripts/rds-preflight.sh \"" + environment + "\"",
          "generated-templates/parameters/" + environment + "/database-stack.json");
    }
  }

  @ParameterizedTest(name = "the pre-flight steps run in the pre-flight stage, before {0}'s deploy")
  @MethodSource("environments")
  void the_preflight_steps_run_in_the_stage_the_deploy_stage_depends_on(String environment) {
    String template = PipelineFiles.text(PipelineFiles.root()
        .resolve(PipelineFiles.TEMPLATES).resolve("deploy-stack.yml"));
    int preflightStage = template.indexOf("- stage: ${{ parameters.stagePrefix }}Preflight");
    int steps = template.indexOf("- ${{ parameters.preflightSteps }}");
    int deployStage = template.indexOf("- stage: ${{ parameters.stagePrefix }}Deploy");
    assertThat(preflightStage).isNotNegative();
    assertThat(steps).isGreaterThan(preflightStage).isLessThan(deployStage);
    assertThat(template.substring(deployStage))
        .contains("dependsOn: ${{ parameters.stagePrefix }}Preflight");
  }

  @ParameterizedTest(name = "for {0}: the litellm pipelines migrate between the push and the deploy")
  @MethodSource("environments")
  void the_litellm_pipelines_migrate_with_the_new_image_before_the_stack_deploy(
      String environment) {
    // the config update builds no image, so it has no new image to migrate with
    for (String pipeline : List.of("azure-pipelines-litellm.yml")) {
      var expansion = PipelinePrerequisitesTest.expand(pipeline, environment);
      List<String> order = names(expansion.calls()).stream()
          .filter(n -> List.of("aws-ecr-build.yml", "litellm-migrate.yml", "aws-cfn-deploy.yml")
              .contains(n)).toList();
      // the create-only bootstrap, if any, comes first; then push, migrate, deploy
      assertThat(order.subList(order.indexOf("aws-ecr-build.yml"), order.size()))
          .as(pipeline).containsExactly("aws-ecr-build.yml", "litellm-migrate.yml",
              "aws-cfn-deploy.yml");
      assertThat(expansion.calls("litellm-migrate.yml")).singleElement()
          .satisfies(c -> assertThat(c.text("environment")).isEqualTo(environment));
      assertThat(String.join("\n", expansion.texts())).contains(
          "azure-devops/scripts/litellm-migrate.sh \"" + environment + "\" \"$(imageTag)\"");
    }
  }
}
