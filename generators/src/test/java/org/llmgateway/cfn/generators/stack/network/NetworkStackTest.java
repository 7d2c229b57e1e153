package org.llmgateway.cfn.generators.stack.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.emit.ParameterFileWriter;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Resource;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.ec2.EIP;
import org.llmgateway.cfn.resource.ec2.InternetGateway;
import org.llmgateway.cfn.resource.ec2.NatGateway;
import org.llmgateway.cfn.resource.ec2.Route;
import org.llmgateway.cfn.resource.ec2.RouteTable;
import org.llmgateway.cfn.resource.ec2.SecurityGroup;
import org.llmgateway.cfn.resource.ec2.SecurityGroupEgress;
import org.llmgateway.cfn.resource.ec2.SecurityGroupIngress;
import org.llmgateway.cfn.resource.ec2.Subnet;
import org.llmgateway.cfn.resource.ec2.SubnetRouteTableAssociation;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.resource.ec2.VPCEndpoint;
import org.llmgateway.cfn.generators.environment.ProxyConfig;

class NetworkStackTest {

  private final NetworkStack stack = new NetworkStack();
  private final Template template = stack.template();

  // --- the architecture guide's Security Groups table, as data

  private enum Direction { IN, OUT }

  /** One permission: TCP on one port to or from a peer ("0.0.0.0/0", "VPC CIDR" or a group). */
  private record Rule(Direction direction, int port, String peer) {}

  private static final String ANYWHERE = "0.0.0.0/0";
  private static final String VPC_CIDR = "VPC CIDR";

  private static Rule in(int port, String peer) {
    return new Rule(Direction.IN, port, peer);
  }

  private static Rule out(int port, String peer) {
    return new Rule(Direction.OUT, port, peer);
  }

  private static final Map<String, Set<Rule>> GUIDE_TABLE =
      Map.of(
          // Valkey from the tasks only (TLS and AUTH on top, in the cache stack)
          "CacheSecurityGroup",
          Set.of(in(6379, "EcsSecurityGroup")),
          "AlbSecurityGroup",
          Set.of(in(80, ANYWHERE), in(443, ANYWHERE), out(4000, "EcsSecurityGroup")),
          "EcsSecurityGroup",
          Set.of(in(4000, "AlbSecurityGroup"), in(4000, "MasterKeyRotationSecurityGroup"),
              out(443, ANYWHERE), out(5432, "RdsSecurityGroup"), out(6379, "CacheSecurityGroup")),
          "RdsSecurityGroup",
          Set.of(in(5432, "EcsSecurityGroup"), in(5432, "LambdaSecurityGroup")),
          "LambdaSecurityGroup",
          Set.of(out(5432, "RdsSecurityGroup"), out(443, ANYWHERE)),
          // the proxy's admin API on the tasks, to keep the retired master key valid 7 days
          "MasterKeyRotationSecurityGroup",
          Set.of(out(4000, "EcsSecurityGroup"), out(443, ANYWHERE)),
          "VpcEndpointSecurityGroup",
          Set.of(in(443, VPC_CIDR)));

  @Test
  void theVpcIs10_0_0_0_16WithDnsSupportAndHostnames() {
    VPC vpc = only(VPC.class);
    assertThat(defaultOf(vpc.cidrBlock().orElseThrow())).isEqualTo("10.0.0.0/16");
    assertThat(vpc.enableDnsSupport()).contains(Expr.of(true));
    assertThat(vpc.enableDnsHostnames()).contains(Expr.of(true));
  }

