package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.alb.AlbExports;
import org.llmgateway.cfn.generators.stack.database.DatabaseExports;
import org.llmgateway.cfn.generators.stack.security.SecretKeys;

/** Names the pipelines share with the stacks, the seed's file list, and the AWS connection. */
class PipelineConventionsTest {

  /** Where the PR pipeline keeps cfn-lint's answers between runs (CfnLint). */
  private static final String CFN_LINT_ANSWERS = "$(Pipeline.Workspace)/cfn-lint-answers";

  static final String CONNECTION = "aws-litellm-connection";
  static final Set<String> GROUPS = Set.of("litellm-aws-config", "litellm-aws-secrets");

  @Test
  void every_pipeline_of_the_architecture_guide_exists() {
    List<String> names = new ArrayList<>();
    PipelineFiles.all().forEach(f -> names.add(PipelineFiles.relative(f)));
    List<String> expected = new ArrayList<>();
    for (String stack : List.of("security", "network", "alb", "database", "litellm", "backup")) {
      expected.add("azure-devops/azure-pipelines-" + stack + ".yml");
      expected.add("azure-devops/azure-pipelines-teardown-" + stack + ".yml");
    }
    expected.addAll(List.of("azure-devops/azure-pipelines-litellm-config.yml",
        "azure-devops/azure-pipelines-litellm-update.yml",
        "azure-devops/azure-pipelines-teardown.yml",
        "azure-devops/azure-pipelines-validate.yml",
        "azure-devops/azure-pipelines-pr.yml",
        "azure-devops/templates/aws-cfn-deploy.yml",
        "azure-devops/templates/aws-ecr-build.yml",
        "azure-devops/templates/check-prerequisites.yml"));
    assertThat(names).containsAll(expected);
  }

