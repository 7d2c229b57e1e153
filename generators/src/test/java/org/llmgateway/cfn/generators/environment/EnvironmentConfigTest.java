package org.llmgateway.cfn.generators.environment;

import org.llmgateway.cfn.generators.LiteLlmApplication;

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

  @Test
  void theNamePrefixIsTheEnvironmentOrTenantAndEnvironment() {
    assertThat(Environments.DEV.namePrefix()).isEqualTo("dev");
    assertThat(Environments.DEV.namePath()).isEqualTo("dev");
    var acme = ImmutableEnvironmentConfig.copyOf(Environments.DEV).withTenant("acme");
    assertThat(acme.namePrefix()).isEqualTo("acme-dev");
    assertThat(acme.namePath()).isEqualTo("acme/dev");
    assertThat(acme.name()).isEqualTo("dev");
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
        bad("tenant not a slug", b -> b.tenant("Acme_1"),
            "dev.tenant: 'Acme_1' must be 1-16 lower-case letters, digits or hyphens starting"
                + " with a letter"),
        bad("tenant longer than 16", b -> b.tenant("a23456789012345678"),
            "dev.tenant: 'a23456789012345678' must be 1-16 lower-case letters, digits or"
                + " hyphens starting with a letter"),
        bad("unsupported log retention", b -> b.logRetentionDays(10),
            "dev.logRetentionDays: 10 is not a retention CloudWatch Logs allows"),
        bad("desired count above max", b -> b.desiredCount(5),
            "dev.desiredCount: 5 is outside minCapacity..maxCapacity (1..2)"),
        bad("desired count below min", b -> b.minCapacity(2).maxCapacity(3).desiredCount(1),
            "dev.desiredCount: 1 is outside minCapacity..maxCapacity (2..3)"),
        bad("idle timeout not above the request timeout", b -> b.albIdleTimeoutSeconds(300),
            "dev.albIdleTimeoutSeconds/requestTimeout: the ALB idle timeout (300 s) must exceed"
                + " LiteLLM's request_timeout (600 s, docker/config.yaml)"),
        bad("idle timeout above ALB's maximum", b -> b.albIdleTimeoutSeconds(4001)
                .proxyKeepAliveTimeoutSeconds(4100),
            "dev.albIdleTimeoutSeconds: 4001 is above ALB's maximum of 4000"),
        bad("keep-alive not above the idle timeout", b -> b.proxyKeepAliveTimeoutSeconds(630),
            "dev.proxyKeepAliveTimeoutSeconds/albIdleTimeoutSeconds: the proxy's keep-alive"
                + " (630 s) must exceed the ALB idle timeout (630 s)"),
        bad("deregistration delay below the request timeout",
            b -> b.albDeregistrationDelaySeconds(300),
            "dev.albDeregistrationDelaySeconds/requestTimeout: the deregistration delay (300 s)"
                + " must be at least LiteLLM's request_timeout (600 s)"),
        bad("stop timeout above Fargate's maximum", b -> b.proxyStopTimeoutSeconds(300),
            "dev.proxyStopTimeoutSeconds: 300 must be 2-120 (Fargate's maximum StopTimeout is"
                + " 120 s)"),
        bad("connections beyond the budget", b -> b.maxCapacity(4),
            "dev.proxyWorkers/maxCapacity/dbInstanceClass: peak database connections 92 (pool 10"
                + " x workers 1 x max tasks 4 x 200% during a deploy + migration and rotation)"
                + " exceed 80% of db.t3.micro's max_connections (112 -> 89)"),
        bad("workers beyond the budget", b -> b.proxyWorkers(2),
            "dev.proxyWorkers/maxCapacity/dbInstanceClass: peak database connections 92"),
        bad("instance class without a known memory size", b -> b.dbInstanceClass("db.x9.huge"),
            "dev.dbInstanceClass: 'db.x9.huge' is not in the connection-budget table"),
        bad("deprecated engine minor", b -> b.dbEngineVersion("15.10"),
            "dev.dbEngineVersion: 15.10 is deprecated; RDS no longer creates instances on it"
                + " (use 15.15 or later)"),
        bad("engine version without a minor", b -> b.dbEngineVersion("15"),
            "dev.dbEngineVersion: '15' is not a PostgreSQL major.minor such as 15.15"),
        bad("unsupported engine major", b -> b.dbEngineVersion("13.20"),
            "dev.dbEngineVersion: PostgreSQL 13 is not a major this project supports"
                + " [14, 15, 16, 17]"),
        bad("domain without zone", b -> b.domainName("llm.example.com"),
            "dev.domainName/hostedZoneId: give both for HTTPS, or neither for HTTP only"),
        bad("invalid Fargate size", b -> b.taskMemoryMb(3000),
            "dev.taskCpu/taskMemoryMb: 512 CPU with 3000 MB is not a Fargate task size"),
        bad("allowed domain that is a URL", b -> b.addEgressAllowedDomains("https://api.x.ai"),
            "dev.egressAllowedDomains: 'https://api.x.ai' is not a lower-case DNS name"),
        bad("allowed domain with an upper-case letter", b -> b.addEgressAllowedDomains("Api.x.ai"),
            "dev.egressAllowedDomains: 'Api.x.ai' is not a lower-case DNS name"),
        bad("allowed domain with a wildcard inside", b -> b.addEgressAllowedDomains("api.*.ai"),
            "dev.egressAllowedDomains: 'api.*.ai' is not a lower-case DNS name"),
        bad("allowed domain of one label", b -> b.addEgressAllowedDomains("localhost"),
            "dev.egressAllowedDomains: 'localhost' is not a lower-case DNS name"),
        bad("allowed domains without the firewall",
            b -> b.dnsFirewall(false).addEgressAllowedDomains("api.x.ai"),
            "dev.egressAllowedDomains: only the DNS Firewall reads it, and dnsFirewall is false"),
        bad("Valkey node type ElastiCache does not offer", b -> b.redisNodeType("cache.t4g.huge"),
            "dev.redisNodeType: 'cache.t4g.huge' is not an ElastiCache node type this project"
                + " creates (cache.<family>.<size>, families [m5, m6g, m7g, r5, r6g, r7g, t3,"
                + " t4g])"),
        bad("Valkey node type of the previous generation", b -> b.redisNodeType("cache.t2.micro"),
            "dev.redisNodeType: 'cache.t2.micro' is not an ElastiCache node type"),
        bad("an RDS class given as a Valkey node type", b -> b.redisNodeType("db.t4g.micro"),
            "dev.redisNodeType: 'db.t4g.micro' is not an ElastiCache node type"),
        bad("more replicas than ElastiCache allows", b -> b.redisReplicas(6),
            "dev.redisReplicas: 6 must be 0-5"),
        bad("negative replicas", b -> b.redisReplicas(-1),
            "dev.redisReplicas: -1 must be 0-5"),
        bad("Multi-AZ without a replica", b -> b.multiAz(true).redisReplicas(0),
            "dev.redisReplicas: Multi-AZ (multiAz: true) needs at least 1 replica for automatic"
                + " failover"),
        bad("response cache without Redis", b -> b.redis(false).responseCache(true),
            "dev.responseCache: the response cache lives in Redis; set redis: true"),
        bad("absolute config key", b -> b.proxyConfigKey("/litellm/config.yaml"),
            "dev.proxyConfigKey: '/litellm/config.yaml' starts with '/'; it must be a relative"
                + " path such as litellm/config.yaml"),
        bad("config key climbing out", b -> b.proxyConfigKey("litellm/../other.yaml"),
            "dev.proxyConfigKey: 'litellm/../other.yaml' has an empty, '.' or '..' segment"),
        bad("config key with an empty segment", b -> b.proxyConfigKey("litellm//config.yaml"),
            "dev.proxyConfigKey: 'litellm//config.yaml' has an empty, '.' or '..' segment"),
        bad("empty config key", b -> b.proxyConfigKey(""),
            "dev.proxyConfigKey: '' is empty"),
        bad("config key with a backslash", b -> b.proxyConfigKey("litellm\\config.yaml"),
            "dev.proxyConfigKey: 'litellm\\config.yaml' contains a backslash"));
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
  void settingAFieldTwiceInTheBuilderIsRefusedInsteadOfTheLastCallWinning() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("qa").multiAz(false).multiAz(true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("multiAz");
  }

  @Test
  void productionWithoutADomainMustAcceptPlainHttpExplicitly() {
    String withoutDomain = Environments.prodYaml()
        .replace("domainName: llm.example.com\n", "")
        .replace("hostedZoneId: Z0000000000000EXAMPLE\n", "");
    assertThatThrownBy(() -> EnvironmentFiles.parse(LiteLlmApplication.SETTINGS, "prod", withoutDomain))
        .hasMessageContaining("prod.domainName: production serves the API over HTTPS");
    assertThat(EnvironmentFiles.parse(LiteLlmApplication.SETTINGS, "prod", withoutDomain + "plainHttpAccepted: true\n")
        .plainHttpAccepted()).isTrue();
  }

  @Test
  void theShippedProdServesHttpsOnPlaceholdersThePreflightRecognises() {
    assertThat(Environments.PROD.plainHttpAccepted()).isFalse();
    assertThat(Environments.PROD.domainName()).contains(EnvironmentConfig.PLACEHOLDER_DOMAIN);
    assertThat(Environments.PROD.hostedZoneId())
        .contains(EnvironmentConfig.PLACEHOLDER_HOSTED_ZONE_ID);
    assertThat(EnvironmentConfig.isPlaceholderDomain(EnvironmentConfig.PLACEHOLDER_DOMAIN))
        .isTrue();
    assertThat(EnvironmentConfig.isPlaceholderDomain("example.org")).isTrue();
    assertThat(EnvironmentConfig.isPlaceholderDomain("llm.acme.com")).isFalse();
    assertThat(EnvironmentConfig.isPlaceholderDomain("llm.notexample.com")).isFalse();
  }

  @Test
  void productionMayNotLogPromptsOrRunOnSpot() {
    assertThatThrownBy(() -> ImmutableEnvironmentConfig.copyOf(Environments.PROD).withLitellmLogLevel("DEBUG"))
        .hasMessageContaining("prod.litellmLogLevel: DEBUG logs prompts");
    assertThatThrownBy(() -> ImmutableEnvironmentConfig.copyOf(Environments.PROD)
            .withCapacity(EnvironmentConfig.Capacity.FARGATE_SPOT))
        .hasMessageContaining("prod.capacity: production runs on on-demand FARGATE");
  }

  @Test
  void productionTasksHaveAtLeastTwoVcpuAndFourGigabytes() {
    assertThatThrownBy(() -> ImmutableEnvironmentConfig.copyOf(Environments.PROD)
            .withTaskCpu(1024).withTaskMemoryMb(4096))
        .hasMessageContaining("prod.taskCpu/taskMemoryMb: production tasks need at least 2 vCPU"
            + " (2048) and 4 GB (4096), LiteLLM's production guidance; 1024/4096 is smaller");
    assertThatThrownBy(() -> ImmutableEnvironmentConfig.copyOf(Environments.PROD)
            .withTaskCpu(2048).withTaskMemoryMb(2048))
        .hasMessageContaining("prod.taskCpu/taskMemoryMb: production tasks need at least");
    assertThat(List.of(Environments.STAGING, Environments.PROD)).allSatisfy(e -> {
      assertThat(e.taskCpu()).isGreaterThanOrEqualTo(2048);
      assertThat(e.taskMemoryMb()).isGreaterThanOrEqualTo(4096);
    });
    assertThat(Environments.DEV.taskCpu()).isEqualTo(512);
  }

  @Test
  void theShippedTimeoutsAgreeRequestIdleKeepAliveAndDraining() {
    for (EnvironmentConfig e : Environments.standard()) {
      assertThat(e.albIdleTimeoutSeconds()).isGreaterThan(ProxyConfig.REQUEST_TIMEOUT_SECONDS);
      assertThat(e.proxyKeepAliveTimeoutSeconds()).isGreaterThan(e.albIdleTimeoutSeconds());
      assertThat(e.albDeregistrationDelaySeconds())
          .isGreaterThanOrEqualTo(ProxyConfig.REQUEST_TIMEOUT_SECONDS);
      assertThat(e.proxyStopTimeoutSeconds()).isEqualTo(120);
    }
  }

  @Test
  void theShippedPeaksStayWithinEightyPercentOfMaxConnections() {
    // pool 10 x workers x max tasks x 2 (deploy) + 10 (migration) + 2 (rotation)
    assertThat(Environments.DEV.peakDatabaseConnections()).isEqualTo(10 * 1 * 2 * 2 + 12);
    assertThat(Environments.STAGING.peakDatabaseConnections()).isEqualTo(10 * 2 * 4 * 2 + 12);
    assertThat(Environments.PROD.peakDatabaseConnections()).isEqualTo(10 * 2 * 4 * 2 + 12);
    assertThat(DbInstanceClasses.defaultMaxConnections("db.t3.micro")).contains(112);
    assertThat(DbInstanceClasses.defaultMaxConnections("db.t3.small")).contains(225);
    assertThat(DbInstanceClasses.defaultMaxConnections("db.t3.medium")).contains(450);
    assertThat(DbInstanceClasses.defaultMaxConnections("db.r6g.16xlarge")).contains(5000);
    for (EnvironmentConfig e : Environments.standard()) {
      assertThat(e.peakDatabaseConnections())
          .isLessThanOrEqualTo(
              DbInstanceClasses.defaultMaxConnections(e.dbInstanceClass()).orElseThrow() * 80 / 100);
    }
  }

  @Test
  void everyProblemOfOneEnvironmentIsReportedAtOnce() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("qa").albIdleTimeoutSeconds(300)
            .albDeregistrationDelaySeconds(60).dbEngineVersion("15.10").build())
        .isInstanceOf(InvalidEnvironmentException.class)
        .satisfies(e -> assertThat(((InvalidEnvironmentException) e).problems())
            .extracting(p -> p.substring(0, p.indexOf(':')))
            .containsExactly("albIdleTimeoutSeconds/requestTimeout",
                "albDeregistrationDelaySeconds/requestTimeout", "dbEngineVersion"));
  }

  @Test
  void anEmptyOrOverLongNameIsRefused() {
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("").build())
        .hasMessageContaining("environment '' is invalid:")
        .hasMessageContaining(".name: '' must be 1-12 lower-case letters");
    assertThatThrownBy(() -> EnvironmentConfig.builder().name("integration-tests").build())
        .hasMessageContaining("integration-tests.name: 'integration-tests' must be 1-12");
  }

  @Test
  void theDnsFirewallIsOnByDefaultAndTakesWildcardAndPlainDomains() {
    EnvironmentConfig dev = EnvironmentConfig.builder().name("dev")
        .addEgressAllowedDomains("api.mistral.ai", "*.example.com").build();
    assertThat(dev.dnsFirewall()).isTrue();
    assertThat(dev.egressAllowedDomains()).containsExactly("api.mistral.ai", "*.example.com");
    assertThat(EnvironmentConfig.builder().name("dev").build().egressAllowedDomains()).isEmpty();
  }
}