  @Test
  void twoPublicAndTwoPrivateSubnetsSpreadOverTwoAzs() {
    List<Subnet> publics = subnets(true);
    List<Subnet> privates = subnets(false);
    assertThat(publics).hasSize(2);
    assertThat(privates).hasSize(2);
    assertThat(publics.stream().map(this::azIndex)).containsExactlyInAnyOrder(0, 1);
    assertThat(privates.stream().map(this::azIndex)).containsExactlyInAnyOrder(0, 1);
    List<String> cidrs = new ArrayList<>();
    for (Subnet subnet : all(Subnet.class)) {
      assertThat(subnet.vpcId()).isEqualTo(only(VPC.class).ref());
      cidrs.add(defaultOf(subnet.cidrBlock().orElseThrow()));
    }
    EnvironmentConfig defaults = EnvironmentConfig.builder().name("x").build();
    List<String> expected = new ArrayList<>(defaults.publicSubnetCidrs());
    expected.addAll(defaults.privateSubnetCidrs());
    assertThat(cidrs).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void noSubnetGivesInstancesAPublicAddressAsTheAlbAndNatGatewaysBringTheirOwn() {
    assertThat(all(Subnet.class)).hasSize(4).allSatisfy(subnet ->
        assertThat(subnet.mapPublicIpOnLaunch()).as(subnet.logicalId()).contains(Expr.of(false)));
    // each NAT gateway's address is its own Elastic IP, never one the subnet hands out
    assertThat(all(NatGateway.class)).allSatisfy(nat ->
        assertThat(nat.allocationId()).isPresent());
  }

  @Test
  void publicSubnetsRouteEverythingToTheInternetGateway() {
    for (Subnet subnet : subnets(true)) {
      List<Route> routes = routesOf(routeTableOf(subnet));
      assertThat(routes).hasSize(1);
      Route route = routes.get(0);
      assertThat(route.destinationCidrBlock()).contains(Expr.of(ANYWHERE));
      assertThat(route.gatewayId()).contains(only(InternetGateway.class).ref());
      assertThat(route.condition()).isEmpty();
      assertThat(route.dependsOn()).extracting(Resource::resourceType)
          .containsExactly("AWS::EC2::VPCGatewayAttachment");
    }
  }

  @Test
  void withoutNatGatewayPrivateSubnetsHaveNoDefaultRouteAndNoNatExists() {
    Map<String, String> parameters = Map.of("EnableNatGateway", "false", "NatGatewayPerAz", "true");
    for (Subnet subnet : subnets(false)) {
      assertThat(existing(routesOf(routeTableOf(subnet)), parameters)).isEmpty();
    }
    assertThat(existing(all(NatGateway.class), parameters)).isEmpty();
    assertThat(existing(all(EIP.class), parameters)).isEmpty();
  }

  @Test
  void withOneNatGatewayBothPrivateSubnetsLeaveThroughNatGateway1InAz1() {
    Map<String, String> parameters = Map.of("EnableNatGateway", "true", "NatGatewayPerAz", "false");
    List<NatGateway> nats = existing(all(NatGateway.class), parameters);
    assertThat(nats).hasSize(1);
    assertThat(azIndex(subnetRefdBy(nats.get(0).subnetId().orElseThrow()))).isEqualTo(0);
    assertThat(subnetRefdBy(nats.get(0).subnetId().orElseThrow()).logicalId())
        .startsWith("Public");
    for (Subnet subnet : subnets(false)) {
      List<Route> routes = existing(routesOf(routeTableOf(subnet)), parameters);
      assertThat(routes).hasSize(1);
      assertThat(routes.get(0).destinationCidrBlock()).contains(Expr.of(ANYWHERE));
      assertThat(resolve(routes.get(0).natGatewayId().orElseThrow().toJson(), parameters))
          .isEqualTo(json(nats.get(0).ref()));
    }
  }

  @Test
  void withANatGatewayPerAzEachPrivateSubnetLeavesThroughTheNatGatewayOfItsOwnAz() {
    Map<String, String> parameters = Map.of("EnableNatGateway", "true", "NatGatewayPerAz", "true");
    List<NatGateway> nats = existing(all(NatGateway.class), parameters);
    assertThat(nats).hasSize(2);
    assertThat(existing(all(EIP.class), parameters)).hasSize(2);
    for (Subnet subnet : subnets(false)) {
      List<Route> routes = existing(routesOf(routeTableOf(subnet)), parameters);
      assertThat(routes).hasSize(1);
      JsonNode target = resolve(routes.get(0).natGatewayId().orElseThrow().toJson(), parameters);
      NatGateway nat =
          nats.stream().filter(n -> n.ref().toJson().equals(target)).findFirst().orElseThrow();
      assertThat(azIndex(subnetRefdBy(nat.subnetId().orElseThrow()))).isEqualTo(azIndex(subnet));
    }
  }

  @Test
  void natGatewaysUseTheirOwnElasticIp() {
    for (NatGateway nat : all(NatGateway.class)) {
      EIP eip =
          all(EIP.class).stream()
              .filter(e -> nat.allocationId().equals(Optional.of(e.attrAllocationId())))
              .findFirst()
              .orElseThrow();
      assertThat(eip.domain()).contains(Expr.of("vpc"));
      assertThat(eip.condition()).isEqualTo(nat.condition());
    }
  }

  @Test
  void theS3GatewayEndpointIsOnThePrivateRouteTablesOnly() {
    List<VPCEndpoint> gateways = endpointsOfType(VPCEndpoint.VPC_ENDPOINT_TYPE_GATEWAY);
    assertThat(gateways).hasSize(1);
    VPCEndpoint s3 = gateways.get(0);
    assertThat(s3.serviceName().orElseThrow().toJson().path("Fn::Sub").asText())
        .isEqualTo("com.amazonaws.${AWS::Region}.s3");
    assertThat(s3.subnetIds()).isEmpty();
    assertThat(s3.securityGroupIds()).isEmpty();
    assertThat(items(s3.routeTableIds()))
        .containsExactlyInAnyOrderElementsOf(
            subnets(false).stream().map(s -> routeTableOf(s).ref()).toList());
  }

  @Test
  void theInterfaceEndpointsUsePrivateDnsInBothPrivateSubnetsBehindTheEndpointGroup() {
    List<VPCEndpoint> interfaces = endpointsOfType(VPCEndpoint.VPC_ENDPOINT_TYPE_INTERFACE);
    assertThat(interfaces)
        .extracting(e -> e.serviceName().orElseThrow().toJson().path("Fn::Sub").asText())
        .containsExactlyInAnyOrder(
            "com.amazonaws.${AWS::Region}.ecr.api",
            "com.amazonaws.${AWS::Region}.ecr.dkr",
            "com.amazonaws.${AWS::Region}.secretsmanager",
            "com.amazonaws.${AWS::Region}.logs",
            // Bedrock is enabled: docker/config.yaml serves bedrock/ models (ProxyConfig)
            "com.amazonaws.${AWS::Region}.bedrock-runtime",
            "com.amazonaws.${AWS::Region}.sts");
    assertThat(ProxyConfig.BEDROCK_MODELS).isNotEmpty();
    SecurityGroup endpointGroup = group("VpcEndpointSecurityGroup");
    for (VPCEndpoint endpoint : interfaces) {
      assertThat(endpoint.privateDnsEnabled()).as(endpoint.logicalId()).contains(Expr.of(true));
      assertThat(endpoint.routeTableIds()).as(endpoint.logicalId()).isEmpty();
      assertThat(items(endpoint.subnetIds()))
          .containsExactlyInAnyOrderElementsOf(subnets(false).stream().map(Subnet::ref).toList());
      assertThat(items(endpoint.securityGroupIds())).containsExactly(endpointGroup.attrGroupId());
      assertThat(endpoint.vpcId()).isEqualTo(only(VPC.class).ref());
    }
  }

  @Test
  void eachSecurityGroupAllowsExactlyTheRulesOfTheArchitectureGuide() {
    Map<String, Set<Rule>> actual = new HashMap<>();
    for (SecurityGroup group : all(SecurityGroup.class)) {
      Set<Rule> rules = actual.computeIfAbsent(group.logicalId(), k -> new HashSet<>());
      elements(group.securityGroupIngress()).forEach(r -> rules.add(rule(Direction.IN, r)));
      realOutboundRules(group).forEach(r -> rules.add(rule(Direction.OUT, r)));
    }
    for (SecurityGroupIngress r : all(SecurityGroupIngress.class)) {
      actual.computeIfAbsent(groupIdOf(r.groupId().orElseThrow()), k -> new HashSet<>())
          .add(rule(Direction.IN, r.propertiesJson()));
    }
    for (SecurityGroupEgress r : all(SecurityGroupEgress.class)) {
      actual.computeIfAbsent(groupIdOf(r.groupId()), k -> new HashSet<>())
          .add(rule(Direction.OUT, r.propertiesJson()));
    }
    assertThat(actual).isEqualTo(GUIDE_TABLE);
  }

  @Test
  void noSecurityGroupKeepsEc2sDefaultAllowAllOutboundRule() {
    for (SecurityGroup group : all(SecurityGroup.class)) {
      // Only inline outbound rules stop EC2 from adding its allow-all rule at creation.
      assertThat(items(group.securityGroupEgress())).as(group.logicalId()).isNotEmpty();
      boolean hasOutboundToAnAddressBlock =
          GUIDE_TABLE.get(group.logicalId()).stream()
              .anyMatch(r -> r.direction() == Direction.OUT && r.peer().equals(ANYWHERE));
      if (!hasOutboundToAnAddressBlock) {
        assertThat(items(group.securityGroupEgress()))
            .as(group.logicalId())
            .containsExactly(NetworkStack.MATCHING_NO_TRAFFIC);
      }
    }
    assertThat(NetworkStack.MATCHING_NO_TRAFFIC.cidrIp())
        .contains(Expr.of("255.255.255.255/32"));
    assertThat(NetworkStack.MATCHING_NO_TRAFFIC.ipProtocol()).isEqualTo(Expr.of("icmp"));
  }

  @Test
  void everyRuleIsTcpOnOnePortWithADescription() {
    List<JsonNode> rules = new ArrayList<>();
    all(SecurityGroup.class).forEach(g -> rules.addAll(elements(g.securityGroupIngress())));
    all(SecurityGroup.class).forEach(g -> rules.addAll(realOutboundRules(g)));
    all(SecurityGroupIngress.class).forEach(r -> rules.add(r.propertiesJson()));
    all(SecurityGroupEgress.class).forEach(r -> rules.add(r.propertiesJson()));
    assertThat(rules).hasSize(16);
    for (JsonNode rule : rules) {
      assertThat(rule.path("IpProtocol").asText()).as(rule.toString()).isEqualTo("tcp");
      assertThat(rule.path("FromPort").isIntegralNumber()).as(rule.toString()).isTrue();
      assertThat(rule.path("FromPort")).as(rule.toString()).isEqualTo(rule.path("ToPort"));
      assertThat(rule.path("Description").isTextual()).as(rule.toString()).isTrue();
      assertThat(rule.path("Description").asText()).isNotBlank();
    }
  }

  @Test
  void everyNetworkExportIsDeclared() throws IllegalAccessException {
    Set<ExportName> declared = new HashSet<>();
    for (Field field : NetworkExports.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ExportName.class) {
        declared.add((ExportName) field.get(null));
      }
    }
    assertThat(declared).hasSize(13);
    assertThat(template.outputs().stream().map(o -> o.export().orElseThrow()))
        .containsExactlyInAnyOrderElementsOf(declared);
    assertThat(template.outputs()).allSatisfy(o -> assertThat(o.condition()).isEmpty());
  }

