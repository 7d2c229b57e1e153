package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.stack.StackGenerator;

/** Every file a pipeline names exists, for every environment it can run for. */
class PipelinePathsTest {

  /**
   * CloudFormation's limit on a TemplateBody: how the pipelines send a template when
   * TEMPLATE_BUCKET is not set (a deployment without a bucket must keep working, so the
   * generated templates stay under it; StageTemplateScriptTest covers the bucket route).
   */
  static final int TEMPLATE_BODY_LIMIT = 51_200;

  private static final Pattern REPOSITORY_PATH = Pattern.compile(
      "(?<![\\w/.$-])(?:generated-templates|docker|scripts|azure-devops)/[A-Za-z0-9_./-]*[A-Za-z0-9_]");

  static Stream<Arguments> runs() {
    return PipelineFiles.pipelines().stream().flatMap(pipeline ->
        PipelineFiles.ENVIRONMENTS.stream().map(env -> Arguments.of(
            PipelineFiles.relative(pipeline), env)));
  }

  @ParameterizedTest(name = "{0} for {1} names only files that exist")
  @MethodSource("runs")
  void every_template_and_file_a_pipeline_names_exists(String pipeline, String environment) {
    var expansion = PipelineFiles.expand(PipelineFiles.root().resolve(pipeline), environment);
    for (var call : expansion.calls()) {
      assertThat(call.template())
          .as("template %s used by %s", call.template(), PipelineFiles.relative(call.caller()))
          .isRegularFile();
    }
    TreeSet<String> named = new TreeSet<>();
    for (String text : expansion.texts()) {
      Matcher matcher = REPOSITORY_PATH.matcher(text);
      while (matcher.find()) {
        named.add(matcher.group());
      }
    }
    assertThat(named).allSatisfy(path ->
        assertThat(Files.exists(PipelineFiles.root().resolve(path)))
            .as("%s (for %s) names %s", pipeline, environment, path).isTrue());
  }

  static Stream<Arguments> deployments() {
    return ComputedStacks.generators().stream().map(StackGenerator::name).flatMap(stack ->
        PipelineFiles.ENVIRONMENTS.stream().map(env -> Arguments.of(stack, env)));
  }

  @ParameterizedTest(name = "the {0} pipeline deploys {0}-stack.yaml with the {1} parameter file")
  @MethodSource("deployments")
  void each_deploy_pipeline_deploys_its_template_with_the_environments_parameter_file(
      String stack, String environment) {
    var expansion = PipelinePrerequisitesTest.expand("azure-pipelines-" + stack + ".yml",
        environment);
    String template = GeneratedFiles.TEMPLATES_FOLDER + "/" + stack + "-stack.yaml";
    String parameters = GeneratedFiles.TEMPLATES_FOLDER + "/parameters/" + environment + "/"
        + stack + "-stack.json";
    String all = String.join("\n", expansion.texts());
    assertThat(all).contains(template, parameters);
    assertThat(PipelineFiles.root().resolve(template)).isRegularFile();
    assertThat(PipelineFiles.root().resolve(parameters)).isRegularFile();
    // the litellm pipeline's create-only first deployment is PipelineBootstrapTest's subject
    assertThat(expansion.calls("aws-cfn-deploy.yml"))
        .filteredOn(call -> !Boolean.parseBoolean(call.text("createOnly")))
        .singleElement().satisfies(call -> {
          assertThat(call.text("stack")).isEqualTo(stack);
          assertThat(call.text("environment")).isEqualTo(environment);
        });
  }

  @Test
  void every_generated_template_fits_a_template_body() throws Exception {
    List<StackGenerator> generators = ComputedStacks.generators();
    assertThat(generators).isNotEmpty();
    for (StackGenerator generator : generators) {
      Path file = PipelineFiles.root().resolve(GeneratedFiles.TEMPLATES_FOLDER)
          .resolve(generator.templateFileName());
      assertThat(Files.size(file)).as("%s bytes", file.getFileName())
          .isLessThanOrEqualTo(TEMPLATE_BODY_LIMIT);
    }
  }
}
