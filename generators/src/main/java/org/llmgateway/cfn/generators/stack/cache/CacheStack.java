package org.llmgateway.cfn.generators.stack.cache;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.Alarms.ComparisonOperator;
import org.llmgateway.cfn.generators.stack.Alarms.Statistic;
import org.llmgateway.cfn.generators.stack.Alarms;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Suppressions;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.security.SecretKeys;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.DeletionPolicy;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.elasticache.ReplicationGroup;
import org.llmgateway.cfn.resource.elasticache.SubnetGroup;

/**
 * The cache stack: a Valkey replication group on ElastiCache in the private subnets, shared by
 * every proxy task so LiteLLM's rate limits, budgets and cooldowns (and, when enabled, cached
 * responses) hold across tasks. TLS is required, data at rest is encrypted with the project key,
 * and clients authenticate with the security stack's AUTH token. Its own stack: a cache node
 * takes 10-15 minutes to create or replace, and the litellm stack (43 of 51 KB) has no room.
 */
public final class CacheStack implements StackGenerator<EnvironmentConfig> {

  /**
   * Valkey 8.2 (checked 2026-12-02, https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html:
   * ElastiCache offers Valkey 7.2, 8.0, 8.1, 8.2, 9.0 and 9.1). LiteLLM talks to it with redis-py
   * and only plain commands (strings, hashes, sorted sets, pub/sub), which every Valkey speaks
   * (LiteLLM's "Redis and Valkey Cache" page, checked 2026-12-02); 8.2 rather than 9.x because the
   * 9.x additions (durability, full-text search) are unused and 8.2 has had the longer field run.
   */
  public static final String ENGINE_VERSION = "8.2";

  /** The export value of an environment with {@code redis: false}. */
  public static final String DISABLED = "disabled";

  /** ElastiCache names a replication group's nodes {@code <group>-001}, {@code -002}, ... */
  public static final String PRIMARY_NODE_SUFFIX = "-001";
  public static final String FIRST_REPLICA_NODE_SUFFIX = "-002";
  /** Each node of a group without cluster mode is one cache cluster holding node 0001. */
  public static final String CACHE_NODE_ID = "0001";

  public static final String REPLICATION_GROUP_SUFFIX = "-litellm-cache";
  /** ElastiCache replication group ids: 1-40 characters (checked 2026-12-02, CreateReplicationGroup). */
  static final int REPLICATION_GROUP_ID_LIMIT = 40;

  private static final int ALARM_PERIOD_SECONDS = 300;
  private static final int ALARM_EVALUATION_PERIODS = 3;
  private static final List<String> BOOLEANS = List.of("true", "false");
  private static final EnvironmentConfig DEFAULTS =
      EnvironmentConfig.builder().name("defaults").build();

  static final Parameter ENVIRONMENT = EnvironmentParameter.create();

  /** Also a litellm-stack parameter: the tasks get REDIS_* only when the group exists. */
  public static final Parameter REDIS = Parameter.builder()
      .logicalId("Redis")
      .label("Valkey cache")
      .description("Create the Valkey replication group (false: the stack keeps only its subnet"
          + " group and exports '" + DISABLED + "')")
      .defaultValue(String.valueOf(DEFAULTS.redis()))
      .allowedValues(BOOLEANS)
      .build();

  static final Parameter NODE_TYPE = Parameter.builder()
      .logicalId("RedisNodeType")
      .label("Node type")
      .description("ElastiCache node type of every node, e.g. cache.t4g.micro")
      .defaultValue(DEFAULTS.redisNodeType())
      .allowedPattern("^cache\\.[a-z0-9]+\\.[a-z0-9]+$")
      .constraintDescription("an ElastiCache node type such as cache.t4g.micro")
      .build();

  static final Parameter NODE_COUNT = Parameter.builder()
      .logicalId("RedisNodeCount")
      .label("Nodes")
      .description("The primary and its read replicas (1 = a single node, no failover)")
      .type(ParameterType.NUMBER)
      .defaultValue("1")
      .minValue(BigDecimal.ONE)
      .maxValue(BigDecimal.valueOf(EnvironmentConfig.MAX_REDIS_REPLICAS + 1))
      .build();

  static final Parameter MULTI_AZ = Parameter.builder()
      .logicalId("RedisMultiAz")
      .label("Multi-AZ")
      .description("Place a replica in the other AZ and fail over to it automatically (needs"
          + " RedisNodeCount 2 or more)")
      .defaultValue("false")
      .allowedValues(BOOLEANS)
      .build();

