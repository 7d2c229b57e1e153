package org.llmgateway.cfn.generators.stack.alb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.llmgateway.cfn.generators.stack.Names;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.ParameterFileWriter;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.certificatemanager.Certificate;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.Listener;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.ListenerRule;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.LoadBalancer;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.TargetGroup;
import org.llmgateway.cfn.resource.route53.RecordSet;
import org.llmgateway.cfn.resource.wafv2.WebACL;
import org.llmgateway.cfn.resource.wafv2.WebACLAssociation;

class AlbStackTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AlbStack stack = new AlbStack();
  private final Template template = stack.template();

  // --- load balancer

  @Test
  void the_alb_is_internet_facing_in_both_public_subnets_behind_the_alb_security_group() {
    LoadBalancer alb = only(LoadBalancer.class);

    assertThat(text(alb.type())).isEqualTo("application");
    assertThat(text(alb.scheme())).isEqualTo("internet-facing");
    assertThat(alb.subnets()).contains(Expr.list(
        imported(NetworkExports.PUBLIC_SUBNET_1_ID), imported(NetworkExports.PUBLIC_SUBNET_2_ID)));
    assertThat(alb.securityGroups())
        .contains(Expr.list(imported(NetworkExports.ALB_SECURITY_GROUP_ID)));
    assertThat(alb.name().map(Expr::toJson))
        .contains(JSON.createObjectNode().put("Fn::Sub", "${NamePrefix}-litellm-alb"));
  }

  @Test
  void idle_timeout_and_deletion_protection_come_from_parameters_and_invalid_headers_are_dropped() {
    Map<String, JsonNode> attributes =
        attributes(only(LoadBalancer.class).loadBalancerAttributes());

    assertThat(attributes.get("idle_timeout.timeout_seconds"))
        .isEqualTo(AlbStack.IDLE_TIMEOUT.ref().toJson());
    assertThat(attributes.get("deletion_protection.enabled"))
        .isEqualTo(AlbStack.DELETION_PROTECTION.ref().toJson());
    assertThat(attributes.get("routing.http.drop_invalid_header_fields.enabled").asText())
        .isEqualTo("true");
    assertThat(template.parameters())
        .contains(AlbStack.IDLE_TIMEOUT, AlbStack.DELETION_PROTECTION);
  }

  @Test
  void the_idle_timeout_defaults_above_the_600_s_request_timeout_and_refuses_anything_not_above() {
    Parameter idleTimeout = AlbStack.IDLE_TIMEOUT;

    assertThat(idleTimeout.defaultValue()).contains("630");
    assertThat(idleTimeout.violation("60")).isPresent();
    assertThat(idleTimeout.violation("300")).isPresent();
    assertThat(idleTimeout.violation("600")).isPresent();
    assertThat(idleTimeout.violation("601")).isEmpty();
    assertThat(idleTimeout.violation("4000")).isEmpty();
    assertThat(idleTimeout.violation("4001")).isPresent();
  }

  @Test
  void a_load_balancer_name_that_could_exceed_32_characters_is_refused() {
    // 12-character environment + 21 characters = 33
    assertThatThrownBy(() -> AlbStack.loadBalancerName("-litellm-loadbalancer"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("33")
        .hasMessageContaining("32");
    assertThat(EnvironmentParameter.MAX_LENGTH + AlbStack.LOAD_BALANCER_SUFFIX.length())
        .isLessThanOrEqualTo(32);
    assertThat(EnvironmentParameter.MAX_LENGTH + AlbStack.TARGET_GROUP_SUFFIX.length())
        .isLessThanOrEqualTo(32);
  }

  // --- target group

  @Test
  void the_target_group_sends_http_to_port_4000_on_ip_targets_in_the_vpc() {
    TargetGroup targetGroup = only(TargetGroup.class);

    assertThat(number(targetGroup.port())).isEqualTo(4000);
    assertThat(text(targetGroup.protocol())).isEqualTo("HTTP");
    assertThat(text(targetGroup.targetType())).isEqualTo("ip");
    assertThat(targetGroup.vpcId()).contains(imported(NetworkExports.VPC_ID));
    assertThat(targetGroup.name().map(Expr::toJson))
        .contains(JSON.createObjectNode().put("Fn::Sub", "${NamePrefix}-litellm-tg"));
  }

  @Test
  void the_target_group_checks_health_liveliness_every_30_s_timeout_15_s_healthy_2_unhealthy_5() {
    TargetGroup targetGroup = only(TargetGroup.class);

    assertThat(text(targetGroup.healthCheckPath())).isEqualTo("/health/liveliness");
    assertThat(number(targetGroup.healthCheckIntervalSeconds())).isEqualTo(30);
    assertThat(number(targetGroup.healthCheckTimeoutSeconds())).isEqualTo(15);
    assertThat(number(targetGroup.healthyThresholdCount())).isEqualTo(2);
    assertThat(number(targetGroup.unhealthyThresholdCount())).isEqualTo(5);
    // a string to CloudFormation: HttpCode also takes ranges such as 200-299
    assertThat(targetGroup.matcher())
        .contains(TargetGroup.Matcher.builder().httpCode("200").build());
  }

  @Test
  void draining_tasks_keep_calls_for_the_request_timeout_and_new_requests_go_to_the_least_busy_task()
      throws Exception {
    Map<String, JsonNode> attributes = attributes(only(TargetGroup.class).targetGroupAttributes());

    assertThat(attributes.get("deregistration_delay.timeout_seconds"))
        .isEqualTo(AlbStack.DEREGISTRATION_DELAY.ref().toJson());
    assertThat(AlbStack.DEREGISTRATION_DELAY.defaultValue()).contains("600");
    for (String environment : List.of("dev", "staging", "prod")) {
      assertThat(parameterFile(environment)).containsEntry("DeregistrationDelaySeconds", "600");
    }
    assertThat(attributes.get("load_balancing.algorithm.type").asText())
        .isEqualTo("least_outstanding_requests");
  }

  // --- routing

  @Test
  void listener_rules_route_v1_health_ui_and_everything_else_at_priorities_10_20_30_100() {
    Map<Integer, List<String>> pathsByPriority = new LinkedHashMap<>();
    for (ListenerRule rule : all(ListenerRule.class)) {
      List<String> paths = new ArrayList<>();
      for (JsonNode condition : items(rule.conditions())) {
        condition.path("PathPatternConfig").path("Values").forEach(v -> paths.add(v.asText()));
      }
      pathsByPriority.put(rule.priority().toJson().intValue(), paths);
    }

    assertThat(pathsByPriority)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                10, List.of("/v1/*"),
                20, List.of("/health"),
                30, List.of("/ui/*"),
                100, List.of("/*")));
  }

  @Test
  void every_listener_rule_forwards_to_the_litellm_target_group() {
    TargetGroup targetGroup = only(TargetGroup.class);

    for (ListenerRule rule : all(ListenerRule.class)) {
      assertThat(items(rule.actions())).singleElement().satisfies(action -> {
        assertThat(action.path("Type").asText()).isEqualTo("forward");
        assertThat(action.get("TargetGroupArn")).isEqualTo(targetGroup.ref().toJson());
      });
    }
  }

  @Test
  void with_a_domain_the_rules_sit_on_the_https_listener_and_plain_http_only_redirects() {
    Listener https = resource("HttpsListener", Listener.class);
    Listener http = resource("HttpListener", Listener.class);

    for (ListenerRule rule : all(ListenerRule.class)) {
      assertThat(withDomain(json(rule.listenerArn()), true)).isEqualTo(https.ref().toJson());
    }
    JsonNode httpActions = withDomain(http.defaultActions().toJson(), true);
    assertThat(httpActions).hasSize(1);
    JsonNode redirect = httpActions.get(0);
    assertThat(redirect.path("Type").asText()).isEqualTo("redirect");
    assertThat(redirect.path("RedirectConfig").path("Protocol").asText()).isEqualTo("HTTPS");
    // a string, as RedirectConfig's Port is
    assertThat(redirect.path("RedirectConfig").path("Port").textValue()).isEqualTo("443");
    assertThat(redirect.path("RedirectConfig").path("StatusCode").asText()).isEqualTo("HTTP_301");
    assertThat(https.defaultActions()).isEqualTo(Expr.list(AlbStack.NOT_FOUND));
  }

  @Test
  void only_requests_for_the_endpoints_own_host_reach_the_proxy_everything_else_gets_a_fixed_404() {
    LoadBalancer alb = only(LoadBalancer.class);
    for (ListenerRule rule : all(ListenerRule.class)) {
      List<JsonNode> hosts = items(rule.conditions()).stream()
          .filter(c -> c.path("Field").asText().equals("host-header"))
          .toList();
      assertThat(hosts).as(rule.logicalId()).singleElement().satisfies(host -> {
        JsonNode names = host.path("HostHeaderConfig").path("Values");
        assertThat(names).hasSize(1);
        assertThat(withDomain(names.get(0), true))
            .isEqualTo(AlbStack.DOMAIN_NAME.ref().toJson());
        assertThat(withDomain(names.get(0), false))
            .isEqualTo(alb.attrDNSName().toJson());
      });
    }
    assertThat(AlbStack.NOT_FOUND.fixedResponseConfig().map(Expr::toJson).orElseThrow()
        .path("StatusCode").textValue()).isEqualTo("404");
    assertThat(withDomain(resource("HttpListener", Listener.class).defaultActions().toJson(),
        false)).containsExactly(AlbStack.NOT_FOUND.toJson());
    assertThat(resource("HttpsListener", Listener.class).defaultActions())
        .isEqualTo(Expr.list(AlbStack.NOT_FOUND));
  }

  @Test
  void without_a_domain_the_http_listener_carries_the_rules_and_answers_404_by_default() {
    Listener http = resource("HttpListener", Listener.class);

    for (ListenerRule rule : all(ListenerRule.class)) {
      assertThat(withDomain(json(rule.listenerArn()), false)).isEqualTo(http.ref().toJson());
    }
    assertThat(withDomain(http.defaultActions().toJson(), false))
        .singleElement()
        .satisfies(action -> assertThat(action.path("Type").asText()).isEqualTo("fixed-response"));
    assertThat(number(http.port())).isEqualTo(80);
    assertThat(http.certificates()).isEmpty();
    assertThat(http.sslPolicy()).isEmpty();
    assertThat(http.condition()).isEmpty();
  }

  @Test
  void the_https_listener_uses_the_dns_validated_certificate_and_a_tls_1_3_policy() {
    Listener https = resource("HttpsListener", Listener.class);
    Certificate certificate = only(Certificate.class);

    assertThat(https.condition()).contains(AlbStack.HAS_DOMAIN);
    assertThat(number(https.port())).isEqualTo(443);
    assertThat(https.protocol()).contains(Expr.of("HTTPS"));
    assertThat(text(https.sslPolicy())).startsWith("ELBSecurityPolicy-TLS13-1-2");
    assertThat(https.certificates()).contains(Expr.list(
        Listener.Certificate.builder().certificateArn(certificate.ref()).build()));

    assertThat(certificate.condition()).contains(AlbStack.HAS_DOMAIN);
    assertThat(certificate.validationMethod()).contains(Expr.of("DNS"));
    assertThat(certificate.domainName()).isEqualTo(AlbStack.DOMAIN_NAME.ref());
    assertThat(certificate.domainValidationOptions()).contains(Expr.list(
        Certificate.DomainValidationOption.builder()
            .domainName(AlbStack.DOMAIN_NAME.ref())
            .hostedZoneId(AlbStack.HOSTED_ZONE_ID.ref())
            .build()));
  }

  @Test
  void the_domain_is_an_alias_a_record_to_the_alb() {
    RecordSet record = only(RecordSet.class);
    LoadBalancer alb = only(LoadBalancer.class);

    assertThat(record.condition()).contains(AlbStack.HAS_DOMAIN);
    assertThat(record.type()).isEqualTo(Expr.of("A"));
    assertThat(record.name()).isEqualTo(AlbStack.DOMAIN_NAME.ref());
    assertThat(record.hostedZoneId()).contains(AlbStack.HOSTED_ZONE_ID.ref());
    assertThat(record.aliasTarget()).contains(RecordSet.AliasTarget.builder()
        .dnsName(alb.attrDNSName())
        .hostedZoneId(alb.attrCanonicalHostedZoneID())
        .evaluateTargetHealth(false)
        .build());
    // an alias record carries no records of its own and no TTL
    assertThat(record.resourceRecords()).isEmpty();
    assertThat(record.ttl()).isEmpty();
  }

  @Test
  void https_needs_both_a_domain_name_and_a_hosted_zone() {
    JsonNode condition = AlbStack.HAS_DOMAIN.expression().toJson();

    assertThat(condition.has("Fn::And")).isTrue();
    assertThat(condition.toString())
        .contains("\"Ref\":\"DomainName\"")
        .contains("\"Ref\":\"HostedZoneId\"");
    assertThat(AlbStack.DOMAIN_NAME.defaultValue()).contains("");
    assertThat(AlbStack.HOSTED_ZONE_ID.defaultValue()).contains("");
    assertThat(AlbStack.DOMAIN_NAME.violation("llm.example.com")).isEmpty();
    assertThat(AlbStack.DOMAIN_NAME.violation(" ")).isPresent();
    assertThat(AlbStack.HOSTED_ZONE_ID.violation("Z0123456789ABCDEFGHIJ")).isEmpty();
    assertThat(AlbStack.HOSTED_ZONE_ID.violation("not-a-zone")).isPresent();
  }

  // --- WAF

  @Test
  void the_waf_rate_limits_each_ip_and_applies_the_common_rule_set_counting_only_its_body_rules() {
    WebACL webAcl = only(WebACL.class);
    JsonNode allow = JSON.createObjectNode().set("Allow", JSON.createObjectNode());
    JsonNode block = JSON.createObjectNode().set("Block", JSON.createObjectNode());
    JsonNode count = JSON.createObjectNode().set("Count", JSON.createObjectNode());

    assertThat(webAcl.condition()).contains(AlbStack.WAF_ENABLED);
    assertThat(webAcl.scope()).isEqualTo(Expr.of(WebACL.SCOPE_REGIONAL));
    assertThat(webAcl.defaultAction().toJson()).isEqualTo(allow);

    List<JsonNode> rules = items(webAcl.rules());
    var rateRule = rules.stream()
        .filter(r -> r.path("Statement").has("RateBasedStatement"))
        .findFirst()
        .orElseThrow();
    assertThat(rateRule.get("Action")).isEqualTo(block);
    var rate = rateRule.path("Statement").path("RateBasedStatement");
    assertThat(rate.path("AggregateKeyType").asText()).isEqualTo("IP");
    assertThat(rate.get("Limit")).isEqualTo(AlbStack.WAF_RATE_LIMIT.ref().toJson());

    var commonRule = rules.stream()
        .filter(r -> r.path("Statement").has("ManagedRuleGroupStatement"))
        .findFirst()
        .orElseThrow();
    var group = commonRule.path("Statement").path("ManagedRuleGroupStatement");
    assertThat(group.path("VendorName").asText()).isEqualTo("AWS");
    assertThat(group.path("Name").asText()).isEqualTo("AWSManagedRulesCommonRuleSet");
    List<JsonNode> overrides = new ArrayList<>();
    group.path("RuleActionOverrides").forEach(overrides::add);
    assertThat(overrides).containsExactly(
        override("SizeRestrictions_BODY", count),
        override("CrossSiteScripting_BODY", count),
        override("GenericLFI_BODY", count),
        override("GenericRFI_BODY", count),
        override("EC2MetaDataSSRF_BODY", count));
    // every override names a body rule: the rest of the set (query string, URI, header rules,
    // bad bots, ...) keeps blocking
    assertThat(overrides)
        .allSatisfy(o -> assertThat(o.path("Name").asText()).endsWith("_BODY"));
    assertThat(commonRule.get("OverrideAction"))
        .isEqualTo(JSON.createObjectNode().set("None", JSON.createObjectNode()));
    assertThat(commonRule.has("Action")).isFalse();
    assertThat(rateRule.has("OverrideAction")).isFalse();
    assertThat(rules).allSatisfy(r -> assertThat(
        r.path("VisibilityConfig").path("CloudWatchMetricsEnabled").booleanValue()).isTrue());
  }

  @Test
  void the_waf_is_associated_with_the_alb_only_when_enabled() {
    WebACLAssociation association = only(WebACLAssociation.class);

    assertThat(association.condition()).contains(AlbStack.WAF_ENABLED);
    assertThat(association.resourceArn()).isEqualTo(only(LoadBalancer.class).ref());
    assertThat(association.webACLArn()).isEqualTo(only(WebACL.class).attrArn());
    assertThat(AlbStack.WAF_ENABLED.expression())
        .isEqualTo(Fn.equalsTo(AlbStack.ENABLE_WAF.ref(), Expr.of("true")));
  }

  @Test
  void the_waf_rate_limit_defaults_to_the_environment_default() {
    assertThat(AlbStack.WAF_RATE_LIMIT.defaultValue())
        .contains(String.valueOf(EnvironmentConfig.builder().name("x").build().wafRateLimit()));
    assertThat(AlbStack.WAF_RATE_LIMIT.violation("9")).isPresent();
  }

  // --- exports

  @Test
  void every_alb_export_is_declared_unconditionally() throws IllegalAccessException {
    List<ExportName> declared = new ArrayList<>();
    for (Field field : AlbExports.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ExportName.class) {
        declared.add((ExportName) field.get(null));
      }
    }

    assertThat(declared).hasSize(8);
    assertThat(template.outputs().stream().map(o -> o.export().orElseThrow()).toList())
        .containsExactlyInAnyOrderElementsOf(declared);
    assertThat(template.outputs()).allSatisfy(o -> assertThat(o.condition()).isEmpty());
  }

  @Test
  void the_serving_listener_and_endpoint_follow_the_domain() {
    JsonNode serving = output(AlbExports.SERVING_LISTENER_ARN).value().toJson();
    JsonNode endpoint = output(AlbExports.ENDPOINT_URL).value().toJson();

    assertThat(withDomain(serving, true))
        .isEqualTo(resource("HttpsListener", Listener.class).ref().toJson());
    assertThat(withDomain(serving, false))
        .isEqualTo(resource("HttpListener", Listener.class).ref().toJson());
    assertThat(withDomain(endpoint, true).path("Fn::Sub").asText())
        .isEqualTo("https://${DomainName}");
    assertThat(withDomain(endpoint, false).path("Fn::Sub").asText())
        .isEqualTo("http://${LoadBalancer.DNSName}");
  }

  // --- parameter files

  @Test
  void prod_turns_deletion_protection_and_waf_on_and_dev_leaves_them_off() throws Exception {
    Map<String, String> prod = parameterFile("prod");
    Map<String, String> dev = parameterFile("dev");

    assertThat(prod).containsEntry("DeletionProtection", "true").containsEntry("EnableWaf", "true");
    assertThat(dev)
        .containsEntry("DeletionProtection", "false")
        .containsEntry("EnableWaf", "false");
    assertThat(dev).containsEntry("DomainName", "").containsEntry("HostedZoneId", "");
    // HTTPS by default, on placeholders the pre-flight refuses until they are replaced
    assertThat(prod).containsEntry("DomainName", "llm.example.com")
        .containsEntry("HostedZoneId", "Z0000000000000EXAMPLE");
    assertThat(prod)
        .containsEntry("IdleTimeoutSeconds", "630")
        .containsEntry("WafRateLimit", "2000")
        .containsEntry("EnvironmentName", "prod");
  }

  @Test
  void an_environment_with_a_domain_passes_it_to_the_stack() {
    EnvironmentConfig withDomain =
        EnvironmentConfig.builder()
            .name("demo")
            .domainName("llm.example.com")
            .hostedZoneId("Z0123456789ABCDEFGHIJ")
            .albIdleTimeoutSeconds(900)
            .build();

    Map<Parameter, String> values = stack.parameterValues(withDomain);

    assertThat(values)
        .containsEntry(AlbStack.DOMAIN_NAME, "llm.example.com")
        .containsEntry(AlbStack.HOSTED_ZONE_ID, "Z0123456789ABCDEFGHIJ")
        .containsEntry(AlbStack.IDLE_TIMEOUT, "900");
    assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(template.parameters());
    // the writer checks every value against its parameter's constraints
    assertThat(ParameterFileWriter.write(stack.name(), template, values))
        .contains("llm.example.com");
  }

  @Test
  void the_template_renders_identically_twice_and_every_reference_resolves() throws Exception {
    var first = GeneratedFiles.render(List.of(new AlbStack()), Environments.standard());
    var second = GeneratedFiles.render(List.of(new AlbStack()), Environments.standard());

    assertThat(first).isEqualTo(second);
    String yaml = first.get("generated-templates/alb-stack.yaml");
    assertThat(yaml).isNotNull();
    // kept under target/ so `cfn-lint generators/target/alb-stack.yaml` can check it by hand
    Files.writeString(Path.of("target", "alb-stack.yaml"), yaml);
  }

  // --- helpers

  private <R extends Resource> List<R> all(Class<R> type) {
    return template.resources(type);
  }

  private <R extends Resource> R only(Class<R> type) {
    List<R> found = all(type);
    assertThat(found).as("resources of type %s", type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private <R extends Resource> R resource(String logicalId, Class<R> type) {
    return all(type).stream()
        .filter(r -> r.logicalId().equals(logicalId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + logicalId));
  }

  private Output output(ExportName export) {
    return template.outputs().stream()
        .filter(o -> o.export().equals(java.util.Optional.of(export)))
        .findFirst()
        .orElseThrow();
  }

  private static Expr imported(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX));
  }

  private static JsonNode json(Expr expression) {
    return expression.toJson();
  }

  private static JsonNode json(Optional<Expr> expression) {
    assertThat(expression).as("property set").isPresent();
    return expression.get().toJson();
  }

  private static String text(Optional<Expr> expression) {
    return json(expression).asText();
  }

  /** A number property, refusing a string: CloudFormation's schema wants integers here. */
  private static int number(Optional<Expr> expression) {
    JsonNode node = json(expression);
    assertThat(node.isIntegralNumber()).as("%s is a number", node).isTrue();
    return node.intValue();
  }

  private static List<JsonNode> items(Expr list) {
    List<JsonNode> items = new ArrayList<>();
    list.toJson().forEach(items::add);
    return items;
  }

  private static List<JsonNode> items(Optional<Expr> list) {
    return items(list.orElseThrow(() -> new AssertionError("list property not set")));
  }

  private static JsonNode override(String rule, JsonNode action) {
    ObjectNode override = JSON.createObjectNode();
    override.set("ActionToUse", action);
    return override.put("Name", rule);
  }

  /** Key to value of LoadBalancerAttributes or TargetGroupAttributes. */
  private static Map<String, JsonNode> attributes(Optional<Expr> attributes) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    items(attributes).forEach(a -> byKey.put(a.path("Key").asText(), a.get("Value")));
    return byKey;
  }

  /** Resolves every {@code Fn::If} on HasDomain as CloudFormation would for the given choice. */
  private static JsonNode withDomain(JsonNode node, boolean hasDomain) {
    if (node.isObject()) {
      JsonNode ifArgs = node.get("Fn::If");
      if (node.size() == 1 && ifArgs != null
          && ifArgs.get(0).asText().equals(AlbStack.HAS_DOMAIN.logicalId())) {
        return withDomain(ifArgs.get(hasDomain ? 1 : 2), hasDomain);
      }
      ObjectNode copy = JSON.createObjectNode();
      node.fields()
          .forEachRemaining(f -> copy.set(f.getKey(), withDomain(f.getValue(), hasDomain)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(withDomain(item, hasDomain)));
      return copy;
    }
    return node;
  }

  private static Map<String, String> parameterFile(String environment) throws Exception {
    var files = GeneratedFiles.render(List.of(new AlbStack()), Environments.standard());
    String text = files.get("generated-templates/parameters/" + environment + "/alb-stack.json");
    assertThat(text).as("parameter file of %s", environment).isNotNull();
    Map<String, String> values = new LinkedHashMap<>();
    for (JsonNode entry : JSON.readTree(text)) {
      values.put(entry.get("ParameterKey").asText(), entry.get("ParameterValue").asText());
    }
    return values;
  }
}
