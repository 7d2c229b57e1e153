package org.llmgateway.cfn.generators.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * What is still there after a teardown, asked of each service through its own describe calls:
 * every resource CloudFormation listed for the stacks before they were deleted, looked up by its
 * physical id, and the parts AWS creates inside a VPC without a template resource (main route
 * table, default security group, network interfaces). A resource type with no check here fails
 * the test, so a type added to a template needs one before its teardown counts as tested.
 */
final class Leftovers implements AutoCloseable {

  /** One resource as ListStackResources listed it before the teardown, with its DeletionPolicy. */
  record Created(String stack, String logicalId, String type, String physicalId,
      String deletionPolicy) {

    String key() {
      return stack + "/" + logicalId;
    }

    @Override
    public String toString() {
      return key() + " " + type + " " + physicalId;
    }
  }

  /**
   * Resources that live inside another one and cannot be described on their own (moto gives
   * several of them no physical id); each is gone when the resource it lives in is.
   */
  static final Map<String, String> PART_OF = Map.of(
      "AWS::EC2::Route", "AWS::EC2::RouteTable",
      "AWS::EC2::SubnetRouteTableAssociation", "AWS::EC2::RouteTable",
      "AWS::EC2::VPCGatewayAttachment", "AWS::EC2::InternetGateway",
      "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroup",
      "AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::LoadBalancer",
      "AWS::ElasticLoadBalancingV2::ListenerRule", "AWS::ElasticLoadBalancingV2::LoadBalancer",
      "AWS::Lambda::Permission", "AWS::Lambda::Function");

  /** A custom resource is a request its stack's Lambda function answers; it has no state. */
  private static final String CUSTOM_RESOURCE_OWNER = "AWS::Lambda::Function";

  private final String vpcId;
  private final Ec2Client ec2;
  private final ElasticLoadBalancingV2Client elb;
  private final EcsClient ecs;
  private final IamClient iam;
  private final KmsClient kms;
  private final LambdaClient lambda;
  private final CloudWatchLogsClient logs;
  private final RdsClient rds;
  private final SecretsManagerClient secrets;
  private final SnsClient sns;
  private final AwsTarget target;
  private final Map<String, Predicate<String>> stillThere;

