package org.llmgateway.cfn.generators.stack.network;

import org.llmgateway.cfn.generators.stack.Suppressions;
import org.llmgateway.cfn.generators.validate.SecurityRule;
import org.llmgateway.cfn.generators.stack.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.Logs;
import org.llmgateway.cfn.generators.environment.ProxyConfig;
import org.llmgateway.cfn.generators.stack.SharedNames;
import org.llmgateway.cfn.generators.stack.security.SecurityExports;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.model.intrinsic.ConditionExpr;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.intrinsic.Pseudo;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.ParameterGroup;
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
import org.llmgateway.cfn.resource.ec2.VPCGatewayAttachment;

/**
 * Stack 2, network: the VPC of the architecture guide's "Network Architecture" section. Two AZs,
 * each with a public subnet (ALB nodes, NAT gateway) and a private one (ECS tasks, RDS, endpoint
 * interfaces); one NAT gateway, or one per AZ where the environment runs Multi-AZ; the five
 * security groups of the guide's table plus the master-key rotation function's, and the S3, ECR, Secrets Manager and Logs endpoints.
 * Hardened beyond the guide: flow logs of all traffic ({@link FlowLogs}), public subnets that give
 * no instance a public address (the ALB and the NAT gateways bring their own), the default
 * security group emptied ({@link DefaultSecurityGroupRestriction}) and egress allowed by name
 * ({@link DnsFirewall}).
 */
public final class NetworkStack implements StackGenerator<EnvironmentConfig> {

  /** The settings an environment gets when it does not choose: the template's defaults. */
  private static final EnvironmentConfig DEFAULTS =
      EnvironmentConfig.builder().name("defaults").build();

  private static final String STACK = NetworkExports.STACK;
  private static final int AZ_COUNT = 2;
  private static final String ANYWHERE = "0.0.0.0/0";
  private static final int HTTP_PORT = 80;
  private static final int HTTPS_PORT = 443;
  private static final String TCP = "tcp";

  /** The only Domain an Elastic IP used in a VPC (here, by a NAT gateway) takes. */
  private static final String EIP_DOMAIN_VPC = "vpc";

  /**
   * An outbound rule no packet can match (ICMP type 252 code 86 to the broadcast address, the
   * rule AWS CDK writes for {@code allowAllOutbound: false}). EC2 adds its allow-all outbound
   * rule only to a group created without outbound rules, so this one rule is how a group that
   * sends nothing of its own (its answers to inbound connections pass anyway: groups are
   * stateful) starts and stays without that default. Standalone SecurityGroupEgress resources
   * added later do not remove it, and need not: it allows nothing.
   */
  static final SecurityGroup.Egress MATCHING_NO_TRAFFIC =
      SecurityGroup.Egress.builder()
          .ipProtocol("icmp")
          .fromPort(252)
          .toPort(86)
          .cidrIp("255.255.255.255/32")
          .description("Matches no traffic: removes the default allow-all outbound rule")
          .build();

  /** IPv4 blocks of /16 to /28, the sizes AWS allows for VPCs and subnets. */
  private static final String CIDR_PATTERN =
      "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
          + "/(1[6-9]|2[0-8])$";

