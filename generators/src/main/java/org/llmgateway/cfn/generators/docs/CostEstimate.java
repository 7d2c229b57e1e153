package org.llmgateway.cfn.generators.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.network.DnsFirewall;

/**
 * A monthly cost estimate per environment, computed from the environment settings (task size and
 * count, capacity provider, database class and Multi-AZ, NAT, WAF...) and from what the templates
 * create (keys, secrets, interface endpoints, alarms). Prices are us-east-1 on-demand list prices;
 * each is a constant below with its unit, so a price change is a one-line edit and a regenerate.
 */
final class CostEstimate {

  static final double HOURS_PER_MONTH = 730;

  // us-east-1 list prices (USD), from the AWS pricing pages as of 2025-2026
  static final double NAT_GATEWAY_HOUR = 0.045;
  static final double PUBLIC_IPV4_HOUR = 0.005;
  static final double ALB_HOUR = 0.0225;
  static final double ALB_LCU_HOUR = 0.008;
  static final double FARGATE_VCPU_HOUR = 0.04048;
  static final double FARGATE_GB_HOUR = 0.004445;
  /** Fargate Spot runs at about 70% off on-demand; the actual discount varies. */
  static final double FARGATE_SPOT_FACTOR = 0.30;
  static final Map<String, Double> RDS_POSTGRES_HOUR = Map.of(
      "db.t3.micro", 0.018, "db.t3.small", 0.036, "db.t3.medium", 0.072,
      "db.t3.large", 0.145, "db.t4g.micro", 0.016, "db.t4g.small", 0.032,
      "db.t4g.medium", 0.065);
  static final double RDS_GP3_GB_MONTH = 0.115;
  /**
   * ElastiCache node-hours, Redis OSS on-demand list prices in us-east-1; Valkey nodes are billed
   * {@link #VALKEY_FACTOR} of them (AWS: node-based Valkey 20% below Redis OSS). Checked
   * 2026-12-02 against aws.amazon.com/elasticache/pricing (the search found the 20% discount and
   * the node families, not a per-type Valkey table: re-check before quoting).
   */
  static final Map<String, Double> ELASTICACHE_REDIS_OSS_HOUR = Map.of(
      "cache.t4g.micro", 0.016, "cache.t4g.small", 0.032, "cache.t4g.medium", 0.065,
      "cache.t3.micro", 0.017, "cache.t3.small", 0.034, "cache.t3.medium", 0.068,
      "cache.m7g.large", 0.158, "cache.r7g.large", 0.219);
  static final double VALKEY_FACTOR = 0.80;
  static final double KMS_KEY_MONTH = 1.00;
  static final double SECRET_MONTH = 0.40;
  static final double INTERFACE_ENDPOINT_AZ_HOUR = 0.01;
  static final double WAF_ACL_MONTH = 5.00;
  static final double WAF_RULE_MONTH = 1.00;
  static final double ALARM_MONTH = 0.10;
  static final double LOG_INGEST_GB = 0.50;
  static final double LOG_STORE_GB_MONTH = 0.03;
  static final double CUSTOM_METRIC_MONTH = 0.30;
  static final double ECR_GB_MONTH = 0.10;
  static final double HOSTED_ZONE_MONTH = 0.50;
  /** S3 Standard, first 50 TB (checked 2026-12-02, https://aws.amazon.com/s3/pricing/). */
  static final double S3_STANDARD_GB_MONTH = 0.023;
  /**
   * AWS Backup warm storage of Amazon RDS snapshots (checked 2026-12-02,
   * https://aws.amazon.com/backup/pricing/).
   */
  static final double BACKUP_RDS_GB_MONTH = 0.095;
  /**
   * VPC flow logs to CloudWatch Logs are vended logs: $0.50/GB ingested (first 10 TB), then the
   * usual storage. DNS Firewall: $0.60 per million queries (first billion) and $0.0005 per domain
   * name per month (Route 53 pricing page, checked 2026-12-02).
   */
  static final double VENDED_LOG_INGEST_GB = 0.50;
  static final double DNS_FIREWALL_MILLION_QUERIES = 0.60;
  static final double DNS_FIREWALL_DOMAIN_MONTH = 0.0005;
  /** Lambda: $0.20 per million requests and $0.0000166667 per GB-second (x86). */
  static final double LAMBDA_MILLION_REQUESTS = 0.20;
  static final double LAMBDA_GB_SECOND = 0.0000166667;
  /**
   * A custom dashboard beyond the account's 3 free ones (CloudWatch pricing page, checked
   * 2026-12-02: https://aws.amazon.com/cloudwatch/pricing/); counted as paid, since an account
   * holding several environments has used its free ones.
   */
  static final double DASHBOARD_MONTH = 3.00;
  /**
   * X-Ray traces recorded, per million, after the first 100,000 of a month (X-Ray pricing page,
   * checked 2026-12-02: https://aws.amazon.com/xray/pricing/).
   */
  static final double XRAY_TRACES_PER_MILLION = 5.00;
  static final double XRAY_FREE_TRACES = 100_000;

