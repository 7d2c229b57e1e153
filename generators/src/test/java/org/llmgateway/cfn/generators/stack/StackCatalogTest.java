package org.llmgateway.cfn.generators.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackCatalogTest {

  /** Every public concrete generator in the main code, found by scanning the classes. */
  private static List<String> publicGeneratorClasses() {
    try (ScanResult scan = new ClassGraph().enableClassInfo()
        .acceptPackages("org.llmgateway.cfn.generators").scan()) {
      return scan.getClassesImplementing(StackGenerator.class).stream()
          .filter(info -> !info.isAbstract() && !info.isInterface() && info.isPublic())
          .map(ClassInfo::getName).sorted().toList();
    }
  }

  @Test
  void theServiceListNamesEveryPublicGeneratorSoNoStackIsSilentlyLeftOut() {
    List<String> listed = StackCatalog.discover().stream()
        .map(generator -> generator.getClass().getName()).sorted().toList();

    assertThat(listed).isEqualTo(publicGeneratorClasses());
  }

  @Test
  void discoversTheSixStacksInNameOrder() {
    assertThat(StackCatalog.discover()).extracting(StackGenerator::name)
        .containsExactly("alb", "cache", "database", "litellm", "network", "security");
  }
}
