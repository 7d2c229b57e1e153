package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.pipelines.PipelineFiles.TemplateCall;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.model.template.Parameter;

/**
 * Every deployment supplies every template parameter that has no default, and secrets reach a
 * stack only as NoEcho parameter overrides.
 */
class PipelineParametersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every call of aws-cfn-deploy.yml, in every pipeline and environment. */
  static Stream<Arguments> deployCalls() {
    List<Arguments> calls = new ArrayList<>();
    for (Path pipeline : PipelineFiles.pipelines()) {
      for (String environment : PipelineFiles.ENVIRONMENTS) {
        for (TemplateCall call :
            PipelineFiles.expand(pipeline, environment).calls("aws-cfn-deploy.yml")) {
          calls.add(Arguments.of(PipelineFiles.relative(pipeline), environment, call));
        }
      }
    }
    return calls.stream();
  }

  @Test
  void every_stack_is_deployed_by_some_pipeline() {
    Set<String> deployed = new TreeSet<>();
    deployCalls().forEach(a -> deployed.add(((TemplateCall) a.get()[2]).text("stack")));
    assertThat(deployed).containsAll(
        ComputedStacks.generators().stream().map(StackGenerator::name).toList());
  }

  @ParameterizedTest(name = "{0} for {1}: every parameter without a default is supplied")
  @MethodSource("deployCalls")
  void every_parameter_without_default_is_supplied(String pipeline, String environment,
      TemplateCall call) throws Exception {
    StackGenerator generator = generator(call.text("stack"));
    Set<String> declared = names(parameters(generator));
    Set<String> overrides = keys(call, "overrides");
    Set<String> secrets = keys(call, "secretOverrides");
    assertThat(declared).as("overridden parameters are declared by the template")
        .containsAll(overrides).containsAll(secrets);

    Set<String> supplied = new TreeSet<>(overrides);
    supplied.addAll(secrets);
    if (Boolean.parseBoolean(call.text("usePreviousTemplate"))) {
      // an update of a deployed stack: every parameter not overridden keeps its previous value
      return;
    }
    Path parameterFile = PipelineFiles.root().resolve(GeneratedFiles.TEMPLATES_FOLDER)
        .resolve("parameters").resolve(environment).resolve(generator.parameterFileName());
    for (JsonNode entry : JSON.readTree(Files.readString(parameterFile))) {
      supplied.add(entry.path("ParameterKey").asText());
    }
    List<String> required = parameters(generator).stream()
        .filter(p -> p.defaultValue().isEmpty()).map(Parameter::logicalId).toList();
    assertThat(supplied).as("%s for %s supplies", pipeline, environment).containsAll(required);
  }

  @ParameterizedTest(name = "{0} for {1}: secrets go only to NoEcho parameters, all of them")
  @MethodSource("deployCalls")
  void secrets_reach_the_stack_only_as_noecho_overrides(String pipeline, String environment,
      TemplateCall call) {
    StackGenerator generator = generator(call.text("stack"));
    Set<String> noEcho = names(parameters(generator).stream()
        .filter(Parameter::noEcho).toList());
    assertThat(keys(call, "secretOverrides")).isEqualTo(noEcho);
    assertThat(keys(call, "overrides")).noneMatch(noEcho::contains);
  }

  @Test
  void the_provider_keys_are_mapped_from_the_secret_group_by_name_only() {
    List<String> offending = new ArrayList<>();
    for (Path file : PipelineFiles.all()) {
      PipelineFiles.text(file).lines().forEach(line -> {
        String trimmed = line.trim();
        boolean namesSecret = trimmed.contains("OPENAI_API_KEY")
            || trimmed.contains("ANTHROPIC_API_KEY") || trimmed.contains("CFN_SECRET_");
        boolean allowed = trimmed.startsWith("variable: ") || trimmed.startsWith("#")
            || trimmed.startsWith("CFN_SECRET_${{")
            || trimmed.startsWith("key=\"${key#CFN_SECRET_}\"")
            || trimmed.startsWith("for name in $(compgen -e")
            || trimmed.startsWith("if [ -z \"$value\" ] && [[ \"$name\" == CFN_SECRET_*");
        if (namesSecret && !allowed) {
          offending.add(PipelineFiles.relative(file) + ": " + trimmed);
        }
      });
    }
    assertThat(offending).as("lines touching secret values").isEmpty();
  }

  @Test
  void the_secret_group_is_linked_only_where_secrets_are_mapped() {
    List<String> linking = PipelineFiles.all().stream()
        .filter(f -> PipelineFiles.text(f).contains("group: litellm-aws-secrets"))
        .map(PipelineFiles::relative).toList();
    assertThat(linking).containsExactly("azure-devops/templates/deploy-stack.yml");
    assertThat(PipelineFiles.text(PipelineFiles.root().resolve(linking.get(0))))
        .contains("${{ if gt(length(parameters.secretOverrides), 0) }}:\n"
            + "            - group: litellm-aws-secrets");
  }

  private static StackGenerator generator(String stack) {
    return ComputedStacks.generators().stream().filter(g -> g.name().equals(stack)).findFirst()
        .orElseThrow(() -> new AssertionError("no stack generator named " + stack));
  }

  /** Each stack's template parameters, built once: building a template is the slow part. */
  private static final Map<String, List<Parameter>> PARAMETERS = new ConcurrentHashMap<>();

  private static List<Parameter> parameters(StackGenerator generator) {
    return PARAMETERS.computeIfAbsent(generator.name(), n -> generator.template().parameters());
  }

  private static Set<String> names(List<Parameter> parameters) {
    Set<String> names = new TreeSet<>();
    parameters.forEach(p -> names.add(p.logicalId()));
    return names;
  }

  private static Set<String> keys(TemplateCall call, String parameter) {
    Set<String> keys = new TreeSet<>();
    call.parameters().path(parameter).forEach(o -> keys.add(o.path("parameter").asText()));
    return keys;
  }
}