  // usage assumptions: what a price list cannot say
  static final int AVAILABILITY_ZONES = 2;
  static final double ALB_AVERAGE_LCU = 1;
  static final double LOG_GB_PER_TASK_MONTH = 5;
  static final int CONTAINER_INSIGHTS_METRICS = 20;
  static final double ECR_STORED_GB = 5;
  /** ALB access logs written per month (gzip), a modest API's traffic. */
  static final double ACCESS_LOG_GB_PER_MONTH = 1;
  /** Enhanced monitoring at 60 s: about 8 KB per sample, 43,800 samples a month. */
  static final double ENHANCED_MONITORING_GB_PER_INSTANCE_MONTH = 0.35;
  static final double FLOW_LOG_GB_PER_TASK_MONTH = 1;
  static final double DNS_MILLION_QUERIES_PER_TASK_MONTH = 0.5;
  /** The default-security-group function runs on a network stack create or update only. */
  static final int CUSTOM_RESOURCE_RUNS_MONTH = 10;
  static final double CUSTOM_RESOURCE_GB_SECONDS_PER_RUN = 0.128 * 2;
  /** Requests a month per task where tracing is on (each one a trace). */
  static final double TRACED_REQUESTS_PER_TASK_MONTH = 500_000;

  private CostEstimate() {}

