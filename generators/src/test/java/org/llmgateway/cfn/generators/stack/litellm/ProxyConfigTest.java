package org.llmgateway.cfn.generators.stack.litellm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.resource.ecs.TaskDefinition;

/** docker/config.yaml, the file LiteLLM reads, says what ProxyConfig tells the stacks. */
class ProxyConfigTest {

  private static final Path CONFIG = Path.of(System.getProperty("repo.root", "."))
      .resolve("docker").resolve("config.yaml");
  private static final String BEDROCK_PREFIX = "bedrock/";

  private static JsonNode config;

  @BeforeAll
  static void readConfig() throws Exception {
    config = new YAMLMapper().readTree(CONFIG.toFile());
  }

  private static JsonNode integer(String section, String field) {
    JsonNode value = config.path(section).path(field);
    assertThat(value.isInt()).as("%s.%s is an integer in %s", section, field, CONFIG).isTrue();
    return value;
  }

  @Test
  void the_database_pool_batch_interval_and_request_timeout_equal_the_java_constants() {
    assertThat(integer("general_settings", "database_connection_pool_limit").intValue())
        .isEqualTo(ProxyConfig.DB_POOL_LIMIT_PER_WORKER);
    assertThat(integer("general_settings", "proxy_batch_write_at").intValue())
        .isEqualTo(ProxyConfig.BATCH_WRITE_SECONDS);
    assertThat(integer("litellm_settings", "request_timeout").intValue())
        .isEqualTo(ProxyConfig.REQUEST_TIMEOUT_SECONDS);
  }

  @Test
  void the_admin_ui_admits_admins_only_and_logs_are_json() {
    assertThat(config.path("general_settings").path("ui_access_mode").asText())
        .isEqualTo("admin_only");
    assertThat(config.path("litellm_settings").path("json_logs").isBoolean()).isTrue();
    assertThat(config.path("litellm_settings").path("json_logs").booleanValue()).isTrue();
  }

  @Test
  void the_bedrock_models_served_are_exactly_those_the_task_role_may_invoke() {
    List<String> served = new ArrayList<>();
    for (JsonNode model : config.path("model_list")) {
      JsonNode params = model.path("litellm_params");
      String name = params.path("model").asText();
      if (name.startsWith(BEDROCK_PREFIX)) {
        served.add(name.substring(BEDROCK_PREFIX.length()));
        assertThat(params.has("api_key")).as("%s uses the task role, not a key", name).isFalse();
        assertThat(params.path("aws_region_name").asText())
            .as(name).isEqualTo("os.environ/AWS_REGION_NAME");
      }
    }
    assertThat(served).containsExactlyInAnyOrderElementsOf(
        ProxyConfig.BEDROCK_MODELS.stream().map(ProxyConfig.BedrockModel::inferenceProfileId)
            .toList());
    assertThat(ProxyConfig.BEDROCK_MODELS).allSatisfy(model ->
        assertThat(model.inferenceProfileId()).isEqualTo("global." + model.foundationModelId()));
  }

  @Test
  void the_task_definition_sets_the_region_the_bedrock_models_read() {
    var environment = new LiteLlmStack().template().resources(TaskDefinition.class).get(0)
        .containerDefinitions().orElseThrow().toJson().at("/0/Environment");
    assertThat(environment)
        .filteredOn(variable -> variable.path("Name").asText().equals("AWS_REGION_NAME"))
        .singleElement()
        .satisfies(variable -> assertThat(variable.path("Value")).isEqualTo(Fn.region().toJson()));
  }

  @Test
  void every_provider_the_config_calls_has_the_api_domain_the_dns_firewall_allows() {
    List<String> providers = new ArrayList<>();
    for (JsonNode model : config.path("model_list")) {
      JsonNode params = model.path("litellm_params");
      String name = params.path("model").asText();
      providers.add(name.substring(0, name.indexOf('/')));
      // a model with its own api_base calls a host the provider's entry does not name
      assertThat(params.has("api_base")).as("%s sets no api_base", name).isFalse();
    }
    assertThat(providers).isNotEmpty();
    assertThat(ProxyConfig.PROVIDER_API_DOMAINS.keySet())
        .containsExactlyInAnyOrderElementsOf(new java.util.TreeSet<>(providers));
  }

  @Test
  void withRedisTheRouterSharesLimitsBudgetsAndCooldownsThroughTheTasksVariables() throws Exception {
    JsonNode rendered = new YAMLMapper().readTree(
        ProxyConfig.render(org.llmgateway.cfn.generators.environment.Environments.PROD, List.of("h")));
    JsonNode router = rendered.path("router_settings");
    assertThat(router.path("redis_host").asText()).isEqualTo("os.environ/REDIS_HOST");
    assertThat(router.path("redis_port").asText()).isEqualTo("os.environ/REDIS_PORT");
    assertThat(router.path("redis_password").asText()).isEqualTo("os.environ/REDIS_PASSWORD");
    // the rest is docker/config.yaml unchanged
    assertThat(rendered.path("model_list")).isEqualTo(config.path("model_list"));
    assertThat(rendered.path("general_settings")).isEqualTo(config.path("general_settings"));
    assertThat(rendered.path("litellm_settings").has("cache")).isFalse();
  }

  @Test
  void theResponseCacheIsRedisOverTlsOnlyWhenEnabledAndNothingRedisWithRedisOff() throws Exception {
    var cached = org.llmgateway.cfn.generators.environment.EnvironmentConfig.builder()
        .name("qa").responseCache(true).build();
    JsonNode settings = new YAMLMapper().readTree(ProxyConfig.render(cached, List.of()))
        .path("litellm_settings");
    assertThat(settings.path("cache").booleanValue()).isTrue();
    assertThat(settings.path("cache_params").path("type").asText()).isEqualTo("redis");
    assertThat(settings.path("cache_params").path("ssl").booleanValue()).isTrue();
    assertThat(settings.path("cache_params").path("password").asText())
        .isEqualTo("os.environ/REDIS_PASSWORD");
    assertThat(settings.path("request_timeout")).isEqualTo(
        config.path("litellm_settings").path("request_timeout"));

    var off = org.llmgateway.cfn.generators.environment.EnvironmentConfig.builder()
        .name("qa").redis(false).build();
    String text = ProxyConfig.render(off, List.of("GENERATED FILE - DO NOT EDIT."));
    assertThat(text).startsWith("# GENERATED FILE - DO NOT EDIT.\n").doesNotContain("redis");
  }
}
