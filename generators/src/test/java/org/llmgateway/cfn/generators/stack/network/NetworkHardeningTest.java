package org.llmgateway.cfn.generators.stack.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.statements;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.subText;
import static org.llmgateway.cfn.generators.stack.PolicyAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.environment.ImmutableEnvironmentConfig;
import org.llmgateway.cfn.generators.stack.RotationFunctions;
import org.llmgateway.cfn.generators.stack.security.SecurityStack;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.CustomResource;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.cloudwatch.Alarm;
import org.llmgateway.cfn.resource.ec2.FlowLog;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.resource.iam.Role;
import org.llmgateway.cfn.resource.kms.Key;
import org.llmgateway.cfn.resource.lambda.Function;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.resource.route53resolver.FirewallDomainList;
import org.llmgateway.cfn.resource.route53resolver.FirewallRuleGroup;
import org.llmgateway.cfn.resource.route53resolver.FirewallRuleGroupAssociation;

/** Flow logs, the emptied default security group and the DNS Firewall of the network stack. */
class NetworkHardeningTest {

  private static final String KMS_IMPORT = "${NamePrefix}-security-KmsKeyArn";

  private final NetworkStack stack = new NetworkStack();
  private final Template template = stack.template();

  // --- flow logs

  @Test
  void theVpcLogsAllItsTrafficToAGroupEncryptedWithTheProjectKey() {
    FlowLog flowLog = only(FlowLog.class);
    VPC vpc = only(VPC.class);
    assertThat(flowLog.resourceId()).isEqualTo(vpc.ref());
    assertThat(flowLog.resourceTypeValue()).isEqualTo(Expr.of("VPC"));
    assertThat(flowLog.trafficType()).contains(Expr.of("ALL"));
    assertThat(flowLog.logDestinationType()).contains(Expr.of("cloud-watch-logs"));
    LogGroup group = logGroup("FlowLogGroup");
    assertThat(flowLog.logGroupName()).contains(group.ref());
    assertEncryptedWithRetention(group);
  }

  @Test
  void theProjectKeyLetsCloudWatchLogsEncryptTheNetworkStacksLogGroups() {
    var key = new SecurityStack().template().resources(Key.class).get(0);
    JsonNode logs = statements(key.keyPolicy().orElseThrow()).stream()
        .filter(st -> st.path("Sid").asText().equals("CloudWatchLogsEncryptsThisAccountsLogGroups"))
        .findFirst().orElseThrow();
    String allowedGroups = subText(logs.at("/Condition/ArnLike/kms:EncryptionContext:aws:logs:arn"));
    assertThat(allowedGroups).endsWith(":log-group:*");
    for (String group : List.of("FlowLogGroup", "DefaultSecurityGroupRestrictionLogGroup")) {
      assertThat(subText(logGroup(group).logGroupName().orElseThrow())).startsWith("/aws/");
    }
  }

  @Test
  void onlyThisAccountsFlowLogServiceMayDeliverAndOnlyToTheFlowLogGroup() {
    FlowLog flowLog = only(FlowLog.class);
    Role role = role("FlowLogDeliveryRole");
    assertThat(flowLog.deliverLogsPermissionArn()).contains(role.attrArn());
    JsonNode trust = statements(role.assumeRolePolicyDocument()).get(0);
    assertThat(texts(trust.at("/Principal/Service"))).containsExactly("vpc-flow-logs.amazonaws.com");
    assertThat(trust.at("/Condition/StringEquals/aws:SourceAccount").path("Ref").asText())
        .isEqualTo("AWS::AccountId");
    assertThat(statements(role)).singleElement().satisfies(statement -> {
      assertThat(texts(statement.path("Action"))).containsExactlyInAnyOrder(
          "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams");
      assertThat(statement.path("Resource")).containsExactly(
          logGroup("FlowLogGroup").attrArn().toJson());
    });
  }

  // --- the default security group

  @Test
  void aCustomResourceEmptiesTheVpcsDefaultSecurityGroup() {
    CustomResource restriction = only(CustomResource.class);
    assertThat(restriction.resourceType()).isEqualTo("Custom::DefaultSecurityGroupRestriction");
    Function function = function();
    assertThat(restriction.serviceToken()).isEqualTo(function.attrArn());
    assertThat(restriction.customProperties())
        .containsEntry("GroupId", only(VPC.class).attrDefaultSecurityGroup());
    assertThat(restriction.customProperties().get("AccountId").toJson().path("Ref").asText())
        .isEqualTo("AWS::AccountId");
  }

