package org.llmgateway.cfn.generators.environment;

import org.llmgateway.cfn.generators.LiteLlmApplication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EnvironmentSchemaTest {

  static final Path REPO = Path.of(System.getProperty("repo.root", ".."));

  @Test
  void theCommittedSchemaIsWhatTheTypeGenerates() throws IOException {
    assertThat(Files.readString(REPO.resolve(EnvironmentSchema.PATH)))
        .as("run mvn -Pgenerate package").isEqualTo(EnvironmentSchema.render(LiteLlmApplication.SETTINGS, "litellm-cfn"));
  }

  @Test
  void theSchemaKnowsTheSettingsTheirTypesBoundsAndDefaults() {
    String schema = EnvironmentSchema.render(LiteLlmApplication.SETTINGS, "litellm-cfn");
    assertThat(schema).contains("\"additionalProperties\" : false")
        .contains("\"vpcCidr\" : {").contains("\"default\" : \"10.0.0.0/16\"")
        .contains("\"enum\" : [ \"FARGATE_SPOT\", \"FARGATE\" ]")
        .contains("\"minimum\" : 2,\n      \"maximum\" : 120");
    SettingField.byName(EnvironmentConfig.class).keySet().stream().filter(n -> !n.equals("name"))
        .forEach(n -> assertThat(schema).contains("\"" + n + "\" : {"));
  }

  @Test
  void everyShippedFileNamesTheSchemaOnItsFirstLine() throws IOException {
    for (String name : new String[] {"dev", "staging", "prod"}) {
      assertThat(Files.readAllLines(REPO.resolve("environments/" + name + ".yaml")).get(0))
          .isEqualTo("# yaml-language-server: $schema=environment.schema.json");
    }
  }
}
