package org.llmgateway.cfn.generators.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.stack.SharedNames;

/**
 * What can be checked of the proxy image without a Docker engine: the pinned base, the user, no
 * baked-in secrets, the health check the stacks rely on, and the configuration it ships.
 */
class ProxyImageTest {

  private static final Path DOCKER = Path.of(System.getProperty("repo.root", "."))
      .resolve("docker");

  private static List<String> instructions() throws Exception {
    // joins continuation lines and drops comments, as Docker reads the file
    String text = Files.readString(DOCKER.resolve("Dockerfile"))
        .replaceAll("(?m)^\\s*#.*\\n", "").replace("\\\n", " ");
    List<String> instructions = new ArrayList<>();
    text.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(instructions::add);
    return instructions;
  }

  private static List<String> starting(String keyword) throws Exception {
    return instructions().stream().filter(i -> i.startsWith(keyword + " ")).toList();
  }

  @Test
  void the_base_is_upstream_litellm_at_the_shared_version_pinned_by_digest() throws Exception {
    assertThat(starting("FROM")).singleElement().asString().matches(
        "FROM ghcr\\.io/berriai/litellm:" + Pattern.quote(SharedNames.LITELLM_VERSION)
            + "@sha256:[0-9a-f]{64}");
  }

  @Test
  void the_image_runs_as_a_numeric_non_root_user() throws Exception {
    List<String> users = starting("USER");
    String last = users.get(users.size() - 1);
    assertThat(last).isEqualTo("USER ${APP_UID}:${APP_UID}");
    Matcher uid = Pattern.compile("ARG APP_UID=(\\d+)").matcher(String.join("\n", instructions()));
    assertThat(uid.find()).isTrue();
    assertThat(Integer.parseInt(uid.group(1))).isGreaterThan(0);
  }

  @Test
  void no_secret_is_baked_into_the_image() throws Exception {
    for (String instruction : instructions()) {
      if (instruction.startsWith("ENV ") || instruction.startsWith("ARG ")
          || instruction.startsWith("LABEL ")) {
        assertThat(instruction.toUpperCase())
            .as(instruction)
            .doesNotContainPattern("(KEY|SECRET|PASSWORD|TOKEN|DATABASE_URL)\\w*\\s*=");
      }
    }
    assertThat(starting("COPY")).singleElement().asString()
        .isEqualTo("COPY config.yaml /app/");
  }

  @Test
  void the_health_check_probes_the_shared_port_and_path() throws Exception {
    String healthCheck = starting("HEALTHCHECK").get(0);
    assertThat(healthCheck).contains("http://localhost:" + SharedNames.CONTAINER_PORT
        + SharedNames.HEALTH_CHECK_PATH + "'");
    assertThat(starting("EXPOSE")).containsExactly("EXPOSE " + SharedNames.CONTAINER_PORT);
    assertThat(starting("CMD")).singleElement().asString()
        .contains("\"--port\", \"" + SharedNames.CONTAINER_PORT + "\"");
  }

  @Test
  void every_provider_key_and_the_master_key_come_from_the_environment() throws Exception {
    JsonNode config = new YAMLMapper().readTree(DOCKER.resolve("config.yaml").toFile());
    assertThat(config.path("model_list").size()).isPositive();
    for (JsonNode model : config.path("model_list")) {
      assertThat(model.path("litellm_params").path("api_key").asText())
          .as(model.path("model_name").asText())
          .matches("os\\.environ/(OPENAI|ANTHROPIC)_API_KEY");
    }
    assertThat(config.path("general_settings").path("master_key").asText())
        .isEqualTo("os.environ/LITELLM_MASTER_KEY");
    assertThat(config.path("general_settings").path("database_url").asText())
        .isEqualTo("os.environ/DATABASE_URL");
  }

  @Test
  void the_proxy_uses_litellm_open_source_auth_and_ships_no_key() throws Exception {
    // custom_auth with custom_auth_settings.mode "auto" is LiteLLM enterprise code; the previous
    // master key is a virtual key registered by the rotation function instead.
    JsonNode config = new YAMLMapper().readTree(DOCKER.resolve("config.yaml").toFile());
    assertThat(config.path("general_settings").has("custom_auth")).isFalse();
    assertThat(config.path("general_settings").has("custom_auth_settings")).isFalse();
    assertThat(DOCKER.resolve("rotation_auth.py")).doesNotExist();
    assertThat(new ObjectMapper().writeValueAsString(config)).doesNotContainPattern("sk-[A-Za-z0-9]");
  }
}
