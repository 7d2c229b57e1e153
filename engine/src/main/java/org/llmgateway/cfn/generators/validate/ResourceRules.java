package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmgateway.cfn.generators.environment.FargateSizes;
import org.llmgateway.cfn.generators.validate.Literals.Located;

/**
 * Resource-specific rules (LCF3xx): what a provider schema cannot say (a Fargate CPU and memory
 * pair, a policy document's grammar, the instance classes of an RDS engine) or what the bundled
 * schema snapshot does not say (a port's range, a CIDR's form, a listener rule's priority). Ranges,
 * allowed values and CIDR properties come from resource-rules.json, each entry with its source;
 * the rules written here name theirs. Only literal values are judged, both branches of an Fn::If.
 */
final class ResourceRules {

  private static final String LOAD_BALANCER = "AWS::ElasticLoadBalancingV2::LoadBalancer";

  /** CreateListener in the ELBv2 API reference (checked 2026-12-01). */
  private static final Map<String, Set<String>> LISTENER_PROTOCOLS = Map.of(
      "application", Set.of("HTTP", "HTTPS"),
      "network", Set.of("TCP", "TLS", "UDP", "TCP_UDP", "QUIC", "TCP_QUIC"),
      "gateway", Set.of("GENEVE"));

  /** The log drivers Fargate runs (CloudFormation's LogConfiguration page, checked 2026-12-01). */
  private static final Set<String> FARGATE_LOG_DRIVERS = Set.of("awslogs", "splunk",
      "awsfirelens");

