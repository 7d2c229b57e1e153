package org.llmgateway.cfn.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    Path output = ROOT.resolve(ModelGenerator.OUTPUT);
    List<Path> differing = generated.entrySet().stream()
        .filter(e -> !matches(output.resolve(e.getKey()), e.getValue()))
        .map(Map.Entry::getKey)
        .toList();
    assertThat(differing)
        .as("resource model sources out of date; run " + ModelGenerator.COMMAND)
        .isEmpty();
    try (Stream<Path> files = Files.walk(output)) {
      var committed = new TreeSet<Path>();
      files.filter(f -> f.toString().endsWith(".java")).map(output::relativize)
          .forEach(committed::add);
      assertThat(committed)
          .as("files under " + ModelGenerator.OUTPUT + " the generator no longer writes")
          .isEqualTo(new TreeSet<>(generated.keySet()));
    }
  }

  @Test
  void everyAllowlistedServiceHasTypesAndEveryFileNamesItsCommand() {
    var namespaces = ModelGenerator.allowlist(ROOT.resolve(ModelGenerator.ALLOWLIST));
    var segments = new TreeSet<String>();
    generated.keySet().forEach(p -> segments.add(p.getParent().toString()));
    assertThat(segments).hasSize(namespaces.size());
    assertThat(generated.values())
        .allSatisfy(source -> assertThat(source.lines().findFirst().orElseThrow())
            .startsWith("// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from "
                + "@aws-cdk/aws-service-spec "));
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
