package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in generated-templates/ (what the pipelines deploy) validate with zero findings:
 * the six stack templates and every environment's parameter files, together.
 */
class GeneratedTemplatesTest {

  private static final Path ROOT = Path.of(System.getProperty("repo.root", "../"));

  @Test
  void theEightGeneratedTemplatesAndTheirParameterFilesHaveNoFinding() {
    var loaded = ValidationInputs.generated(ROOT);
    assertThat(loaded.templates()).extracting(TemplateSource::stack)
        .containsExactlyInAnyOrder("alb-stack", "backup-stack", "cache-stack", "database-stack",
            "litellm-stack", "network-stack", "observability-stack", "security-stack");
    assertThat(loaded.parameterFiles()).hasSize(24);
    var report = new Validator().validate(loaded.templates(), loaded.parameterFiles())
        .with(loaded.findings());
    assertThat(report.findings()).map(Finding::toString).isEmpty();
  }
}
