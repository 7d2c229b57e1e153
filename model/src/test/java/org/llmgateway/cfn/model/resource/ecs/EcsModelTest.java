package org.llmgateway.cfn.model.resource.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.ecs.TaskDefinition.ContainerDefinition;
import org.llmgateway.cfn.model.resource.ecs.TaskDefinition.HealthCheck;

class EcsModelTest {

  /** The same settings the generators' TemplateJson uses for properties. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .serializationInclusion(JsonInclude.Include.NON_EMPTY)
          .build();

  private static ImmutableHealthCheck.Builder healthCheck() {
    return HealthCheck.builder()
        .command(List.of("CMD", "python3", "-c", "pass"))
        .interval(30)
        .timeout(10)
        .retries(5)
        .startPeriod(180);
  }

  private static ContainerDefinition container() {
    return ContainerDefinition.builder().name("app").image(Expr.of("img:1")).build();
  }

  @Test
  void healthCheckBoundsAreEcsLimits() {
    assertThat(healthCheck().build().interval()).isEqualTo(30);
    assertThatThrownBy(() -> healthCheck().interval(4).timeout(2).build())
        .hasMessageContaining("Interval 4 must be 5-300");
    assertThatThrownBy(() -> healthCheck().retries(11).build())
        .hasMessageContaining("Retries 11 must be 1-10");
    assertThatThrownBy(() -> healthCheck().startPeriod(301).build())
        .hasMessageContaining("StartPeriod 301 must be 0-300");
    assertThatThrownBy(() -> healthCheck().timeout(30).build())
        .hasMessageContaining("shorter than Interval");
    assertThatThrownBy(() -> healthCheck().command(List.of("python3", "-c", "pass")).build())
        .hasMessageContaining("CMD or CMD-SHELL");
  }

  @Test
  void aVariableIsEitherPlainOrSecretNotBoth() {
    assertThatThrownBy(() -> ContainerDefinition.builder()
            .name("app")
            .image(Expr.of("img:1"))
            .addEnvironment(TaskDefinition.KeyValuePair.of("API_KEY", Expr.of("oops")))
            .addSecrets(TaskDefinition.Secret.of("API_KEY", Expr.of("arn:...:API_KEY::")))
            .build())
        .hasMessageContaining("API_KEY is set twice");
  }

  @Test
  void fargateTasksNeedAwsvpcAndSerializeItInLowerCase() {
    assertThatThrownBy(() -> TaskDefinition.builder()
            .logicalId("Task")
            .addRequiresCompatibilities(TaskDefinition.Compatibility.FARGATE)
            .networkMode(TaskDefinition.NetworkMode.BRIDGE)
            .addContainerDefinitions(container())
            .build())
        .hasMessageContaining("Fargate tasks need NetworkMode awsvpc");
    TaskDefinition task = TaskDefinition.builder()
        .logicalId("Task")
        .addRequiresCompatibilities(TaskDefinition.Compatibility.FARGATE)
        .networkMode(TaskDefinition.NetworkMode.AWSVPC)
        .addContainerDefinitions(container())
        .build();
    JsonNode json = JSON.valueToTree(task);
    assertThat(json.get("NetworkMode").asText()).isEqualTo("awsvpc");
    assertThat(json.get("RequiresCompatibilities").get(0).asText()).isEqualTo("FARGATE");
    assertThat(json.has("LogicalId")).isFalse();
  }

  @Test
  void aServiceWithoutLaunchTypeWritesNone() {
    Service service = Service.builder()
        .logicalId("Service")
        .addCapacityProviderStrategy(CapacityProviderStrategyItem.builder()
            .capacityProvider(Expr.of(CapacityProviderStrategyItem.FARGATE_SPOT))
            .weight(1)
            .build())
        .build();
    JsonNode json = JSON.valueToTree(service);
    assertThat(json.has("LaunchType")).isFalse();
    assertThat(json.at("/CapacityProviderStrategy/0/CapacityProvider").asText())
        .isEqualTo("FARGATE_SPOT");
  }

  @Test
  void deploymentMustLeaveRoomForANewTask() {
    assertThatThrownBy(() -> Service.DeploymentConfiguration.builder()
            .minimumHealthyPercent(100)
            .maximumPercent(100)
            .build())
        .hasMessageContaining("MaximumPercent 100 must exceed MinimumHealthyPercent 100");
  }

  @Test
  void gracePeriodNeedsALoadBalancer() {
    assertThatThrownBy(() -> Service.builder()
            .logicalId("Service")
            .healthCheckGracePeriodSeconds(600)
            .build())
        .hasMessageContaining("only applies to a service with a load balancer");
  }

  @Test
  void strategyWeightsAndBasesHaveEcsBounds() {
    assertThatThrownBy(() -> CapacityProviderStrategyItem.builder()
            .capacityProvider(Expr.of("FARGATE")).weight(1001).build())
        .hasMessageContaining("Weight 1001 must be 0-1000");
    assertThatThrownBy(() -> CapacityProviderStrategyItem.builder()
            .capacityProvider(Expr.of("FARGATE")).base(-1).build())
        .hasMessageContaining("Base -1 must be 0-100000");
  }

  @Test
  void associationsNeedADefaultStrategyAndDistinctProviders() {
    assertThatThrownBy(() -> ClusterCapacityProviderAssociations.builder()
            .logicalId("Associations")
            .cluster(Expr.of("c"))
            .capacityProviders(List.of("FARGATE"))
            .build())
        .hasMessageContaining("DefaultCapacityProviderStrategy is required");
    assertThatThrownBy(() -> ClusterCapacityProviderAssociations.builder()
            .logicalId("Associations")
            .cluster(Expr.of("c"))
            .capacityProviders(List.of("FARGATE", "FARGATE"))
            .addDefaultCapacityProviderStrategy(CapacityProviderStrategyItem.builder()
                .capacityProvider(Expr.of("FARGATE")).build())
            .build())
        .hasMessageContaining("must not repeat");
  }
}
