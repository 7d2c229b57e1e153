package org.llmgateway.cfn.generators.environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.template.EnvironmentParameter;

/**
 * Everything that differs between environments. A value that cannot give a valid deployment is
 * refused when the object is built, with the environment, the field and the reason.
 *
 * <p>The shipped environments are data, {@code environments/<name>.yaml}, whose keys are these
 * accessors' names ({@link EnvironmentFiles}); Java code can build one directly with {@link
 * #builder()}. The builder refuses a setting given twice, so a later call cannot silently undo an
 * earlier one; derive a variant with the {@code with*} methods of the built object instead.
 */
@Value.Immutable
// the project's CfnStyle, except that the builder is public (user code builds environments) and
// strict (setting a field twice is an error, not "the last call wins")
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    strictBuilder = true)
public abstract class EnvironmentConfig {

  /** How ECS tasks get their Fargate capacity. */
  public enum Capacity {
    /** Interruptible, about 70% cheaper: fine for dev. */
    FARGATE_SPOT,
    /** On-demand: what production runs on. */
    FARGATE
  }

  /**
   * Environment name: dev, staging, prod or one of your own; in a YAML file, the file's name. No
   * default. 1-12 lower-case letters, digits or hyphens starting with a letter, because it
   * prefixes every stack, export and resource name (RDS and ALB names stay within their 63 and 32
   * character limits).
   */
  @Setting(value = "Environment name; in a YAML file, the file's name", minimum = 1, maximum = 12)
  public abstract String name();

  /**
   * The tenant this environment belongs to, e.g. {@code acme}, so several tenants' environments
   * share one account: it prefixes every stack, export, resource, secret and log-group name
   * ({@code acme-dev-litellm-alb}, {@code acme/dev/litellm/master-key}). Default empty: names are
   * the environment's alone. 1-{@value #TENANT_MAX_LENGTH} lower-case letters, digits or hyphens
   * starting with a letter; the generate step also checks every name the tenant lengthens against
   * its AWS limit.
   */
  @Setting(value = "Tenant prefixing every stack, resource, export and secret name, e.g. acme",
      minimum = 1, maximum = TENANT_MAX_LENGTH)
  public abstract Optional<String> tenant();

  /**
   * The longest tenant. The tightest AWS limit is the 32 characters of ALB and target-group names
   * (checked 2026-12-01, Elastic Load Balancing API reference, CreateLoadBalancer Name): {@code
   * <tenant>-dev-litellm-alb} leaves 32 - 16 = 16 characters for the tenant with the shortest
   * shipped environment. Longer environments get less room, which generate reports per name.
   */
  public static final int TENANT_MAX_LENGTH = 16;

  /** {@code <tenant>-<name>}, or {@code <name>} without a tenant: every hyphenated name's start. */
  public String namePrefix() {
    return tenant().map(t -> t + "-" + name()).orElse(name());
  }

  /** {@code <tenant>/<name>}, or {@code <name>} without a tenant: secret names' start. */
  public String namePath() {
    return tenant().map(t -> t + "/" + name()).orElse(name());
  }

  /**
   * Whether this environment is production and so held to production's rules (Multi-AZ,
   * deletion protection, HTTPS, on-demand capacity, 2 vCPU / 4 GB tasks). Default {@code false}.
   */
  @Setting("Production: held to production's rules (Multi-AZ, deletion protection, HTTPS, ...)")
  @Value.Default
  public boolean production() {
    return false;
  }

  // --- network

  /**
   * The VPC's IPv4 block. Default {@code 10.0.0.0/16}. A valid CIDR; VPC allows a /16 to /28
   * block.
   */
  @Setting("The VPC's IPv4 CIDR block (VPC allows /16 to /28)")
  @Value.Default
  public String vpcCidr() {
    return "10.0.0.0/16";
  }

