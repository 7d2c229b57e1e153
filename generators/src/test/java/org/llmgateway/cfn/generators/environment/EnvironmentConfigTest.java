package org.llmgateway.cfn.generators.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnvironmentConfigTest {

  @Test
  void theStandardEnvironmentsAreValidAndStagingSitsBetweenDevAndProd() {
    assertThat(Environments.standard()).extracting(EnvironmentConfig::name)
        .containsExactly("dev", "staging", "prod");
    assertThat(Environments.DEV.capacity()).isEqualTo(EnvironmentConfig.Capacity.FARGATE_SPOT);
    assertThat(Environments.PROD.capacity()).isEqualTo(EnvironmentConfig.Capacity.FARGATE);
    assertThat(Environments.DEV.multiAz()).isFalse();
    assertThat(Environments.PROD.multiAz()).isTrue();
    assertThat(Environments.PROD.dbDeletionProtection()).isTrue();
    assertThat(Environments.PROD.albDeletionProtection()).isTrue();
    assertThat(Environments.PROD.waf()).isTrue();
    assertThat(Environments.PROD.containerInsights()).isTrue();
    assertThat(Environments.PROD.performanceInsights()).isTrue();
    assertThat(Environments.DEV.logRetentionDays()).isEqualTo(14);
    assertThat(Environments.STAGING.logRetentionDays()).isBetween(14, 90);
    assertThat(Environments.PROD.logRetentionDays()).isGreaterThanOrEqualTo(90);
    assertThat(Environments.PROD.litellmLogLevel()).isNotEqualTo("DEBUG");
    assertThat(Environments.STAGING.litellmLogLevel()).isNotEqualTo("DEBUG");
    assertThat(List.of(Environments.DEV, Environments.STAGING, Environments.PROD))
        .allMatch(e -> e.secretRotationDays() == 30);
  }

  static List<Arguments> invalidEnvironments() {
    return List.of(
        bad("malformed CIDR", b -> b.vpcCidr("10.0.0/16"),
            "dev.vpcCidr: '10.0.0/16' does not have four octets"),
        bad("host bits set", b -> b.vpcCidr("10.0.0.1/16"),
            "dev.vpcCidr: '10.0.0.1/16' has host bits set"),
        bad("overlapping subnets", b -> b.privateSubnetCidrs(List.of("10.0.1.0/24", "10.0.12.0/24")),
            "dev.publicSubnetCidrs/privateSubnetCidrs: '10.0.1.0/24' overlaps '10.0.1.0/24'"),
        bad("subnet outside the VPC", b -> b.publicSubnetCidrs(List.of("10.1.1.0/24", "10.0.2.0/24")),
            "dev.publicSubnetCidrs: '10.1.1.0/24' is outside the VPC block 10.0.0.0/16"),
        bad("unsupported log retention", b -> b.logRetentionDays(10),
            "dev.logRetentionDays: 10 is not a retention CloudWatch Logs allows"),
        bad("desired count above max", b -> b.desiredCount(5),
            "dev.desiredCount: 5 is outside minCapacity..maxCapacity (1..4)"),
        bad("desired count below min", b -> b.minCapacity(2).desiredCount(1),
            "dev.desiredCount: 1 is outside minCapacity..maxCapacity (2..4)"),
        bad("short idle timeout", b -> b.albIdleTimeoutSeconds(60),
            "dev.albIdleTimeoutSeconds: 60 must be 300-4000 so LLM streams are not cut"),
        bad("domain without zone", b -> b.domainName("llm.example.com"),
            "dev.domainName/hostedZoneId: give both for HTTPS, or neither for HTTP only"),
        bad("invalid Fargate size", b -> b.taskMemoryMb(3000),
            "dev.taskCpu/taskMemoryMb: 512 CPU with 3000 MB is not a Fargate task size"));
  }

  private static Arguments bad(
      String label, UnaryOperator<ImmutableEnvironmentConfig.Builder> change, String message) {
    return Arguments.of(label, change, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidEnvironments")
  void anInvalidSettingIsRefusedNamingEnvironmentFieldAndReason(
      String label, UnaryOperator<ImmutableEnvironmentConfig.Builder> change, String message) {
    assertThatThrownBy(() -> change.apply(EnvironmentConfig.builder().name("dev")).build())
        .isInstanceOf(InvalidEnvironmentException.class)
        .hasMessageStartingWith("environment 'dev' is invalid:")
        .hasMessageContaining(message);
  }

  @Test
  void productionWithoutMultiAzOrDeletionProtectionIsRefused() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("prod").production(true)
            .capacity(EnvironmentConfig.Capacity.FARGATE).build())
        .isInstanceOf(InvalidEnvironmentException.class)
        .satisfies(e -> assertThat(((InvalidEnvironmentException) e).problems())
            .contains(
                "multiAz: production must run the database Multi-AZ",
                "dbDeletionProtection: production must protect the database from deletion",
                "albDeletionProtection: production must protect the load balancer"));
  }

  @Test
  void productionWithoutADomainMustAcceptPlainHttpExplicitly() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().from(Environments.PROD)
            .plainHttpAccepted(false).build())
        .hasMessageContaining("prod.domainName: production serves the API over HTTPS");
    assertThat(EnvironmentConfig.builder().from(Environments.PROD).plainHttpAccepted(false)
            .domainName("llm.example.com").hostedZoneId("Z0123456789ABC").build().domainName())
        .contains("llm.example.com");
  }

  @Test
  void productionMayNotLogPromptsOrRunOnSpot() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().from(Environments.PROD).litellmLogLevel("DEBUG").build())
        .hasMessageContaining("prod.litellmLogLevel: DEBUG logs prompts");
    assertThatThrownBy(() -> EnvironmentConfig.builder().from(Environments.PROD)
            .capacity(EnvironmentConfig.Capacity.FARGATE_SPOT).build())
        .hasMessageContaining("prod.capacity: production runs on on-demand FARGATE");
  }

  @Test
  void anEmptyOrOverLongNameIsRefused() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("").build())
        .hasMessageContaining("environment '' is invalid:")
        .hasMessageContaining(".name: '' must be 1-12 lower-case letters");
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("integration-tests").build())
        .hasMessageContaining("integration-tests.name: 'integration-tests' must be 1-12");
  }
}
