package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.pipelines.PipelineFiles.Compiled;
import org.llmgateway.cfn.generators.pipelines.PipelineFiles.TemplateCall;
import org.llmgateway.cfn.generators.stack.litellm.LiteLlmStack;
import org.llmgateway.cfn.model.template.Parameter;

/**
 * The litellm stack's first deployment: the stack owns the image repository and the service needs
 * an image from it, so a missing stack is first created with no tasks, the image is pushed, and
 * the stack is deployed again with the parameter file's counts and the new tag. The change-set
 * step is run against a fake AWS CLI: only "does not exist" means create, any other failure to
 * read the stack stops the step, and an update keeps a provider key whose variable is not set.
 */
class PipelineBootstrapTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PIPELINE = "azure-pipelines-litellm.yml";
  private static final String SECURITY_PIPELINE = "azure-pipelines-security.yml";
  private static final List<Parameter> BOOTSTRAP_COUNTS =
      List.of(LiteLlmStack.DESIRED_COUNT, LiteLlmStack.MIN_CAPACITY);
  private static final String TAG = "v1.74.9-stable-0123456789ab";
  private static final Pattern AZURE_MACRO = Pattern.compile("\\$\\((?:Build|System)\\.(\\w+)\\)");
  private static final Pattern EACH =
      Pattern.compile("\\$\\{\\{\\s*each (\\w+) in parameters\\.(\\w+)\\s*}}");

  static List<String> environments() {
    return PipelineFiles.ENVIRONMENTS;
  }

  @ParameterizedTest(name = "for {0}: create without tasks, build and push, deploy with the image")
  @MethodSource("environments")
  void the_litellm_pipeline_creates_the_stack_without_tasks_before_the_image_exists(
      String environment) {
    List<TemplateCall> steps = PipelinePrerequisitesTest.expand(PIPELINE, environment).calls()
        .stream().filter(c -> c.name().equals("aws-cfn-deploy.yml")
            || c.name().equals("aws-ecr-build.yml")).toList();
    assertThat(steps).extracting(TemplateCall::name)
        .containsExactly("aws-cfn-deploy.yml", "aws-ecr-build.yml", "aws-cfn-deploy.yml");

    TemplateCall bootstrap = steps.get(0);
    assertThat(bootstrap.text("stack")).isEqualTo(LiteLlmStack.NAME);
    assertThat(bootstrap.text("environment")).isEqualTo(environment);
    assertThat(bootstrap.text("createOnly")).isEqualTo("true");
    assertThat(overrides(bootstrap)).containsExactly(
        Map.entry(LiteLlmStack.DESIRED_COUNT.logicalId(), "0"),
        Map.entry(LiteLlmStack.MIN_CAPACITY.logicalId(), "0"));

    assertThat(steps.get(1).text("environment")).isEqualTo(environment);

    TemplateCall deploy = steps.get(2);
    assertThat(deploy.text("stack")).isEqualTo(LiteLlmStack.NAME);
    assertThat(deploy.text("createOnly")).isNull();
    assertThat(overrides(deploy))
        .containsExactly(Map.entry(LiteLlmStack.IMAGE_TAG.logicalId(), "$(imageTag)"));
    assertThat(PipelinePrerequisitesTest.expand(PIPELINE, environment)
        .compiled("aws-ecr-build.yml").get(0).text())
        .as("the build sets the variable the deployment's ImageTag reads")
        .contains("##vso[task.setvariable variable=imageTag]");
  }

  @Test
  void the_template_accepts_no_tasks_and_the_parameter_files_always_start_some() throws Exception {
    for (Parameter count : BOOTSTRAP_COUNTS) {
      assertThat(count.violation("0")).as(count.logicalId()).isEmpty();
    }
    for (String environment : PipelineFiles.ENVIRONMENTS) {
      Map<String, String> file = parameterFile(environment);
      for (Parameter count : BOOTSTRAP_COUNTS) {
        assertThat(Integer.parseInt(file.get(count.logicalId())))
            .as("%s in the %s parameter file", count.logicalId(), environment)
            .isPositive();
      }
    }
  }

  @Test
  void only_a_create_only_deployment_sets_a_task_count_and_only_to_zero() {
    List<String> counts = BOOTSTRAP_COUNTS.stream().map(Parameter::logicalId).toList();
    List<String> offending = new ArrayList<>();
    for (Path pipeline : PipelineFiles.pipelines()) {
      for (String environment : PipelineFiles.ENVIRONMENTS) {
        for (TemplateCall call :
            PipelineFiles.expand(pipeline, environment).calls("aws-cfn-deploy.yml")) {
          boolean setsCount = overrides(call).keySet().stream().anyMatch(counts::contains);
          boolean createOnly = Boolean.parseBoolean(call.text("createOnly"));
          if (setsCount != createOnly) {
            offending.add(PipelineFiles.relative(pipeline) + " for " + environment + ": "
                + call.parameters());
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void with_the_stack_absent_the_first_step_creates_it_with_no_tasks(@TempDir Path dir)
      throws Exception {
    Run run = runChangeSetScript(0, "dev", null, dir);

    assertThat(run.output()).contains("##vso[task.setvariable variable=cfnExecuted]true",
        "##vso[task.setvariable variable=cfnOperation]CREATE");
    assertThat(run.changeSet().path("ChangeSetType").asText()).isEqualTo("CREATE");
    Map<String, String> expected = new TreeMap<>(parameterFile("dev"));
    expected.put(LiteLlmStack.DESIRED_COUNT.logicalId(), "0");
    expected.put(LiteLlmStack.MIN_CAPACITY.logicalId(), "0");
    assertThat(run.parameters()).isEqualTo(expected);
    assertThat(run.awsCalls()).anyMatch(c -> c.startsWith("cloudformation execute-change-set"));
  }

  @Test
  void the_two_change_sets_of_one_job_have_different_names(@TempDir Path dir) throws Exception {
    Run create = runChangeSetScript(0, "dev", null, dir.resolve("create"));
    Run deploy = runChangeSetScript(1, "dev", "CREATE_COMPLETE", dir.resolve("deploy"));

    String first = create.changeSet().path("ChangeSetName").asText();
    String second = deploy.changeSet().path("ChangeSetName").asText();
    assertThat(first).startsWith("create-empty-test-BuildId-");
    assertThat(second).startsWith("deploy-test-BuildId-");
    assertThat(first).isNotEqualTo(second);
    assertThat(create.awsCalls()).contains("cloudformation execute-change-set --stack-name"
        + " dev-litellm-stack --change-set-name " + first);
  }

  @Test
  void a_template_staged_in_the_bucket_is_sent_by_url(@TempDir Path dir) throws Exception {
    String url = "https://example-bucket.s3.us-east-1.amazonaws.com/cloudformation/dev/x.yaml";
    Run run = runChangeSetScript(PIPELINE, 1, "dev", "CREATE_COMPLETE", null,
        Map.of("TEMPLATE_SOURCE", "s3", "TEMPLATE_URL", url), dir);

    assertThat(run.exitCode()).as("exit status; output:%n%s", run.output()).isZero();
    assertThat(run.changeSet().path("TemplateURL").asText()).isEqualTo(url);
    assertThat(run.changeSet().has("TemplateBody")).isFalse();
  }

  @Test
  void an_inline_template_is_sent_as_its_body(@TempDir Path dir) throws Exception {
    Run run = runChangeSetScript(1, "dev", "CREATE_COMPLETE", dir);

    assertThat(run.changeSet().has("TemplateURL")).isFalse();
    assertThat(run.changeSet().path("TemplateBody").asText()).isEqualTo(PipelineFiles.text(
        PipelineFiles.root().resolve("generated-templates/litellm-stack.yaml")));
  }

  @Test
  void with_the_stack_present_the_first_step_changes_nothing(@TempDir Path dir)
      throws Exception {
    Run run = runChangeSetScript(0, "staging", "UPDATE_COMPLETE", dir);

    assertThat(run.output()).contains("##vso[task.setvariable variable=cfnExecuted]false");
    assertThat(run.awsCalls()).noneMatch(c -> c.startsWith("cloudformation create-change-set"));
    assertThat(run.awsCalls()).noneMatch(c -> c.startsWith("cloudformation execute-change-set"));
  }

  @Test
  void the_second_step_deploys_the_parameter_files_counts_with_the_new_image(@TempDir Path dir)
      throws Exception {
    Run run = runChangeSetScript(1, "prod", "CREATE_COMPLETE", dir);

    assertThat(run.changeSet().path("ChangeSetType").asText()).isEqualTo("UPDATE");
    Map<String, String> expected = new TreeMap<>(parameterFile("prod"));
    expected.put(LiteLlmStack.IMAGE_TAG.logicalId(), TAG);
    assertThat(run.parameters()).isEqualTo(expected);
  }

  @Test
  void when_describe_stacks_is_denied_the_step_fails_instead_of_creating(@TempDir Path dir)
      throws Exception {
    String denied = "An error occurred (AccessDenied) when calling the DescribeStacks operation:"
        + " User: arn:aws:iam::123456789012:user/ci is not authorized to perform:"
        + " cloudformation:DescribeStacks";
    for (int index : List.of(0, 1)) {
      Run run = runChangeSetScript(PIPELINE, index, "dev", null, denied, Map.of(), dir);

      assertThat(run.exitCode()).as("exit status; output:%n%s", run.output()).isNotZero();
      assertThat(run.output()).contains("##vso[task.logissue type=error]", denied);
      assertThat(run.awsCalls()).noneMatch(c -> c.startsWith("cloudformation create-change-set"));
    }
  }

  @Test
  void a_validation_error_other_than_does_not_exist_fails_the_step(@TempDir Path dir)
      throws Exception {
    String other = "An error occurred (ValidationError) when calling the DescribeStacks"
        + " operation: 1 validation error detected";
    Run run = runChangeSetScript(PIPELINE, 1, "dev", null, other, Map.of(), dir);

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.awsCalls()).noneMatch(c -> c.startsWith("cloudformation create-change-set"));
  }

  @Test
  void an_update_keeps_a_provider_key_whose_variable_is_not_set(@TempDir Path dir)
      throws Exception {
    String secret = "sk-test-" + Long.toHexString(System.nanoTime());
    // the agent leaves a variable missing from the group as the literal macro text
    Run run = runChangeSetScript(SECURITY_PIPELINE, 0, "staging", "UPDATE_COMPLETE", null,
        Map.of("CFN_SECRET_AnthropicApiKey", secret), dir);

    assertThat(run.exitCode()).as("exit status; output:%n%s", run.output()).isZero();
    assertThat(run.changeSet().path("ChangeSetType").asText()).isEqualTo("UPDATE");
    assertThat(run.sent("OpenAiApiKey")).isEqualTo(
        JSON.createObjectNode().put("ParameterKey", "OpenAiApiKey").put("UsePreviousValue", true));
    assertThat(run.sent("AnthropicApiKey").path("ParameterValue").asText()).isEqualTo(secret);
    assertThat(run.output()).contains("##vso[task.logissue type=warning]OpenAiApiKey:")
        .doesNotContain(secret);
  }

  @Test
  void an_update_keeps_a_provider_key_whose_variable_is_empty(@TempDir Path dir)
      throws Exception {
    Run run = runChangeSetScript(SECURITY_PIPELINE, 0, "prod", "UPDATE_ROLLBACK_COMPLETE", null,
        Map.of("CFN_SECRET_OpenAiApiKey", ""), dir);

    assertThat(run.exitCode()).as("exit status; output:%n%s", run.output()).isZero();
    for (String key : List.of("OpenAiApiKey", "AnthropicApiKey")) {
      assertThat(run.sent(key).path("UsePreviousValue").asBoolean()).as(key).isTrue();
      assertThat(run.sent(key).has("ParameterValue")).as(key).isFalse();
    }
  }

  @Test
  void a_new_stack_gets_an_empty_provider_key_with_a_warning(@TempDir Path dir)
      throws Exception {
    Run run = runChangeSetScript(SECURITY_PIPELINE, 0, "dev", null, null, Map.of(), dir);

    assertThat(run.exitCode()).as("exit status; output:%n%s", run.output()).isZero();
    assertThat(run.changeSet().path("ChangeSetType").asText()).isEqualTo("CREATE");
    for (String key : List.of("OpenAiApiKey", "AnthropicApiKey")) {
      assertThat(run.sent(key).path("ParameterValue").isTextual()).as(key).isTrue();
      assertThat(run.sent(key).path("ParameterValue").asText()).as(key).isEmpty();
      assertThat(run.sent(key).has("UsePreviousValue")).as(key).isFalse();
      assertThat(run.output()).contains("##vso[task.logissue type=warning]" + key + " is empty");
    }
  }

  /** The outcome of the change-set step: what it printed and what it asked the AWS CLI. */
  record Run(int exitCode, String output, List<String> awsCalls, JsonNode changeSet) {

    /** The entry of the change set's Parameters for {@code key}. */
    JsonNode sent(String key) {
      List<JsonNode> found = new ArrayList<>();
      changeSet.path("Parameters").forEach(p -> {
        if (p.path("ParameterKey").asText().equals(key)) {
          found.add(p);
        }
      });
      assertThat(found).as("change set parameters named %s", key).hasSize(1);
      return found.get(0);
    }

    Map<String, String> parameters() {
      Map<String, String> values = new TreeMap<>();
      changeSet.path("Parameters").forEach(p ->
          values.put(p.path("ParameterKey").asText(), p.path("ParameterValue").asText()));
      return values;
    }
  }

  /**
   * Runs the change-set step of the {@code index}th aws-cfn-deploy.yml call of the litellm
   * pipeline as the agent would (its env mapping evaluated, Azure macros given values), with an
   * AWS CLI that answers describe-stacks with {@code stackStatus} (null: no such stack) and
   * records every call.
   */
  private static Run runChangeSetScript(int index, String environment, String stackStatus,
      Path dir) throws Exception {
    Run run = runChangeSetScript(PIPELINE, index, environment, stackStatus, null, Map.of(), dir);
    assertThat(run.exitCode()).as("exit status; output:%n%s", run.output()).isZero();
    return run;
  }

  /**
   * As above for any pipeline; {@code describeError} (when not null) is what describe-stacks
   * prints before failing, and {@code secrets} replace the agent's values of the step's env.
   */
  private static Run runChangeSetScript(String pipeline, int index, String environment,
      String stackStatus, String describeError, Map<String, String> secrets, Path dir)
      throws Exception {
    var expansion = PipelinePrerequisitesTest.expand(pipeline, environment);
    TemplateCall call = expansion.calls("aws-cfn-deploy.yml").get(index);
    Compiled compiled = expansion.compiled("aws-cfn-deploy.yml").get(index);
    JsonNode step = findStep(compiled.document(), "Create and execute change set");
    assertThat(step).as("change-set step of %s", PipelineFiles.relative(compiled.file()))
        .isNotNull();

    Path log = dir.resolve("aws-calls.log");
    Path changeSet = dir.resolve("change-set.json");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    writeExecutable(bin.resolve("aws"), """
        #!/usr/bin/env bash
        set -euo pipefail
        echo "$*" >> "$FAKE_AWS_LOG"
        case "$1 $2" in
          "cloudformation describe-stacks")
            if [ -n "${FAKE_DESCRIBE_ERROR:-}" ]; then
              printf '\n%s\n' "$FAKE_DESCRIBE_ERROR" >&2
              exit 254
            fi
            if [ -z "${FAKE_STACK_STATUS:-}" ]; then
              # the AWS CLI's words for a stack that does not exist ($4: the --stack-name value)
              printf '\nAn error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id %s does not exist\n' "$4" >&2
              exit 254
            fi
            echo "$FAKE_STACK_STATUS" ;;
          "cloudformation create-change-set") cat > "$FAKE_CHANGE_SET"; echo "change-set-id" ;;
          "cloudformation wait"|"cloudformation execute-change-set") ;;
          "cloudformation describe-change-set") echo "(changes)" ;;
          *) echo "unexpected aws call: $*" >&2; exit 2 ;;
        esac
        """);

    for (String tool : List.of("bash", "jq")) {
      assertThat(onPath(tool)).as("the change-set step runs with bash and jq, as on the Azure"
          + " agent; install %s to run this test", tool).isTrue();
    }
    Matcher macros = AZURE_MACRO.matcher(step.path("inputs").path("inlineScript").asText());
    String script = macros.replaceAll("test-$1");
    ProcessBuilder process = new ProcessBuilder("bash", "-c", script)
        .directory(PipelineFiles.root().toFile()).redirectErrorStream(true);
    Map<String, String> env = process.environment();
    env.keySet().removeIf(k -> k.startsWith("CFN_"));
    env.putAll(stepEnvironment(step, call));
    env.putAll(secrets);
    env.put("PATH", bin + ":" + env.get("PATH"));
    env.put("FAKE_AWS_LOG", log.toString());
    env.put("FAKE_CHANGE_SET", changeSet.toString());
    if (stackStatus != null) {
      env.put("FAKE_STACK_STATUS", stackStatus);
    }
    if (describeError != null) {
      env.put("FAKE_DESCRIBE_ERROR", describeError);
    }
    Process running = process.start();
    String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
    JsonNode sent = Files.exists(changeSet)
        ? JSON.readTree(changeSet.toFile()) : JSON.createObjectNode();
    return new Run(running.exitValue(), output, calls, sent);
  }

  /**
   * The step's {@code env} as the agent gets it: {@code ${{ each x in parameters.y }}} entries
   * repeated for each item of the call's list, {@code ${{ x.field }}} filled in, and the
   * {@code $(imageTag)} macro given a tag.
   */
  private static Map<String, String> stepEnvironment(JsonNode step, TemplateCall call) {
    Map<String, String> env = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = step.path("env").fields(); it.hasNext(); ) {
      var entry = it.next();
      Matcher each = EACH.matcher(entry.getKey());
      if (!each.matches()) {
        env.put(entry.getKey(), entry.getValue().asText());
        continue;
      }
      Pattern field = Pattern.compile("\\$\\{\\{\\s*" + each.group(1) + "\\.(\\w+)\\s*}}");
      for (JsonNode item : call.parameters().path(each.group(2))) {
        entry.getValue().fields().forEachRemaining(template -> env.put(
            fill(field, template.getKey(), item), fill(field, template.getValue().asText(), item)));
      }
    }
    env.replaceAll((k, v) -> v.replace("$(imageTag)", TAG));
    return env;
  }

  private static String fill(Pattern field, String text, JsonNode item) {
    return field.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        item.path(m.group(1)).asText()));
  }

  private static JsonNode findStep(JsonNode node, String displayNamePrefix) {
    if (node.isObject() && node.path("displayName").asText().startsWith(displayNamePrefix)) {
      return node;
    }
    for (JsonNode child : node) {
      JsonNode found = findStep(child, displayNamePrefix);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Map<String, String> overrides(TemplateCall call) {
    Map<String, String> values = new LinkedHashMap<>();
    call.parameters().path("overrides").forEach(o ->
        values.put(o.path("parameter").asText(), o.path("value").asText()));
    return values;
  }

  private static Map<String, String> parameterFile(String environment) throws IOException {
    Path file = PipelineFiles.root().resolve(GeneratedFiles.TEMPLATES_FOLDER)
        .resolve("parameters").resolve(environment)
        .resolve(new LiteLlmStack().parameterFileName());
    Map<String, String> values = new TreeMap<>();
    JSON.readTree(file.toFile()).forEach(p ->
        values.put(p.path("ParameterKey").asText(), p.path("ParameterValue").asText()));
    return values;
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  private static void writeExecutable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
