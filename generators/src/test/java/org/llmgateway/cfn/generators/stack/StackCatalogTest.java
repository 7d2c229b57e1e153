package org.llmgateway.cfn.generators.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.LiteLlmApplication;
import org.llmgateway.cfn.generators.application.Applications;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;

class StackCatalogTest {

  /**
   * Every concrete generator of the product's main code, found by scanning its classes folder
   * only: a test's own stack needs no hiding (it is simply not listed).
   */
  private static List<String> mainGeneratorClasses() {
    String mainClasses = LiteLlmApplication.class.getProtectionDomain().getCodeSource()
        .getLocation().getPath();
    try (ScanResult scan = new ClassGraph().enableClassInfo()
        .overrideClasspath(mainClasses).scan()) {
      return scan.getClassesImplementing(StackGenerator.class.getName()).stream()
          .filter(info -> !info.isAbstract() && !info.isInterface())
          .map(ClassInfo::getName).sorted().toList();
    }
  }

  @Test
  void theServiceListNamesEveryGeneratorSoNoStackIsSilentlyLeftOut() {
    List<String> listed = StackCatalog.discover(EnvironmentConfig.class).stream()
        .map(generator -> generator.getClass().getName()).sorted().toList();

    assertThat(listed).isEqualTo(mainGeneratorClasses());
  }

  @Test
  void discoversTheEightStacksInNameOrder() {
    assertThat(StackCatalog.discover(EnvironmentConfig.class)).extracting(StackGenerator::name)
        .containsExactly("alb", "backup", "cache", "database", "litellm", "network", "observability", "security");
  }

  @Test
  void theApplicationOnTheClasspathIsLiteLlmWithTheSameStacks() {
    assertThat(Applications.current()).isInstanceOf(LiteLlmApplication.class);
    assertThat(Applications.current().stacks()).extracting(StackGenerator::name)
        .containsExactly("alb", "backup", "cache", "database", "litellm", "network", "observability", "security");
  }
}
