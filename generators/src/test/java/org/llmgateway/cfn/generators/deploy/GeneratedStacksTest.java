package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedStacksTest {

  @TempDir Path root;

  private Path parameterFile(String env, String stack) {
    return root.resolve("generated-templates/parameters/" + env + "/" + stack + "-stack.json");
  }

  @Test
  void theImporterDeploysAfterTheExporterAndIsDeletedBeforeIt() {
    var stacks = GeneratedStacks.load(SampleStacks.write(root), "dev");

    assertThat(stacks.deployOrder()).extracting(StackArtifact::stackName)
        .containsExactly("dev-samplebase-stack", "dev-sampleapp-stack");
    assertThat(stacks.teardownOrder()).extracting(StackArtifact::stackName)
        .containsExactly("dev-sampleapp-stack", "dev-samplebase-stack");
    assertThat(stacks.deployOrder(List.of("sampleapp"))).extracting(StackArtifact::name)
        .containsExactly("sampleapp");
  }

  @Test
  void parameterFilesAreReadInFileOrderAndSecretsAreKnownByTheTemplate() {
    var base = GeneratedStacks.load(SampleStacks.write(root), "prod").stacks().get("samplebase");

    assertThat(base.parameters()).containsExactly(
        java.util.Map.entry("EnvironmentName", "prod"), java.util.Map.entry("VpcCidr", "10.1.0.0/16"));
    assertThat(base.isNoEcho("ApiKey")).isTrue();
    assertThat(base.isNoEcho("VpcCidr")).isFalse();
    assertThat(base.defaultValue("ApiKey")).isEmpty();
    assertThat(base.parameterFile().toString())
        .isEqualTo("generated-templates/parameters/prod/samplebase-stack.json");
  }

  @Test
  void aMissingParameterFileIsNamed() throws IOException {
    SampleStacks.write(root);
    Files.delete(parameterFile("dev", "sampleapp"));

    assertThatThrownBy(() -> GeneratedStacks.load(root, "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generated-templates/sampleapp-stack.yaml has no parameter file for 'dev': "
            + "generated-templates/parameters/dev/sampleapp-stack.json is missing");
  }

  @Test
  void anEnvironmentWithoutParameterFilesIsRefused() {
    SampleStacks.write(root);

    assertThatThrownBy(() -> GeneratedStacks.load(root, "staging"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No parameter files for environment 'staging': "
            + "generated-templates/parameters/staging does not exist");
  }

  @Test
  void aParameterFileThatIsNotTheArrayFormIsNamed() throws IOException {
    SampleStacks.write(root);
    Files.writeString(parameterFile("dev", "sampleapp"), "{\"LogRetentionDays\": \"7\"}");

    assertThatThrownBy(() -> GeneratedStacks.load(root, "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("generated-templates/parameters/dev/sampleapp-stack.json must be "
            + "a JSON array");
  }

  @Test
  void aParameterTheTemplateDoesNotDeclareIsNamed() throws IOException {
    SampleStacks.write(root);
    Files.writeString(parameterFile("dev", "sampleapp"),
        "[{\"ParameterKey\": \"LogRetention\", \"ParameterValue\": \"7\"}]");

    assertThatThrownBy(() -> GeneratedStacks.load(root, "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generated-templates/parameters/dev/sampleapp-stack.json sets 'LogRetention', "
            + "which generated-templates/sampleapp-stack.yaml does not declare");
  }

  @Test
  void anImportThatNoTemplateExportsIsRefusedBeforeAnythingIsDeployed() throws IOException {
    SampleStacks.write(root);
    Files.delete(root.resolve("generated-templates/samplebase-stack.yaml"));
    Files.delete(parameterFile("dev", "samplebase"));

    assertThatThrownBy(() -> GeneratedStacks.load(root, "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Imports that no template exports: {sampleapp=[dev-samplebase-VpcId]}");
  }

  @Test
  void anUnknownStackIsRefusedNamingTheStacksThereAre() {
    var stacks = GeneratedStacks.load(SampleStacks.write(root), "dev");

    assertThatThrownBy(() -> stacks.deployOrder(List.of("network")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown stack(s) [network]; the stacks are [sampleapp, samplebase]");
  }

  @Test
  void aRootWithoutGeneratedTemplatesIsRefused() {
    assertThatThrownBy(() -> GeneratedStacks.load(root, "dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No generated-templates/ folder under ");
  }
}
