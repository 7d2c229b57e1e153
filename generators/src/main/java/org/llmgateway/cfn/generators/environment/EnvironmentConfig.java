package org.llmgateway.cfn.generators.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.resource.logs.LogGroup;
import org.llmgateway.cfn.model.template.EnvironmentParameter;

/**
 * Everything that differs between environments. A value that cannot give a valid deployment is
 * refused when the object is built, with the environment, the field and the reason.
 */
@Value.Immutable
@CfnStyle
public abstract class EnvironmentConfig {

  /** How ECS tasks get their Fargate capacity. */
  public enum Capacity {
    /** Interruptible, about 70% cheaper: fine for dev. */
    FARGATE_SPOT,
    /** On-demand: what production runs on. */
    FARGATE
  }

  /** Environment name: dev, staging, prod or one of your own. */
  public abstract String name();

  /** Whether this environment is production and so held to production's rules. */
  @Value.Default
  public boolean production() {
    return false;
  }

  // --- network
  @Value.Default
  public String vpcCidr() {
    return "10.0.0.0/16";
  }

  @Value.Default
  public List<String> publicSubnetCidrs() {
    return List.of("10.0.1.0/24", "10.0.2.0/24");
  }

  @Value.Default
  public List<String> privateSubnetCidrs() {
    return List.of("10.0.11.0/24", "10.0.12.0/24");
  }

  @Value.Default
  public boolean natGateway() {
    return true;
  }

  /** RDS Multi-AZ standby (and, in the network stack, one NAT gateway per AZ). */
  @Value.Default
  public boolean multiAz() {
    return false;
  }

  // --- load balancer
  /** Custom domain for HTTPS, e.g. {@code llm.example.com}; empty for HTTP on the ALB's name. */
  public abstract Optional<String> domainName();

  /** The Route 53 hosted zone of {@link #domainName()}. */
  public abstract Optional<String> hostedZoneId();

  /**
   * Production serves the API over HTTPS (the master key is a bearer token). Without a domain the
   * ALB can only speak HTTP, so a production environment without one must say so here, on
   * purpose.
   */
  @Value.Default
  public boolean plainHttpAccepted() {
    return false;
  }

  @Value.Default
  public boolean waf() {
    return false;
  }

  /** Requests per 5 minutes from one IP before WAF blocks it. */
  @Value.Default
  public int wafRateLimit() {
    return 2000;
  }

  @Value.Default
  public boolean albDeletionProtection() {
    return false;
  }

  /** ALB idle timeout; long LLM streams need minutes, not the 60 s default. */
  @Value.Default
  public int albIdleTimeoutSeconds() {
    return 300;
  }

  // --- database
  @Value.Default
  public String dbInstanceClass() {
    return "db.t3.micro";
  }

  @Value.Default
  public int dbAllocatedStorageGb() {
    return 20;
  }

  @Value.Default
  public int dbMaxAllocatedStorageGb() {
    return 100;
  }

  @Value.Default
  public int dbBackupRetentionDays() {
    return 7;
  }

  @Value.Default
  public boolean dbDeletionProtection() {
    return false;
  }

  @Value.Default
  public boolean performanceInsights() {
    return false;
  }

  // --- secrets
  @Value.Default
  public int secretRotationDays() {
    return 30;
  }

  // --- litellm service
  @Value.Default
  public Capacity capacity() {
    return Capacity.FARGATE_SPOT;
  }

  @Value.Default
  public boolean containerInsights() {
    return false;
  }

  @Value.Default
  public int taskCpu() {
    return 512;
  }

  @Value.Default
  public int taskMemoryMb() {
    return 1024;
  }

  @Value.Default
  public int desiredCount() {
    return 1;
  }

  @Value.Default
  public int minCapacity() {
    return 1;
  }

  @Value.Default
  public int maxCapacity() {
    return 4;
  }

  @Value.Default
  public int logRetentionDays() {
    return 14;
  }

  /** LITELLM_LOG; DEBUG writes prompts to the logs, so only dev may use it. */
  @Value.Default
  public String litellmLogLevel() {
    return "INFO";
  }