  public static final Parameter ENVIRONMENT = EnvironmentParameter.create();
  public static final Parameter VPC_CIDR =
      cidrParameter("VpcCidr", "VPC CIDR block", DEFAULTS.vpcCidr());
  public static final List<Parameter> PUBLIC_SUBNET_CIDRS =
      List.of(
          cidrParameter("PublicSubnet1Cidr", "Public subnet 1 CIDR block (AZ 1)",
              DEFAULTS.publicSubnetCidrs().get(0)),
          cidrParameter("PublicSubnet2Cidr", "Public subnet 2 CIDR block (AZ 2)",
              DEFAULTS.publicSubnetCidrs().get(1)));
  public static final List<Parameter> PRIVATE_SUBNET_CIDRS =
      List.of(
          cidrParameter("PrivateSubnet1Cidr", "Private subnet 1 CIDR block (AZ 1)",
              DEFAULTS.privateSubnetCidrs().get(0)),
          cidrParameter("PrivateSubnet2Cidr", "Private subnet 2 CIDR block (AZ 2)",
              DEFAULTS.privateSubnetCidrs().get(1)));
  public static final Parameter ENABLE_NAT_GATEWAY =
      flagParameter(
          "EnableNatGateway",
          "NAT gateway",
          "Whether the private subnets reach the internet (LLM provider APIs) through a NAT"
              + " gateway in public subnet 1",
          DEFAULTS.natGateway());
  public static final Parameter NAT_GATEWAY_PER_AZ =
      flagParameter(
          "NatGatewayPerAz",
          "One NAT gateway per AZ",
          "Whether to add a second NAT gateway in public subnet 2, so each private subnet leaves"
              + " through its own AZ and keeps internet access when the other AZ fails (only with"
              + " EnableNatGateway true)",
          DEFAULTS.multiAz());

  public static final Parameter LOG_RETENTION =
      Logs.retentionParameter("Retention of the VPC flow logs and the network stack's function"
          + " logs");

  static final Condition HAS_NAT_GATEWAY =
      Condition.of("HasNatGateway", isTrue(ENABLE_NAT_GATEWAY));
  static final Condition HAS_NAT_GATEWAY_PER_AZ =
      Condition.of(
          "HasNatGatewayPerAz", Fn.and(Fn.condition(HAS_NAT_GATEWAY), isTrue(NAT_GATEWAY_PER_AZ)));

  /** The interface endpoints of the guide, by logical-id prefix and service-name suffix. */
  private static final Map<String, String> INTERFACE_ENDPOINTS = interfaceEndpoints();

  @Override
  public String name() {
    return STACK;
  }