  @Test
  void exportsPointAtTheResourcesTheirNamesPromise() {
    Map<String, Expr> values =
        template.outputs().stream()
            .collect(Collectors.toMap(o -> o.export().orElseThrow().name(), o -> o.value()));
    assertThat(values.get("VpcId")).isEqualTo(only(VPC.class).ref());
    assertThat(values.get("VpcCidr")).isEqualTo(only(VPC.class).attrCidrBlock());
    for (int az = 0; az < 2; az++) {
      assertThat(values.get("PublicSubnet" + (az + 1) + "Id"))
          .isEqualTo(subnetInAz(true, az).ref());
      assertThat(values.get("PrivateSubnet" + (az + 1) + "Id"))
          .isEqualTo(subnetInAz(false, az).ref());
    }
    for (String group : GUIDE_TABLE.keySet()) {
      assertThat(values.get(group + "Id")).isEqualTo(group(group).attrGroupId());
    }
  }

  @Test
  void everyTaggableResourceCarriesTheStandardTagsAndALiteLlmName() {
    List<List<Tag>> tagSets = new ArrayList<>();
    all(VPC.class).forEach(r -> tagSets.add(tags(r.tags())));
    all(Subnet.class).forEach(r -> tagSets.add(tags(r.tags())));
    all(InternetGateway.class).forEach(r -> tagSets.add(tags(r.tags())));
    all(EIP.class).forEach(r -> tagSets.add(tags(r.tags())));
    all(NatGateway.class).forEach(r -> tagSets.add(tags(r.tags())));
    all(RouteTable.class).forEach(r -> tagSets.add(tags(r.tags())));
    all(SecurityGroup.class).forEach(r -> tagSets.add(tags(r.tags())));
    all(VPCEndpoint.class).forEach(r -> tagSets.add(tags(r.tags())));
    // endpoints: the S3 gateway and six interface endpoints (two of them for Bedrock); seven
    // security groups with the cache's
    assertThat(tagSets).hasSize(1 + 4 + 1 + 2 + 2 + 3 + 7 + 7);
    Set<String> names = new HashSet<>();
    for (List<Tag> tags : tagSets) {
      assertThat(tags)
          .extracting(Tag::key)
          .containsExactlyInAnyOrder("Name", "Environment", "Project", "Stack", "ManagedBy");
      String name =
          tags.stream().filter(t -> t.key().equals("Name")).findFirst().orElseThrow()
              .value().toJson().path("Fn::Sub").asText();
      assertThat(name).startsWith("${NamePrefix}-litellm-");
      names.add(name);
    }
    assertThat(names).as("Name tags are unique").hasSize(tagSets.size());
  }