  @Test
  void theFunctionRunsTheTestedSourceOnTheProjectsPythonOutsideTheVpc() {
    Function function = function();
    assertThat(function.runtime()).contains(Expr.of(RotationFunctions.RUNTIME));
    assertThat(function.code().toJson().path("ZipFile").asText())
        .isEqualTo(RotationFunctions.withoutCommentLines(RotationFunctions.source("default_security_group.py")))
        // CloudFormation adds cfnresponse only for this exact import line
        .contains("\nimport cfnresponse\n");
    assertThat(function.vpcConfig()).isEmpty();
    assertThat(function.environment()).isEmpty();
    LogGroup group = logGroup("DefaultSecurityGroupRestrictionLogGroup");
    assertThat(function.loggingConfig().orElseThrow().toJson().path("LogGroup"))
        .isEqualTo(group.ref().toJson());
    assertEncryptedWithRetention(group);
  }

  @Test
  void theFunctionMayRevokeRulesOfTheDefaultGroupAndNothingElse() {
    Role role = role("DefaultSecurityGroupRestrictionRole");
    assertThat(function().role()).isEqualTo(role.attrArn());
    List<JsonNode> statements = statements(role);
    assertThat(statements).hasSize(2);
    JsonNode revoke = statements.get(0);
    assertThat(texts(revoke.path("Action"))).containsExactlyInAnyOrder(
        "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress");
    assertThat(revoke.path("Resource")).singleElement().satisfies(arn -> assertThat(subText(arn))
        .isEqualTo("arn:${AWS::Partition}:ec2:${AWS::Region}:${AWS::AccountId}:security-group/"
            + "${Vpc.DefaultSecurityGroup}"));
    assertThat(texts(statements.get(1).path("Action")))
        .containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
    assertThat(statements.get(1).path("Resource")).containsExactly(
        logGroup("DefaultSecurityGroupRestrictionLogGroup").attrArn().toJson());
    assertThat(statements).allSatisfy(s ->
        assertThat(s.path("Resource").toString()).doesNotContain("\"*\""));
  }

  // --- DNS Firewall

  @Test
  void theFirewallAllowsTheAllowedDomainsFirstAndAnswersNxdomainForEveryOtherName() {
    FirewallRuleGroup group = only(FirewallRuleGroup.class);
    JsonNode rules = group.firewallRules().orElseThrow().toJson();
    assertThat(rules).hasSize(2);
    JsonNode allow = rules.get(0);
    JsonNode block = rules.get(1);
    assertThat(allow.path("Action").asText()).isEqualTo("ALLOW");
    // a provider's CNAME to its CDN must not meet the catch-all block
    assertThat(allow.path("FirewallDomainRedirectionAction").asText())
        .isEqualTo("TRUST_REDIRECTION_DOMAIN");
    assertThat(block.path("Action").asText()).isEqualTo("BLOCK");
    assertThat(block.path("BlockResponse").asText()).isEqualTo("NXDOMAIN");
    // lower numbers are evaluated first
    assertThat(allow.path("Priority").asInt()).isLessThan(block.path("Priority").asInt());
    assertThat(allow.path("FirewallDomainListId"))
        .isEqualTo(domainList("DnsFirewallAllowedDomains").attrId().toJson());
    assertThat(block.path("FirewallDomainListId"))
        .isEqualTo(domainList("DnsFirewallEveryDomain").attrId().toJson());
    assertThat(domainList("DnsFirewallEveryDomain").domains().orElseThrow().toJson())
        .containsExactly(Expr.of("*").toJson());
    assertThat(domainList("DnsFirewallAllowedDomains").domains().orElseThrow().toJson())
        .isEqualTo(Fn.split(",", parameter("EgressAllowedDomains").ref()).toJson());
  }

  @Test
  void theRuleGroupGuardsThisVpcAndCloudFormationCanStillRemoveIt() {
    FirewallRuleGroupAssociation association = only(FirewallRuleGroupAssociation.class);
    assertThat(association.vpcId()).isEqualTo(only(VPC.class).ref());
    assertThat(association.firewallRuleGroupId())
        .isEqualTo(only(FirewallRuleGroup.class).attrId());
    assertThat(association.mutationProtection()).contains(Expr.of("DISABLED"));
    int priority = association.priority().toJson().asInt();
    assertThat(priority).isBetween(101, 9899);
  }