  @Override
  public Template template() {
    var t = Template.builder();
    t.description(
        "LiteLLM network: VPC across 2 AZs with public and private subnets, NAT, the seven"
            + " security groups and the VPC endpoints of the architecture guide");
    var env = t.add(ENVIRONMENT);
    t.add(Names.PREFIX);
    t.add(VPC_CIDR);
    PUBLIC_SUBNET_CIDRS.forEach(t::add);
    PRIVATE_SUBNET_CIDRS.forEach(t::add);
    t.add(ENABLE_NAT_GATEWAY);
    t.add(NAT_GATEWAY_PER_AZ);
    t.add(DnsFirewall.ENABLED);
    t.add(DnsFirewall.ALLOWED_DOMAINS);
    t.add(LOG_RETENTION);
    t.addParameterGroups(
        ParameterGroup.of("Environment", ENVIRONMENT, Names.PREFIX),
        ParameterGroup.of(
            "Addresses",
            VPC_CIDR,
            PUBLIC_SUBNET_CIDRS.get(0),
            PUBLIC_SUBNET_CIDRS.get(1),
            PRIVATE_SUBNET_CIDRS.get(0),
            PRIVATE_SUBNET_CIDRS.get(1)),
        ParameterGroup.of("Internet access", ENABLE_NAT_GATEWAY, NAT_GATEWAY_PER_AZ),
        ParameterGroup.of("Egress control and logs", DnsFirewall.ENABLED,
            DnsFirewall.ALLOWED_DOMAINS, LOG_RETENTION));
    t.add(HAS_NAT_GATEWAY);
    t.add(HAS_NAT_GATEWAY_PER_AZ);
    t.add(DnsFirewall.IS_ENABLED);

    var vpc =
        t.add(
            VPC.builder()
                .logicalId("Vpc")
                .cidrBlock(VPC_CIDR.ref())
                // Private DNS of the interface endpoints needs both.
                .enableDnsSupport(true)
                .enableDnsHostnames(true)
                .tags(Tags.standard(env, STACK, "-litellm-vpc"))
                // the packs cannot see a custom resource's effect; the lint's own rule checks it
                .metadata(Suppressions.packRules(
                    "Emptied by the DefaultSecurityGroupRestriction custom resource",
                    "NIST.800.53.R5-VPCDefaultSecurityGroupClosed",
                    "HIPAA.Security-VPCDefaultSecurityGroupClosed").metadata())
                .build());

    var internetGateway =
        t.add(
            InternetGateway.builder()
                .logicalId("InternetGateway")
                .tags(Tags.standard(env, STACK, "-litellm-igw"))
                .build());
    var gatewayAttachment =
        t.add(
            VPCGatewayAttachment.builder()
                .logicalId("InternetGatewayAttachment")
                .vpcId(vpc.ref())
                .internetGatewayId(internetGateway.ref())
                .build());

    List<Subnet> publicSubnets = new ArrayList<>();
    for (int az = 0; az < AZ_COUNT; az++) {
      publicSubnets.add(t.add(subnet(env, vpc, "Public", az, PUBLIC_SUBNET_CIDRS.get(az))));
    }
    List<Subnet> privateSubnets = new ArrayList<>();
    for (int az = 0; az < AZ_COUNT; az++) {
      privateSubnets.add(
          t.add(subnet(env, vpc, "Private", az, PRIVATE_SUBNET_CIDRS.get(az))));
    }

    // Public: one table for both AZs, default route to the internet gateway.
    var publicRouteTable = t.add(routeTable(env, vpc, "PublicRouteTable", "-litellm-public-rt"));
    t.add(
        Route.builder()
            .logicalId("PublicDefaultRoute")
            .routeTableId(publicRouteTable.ref())
            .destinationCidrBlock(ANYWHERE)
            .gatewayId(internetGateway.ref())
            // The route is refused until the gateway is attached to the VPC.
            .addDependsOn(gatewayAttachment)
            .metadata(Suppressions.packRules("The public subnets hold only the internet-facing"
                    + " ALB and the NAT gateways, which need this route; tasks, database and"
                    + " functions sit in the private subnets",
                "NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW",
                "HIPAA.Security-VPCNoUnrestrictedRouteToIGW").metadata())
            .build());
    for (Subnet subnet : publicSubnets) {
      t.add(association(subnet, publicRouteTable));
    }

    // NAT gateway 1 serves both AZs unless the environment pays for one per AZ.
    List<NatGateway> natGateways = new ArrayList<>();
    for (int az = 0; az < AZ_COUNT; az++) {
      Condition condition = az == 0 ? HAS_NAT_GATEWAY : HAS_NAT_GATEWAY_PER_AZ;
      var eip =
          t.add(
              EIP.builder()
                  .logicalId("NatGateway" + (az + 1) + "Eip")
                  .condition(condition)
                  .domain(EIP_DOMAIN_VPC)
                  // A VPC address needs the internet gateway attached first.
                  .addDependsOn(gatewayAttachment)
                  .tags(Tags.standard(env, STACK, "-litellm-nat-eip-" + (az + 1)))
                  .build());
      natGateways.add(
          t.add(
              NatGateway.builder()
                  .logicalId("NatGateway" + (az + 1))
                  .condition(condition)
                  .allocationId(eip.attrAllocationId())
                  .subnetId(publicSubnets.get(az).ref())
                  .tags(Tags.standard(env, STACK, "-litellm-nat-" + (az + 1)))
                  .build()));
    }

    // Private: one table per AZ, so each AZ can leave through its own NAT gateway.
    List<RouteTable> privateRouteTables = new ArrayList<>();
    for (int az = 0; az < AZ_COUNT; az++) {
      var routeTable =
          t.add(
              routeTable(
                  env, vpc, "PrivateRouteTable" + (az + 1), "-litellm-private-rt-" + (az + 1)));
      privateRouteTables.add(routeTable);
      Expr natGateway =
          az == 0
              ? natGateways.get(0).ref()
              : Fn.ifThen(
                  HAS_NAT_GATEWAY_PER_AZ, natGateways.get(az).ref(), natGateways.get(0).ref());
      t.add(
          Route.builder()
              .logicalId("PrivateRouteTable" + (az + 1) + "DefaultRoute")
              .condition(HAS_NAT_GATEWAY)
              .routeTableId(routeTable.ref())
              .destinationCidrBlock(ANYWHERE)
              .natGatewayId(natGateway)
              .build());
      t.add(association(privateSubnets.get(az), routeTable));
    }

    // Security groups, per the guide's table. Rules between two groups are standalone resources
    // (see allowTcp); rules to or from an address block are written inside the group.
    var alb =
        t.add(SecurityGroup.builder()
            .from(securityGroup(env, vpc, "Alb", "-litellm-alb-sg",
                "LiteLLM load balancer: HTTP and HTTPS from the internet",
                List.of(
                    tcpFrom(HTTP_PORT, Expr.of(ANYWHERE), "HTTP from the internet"),
                    tcpFrom(HTTPS_PORT, Expr.of(ANYWHERE), "HTTPS from the internet")),
                List.of()))
            .metadata(Suppressions.of(SecurityRule.OPEN_INGRESS, "The internet-facing ALB is"
                + " the public entry point: ports 80 (redirect or HTTP by choice) and 443 only")
                .metadata())
            .build());
    // The description predates the master-key rotation function's rule (allowTcp below); a new
    // GroupDescription would replace the group, and an imported group id cannot change.
    var ecs =
        t.add(
            securityGroup(env, vpc, "Ecs", "-litellm-ecs-sg",
                "LiteLLM ECS tasks: requests from the load balancer only",
                List.of(),
                List.of(
                    tcpTo(HTTPS_PORT, Expr.of(ANYWHERE),
                        "HTTPS to LLM provider APIs and AWS service endpoints"))));
    var rds =
        t.add(
            securityGroup(env, vpc, "Rds", "-litellm-rds-sg",
                "LiteLLM PostgreSQL: connections from ECS tasks and the rotation Lambda only",
                List.of(),
                List.of()));
    var lambda =
        t.add(
            securityGroup(env, vpc, "Lambda", "-litellm-lambda-sg",
                "LiteLLM secret rotation Lambda functions: no inbound",
                List.of(),
                List.of(
                    tcpTo(HTTPS_PORT, Expr.of(ANYWHERE),
                        "HTTPS to Secrets Manager and other AWS APIs"))));
    // Its own group, not the Lambda one: only this function may call the proxy's admin API on
    // a task directly, and the database function must not.
    var masterKeyRotation =
        t.add(
            securityGroup(env, vpc, "MasterKeyRotation", "-litellm-master-key-rotation-sg",
                "LiteLLM master-key rotation Lambda: no inbound; to the proxy admin API on the"
                    + " tasks and to AWS APIs",
                List.of(),
                List.of(
                    tcpTo(HTTPS_PORT, Expr.of(ANYWHERE),
                        "HTTPS to Secrets Manager, ECS and the CloudFormation response URL"))));
    // The packs cannot resolve GetAtt Vpc.CidrBlock, so they take the rule for open ingress.
    var endpoints =
        t.add(SecurityGroup.builder()
            .from(securityGroup(env, vpc, "VpcEndpoint", "-litellm-vpce-sg",
                "LiteLLM interface VPC endpoints: HTTPS from inside the VPC",
                List.of(
                    tcpFrom(HTTPS_PORT, vpc.attrCidrBlock(), "HTTPS from inside the VPC")),
                List.of()))
            .metadata(Suppressions.packRules("Ingress is HTTPS from the VPC's own CIDR (GetAtt"
                    + " Vpc.CidrBlock, which cdk-nag cannot resolve), not from anywhere",
                SecurityRule.OPEN_INGRESS.id(), "NIST.800.53.R5-EC2RestrictedCommonPorts",
                "HIPAA.Security-EC2RestrictedCommonPorts", "NIST.800.53.R5-EC2RestrictedSSH",
                "HIPAA.Security-EC2RestrictedSSH").metadata())
            .build());
    // Beside the other groups, so the tasks' outbound rule to it lives with the tasks' group and
    // the cache stack only imports a finished group.
    var cache =
        t.add(
            securityGroup(env, vpc, "Cache", "-litellm-cache-sg",
                "LiteLLM Valkey cache: connections from the ECS tasks only",
                List.of(),
                List.of()));
    allowTcp(t, ecs, cache, SharedNames.REDIS_PORT, "LiteLLM tasks to Valkey (TLS)");
    allowTcp(t, alb, ecs, SharedNames.CONTAINER_PORT,
        "Load balancer to LiteLLM tasks on the container port");
    allowTcp(t, ecs, rds, SharedNames.DATABASE_PORT, "LiteLLM tasks to PostgreSQL");
    allowTcp(t, lambda, rds, SharedNames.DATABASE_PORT, "Rotation Lambda to PostgreSQL");
    allowTcp(t, masterKeyRotation, ecs, SharedNames.CONTAINER_PORT,
        "Master-key rotation Lambda to the LiteLLM admin API on the tasks");

    t.add(
        VPCEndpoint.builder()
            .logicalId("S3GatewayEndpoint")
            .vpcId(vpc.ref())
            .serviceName(serviceName("s3"))
            .vpcEndpointType(VPCEndpoint.VPC_ENDPOINT_TYPE_GATEWAY)
            .routeTableIds(privateRouteTables.stream().map(RouteTable::ref).toList())
            .tags(Tags.standard(env, STACK, "-litellm-s3-endpoint"))
            .build());
    INTERFACE_ENDPOINTS.forEach(
        (id, service) -> t.add(interfaceEndpoint(env, vpc, id, service, privateSubnets, endpoints)));

    Expr kmsKey = Fn.importValue(SecurityExports.KMS_KEY_ARN.in(Names.PREFIX));
    FlowLogs.add(t, env, STACK, vpc, kmsKey, LOG_RETENTION.ref());
    DefaultSecurityGroupRestriction.add(t, env, STACK, vpc, kmsKey, LOG_RETENTION.ref());
    DnsFirewall.add(t, env, STACK, vpc);

    export(t, NetworkExports.VPC_ID, "VPC id", vpc.ref());
    export(t, NetworkExports.VPC_CIDR, "VPC CIDR block", vpc.attrCidrBlock());
    export(t, NetworkExports.PUBLIC_SUBNET_1_ID, "Public subnet in AZ 1",
        publicSubnets.get(0).ref());
    export(t, NetworkExports.PUBLIC_SUBNET_2_ID, "Public subnet in AZ 2",
        publicSubnets.get(1).ref());
    export(t, NetworkExports.PRIVATE_SUBNET_1_ID, "Private subnet in AZ 1",
        privateSubnets.get(0).ref());
    export(t, NetworkExports.PRIVATE_SUBNET_2_ID, "Private subnet in AZ 2",
        privateSubnets.get(1).ref());
    export(t, NetworkExports.ALB_SECURITY_GROUP_ID, "Load balancer security group",
        alb.attrGroupId());
    export(t, NetworkExports.ECS_SECURITY_GROUP_ID, "ECS task security group", ecs.attrGroupId());
    export(t, NetworkExports.RDS_SECURITY_GROUP_ID, "Database security group", rds.attrGroupId());
    export(t, NetworkExports.LAMBDA_SECURITY_GROUP_ID, "Rotation Lambda security group",
        lambda.attrGroupId());
    export(t, NetworkExports.MASTER_KEY_ROTATION_SECURITY_GROUP_ID,
        "Master-key rotation Lambda security group", masterKeyRotation.attrGroupId());
    export(t, NetworkExports.CACHE_SECURITY_GROUP_ID, "Valkey cache security group",
        cache.attrGroupId());
    export(t, NetworkExports.VPC_ENDPOINT_SECURITY_GROUP_ID, "Interface endpoint security group",
        endpoints.attrGroupId());
    return t.build();
  }