  @ParameterizedTest
  @CsvSource({"dev, true, false", "staging, true, true", "prod, true, true"})
  void parameterFilesTurnOnOneNatGatewayPerAzWhereTheEnvironmentRunsMultiAz(
      String name, String nat, String perAz) {
    EnvironmentConfig environment =
        Environments.standard().stream().filter(e -> e.name().equals(name)).findFirst()
            .orElseThrow();
    Map<String, String> values = byId(stack.parameterValues(environment));
    assertThat(values)
        .containsEntry("EnvironmentName", name)
        .containsEntry("NamePrefix", name)
        .containsEntry("VpcCidr", environment.vpcCidr())
        .containsEntry("PublicSubnet1Cidr", environment.publicSubnetCidrs().get(0))
        .containsEntry("PublicSubnet2Cidr", environment.publicSubnetCidrs().get(1))
        .containsEntry("PrivateSubnet1Cidr", environment.privateSubnetCidrs().get(0))
        .containsEntry("PrivateSubnet2Cidr", environment.privateSubnetCidrs().get(1))
        .containsEntry("EnableNatGateway", nat)
        .containsEntry("NatGatewayPerAz", perAz)
        .containsEntry("EnableDnsFirewall", String.valueOf(environment.dnsFirewall()))
        .containsEntry("LogRetentionDays", String.valueOf(environment.logRetentionDays()))
        .containsKey("EgressAllowedDomains")
        .hasSize(12);
    assertThatCode(
            () -> ParameterFileWriter.write(stack.name(), template,
                stack.parameterValues(environment)))
        .doesNotThrowAnyException();
  }

