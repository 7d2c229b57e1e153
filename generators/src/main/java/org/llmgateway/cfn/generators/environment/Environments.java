package org.llmgateway.cfn.generators.environment;

import java.util.List;

/**
 * The three standard environments, following the architecture guide's "Environment Differences"
 * table; staging sits between dev and prod. Change a setting here and run {@code mvn -Pgenerate
 * package} to rewrite the parameter files.
 */
public final class Environments {

  private Environments() {}

  public static final EnvironmentConfig DEV =
      EnvironmentConfig.builder()
          .name("dev")
          .capacity(EnvironmentConfig.Capacity.FARGATE_SPOT)
          .litellmLogLevel("DEBUG")
          .logRetentionDays(14)
          .build();

  public static final EnvironmentConfig STAGING =
      EnvironmentConfig.builder()
          .name("staging")
          .capacity(EnvironmentConfig.Capacity.FARGATE)
          .multiAz(true)
          .dbInstanceClass("db.t3.small")
          .taskCpu(2048)
          .taskMemoryMb(4096)
          .proxyWorkers(2)
          .maxCapacity(4)
          .waf(true)
          .containerInsights(true)
          .litellmLogLevel("INFO")
          .logRetentionDays(30)
          .build();

  public static final EnvironmentConfig PROD =
      EnvironmentConfig.builder()
          .name("prod")
          .production(true)
          // No domain is known to this repository, so prod ships on the ALB's own name over
          // HTTP. Set .domainName("llm.example.com").hostedZoneId("Z...") for your deployment
          // and remove this line: production should never carry the master key in cleartext.
          .plainHttpAccepted(true)
          .capacity(EnvironmentConfig.Capacity.FARGATE)
          .multiAz(true)
          .dbInstanceClass("db.t3.medium")
          .dbDeletionProtection(true)
          .albDeletionProtection(true)
          .performanceInsights(true)
          .waf(true)
          .containerInsights(true)
          .taskCpu(2048)
          .taskMemoryMb(4096)
          .proxyWorkers(2)
          .desiredCount(2)
          .minCapacity(2)
          .maxCapacity(4)
          .litellmLogLevel("INFO")
          .logRetentionDays(90)
          .build();

  public static List<EnvironmentConfig> standard() {
    return List.of(DEV, STAGING, PROD);
  }
}