  @Override
  public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(Names.PREFIX, environment.namePrefix());
    values.put(VPC_CIDR, environment.vpcCidr());
    for (int az = 0; az < AZ_COUNT; az++) {
      values.put(PUBLIC_SUBNET_CIDRS.get(az), environment.publicSubnetCidrs().get(az));
      values.put(PRIVATE_SUBNET_CIDRS.get(az), environment.privateSubnetCidrs().get(az));
    }
    values.put(ENABLE_NAT_GATEWAY, String.valueOf(environment.natGateway()));
    values.put(NAT_GATEWAY_PER_AZ, String.valueOf(environment.multiAz()));
    values.put(DnsFirewall.ENABLED, String.valueOf(environment.dnsFirewall()));
    values.put(DnsFirewall.ALLOWED_DOMAINS,
        String.join(",", DnsFirewall.allowedDomains(environment)));
    values.put(LOG_RETENTION, String.valueOf(environment.logRetentionDays()));
    return values;
  }

  /**
   * A subnet that gives no instance a public address, public tier included: only the ALB and
   * the NAT gateways live in the public subnets, and both come with their own (the ALB's nodes
   * from ELB, the NAT gateways from their Elastic IPs).
   */
  private static Subnet subnet(Parameter env, VPC vpc, String tier, int az, Parameter cidr) {
    return Subnet.builder()
        .logicalId(tier + "Subnet" + (az + 1))
        .vpcId(vpc.ref())
        .cidrBlock(cidr.ref())
        .availabilityZone(Fn.select(az, Fn.getAZs()))
        .mapPublicIpOnLaunch(false)
        .tags(Tags.standard(env, STACK, "-litellm-" + tier.toLowerCase() + "-subnet-" + (az + 1)))
        .build();
  }

  private static RouteTable routeTable(Parameter env, VPC vpc, String logicalId, String suffix) {
    return RouteTable.builder()
        .logicalId(logicalId)
        .vpcId(vpc.ref())
        .tags(Tags.standard(env, STACK, suffix))
        .build();
  }

  private static SubnetRouteTableAssociation association(Subnet subnet, RouteTable routeTable) {
    return SubnetRouteTableAssociation.builder()
        .logicalId(subnet.logicalId() + "RouteTableAssociation")
        .subnetId(subnet.ref())
        .routeTableId(routeTable.ref())
        .build();
  }

  /**
   * A security group named {@code <role>SecurityGroup}. EC2 gives a group created without
   * outbound rules an allow-all outbound rule, and standalone SecurityGroupEgress resources added
   * afterwards leave it in place. CloudFormation has no "no egress" switch: the documented way to
   * keep the default out is to create the group with at least one inline outbound rule. A group
   * whose only outbound rules are to other groups (ALB), or that has none (RDS, endpoints), gets
   * {@link #MATCHING_NO_TRAFFIC}, a rule that allows nothing.
   */
  private static SecurityGroup securityGroup(
      Parameter env,
      VPC vpc,
      String role,
      String nameSuffix,
      String description,
      List<SecurityGroup.Ingress> inbound,
      List<SecurityGroup.Egress> outbound) {
    var group =
        SecurityGroup.builder()
            .logicalId(role + "SecurityGroup")
            .groupDescription(description)
            .vpcId(vpc.ref())
            .securityGroupEgress(outbound.isEmpty() ? List.of(MATCHING_NO_TRAFFIC) : outbound)
            .tags(Tags.standard(env, STACK, nameSuffix));
    // An empty list would be written as SecurityGroupIngress: [], which the template never had.
    if (!inbound.isEmpty()) {
      group.securityGroupIngress(inbound);
    }
    return group.build();
  }

  private static SecurityGroup.Ingress tcpFrom(int port, Expr cidr, String description) {
    return SecurityGroup.Ingress.builder()
        .ipProtocol(TCP)
        .fromPort(port)
        .toPort(port)
        .cidrIp(cidr)
        .description(description)
        .build();
  }

  private static SecurityGroup.Egress tcpTo(int port, Expr cidr, String description) {
    return SecurityGroup.Egress.builder()
        .ipProtocol(TCP)
        .fromPort(port)
        .toPort(port)
        .cidrIp(cidr)
        .description(description)
        .build();
  }

  /**
   * Lets {@code from} open TCP connections to {@code to} on {@code port}: the outbound rule on
   * {@code from} and the matching inbound rule on {@code to}. Both are standalone resources, since
   * inline rules naming each other's group would make the two groups depend on each other, a
   * cycle CloudFormation refuses.
   */
  private static void allowTcp(
      Template.Builder t, SecurityGroup from, SecurityGroup to, int port, String description) {
    String pair = role(from) + "To" + role(to);
    t.add(
        SecurityGroupEgress.builder()
            .logicalId(pair + "Egress")
            .groupId(from.attrGroupId())
            .ipProtocol(TCP)
            .fromPort(port)
            .toPort(port)
            .destinationSecurityGroupId(to.attrGroupId())
            .description(description)
            .build());
    t.add(
        SecurityGroupIngress.builder()
            .logicalId(pair + "Ingress")
            .groupId(to.attrGroupId())
            .ipProtocol(TCP)
            .fromPort(port)
            .toPort(port)
            .sourceSecurityGroupId(from.attrGroupId())
            .description(description)
            .build());
  }

  private static String role(SecurityGroup group) {
    return group.logicalId().substring(0, group.logicalId().length() - "SecurityGroup".length());
  }

  /** An interface endpoint in both private subnets, answering the service's own DNS name. */
  private static VPCEndpoint interfaceEndpoint(
      Parameter env,
      VPC vpc,
      String idPrefix,
      String service,
      List<Subnet> subnets,
      SecurityGroup securityGroup) {
    return VPCEndpoint.builder()
        .logicalId(idPrefix + "Endpoint")
        .vpcId(vpc.ref())
        .serviceName(serviceName(service))
        .vpcEndpointType(VPCEndpoint.VPC_ENDPOINT_TYPE_INTERFACE)
        .privateDnsEnabled(true)
        .subnetIds(subnets.stream().map(Subnet::ref).toList())
        .securityGroupIds(List.of(securityGroup.attrGroupId()))
        .tags(Tags.standard(env, STACK, "-litellm-" + service.replace('.', '-') + "-endpoint"))
        .build();
  }

  private static Expr serviceName(String service) {
    return Fn.sub("com.amazonaws.", Pseudo.REGION, "." + service);
  }

  private static void export(Template.Builder t, ExportName name, String description, Expr value) {
    t.add(
        Output.builder()
            .logicalId(name.name())
            .description(description)
            .value(value)
            .export(name)
            .build());
  }

  private static Map<String, String> interfaceEndpoints() {
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put("EcrApi", "ecr.api");
    endpoints.put("EcrDkr", "ecr.dkr");
    endpoints.put("SecretsManager", "secretsmanager");
    endpoints.put("Logs", "logs");
    // Bedrock is enabled when the proxy config serves a bedrock/ model: the calls and the task
    // role's credential refresh then stay inside the VPC, not through the NAT gateway (and work
    // where there is none). Derived from the config rather than a setting, so the endpoints
    // cannot be missing when a Bedrock model is added, nor paid for when the last one goes.
    if (!ProxyConfig.BEDROCK_MODELS.isEmpty()) {
      endpoints.put("BedrockRuntime", "bedrock-runtime");
      endpoints.put("Sts", "sts");
    }
    return endpoints;
  }

  private static ConditionExpr isTrue(Parameter flag) {
    return Fn.equalsTo(flag.ref(), Expr.of("true"));
  }

  private static Parameter cidrParameter(String logicalId, String label, String defaultValue) {
    return Parameter.builder()
        .logicalId(logicalId)
        .label(label)
        .description(label + ", /16 to /28")
        .defaultValue(defaultValue)
        .allowedPattern(CIDR_PATTERN)
        .constraintDescription("an IPv4 CIDR block such as 10.0.0.0/16, prefix /16 to /28")
        .build();
  }

  private static Parameter flagParameter(
      String logicalId, String label, String description, boolean defaultValue) {
    return Parameter.builder()
        .logicalId(logicalId)
        .label(label)
        .description(description)
        .defaultValue(String.valueOf(defaultValue))
        .addAllowedValues("true", "false")
        .build();
  }
}
