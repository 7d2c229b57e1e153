package org.llmgateway.cfn.generators.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.environment.InvalidEnvironmentException;
import org.llmgateway.cfn.generators.stack.StackGenerator;

class GenerationTest {

  private static final List<StackGenerator> STACKS =
      List.of(new SampleBaseStack(), new SampleStack());

  @TempDir Path root;

  @BeforeEach
  void generateOnce() throws IOException {
    Generation.generate(root, STACKS, Environments::standard);
  }

  @Test
  void writesTheTemplateAndOneParameterFilePerEnvironment() {
    assertThat(files())
        .containsOnlyKeys(
            "docs/generated/cost-estimate.md",
            "environments/environment.schema.json",
            "docs/generated/resource-inventory.md",
            "docs/generated/security-group-flow.md",
            "docs/generated/stack-dependencies.md",
            "generated-templates/sample-base-stack.yaml",
            "generated-templates/parameters/dev/sample-base-stack.json",
            "generated-templates/parameters/staging/sample-base-stack.json",
            "generated-templates/parameters/prod/sample-base-stack.json",
            "generated-templates/sample-stack.yaml",
            "generated-templates/parameters/dev/sample-stack.json",
            "generated-templates/parameters/staging/sample-stack.json",
            "generated-templates/parameters/prod/sample-stack.json",
            // each environment's rendered LiteLLM config, uploaded by the config pipeline
            "generated-templates/proxy-config/dev/config.yaml",
            "generated-templates/proxy-config/staging/config.yaml",
            "generated-templates/proxy-config/prod/config.yaml");
    assertThat(files().get("generated-templates/parameters/prod/sample-stack.json"))
        .isEqualTo("[\n  {\n    \"ParameterKey\": \"EnvironmentName\",\n"
            + "    \"ParameterValue\": \"prod\"\n  },\n  {\n    \"ParameterKey\": \"VpcCidr\",\n"
            + "    \"ParameterValue\": \"10.0.0.0/16\"\n  }\n]\n");
  }

  @Test
  void aSecondRunChangesNothingAndTheCheckPasses() throws IOException {
    var before = files();
    assertThat(Generation.generate(root, STACKS, Environments::standard).written()).isEmpty();
    assertThat(files()).isEqualTo(before);
    assertThat(Generation.check(root, STACKS, Environments::standard)).isEmpty();
  }

  @Test
  void theCheckShowsAUnifiedDiffOfAHandEdit() throws IOException {
    Path template = root.resolve("generated-templates/sample-stack.yaml");
    Files.writeString(template, Files.readString(template).replace("10.0.0.0/16", "10.9.0.0/16"));
    List<String> diffs = Generation.check(root, STACKS, Environments::standard);
    assertThat(diffs).hasSize(1);
    assertThat(diffs.get(0))
        .startsWith("--- a/generated-templates/sample-stack.yaml\n"
            + "+++ b/generated-templates/sample-stack.yaml\n@@")
        .contains("\n-    Default: 10.9.0.0/16\n+    Default: 10.0.0.0/16\n");
  }

  @Test
  void theCheckReportsAMissingFile() throws IOException {
    Files.delete(root.resolve("generated-templates/parameters/dev/sample-stack.json"));
    assertThat(Generation.check(root, STACKS, Environments::standard))
        .singleElement()
        .asString()
        .startsWith("--- /dev/null\n+++ b/generated-templates/parameters/dev/sample-stack.json");
  }

  @Test
  void theCheckReportsAnExtraGeneratedFile() throws IOException {
    Files.writeString(root.resolve("generated-templates/stray.yaml"),
        "# GENERATED FILE - DO NOT EDIT.\nResources: {}\n");
    assertThat(Generation.check(root, STACKS, Environments::standard))
        .singleElement()
        .asString()
        .startsWith("--- a/generated-templates/stray.yaml\n+++ /dev/null");
  }

  @Test
  void generateRemovesFilesItNoLongerProducesButNoOtherFile() throws IOException {
    Files.writeString(root.resolve("generated-templates/stray.yaml"),
        "# GENERATED FILE - DO NOT EDIT.\nResources: {}\n");
    Files.writeString(root.resolve("generated-templates/mine.yaml"), "Resources: {}\n");
    assertThat(Generation.generate(root, STACKS, Environments::standard).deleted())
        .containsExactly("generated-templates/stray.yaml");
    assertThat(root.resolve("generated-templates/stray.yaml")).doesNotExist();
    assertThat(root.resolve("generated-templates/mine.yaml")).exists();
  }

  @Test
  void anInvalidEnvironmentIsRefusedAndNothingIsWritten() throws IOException {
    Path template = root.resolve("generated-templates/sample-stack.yaml");
    Files.writeString(template, "hand edit\n");
    var before = files();
    assertThatThrownBy(
            () ->
                Generation.generate(
                    root,
                    STACKS,
                    () ->
                        List.of(
                            Environments.DEV,
                            EnvironmentConfig.builder().name("prod").production(true).build())))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("prod.multiAz: production must run the database Multi-AZ");
    assertThat(files()).isEqualTo(before);
  }

  @Test
  void timeoutsOrAConnectionBudgetThatDisagreeAreRefusedNamingBothFieldsAndNothingIsWritten()
      throws IOException {
    var before = files();
    assertThatThrownBy(
            () ->
                Generation.generate(
                    root,
                    STACKS,
                    () ->
                        List.of(
                            Environments.DEV,
                            EnvironmentConfig.builder().name("qa").albIdleTimeoutSeconds(700)
                                .proxyKeepAliveTimeoutSeconds(650).maxCapacity(5).build())))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("environment 'qa' is invalid:")
        .hasMessageContaining("qa.proxyKeepAliveTimeoutSeconds/albIdleTimeoutSeconds: the proxy's"
            + " keep-alive (650 s) must exceed the ALB idle timeout (700 s)")
        .hasMessageContaining("qa.proxyWorkers/maxCapacity/dbInstanceClass: peak database"
            + " connections 112");
    assertThat(files()).isEqualTo(before);
  }

  private Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .forEach(
              p -> {
                try {
                  files.put(root.relativize(p).toString(), Files.readString(p));
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