  public static ImmutableEnvironmentConfig.Builder builder() {
    return ImmutableEnvironmentConfig.builder();
  }

  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    if (name().isEmpty() || !name().matches(EnvironmentParameter.PATTERN)) {
      problems.add(
          "name: '" + name() + "' must be 1-" + EnvironmentParameter.MAX_LENGTH
              + " lower-case letters, digits or hyphens starting with a letter");
    }
    Cidrs.problems("vpcCidr", List.of(vpcCidr()), null).forEach(problems::add);
    Cidrs.problems("publicSubnetCidrs", publicSubnetCidrs(), vpcCidr()).forEach(problems::add);
    Cidrs.problems("privateSubnetCidrs", privateSubnetCidrs(), vpcCidr()).forEach(problems::add);
    List<String> allSubnets = new ArrayList<>(publicSubnetCidrs());
    allSubnets.addAll(privateSubnetCidrs());
    Cidrs.overlaps("publicSubnetCidrs/privateSubnetCidrs", allSubnets).forEach(problems::add);
    if (publicSubnetCidrs().size() != 2 || privateSubnetCidrs().size() != 2) {
      problems.add("publicSubnetCidrs/privateSubnetCidrs: exactly 2 of each are needed (2 AZs)");
    }
    if (domainName().isPresent() != hostedZoneId().isPresent()) {
      problems.add("domainName/hostedZoneId: give both for HTTPS, or neither for HTTP only");
    }
    domainName()
        .filter(d -> !d.matches("^(?!-)[a-z0-9-]{1,63}(?<!-)(\\.[a-z0-9-]{1,63})+$"))
        .ifPresent(d -> problems.add("domainName: '" + d + "' is not a lower-case DNS name"));
    hostedZoneId()
        .filter(z -> !z.matches("^Z[A-Z0-9]{1,31}$"))
        .ifPresent(z -> problems.add("hostedZoneId: '" + z + "' is not a Route 53 zone id"));
    if (!LogGroup.ALLOWED_RETENTION_DAYS.contains(logRetentionDays())) {
      problems.add(
          "logRetentionDays: " + logRetentionDays()
              + " is not a retention CloudWatch Logs allows " + LogGroup.ALLOWED_RETENTION_DAYS);
    }
    if (minCapacity() < 1 || minCapacity() > maxCapacity()) {
      problems.add("minCapacity/maxCapacity: need 1 <= min (" + minCapacity() + ") <= max ("
          + maxCapacity() + ")");
    }
    if (desiredCount() < minCapacity() || desiredCount() > maxCapacity()) {
      problems.add("desiredCount: " + desiredCount() + " is outside minCapacity..maxCapacity ("
          + minCapacity() + ".." + maxCapacity() + ")");
    }
    if (!FargateSizes.isValid(taskCpu(), taskMemoryMb())) {
      problems.add("taskCpu/taskMemoryMb: " + taskCpu() + " CPU with " + taskMemoryMb()
          + " MB is not a Fargate task size");
    }
    if (albIdleTimeoutSeconds() < 300 || albIdleTimeoutSeconds() > 4000) {
      problems.add("albIdleTimeoutSeconds: " + albIdleTimeoutSeconds()
          + " must be 300-4000 so LLM streams are not cut");
    }
    if (dbAllocatedStorageGb() < 20 || dbMaxAllocatedStorageGb() < dbAllocatedStorageGb()
        || dbMaxAllocatedStorageGb() > 65536) {
      problems.add("dbAllocatedStorageGb/dbMaxAllocatedStorageGb: need 20 <= allocated ("
          + dbAllocatedStorageGb() + ") <= max (" + dbMaxAllocatedStorageGb() + ") <= 65536");
    }
    if (dbBackupRetentionDays() < 1 || dbBackupRetentionDays() > 35) {
      problems.add("dbBackupRetentionDays: " + dbBackupRetentionDays() + " must be 1-35");
    }
    if (!dbInstanceClass().matches("^db\\.[a-z0-9]+\\.[a-z0-9]+$")) {
      problems.add("dbInstanceClass: '" + dbInstanceClass() + "' is not an RDS instance class");
    }
    if (secretRotationDays() < 1 || secretRotationDays() > 1000) {
      problems.add("secretRotationDays: " + secretRotationDays() + " must be 1-1000");
    }
    if (wafRateLimit() < 10 || wafRateLimit() > 2_000_000_000) {
      problems.add("wafRateLimit: " + wafRateLimit() + " must be 10-2000000000");
    }
    if (!List.of("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL").contains(litellmLogLevel())) {
      problems.add("litellmLogLevel: '" + litellmLogLevel() + "' is not a LiteLLM log level");
    }
    if (production()) {
      if (!multiAz()) {
        problems.add("multiAz: production must run the database Multi-AZ");
      }
      if (!dbDeletionProtection()) {
        problems.add("dbDeletionProtection: production must protect the database from deletion");
      }
      if (!albDeletionProtection()) {
        problems.add("albDeletionProtection: production must protect the load balancer");
      }
      if (!natGateway()) {
        problems.add("natGateway: production tasks need a NAT gateway for provider APIs");
      }
      if (litellmLogLevel().equals("DEBUG")) {
        problems.add("litellmLogLevel: DEBUG logs prompts and is not allowed in production");
      }
      if (domainName().isEmpty() && !plainHttpAccepted()) {
        problems.add("domainName: production serves the API over HTTPS; set domainName and"
            + " hostedZoneId, or accept plain HTTP explicitly with plainHttpAccepted");
      }
      if (capacity() == Capacity.FARGATE_SPOT) {
        problems.add("capacity: production runs on on-demand FARGATE, not FARGATE_SPOT");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidEnvironmentException(name(), problems);
    }
  }
}
