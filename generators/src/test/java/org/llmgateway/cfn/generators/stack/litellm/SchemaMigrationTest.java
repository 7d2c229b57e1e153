package org.llmgateway.cfn.generators.stack.litellm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The migration task's image and command, without AWS. */
class SchemaMigrationTest {

  @Test
  void theNewTagReplacesTheOldTagAndAnyDigestButNeverTheRegistryPort() {
    assertThat(SchemaMigration.withTag(
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/dev-litellm-proxy:v1.74.9", "v1.84.0-1"))
        .isEqualTo("123456789012.dkr.ecr.us-east-1.amazonaws.com/dev-litellm-proxy:v1.84.0-1");
    assertThat(SchemaMigration.withTag("registry:5000/proxy@sha256:abc", "t1"))
        .isEqualTo("registry:5000/proxy:t1");
    assertThat(SchemaMigration.withTag("registry:5000/proxy", "t1"))
        .isEqualTo("registry:5000/proxy:t1");
  }

  @Test
  void theCommandIsLiteLlmsDocumentedMigrationJobAndThePipelineScriptRunsTheSame()
      throws Exception {
    assertThat(SchemaMigration.COMMAND).containsExactly("--skip_server_startup");
    assertThat(SchemaMigration.ENVIRONMENT)
        .containsEntry("DISABLE_SCHEMA_UPDATE", "false")
        .containsEntry("USE_PRISMA_MIGRATE", "True");
    Path root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    String script = Files.readString(root.resolve("azure-devops/scripts/litellm-migrate.sh"));
    assertThat(script).contains(".command = [\"" + SchemaMigration.COMMAND.get(0) + "\"]");
    SchemaMigration.ENVIRONMENT.forEach((name, value) -> assertThat(script)
        .contains("{name: \"" + name + "\", value: \"" + value + "\"}"));
    assertThat(script).contains("family=\"$environment" + SchemaMigration.FAMILY_SUFFIX + "\"");
  }
}