  /**
   * The two public subnets (ALB, NAT), one per availability zone. Default {@code 10.0.1.0/24,
   * 10.0.2.0/24}. Exactly two, inside {@link #vpcCidr()}, overlapping no other subnet.
   */
  @Setting(value = "The two public subnets' CIDRs, inside vpcCidr, one per AZ", minimum = 2,
      maximum = 2)
  @Value.Default
  public List<String> publicSubnetCidrs() {
    return List.of("10.0.1.0/24", "10.0.2.0/24");
  }

  /**
   * The two private subnets (tasks, database), one per availability zone. Default {@code
   * 10.0.11.0/24, 10.0.12.0/24}. Exactly two, inside {@link #vpcCidr()}, overlapping no other
   * subnet (RDS needs subnets in two AZs even for a single instance).
   */
  @Setting(value = "The two private subnets' CIDRs, inside vpcCidr, one per AZ", minimum = 2,
      maximum = 2)
  @Value.Default
  public List<String> privateSubnetCidrs() {
    return List.of("10.0.11.0/24", "10.0.12.0/24");
  }

  /**
   * A NAT gateway, so tasks in the private subnets reach the providers' APIs. Default {@code
   * true}; production must keep it.
   */
  @Setting("NAT gateway for the private subnets' outbound traffic (required in production)")
  @Value.Default
  public boolean natGateway() {
    return true;
  }

  /**
   * RDS Multi-AZ standby (and, in the network stack, one NAT gateway per AZ). Default {@code
   * false}; production must set it.
   */
  @Setting("RDS Multi-AZ standby and one NAT gateway per AZ (required in production)")
  @Value.Default
  public boolean multiAz() {
    return false;
  }

  // --- egress control

  /**
   * Route 53 Resolver DNS Firewall on the VPC: names resolve only for the providers of the
   * proxy's config, the AWS services the stacks use and {@link #egressAllowedDomains()}; every
   * other query is answered NXDOMAIN and raises the blocked-queries alarm. Default {@code true};
   * turn it off where the tasks must reach domains nobody can list in advance.
   */
  @Setting("DNS Firewall on the VPC: only provider, AWS and egressAllowedDomains names resolve")
  @Value.Default
  public boolean dnsFirewall() {
    return true;
  }

  /**
   * Domains the DNS Firewall lets resolve besides the providers of the proxy's config and the
   * AWS services, e.g. {@code api.mistral.ai} for a provider added to {@code docker/config.yaml},
   * or {@code *.example.com} for every name under it. Default empty. Lower-case DNS names, each
   * label 1-63 characters, optionally starting with {@code *.}; at most
   * {@value #MAX_EGRESS_ALLOWED_DOMAINS}.
   */
  @Setting(value = "Extra domains the DNS Firewall allows, e.g. api.mistral.ai or *.example.com",
      maximum = MAX_EGRESS_ALLOWED_DOMAINS)
  public abstract List<String> egressAllowedDomains();

  /** Room left in the one domain list (DNS Firewall takes 1000 domains per inline list). */
  public static final int MAX_EGRESS_ALLOWED_DOMAINS = 100;

  private static final Pattern FIREWALL_DOMAIN =
      Pattern.compile("^(\\*\\.)?((?!-)[a-z0-9-]{1,63}(?<!-)\\.)+(?!-)[a-z0-9-]{1,63}(?<!-)$");

  private List<String> egressProblems() {
    List<String> problems = new ArrayList<>();
    for (String domain : egressAllowedDomains()) {
      if (domain.length() > 253 || !FIREWALL_DOMAIN.matcher(domain).matches()) {
        problems.add("egressAllowedDomains: '" + domain + "' is not a lower-case DNS name"
            + " (labels of 1-63 letters, digits or hyphens, optionally starting with *.)");
      }
    }
    if (egressAllowedDomains().size() > MAX_EGRESS_ALLOWED_DOMAINS) {
      problems.add("egressAllowedDomains: " + egressAllowedDomains().size()
          + " domains, more than " + MAX_EGRESS_ALLOWED_DOMAINS);
    }
    if (!egressAllowedDomains().isEmpty() && !dnsFirewall()) {
      problems.add("egressAllowedDomains: only the DNS Firewall reads it, and dnsFirewall is"
          + " false");
    }
    return problems;
  }