  static String markdown(List<EnvironmentConfig> environments, SortedMap<String, JsonNode> templates) {
    Counts counts = Counts.of(templates);
    Map<String, List<Double>> rows = new LinkedHashMap<>();
    List<Double> totals = new ArrayList<>();
    for (EnvironmentConfig env : environments) {
      Map<String, Double> items = items(env, counts);
      items.forEach((name, cost) -> rows.computeIfAbsent(name, k -> new ArrayList<>()).add(cost));
      totals.add(items.values().stream().mapToDouble(Double::doubleValue).sum());
    }
    var out = new StringBuilder(GeneratedDocs.header("Cost estimate per environment"));
    out.append("Monthly (730 h) estimate in USD at us-east-1 on-demand list prices, computed from ")
        .append("each environment's settings in `environments/*.yaml` and from what the templates ")
        .append("create. Data transfer, NAT data processing ($0.045/GB), WAF requests ")
        .append("($0.60/million), LLM provider charges and taxes are not included.\n\n| Item |");
    environments.forEach(e -> out.append(' ').append(e.name()).append(" |"));
    out.append("\n| --- |");
    environments.forEach(e -> out.append(" ---: |"));
    out.append('\n');
    for (var row : rows.entrySet()) {
      out.append("| ").append(row.getKey()).append(" |");
      row.getValue().forEach(cost -> out.append(' ').append(money(cost)).append(" |"));
      out.append('\n');
    }
    out.append("| **Total** |");
    totals.forEach(t -> out.append(" **").append(money(t)).append("** |"));
    out.append("\n\n## Settings behind the numbers\n\n| Setting |");
    environments.forEach(e -> out.append(' ').append(e.name()).append(" |"));
    out.append("\n| --- |");
    environments.forEach(e -> out.append(" --- |"));
    out.append('\n');
    setting(out, environments, "Tasks (desired)", e -> String.valueOf(e.desiredCount()));
    setting(out, environments, "Task size", e -> e.taskCpu() / 1024.0 + " vCPU, "
        + e.taskMemoryMb() / 1024.0 + " GB");
    setting(out, environments, "Capacity", e -> e.capacity().name());
    setting(out, environments, "Database", e -> e.dbInstanceClass() + ", "
        + e.dbAllocatedStorageGb() + " GB gp3" + (e.multiAz() ? ", Multi-AZ" : ""));
    setting(out, environments, "NAT gateways", e -> String.valueOf(natGateways(e)));
    setting(out, environments, "Valkey", e -> e.redis()
        ? (e.redisReplicas() + 1) + " x " + e.redisNodeType() + (e.multiAz() ? ", Multi-AZ" : "")
        : "off");
    setting(out, environments, "WAF", e -> e.waf() ? "on" : "off");
    setting(out, environments, "Container Insights", e -> e.containerInsights() ? "on" : "off");
    setting(out, environments, "Log retention", e -> e.logRetentionDays() + " days");
    out.append("\n## Assumptions\n\n")
        .append("- Tasks run at the desired count all month; auto scaling up to the maximum adds ")
        .append("the Fargate line per extra task.\n")
        .append("- Fargate Spot at ").append(Math.round((1 - FARGATE_SPOT_FACTOR) * 100))
        .append("% below on-demand (it varies by hour and zone).\n")
        .append("- The load balancer averages ").append(ALB_AVERAGE_LCU)
        .append(" LCU and has one public IPv4 address per zone (").append(AVAILABILITY_ZONES)
        .append(" zones); each NAT gateway has one Elastic IP.\n")
        .append("- ").append(counts.interfaceEndpoints()).append(" interface VPC endpoints, one ")
        .append("network interface in each of ").append(AVAILABILITY_ZONES)
        .append(" zones; gateway endpoints (S3) are free.\n")
        .append("- Logs: ").append(LOG_GB_PER_TASK_MONTH).append(" GB ingested per task per ")
        .append("month, stored for the retention period.\n")
        .append("- Container Insights: about ").append(CONTAINER_INSIGHTS_METRICS)
        .append(" custom metrics per environment.\n")
        .append("- ECR keeps about ").append(ECR_STORED_GB).append(" GB of images in each ")
        .append("environment's repository.\n")
        .append("- Performance Insights uses the free 7-day retention.\n")
        .append("- ALB access logs: ").append(ACCESS_LOG_GB_PER_MONTH).append(" GB a month in")
        .append(" S3, kept for the log retention; enhanced monitoring: about ")
        .append(ENHANCED_MONITORING_GB_PER_INSTANCE_MONTH).append(" GB a month per database")
        .append(" instance; AWS Backup: the database's allocated storage (the daily recovery")
        .append(" points after the first are incremental), none without `backup`.\n")
        .append("- VPC flow logs: ").append(FLOW_LOG_GB_PER_TASK_MONTH).append(" GB per task per ")
        .append("month (vended-log ingestion), stored for the retention period.\n")
        .append("- DNS Firewall (where dnsFirewall is on): ")
        .append(DNS_MILLION_QUERIES_PER_TASK_MONTH).append(" million queries per task per month ")
        .append("and the domains of its two lists.\n")
        .append("- The default-security-group function runs about ")
        .append(CUSTOM_RESOURCE_RUNS_MONTH).append(" times a month (network stack deployments), ")
        .append("128 MB for up to 2 s.\n")
        .append("- Where `tracing` is on, each task serves about ")
        .append(Math.round(TRACED_REQUESTS_PER_TASK_MONTH / 1000)).append(" thousand requests a ")
        .append("month, each one X-Ray trace; the collector sidecar runs inside the task size.\n")
        .append("- Counted from the templates: ").append(counts.kmsKeys()).append(" KMS key(s), ")
        .append(counts.secrets()).append(" secrets, ").append(counts.alarms())
        .append(" alarms, ").append(counts.wafRules()).append(" WAF rule(s).\n");
    return out.toString();
  }

