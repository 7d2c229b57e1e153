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
import org.llmgateway.cfn.generators.LiteLlmApplication;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.environment.InvalidEnvironmentException;

/** LiteLLM settings that EnvironmentConfig refuses stop generation before anything is written. */
class RefusedEnvironmentsTest {

  private static final LiteLlmApplication APPLICATION = new LiteLlmApplication();

  @TempDir Path root;

  @BeforeEach
  void generateOnce() throws IOException {
    Generation.generate(root, APPLICATION, APPLICATION.stacks(), () -> List.of(Environments.DEV));
  }

  @Test
  void anInvalidEnvironmentIsRefusedAndNothingIsWritten() throws IOException {
    Path template = root.resolve("generated-templates/network-stack.yaml");
    Files.writeString(template, "hand edit\n");
    var before = files();
    assertThatThrownBy(
            () ->
                Generation.generate(
                    root,
                    APPLICATION,
                    APPLICATION.stacks(),
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
                    APPLICATION,
                    APPLICATION.stacks(),
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
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