  // --- load balancer

  /**
   * Custom domain for HTTPS, e.g. {@code llm.example.com}; empty (the default) for HTTP on the
   * ALB's name. A lower-case DNS name, labels of 1-63 characters; give {@link #hostedZoneId()}
   * with it.
   */
  @Setting("Custom domain for HTTPS, e.g. llm.example.com; absent for HTTP on the ALB's name")
  public abstract Optional<String> domainName();

  /**
   * The Route 53 hosted zone of {@link #domainName()}, where the ACM certificate is validated and
   * the alias record goes. Default empty; a Route 53 zone id ({@code Z} and up to 31 capitals or
   * digits).
   */
  @Setting("Route 53 hosted zone id of domainName, e.g. Z0123456789ABC")
  public abstract Optional<String> hostedZoneId();

  /**
   * Production serves the API over HTTPS (the master key is a bearer token). Without a domain the
   * ALB can only speak HTTP, so a production environment without one must say so here, on
   * purpose. Default {@code false}.
   */
  @Setting("Production without a domain: accept plain HTTP on purpose")
  @Value.Default
  public boolean plainHttpAccepted() {
    return false;
  }

  /** An AWS WAF web ACL on the ALB (managed rules and a per-IP rate limit). Default {@code false}. */
  @Setting("AWS WAF web ACL on the load balancer")
  @Value.Default
  public boolean waf() {
    return false;
  }

  /**
   * Requests per 5 minutes from one IP before WAF blocks it. Default 2000; WAF's rate-based rule
   * allows 10 to 2,000,000,000.
   */
  @Setting(value = "Requests per 5 minutes from one IP before WAF blocks it", minimum = 10,
      maximum = 2_000_000_000)
  @Value.Default
  public int wafRateLimit() {
    return 2000;
  }

  /** ALB deletion protection. Default {@code false}; production must set it. */
  @Setting("Load balancer deletion protection (required in production)")
  @Value.Default
  public boolean albDeletionProtection() {
    return false;
  }

  /**
   * ALB idle timeout. A non-streamed completion sends nothing until it is done, so this must
   * exceed LiteLLM's {@code request_timeout} ({@link ProxyConfig#REQUEST_TIMEOUT_SECONDS}), or the
   * client gets a 504 while the provider call runs on and is billed. Default request timeout + 30
   * s; ALB allows 1-4000 s.
   */
  @Setting(value = "ALB idle timeout in seconds; above LiteLLM's request_timeout", minimum = 1,
      maximum = 4000)
  @Value.Default
  public int albIdleTimeoutSeconds() {
    return ProxyConfig.REQUEST_TIMEOUT_SECONDS + 30;
  }

  /**
   * How long the ALB lets a deregistered task finish its requests (deploys, scale-in). At least
   * the request timeout, so no call is cut; every deploy waits this long. Default the request
   * timeout; ALB allows 0-3600 s.
   */
  @Setting(value = "Seconds a deregistered task may finish its requests; at least request_timeout",
      minimum = 0, maximum = 3600)
  @Value.Default
  public int albDeregistrationDelaySeconds() {
    return ProxyConfig.REQUEST_TIMEOUT_SECONDS;
  }

  // --- database

  /**
   * RDS instance class. Its memory sets PostgreSQL's default {@code max_connections}, which the
   * connection budget is checked against ({@link DbInstanceClasses}). Default {@code
   * db.t3.micro}; a class of the form {@code db.<family>.<size>} that the table knows.
   */
  @Setting("RDS instance class, e.g. db.t3.small; its memory bounds the connection budget")
  @Value.Default
  public String dbInstanceClass() {
    return "db.t3.micro";
  }

