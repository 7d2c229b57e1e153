package org.llmgateway.cfn.generators.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.LiteLlmApplication;
import org.llmgateway.cfn.generators.MainClasses;
import org.llmgateway.cfn.generators.application.Applications;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;

class StackCatalogTest {

  @Test
  void theServiceListNamesEveryGeneratorSoNoStackIsSilentlyLeftOut() {
    List<String> listed = StackCatalog.discover(EnvironmentConfig.class).stream()
        .map(generator -> generator.getClass().getName()).sorted().toList();

    assertThat(listed).isEqualTo(MainClasses.implementing(StackGenerator.class));
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
