package org.llmgateway.cfn.generators.stack.alb;

import org.llmgateway.cfn.generators.stack.Suppressions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.generators.stack.Names;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.generators.stack.network.NetworkExports;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
import org.llmgateway.cfn.model.template.ParameterType;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.certificatemanager.Certificate;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.Listener;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.ListenerRule;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.LoadBalancer;
import org.llmgateway.cfn.resource.elasticloadbalancingv2.TargetGroup;
import org.llmgateway.cfn.resource.route53.RecordSet;
import org.llmgateway.cfn.resource.wafv2.WebACL;
import org.llmgateway.cfn.resource.wafv2.WebACLAssociation;
import org.llmgateway.cfn.generators.environment.LogRetention;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;

/**
 * Stack 3: the internet-facing Application Load Balancer in front of the LiteLLM tasks, its target
 * group and the path rules of the architecture guide. With a domain it serves HTTPS with a
 * DNS-validated ACM certificate and a Route 53 alias, and plain HTTP only redirects; an optional
 * WAF web ACL rate-limits clients and applies the AWS common rule set.
 */
public final class AlbStack implements StackGenerator<EnvironmentConfig> {

  /** The settings a new environment gets unless it says otherwise; template defaults use them. */
  private static final EnvironmentConfig DEFAULTS =
      EnvironmentConfig.builder().name("defaults").build();

  static final String LOAD_BALANCER_SUFFIX = "-litellm-alb";
  static final String TARGET_GROUP_SUFFIX = "-litellm-tg";
  static final String WEB_ACL_SUFFIX = "-litellm-waf";
  static final String CERTIFICATE_SUFFIX = "-litellm-certificate";

  /**
   * AWS's recommended policy: TLS 1.3 and 1.2 with forward-secret AEAD ciphers only, plus hybrid
   * post-quantum key exchange for clients that offer it.
   */
  static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09";

  static final int HEALTH_CHECK_INTERVAL_SECONDS = 30;
  static final int HEALTH_CHECK_TIMEOUT_SECONDS = 15;
  static final int HEALTHY_THRESHOLD = 2;
  static final int UNHEALTHY_THRESHOLD = 5;

  /** Longer than LiteLLM's request timeout: a non-streamed call sends nothing until it ends. */
  static final int MIN_IDLE_TIMEOUT_SECONDS = ProxyConfig.REQUEST_TIMEOUT_SECONDS + 1;
  static final int MAX_IDLE_TIMEOUT_SECONDS = 4000;

  /**
   * The AWS common rule set's rules that inspect request bodies, which here are prompts: a body
   * over 8 KB (all that WAF inspects behind an ALB), HTML, code, file paths or URLs in a prompt
   * are ordinary and would get a 403. They only count (their matches stay visible in the WAF
   * metrics); every other rule of the set still blocks. Rule names from the AWS Managed Rules
   * "Core rule set" documentation, checked 2026-12-01.
   */
  static final List<String> BODY_RULES_COUNTED = List.of(
      "SizeRestrictions_BODY", "CrossSiteScripting_BODY", "GenericLFI_BODY", "GenericRFI_BODY",
      "EC2MetaDataSSRF_BODY");

  /** What a request for any other host, or no route, gets: nothing reaches the proxy. */
  static final Listener.Action NOT_FOUND =
      ListenerActions.fixedResponse("404", "text/plain", "Not Found");

  static final String COMMON_RULE_SET = "AWSManagedRulesCommonRuleSet";

  /** Listener and target group protocol: TLS ends at the load balancer. */
  static final String HTTP = "HTTP";
  static final String HTTPS = "HTTPS";

  /** WAF entity names: at most 128 letters, digits, hyphens and underscores. */
  static final int WAF_NAME_LIMIT = 128;

  /** One row of the request-routing table: every path goes to the LiteLLM target group. */
  record Route(String logicalId, int priority, String pathPattern) {}

  /** The architecture guide's listener rules, in priority order. */
  static final List<Route> ROUTES =
      List.of(
          new Route("ApiRule", 10, "/v1/*"),
          new Route("HealthRule", 20, "/health"),
          new Route("UiRule", 30, "/ui/*"),
          new Route("CatchAllRule", 100, "/*"));

  static final Parameter ENVIRONMENT = EnvironmentParameter.create();