  /**
   * RDS for PostgreSQL engine version, major.minor. Pinned, with automatic minor upgrades off, so
   * the template always says what runs; bump it on purpose. RDS refuses new instances on
   * deprecated minors (15.9-15.12 since 2026-05-01, upgrade target 15.15+: AWS RDS notice, checked
   * 2026-12-01); {@code deploy}'s pre-flight asks RDS itself before any stack is touched. Default
   * {@code 15.15}.
   */
  @Setting("PostgreSQL major.minor, e.g. 15.15; a minor RDS still creates")
  @Value.Default
  public String dbEngineVersion() {
    return "15.15";
  }

  /** Initial database storage in GB. Default 20; RDS PostgreSQL on gp storage needs 20-65536. */
  @Setting(value = "Initial database storage in GB", minimum = 20, maximum = 65536)
  @Value.Default
  public int dbAllocatedStorageGb() {
    return 20;
  }

  /**
   * Storage autoscaling ceiling in GB. Default 100; at least {@link #dbAllocatedStorageGb()}, at
   * most RDS's 65536.
   */
  @Setting(value = "Storage autoscaling ceiling in GB, at least dbAllocatedStorageGb", minimum = 20,
      maximum = 65536)
  @Value.Default
  public int dbMaxAllocatedStorageGb() {
    return 100;
  }

  /** Days RDS keeps automated backups. Default 7; RDS allows 1-35 (0 would switch them off). */
  @Setting(value = "Days RDS keeps automated backups", minimum = 1, maximum = 35)
  @Value.Default
  public int dbBackupRetentionDays() {
    return 7;
  }

  /** RDS deletion protection. Default {@code false}; production must set it. */
  @Setting("Database deletion protection (required in production)")
  @Value.Default
  public boolean dbDeletionProtection() {
    return false;
  }

  /** RDS Performance Insights (7 days, the free tier). Default {@code false}. */
  @Setting("RDS Performance Insights")
  @Value.Default
  public boolean performanceInsights() {
    return false;
  }

  // --- secrets

  /**
   * Days between automatic rotations of the database password and the master key. Default 30;
   * Secrets Manager allows 1-1000.
   */
  @Setting(value = "Days between secret rotations", minimum = 1, maximum = 1000)
  @Value.Default
  public int secretRotationDays() {
    return 30;
  }

  // --- litellm service

  /** Fargate capacity of the proxy tasks. Default {@code FARGATE_SPOT}; production needs FARGATE. */
  @Setting("Fargate capacity: FARGATE_SPOT (cheap, interruptible) or FARGATE (on-demand)")
  @Value.Default
  public Capacity capacity() {
    return Capacity.FARGATE_SPOT;
  }

  /** CloudWatch Container Insights on the ECS cluster. Default {@code false}. */
  @Setting("CloudWatch Container Insights on the ECS cluster")
  @Value.Default
  public boolean containerInsights() {
    return false;
  }

  /**
   * CPU units per proxy task (1024 = 1 vCPU). Default 512; with {@link #taskMemoryMb()} one of
   * Fargate's task sizes ({@link FargateSizes}); production at least 2048.
   */
  @Setting(value = "CPU units per task (1024 = 1 vCPU), a Fargate size with taskMemoryMb",
      allowed = {"256", "512", "1024", "2048", "4096", "8192", "16384"})
  @Value.Default
  public int taskCpu() {
    return 512;
  }

  /**
   * Memory per proxy task in MB. Default 1024; with {@link #taskCpu()} one of Fargate's task
   * sizes; production at least 4096.
   */
  @Setting(value = "Memory per task in MB, a Fargate size with taskCpu", minimum = 512,
      maximum = 122880)
  @Value.Default
  public int taskMemoryMb() {
    return 1024;
  }