  @Test
  void everyParameterHasALabelAndAConsoleGroup() {
    Set<Parameter> grouped = new HashSet<>();
    template.parameterGroups().forEach(g -> grouped.addAll(g.parameters()));
    assertThat(grouped).containsExactlyInAnyOrderElementsOf(template.parameters());
    assertThat(template.parameters()).allSatisfy(p -> assertThat(p.label()).isPresent());
  }

  @Test
  void cidrParametersRefuseBlocksAwsDoesNotAllow() {
    Parameter vpcCidr = parameter("VpcCidr");
    assertThat(vpcCidr.violation("10.0.0.0/16")).isEmpty();
    assertThat(vpcCidr.violation("10.0.0.0/8")).isPresent();
    assertThat(vpcCidr.violation("10.0.0.256/16")).isPresent();
    assertThat(vpcCidr.violation("10.0.0.0")).isPresent();
  }

  @Test
  void renderingIsByteForByteRepeatable() {
    assertThat(GeneratedFiles.render(new NetworkStack()).yaml())
        .isEqualTo(GeneratedFiles.render(new NetworkStack()).yaml());
  }

  // --- helpers reading the model

  /** The JSON an expression renders to, for values the condition evaluator below resolves. */
  private static JsonNode json(Expr expression) {
    return expression.toJson();
  }

