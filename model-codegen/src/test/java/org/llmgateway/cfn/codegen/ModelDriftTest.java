package org.llmgateway.cfn.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed resource model is exactly what {@code scripts/generate-model.sh} writes. */
class ModelDriftTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static Map<Path, String> generated;

  @BeforeAll
  static void generate() {
    generated = ModelGenerator.generate(ROOT);
  }

  @Test
  void committedSourcesEqualTheGeneratedOnes() throws IOException {
    List<Path> differing = generated.entrySet().stream()
        .filter(e -> !matches(ROOT.resolve(e.getKey()), e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
    assertThat(differing)
        .as("resource model sources out of date; run " + ModelGenerator.COMMAND)
        .isEmpty();
    assertThat(new TreeSet<>(ModelGenerator.modelSources(ROOT)))
        .as("files under " + ModelGenerator.MODEL + " the generator no longer writes")
        .isEqualTo(new TreeSet<>(generated.keySet()));
  }

  @Test
  void everyAllowlistedServiceHasTypesAndEveryFileNamesItsCommand() {
    var namespaces = ModelGenerator.allowlist(ROOT.resolve(ModelGenerator.ALLOWLIST)).keySet();
    var segments = new TreeSet<String>();
    generated.keySet().forEach(p -> segments.add(p.getParent().getFileName().toString()));
    assertThat(segments).hasSize(namespaces.size());
    assertThat(generated.values())
        .allSatisfy(source -> assertThat(source.lines().findFirst().orElseThrow())
            .startsWith("// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from "
                + "@aws-cdk/aws-service-spec "));
  }

  /** A part no module builds would leave its types out of every jar without a compile error. */
  @Test
  void everyPartTheAllowlistNamesIsAModuleOfTheBuild() throws IOException {
    var parts = new TreeSet<>(
        ModelGenerator.allowlist(ROOT.resolve(ModelGenerator.ALLOWLIST)).values());
    String modules = Files.readString(ROOT.resolve(ModelGenerator.MODEL).resolve("pom.xml"));
    assertThat(parts).isNotEmpty().allSatisfy(part -> {
      assertThat(modules).contains("<module>" + part + "</module>");
      assertThat(ROOT.resolve(ModelGenerator.MODEL).resolve(part).resolve("pom.xml"))
          .isRegularFile();
    });
  }

  @Test
  void anAllowlistLineWithoutItsPartIsRefusedWithItsFileAndLine(@TempDir Path folder)
      throws IOException {
    Path allowlist = Files.writeString(folder.resolve("services.txt"),
        "# namespace part\nAWS::EC2 network\nAWS::S3\n");

    assertThatThrownBy(() -> ModelGenerator.allowlist(allowlist))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(allowlist + ":3: expected a namespace and the part of the model it goes to, "
            + "as in 'AWS::EC2 network', found 'AWS::S3'");
  }

  @Test
  void sameInputGivesTheSameBytes() {
    assertThat(ModelGenerator.generate(ROOT)).isEqualTo(generated);
  }

  private static boolean matches(Path file, String expected) {
    try {
      return Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(expected);
    } catch (IOException e) {
      return false;
    }
  }
}