  /** {@code vpcId}: the environment's VPC, whose implicit parts are checked too. */
  Leftovers(AwsTarget target, String vpcId) {
    this.vpcId = vpcId;
    this.ec2 = target.client(Ec2Client.builder());
    this.elb = target.client(ElasticLoadBalancingV2Client.builder());
    this.ecs = target.client(EcsClient.builder());
    this.iam = target.client(IamClient.builder());
    this.kms = target.client(KmsClient.builder());
    this.lambda = target.client(LambdaClient.builder());
    this.logs = target.client(CloudWatchLogsClient.builder());
    this.rds = target.client(RdsClient.builder());
    this.secrets = target.client(SecretsManagerClient.builder());
    this.sns = target.client(SnsClient.builder());
    this.target = target;
    this.stillThere = Map.ofEntries(
        Map.entry("AWS::CloudWatch::Dashboard", this::dashboardExists),
        Map.entry("AWS::EC2::VPC", id -> !ec2.describeVpcs(
            r -> r.filters(filter("vpc-id", id))).vpcs().isEmpty()),
        Map.entry("AWS::EC2::Subnet", id -> !ec2.describeSubnets(
            r -> r.filters(filter("subnet-id", id))).subnets().isEmpty()),
        Map.entry("AWS::EC2::InternetGateway", id -> !ec2.describeInternetGateways(
            r -> r.filters(filter("internet-gateway-id", id))).internetGateways().isEmpty()),
        Map.entry("AWS::EC2::EIP", id -> !ec2.describeAddresses(
            r -> r.filters(filter("public-ip", id))).addresses().isEmpty()),
        // a deleted NAT gateway or VPC endpoint stays listed, as "deleted", for a while
        Map.entry("AWS::EC2::NatGateway", id -> ec2.describeNatGateways(
            r -> r.filter(filter("nat-gateway-id", id))).natGateways().stream()
            .anyMatch(n -> n.state() != NatGatewayState.DELETED)),
        Map.entry("AWS::EC2::VPCEndpoint", id -> ec2.describeVpcEndpointsPaginator()
            .vpcEndpoints().stream().anyMatch(e -> e.vpcEndpointId().equals(id)
                && !"deleted".equalsIgnoreCase(e.stateAsString()))),
        Map.entry("AWS::EC2::RouteTable", id -> !ec2.describeRouteTables(
            r -> r.filters(filter("route-table-id", id))).routeTables().isEmpty()),
        Map.entry("AWS::EC2::FlowLog", id -> !ec2.describeFlowLogs(
            r -> r.flowLogIds(id)).flowLogs().isEmpty()),
        Map.entry("AWS::EC2::SecurityGroup", id -> !ec2.describeSecurityGroups(
            r -> r.filters(filter("group-id", id))).securityGroups().isEmpty()),
        Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", arn -> elb
            .describeLoadBalancersPaginator().loadBalancers().stream()
            .anyMatch(lb -> lb.loadBalancerArn().equals(arn))),
        Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup", arn -> elb
            .describeTargetGroupsPaginator().targetGroups().stream()
            .anyMatch(group -> group.targetGroupArn().equals(arn))),
        // deleted ECS clusters, services and task definitions stay describable as INACTIVE
        Map.entry("AWS::ECS::Cluster", name -> ecs.describeClusters(r -> r.clusters(name))
            .clusters().stream().anyMatch(c -> "ACTIVE".equals(c.status()))),
        Map.entry("AWS::ECS::Service", arn -> ecs.describeServices(
            r -> r.cluster(clusterOfService(arn)).services(arn)).services().stream()
            .anyMatch(s -> "ACTIVE".equals(s.status()))),
        Map.entry("AWS::ECS::TaskDefinition", arn -> "ACTIVE".equals(ecs.describeTaskDefinition(
            r -> r.taskDefinition(arn)).taskDefinition().statusAsString())),
        Map.entry("AWS::IAM::Role", name -> iam.listRolesPaginator().roles().stream()
            .anyMatch(role -> role.roleName().equals(name))),
        Map.entry("AWS::KMS::Alias", name -> kms.listAliasesPaginator().aliases().stream()
            .anyMatch(alias -> alias.aliasName().equals(name))),
        Map.entry("AWS::Lambda::Function", name -> lambda.listFunctionsPaginator().functions()
            .stream().anyMatch(function -> function.functionName().equals(name))),
        Map.entry("AWS::Logs::LogGroup", name -> logs.describeLogGroupsPaginator(
            r -> r.logGroupNamePrefix(name)).logGroups().stream()
            .anyMatch(group -> group.logGroupName().equals(name))),
        Map.entry("AWS::SecretsManager::Secret", arn -> secrets.listSecretsPaginator()
            .stream().flatMap(page -> page.secretList().stream())
            .anyMatch(secret -> secret.arn().equals(arn))),
        // the test launcher answers the group's attributes but creates nothing in moto's
        // ElastiCache (docs/deploy.md), so a teardown cannot leave one behind here
        Map.entry("AWS::ElastiCache::ReplicationGroup", id -> false),
        Map.entry("AWS::SNS::Topic", arn -> sns.listTopicsPaginator().topics().stream()
            .anyMatch(topic -> topic.topicArn().equals(arn))),
        Map.entry("AWS::RDS::DBParameterGroup", name -> rds.describeDBParameterGroupsPaginator()
            .dbParameterGroups().stream()
            .anyMatch(group -> group.dbParameterGroupName().equals(name))),
        // moto lists no physical id for a DB subnet group; the environment's VPC identifies it
        Map.entry("AWS::RDS::DBSubnetGroup", name -> rds.describeDBSubnetGroupsPaginator()
            .dbSubnetGroups().stream().anyMatch(group -> group.dbSubnetGroupName().equals(name)
                || vpcId.equals(group.vpcId()))));
  }

  /** Every resource of {@code stacks} as CloudFormation lists it now, less types moto skipped. */
  static List<Created> created(CloudFormationClient cloudFormation, GeneratedStacks stacks) {
    List<Created> created = new ArrayList<>();
    for (StackArtifact stack : stacks.deployOrder()) {
      for (StackResourceSummary resource : cloudFormation.listStackResourcesPaginator(
          r -> r.stackName(stack.stackName())).stackResourceSummaries()) {
        if (resource.resourceType() == null || resource.resourceType().isBlank()) {
          continue;
        }
        String policy = stack.template().path("Resources").path(resource.logicalResourceId())
            .path("DeletionPolicy").asText("Delete");
        created.add(new Created(stack.name(), resource.logicalResourceId(),
            resource.resourceType(), resource.physicalResourceId(), policy));
      }
    }
    return created;
  }

  /**
   * Those of {@code deleted} still there: described by their own id, or, for a part of another
   * resource, when that resource is. Fails on a type this class has no check for.
   */
  List<Created> stillThere(List<Created> deleted) {
    List<Created> remaining = new ArrayList<>();
    for (Created resource : deleted) {
      String owner = resource.type().startsWith("Custom::") ? CUSTOM_RESOURCE_OWNER
          : PART_OF.get(resource.type());
      if (owner != null) {
        List<Created> owners = deleted.stream()
            .filter(r -> r.stack().equals(resource.stack()) && r.type().equals(owner)).toList();
        if (owners.isEmpty()) {
          throw new IllegalStateException(resource + " lives in a " + owner
              + ", but its stack has none to check");
        }
        owners.stream().filter(this::isThere).findFirst().ifPresent(o -> remaining.add(resource));
      } else if (isThere(resource)) {
        remaining.add(resource);
      }
    }
    return remaining;
  }

  private boolean isThere(Created resource) {
    Predicate<String> check = stillThere.get(resource.type());
    if (check == null) {
      throw new IllegalStateException("No teardown check for " + resource.type() + " ("
          + resource.key() + "): add one to Leftovers");
    }
    return check.test(resource.physicalId());
  }

  /**
   * Whether CloudWatch lists the dashboard. The build has no CloudWatch SDK module (the SDK jars
   * are pinned and offline), so this one call is CloudWatch's query API by hand: ListDashboards,
   * which answers the names in XML. Only against a local emulator, which reads the service from
   * the credential scope and checks no signature.
   */
  private boolean dashboardExists(String name) {
    java.net.URI endpoint = target.endpoint().orElseThrow(() -> new IllegalStateException(
        "the dashboard check speaks to a local emulator only"));
    String region = target.region().orElse("us-east-1");
    var request = java.net.http.HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20260101/" + region
            + "/monitoring/aws4_request, SignedHeaders=host, Signature=0")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
            "Action=ListDashboards&Version=2010-08-01"))
        .build();
    try {
      String body = java.net.http.HttpClient.newHttpClient()
          .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
      if (!body.contains("ListDashboardsResponse")) {
        throw new IllegalStateException("ListDashboards answered: " + body);
      }
      return body.contains("<DashboardName>" + name + "</DashboardName>");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What is left in the environment's VPC, the VPC included: "kind id" per item. */
  List<String> inVpc() {
    List<String> left = new ArrayList<>();
    Filter inVpc = filter("vpc-id", vpcId);
    ec2.describeVpcs(r -> r.filters(inVpc)).vpcs()
        .forEach(v -> left.add("vpc " + v.vpcId()));
    ec2.describeSubnets(r -> r.filters(inVpc)).subnets()
        .forEach(s -> left.add("subnet " + s.subnetId()));
    ec2.describeRouteTables(r -> r.filters(inVpc)).routeTables()
        .forEach(t -> left.add("route table " + t.routeTableId()));
    ec2.describeSecurityGroups(r -> r.filters(inVpc)).securityGroups()
        .forEach(g -> left.add("security group " + g.groupId() + " " + g.groupName()));
    ec2.describeNetworkInterfaces(r -> r.filters(inVpc)).networkInterfaces()
        .forEach(n -> left.add("network interface " + n.networkInterfaceId()));
    ec2.describeInternetGateways(r -> r.filters(filter("attachment.vpc-id", vpcId)))
        .internetGateways().forEach(g -> left.add("internet gateway " + g.internetGatewayId()));
    ec2.describeNatGateways(r -> r.filter(inVpc)).natGateways().stream()
        .filter(n -> n.state() != NatGatewayState.DELETED)
        .forEach(n -> left.add("NAT gateway " + n.natGatewayId()));
    ec2.describeVpcEndpointsPaginator().vpcEndpoints().stream()
        .filter(e -> vpcId.equals(e.vpcId()) && !"deleted".equalsIgnoreCase(e.stateAsString()))
        .forEach(e -> left.add("VPC endpoint " + e.vpcEndpointId()));
    return left;
  }

  /** arn:aws:ecs:region:account:service/cluster/name (the long ARN format). */
  private static String clusterOfService(String arn) {
    String[] path = arn.substring(arn.indexOf(":service/") + ":service/".length()).split("/");
    return path[0];
  }

  private static Filter filter(String name, String value) {
    return Filter.builder().name(name).values(value).build();
  }

  @Override
  public void close() {
    ec2.close();
    elb.close();
    ecs.close();
    iam.close();
    kms.close();
    lambda.close();
    logs.close();
    rds.close();
    secrets.close();
    sns.close();
  }
}
