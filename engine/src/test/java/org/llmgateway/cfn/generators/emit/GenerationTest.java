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
import org.llmgateway.cfn.generators.environment.InvalidEnvironmentException;
import org.llmgateway.cfn.generators.sample.SampleApplication;
import org.llmgateway.cfn.generators.sample.SampleSettings;
import org.llmgateway.cfn.generators.stack.StackGenerator;

/** Generation with the engine's test application: its settings type, naming and pages only. */
class GenerationTest {

  private static final SampleApplication APPLICATION = new SampleApplication();

  private static final List<StackGenerator<SampleSettings>> STACKS =
      List.of(new SampleBaseStack(), new SampleStack());

  @TempDir Path root;

  @BeforeEach
  void generateOnce() throws IOException {
    Generation.generate(root, APPLICATION, STACKS, SampleApplication::standard);
  }

  @Test
  void writesTheTemplateAndOneParameterFilePerEnvironment() {
    // the engine's three pages; no cost estimate, which is LiteLLM's page
    assertThat(files())
        .containsOnlyKeys(
            "environments/environment.schema.json",
            "docs/generated/resource-inventory.md",
            "docs/generated/security-group-flow.md",
            "docs/generated/security-findings.md",
            "docs/generated/stack-dependencies.md",
            "generated-templates/sample-base-stack.yaml",
            "generated-templates/parameters/dev/sample-base-stack.json",
            "generated-templates/parameters/staging/sample-base-stack.json",
            "generated-templates/parameters/prod/sample-base-stack.json",
            "generated-templates/sample-stack.yaml",
            "generated-templates/parameters/dev/sample-stack.json",
            "generated-templates/parameters/staging/sample-stack.json",
            "generated-templates/parameters/prod/sample-stack.json");
    assertThat(files().get("generated-templates/sample-stack.yaml"))
        .contains("The sample stack of sample-cfn, built by " + SampleStack.class.getName());
    assertThat(files().get("generated-templates/parameters/prod/sample-stack.json"))
        .isEqualTo("[\n  {\n    \"ParameterKey\": \"EnvironmentName\",\n"
            + "    \"ParameterValue\": \"prod\"\n  },\n  {\n    \"ParameterKey\": \"VpcCidr\",\n"
            + "    \"ParameterValue\": \"10.0.0.0/16\"\n  }\n]\n");
  }

  @Test
  void aSecondRunChangesNothingAndTheCheckPasses() throws IOException {
    var before = files();
    assertThat(Generation.generate(root, APPLICATION, STACKS, SampleApplication::standard).written()).isEmpty();
    assertThat(files()).isEqualTo(before);
    assertThat(Generation.check(root, APPLICATION, STACKS, SampleApplication::standard)).isEmpty();
  }

  @Test
  void theCheckShowsAUnifiedDiffOfAHandEdit() throws IOException {
    Path template = root.resolve("generated-templates/sample-stack.yaml");
    Files.writeString(template, Files.readString(template).replace("10.0.0.0/16", "10.9.0.0/16"));
    List<String> diffs = Generation.check(root, APPLICATION, STACKS, SampleApplication::standard);
    assertThat(diffs).hasSize(1);
    assertThat(diffs.get(0))
        .startsWith("--- a/generated-templates/sample-stack.yaml\n"
            + "+++ b/generated-templates/sample-stack.yaml\n@@")
        .contains("\n-    Default: 10.9.0.0/16\n+    Default: 10.0.0.0/16\n");
  }

  @Test
  void theCheckReportsAMissingFile() throws IOException {
    Files.delete(root.resolve("generated-templates/parameters/dev/sample-stack.json"));
    assertThat(Generation.check(root, APPLICATION, STACKS, SampleApplication::standard))
        .singleElement()
        .asString()
        .startsWith("--- /dev/null\n+++ b/generated-templates/parameters/dev/sample-stack.json");
  }

  @Test
  void theCheckReportsAnExtraGeneratedFile() throws IOException {
    Files.writeString(root.resolve("generated-templates/stray.yaml"),
        "# GENERATED FILE - DO NOT EDIT.\nResources: {}\n");
    assertThat(Generation.check(root, APPLICATION, STACKS, SampleApplication::standard))
        .singleElement()
        .asString()
        .startsWith("--- a/generated-templates/stray.yaml\n+++ /dev/null");
  }

  @Test
  void generateRemovesFilesItNoLongerProducesButNoOtherFile() throws IOException {
    Files.writeString(root.resolve("generated-templates/stray.yaml"),
        "# GENERATED FILE - DO NOT EDIT.\nResources: {}\n");
    Files.writeString(root.resolve("generated-templates/mine.yaml"), "Resources: {}\n");
    assertThat(Generation.generate(root, APPLICATION, STACKS, SampleApplication::standard).deleted())
        .containsExactly("generated-templates/stray.yaml");
    assertThat(root.resolve("generated-templates/stray.yaml")).doesNotExist();
    assertThat(root.resolve("generated-templates/mine.yaml")).exists();
  }

  @Test
  void anInvalidEnvironmentIsRefusedAndNothingIsWritten() throws IOException {
    Path template = root.resolve("generated-templates/sample-stack.yaml");
    Files.writeString(template, "hand edit\n");
    var before = files();
    assertThatThrownBy(() -> Generation.generate(root, APPLICATION, STACKS, () -> List.of(
            SampleSettings.builder().name("dev").build(),
            SampleSettings.builder().name("qa").vpcCidr("10.0.0.0/33").build())))
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageContaining("qa.vpcCidr: '10.0.0.0/33' is not an IPv4 CIDR block");
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
