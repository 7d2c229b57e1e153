package org.llmgateway.cfn.examples;

import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.ec2.SecurityGroup;
import org.llmgateway.cfn.resource.elasticache.ReplicationGroup;
import org.llmgateway.cfn.resource.elasticache.SubnetGroup;

// README: Adding a stack (begin)
/** A Valkey cache in the gateway's private subnets, reachable from the proxy tasks only. */
public final class CacheStack implements StackGenerator<EnvironmentConfig> {
  static final Parameter NODE_TYPE = Parameter.builder().logicalId("CacheNodeType")
      .defaultValue("cache.t4g.small").build();

  @Override public String name() { return "example-cache"; }

  @Override public Template template() {
    var t = Template.builder().description("Valkey cache for LiteLLM");
    var prefix = t.add(Names.PREFIX);   // acme-dev with a tenant, dev without: what exports use
    var nodeType = t.add(NODE_TYPE);
    var subnets = t.add(SubnetGroup.builder().logicalId("CacheSubnetGroup")
        .description("Private subnets of the LiteLLM cache")
        .subnetIds(List.of(Fn.importValue(NetworkExports.PRIVATE_SUBNET_1_ID.in(prefix)),
            Fn.importValue(NetworkExports.PRIVATE_SUBNET_2_ID.in(prefix))))
        .build());
    var fromTasks = SecurityGroup.Ingress.builder().ipProtocol("tcp").fromPort(6379).toPort(6379)
        .sourceSecurityGroupId(Fn.importValue(NetworkExports.ECS_SECURITY_GROUP_ID.in(prefix)))
        .description("Valkey from the proxy tasks").build();
    var group = t.add(SecurityGroup.builder().logicalId("CacheSecurityGroup")
        .groupDescription("LiteLLM cache: Valkey from the proxy tasks only")
        .vpcId(Fn.importValue(NetworkExports.VPC_ID.in(prefix)))   // the exporter's constant
        .securityGroupIngress(List.of(fromTasks))
        .build());
    var cache = t.add(ReplicationGroup.builder().logicalId("Cache")
        .replicationGroupDescription("LiteLLM shared rate limits and budgets")
        .engine("valkey").engineVersion("8.2")   // ElastiCache Valkey versions, checked 2026-12-01
        .cacheNodeType(nodeType.ref())
        .numCacheClusters(2).automaticFailoverEnabled(true).multiAZEnabled(true)
        .transitEncryptionEnabled(true).atRestEncryptionEnabled(true)
        .kmsKeyId(Fn.importValue(SecurityExports.KMS_KEY_ARN.in(prefix)))
        .cacheSubnetGroupName(subnets.ref())
        .securityGroupIds(List.of(group.attrGroupId()))
        .build());
    t.add(Output.builder().logicalId("CacheEndpoint")
        .value(cache.attrPrimaryEndPointAddress()).build());
    return t.build();
  }

  @Override public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    return Map.of(Names.PREFIX, environment.namePrefix());
  }
}
// README: Adding a stack (end)
