package org.llmgateway.cfn.generators.stack.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.elasticache.ReplicationGroup;
import org.llmgateway.cfn.resource.elasticache.SubnetGroup;

/** The cache stack, asserted on the model as docs/architecture.md describes it. */
class CacheStackTest {

  private static final CacheStack STACK = new CacheStack();
  private static final Template TEMPLATE = STACK.template();

  private static ReplicationGroup group() {
    List<ReplicationGroup> groups = TEMPLATE.resources(ReplicationGroup.class);
    assertThat(groups).hasSize(1);
    return groups.get(0);
  }

  private static JsonNode json(Optional<Expr> expr) {
    return expr.orElseThrow(() -> new AssertionError("property not set")).toJson();
  }

  @Test
  void theGroupIsValkeyWithTlsRequiredAndTheProjectKeyAtRest() {
    ReplicationGroup group = group();
    assertThat(group.engine()).contains(Expr.of("valkey"));
    assertThat(group.engineVersion()).contains(Expr.of(CacheStack.ENGINE_VERSION));
    assertThat(group.transitEncryptionEnabled()).contains(Expr.of(true));
    assertThat(group.transitEncryptionMode()).contains(Expr.of("required"));
    assertThat(group.atRestEncryptionEnabled()).contains(Expr.of(true));
    assertThat(group.kmsKeyId())
        .contains(Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX)));
    assertThat(group.port()).contains(Expr.of(6379));
  }

  @Test
  void theAuthTokenIsADynamicReferenceToTheSecurityStacksSecretNeverAValue() {
    JsonNode token = json(group().authToken());
    JsonNode sub = token.path("Fn::Sub");
    assertThat(sub.get(0).asText())
        .isEqualTo("{{resolve:secretsmanager:${TokenSecretArn}:SecretString:token}}");
    assertThat(sub.get(1).path("TokenSecretArn"))
        .isEqualTo(Fn.importValue(SecurityExports.REDIS_AUTH_SECRET_ARN.in(Names.PREFIX))
            .toJson());
    assertThat(TEMPLATE.parameters()).noneMatch(p -> p.logicalId().contains("Token"));
  }

  @Test
  void itRunsInThePrivateSubnetsBehindTheCacheSecurityGroup() {
    SubnetGroup subnets = TEMPLATE.resources(SubnetGroup.class).get(0);
    assertThat(subnets.subnetIds()).isEqualTo(Expr.list(List.of(
        Fn.importValue(NetworkExports.PRIVATE_SUBNET_1_ID.in(Names.PREFIX)),
        Fn.importValue(NetworkExports.PRIVATE_SUBNET_2_ID.in(Names.PREFIX)))));
    assertThat(subnets.condition()).isEmpty();
    assertThat(group().cacheSubnetGroupName()).contains(subnets.ref());
    assertThat(group().securityGroupIds()).contains(Expr.list(List.of(
        Fn.importValue(NetworkExports.CACHE_SECURITY_GROUP_ID.in(Names.PREFIX)))));
  }

  @Test
  void failoverAndMultiAzFollowTheReplicaAndTheGroupExistsOnlyWithRedisOn() {
    ReplicationGroup group = group();
    assertThat(group.condition()).contains(CacheStack.ENABLED);
    assertThat(group.numCacheClusters()).contains(CacheStack.NODE_COUNT.ref());
    assertThat(group.automaticFailoverEnabled())
        .contains(Fn.ifThen(CacheStack.HAS_REPLICA, Expr.of(true), Expr.of(false)));
    assertThat(group.multiAZEnabled())
        .contains(Fn.ifThen(CacheStack.MULTI_AZ_ENABLED, Expr.of(true), Expr.of(false)));
  }

  @Test
  void devRunsOneNodeAndProdAPrimaryWithAReplicaInTheOtherAz() {
    Map<Parameter, String> dev = STACK.parameterValues(Environments.DEV);
    Map<Parameter, String> prod = STACK.parameterValues(Environments.PROD);
    assertThat(dev.get(CacheStack.NODE_COUNT)).isEqualTo("1");
    assertThat(dev.get(CacheStack.MULTI_AZ)).isEqualTo("false");
    assertThat(prod.get(CacheStack.NODE_COUNT)).isEqualTo("2");
    assertThat(prod.get(CacheStack.MULTI_AZ)).isEqualTo("true");
    assertThat(prod.get(CacheStack.NODE_TYPE)).isEqualTo("cache.t4g.micro");
    EnvironmentConfig off = EnvironmentConfig.builder().name("qa").redis(false).build();
    assertThat(STACK.parameterValues(off).get(CacheStack.REDIS)).isEqualTo("false");
  }

  @Test
  void cpuMemoryEvictionsAndReplicationLagAlarmTheTopicPerNode() {
    List<Alarm> alarms = TEMPLATE.resources(Alarm.class);
    assertThat(alarms).extracting(a -> a.metricName().orElseThrow())
        .containsExactlyInAnyOrder(Expr.of("EngineCPUUtilization"),
            Expr.of("DatabaseMemoryUsagePercentage"), Expr.of("Evictions"),
            Expr.of("ReplicationLag"));
    for (Alarm alarm : alarms) {
      assertThat(alarm.alarmActions()).as(alarm.logicalId())
          .contains(Expr.list(List.of(
              Fn.importValue(SecurityExports.ALARM_TOPIC_ARN.in(Names.PREFIX)))));
      List<JsonNode> dimensions = new ArrayList<>();
      json(alarm.dimensions()).forEach(dimensions::add);
      assertThat(dimensions).extracting(d -> d.path("Name").asText())
          .containsExactly("CacheClusterId", "CacheNodeId");
      String node = alarm.metricName().orElseThrow().equals(Expr.of("ReplicationLag"))
          ? CacheStack.FIRST_REPLICA_NODE_SUFFIX : CacheStack.PRIMARY_NODE_SUFFIX;
      assertThat(dimensions.get(0).path("Value").path("Fn::Sub").asText())
          .isEqualTo("${ReplicationGroup}" + node);
      assertThat(alarm.condition()).as(alarm.logicalId()).contains(
          node.equals(CacheStack.FIRST_REPLICA_NODE_SUFFIX)
              ? CacheStack.HAS_REPLICA : CacheStack.ENABLED);
    }
  }

  @Test
  void theEndpointGroupIdAndPrimaryNodeAreExportedAndDisabledWhenOff() {
    List<String> exported = new ArrayList<>();
    for (Output output : TEMPLATE.outputs()) {
      exported.add(output.export().orElseThrow().name());
      assertThat(output.value().toJson().path("Fn::If").get(2).asText())
          .isEqualTo(CacheStack.DISABLED);
    }
    assertThat(exported).containsExactlyInAnyOrder(
        CacheExports.PRIMARY_ENDPOINT_ADDRESS.name(), CacheExports.REPLICATION_GROUP_ID.name(),
        CacheExports.PRIMARY_NODE_CLUSTER_ID.name());
  }
}
