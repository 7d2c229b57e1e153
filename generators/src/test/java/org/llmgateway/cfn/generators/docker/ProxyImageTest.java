package org.llmgateway.cfn.generators.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.stack.SharedNames;

/**
 * What can be checked of the proxy image without a Docker engine (none runs in the build, so the
 * image itself is never built here): the pinned base, the user, the folders LiteLLM writes at
 * start, Prisma prepared at build time, no baked-in secrets, the health check the stacks rely on,
 * and the configuration it ships.
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

  private static final Pattern BASE = Pattern.compile(
      "FROM ghcr\\.io/berriai/litellm-non_root:(v(\\d+)\\.(\\d+)\\.(\\d+))(@sha256:[0-9a-f]{64})?");

  private static Matcher base() throws Exception {
    List<String> from = starting("FROM");
    assertThat(from).hasSize(1);
    Matcher base = BASE.matcher(from.get(0));
    assertThat(base.matches()).as(from.get(0)).isTrue();
    return base;
  }

  /** ENV instructions, name to value, in file order. */
  private static Map<String, String> environment() throws Exception {
    Map<String, String> environment = new LinkedHashMap<>();
    Pattern pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");
    for (String instruction : starting("ENV")) {
      Matcher m = pair.matcher(instruction.substring("ENV ".length()));
      while (m.find()) {
        environment.put(m.group(1), m.group(2).replace("\"", ""));
      }
    }
    return environment;
  }

  /** The RUN instructions after the last USER: what runs as the runtime user at build time. */
  private static List<String> runsAsRuntimeUser() throws Exception {
    List<String> all = instructions();
    int lastUser = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).startsWith("USER ")) {
        lastUser = i;
      }
    }
    return all.subList(lastUser + 1, all.size()).stream().filter(i -> i.startsWith("RUN ")).toList();
  }

  @Test
  void the_base_is_upstreams_non_root_image_at_the_shared_release_past_the_host_header_fix()
      throws Exception {
    Matcher base = base();
    assertThat(base.group(1)).isEqualTo(SharedNames.LITELLM_VERSION);
    // GHSA-4xpc-pv4p-pm3w (Host-header auth bypass) affects every release before 1.84.0
    int[] version = {Integer.parseInt(base.group(2)), Integer.parseInt(base.group(3)),
        Integer.parseInt(base.group(4))};
    assertThat(Arrays.compare(version, new int[] {1, 84, 0})).isNotNegative();
  }

  @Test
  void the_base_is_pinned_by_digest_or_says_when_no_digest_was_found() throws Exception {
    String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
    if (base().group(5) == null) {
      // the tag alone is mutable: the file must say no digest was published, where it was
      // looked for and when, so the gap is visible and dated
      assertThat(dockerfile).containsPattern("# Digest: none is published for this tag in any"
          + " source checked on \\d{4}-\\d{2}-\\d{2}");
      assertThat(dockerfile).contains("https://github.com/BerriAI/litellm/releases/tag/"
          + SharedNames.LITELLM_VERSION);
    } else {
      assertThat(dockerfile).containsPattern("(?s)# Digest: .*?https://\\S+.*?checked \\d{4}-\\d{2}-\\d{2}");
    }
  }

  @Test
  void the_admin_ui_folder_is_owned_and_writable_by_the_runtime_user() throws Exception {
    Map<String, String> environment = environment();
    String ui = environment.get("LITELLM_UI_PATH");
    assertThat(ui).isEqualTo("/var/lib/litellm/ui");
    assertThat(environment).containsEntry("LITELLM_NON_ROOT", "true");
    assertThat(starting("RUN")).anySatisfy(run ->
        assertThat(run).containsPattern("chown -R \"\\$\\{APP_UID}:\\$\\{APP_UID}\" [^;]*" + ui));
    assertThat(runsAsRuntimeUser()).anySatisfy(run -> assertThat(run)
        .contains("\"${LITELLM_UI_PATH}\"")
        .contains("[ ! -w \"${folder}\" ]")
        .contains("exit 1"));
  }

  @Test
  void prisma_engines_and_client_are_generated_at_build_time_so_nothing_is_fetched_at_start()
      throws Exception {
    Map<String, String> environment = environment();
    assertThat(environment.get("PRISMA_BINARY_CACHE_DIR"))
        .startsWith(environment.get("XDG_CACHE_HOME") + "/");
    assertThat(environment).containsEntry("PRISMA_OFFLINE_MODE", "true")
        .containsEntry("PRISMA_SKIP_POSTINSTALL_GENERATE", "1");
    assertThat(runsAsRuntimeUser()).anySatisfy(run -> assertThat(run)
        .contains("\"${PRISMA_BINARY_CACHE_DIR}\"")
        .contains("prisma generate --schema=/app/schema.prisma")
        .contains("prisma --version"));
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
      JsonNode params = model.path("litellm_params");
      if (params.path("model").asText().startsWith("bedrock/")) {
        // Bedrock models authenticate with the ECS task role; ProxyConfigTest checks them
        assertThat(params.has("api_key")).as(model.path("model_name").asText()).isFalse();
      } else {
        assertThat(params.path("api_key").asText())
            .as(model.path("model_name").asText())
            .matches("os\\.environ/(OPENAI|ANTHROPIC)_API_KEY");
      }
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