  /** The items of a list property (tags, rules, ids); none when the property is absent. */
  private static List<JsonNode> elements(Optional<Expr> list) {
    List<JsonNode> items = new ArrayList<>();
    list.ifPresent(l -> {
      assertThat(l.toJson().isArray()).as("a list: " + l.toJson()).isTrue();
      l.toJson().forEach(items::add);
    });
    return items;
  }

  /** The items of a list property, as the model objects they were built from. */
  private static List<Expr> items(Optional<Expr> list) {
    if (list.isEmpty()) {
      return List.of();
    }
    assertThat(list.get()).as("a list").isInstanceOf(Expr.ListOf.class);
    return ((Expr.ListOf) list.get()).items();
  }

  private static List<Tag> tags(Optional<Expr> list) {
    return items(list).stream().map(Tag.class::cast).toList();
  }

  /** A group's inline outbound rules without the placeholder that matches no traffic. */
  private static List<JsonNode> realOutboundRules(SecurityGroup group) {
    return items(group.securityGroupEgress()).stream()
        .filter(r -> !r.equals(NetworkStack.MATCHING_NO_TRAFFIC))
        .map(Expr::toJson)
        .toList();
  }

  private List<VPCEndpoint> endpointsOfType(String type) {
    return all(VPCEndpoint.class).stream()
        .filter(e -> e.vpcEndpointType().equals(Optional.of(Expr.of(type))))
        .toList();
  }

  private <T extends Resource> List<T> all(Class<T> type) {
    return template.resources(type);
  }