  private static Map<String, Double> items(EnvironmentConfig env, Counts counts) {
    Map<String, Double> items = new LinkedHashMap<>();
    // one label for every environment: the label keys the row, so it must not vary with the count
    items.put("NAT gateways (with Elastic IP)",
        natGateways(env) * (NAT_GATEWAY_HOUR + PUBLIC_IPV4_HOUR) * HOURS_PER_MONTH);
    items.put("Application Load Balancer (with public IPv4)",
        (ALB_HOUR + ALB_AVERAGE_LCU * ALB_LCU_HOUR + AVAILABILITY_ZONES * PUBLIC_IPV4_HOUR)
            * HOURS_PER_MONTH);
    double taskHour = env.taskCpu() / 1024.0 * FARGATE_VCPU_HOUR
        + env.taskMemoryMb() / 1024.0 * FARGATE_GB_HOUR;
    double spot = env.capacity() == EnvironmentConfig.Capacity.FARGATE_SPOT
        ? FARGATE_SPOT_FACTOR : 1.0;
    items.put("ECS Fargate tasks", env.desiredCount() * taskHour * spot * HOURS_PER_MONTH);
    Double dbHour = RDS_POSTGRES_HOUR.get(env.dbInstanceClass());
    if (dbHour == null) {
      throw new IllegalStateException("Environment " + env.name() + ": no price for database class "
          + env.dbInstanceClass() + "; add it to CostEstimate.RDS_POSTGRES_HOUR");
    }
    int copies = env.multiAz() ? 2 : 1;
    items.put("RDS PostgreSQL instance", dbHour * copies * HOURS_PER_MONTH);
    items.put("RDS gp3 storage", env.dbAllocatedStorageGb() * RDS_GP3_GB_MONTH * copies);
    // every environment gets the row, so the table lines up; $0 with redis off
    double cacheNodes = env.redis() ? env.redisReplicas() + 1 : 0;
    Double nodeHour = ELASTICACHE_REDIS_OSS_HOUR.get(env.redisNodeType());
    if (cacheNodes > 0 && nodeHour == null) {
      throw new IllegalStateException("Environment " + env.name() + ": no price for node type "
          + env.redisNodeType() + "; add it to CostEstimate.ELASTICACHE_REDIS_OSS_HOUR");
    }
    items.put("ElastiCache Valkey nodes",
        cacheNodes == 0 ? 0 : cacheNodes * nodeHour * VALKEY_FACTOR * HOURS_PER_MONTH);
    items.put("VPC interface endpoints",
        counts.interfaceEndpoints() * AVAILABILITY_ZONES * INTERFACE_ENDPOINT_AZ_HOUR
            * HOURS_PER_MONTH);
    items.put("KMS keys", counts.kmsKeys() * KMS_KEY_MONTH);
    items.put("Secrets Manager secrets", counts.secrets() * SECRET_MONTH);
    items.put("WAF web ACL and rules",
        env.waf() ? WAF_ACL_MONTH + counts.wafRules() * WAF_RULE_MONTH : 0);
    double logGb = env.desiredCount() * LOG_GB_PER_TASK_MONTH;
    items.put("CloudWatch Logs", logGb * LOG_INGEST_GB
        + logGb * Math.min(env.logRetentionDays(), 3653) / 30.0 * LOG_STORE_GB_MONTH);
    items.put("CloudWatch alarms", counts.alarms() * ALARM_MONTH);
    items.put("Container Insights",
        env.containerInsights() ? CONTAINER_INSIGHTS_METRICS * CUSTOM_METRIC_MONTH : 0);
    items.put("ECR image storage", ECR_STORED_GB * ECR_GB_MONTH);
    items.put("Route 53 hosted zone", env.domainName().isPresent() ? HOSTED_ZONE_MONTH : 0);
    items.put("S3 ALB access logs", ACCESS_LOG_GB_PER_MONTH
        * Math.min(env.logRetentionDays(), 3653) / 30.0 * S3_STANDARD_GB_MONTH);
    // a first full snapshot the size of the volume; the daily ones after it are incremental
    items.put("AWS Backup storage",
        env.backup() ? env.dbAllocatedStorageGb() * BACKUP_RDS_GB_MONTH : 0);
    // the primary only (a Multi-AZ standby is not monitored); RDSOSMetrics keeps 30 days
    items.put("RDS enhanced monitoring (CloudWatch Logs)",
        ENHANCED_MONITORING_GB_PER_INSTANCE_MONTH * (LOG_INGEST_GB + LOG_STORE_GB_MONTH));
    double flowLogGb = env.desiredCount() * FLOW_LOG_GB_PER_TASK_MONTH;
    items.put("VPC flow logs", flowLogGb * VENDED_LOG_INGEST_GB
        + flowLogGb * Math.min(env.logRetentionDays(), 3653) / 30.0 * LOG_STORE_GB_MONTH);
    // the allowed list plus the catch-all list's one "*"
    int firewallDomains = DnsFirewall.allowedDomains(env).size() + 1;
    items.put("Route 53 Resolver DNS Firewall", env.dnsFirewall()
        ? env.desiredCount() * DNS_MILLION_QUERIES_PER_TASK_MONTH * DNS_FIREWALL_MILLION_QUERIES
            + firewallDomains * DNS_FIREWALL_DOMAIN_MONTH
        : 0);
    items.put("Default-security-group custom-resource Lambda",
        CUSTOM_RESOURCE_RUNS_MONTH / 1e6 * LAMBDA_MILLION_REQUESTS
            + CUSTOM_RESOURCE_RUNS_MONTH * CUSTOM_RESOURCE_GB_SECONDS_PER_RUN * LAMBDA_GB_SECOND);
    items.put("CloudWatch dashboard", counts.of("AWS::CloudWatch::Dashboard") * DASHBOARD_MONTH);
    // each filter publishes one custom metric
    items.put("Log metric filters (custom metrics)",
        counts.of("AWS::Logs::MetricFilter") * CUSTOM_METRIC_MONTH);
    double traces = env.tracing() ? env.desiredCount() * TRACED_REQUESTS_PER_TASK_MONTH : 0;
    items.put("X-Ray traces",
        Math.max(0, traces - XRAY_FREE_TRACES) / 1_000_000 * XRAY_TRACES_PER_MILLION);
    return items;
  }

