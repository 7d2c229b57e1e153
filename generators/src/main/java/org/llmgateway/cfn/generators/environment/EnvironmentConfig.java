package org.llmgateway.cfn.generators.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
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

  /**
   * ALB idle timeout. A non-streamed completion sends nothing until it is done, so this must
   * exceed LiteLLM's {@code request_timeout} ({@link ProxyConfig#REQUEST_TIMEOUT_SECONDS}), or the
   * client gets a 504 while the provider call runs on and is billed. ALB allows 1-4000 s.
   */
  @Value.Default
  public int albIdleTimeoutSeconds() {
    return ProxyConfig.REQUEST_TIMEOUT_SECONDS + 30;
  }

  /**
   * How long the ALB lets a deregistered task finish its requests (deploys, scale-in). At least
   * the request timeout, so no call is cut; every deploy waits this long. ALB allows 0-3600 s.
   */
  @Value.Default
  public int albDeregistrationDelaySeconds() {
    return ProxyConfig.REQUEST_TIMEOUT_SECONDS;
  }

  // --- database
  /**
   * RDS instance class. Its memory sets PostgreSQL's default {@code max_connections}, which the
   * connection budget is checked against ({@link DbInstanceClasses}).
   */
  @Value.Default
  public String dbInstanceClass() {
    return "db.t3.micro";
  }

  /**
   * RDS for PostgreSQL engine version, major.minor. Pinned, with automatic minor upgrades off, so
   * the template always says what runs; bump it on purpose. RDS refuses new instances on
   * deprecated minors (15.9-15.12 since 2026-05-01, upgrade target 15.15+: AWS RDS notice, checked
   * 2026-12-01); {@code deploy}'s pre-flight asks RDS itself before any stack is touched.
   */
  @Value.Default
  public String dbEngineVersion() {
    return "15.15";
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
    return 2;
  }

  /**
   * Uvicorn worker processes per task ({@code NUM_WORKERS}); LiteLLM suggests one per vCPU. Each
   * worker has its own database pool, so this multiplies the connection budget.
   */
  @Value.Default
  public int proxyWorkers() {
    return 1;
  }

  /**
   * How long uvicorn keeps an idle connection open ({@code KEEPALIVE_TIMEOUT}). AWS asks for a
   * target keep-alive longer than the ALB idle timeout; shorter gives sporadic 502s when the
   * proxy closes a connection the ALB is about to reuse. Uvicorn's own default is 5 s.
   */
  @Value.Default
  public int proxyKeepAliveTimeoutSeconds() {
    return albIdleTimeoutSeconds() + 30;
  }

  /**
   * Seconds ECS waits after SIGTERM before it kills the proxy container ({@code StopTimeout});
   * lets uvicorn finish the requests still open after the deregistration delay. Fargate allows at
   * most 120.
   */
  @Value.Default
  public int proxyStopTimeoutSeconds() {
    return 120;
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

  /** LiteLLM's production guidance: at least 2 vCPU and 4 GB per proxy task. */
  static final int PRODUCTION_MIN_TASK_CPU = 2048;
  static final int PRODUCTION_MIN_TASK_MEMORY_MB = 4096;

  /** The ECS service's deployment MaximumPercent: tasks of both versions run during a deploy. */
  public static final int DEPLOYMENT_MAXIMUM_PERCENT = 200;

  /** Connections the database rotation function opens (master login and the test login). */
  static final int ROTATION_CONNECTIONS = 2;

  /** Share of {@code max_connections} the peak may use; the rest is for operators and RDS. */
  static final int CONNECTION_BUDGET_PERCENT = 80;

  /**
   * The lowest minor RDS still creates for each PostgreSQL major (the automatic upgrade targets
   * of AWS's 2026 deprecation of 14.14-14.17, 15.9-15.12, 16.5-16.8, 17.1-17.4; checked
   * 2026-12-01). Only a floor: the deploy pre-flight asks RDS for the current answer.
   */
  static final Map<Integer, Integer> LOWEST_CREATABLE_MINOR = Map.of(14, 20, 15, 15, 16, 11, 17, 7);

  /**
   * Database connections at the worst moment: every worker's pool in every task, at the maximum
   * task count, with a deploy running both versions side by side, plus one migration task's pool
   * and the rotation function.
   */
  public int peakDatabaseConnections() {
    return ProxyConfig.DB_POOL_LIMIT_PER_WORKER * proxyWorkers() * maxCapacity()
        * DEPLOYMENT_MAXIMUM_PERCENT / 100
        + ProxyConfig.DB_POOL_LIMIT_PER_WORKER + ROTATION_CONNECTIONS;
  }

  private List<String> timeoutProblems() {
    List<String> problems = new ArrayList<>();
    int requestTimeout = ProxyConfig.REQUEST_TIMEOUT_SECONDS;
    if (albIdleTimeoutSeconds() > 4000) {
      problems.add("albIdleTimeoutSeconds: " + albIdleTimeoutSeconds()
          + " is above ALB's maximum of 4000");
    }
    if (albIdleTimeoutSeconds() <= requestTimeout) {
      problems.add("albIdleTimeoutSeconds/requestTimeout: the ALB idle timeout ("
          + albIdleTimeoutSeconds() + " s) must exceed LiteLLM's request_timeout ("
          + requestTimeout + " s, docker/config.yaml), or slow calls get a 504 and run on");
    }
    if (proxyKeepAliveTimeoutSeconds() <= albIdleTimeoutSeconds()) {
      problems.add("proxyKeepAliveTimeoutSeconds/albIdleTimeoutSeconds: the proxy's keep-alive ("
          + proxyKeepAliveTimeoutSeconds() + " s) must exceed the ALB idle timeout ("
          + albIdleTimeoutSeconds() + " s), or the ALB reuses closed connections (502)");
    }
    if (albDeregistrationDelaySeconds() > 3600) {
      problems.add("albDeregistrationDelaySeconds: " + albDeregistrationDelaySeconds()
          + " is above ALB's maximum of 3600");
    }
    if (albDeregistrationDelaySeconds() < requestTimeout) {
      problems.add("albDeregistrationDelaySeconds/requestTimeout: the deregistration delay ("
          + albDeregistrationDelaySeconds() + " s) must be at least LiteLLM's request_timeout ("
          + requestTimeout + " s), or deploys and scale-in cut calls in flight");
    }
    if (proxyStopTimeoutSeconds() < 2 || proxyStopTimeoutSeconds() > 120) {
      problems.add("proxyStopTimeoutSeconds: " + proxyStopTimeoutSeconds()
          + " must be 2-120 (Fargate's maximum StopTimeout is 120 s)");
    }
    return problems;
  }

  private Optional<String> connectionBudgetProblem() {
    Optional<Integer> maxConnections = DbInstanceClasses.defaultMaxConnections(dbInstanceClass());
    if (maxConnections.isEmpty()) {
      return dbInstanceClass().matches("^db\\.[a-z0-9]+\\.[a-z0-9]+$")
          ? Optional.of("dbInstanceClass: '" + dbInstanceClass() + "' is not in the"
              + " connection-budget table (DbInstanceClasses); add its memory there")
          : Optional.empty();
    }
    int budget = maxConnections.get() * CONNECTION_BUDGET_PERCENT / 100;
    if (peakDatabaseConnections() <= budget) {
      return Optional.empty();
    }
    return Optional.of("proxyWorkers/maxCapacity/dbInstanceClass: peak database connections "
        + peakDatabaseConnections() + " (pool " + ProxyConfig.DB_POOL_LIMIT_PER_WORKER
        + " x workers " + proxyWorkers() + " x max tasks " + maxCapacity() + " x "
        + DEPLOYMENT_MAXIMUM_PERCENT + "% during a deploy + migration and rotation) exceed "
        + CONNECTION_BUDGET_PERCENT + "% of " + dbInstanceClass() + "'s max_connections ("
        + maxConnections.get() + " -> " + budget + "); use fewer workers or tasks, or a larger"
        + " class");
  }

  private Optional<String> engineVersionProblem() {
    Matcher version = Pattern.compile("^([1-9][0-9])\\.([0-9]+)$").matcher(dbEngineVersion());
    if (!version.matches()) {
      return Optional.of("dbEngineVersion: '" + dbEngineVersion()
          + "' is not a PostgreSQL major.minor such as 15.15");
    }
    int major = Integer.parseInt(version.group(1));
    int minor = Integer.parseInt(version.group(2));
    Integer lowest = LOWEST_CREATABLE_MINOR.get(major);
    if (lowest == null) {
      return Optional.of("dbEngineVersion: PostgreSQL " + major + " is not a major this project"
          + " supports " + new TreeMap<>(LOWEST_CREATABLE_MINOR).keySet());
    }
    if (minor < lowest) {
      return Optional.of("dbEngineVersion: " + dbEngineVersion() + " is deprecated; RDS no"
          + " longer creates instances on it (use " + major + "." + lowest + " or later)");
    }
    return Optional.empty();
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
    if (!LogRetention.ALLOWED_DAYS.contains(logRetentionDays())) {
      problems.add(
          "logRetentionDays: " + logRetentionDays()
              + " is not a retention CloudWatch Logs allows " + LogRetention.ALLOWED_DAYS);
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
    timeoutProblems().forEach(problems::add);
    connectionBudgetProblem().ifPresent(problems::add);
    engineVersionProblem().ifPresent(problems::add);
    if (proxyWorkers() < 1 || proxyWorkers() > 16) {
      problems.add("proxyWorkers: " + proxyWorkers() + " must be 1-16");
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
      if (taskCpu() < PRODUCTION_MIN_TASK_CPU || taskMemoryMb() < PRODUCTION_MIN_TASK_MEMORY_MB) {
        problems.add("taskCpu/taskMemoryMb: production tasks need at least 2 vCPU (2048) and"
            + " 4 GB (4096), LiteLLM's production guidance; " + taskCpu() + "/" + taskMemoryMb()
            + " is smaller");
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