  private <T extends Resource> T only(Class<T> type) {
    List<T> found = all(type);
    assertThat(found).as(type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  private SecurityGroup group(String logicalId) {
    return template.resource(SecurityGroup.class, logicalId)
        .orElseThrow(() -> new AssertionError("no security group " + logicalId));
  }

  private Parameter parameter(String logicalId) {
    return template.parameters().stream()
        .filter(p -> p.logicalId().equals(logicalId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no parameter " + logicalId));
  }

  /** The default of the parameter {@code expression} refers to. */
  private String defaultOf(Expr expression) {
    String name = expression.toJson().path("Ref").asText();
    return parameter(name).defaultValue().orElseThrow();
  }

  private List<Subnet> subnets(boolean isPublic) {
    return all(Subnet.class).stream()
        .filter(s -> s.logicalId().startsWith(isPublic ? "Public" : "Private"))
        .toList();
  }

  private Subnet subnetInAz(boolean isPublic, int az) {
    return subnets(isPublic).stream().filter(s -> azIndex(s) == az).findFirst().orElseThrow();
  }

  /** The i of {@code !Select [i, !GetAZs ""]}. */
  private int azIndex(Subnet subnet) {
    JsonNode select = subnet.availabilityZone().orElseThrow().toJson().path("Fn::Select");
    assertThat(select.get(1).path("Fn::GetAZs").asText(null)).isEqualTo("");
    return select.get(0).asInt();
  }

  private Subnet subnetRefdBy(Expr subnetId) {
    return all(Subnet.class).stream()
        .filter(s -> s.ref().equals(subnetId))
        .findFirst()
        .orElseThrow();
  }

  private RouteTable routeTableOf(Subnet subnet) {
    List<SubnetRouteTableAssociation> associations =
        all(SubnetRouteTableAssociation.class).stream()
            .filter(a -> a.subnetId().equals(subnet.ref()))
            .toList();
    assertThat(associations).as(subnet.logicalId()).hasSize(1);
    return all(RouteTable.class).stream()
        .filter(t -> t.ref().equals(associations.get(0).routeTableId()))
        .findFirst()
        .orElseThrow();
  }

  private List<Route> routesOf(RouteTable table) {
    return all(Route.class).stream()
        .filter(r -> r.routeTableId().equals(table.ref()))
        .toList();
  }

  /** The logical id of the group a {@code !GetAtt X.GroupId} names. */
  private static String groupIdOf(Expr expression) {
    JsonNode getAtt = expression.toJson().path("Fn::GetAtt");
    assertThat(getAtt.get(1).asText()).isEqualTo("GroupId");
    return getAtt.get(0).asText();
  }

  private static String groupIdOf(JsonNode getAtt) {
    return groupIdOf(Expr.json(getAtt));
  }

  private static String peer(JsonNode rule, String groupProperty) {
    if (rule.has(groupProperty)) {
      return groupIdOf(rule.get(groupProperty));
    }
    JsonNode node = rule.get("CidrIp");
    assertThat(node).as("a CidrIp or " + groupProperty + ": " + rule).isNotNull();
    if (node.isTextual()) {
      return node.asText();
    }
    JsonNode getAtt = node.path("Fn::GetAtt");
    assertThat(getAtt.get(0).asText() + "." + getAtt.get(1).asText()).isEqualTo("Vpc.CidrBlock");
    return VPC_CIDR;
  }

  /** One rule, inline or standalone, in the properties CloudFormation receives. */
  private static Rule rule(Direction direction, JsonNode r) {
    assertThat(r.path("FromPort")).isEqualTo(r.path("ToPort"));
    assertThat(r.path("IpProtocol").asText()).isEqualTo("tcp");
    assertThat(r.path("FromPort").isIntegralNumber()).as(r.toString()).isTrue();
    return new Rule(direction, r.path("FromPort").asInt(),
        peer(r, direction == Direction.IN ? "SourceSecurityGroupId" : "DestinationSecurityGroupId"));
  }

  private static Map<String, String> byId(Map<Parameter, String> values) {
    Map<String, String> byId = new HashMap<>();
    values.forEach((p, v) -> byId.put(p.logicalId(), v));
    return byId;
  }

  // --- a small evaluator of the template's conditions for given parameter values

  private <R extends Resource> List<R> existing(List<R> resources, Map<String, String> values) {
    return resources.stream()
        .filter(r -> r.condition().map(c -> isTrue(c, values)).orElse(true))
        .toList();
  }

  private boolean isTrue(Condition condition, Map<String, String> values) {
    return evaluate(condition.expression().toJson(), values);
  }

  private boolean evaluate(JsonNode node, Map<String, String> values) {
    if (node.has("Fn::Equals")) {
      return value(node.get("Fn::Equals").get(0), values)
          .equals(value(node.get("Fn::Equals").get(1), values));
    }
    if (node.has("Fn::And")) {
      boolean all = true;
      for (JsonNode part : node.get("Fn::And")) {
        all &= evaluate(part, values);
      }
      return all;
    }
    if (node.has("Fn::Or")) {
      boolean any = false;
      for (JsonNode part : node.get("Fn::Or")) {
        any |= evaluate(part, values);
      }
      return any;
    }
    if (node.has("Fn::Not")) {
      return !evaluate(node.get("Fn::Not").get(0), values);
    }
    if (node.has("Condition")) {
      return isTrue(condition(node.get("Condition").asText()), values);
    }
    throw new AssertionError("cannot evaluate " + node);
  }

  private String value(JsonNode node, Map<String, String> values) {
    if (node.isTextual()) {
      return node.asText();
    }
    String name = node.path("Ref").asText();
    return values.getOrDefault(name, parameter(name).defaultValue().orElseThrow());
  }

  private Condition condition(String logicalId) {
    return template.conditions().stream()
        .filter(c -> c.logicalId().equals(logicalId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no condition " + logicalId));
  }

  /** A property value with its {@code Fn::If}s decided. */
  private JsonNode resolve(JsonNode node, Map<String, String> values) {
    if (node.has("Fn::If")) {
      JsonNode args = node.get("Fn::If");
      boolean test = isTrue(condition(args.get(0).asText()), values);
      return resolve(args.get(test ? 1 : 2), values);
    }
    return node;
  }
}