  static int natGateways(EnvironmentConfig env) {
    return env.natGateway() ? (env.multiAz() ? AVAILABILITY_ZONES : 1) : 0;
  }

  private static void setting(StringBuilder out, List<EnvironmentConfig> environments,
      String name, java.util.function.Function<EnvironmentConfig, String> value) {
    out.append("| ").append(name).append(" |");
    environments.forEach(e -> out.append(' ').append(value.apply(e)).append(" |"));
    out.append('\n');
  }

  static String money(double amount) {
    return "$" + BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** Resource counts read from the templates. */
  record Counts(int kmsKeys, int secrets, int interfaceEndpoints, int alarms, int wafRules,
      Map<String, Integer> resourceTypes) {

    /** How many resources of a CloudFormation type the templates declare. */
    int of(String type) {
      return resourceTypes.getOrDefault(type, 0);
    }

    static Counts of(SortedMap<String, JsonNode> templates) {
      int[] c = new int[5];
      Map<String, Integer> types = new java.util.TreeMap<>();
      for (JsonNode template : templates.values()) {
        template.path("Resources").elements().forEachRemaining(resource -> {
          types.merge(resource.path("Type").asText(), 1, Integer::sum);
          switch (resource.path("Type").asText()) {
            case "AWS::KMS::Key" -> c[0]++;
            case "AWS::SecretsManager::Secret" -> c[1]++;
            case "AWS::EC2::VPCEndpoint" -> {
              if ("Interface".equals(resource.path("Properties").path("VpcEndpointType").asText())) {
                c[2]++;
              }
            }
            case "AWS::CloudWatch::Alarm" -> c[3]++;
            case "AWS::WAFv2::WebACL" -> c[4] += resource.path("Properties").path("Rules").size();
            default -> { }
          }
        });
      }
      return new Counts(c[0], c[1], c[2], c[3], c[4], Map.copyOf(types));
    }
  }
}