  @Test
  void aBlockedQueryAlarmsTheAlarmTopicFromTheFirewallsOwnMetric() {
    Alarm alarm = only(Alarm.class);
    JsonNode json = alarm.propertiesJson();
    assertThat(json.path("Namespace").asText()).isEqualTo("AWS/Route53Resolver");
    assertThat(json.path("MetricName").asText()).isEqualTo("FirewallRuleQueryVolume");
    assertThat(json.path("Statistic").asText()).isEqualTo("Sum");
    assertThat(json.path("Threshold").asInt()).isEqualTo(1);
    assertThat(json.path("ComparisonOperator").asText())
        .isEqualTo("GreaterThanOrEqualToThreshold");
    assertThat(json.path("Dimensions")).containsExactlyInAnyOrder(
        dimension("FirewallRuleGroupId", only(FirewallRuleGroup.class).attrId()),
        dimension("FirewallDomainListId", domainList("DnsFirewallEveryDomain").attrId()));
    assertThat(json.path("AlarmActions").get(0).path("Fn::ImportValue").path("Fn::Sub").asText())
        .isEqualTo("${NamePrefix}-security-AlarmTopicArn");
  }

  @Test
  void everyFirewallResourceAndItsAlarmGoWhenTheEnvironmentTurnsTheFirewallOff() {
    List<Resource> firewall = template.resources().stream()
        .filter(r -> r.resourceType().startsWith("AWS::Route53Resolver::")
            || r instanceof Alarm)
        .toList();
    assertThat(firewall).hasSize(5).allSatisfy(r ->
        assertThat(r.condition()).as(r.logicalId()).contains(DnsFirewall.IS_ENABLED));
    assertThat(DnsFirewall.IS_ENABLED.expression().toJson().toString())
        .contains("EnableDnsFirewall").contains("\"true\"");
    assertThat(template.resources().stream().filter(r -> r.condition().isEmpty()))
        .noneMatch(r -> r.resourceType().startsWith("AWS::Route53Resolver::"));
  }

  @Test
  void theAllowedDomainsAreTheProvidersTheAwsServicesAndTheEnvironmentsOwn() {
    ImmutableEnvironmentConfig prod = ImmutableEnvironmentConfig.copyOf(Environments.standard()
        .stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow());
    assertThat(values(prod).get("EgressAllowedDomains"))
        .isEqualTo("*.amazonaws.com,api.anthropic.com,api.openai.com");
    EnvironmentConfig withMistral = prod.withEgressAllowedDomains("api.mistral.ai");
    assertThat(values(withMistral).get("EgressAllowedDomains"))
        .isEqualTo("*.amazonaws.com,api.anthropic.com,api.mistral.ai,api.openai.com");
    assertThat(values(prod.withDnsFirewall(false)).get("EnableDnsFirewall")).isEqualTo("false");
    assertThat(parameter("EgressAllowedDomains").defaultValue())
        .contains("*.amazonaws.com,api.anthropic.com,api.openai.com");
    assertThat(parameter("EgressAllowedDomains")
        .violation(values(withMistral).get("EgressAllowedDomains"))).isEmpty();
    assertThat(parameter("EgressAllowedDomains").violation("https://api.x.ai")).isPresent();
  }

  @Test
  void theNetworkTemplateStaysWellUnderTheInlineTemplateLimit() {
    int bytes = GeneratedFiles.render(stack).yaml().getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isLessThan(45_000);
  }

  // --- helpers

  private void assertEncryptedWithRetention(LogGroup group) {
    assertThat(group.kmsKeyId().orElseThrow().toJson().at("/Fn::ImportValue/Fn::Sub").asText())
        .isEqualTo(KMS_IMPORT);
    assertThat(group.retentionInDays()).contains(parameter("LogRetentionDays").ref());
  }

  private Map<String, String> values(EnvironmentConfig environment) {
    Map<String, String> byId = new java.util.HashMap<>();
    stack.parameterValues(environment).forEach((p, v) -> byId.put(p.logicalId(), v));
    return byId;
  }

  private static JsonNode dimension(String name, Expr value) {
    return Alarm.Dimension.builder().name(name).value(value).build().toJson();
  }

  private Function function() {
    return template.resource(Function.class, "DefaultSecurityGroupRestrictionFunction")
        .orElseThrow();
  }

  private Role role(String logicalId) {
    return template.resource(Role.class, logicalId).orElseThrow();
  }

  private LogGroup logGroup(String logicalId) {
    return template.resource(LogGroup.class, logicalId).orElseThrow();
  }

  private FirewallDomainList domainList(String logicalId) {
    return template.resource(FirewallDomainList.class, logicalId).orElseThrow();
  }

  private Parameter parameter(String logicalId) {
    return template.parameters().stream().filter(p -> p.logicalId().equals(logicalId))
        .findFirst().orElseThrow();
  }

  private <T extends Resource> T only(Class<T> type) {
    List<T> found = template.resources(type);
    assertThat(found).as(type.getSimpleName()).hasSize(1);
    return found.get(0);
  }
}