  @Test
  void every_aws_task_uses_the_connection_parameter_and_the_configured_region() {
    List<String> wrong = new ArrayList<>();
    for (Path file : PipelineFiles.all()) {
      for (JsonNode step : awsSteps(PipelineFiles.read(file), new ArrayList<>())) {
        JsonNode inputs = step.path("inputs");
        if (!"${{ parameters.awsConnection }}".equals(inputs.path("awsCredentials").asText())
            || !"$(AWS_REGION)".equals(inputs.path("regionName").asText())) {
          wrong.add(PipelineFiles.relative(file) + ": " + step.path("task").asText());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void the_shared_connection_is_the_default_and_an_environments_own_reaches_every_aws_task() {
    for (Path pipeline : awsPipelines()) {
      for (String connection : List.of(CONNECTION, "aws-litellm-prod")) {
        var expansion = PipelineFiles.expand(pipeline, "prod",
            connection.equals(CONNECTION) ? Map.of() : Map.of("awsConnection", connection));
        List<String> used = new ArrayList<>();
        for (var compiled : expansion.files()) {
          awsSteps(compiled.document(), new ArrayList<>()).forEach(step ->
              used.add(step.path("inputs").path("awsCredentials").asText()));
        }
        assertThat(used).as("%s with %s", PipelineFiles.relative(pipeline), connection)
            .isNotEmpty().containsOnly(connection);
      }
    }
  }

  @Test
  void pipelines_use_only_the_two_variable_groups_and_all_link_the_config_group() {
    for (Path pipeline : PipelineFiles.pipelines()) {
      String text = PipelineFiles.text(pipeline);
      text.lines().map(String::trim).filter(l -> l.startsWith("- group: "))
          .forEach(l -> assertThat(GROUPS).contains(l.substring("- group: ".length())));
      if (!pipeline.getFileName().toString().equals("azure-pipelines-pr.yml")) {
        assertThat(text).as(PipelineFiles.relative(pipeline))
            .contains("- group: litellm-aws-config");
      }
    }
  }

  @Test
  void every_aws_pipeline_takes_the_environment_as_free_text_defaulting_to_dev() {
    for (Path pipeline : awsPipelines()) {
      JsonNode environment = null;
      for (JsonNode parameter : PipelineFiles.read(pipeline).path("parameters")) {
        if (parameter.path("name").asText().equals("environment")) {
          environment = parameter;
        }
      }
      assertThat(environment).as(PipelineFiles.relative(pipeline)).isNotNull();
      assertThat(environment.path("default").asText()).isEqualTo("dev");
      assertThat(environment.has("values"))
          .as("%s lists the environments by hand", PipelineFiles.relative(pipeline)).isFalse();
    }
    List<String> listing = new ArrayList<>();
    for (Path file : PipelineFiles.all()) {
      if (PipelineFiles.text(file).contains("staging, prod")) {
        listing.add(PipelineFiles.relative(file));
      }
    }
    assertThat(listing).as("files listing the environments").isEmpty();
  }

  @Test
  void every_aws_pipeline_runs_the_preflight_for_its_environment() {
    for (Path pipeline : awsPipelines()) {
      for (String environment : PipelineFiles.ENVIRONMENTS) {
        var calls = PipelineFiles.expand(pipeline, environment).calls("preflight.yml");
        assertThat(calls).as("%s for %s", PipelineFiles.relative(pipeline), environment)
            .isNotEmpty()
            .allSatisfy(c -> assertThat(c.text("environment")).isEqualTo(environment));
      }
    }
  }

  @Test
  void every_deployment_job_waits_for_the_preflight_and_none_is_named_deploy() {
    List<String> checked = new ArrayList<>();
    for (Path file : PipelineFiles.all()) {
      for (JsonNode stage : PipelineFiles.read(file).path("stages")) {
        List<String> jobNames = new ArrayList<>();
        stage.path("jobs").forEach(job -> jobNames.add(job.path("job").asText()
            + job.path("template").asText()));
        for (JsonNode job : stage.path("jobs")) {
          if (!job.has("deployment")) {
            continue;
          }
          String name = PipelineFiles.relative(file) + ": " + job.path("deployment").asText();
          assertThat(job.path("deployment").asText().toLowerCase()).as(name)
              .isNotIn("deploy", "deployment");
          boolean waitsInStage = job.path("dependsOn").asText().equals("Preflight")
              && jobNames.stream().anyMatch(n -> n.endsWith("preflight.yml"));
          boolean waitsForStage = stage.path("dependsOn").toString().contains("Preflight")
              && file.getFileName().toString().equals("deploy-stack.yml");
          assertThat(waitsInStage || waitsForStage).as(name).isTrue();
          checked.add(name);
        }
      }
    }
    assertThat(checked).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void the_pr_pipeline_installs_the_pinned_python_tools_into_a_virtual_environment() {
    JsonNode steps = prSteps();
    List<String> scripts = new ArrayList<>();
    steps.forEach(step -> scripts.add(step.path("script").asText()));
    // the hosted image's Python is externally managed (PEP 668): no pip outside the venv
    assertThat(scripts).noneMatch(s -> s.contains("pip install"));
    assertThat(scripts).filteredOn(s -> s.contains("python3 -m venv")).singleElement()
        .satisfies(s -> assertThat(s).containsSubsequence("python3 -m venv",
            "/venv/bin/activate", "bash scripts/install-prerequisites.sh",
            "##vso[task.prependpath]"));
    assertThat(PipelineFiles.text(PipelineFiles.root().resolve("scripts/install-prerequisites.sh")))
        .contains("-r requirements-dev.txt");
    int venv = indexOf(scripts, "python3 -m venv");
    // the same gates as .ci/run: the README's test command, the consumer project, the packs
    assertThat(scripts).contains("mvn -B -f examples/pom.xml verify",
        "bash scripts/security-packs.sh");
    assertThat(scripts).filteredOn(s -> s.startsWith("mvn -B install")).singleElement()
        .isEqualTo("mvn -B install -Dcfn-lint.cache=" + CFN_LINT_ANSWERS);
    assertThat(indexOf(scripts, "mvn -B install"))
        .isLessThan(indexOf(scripts, "mvn -B -f examples/pom.xml verify"));
    assertThat(venv).isLessThan(indexOf(scripts, "mvn -B install"))
        .isLessThan(indexOf(scripts, "cfn-lint"))
        .isLessThan(indexOf(scripts, "python3 -m pytest"));
  }

  @Test
  void the_pr_pipeline_restores_cfn_lints_answers_before_the_tests_and_keys_them_by_its_pins() {
    JsonNode steps = prSteps();
    int cache = -1;
    int tests = -1;
    for (int i = 0; i < steps.size(); i++) {
      JsonNode step = steps.get(i);
      if (step.path("task").asText().equals("Cache@2")) {
        cache = i;
        JsonNode inputs = step.path("inputs");
        assertThat(inputs.path("path").asText()).isEqualTo(CFN_LINT_ANSWERS);
        // a new key per run saves this run's answers; the restore key finds the latest ones,
        // and requirements-dev.txt (cfn-lint's pin) starts a new line of them when it changes
        assertThat(inputs.path("key").asText())
            .isEqualTo("cfn-lint | requirements-dev.txt | \"$(Build.SourceVersion)\"");
        assertThat(inputs.path("restoreKeys").asText().strip())
            .isEqualTo("cfn-lint | requirements-dev.txt");
      }
      if (step.path("script").asText().startsWith("mvn -B install")) {
        tests = i;
      }
    }
    assertThat(cache).as("the Cache@2 step").isNotNegative().isLessThan(tests);
  }

  private static JsonNode prSteps() {
    return PipelineFiles.read(PipelineFiles.root().resolve(PipelineFiles.FOLDER)
        .resolve("azure-pipelines-pr.yml")).path("steps");
  }

  private static int indexOf(List<String> scripts, String text) {
    for (int i = 0; i < scripts.size(); i++) {
      if (scripts.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no PR step runs " + text);
  }

  private static List<Path> awsPipelines() {
    return PipelineFiles.pipelines().stream()
        .filter(p -> !p.getFileName().toString().equals("azure-pipelines-pr.yml")).toList();
  }

  @Test
  void the_service_pipelines_name_the_cluster_and_service_the_litellm_stack_creates() {
    for (String script : List.of("azure-devops/scripts/ecs-redeploy.sh",
        "azure-devops/scripts/ecs-scaling.sh")) {
      assertThat(PipelineFiles.text(PipelineFiles.root().resolve(script))).as(script).contains(
          "cluster=\"" + Names.resolve("${environment}", SharedNames.CLUSTER_SUFFIX) + "\"",
          "service=\"" + Names.resolve("${environment}", SharedNames.SERVICE_SUFFIX) + "\"");
    }
  }

  @Test
  void the_teardown_removes_the_log_groups_and_repository_the_stacks_keep() {
    String text = String.join("\n",
        PipelinePrerequisitesTest.expand("azure-pipelines-teardown.yml", "dev").texts());
    assertThat(text)
        .contains("\"" + SharedNames.TASK_LOG_GROUP_PREFIX + "${environment}"
            + SharedNames.TASK_FAMILY_SUFFIX + "\"")
        .contains("\"" + SharedNames.FUNCTION_LOG_GROUP_PREFIX + "${environment}-litellm-\"")
        .contains("repository=\"${environment}" + SharedNames.ECR_REPOSITORY_SUFFIX + "\"\n")
        .contains("scripts/teardown-compliance-scan.sh");
  }

  @Test
  void the_config_update_uploads_the_config_and_builds_no_image() throws Exception {
    for (String environment : PipelineFiles.ENVIRONMENTS) {
      var expansion = PipelinePrerequisitesTest.expand("azure-pipelines-litellm-config.yml",
          environment);
      assertThat(expansion.compiled("aws-ecr-build.yml")).as(environment).isEmpty();
    }
    assertThat(java.nio.file.Files.readString(PipelineFiles.root()
            .resolve(PipelineFiles.FOLDER).resolve("azure-pipelines-litellm-config.yml")))
        .contains("filePath: azure-devops/scripts/upload-proxy-config.sh")
        .contains("- parameter: ProxyConfigVersion\n          value: $(proxyConfigVersion)");
  }

  @Test
  void the_image_is_built_for_and_pushed_to_the_environments_repository() {
    for (String pipeline : List.of("azure-pipelines-litellm.yml")) {
      for (String environment : PipelineFiles.ENVIRONMENTS) {
        var builds = PipelinePrerequisitesTest.expand(pipeline, environment)
            .compiled("aws-ecr-build.yml");
        assertThat(builds).as("%s for %s", pipeline, environment).hasSize(1);
        String repository = Names.resolve(environment, SharedNames.ECR_REPOSITORY_SUFFIX);
        List<JsonNode> steps = new ArrayList<>();
        builds.get(0).document().path("steps").forEach(steps::add);
        assertThat(steps).filteredOn(s -> s.path("task").asText().equals("ECRPushImage@1"))
            .singleElement().satisfies(push -> {
              assertThat(push.path("inputs").path("repositoryName").asText())
                  .isEqualTo(repository);
              assertThat(push.path("inputs").path("sourceImageName").asText())
                  .isEqualTo(repository);
            });
        assertThat(steps).filteredOn(s -> s.path("task").asText().equals("AWSShellScript@1")
                && s.path("displayName").asText().startsWith("Is "))
            .singleElement().satisfies(check ->
                assertThat(check.path("inputs").path("inlineScript").asText())
                    .contains("repository=\"" + repository + "\"\n"));
      }
    }
  }

  @Test
  void the_validation_pipeline_checks_the_shared_health_path_with_the_master_key() {
    String text = String.join("\n",
        PipelinePrerequisitesTest.expand("azure-pipelines-validate.yml", "prod").texts());
    assertThat(text)
        .contains("$endpoint" + SharedNames.HEALTH_CHECK_PATH)
        .contains("$endpoint/v1/models")
        .contains(AlbExports.ENDPOINT_URL.resolve("${environment}"))
        .contains("\"${environment}" + SharedNames.SECRET_PREFIX
            + SharedNames.MASTER_KEY_SECRET + "\"")
        .contains("jq -r '." + SecretKeys.MASTER_KEY + " // empty'")
        .contains("curl -sS --max-time 20 -H @-");
  }

  @Test
  void the_scripts_read_the_exports_the_stacks_declare() {
    String monitor = PipelineFiles.text(PipelineFiles.root().resolve(
        "scripts/monitor-aws-resources.sh"));
    assertThat(monitor)
        .contains(AlbExports.TARGET_GROUP_ARN.resolve("${environment}"))
        .contains(AlbExports.ENDPOINT_URL.resolve("${environment}"))
        .contains(DatabaseExports.INSTANCE_ID.resolve("${environment}"))
        .contains("${environment}" + SharedNames.CLUSTER_SUFFIX)
        .contains("${environment}" + SharedNames.SERVICE_SUFFIX);
    String scan = PipelineFiles.text(PipelineFiles.root().resolve(
        "scripts/teardown-compliance-scan.sh"));
    assertThat(scan)
        .contains("ECR_REPOSITORY_SUFFIX=\"" + SharedNames.ECR_REPOSITORY_SUFFIX + "\"")
        .contains("repository=\"${environment}${ECR_REPOSITORY_SUFFIX}\"");
    assertThat(monitor)
        .contains("ECR_REPOSITORY_SUFFIX=\"" + SharedNames.ECR_REPOSITORY_SUFFIX + "\"")
        .contains("repository=\"${environment}${ECR_REPOSITORY_SUFFIX}\"");
    assertThat(scan)
        .contains("\"" + SharedNames.TASK_LOG_GROUP_PREFIX + "${environment}"
            + SharedNames.TASK_FAMILY_SUFFIX + "\"");
  }

  private static List<JsonNode> awsSteps(JsonNode node, List<JsonNode> found) {
    if (node.isObject()) {
      String task = node.path("task").asText("");
      if (PipelineSchema.AWS_TASKS.stream().anyMatch(t -> task.startsWith(t + "@"))) {
        found.add(node);
      }
      node.elements().forEachRemaining(child -> awsSteps(child, found));
    } else if (node.isArray()) {
      node.forEach(child -> awsSteps(child, found));
    }
    return found;
  }

  static Set<String> sorted(List<String> values) {
    return new TreeSet<>(values);
  }
}