  static final Parameter IDLE_TIMEOUT =
      Parameter.builder()
          .logicalId("IdleTimeoutSeconds")
          .label("Idle timeout (seconds)")
          .description("Seconds a connection may carry no data before the ALB closes it; "
              + "longer than LiteLLM's request timeout (" + ProxyConfig.REQUEST_TIMEOUT_SECONDS
              + " s), so at least " + MIN_IDLE_TIMEOUT_SECONDS)
          .type(ParameterType.NUMBER)
          .defaultValue(String.valueOf(DEFAULTS.albIdleTimeoutSeconds()))
          .minValue(BigDecimal.valueOf(MIN_IDLE_TIMEOUT_SECONDS))
          .maxValue(BigDecimal.valueOf(MAX_IDLE_TIMEOUT_SECONDS))
          .build();

  static final Parameter DEREGISTRATION_DELAY =
      Parameter.builder()
          .logicalId("DeregistrationDelaySeconds")
          .label("Deregistration delay (seconds)")
          .description("How long a task being replaced keeps serving its requests in flight; at"
              + " least LiteLLM's request timeout, so deploys and scale-in cut no call")
          .type(ParameterType.NUMBER)
          .defaultValue(String.valueOf(DEFAULTS.albDeregistrationDelaySeconds()))
          .minValue(BigDecimal.ZERO)
          .maxValue(BigDecimal.valueOf(3600))
          .build();

  static final Parameter DELETION_PROTECTION =
      Parameter.builder()
          .logicalId("DeletionProtection")
          .label("Deletion protection")
          .description("true refuses to delete the load balancer until this is set to false")
          .defaultValue(String.valueOf(DEFAULTS.albDeletionProtection()))
          .addAllowedValues("true", "false")
          .build();

  static final Parameter DOMAIN_NAME =
      Parameter.builder()
          .logicalId("DomainName")
          .label("Domain name")
          .description("Domain for HTTPS, e.g. llm.example.com; empty for HTTP on the ALB's own "
              + "name. Give HostedZoneId too")
          .defaultValue("")
          .allowedPattern(
              "^$|^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")
          .maxLength(253)
          .constraintDescription("empty, or a lower-case DNS name such as llm.example.com")
          .build();

  static final Parameter HOSTED_ZONE_ID =
      Parameter.builder()
          .logicalId("HostedZoneId")
          .label("Route 53 hosted zone id")
          .description("Public hosted zone of DomainName (certificate validation and alias "
              + "record); empty for HTTP only")
          .defaultValue("")
          .allowedPattern("^$|^Z[A-Z0-9]{1,31}$")
          .constraintDescription(
              "empty, or a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ")
          .build();

  static final Parameter ENABLE_WAF =
      Parameter.builder()
          .logicalId("EnableWaf")
          .label("Enable WAF")
          .description("true puts a WAF web ACL (per-IP rate limit, AWS common rule set) in front "
              + "of the ALB")
          .defaultValue(String.valueOf(DEFAULTS.waf()))
          .addAllowedValues("true", "false")
          .build();

  static final Parameter WAF_RATE_LIMIT =
      Parameter.builder()
          .logicalId("WafRateLimit")
          .label("WAF rate limit (requests per 5 minutes per IP)")
          .description("Requests one client IP may send in 5 minutes before WAF blocks it")
          .type(ParameterType.NUMBER)
          .defaultValue(String.valueOf(DEFAULTS.wafRateLimit()))
          .minValue(BigDecimal.valueOf(10))
          .maxValue(BigDecimal.valueOf(2_000_000_000L))
          .build();

  static final Parameter LOG_RETENTION =
      Parameter.builder()
          .logicalId("LogRetentionDays")
          .label("Log retention (days)")
          .description("Days the access logs (S3) and WAF logs (CloudWatch Logs) are kept")
          // a String: the emitter writes AllowedValues as strings (see the database stack)
          .defaultValue(String.valueOf(DEFAULTS.logRetentionDays()))
          .allowedValues(LogRetention.allowedValues())
          .build();

  static final Condition HAS_DOMAIN =
      Condition.of(
          "HasDomain",
          Fn.and(
              Fn.not(Fn.equalsTo(DOMAIN_NAME.ref(), Expr.of(""))),
              Fn.not(Fn.equalsTo(HOSTED_ZONE_ID.ref(), Expr.of("")))));

  static final Condition WAF_ENABLED =
      Condition.of("WafEnabled", Fn.equalsTo(ENABLE_WAF.ref(), Expr.of("true")));

  public AlbStack() {}

  @Override
  public String name() {
    return AlbExports.STACK;
  }