  public static final Condition ENABLED =
      Condition.of("RedisEnabled", Fn.equalsTo(REDIS.ref(), Expr.of("true")));
  static final Condition HAS_REPLICA = Condition.of("RedisHasReplica",
      Fn.and(Fn.condition(ENABLED), Fn.not(Fn.equalsTo(NODE_COUNT.ref(), Expr.of("1")))));
  static final Condition MULTI_AZ_ENABLED = Condition.of("RedisMultiAzEnabled",
      Fn.and(Fn.condition(HAS_REPLICA), Fn.equalsTo(MULTI_AZ.ref(), Expr.of("true"))));

  @Override
  public String name() {
    return CacheExports.STACK;
  }

  @Override
  public Template template() {
    var t = Template.builder()
        .description("LiteLLM cache: Valkey on ElastiCache in the private subnets, TLS and AUTH"
            + " required, encrypted with the project KMS key, shared by every proxy task");
    Parameter env = t.add(ENVIRONMENT);
    t.add(Names.PREFIX);
    List.of(REDIS, NODE_TYPE, NODE_COUNT, MULTI_AZ).forEach(t::add);
    t.addParameterGroups(
        ParameterGroup.of("Environment", env, Names.PREFIX),
        ParameterGroup.of("Valkey", REDIS, NODE_TYPE, NODE_COUNT, MULTI_AZ));
    List.of(ENABLED, HAS_REPLICA, MULTI_AZ_ENABLED).forEach(t::add);

    // Unconditional: a stack needs one resource, and a subnet group costs nothing.
    var subnets = t.add(SubnetGroup.builder()
        .logicalId("CacheSubnetGroup")
        .description("LiteLLM cache: the two private subnets")
        .subnetIds(List.of(
            Fn.importValue(NetworkExports.PRIVATE_SUBNET_1_ID.in(Names.PREFIX)),
            Fn.importValue(NetworkExports.PRIVATE_SUBNET_2_ID.in(Names.PREFIX))))
        .tags(Tags.standard(env, name(), "-litellm-cache-subnets"))
        .build());

    var group = t.add(ReplicationGroup.builder()
        .logicalId("ReplicationGroup")
        .condition(ENABLED)
        .replicationGroupId(Names.of(REPLICATION_GROUP_SUFFIX, REPLICATION_GROUP_ID_LIMIT))
        .replicationGroupDescription("LiteLLM shared rate limits, budgets, cooldowns and cache")
        .engine("valkey")
        .engineVersion(ENGINE_VERSION)
        .cacheNodeType(NODE_TYPE.ref())
        .numCacheClusters(NODE_COUNT.ref())
        .automaticFailoverEnabled(Fn.ifThen(HAS_REPLICA, Expr.of(true), Expr.of(false)))
        .multiAZEnabled(Fn.ifThen(MULTI_AZ_ENABLED, Expr.of(true), Expr.of(false)))
        .port(SharedNames.REDIS_PORT)
        .cacheSubnetGroupName(subnets.ref())
        .securityGroupIds(
            List.of(Fn.importValue(NetworkExports.CACHE_SECURITY_GROUP_ID.in(Names.PREFIX))))
        // "required": plain-text connections are refused, not merely possible ("preferred")
        .transitEncryptionEnabled(true)
        .transitEncryptionMode("required")
        .atRestEncryptionEnabled(true)
        .kmsKeyId(Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX)))
        // resolved by CloudFormation at deploy time: the token is in no template, parameter file
        // or stack event, and ElastiCache never returns it
        .authToken(Fn.subWith("{{resolve:secretsmanager:${TokenSecretArn}:SecretString:"
                + SecretKeys.REDIS_AUTH_TOKEN + "}}",
            Map.of("TokenSecretArn",
                Fn.importValue(SecurityExports.REDIS_AUTH_SECRET_ARN.in(Names.PREFIX)))))
        // counters and cached answers rebuild themselves; snapshots would only cost storage
        .snapshotRetentionLimit(0)
        .preferredMaintenanceWindow("sun:05:00-sun:06:00")
        .tags(Tags.standard(env, name(), REPLICATION_GROUP_SUFFIX))
        .metadata(Suppressions.packRules("Holds rate-limit counters, cooldowns and cached"
                + " responses, all rebuilt from traffic; restoring a snapshot would bring back"
                + " stale limits",
            "NIST.800.53.R5-ElastiCacheRedisClusterAutomaticBackup",
            "HIPAA.Security-ElastiCacheRedisClusterAutomaticBackup").metadata())
        .deletionPolicy(DeletionPolicy.Delete)
        .updateReplacePolicy(DeletionPolicy.Delete)
        .build());

    addAlarms(t, env, group);

    export(t, CacheExports.PRIMARY_ENDPOINT_ADDRESS, "Valkey primary endpoint (REDIS_HOST)",
        group.attrPrimaryEndPointAddress());
    export(t, CacheExports.REPLICATION_GROUP_ID, "Valkey replication group id", group.ref());
    export(t, CacheExports.PRIMARY_NODE_CLUSTER_ID,
        "The node created as primary: CacheClusterId of the per-node metrics",
        Fn.sub(group, PRIMARY_NODE_SUFFIX));
    return t.build();
  }

  /** An export that is {@link #DISABLED} when the group is not created. */
  private static void export(Template.Builder t, ExportName name, String description, Expr value) {
    t.add(Output.builder()
        .logicalId(name.name())
        .description(description)
        .value(Fn.ifThen(ENABLED, value, Expr.of(DISABLED)))
        .export(name)
        .build());
  }

  /**
   * CPU, memory and evictions on the node created as primary, and replication lag on the first
   * replica. After a failover the roles swap and the alarms keep watching the same nodes, which
   * is still where the load is: a Multi-AZ pair serves all traffic from one of the two.
   */
  private void addAlarms(Template.Builder t, Parameter env, ReplicationGroup group) {
    Expr topic = Alarms.notificationTopic();
    t.add(nodeAlarm("EngineCpuAlarm", "-litellm-cache-cpu-high",
        "Valkey engine CPU above 80% for 15 minutes (Valkey is single-threaded per command)",
        "EngineCPUUtilization", Statistic.Average, BigDecimal.valueOf(80), PRIMARY_NODE_SUFFIX,
        env, topic, group, ENABLED));
    t.add(nodeAlarm("MemoryAlarm", "-litellm-cache-memory-high",
        "Valkey memory above 80% of maxmemory for 15 minutes: keys will soon be evicted",
        "DatabaseMemoryUsagePercentage", Statistic.Maximum, BigDecimal.valueOf(80),
        PRIMARY_NODE_SUFFIX, env, topic, group, ENABLED));
    t.add(nodeAlarm("EvictionsAlarm", "-litellm-cache-evictions",
        "Valkey evicted keys: rate-limit and budget counters may be lost; a larger node type"
            + " is needed",
        "Evictions", Statistic.Sum, BigDecimal.ZERO, PRIMARY_NODE_SUFFIX, env, topic, group,
        ENABLED));
    t.add(nodeAlarm("ReplicationLagAlarm", "-litellm-cache-replication-lag",
        "Valkey replica more than 5 s behind the primary for 15 minutes",
        "ReplicationLag", Statistic.Maximum, BigDecimal.valueOf(5), FIRST_REPLICA_NODE_SUFFIX,
        env, topic, group, HAS_REPLICA));
  }

  private Alarm nodeAlarm(String logicalId, String nameSuffix, String description,
      String metric, Statistic statistic, BigDecimal threshold, String nodeSuffix, Parameter env,
      Expr topic, ReplicationGroup group, Condition condition) {
    var alarm = Alarms.alarm(logicalId, env, name(), topic, nameSuffix, description,
        new Alarms.Metric("AWS/ElastiCache", metric, List.of(
            Alarms.dimension("CacheClusterId", Fn.sub(group, nodeSuffix)),
            Alarms.dimension("CacheNodeId", Expr.of(CACHE_NODE_ID)))),
        statistic, ComparisonOperator.GreaterThanThreshold, threshold, ALARM_EVALUATION_PERIODS,
        ALARM_PERIOD_SECONDS);
    return Alarm.builder().from(alarm).condition(condition).build();
  }

  @Override
  public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(Names.PREFIX, environment.namePrefix());
    values.put(REDIS, String.valueOf(environment.redis()));
    values.put(NODE_TYPE, environment.redisNodeType());
    values.put(NODE_COUNT, String.valueOf(environment.redisReplicas() + 1));
    values.put(MULTI_AZ, String.valueOf(environment.multiAz()));
    return values;
  }
}