  /**
   * What EC2 accepts in a security group's description: 1-255 of a-z, A-Z, 0-9, spaces and
   * ._-:/()#,@[]+=&;{}!$* (CreateSecurityGroup, checked 2026-12-01).
   */
  private static final Pattern GROUP_DESCRIPTION =
      Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]{1,255}");

  /**
   * A rule's description: at most 255 of the same characters (IpRange and Ipv6Range Description
   * in the EC2 API reference, checked 2026-12-01; older versions of it did not allow {@code &}).
   */
  private static final Pattern RULE_DESCRIPTION =
      Pattern.compile("[a-zA-Z0-9 ._\\-:/()#,@\\[\\]+=&;{}!$*]{0,255}");

  /** The peers of a rule: an address block, a prefix list or a group (SecurityGroupIngress). */
  private static final List<String> INBOUND_PEERS = List.of("CidrIp", "CidrIpv6",
      "SourcePrefixListId", "SourceSecurityGroupId", "SourceSecurityGroupName");
  private static final List<String> OUTBOUND_PEERS = List.of("CidrIp", "CidrIpv6",
      "DestinationPrefixListId", "DestinationSecurityGroupId");

  /** The targets AWS::EC2::Route takes; CreateRoute takes exactly one (checked 2026-12-01). */
  private static final List<String> ROUTE_TARGETS = List.of("CarrierGatewayId", "CoreNetworkArn",
      "EgressOnlyInternetGatewayId", "GatewayId", "InstanceId", "LocalGatewayId",
      "NatGatewayId", "NetworkInterfaceId", "OdbNetworkArn", "TransitGatewayId", "VpcEndpointId",
      "VpcPeeringConnectionId");
  /** FixedResponseActionConfig in the ELBv2 API reference (checked 2026-12-01). */
  private static final int FIXED_RESPONSE_BODY_LIMIT = 1024;

  private static final Pattern IPV4_CIDR =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
  private static final Pattern IPV6_CIDR =
      Pattern.compile("([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)/(\\d{1,3})");
  private static final Pattern VCPU = Pattern.compile("(?i)\\s*([0-9.]+)\\s*vcpu\\s*");
  private static final Pattern GB = Pattern.compile("(?i)\\s*([0-9.]+)\\s*gb\\s*");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ResourceRules() {}

  static List<Finding> check(TemplateContext template) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : template.resources().entrySet()) {
      JsonNode properties = entry.getValue().path("Properties");
      if (properties.isObject()) {
        new ResourceCheck(template, entry.getKey(), entry.getValue().path("Type").asText(""),
            properties, findings).run();
      }
    }
    return findings;
  }

  private record ResourceCheck(TemplateContext template, String id, String type,
      JsonNode properties, List<Finding> findings) {

    void run() {
      ResourceRuleData data = ResourceRuleData.get();
      data.ranges(type).forEach(this::range);
      data.enums(type).forEach(this::allowed);
      data.cidrPaths(type).forEach(this::cidr);
      PolicyRules.check(type, properties, (path, reason) -> add(Rule.IAM_POLICY, path, reason));
      switch (type) {
        case "AWS::ECS::TaskDefinition" -> taskDefinition();
        case "AWS::RDS::DBInstance" -> {
          dbInstance();
          rdsWindows();
          masterPassword();
        }
        case "AWS::ElasticLoadBalancingV2::Listener" -> {
          listener();
          listenerActions("DefaultActions/*");
        }
        case "AWS::ElasticLoadBalancingV2::TargetGroup" -> healthCheckTimeout();
        case LOAD_BALANCER -> loadBalancerSubnets();
        case "AWS::EC2::SecurityGroup" -> {
          for (String direction : List.of("SecurityGroupIngress", "SecurityGroupEgress")) {
            boolean inbound = direction.equals("SecurityGroupIngress");
            Literals.at(properties, direction + "/*").forEach(rule -> {
              securityGroupRule(rule.value(), rule.path());
              securityGroupPeer(rule.value(), rule.path(), inbound);
              ruleDescription(rule.value(), rule.path());
            });
          }
          groupDescription();
        }
        case "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress" -> {
          securityGroupRule(properties, "");
          securityGroupPeer(properties, "", type.endsWith("Ingress"));
          ruleDescription(properties, "");
        }
        case "AWS::EC2::Route" -> exactlyOne(Rule.ROUTE_TARGET, ROUTE_TARGETS, "a route");
        case "AWS::EC2::VPCGatewayAttachment" -> exactlyOne(Rule.GATEWAY_ATTACHMENT,
            List.of("InternetGatewayId", "VpnGatewayId"), "a gateway attachment");
        case "AWS::EC2::VPCEndpoint" -> vpcEndpointShape();
        case "AWS::KMS::Key" -> keyRotation();
        case "AWS::KMS::Alias" -> aliasName();
        case "AWS::SecretsManager::Secret" -> secretValue();
        case "AWS::CloudWatch::Alarm" -> alarmPeriod();
        case "AWS::ECS::Service" -> ecsService();
        case "AWS::ApplicationAutoScaling::ScalingPolicy" -> scalingPolicy();
        case "AWS::ECR::Repository" -> ecrEncryption();
        case "AWS::RDS::DBSubnetGroup" -> atLeastTwo("SubnetIds", Rule.DB_SUBNET_GROUP,
            "a DB subnet group needs subnets in at least 2 Availability Zones");
        case "AWS::ElasticLoadBalancingV2::ListenerRule" -> {
          ruleConditions();
          listenerActions("Actions/*");
        }
        case "AWS::Route53::RecordSet" -> recordSetTarget();
        case "AWS::CertificateManager::Certificate" -> certificateValidation();
        case "AWS::Lambda::Function" -> lambdaCode();
        case "AWS::WAFv2::WebACL", "AWS::WAFv2::RuleGroup" -> wafRules();
        default -> { }
      }
    }

    private void add(Rule rule, String path, String reason) {
      findings.add(template.finding(rule, id, Pointer.of("Resources", id, "Properties") + path,
          reason));
    }

    private static String name(String path) {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    private void range(ResourceRuleData.Range range) {
      for (String path : range.paths()) {
        for (Located value : Literals.at(properties, path)) {
          OptionalLong number = Literals.integer(value.value());
          if (number.isPresent()
              && (number.getAsLong() < range.minimum() || number.getAsLong() > range.maximum())) {
            add(range.rule(), value.path(), name(path) + " " + number.getAsLong()
                + " is outside " + range.minimum() + "-" + range.maximum());
          }
        }
      }
    }

    private void allowed(ResourceRuleData.Allowed allowed) {
      for (String path : allowed.paths()) {
        for (Located value : Literals.at(properties, path)) {
          if (!value.value().isTextual()) {
            continue;
          }
          String text = value.value().asText();
          boolean known = allowed.ignoreCase()
              ? allowed.values().stream().anyMatch(text::equalsIgnoreCase)
              : allowed.values().contains(text);
          if (!known) {
            add(allowed.rule(), value.path(), name(path) + " '" + text + "' is not one of "
                + allowed.values());
          }
        }
      }
    }

    private void cidr(String path) {
      boolean ipv6 = path.contains("Ipv6");
      for (Located value : Literals.at(properties, path)) {
        if (value.value().isTextual() && !(ipv6 ? isIpv6Cidr(value.value().asText())
            : isIpv4Cidr(value.value().asText()))) {
          add(Rule.CIDR, value.path(), "'" + value.value().asText() + "' is not an "
              + (ipv6 ? "IPv6 CIDR block (address/0-128)"
                  : "IPv4 CIDR block (a.b.c.d/n, each part 0-255, n 0-32)"));
        }
      }
    }

    /** Fargate runs only some CPU and memory pairs, and only three log drivers. */
    private void taskDefinition() {
      boolean fargate = Literals.at(properties, "RequiresCompatibilities/*").stream()
          .anyMatch(c -> c.value().asText().equals("FARGATE"));
      essentialContainer();
      containers();
      if (!fargate) {
        return;
      }
      // Fargate gives every task its own network interface; no other mode runs there
      JsonNode mode = properties.path("NetworkMode");
      if (mode.isMissingNode() || mode.isTextual() && !mode.asText().equals("awsvpc")) {
        add(Rule.ECS_TASK, mode.isMissingNode() ? "/RequiresCompatibilities" : "/NetworkMode",
            "Fargate tasks need NetworkMode awsvpc");
      }
      for (Located cpu : Literals.at(properties, "Cpu")) {
        for (Located memory : Literals.at(properties, "Memory")) {
          fargateSize(cpu, memory);
        }
      }
      for (Located driver : Literals.at(properties,
          "ContainerDefinitions/*/LogConfiguration/LogDriver")) {
        String text = driver.value().asText();
        boolean knownToEcs = ResourceRuleData.get().enums(type).stream()
            .anyMatch(a -> a.values().contains(text));
        if (knownToEcs && !FARGATE_LOG_DRIVERS.contains(text)) {
          add(Rule.ECS_LOG_DRIVER, driver.path(), "LogDriver '" + text
              + "' does not run on Fargate, which takes " + new TreeSet<>(FARGATE_LOG_DRIVERS));
        }
      }
    }

    private void fargateSize(Located cpu, Located memory) {
      long cpuUnits = units(cpu.value(), VCPU);
      long memoryMb = units(memory.value(), GB);
      if (cpuUnits < 0 || memoryMb < 0 || FargateSizes.isValid((int) cpuUnits, (int) memoryMb)) {
        return;
      }
      List<Long> memories = new ArrayList<>();
      for (long mb = 512; mb <= 122880; mb += 512) {
        if (FargateSizes.isValid((int) cpuUnits, (int) mb)) {
          memories.add(mb);
        }
      }
      add(Rule.FARGATE_CPU_MEMORY, memory.path(), memories.isEmpty()
          ? "Fargate has no task size of " + cpuUnits + " CPU units (256, 512, 1024, 2048, 4096, "
              + "8192, 16384)"
          : "Fargate has no task size of " + cpuUnits + " CPU units with " + memoryMb
              + " MiB; " + cpuUnits + " CPU units take " + describe(memories));
    }

    /** CPU units or MiB, from a number or from "0.5 vCPU" / "2 GB"; -1 when not a literal size. */
    private static long units(JsonNode value, Pattern scaled) {
      OptionalLong number = Literals.integer(value);
      if (number.isPresent()) {
        return number.getAsLong() > 0 && number.getAsLong() < Integer.MAX_VALUE
            ? number.getAsLong() : -1;
      }
      Matcher matcher = scaled.matcher(value.asText());
      if (value.isTextual() && matcher.matches()) {
        try {
          return Math.round(Double.parseDouble(matcher.group(1)) * 1024);
        } catch (NumberFormatException e) {
          return -1;
        }
      }
      return -1;
    }

    private static String describe(List<Long> values) {
      long step = values.size() > 1 ? values.get(1) - values.get(0) : 0;
      boolean even = true;
      for (int i = 1; i < values.size(); i++) {
        even &= values.get(i) - values.get(i - 1) == step;
      }
      if (even && values.size() > 3) {
        return values.get(0) + " to " + values.get(values.size() - 1) + " MiB in steps of "
            + step;
      }
      List<String> texts = values.stream().map(String::valueOf).toList();
      return String.join(", ", texts.subList(0, texts.size() - 1)) + " or "
          + texts.get(texts.size() - 1) + " MiB";
    }

    /** ECS refuses a task definition none of whose containers is essential (the default). */
    private void essentialContainer() {
      JsonNode containers = properties.path("ContainerDefinitions");
      if (!containers.isArray() || containers.isEmpty()) {
        return;
      }
      for (JsonNode container : containers) {
        JsonNode essential = container.path("Essential");
        if (!(essential.isBoolean() || essential.isTextual())
            || !essential.asText().equalsIgnoreCase("false")) {
          return;
        }
      }
      add(Rule.ESSENTIAL_CONTAINER, "/ContainerDefinitions",
          "a task definition needs at least one essential container");
    }

    /**
     * A task runs at least one container; a variable set twice (plainly, or as a secret too)
     * leaves which value wins to ECS; a health check runs CMD or CMD-SHELL and times out before
     * the next one is due.
     */
    private void containers() {
      JsonNode containers = properties.path("ContainerDefinitions");
      if (containers.isMissingNode() || containers.isArray() && containers.isEmpty()) {
        add(Rule.ECS_TASK, containers.isMissingNode() ? "" : "/ContainerDefinitions",
            "a task definition needs at least one container");
        return;
      }
      for (int i = 0; i < containers.size(); i++) {
        JsonNode container = containers.path(i);
        String at = "/ContainerDefinitions/" + i;
        Set<String> names = new java.util.HashSet<>();
        for (String list : List.of("Environment", "Secrets")) {
          for (Located name : Literals.at(container, list + "/*/Name")) {
            if (name.value().isTextual() && !names.add(name.value().asText())) {
              add(Rule.ECS_TASK, at + name.path(), "variable " + name.value().asText()
                  + " is set twice" + (list.equals("Secrets") ? " (as a secret and again)" : ""));
            }
          }
        }
        JsonNode command = container.at("/HealthCheck/Command/0");
        if (command.isTextual() && !List.of("CMD", "CMD-SHELL").contains(command.asText())) {
          add(Rule.ECS_TASK, at + "/HealthCheck/Command/0", "a health check command starts "
              + "with CMD or CMD-SHELL, not '" + command.asText() + "'");
        }
        OptionalLong timeout = Literals.integer(container.at("/HealthCheck/Timeout"));
        OptionalLong interval = Literals.integer(container.at("/HealthCheck/Interval"));
        if (timeout.isPresent() && interval.isPresent()
            && timeout.getAsLong() >= interval.getAsLong()) {
          add(Rule.ECS_TASK, at + "/HealthCheck/Timeout", "health check Timeout "
              + timeout.getAsLong() + " must be shorter than Interval " + interval.getAsLong());
        }
      }
    }

    /**
     * A launch type overrides the capacity provider strategy (ECS ignores the providers); a
     * deployment needs room above the healthy minimum to start a new task; a grace period only
     * means something for load balancer health checks.
     */
    private void ecsService() {
      if (properties.has("LaunchType") && isSet(properties.path("CapacityProviderStrategy"))) {
        add(Rule.ECS_SERVICE, "/LaunchType", "LaunchType and CapacityProviderStrategy exclude "
            + "each other; ECS would ignore the capacity providers");
      }
      OptionalLong maximum =
          Literals.integer(properties.at("/DeploymentConfiguration/MaximumPercent"));
      OptionalLong minimum =
          Literals.integer(properties.at("/DeploymentConfiguration/MinimumHealthyPercent"));
      if (maximum.isPresent() && minimum.isPresent()
          && maximum.getAsLong() <= minimum.getAsLong()) {
        add(Rule.ECS_SERVICE, "/DeploymentConfiguration/MaximumPercent", "MaximumPercent "
            + maximum.getAsLong() + " must exceed MinimumHealthyPercent " + minimum.getAsLong()
            + " or a deployment cannot start a new task");
      }
      for (Located grace : Literals.at(properties, "HealthCheckGracePeriodSeconds")) {
        OptionalLong seconds = Literals.integer(grace.value());
        if (seconds.isPresent() && seconds.getAsLong() < 0) {
          add(Rule.ECS_SERVICE, grace.path(), "HealthCheckGracePeriodSeconds "
              + seconds.getAsLong() + " must not be negative");
        }
      }
      if (properties.has("HealthCheckGracePeriodSeconds")
          && !isSet(properties.path("LoadBalancers"))) {
        add(Rule.ECS_SERVICE, "/HealthCheckGracePeriodSeconds", "HealthCheckGracePeriodSeconds "
            + "only applies to a service with a load balancer");
      }
      JsonNode subnets = properties.at("/NetworkConfiguration/AwsvpcConfiguration/Subnets");
      if (subnets.isArray() && subnets.isEmpty()) {
        add(Rule.ECS_SERVICE, "/NetworkConfiguration/AwsvpcConfiguration/Subnets",
            "AwsvpcConfiguration needs at least one subnet");
      }
    }

    /** Present and not an empty list. */
    private static boolean isSet(JsonNode value) {
      return !value.isMissingNode() && !(value.isArray() && value.isEmpty());
    }

    /** A target tracking configuration belongs to a target tracking policy, and only to one. */
    private void scalingPolicy() {
      JsonNode type = properties.path("PolicyType");
      boolean configured = properties.has("TargetTrackingScalingPolicyConfiguration");
      if (type.isTextual() && type.asText().equals("TargetTrackingScaling") != configured) {
        add(Rule.SCALING_POLICY, "/PolicyType", "TargetTrackingScalingPolicyConfiguration goes "
            + "with PolicyType TargetTrackingScaling, and only with it");
      }
      JsonNode target = properties.at("/TargetTrackingScalingPolicyConfiguration/TargetValue");
      if (target.isNumber() && target.decimalValue().signum() <= 0) {
        add(Rule.SCALING_POLICY, "/TargetTrackingScalingPolicyConfiguration/TargetValue",
            "TargetValue " + target.asText() + " must be positive");
      }
    }

    /** AES256 is S3-managed encryption: a KMS key means nothing to it. */
    private void ecrEncryption() {
      JsonNode type = properties.at("/EncryptionConfiguration/EncryptionType");
      if (properties.at("/EncryptionConfiguration").has("KmsKey") && type.isTextual()
          && type.asText().equals("AES256")) {
        add(Rule.ECR_ENCRYPTION, "/EncryptionConfiguration/KmsKey", "KmsKey needs "
            + "EncryptionType KMS or KMS_DSSE, not AES256");
      }
    }

    private void dbInstance() {
      JsonNode engineNode = properties.path("Engine");
      // an engine behind a Ref, or a cluster member's unstated one, may be any engine
      String engine = engineNode.isTextual() ? engineNode.asText().toLowerCase(Locale.ROOT) : null;
      Set<String> classes = ResourceRuleData.rdsInstanceClasses(engine);
      if (classes != null) {
        for (Located instanceClass : Literals.at(properties, "DBInstanceClass")) {
          String text = instanceClass.value().asText();
          if (instanceClass.value().isTextual() && !classes.contains(text)) {
            add(Rule.RDS_INSTANCE_CLASS, instanceClass.path(), "'" + text + "' is not a DB "
                + "instance class of " + (engine == null ? "any engine" : "engine '" + engine + "'")
                + " in any region");
          }
        }
      }
      boolean restored = properties.has("DBClusterIdentifier")
          || properties.has("SourceDBInstanceIdentifier") || properties.has("DBSnapshotIdentifier");
      JsonNode encrypted = properties.path("StorageEncrypted");
      if (properties.has("KmsKeyId") && !restored
          && (encrypted.isMissingNode() || encrypted.asText().equalsIgnoreCase("false"))) {
        add(Rule.RDS_KMS_ENCRYPTION, "/KmsKeyId",
            "KmsKeyId is only used with StorageEncrypted: true");
      }
    }

    private void listener() {
      String loadBalancerType = loadBalancerType(properties.path("LoadBalancerArn"));
      Set<String> allowed = loadBalancerType == null ? null
          : LISTENER_PROTOCOLS.get(loadBalancerType);
      Set<String> any = new TreeSet<>();
      LISTENER_PROTOCOLS.values().forEach(any::addAll);
      for (Located protocol : Literals.at(properties, "Protocol")) {
        String text = protocol.value().asText();
        boolean fits = allowed != null ? allowed.contains(text) : any.contains(text);
        if (allowed != null && !allowed.contains(text)) {
          add(Rule.LISTENER_PROTOCOL, protocol.path(), "Protocol '" + text + "' is not one of "
              + new TreeSet<>(allowed) + " for a listener of "
              + (loadBalancerType.equals("application") ? "an " : "a ") + loadBalancerType
              + " load balancer");
        } else if (allowed == null && !any.contains(text)) {
          add(Rule.LISTENER_PROTOCOL, protocol.path(), "Protocol '" + text + "' is not one of "
              + any);
        }
        if ((text.equals("HTTPS") || text.equals("TLS")) && !properties.has("Certificates")) {
          add(Rule.HTTPS_CERTIFICATE, protocol.path(), "a " + text
              + " listener needs Certificates");
        }
        boolean tls = text.equals("HTTPS") || text.equals("TLS");
        for (String setting : List.of("Certificates", "SslPolicy")) {
          // a protocol that does not fit is LCF307's one finding; its TLS settings wait for it
          if (fits && !tls && present(properties.path(setting))) {
            add(Rule.LISTENER_TLS_ONLY, "/" + setting, "a " + text + " listener takes no "
                + setting + "; only HTTPS and TLS listeners do");
          }
        }
      }
    }

    /** The Type of the load balancer a Ref names in this template, null when not known here. */
    private String loadBalancerType(JsonNode arn) {
      String target = arn.path("Ref").asText("");
      JsonNode balancer = template.resources().get(target);
      if (balancer == null || !LOAD_BALANCER.equals(balancer.path("Type").asText())) {
        return null;
      }
      JsonNode type = balancer.path("Properties").path("Type");
      return type.isMissingNode() ? "application" : type.isTextual() ? type.asText() : null;
    }

    /** The load balancer refuses a health check that times out after its next one is due. */
    private void healthCheckTimeout() {
      for (Located timeout : Literals.at(properties, "HealthCheckTimeoutSeconds")) {
        for (Located interval : Literals.at(properties, "HealthCheckIntervalSeconds")) {
          OptionalLong seconds = Literals.integer(timeout.value());
          OptionalLong every = Literals.integer(interval.value());
          if (seconds.isPresent() && every.isPresent()
              && seconds.getAsLong() >= every.getAsLong()) {
            add(Rule.HEALTH_CHECK, timeout.path(), "HealthCheckTimeoutSeconds "
                + seconds.getAsLong() + " must be less than HealthCheckIntervalSeconds "
                + every.getAsLong());
          }
        }
      }
    }

    private void loadBalancerSubnets() {
      JsonNode type = properties.path("Type");
      JsonNode subnets = properties.path("Subnets");
      if ((type.isMissingNode() || type.asText().equals("application"))
          && !properties.has("SubnetMappings") && subnets.isArray()) {
        long count = 0;
        for (JsonNode subnet : subnets) {
          count += Intrinsics.isNoValue(subnet) ? 0 : 1;
        }
        if (count < 2) {
          add(Rule.ALB_SUBNETS, "/Subnets", "an application load balancer needs subnets in at "
              + "least 2 Availability Zones; " + count + " given");
        }
      }
    }

    /**
     * Ports of one security group rule, as EC2 reads them for its protocol: TCP and UDP ports
     * 0-65535, ICMP types and codes 0-255, -1 for all (both or neither).
     */
    private void securityGroupRule(JsonNode rule, String at) {
      if (!rule.isObject()) {
        return;
      }
      String protocol = rule.path("IpProtocol").asText("").toLowerCase(Locale.ROOT);
      long highest = switch (protocol) {
        case "tcp", "udp", "6", "17" -> 65535;
        case "icmp", "icmpv6", "1", "58" -> 255;
        default -> -2;
      };
      if (highest == -2) {
        return;
      }
      List<Located> from = Literals.at(rule, "FromPort");
      List<Located> to = Literals.at(rule, "ToPort");
      if (highest == 65535 && (!rule.has("FromPort") || !rule.has("ToPort"))) {
        add(Rule.SECURITY_GROUP_PORTS, at, "IpProtocol " + protocol
            + " needs both FromPort and ToPort");
      }
      for (Located port : concat(from, to)) {
        OptionalLong number = Literals.integer(port.value());
        if (number.isPresent() && (number.getAsLong() < -1 || number.getAsLong() > highest)) {
          add(Rule.PORT_RANGE, at + port.path(), name(port.path()) + " "
              + number.getAsLong() + " is outside -1-" + highest + " for IpProtocol "
              + protocol);
        }
      }
      for (Located first : from) {
        for (Located last : to) {
          OptionalLong low = Literals.integer(first.value());
          OptionalLong high = Literals.integer(last.value());
          if (low.isEmpty() || high.isEmpty()) {
            continue;
          }
          if ((low.getAsLong() == -1) != (high.getAsLong() == -1)) {
            add(Rule.SECURITY_GROUP_PORTS, at + first.path(), "FromPort and ToPort are both -1 "
                + "(all) or neither");
          } else if (highest == 65535 && low.getAsLong() > high.getAsLong()) {
            add(Rule.SECURITY_GROUP_PORTS, at + first.path(), "FromPort " + low.getAsLong()
                + " is above ToPort " + high.getAsLong());
          }
        }
      }
    }

    /**
     * How many of the properties {@code node} surely has, and how many it may have: a value
     * that is an Fn::If with an AWS::NoValue branch may be absent.
     */
    private static int[] presence(JsonNode node, List<String> names) {
      int sure = 0;
      int maybe = 0;
      for (String name : names) {
        JsonNode value = node.get(name);
        if (value == null || Intrinsics.isNoValue(value)) {
          continue;
        }
        maybe++;
        JsonNode branches = value.get("Fn::If");
        boolean optional = branches != null && branches.isArray() && branches.size() == 3
            && (Intrinsics.isNoValue(branches.get(1)) || Intrinsics.isNoValue(branches.get(2)));
        sure += optional ? 0 : 1;
      }
      return new int[] {sure, maybe};
    }

    /** Exactly one of the properties, e.g. a route's one target; reported on the resource. */
    private void exactlyOne(Rule rule, List<String> names, String what) {
      exactlyOne(rule, properties, "", names, what);
    }

    /** Exactly one of the properties of {@code node}, reported at {@code at}. */
    private void exactlyOne(Rule rule, JsonNode node, String at, List<String> names, String what) {
      int[] count = presence(node, names);
      if (count[0] > 1 || count[1] == 0) {
        add(rule, at, what + " takes exactly one of " + String.join(", ", names) + ", not "
            + (count[1] == 0 ? 0 : count[0]));
      }
    }

    /**
     * EC2 takes one peer per rule: an address block, a prefix list or a group. The hand-written
     * types refused a rule with none or two; a rule with two is one permission too many to read.
     */
    private void securityGroupPeer(JsonNode rule, String at, boolean inbound) {
      if (!rule.isObject()) {
        return;
      }
      exactlyOne(Rule.SECURITY_GROUP_PEER, rule, at, inbound ? INBOUND_PEERS : OUTBOUND_PEERS,
          inbound ? "an inbound rule" : "an outbound rule");
    }

    private void groupDescription() {
      for (Located description : Literals.at(properties, "GroupDescription")) {
        if (description.value().isTextual()
            && !GROUP_DESCRIPTION.matcher(description.value().asText()).matches()) {
          add(Rule.SECURITY_GROUP_TEXT, description.path(), "GroupDescription '"
              + description.value().asText() + "' must be 1-255 of a-z, A-Z, 0-9, spaces and "
              + "._-:/()#,@[]+=&;{}!$*");
        }
      }
    }

    private void ruleDescription(JsonNode rule, String at) {
      if (!rule.isObject()) {
        return;
      }
      for (Located description : Literals.at(rule, "Description")) {
        if (description.value().isTextual()
            && !RULE_DESCRIPTION.matcher(description.value().asText()).matches()) {
          add(Rule.SECURITY_GROUP_TEXT, at + description.path(), "Description '"
              + description.value().asText() + "' is over 255 characters or has characters "
              + "EC2 refuses (it takes a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*)");
        }
      }
    }

    /**
     * A Gateway endpoint (the default type) is reached through route tables; an Interface one
     * through network interfaces in subnets, behind security groups, with private DNS.
     */
    private void vpcEndpointShape() {
      JsonNode type = properties.path("VpcEndpointType");
      String kind = type.isMissingNode() ? "Gateway" : type.isTextual() ? type.asText() : null;
      if ("Gateway".equals(kind)) {
        for (String name : List.of("SubnetIds", "SecurityGroupIds", "PrivateDnsEnabled")) {
          if (properties.has(name)) {
            add(Rule.VPC_ENDPOINT_SHAPE, "/" + name, "a Gateway endpoint takes RouteTableIds, "
                + "not " + name);
          }
        }
      } else if ("Interface".equals(kind) && properties.has("RouteTableIds")) {
        add(Rule.VPC_ENDPOINT_SHAPE, "/RouteTableIds",
            "an Interface endpoint takes SubnetIds, not RouteTableIds");
      }
    }

    /** A rotation period means nothing without rotation (the 90-2560 bounds are the schema's). */
    private void keyRotation() {
      if (!properties.has("RotationPeriodInDays")) {
        return;
      }
      JsonNode rotation = properties.path("EnableKeyRotation");
      if (rotation.isMissingNode() || rotation.asText().equalsIgnoreCase("false")) {
        add(Rule.KMS_KEY_ROTATION, "/RotationPeriodInDays",
            "RotationPeriodInDays needs EnableKeyRotation: true");
      }
    }

    /**
     * alias/aws/ is reserved for AWS managed keys. Judged on literals and on the literal text
     * of an Fn::Sub, since alias names are usually built from the environment's name.
     */
    private void aliasName() {
      JsonNode name = properties.path("AliasName");
      JsonNode sub = name.path("Fn::Sub");
      String text = name.isTextual() ? name.asText() : sub.isTextual() ? sub.asText()
          : sub.path(0).isTextual() ? sub.path(0).asText() : null;
      if (text != null && (!text.startsWith("alias/") || text.startsWith("alias/aws/"))) {
        add(Rule.KMS_ALIAS_NAME, "/AliasName", "AliasName '" + text
            + "' must start with alias/ and not with alias/aws/");
      }
    }

    /**
     * CloudFormation takes SecretString or GenerateSecretString, not both; with neither it makes
     * an empty secret, which nothing that reads the secret can use. A generated value under a
     * key of a JSON template needs both halves, a template that is a JSON object, and a key the
     * template does not already hold.
     */
    private void secretValue() {
      int[] count = presence(properties, List.of("SecretString", "GenerateSecretString"));
      if (count[0] > 1 || count[1] == 0) {
        add(Rule.SECRET_VALUE, "", "a secret takes exactly one of SecretString and "
            + "GenerateSecretString, not " + (count[1] == 0 ? 0 : count[0]));
      }
      JsonNode generator = properties.path("GenerateSecretString");
      if (!generator.isObject()) {
        return;
      }
      JsonNode template = generator.path("SecretStringTemplate");
      JsonNode key = generator.path("GenerateStringKey");
      if (template.isMissingNode() != key.isMissingNode()) {
        add(Rule.SECRET_VALUE, "/GenerateSecretString",
            "SecretStringTemplate and GenerateStringKey go together");
        return;
      }
      if (!template.isTextual()) {
        return;
      }
      JsonNode parsed;
      try {
        parsed = JSON.readTree(template.asText());
      } catch (JsonProcessingException e) {
        parsed = null;
      }
      if (parsed == null || !parsed.isObject()) {
        add(Rule.SECRET_VALUE, "/GenerateSecretString/SecretStringTemplate",
            "SecretStringTemplate must be a JSON object");
      } else if (key.isTextual() && parsed.has(key.asText())) {
        add(Rule.SECRET_VALUE, "/GenerateSecretString/SecretStringTemplate",
            "SecretStringTemplate already has the key '" + key.asText()
                + "' the generated value would go under");
      }
    }

    /** CloudWatch takes periods of 10, 20 or 30 seconds (high resolution) or whole minutes. */
    private void alarmPeriod() {
      for (Located period : Literals.at(properties, "Period")) {
        OptionalLong seconds = Literals.integer(period.value());
        if (seconds.isPresent() && !Set.of(10L, 20L, 30L).contains(seconds.getAsLong())
            && (seconds.getAsLong() <= 0 || seconds.getAsLong() % 60 != 0)) {
          add(Rule.ALARM_PERIOD, period.path(), "Period " + seconds.getAsLong()
              + " is not 10, 20, 30 or a multiple of 60");
        }
      }
    }

    /** Set, and not only to AWS::NoValue or an empty list. */
    private static boolean present(JsonNode value) {
      return !value.isMissingNode() && !Intrinsics.isNoValue(value)
          && !(value.isArray() && value.isEmpty());
    }

    private void atLeastTwo(String property, Rule rule, String reason) {
      JsonNode items = properties.path(property);
      if (!items.isArray()) {
        return;
      }
      long count = 0;
      for (JsonNode item : items) {
        count += Intrinsics.isNoValue(item) ? 0 : 1;
      }
      if (count < 2) {
        add(rule, "/" + property, reason + "; " + count + " given");
      }
    }

    private void rdsWindows() {
      List<Located> backups = Literals.at(properties, "PreferredBackupWindow");
      List<Located> maintenances = Literals.at(properties, "PreferredMaintenanceWindow");
      for (Located backup : backups) {
        window(backup, false);
      }
      for (Located maintenance : maintenances) {
        window(maintenance, true);
      }
      for (Located backup : backups) {
        for (Located maintenance : maintenances) {
          var daily = RdsWindows.daily(backup.value().asText());
          var weekly = RdsWindows.weekly(maintenance.value().asText());
          if (daily.isPresent() && weekly.isPresent()
              && RdsWindows.overlap(daily.get(), weekly.get())) {
            add(Rule.RDS_WINDOWS, backup.path(), "PreferredBackupWindow '"
                + backup.value().asText() + "' overlaps PreferredMaintenanceWindow '"
                + maintenance.value().asText() + "'; RDS refuses overlapping windows");
          }
        }
      }
    }

    private void window(Located window, boolean weekly) {
      String name = weekly ? "PreferredMaintenanceWindow" : "PreferredBackupWindow";
      String text = window.value().asText();
      var span = weekly ? RdsWindows.weekly(text) : RdsWindows.daily(text);
      if (span.isEmpty()) {
        add(Rule.RDS_WINDOWS, window.path(), name + " '" + text + "' must be "
            + (weekly ? "ddd:hh24:mi-ddd:hh24:mi in UTC, e.g. sun:04:00-sun:05:00"
                : "hh24:mi-hh24:mi in UTC, e.g. 03:00-04:00"));
      } else if (RdsWindows.tooShort(span.get(), weekly)) {
        add(Rule.RDS_WINDOWS, window.path(), name + " '" + text
            + "' is shorter than the 30 minutes RDS requires");
      }
    }

    /** RDS either keeps the master password in its own secret or takes the one given. */
    private void masterPassword() {
      boolean managed = Literals.at(properties, "ManageMasterUserPassword").stream()
          .anyMatch(m -> m.value().asText().equalsIgnoreCase("true"));
      if (managed && present(properties.path("MasterUserPassword"))) {
        add(Rule.RDS_MASTER_PASSWORD, "/MasterUserPassword", "MasterUserPassword and "
            + "ManageMasterUserPassword: true exclude each other");
      }
    }

    /** A condition's Field names the one config it reads; any other config is an error. */
    private void ruleConditions() {
      Map<String, String> configs = Map.of(
          "path-pattern", "PathPatternConfig", "host-header", "HostHeaderConfig",
          "http-header", "HttpHeaderConfig", "http-request-method", "HttpRequestMethodConfig",
          "query-string", "QueryStringConfig", "source-ip", "SourceIpConfig");
      for (Located condition : Literals.at(properties, "Conditions/*")) {
        JsonNode field = condition.value().path("Field");
        if (!field.isTextual() || !configs.containsKey(field.asText())) {
          continue;
        }
        for (String config : new TreeSet<>(configs.values())) {
          boolean own = config.equals(configs.get(field.asText()));
          if (!own && condition.value().has(config)) {
            add(Rule.RULE_CONDITION, condition.path() + "/" + config, "a " + field.asText()
                + " condition takes " + configs.get(field.asText()) + ", not " + config);
          }
        }
      }
    }

    /**
     * What the load balancer refuses in an action only when the stack deploys: a redirect is 301
     * or 302, a fixed response answers 2XX, 4XX or 5XX with at most 1024 characters.
     */
    private void listenerActions(String actions) {
      for (Located status : Literals.at(properties, actions + "/RedirectConfig/StatusCode")) {
        String text = status.value().asText();
        if (!text.equals("HTTP_301") && !text.equals("HTTP_302")) {
          add(Rule.LISTENER_ACTION, status.path(), "redirect StatusCode '" + text
              + "' is not HTTP_301 or HTTP_302");
        }
      }
      for (Located status : Literals.at(properties, actions + "/FixedResponseConfig/StatusCode")) {
        String text = status.value().asText();
        if (!text.matches("[245][0-9][0-9]")) {
          add(Rule.LISTENER_ACTION, status.path(), "fixed-response StatusCode '" + text
              + "' is not 2XX, 4XX or 5XX");
        }
      }
      for (Located body : Literals.at(properties, actions + "/FixedResponseConfig/MessageBody")) {
        int length = body.value().asText().length();
        if (length > FIXED_RESPONSE_BODY_LIMIT) {
          add(Rule.LISTENER_ACTION, body.path(), "fixed-response MessageBody has " + length
              + " characters; at most " + FIXED_RESPONSE_BODY_LIMIT);
        }
      }
    }

    private void recordSetTarget() {
      boolean alias = present(properties.path("AliasTarget"));
      boolean records = present(properties.path("ResourceRecords"));
      boolean ttl = present(properties.path("TTL"));
      if (alias && (records || ttl)) {
        add(Rule.RECORD_SET_TARGET, "/AliasTarget", "an alias record takes no ResourceRecords "
            + "and no TTL");
      } else if (!alias && records != ttl) {
        add(Rule.RECORD_SET_TARGET, records ? "/ResourceRecords" : "/TTL",
            "ResourceRecords and TTL go together (or AliasTarget instead of both)");
      } else if (!alias && !records) {
        add(Rule.RECORD_SET_TARGET, "", "a record set needs AliasTarget, or ResourceRecords "
            + "with a TTL");
      }
    }

    /** ACM writes validation records only into hosted zones, and only for DNS validation. */
    private void certificateValidation() {
      boolean zones = !Literals.at(properties, "DomainValidationOptions/*/HostedZoneId")
          .isEmpty();
      JsonNode method = properties.path("ValidationMethod");
      boolean dns = method.isTextual() && method.asText().equals("DNS");
      if (zones && !dns && !Intrinsics.function(method).isPresent()) {
        add(Rule.CERTIFICATE_VALIDATION, "/DomainValidationOptions", "DomainValidationOptions "
            + "with a HostedZoneId need ValidationMethod DNS (the default is EMAIL)");
      }
    }

    private void lambdaCode() {
      JsonNode code = properties.path("Code");
      if (!code.isObject()) {
        return;
      }
      List<String> sources = new ArrayList<>();
      for (String source : List.of("ZipFile", "S3Bucket", "ImageUri")) {
        if (present(code.path(source))) {
          sources.add(source);
        }
      }
      if (sources.size() != 1) {
        add(Rule.LAMBDA_CODE, "/Code", "Code needs exactly one of ZipFile, S3Bucket, ImageUri; "
            + (sources.isEmpty() ? "none" : String.join(" and ", sources)) + " given");
      }
    }

    /**
     * A rule over a rule group takes an OverrideAction, any other rule an Action; names and
     * priorities unique within the web ACL.
     */
    private void wafRules() {
      Set<String> names = new TreeSet<>();
      Set<Long> priorities = new TreeSet<>();
      for (Located rule : Literals.at(properties, "Rules/*")) {
        JsonNode statement = rule.value().path("Statement");
        boolean group = statement.has("ManagedRuleGroupStatement")
            || statement.has("RuleGroupReferenceStatement");
        boolean action = rule.value().has("Action");
        boolean override = rule.value().has("OverrideAction");
        if (statement.isObject() && (group ? action || !override : override || !action)) {
          add(Rule.WAF_RULES, rule.path(), "a rule over a rule group takes OverrideAction only, "
              + "any other rule Action only");
        }
        JsonNode name = rule.value().path("Name");
        if (name.isTextual() && !names.add(name.asText())) {
          add(Rule.WAF_RULES, rule.path() + "/Name", "rule name '" + name.asText()
              + "' is used twice");
        }
        OptionalLong priority = Literals.integer(rule.value().path("Priority"));
        if (priority.isPresent() && !priorities.add(priority.getAsLong())) {
          add(Rule.WAF_RULES, rule.path() + "/Priority", "rule priority "
              + priority.getAsLong() + " is used twice");
        }
        Set<String> overridden = new TreeSet<>();
        for (Located overriddenRule : Literals.at(statement,
            "ManagedRuleGroupStatement/RuleActionOverrides/*/Name")) {
          if (!overridden.add(overriddenRule.value().asText())) {
            add(Rule.WAF_RULES, rule.path() + "/Statement" + overriddenRule.path(), "rule '"
                + overriddenRule.value().asText() + "' of the group is overridden twice");
          }
        }
      }
    }

    private static List<Located> concat(List<Located> one, List<Located> other) {
      List<Located> all = new ArrayList<>(one);
      all.addAll(other);
      return all;
    }
  }

  static boolean isIpv4Cidr(String text) {
    Matcher matcher = IPV4_CIDR.matcher(text);
    if (!matcher.matches()) {
      return false;
    }
    for (int i = 1; i <= 4; i++) {
      if (Integer.parseInt(matcher.group(i)) > 255) {
        return false;
      }
    }
    return Integer.parseInt(matcher.group(5)) <= 32;
  }

  static boolean isIpv6Cidr(String text) {
    Matcher matcher = IPV6_CIDR.matcher(text);
    if (!matcher.matches() || Integer.parseInt(matcher.group(2)) > 128) {
      return false;
    }
    try {
      // a literal with a colon is parsed, never looked up
      return InetAddress.getByName(matcher.group(1)).getAddress().length == 16;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