  /** Tasks the service starts with. Default 1; within {@link #minCapacity()}..{@link #maxCapacity()}. */
  @Setting(value = "Tasks the service starts with, within minCapacity..maxCapacity", minimum = 1)
  @Value.Default
  public int desiredCount() {
    return 1;
  }

  /** Fewest tasks auto scaling keeps. Default 1; at least 1 and at most {@link #maxCapacity()}. */
  @Setting(value = "Fewest tasks auto scaling keeps", minimum = 1)
  @Value.Default
  public int minCapacity() {
    return 1;
  }

  /**
   * Most tasks auto scaling starts. Default 2; bounded by the database connection budget (see
   * {@link #peakDatabaseConnections()}).
   */
  @Setting(value = "Most tasks auto scaling starts; bounded by the connection budget", minimum = 1)
  @Value.Default
  public int maxCapacity() {
    return 2;
  }

  /**
   * Uvicorn worker processes per task ({@code NUM_WORKERS}); LiteLLM suggests one per vCPU. Each
   * worker has its own database pool, so this multiplies the connection budget. Default 1; 1-16.
   */
  @Setting(value = "Uvicorn workers per task (NUM_WORKERS), one per vCPU", minimum = 1,
      maximum = 16)
  @Value.Default
  public int proxyWorkers() {
    return 1;
  }

  /**
   * How long uvicorn keeps an idle connection open ({@code KEEPALIVE_TIMEOUT}). AWS asks for a
   * target keep-alive longer than the ALB idle timeout; shorter gives sporadic 502s when the
   * proxy closes a connection the ALB is about to reuse. Uvicorn's own default is 5 s; the default
   * here is {@link #albIdleTimeoutSeconds()} + 30.
   */
  @Setting(value = "Seconds uvicorn keeps an idle connection; above albIdleTimeoutSeconds",
      minimum = 1)
  @Value.Default
  public int proxyKeepAliveTimeoutSeconds() {
    return albIdleTimeoutSeconds() + 30;
  }

  /**
   * Seconds ECS waits after SIGTERM before it kills the proxy container ({@code StopTimeout});
   * lets uvicorn finish the requests still open after the deregistration delay. Default 120;
   * Fargate allows 2-120.
   */
  @Setting(value = "Seconds ECS waits after SIGTERM (StopTimeout)", minimum = 2, maximum = 120)
  @Value.Default
  public int proxyStopTimeoutSeconds() {
    return 120;
  }

  /**
   * Days CloudWatch Logs keeps the proxy's logs. Default 14; one of the values CloudWatch Logs
   * allows ({@link LogRetention#ALLOWED_DAYS}: 1, 3, 5, 7, 14, 30, 60, 90, ... 3653).
   */
  @Setting(value = "Days CloudWatch Logs keeps the logs: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150,"
      + " 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 or 3653", minimum = 1,
      maximum = 3653)
  @Value.Default
  public int logRetentionDays() {
    return 14;
  }