  @Override
  public Template template() {
    var t = Template.builder()
        .description("LiteLLM alb stack: internet-facing Application Load Balancer, target group "
            + "and path rules; HTTPS with an ACM certificate and Route 53 alias when a domain is "
            + "given; optional WAF");
    var env = t.add(ENVIRONMENT);
    t.add(Names.PREFIX);
    t.add(IDLE_TIMEOUT);
    t.add(DEREGISTRATION_DELAY);
    t.add(DELETION_PROTECTION);
    t.add(DOMAIN_NAME);
    t.add(HOSTED_ZONE_ID);
    t.add(ENABLE_WAF);
    t.add(WAF_RATE_LIMIT);
    t.add(LOG_RETENTION);
    t.addParameterGroups(
        ParameterGroup.of("Environment", ENVIRONMENT, Names.PREFIX),
        ParameterGroup.of("Load balancer", IDLE_TIMEOUT, DEREGISTRATION_DELAY,
            DELETION_PROTECTION),
        ParameterGroup.of("Custom domain (HTTPS)", DOMAIN_NAME, HOSTED_ZONE_ID),
        ParameterGroup.of("Web application firewall", ENABLE_WAF, WAF_RATE_LIMIT),
        ParameterGroup.of("Logs", LOG_RETENTION));
    var hasDomain = t.add(HAS_DOMAIN);
    var wafEnabled = t.add(WAF_ENABLED);

    var accessLogs = AccessLogs.add(t, env, LOG_RETENTION.ref());

    var loadBalancer = t.add(LoadBalancer.builder()
        .logicalId("LoadBalancer")
        .name(loadBalancerName(LOAD_BALANCER_SUFFIX))
        .type("application")
        .scheme("internet-facing")
        .ipAddressType("ipv4")
        .subnets(List.of(
            importFromNetwork(NetworkExports.PUBLIC_SUBNET_1_ID),
            importFromNetwork(NetworkExports.PUBLIC_SUBNET_2_ID)))
        .securityGroups(List.of(importFromNetwork(NetworkExports.ALB_SECURITY_GROUP_ID)))
        .loadBalancerAttributes(List.of(
            loadBalancerAttribute("idle_timeout.timeout_seconds", IDLE_TIMEOUT.ref()),
            loadBalancerAttribute("deletion_protection.enabled", DELETION_PROTECTION.ref()),
            // Malformed headers are a request-smuggling vector; LiteLLM needs none of them.
            loadBalancerAttribute("routing.http.drop_invalid_header_fields.enabled",
                Expr.of("true")),
            loadBalancerAttribute("access_logs.s3.enabled", Expr.of("true")),
            loadBalancerAttribute("access_logs.s3.bucket", accessLogs.bucket().ref())))
        // ELB checks that it can write to the bucket when the attribute is set
        .addDependsOn(accessLogs.policy())
        .tags(Tags.standard(env, AlbExports.STACK, LOAD_BALANCER_SUFFIX))
        .build());

    var targetGroup = t.add(TargetGroup.builder()
        .logicalId("TargetGroup")
        .name(loadBalancerName(TARGET_GROUP_SUFFIX))
        .port(SharedNames.CONTAINER_PORT)
        .protocol(HTTP)
        // Fargate tasks in awsvpc mode register by their own address
        .targetType("ip")
        .vpcId(importFromNetwork(NetworkExports.VPC_ID))
        .healthCheckEnabled(true)
        .healthCheckProtocol(HTTP)
        .healthCheckPath(SharedNames.HEALTH_CHECK_PATH)
        .healthCheckIntervalSeconds(HEALTH_CHECK_INTERVAL_SECONDS)
        .healthCheckTimeoutSeconds(HEALTH_CHECK_TIMEOUT_SECONDS)
        .healthyThresholdCount(HEALTHY_THRESHOLD)
        .unhealthyThresholdCount(UNHEALTHY_THRESHOLD)
        .matcher(TargetGroup.Matcher.builder().httpCode("200").build())
        .targetGroupAttributes(List.of(
            targetGroupAttribute("deregistration_delay.timeout_seconds",
                DEREGISTRATION_DELAY.ref()),
            // Streams hold a request open for minutes; round robin would pile them on one task.
            targetGroupAttribute("load_balancing.algorithm.type",
                Expr.of("least_outstanding_requests"))))
        .tags(Tags.standard(env, AlbExports.STACK, TARGET_GROUP_SUFFIX))
        .build());
    var forwardToLiteLlm = ListenerActions.forward(targetGroup.ref());

    // With DNS validation and the domain's hosted zone, CloudFormation writes the validation
    // CNAME itself and the stack waits until the certificate is issued, with no manual step.
    var certificate = t.add(Certificate.builder()
        .logicalId("Certificate")
        .condition(hasDomain)
        .domainName(DOMAIN_NAME.ref())
        .validationMethod("DNS")
        .domainValidationOptions(List.of(Certificate.DomainValidationOption.builder()
            .domainName(DOMAIN_NAME.ref())
            .hostedZoneId(HOSTED_ZONE_ID.ref())
            .build()))
        .tags(Tags.standard(env, AlbExports.STACK, CERTIFICATE_SUFFIX))
        .build());

    // Exactly one certificate and the TLS policy: further certificates would go in a
    // ListenerCertificate, and without SslPolicy the load balancer picks an older default.
    var httpsListener = t.add(Listener.builder()
        .logicalId("HttpsListener")
        .condition(hasDomain)
        .loadBalancerArn(loadBalancer.ref())
        .port(443)
        .protocol(HTTPS)
        .certificates(List.of(
            Listener.Certificate.builder().certificateArn(certificate.ref()).build()))
        .sslPolicy(TLS_POLICY)
        .defaultActions(List.of(NOT_FOUND))
        .build());

    // One listener whose action switches, not two on port 80: adding a domain later would
    // create the new listener before deleting the old one, and the port would collide.
    var httpListener = t.add(Listener.builder()
        .logicalId("HttpListener")
        .loadBalancerArn(loadBalancer.ref())
        .port(80)
        .protocol(HTTP)
        .defaultActions(List.of(
            Fn.ifThen(hasDomain, ListenerActions.redirectToHttps(), NOT_FOUND)))
        .metadata(Suppressions
            .packRules("Port 80 redirects to HTTPS wherever a domain is set (prod by default); an"
                    + " environment without one (staging as shipped) is not production and serves"
                    + " HTTP until domainName and hostedZoneId are set",
                "NIST.800.53.R5-ALBHttpToHttpsRedirection",
                "HIPAA.Security-ALBHttpToHttpsRedirection")
            .andPackRules("Port 80 carries no certificate by design: it redirects to the HTTPS"
                    + " listener, which uses the ACM certificate",
                "NIST.800.53.R5-ELBv2ACMCertificateRequired",
                "HIPAA.Security-ELBv2ACMCertificateRequired")
            .metadata())
        .build());

    // With TLS the rules must sit on HTTPS: on HTTP they would keep forwarding plain-text
    // requests and HTTPS requests would only ever reach the default action. Every rule also
    // matches the Host header, so only requests for this endpoint's own name reach the proxy:
    // a crafted Host (CVE-2026-49468, LiteLLM before 1.84.0, confused its auth checks) gets the
    // listener's fixed 404. Without a domain the name is the load balancer's own DNS name.
    Expr servingListener = Fn.ifThen(hasDomain, httpsListener.ref(), httpListener.ref());
    Expr servedHost = Fn.ifThen(hasDomain, DOMAIN_NAME.ref(), loadBalancer.attrDNSName());
    for (ListenerRule rule : routingRules(servingListener, servedHost, forwardToLiteLlm)) {
      t.add(rule);
    }

    t.add(RecordSet.builder()
        .logicalId("DnsRecord")
        .condition(hasDomain)
        .hostedZoneId(HOSTED_ZONE_ID.ref())
        .name(DOMAIN_NAME.ref())
        .type("A")
        // an alias, so no ResourceRecords and no TTL: Route 53 answers with the ALB's addresses
        .aliasTarget(RecordSet.AliasTarget.builder()
            .dnsName(loadBalancer.attrDNSName())
            .hostedZoneId(loadBalancer.attrCanonicalHostedZoneID())
            // the ALB's own health checks already keep traffic off unhealthy targets
            .evaluateTargetHealth(false)
            .build())
        .build());

    var webAcl = t.add(webAcl(env, wafEnabled));
    t.add(WebACLAssociation.builder()
        .logicalId("WebAclAssociation")
        .condition(wafEnabled)
        .resourceArn(loadBalancer.ref())
        .webACLArn(webAcl.attrArn())
        .build());
    WafLogs.add(t, env, wafEnabled, webAcl, LOG_RETENTION.ref(),
        Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX)));

    export(t, AlbExports.LOAD_BALANCER_ARN, "ARN of the load balancer", loadBalancer.ref());
    export(t, AlbExports.LOAD_BALANCER_DNS_NAME, "DNS name of the load balancer",
        loadBalancer.attrDNSName());
    export(t, AlbExports.LOAD_BALANCER_FULL_NAME, "LoadBalancer dimension of ALB metrics",
        loadBalancer.attrLoadBalancerFullName());
    export(t, AlbExports.HTTP_LISTENER_ARN, "ARN of the port-80 listener", httpListener.ref());
    export(t, AlbExports.SERVING_LISTENER_ARN,
        "ARN of the listener that forwards to LiteLLM (HTTPS with a domain, else HTTP)",
        servingListener);
    export(t, AlbExports.TARGET_GROUP_ARN, "ARN of the LiteLLM target group", targetGroup.ref());
    export(t, AlbExports.TARGET_GROUP_FULL_NAME, "TargetGroup dimension of ALB metrics",
        targetGroup.attrTargetGroupFullName());
    export(t, AlbExports.ENDPOINT_URL, "URL clients call LiteLLM at",
        Fn.ifThen(hasDomain,
            Fn.sub("https://", DOMAIN_NAME),
            Fn.sub("http://", loadBalancer.attrDNSName())));
    return t.build();
  }

  @Override
  public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(Names.PREFIX, environment.namePrefix());
    values.put(IDLE_TIMEOUT, String.valueOf(environment.albIdleTimeoutSeconds()));
    values.put(DEREGISTRATION_DELAY, String.valueOf(environment.albDeregistrationDelaySeconds()));
    values.put(DELETION_PROTECTION, String.valueOf(environment.albDeletionProtection()));
    values.put(DOMAIN_NAME, environment.domainName().orElse(""));
    values.put(HOSTED_ZONE_ID, environment.hostedZoneId().orElse(""));
    values.put(ENABLE_WAF, String.valueOf(environment.waf()));
    values.put(WAF_RATE_LIMIT, String.valueOf(environment.wafRateLimit()));
    values.put(LOG_RETENTION, String.valueOf(environment.logRetentionDays()));
    return values;
  }

  /** Load balancer and target group names, which AWS limits to 32 characters. */
  static Expr loadBalancerName(String suffix) {
    return Names.of(suffix, Names.LOAD_BALANCER_LIMIT);
  }

  /**
   * The listener rules of {@link #ROUTES}, all on one listener, for one host name and with one
   * action.
   */
  static List<ListenerRule> routingRules(
      Expr listenerArn, Expr hostName, ListenerRule.Action action) {
    List<ListenerRule> rules = new ArrayList<>();
    for (Route route : ROUTES) {
      rules.add(ListenerRule.builder()
          .logicalId(route.logicalId())
          .listenerArn(listenerArn)
          .priority(route.priority())
          .conditions(List.of(
              ListenerActions.pathPattern(route.pathPattern()),
              ListenerActions.hostHeader(hostName)))
          .actions(List.of(action))
          .build());
    }
    return rules;
  }

  private static WebACL webAcl(Parameter env, Condition wafEnabled) {
    WebACL.Rule rateLimit = WebAclRules.rateLimit("RateLimitPerIp", 10, WAF_RATE_LIMIT.ref(),
        "IP", 300, metrics(env, "-litellm-waf-rate-limit"));
    WebACL.Rule commonRules = WebAclRules.managedRuleGroup("AWS", COMMON_RULE_SET, 20,
        BODY_RULES_COUNTED, metrics(env, "-litellm-waf-common"));
    return WebACL.builder()
        .logicalId("WebAcl")
        .condition(wafEnabled)
        .name(Names.of(WEB_ACL_SUFFIX, WAF_NAME_LIMIT))
        .description("Per-IP rate limit and AWS common rule set in front of the LiteLLM ALB")
        .scope(WebACL.SCOPE_REGIONAL)
        .defaultAction(WebAclRules.allowByDefault())
        .rules(List.of(rateLimit, commonRules))
        .visibilityConfig(metrics(env, WEB_ACL_SUFFIX))
        .tags(Tags.standard(env, AlbExports.STACK, WEB_ACL_SUFFIX))
        .build();
  }

  private static WebACL.VisibilityConfig metrics(Parameter env, String metricSuffix) {
    return WebAclRules.metrics(Names.of(metricSuffix, WAF_NAME_LIMIT));
  }

  /** Always a string to CloudFormation, also for numbers and booleans. */
  private static LoadBalancer.LoadBalancerAttribute loadBalancerAttribute(String key, Expr value) {
    return LoadBalancer.LoadBalancerAttribute.builder().key(key).value(value).build();
  }

  /** Always a string to CloudFormation, also for numbers and booleans. */
  private static TargetGroup.TargetGroupAttribute targetGroupAttribute(String key, Expr value) {
    return TargetGroup.TargetGroupAttribute.builder().key(key).value(value).build();
  }

  private static Expr importFromNetwork(ExportName export) {
    return Fn.importValue(export.in(Names.PREFIX));
  }

  private static void export(Template.Builder t, ExportName name, String description, Expr value) {
    t.add(Output.builder()
        .logicalId(name.name())
        .description(description)
        .value(value)
        .export(name)
        .build());
  }
}