  /**
   * {@code LITELLM_LOG}. Default {@code INFO}; DEBUG writes prompts to the logs, so production may
   * not use it.
   */
  @Setting(value = "LITELLM_LOG; DEBUG writes prompts to the logs (not in production)",
      allowed = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"})
  @Value.Default
  public String litellmLogLevel() {
    return "INFO";
  }

  /**
   * The domain and hosted zone the shipped prod.yaml carries until a deployment sets its own:
   * valid values (so the files generate and the HTTPS path is what prod builds), which deploy's
   * pre-flight refuses before anything is touched. example.com and its names are reserved for
   * documentation (RFC 2606), so no real deployment uses them.
   */
  public static final String PLACEHOLDER_DOMAIN = "llm.example.com";
  public static final String PLACEHOLDER_HOSTED_ZONE_ID = "Z0000000000000EXAMPLE";

  /** example.com, example.net, example.org or a name under one of them. */
  public static boolean isPlaceholderDomain(String domain) {
    return domain.matches("^(.+\\.)?example\\.(com|net|org)\\.?$");
  }

  // --- AWS Backup (the backup stack)

  /**
   * AWS Backup of the database: a daily recovery point in a vault encrypted with the project
   * key, kept {@link #backupRetentionDays()}. Default {@code false}; staging and prod turn it on.
   */
  @Setting("AWS Backup: daily recovery points of the database in a KMS-encrypted vault")
  @Value.Default
  public boolean backup() {
    return false;
  }

  /** Days AWS Backup keeps each recovery point. Default 35; 1-36500. */
  @Setting(value = "Days AWS Backup keeps each daily recovery point", minimum = 1,
      maximum = 36500)
  @Value.Default
  public int backupRetentionDays() {
    return 35;
  }

  /**
   * A second region each recovery point is copied to (a vault named
   * {@code <prefix>-litellm-backups} must exist there). Default empty: no copy. A region name,
   * which deploy's pre-flight also refuses when it is the region deployed to.
   */
  @Setting("Region recovery points are copied to, e.g. eu-west-1; absent for no copy")
  public abstract Optional<String> backupCopyRegion();
  // --- observability (the observability stack's alarms, the litellm stack's traces)

  /**
   * Seconds the load balancer's p95 TargetResponseTime may exceed for 15 minutes before the
   * latency alarm fires. Default 30: a non-streamed completion of a large model takes tens of
   * seconds, so an alarm tuned for web pages would never be quiet. 1-{@value
   * ProxyConfig#REQUEST_TIMEOUT_SECONDS} (above LiteLLM's request timeout a request has failed).
   */
  @Setting(value = "Alarm when the ALB's p95 response time exceeds this many seconds",
      minimum = 1, maximum = ProxyConfig.REQUEST_TIMEOUT_SECONDS)
  @Value.Default
  public int latencyP95AlarmSeconds() {
    return 30;
  }

  /**
   * Seconds for the p99 TargetResponseTime alarm, as {@link #latencyP95AlarmSeconds()}. Default
   * 120: the slowest percent includes long reasoning answers. Not below the p95 threshold.
   */
  @Setting(value = "Alarm when the ALB's p99 response time exceeds this many seconds",
      minimum = 1, maximum = ProxyConfig.REQUEST_TIMEOUT_SECONDS)
  @Value.Default
  public int latencyP99AlarmSeconds() {
    return 120;
  }

  /**
   * HTTP 5xx responses the load balancer itself may return in 5 minutes, twice in a row, before
   * the ELB 5xx alarm fires (no healthy task, a task closing a kept-alive connection). Default 10.
   */
  @Setting(value = "Alarm when the load balancer returns more 5xx than this in 5 minutes",
      minimum = 0, maximum = 1_000_000)
  @Value.Default
  public int elb5xxAlarmCount() {
    return 10;
  }

  /**
   * Provider errors (the proxy's ERROR log lines naming a litellm exception) in 5 minutes before
   * the provider-error alarm fires. Default 20.
   */
  @Setting(value = "Alarm when the proxy logs more provider errors than this in 5 minutes",
      minimum = 0, maximum = 1_000_000)
  @Value.Default
  public int providerErrorAlarmCount() {
    return 20;
  }

  /**
   * Rate-limited calls (429 / RateLimitError in the proxy's logs, from a provider or the proxy's
   * own limits) in 5 minutes before the rate-limit alarm fires. Default 50.
   */
  @Setting(value = "Alarm when the proxy logs more 429s than this in 5 minutes",
      minimum = 0, maximum = 1_000_000)
  @Value.Default
  public int rateLimitAlarmCount() {
    return 50;
  }

  /**
   * Traces: LiteLLM's OpenTelemetry callback to an ADOT collector sidecar exporting to X-Ray.
   * Default {@code false} (dev saves the sidecar's share of the task and the X-Ray charges);
   * staging and prod turn it on. The sidecar's CPU and memory come out of the task's size.
   */
  @Setting("OpenTelemetry traces to X-Ray through an ADOT collector sidecar")
  @Value.Default
  public boolean tracing() {
    return false;
  }

  /**
   * CPU units and memory (MB) the trace collector sidecar reserves inside the task where {@link
   * #tracing()} is on; the proxy keeps the rest of the Fargate size. An idle ADOT collector uses
   * about 50 MB; 256 leaves room for a burst of spans.
   */
  public static final int TRACE_COLLECTOR_CPU = 256;
  public static final int TRACE_COLLECTOR_MEMORY_MB = 256;

  /** What the proxy container needs at the least beside the collector. */
  static final int PROXY_MIN_CPU = 256;
  static final int PROXY_MIN_MEMORY_MB = 512;

  /**
   * Whether the environment runs the shared Redis (Valkey on ElastiCache) of the cache stack, so
   * LiteLLM's rate limits, budgets and cooldowns hold across all tasks ({@code router_settings})
   * instead of per task. Default true; off leaves the cache stack with its subnet group only and
   * the proxy without Redis.
   */
  @Setting("Run the shared Valkey (ElastiCache) for rate limits, budgets and cooldowns")
  @Value.Default
  public boolean redis() {
    return true;
  }

  /**
   * ElastiCache node type of each Valkey node. Default {@code cache.t4g.micro} (0.5 GiB, enough
   * for counters and a small response cache); one of {@link CacheNodeTypes} (current generation,
   * checked 2026-12-02).
   */
  @Setting("ElastiCache node type, e.g. cache.t4g.micro (current-generation t3, t4g, m5, m6g,"
      + " m7g, r5, r6g, r7g)")
  @Value.Default
  public String redisNodeType() {
    return "cache.t4g.micro";
  }

  /**
   * Read replicas beside the primary. Default 1 with {@link #multiAz()}, else 0 (a single node,
   * as in dev). 0-5, ElastiCache's limit for a replication group without cluster mode (checked
   * 2026-12-02, CreateReplicationGroup NumCacheClusters 1-6). Multi-AZ needs at least one: the
   * replica in the other AZ is what automatic failover promotes.
   */
  @Setting(value = "Valkey read replicas (0-5); Multi-AZ needs at least 1", minimum = 0,
      maximum = MAX_REDIS_REPLICAS)
  @Value.Default
  public int redisReplicas() {
    return multiAz() ? 1 : 0;
  }

  /** ElastiCache's most read replicas for one shard (NumCacheClusters 6). */
  public static final int MAX_REDIS_REPLICAS = 5;

  /**
   * Whether LiteLLM caches identical requests' responses in Redis ({@code litellm_settings.cache}).
   * Default false: a cached answer is served for any identical request of any key, which not
   * every team wants. Needs {@link #redis()}.
   */
  @Setting("Cache responses in Redis (litellm_settings.cache); needs redis")
  @Value.Default
  public boolean responseCache() {
    return false;
  }

  /**
   * Object key of the proxy config in the config bucket, e.g. {@code litellm/config.yaml}.
   * Default {@code litellm/config.yaml}. A relative path: not empty, no leading {@code /}, no
   * {@code .} or {@code ..} segment, no empty segment, no backslash, at most 1024 bytes (S3's key
   * limit).
   */
  @Setting(value = "S3 object key of the proxy config, a relative path such as"
      + " litellm/config.yaml", minimum = 1, maximum = 1024)
  @Value.Default
  public String proxyConfigKey() {
    return "litellm/config.yaml";
  }

  private static final List<String> LOG_LEVELS =
      List.of("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL");

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
    tenant()
        .filter(t -> !t.matches("^[a-z][a-z0-9-]{0," + (TENANT_MAX_LENGTH - 1) + "}$"))
        .ifPresent(t -> problems.add("tenant: '" + t + "' must be 1-" + TENANT_MAX_LENGTH
            + " lower-case letters, digits or hyphens starting with a letter"));
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
    if (tracing() && (taskCpu() - TRACE_COLLECTOR_CPU < PROXY_MIN_CPU
        || taskMemoryMb() - TRACE_COLLECTOR_MEMORY_MB < PROXY_MIN_MEMORY_MB)) {
      problems.add("tracing/taskCpu/taskMemoryMb: the trace collector takes " + TRACE_COLLECTOR_CPU
          + " CPU and " + TRACE_COLLECTOR_MEMORY_MB + " MB of the " + taskCpu() + " CPU / "
          + taskMemoryMb() + " MB task, leaving the proxy less than " + PROXY_MIN_CPU + " CPU / "
          + PROXY_MIN_MEMORY_MB + " MB: choose a larger Fargate size");
    }
    if (latencyP99AlarmSeconds() < latencyP95AlarmSeconds()) {
      problems.add("latencyP99AlarmSeconds: " + latencyP99AlarmSeconds() + " is below"
          + " latencyP95AlarmSeconds (" + latencyP95AlarmSeconds() + "): the slowest percent"
          + " cannot be faster than the slowest five");
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
    egressProblems().forEach(problems::add);
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
    backupCopyRegion()
        .filter(r -> !r.matches("^[a-z]{2}(-[a-z]+)+-[0-9]$"))
        .ifPresent(r -> problems.add("backupCopyRegion: '" + r
            + "' is not a region name such as eu-west-1"));
    if (backupCopyRegion().isPresent() && !backup()) {
      problems.add("backupCopyRegion: copies need backup: true");
    }
    if (backupRetentionDays() < 1 || backupRetentionDays() > 36500) {
      problems.add("backupRetentionDays: " + backupRetentionDays() + " must be 1-36500");
    }
    if (!LOG_LEVELS.contains(litellmLogLevel())) {
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
    cacheProblems().forEach(problems::add);
    proxyConfigKeyProblem().ifPresent(problems::add);
    if (!problems.isEmpty()) {
      throw new InvalidEnvironmentException(name(), problems);
    }
  }

  private List<String> cacheProblems() {
    List<String> problems = new ArrayList<>();
    if (!CacheNodeTypes.offered(redisNodeType())) {
      problems.add("redisNodeType: '" + redisNodeType() + "' is not an ElastiCache node type"
          + " this project creates (cache.<family>.<size>, families "
          + new java.util.TreeSet<>(CacheNodeTypes.families()) + ")");
    }
    if (redisReplicas() < 0 || redisReplicas() > MAX_REDIS_REPLICAS) {
      problems.add("redisReplicas: " + redisReplicas() + " must be 0-" + MAX_REDIS_REPLICAS);
    }
    if (redis() && multiAz() && redisReplicas() < 1) {
      problems.add("redisReplicas: Multi-AZ (multiAz: true) needs at least 1 replica for"
          + " automatic failover");
    }
    if (responseCache() && !redis()) {
      problems.add("responseCache: the response cache lives in Redis; set redis: true");
    }
    return problems;
  }

  /** The key must name an object under the bucket, so the task role's grant is that object. */
  private Optional<String> proxyConfigKeyProblem() {
    String key = proxyConfigKey();
    String reason = null;
    if (key.isEmpty()) {
      reason = "is empty";
    } else if (key.startsWith("/")) {
      reason = "starts with '/'";
    } else if (key.contains("\\")) {
      reason = "contains a backslash";
    } else if (key.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 1024) {
      reason = "is longer than S3's 1024 bytes";
    } else if (List.of(key.split("/", -1)).stream()
        .anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."))) {
      reason = "has an empty, '.' or '..' segment";
    }
    return Optional.ofNullable(reason).map(r -> "proxyConfigKey: '" + key + "' " + r
        + "; it must be a relative path such as litellm/config.yaml");
  }
}
