package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.SharedNames;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Export;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;

/**
 * The checked-in generated-templates/ of one environment, deployed to moto_server the way the
 * pipelines deploy them, and checked through the services' own describe calls: what moto built,
 * not what the templates say. Subclasses name the environment; the dev one also walks the update,
 * diff and teardown paths.
 */
@OnMotoServer
// prints how long the deploy and teardown took: not while another class captures System.out
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CheckedInStacksOnMoto {

  static final Polling FAST = new Polling(Duration.ofMillis(100), Duration.ofMinutes(5));

  final MotoServer moto;
  final CloudFormationClient cloudFormation;
  final List<String> printed = new ArrayList<>();
  GeneratedStacks stacks;
  Map<String, StackResult> deployed;

  CheckedInStacksOnMoto(MotoServer moto) {
    this.moto = moto;
    this.cloudFormation = moto.target().cloudFormation();
  }

  abstract String environment();

  /** The settings the parameter files were generated from: the expected values. */
  abstract EnvironmentConfig config();

  /** Parameter values deployed in place of the files' (none unless an environment says why). */
  Map<String, String> overrides() {
    return Map.of();
  }

  static Path repositoryRoot() {
    return Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
  }

  /** Dummy values for every NoEcho parameter, the way a pipeline passes its secret variables. */
  static Map<String, String> secretVariables(GeneratedStacks stacks) {
    Map<String, String> variables = new TreeMap<>();
    for (StackArtifact stack : stacks.stacks().values()) {
      for (String key : stack.declaredParameters()) {
        if (stack.isNoEcho(key)) {
          variables.put(DeployOptions.PARAMETER_VARIABLE_PREFIX + key, "moto-test-" + key);
        }
      }
    }
    return variables;
  }

  @BeforeAll
  void deployEveryCheckedInStack() {
    stacks = GeneratedStacks.load(repositoryRoot(), environment());
    long started = System.nanoTime();
    List<StackResult> results = new Deployment(cloudFormation, FAST, printed::add)
        .deploy(stacks, DeployOptions.defaults()
            .withOverrides(overrides())
            .withEnvironmentVariables(secretVariables(stacks))
            .withMethod(DeployMethod.DIRECT));
    System.out.printf("deployed %d %s stacks to moto in %d ms%n", results.size(), environment(),
        (System.nanoTime() - started) / 1_000_000);
    deployed = results.stream().collect(Collectors.toMap(
        r -> r.stackName().substring(environment().length() + 1,
            r.stackName().length() - "-stack".length()),
        Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  @AfterAll
  void closeClient() {
    cloudFormation.close();
  }

  String output(String stack, String key) {
    String value = deployed.get(stack).outputs().get(key);
    assertThat(value).as("output %s of the %s stack", key, stack).isNotBlank();
    return value;
  }

  @Test
  void everyStackIsCreateCompleteInTheOrderTheStackGraphComputes() {
    assertThat(deployed.keySet()).containsExactlyElementsOf(
        stacks.deployOrder().stream().map(StackArtifact::name).toList());
    for (StackArtifact stack : stacks.deployOrder()) {
      assertThat(cloudFormation.describeStacks(r -> r.stackName(stack.stackName())).stacks()
          .get(0).stackStatusAsString()).as(stack.stackName()).isEqualTo("CREATE_COMPLETE");
    }
  }

  @Test
  void everyExportExistsWithTheValueOfItsOutput() {
    Map<String, String> exports = new TreeMap<>();
    cloudFormation.listExportsPaginator().exports()
        .forEach(e -> exports.put(e.name(), e.value()));
    for (var entry : stacks.graph().exporters().entrySet()) {
      String exportName = entry.getKey();
      StackResult exporter = deployed.get(entry.getValue());
      assertThat(exports).as("export %s", exportName).containsKey(exportName);
      assertThat(exporter.outputs()).as("outputs of %s", exporter.stackName())
          .containsValue(exports.get(exportName));
    }
    assertThat(exports.keySet()).containsAll(stacks.graph().exporters().keySet());
  }

  @Test
  void everyImportResolvesToAnExportOfTheStackItDependsOn() {
    Map<String, String> exportingStackId = new TreeMap<>();
    for (Export export : cloudFormation.listExportsPaginator().exports()) {
      exportingStackId.put(export.name(), export.exportingStackId());
    }
    for (StackArtifact stack : stacks.deployOrder()) {
      for (String imported : importedNames(stack)) {
        String exporter = stacks.graph().exporters().get(imported);
        assertThat(exporter).as("%s imports %s", stack.name(), imported).isNotNull();
        assertThat(stacks.graph().dependencies().get(stack.name())).contains(exporter);
        String exporterId = cloudFormation.describeStacks(
            r -> r.stackName(stacks.stacks().get(exporter).stackName())).stacks().get(0).stackId();
        assertThat(exportingStackId).as("export %s", imported)
            .containsEntry(imported, exporterId);
      }
    }
  }

  /** Import names of one stack, resolved for this environment. */
  SortedSet<String> importedNames(StackArtifact stack) {
    SortedSet<String> names = new TreeSet<>();
    collectImports(stack.template(), names);
    return names;
  }

  private void collectImports(JsonNode node, SortedSet<String> names) {
    if (node.isObject() && node.has("Fn::ImportValue")) {
      JsonNode name = node.get("Fn::ImportValue");
      names.add(name.isTextual() ? name.asText()
          : name.path("Fn::Sub").asText().replace("${NamePrefix}", environment()));
      return;
    }
    node.elements().forEachRemaining(child -> collectImports(child, names));
  }

  // --- network: VPC, subnets, security groups and their rules

  @Test
  void theVpcHasTheParameterFileCidr() {
    // moto ignores EnableDnsHostnames/EnableDnsSupport on create, so they are not asserted here
    String vpcId = output("network", "VpcId");
    String cidr = stacks.stacks().get("network").parameters().get("VpcCidr");
    try (Ec2Client ec2 = moto.target().client(Ec2Client.builder())) {
      assertThat(ec2.describeVpcs(r -> r.vpcIds(vpcId)).vpcs().get(0).cidrBlock())
          .isEqualTo(cidr);
    }
  }

  @Test
  void twoPublicAndTwoPrivateSubnetsSpanTwoAvailabilityZones() {
    var network = stacks.stacks().get("network").parameters();
    try (Ec2Client ec2 = moto.target().client(Ec2Client.builder())) {
      Map<String, Subnet> byId = new TreeMap<>();
      ec2.describeSubnets(r -> r.filters(f -> f.name("vpc-id")
          .values(output("network", "VpcId")))).subnets().forEach(s -> byId.put(s.subnetId(), s));
      Subnet public1 = byId.get(output("network", "PublicSubnet1Id"));
      Subnet public2 = byId.get(output("network", "PublicSubnet2Id"));
      Subnet private1 = byId.get(output("network", "PrivateSubnet1Id"));
      Subnet private2 = byId.get(output("network", "PrivateSubnet2Id"));
      assertThat(byId).hasSize(4);
      assertThat(public1.cidrBlock()).isEqualTo(network.get("PublicSubnet1Cidr"));
      assertThat(public2.cidrBlock()).isEqualTo(network.get("PublicSubnet2Cidr"));
      assertThat(private1.cidrBlock()).isEqualTo(network.get("PrivateSubnet1Cidr"));
      assertThat(private2.cidrBlock()).isEqualTo(network.get("PrivateSubnet2Cidr"));
      // moto ignores MapPublicIpOnLaunch on create: which subnets are public is not asserted
      assertThat(public1.availabilityZone()).isNotEqualTo(public2.availabilityZone());
      assertThat(private1.availabilityZone()).isNotEqualTo(private2.availabilityZone());
    }
  }

  @Test
  void securityGroupsLetTheInternetReachOnlyTheAlbAndChainAlbToEcsToRds() {
    try (Ec2Client ec2 = moto.target().client(Ec2Client.builder())) {
      Map<String, SecurityGroup> groups = new TreeMap<>();
      ec2.describeSecurityGroups(r -> r.filters(f -> f.name("vpc-id")
          .values(output("network", "VpcId")))).securityGroups()
          .forEach(g -> groups.put(g.groupId(), g));
      SecurityGroup alb = groups.get(output("network", "AlbSecurityGroupId"));
      SecurityGroup ecs = groups.get(output("network", "EcsSecurityGroupId"));
      SecurityGroup rds = groups.get(output("network", "RdsSecurityGroupId"));
      SecurityGroup lambda = groups.get(output("network", "LambdaSecurityGroupId"));
      SecurityGroup rotation = groups.get(output("network", "MasterKeyRotationSecurityGroupId"));

      assertThat(openToTheWorld(alb)).containsExactlyInAnyOrder(80, 443);
      assertThat(openToTheWorld(ecs)).isEmpty();
      assertThat(openToTheWorld(rds)).isEmpty();
      assertThat(sources(ecs)).containsExactlyInAnyOrder(
          alb.groupId() + ":4000", rotation.groupId() + ":4000");
      assertThat(openToTheWorld(rotation)).isEmpty();
      assertThat(sources(rotation)).as("nothing may call the rotation function's network").isEmpty();
      assertThat(sources(rds)).containsExactlyInAnyOrder(
          ecs.groupId() + ":5432", lambda.groupId() + ":5432");
    }
  }

  private static List<Integer> openToTheWorld(SecurityGroup group) {
    return group.ipPermissions().stream()
        .filter(p -> p.ipRanges().stream().anyMatch(r -> r.cidrIp().equals("0.0.0.0/0")))
        .map(IpPermission::fromPort)
        .toList();
  }

  /** "sourceGroupId:port" for every rule that admits another security group. */
  private static List<String> sources(SecurityGroup group) {
    List<String> sources = new ArrayList<>();
    for (IpPermission permission : group.ipPermissions()) {
      permission.userIdGroupPairs().forEach(
          pair -> sources.add(pair.groupId() + ":" + permission.fromPort()));
    }
    return sources;
  }

  // --- alb: load balancer, target group health check, listener and its rules

  @Test
  void theLoadBalancerIsInternetFacingInThePublicSubnetsBehindTheAlbSecurityGroup() {
    try (var elb = moto.target().client(ElasticLoadBalancingV2Client.builder())) {
      var lb = elb.describeLoadBalancers(r -> r.loadBalancerArns(
          output("alb", "LoadBalancerArn"))).loadBalancers().get(0);
      assertThat(lb.schemeAsString()).isEqualTo("internet-facing");
      assertThat(lb.typeAsString()).isEqualTo("application");
      assertThat(lb.loadBalancerName()).isEqualTo(environment() + "-litellm-alb");
      assertThat(lb.securityGroups()).containsExactly(output("network", "AlbSecurityGroupId"));
      assertThat(lb.availabilityZones()).extracting(az -> az.subnetId())
          .containsExactlyInAnyOrder(output("network", "PublicSubnet1Id"),
              output("network", "PublicSubnet2Id"));
      assertThat(lb.vpcId()).isEqualTo(output("network", "VpcId"));
    }
  }

  @Test
  void theTargetGroupChecksHealthLivelinessEvery30SecondsOnPort4000() {
    try (var elb = moto.target().client(ElasticLoadBalancingV2Client.builder())) {
      var group = elb.describeTargetGroups(r -> r.targetGroupArns(
          output("alb", "TargetGroupArn"))).targetGroups().get(0);
      assertThat(group.port()).isEqualTo(4000);
      assertThat(group.protocolAsString()).isEqualTo("HTTP");
      assertThat(group.targetTypeAsString()).isEqualTo("ip");
      assertThat(group.vpcId()).isEqualTo(output("network", "VpcId"));
      assertThat(group.healthCheckPath()).isEqualTo("/health/liveliness");
      assertThat(group.healthCheckIntervalSeconds()).isEqualTo(30);
      assertThat(group.healthCheckTimeoutSeconds()).isEqualTo(15);
      assertThat(group.healthyThresholdCount()).isEqualTo(2);
      assertThat(group.unhealthyThresholdCount()).isEqualTo(5);
      assertThat(group.matcher().httpCode()).isEqualTo("200");
    }
  }

  @Test
  void theListenerRoutesApiHealthUiAndEverythingElseToTheTargetGroupByPriority() {
    String targetGroup = output("alb", "TargetGroupArn");
    // no domain in the checked-in files: the served host is the load balancer's own name
    String servedHost = output("alb", "LoadBalancerDnsName");
    try (var elb = moto.target().client(ElasticLoadBalancingV2Client.builder())) {
      var listener = elb.describeListeners(r -> r.listenerArns(
          output("alb", "ServingListenerArn"))).listeners().get(0);
      assertThat(listener.loadBalancerArn()).isEqualTo(output("alb", "LoadBalancerArn"));
      Map<String, String> pathByPriority = new TreeMap<>();
      for (Rule rule : elb.describeRules(r -> r.listenerArn(listener.listenerArn())).rules()) {
        if (rule.isDefault()) {
          continue;
        }
        assertThat(rule.actions()).singleElement()
            .satisfies(a -> assertThat(a.targetGroupArn()).isEqualTo(targetGroup));
        pathByPriority.put(rule.priority(), rule.conditions().stream()
            .filter(c -> c.field().equals("path-pattern"))
            .findFirst().orElseThrow().pathPatternConfig().values().get(0));
        assertThat(rule.conditions())
            .filteredOn(c -> c.field().equals("host-header"))
            .singleElement()
            .satisfies(c -> assertThat(c.hostHeaderConfig().values())
                .containsExactly(servedHost));
      }
      assertThat(pathByPriority).containsExactly(
          Map.entry("10", "/v1/*"), Map.entry("100", "/*"), Map.entry("20", "/health"),
          Map.entry("30", "/ui/*"));
    }
  }

  // --- security: KMS key, IAM roles

  @Test
  void theProjectKeyIsEnabledRotatesAndHasTheEnvironmentsAlias() {
    String keyArn = output("security", "KmsKeyArn");
    try (KmsClient kms = moto.target().client(KmsClient.builder())) {
      var key = kms.describeKey(r -> r.keyId(keyArn)).keyMetadata();
      assertThat(key.enabled()).isTrue();
      assertThat(key.keyManagerAsString()).isEqualTo("CUSTOMER");
      assertThat(kms.getKeyRotationStatus(r -> r.keyId(keyArn)).keyRotationEnabled()).isTrue();
      assertThat(kms.listAliases(r -> r.keyId(key.keyId())).aliases())
          .extracting(a -> a.aliasName()).contains("alias/" + environment() + "-litellm");
    }
  }

  @Test
  void theTaskRolesCanBeAssumedOnlyByEcsTasks() {
    try (IamClient iam = moto.target().client(IamClient.builder())) {
      for (String output : List.of("TaskExecutionRoleArn", "TaskRoleArn")) {
        String arn = output("security", output);
        var role = iam.getRole(r -> r.roleName(arn.substring(arn.lastIndexOf('/') + 1))).role();
        String trust = java.net.URLDecoder.decode(role.assumeRolePolicyDocument(),
            java.nio.charset.StandardCharsets.UTF_8);
        assertThat(role.arn()).isEqualTo(arn);
        assertThat(trust).as(output).contains("ecs-tasks.amazonaws.com")
            .doesNotContain("lambda.amazonaws.com");
      }
    }
  }

  // --- database: the RDS instance and its rotation function

  @Test
  void theDatabaseIsAPrivateEncryptedPostgresInstanceSizedForTheEnvironment() {
    try (RdsClient rds = moto.target().client(RdsClient.builder())) {
      var db = rds.describeDBInstances(r -> r.dbInstanceIdentifier(
          output("database", "InstanceId"))).dbInstances().get(0);
      assertThat(db.engine()).isEqualTo("postgres");
      assertThat(db.dbInstanceClass()).isEqualTo(config().dbInstanceClass());
      assertThat(db.multiAZ()).isEqualTo(config().multiAz());
      assertThat(db.storageEncrypted()).isTrue();
      assertThat(db.kmsKeyId()).isEqualTo(output("security", "KmsKeyArn"));
      assertThat(db.publiclyAccessible()).isFalse();
      assertThat(db.backupRetentionPeriod()).isEqualTo(config().dbBackupRetentionDays());
      assertThat(db.dbName()).isEqualTo(SharedNames.DATABASE_NAME);
      assertThat(db.masterUsername()).isEqualTo(SharedNames.DATABASE_MASTER_USER);
      // RDS keeps the master password in its own secret, under the project key
      assertThat(db.masterUserSecret().secretArn()).contains(":secret:rds!db-");
      assertThat(db.masterUserSecret().kmsKeyId()).isEqualTo(output("security", "KmsKeyArn"));
      assertThat(db.endpoint().address()).isEqualTo(output("database", "EndpointAddress"));
      assertThat(db.endpoint().port()).isEqualTo(SharedNames.DATABASE_PORT);
      // moto ignores VPCSecurityGroups on create, so the RDS security group is not asserted
      assertThat(db.dbSubnetGroup().subnets()).extracting(sn -> sn.subnetIdentifier())
          .containsExactlyInAnyOrder(output("network", "PrivateSubnet1Id"),
              output("network", "PrivateSubnet2Id"));
    }
  }

  @Test
  void theDatabaseRotationFunctionRunsInThePrivateSubnetsBehindTheLambdaSecurityGroup() {
    try (LambdaClient lambda = moto.target().client(LambdaClient.builder())) {
      var function = lambda.getFunction(r -> r.functionName(
          environment() + "-litellm-db-rotation")).configuration();
      assertThat(function.runtimeAsString()).isEqualTo("python3.14");
      assertThat(function.vpcConfig().subnetIds()).containsExactlyInAnyOrder(
          output("network", "PrivateSubnet1Id"), output("network", "PrivateSubnet2Id"));
      assertThat(function.vpcConfig().securityGroupIds())
          .containsExactly(output("network", "LambdaSecurityGroupId"));
    }
  }

  // --- litellm: ECS task definition, service and log group, master key rotation function

  @Test
  void theMasterKeyRotationFunctionRunsPython312BesideTheTasksAndLogsForTheRetention() {
    String name = environment() + "-litellm-master-key-rotation";
    try (LambdaClient lambda = moto.target().client(LambdaClient.builder());
        CloudWatchLogsClient logs = moto.target().client(CloudWatchLogsClient.builder())) {
      var function = lambda.getFunction(r -> r.functionName(name)).configuration();
      assertThat(function.runtimeAsString()).isEqualTo("python3.14");
      assertThat(function.handler()).isEqualTo("index.handler");
      assertThat(function.vpcConfig().subnetIds()).containsExactlyInAnyOrder(
          output("network", "PrivateSubnet1Id"), output("network", "PrivateSubnet2Id"));
      assertThat(function.vpcConfig().securityGroupIds())
          .containsExactly(output("network", "MasterKeyRotationSecurityGroupId"));
      assertThat(logs.describeLogGroups(r -> r.logGroupNamePrefix(
          SharedNames.FUNCTION_LOG_GROUP_PREFIX + name)).logGroups())
          .singleElement()
          .satisfies(g -> assertThat(g.retentionInDays()).isEqualTo(config().logRetentionDays()));
    }
  }


  @Test
  void theTaskDefinitionRunsTheProxyOnPort4000WithItsLogGroupAndTheSecurityStacksSecrets() {
    try (EcsClient ecs = moto.target().client(EcsClient.builder())) {
      var task = ecs.describeTaskDefinition(r -> r.taskDefinition(
          environment() + SharedNames.TASK_FAMILY_SUFFIX)).taskDefinition();
      // moto keeps only Family, ContainerDefinitions, Volumes and Memory of a task definition
      // created through CloudFormation; Cpu, NetworkMode, RequiresCompatibilities and the two
      // role ARNs are dropped, so they are not asserted here
      assertThat(task.family()).isEqualTo(environment() + SharedNames.TASK_FAMILY_SUFFIX);
      assertThat(task.memory()).isEqualTo(String.valueOf(config().taskMemoryMb()));
      ContainerDefinition proxy = task.containerDefinitions().stream()
          .filter(c -> c.name().equals(SharedNames.CONTAINER_NAME)).findFirst().orElseThrow();
      assertThat(proxy.portMappings()).extracting(m -> m.containerPort())
          .containsExactly(SharedNames.CONTAINER_PORT);
      assertThat(proxy.logConfiguration().logDriverAsString()).isEqualTo("awslogs");
      assertThat(proxy.logConfiguration().options())
          .containsEntry("awslogs-group", output("litellm", "LogGroupName"));
      assertThat(proxy.secrets()).extracting(secret -> secret.valueFrom())
          .anyMatch(from -> from.startsWith(output("security", "MasterKeySecretArn")))
          .anyMatch(from -> from.startsWith(output("security", "DatabaseSecretArn")));
    }
  }

  @Test
  void theServiceRunsTheTaskDefinitionInTheClusterWithTheEnvironmentsTaskCount() {
    try (EcsClient ecs = moto.target().client(EcsClient.builder())) {
      var service = ecs.describeServices(r -> r.cluster(output("litellm", "ClusterName"))
          .services(output("litellm", "ServiceName"))).services().get(0);
      assertThat(service.serviceName()).isEqualTo(environment() + SharedNames.SERVICE_SUFFIX);
      assertThat(service.desiredCount()).isEqualTo(config().desiredCount());
      assertThat(service.taskDefinition())
          .contains(":task-definition/" + environment() + SharedNames.TASK_FAMILY_SUFFIX + ":");
      assertThat(ecs.describeClusters(r -> r.clusters(output("litellm", "ClusterName")))
          .clusters()).singleElement()
          .satisfies(c -> assertThat(c.status()).isEqualTo("ACTIVE"));
    }
  }

  @Test
  void theProxyLogGroupKeepsLogsForTheEnvironmentsRetention() {
    try (CloudWatchLogsClient logs = moto.target().client(CloudWatchLogsClient.builder())) {
      assertThat(logs.describeLogGroups(r -> r.logGroupNamePrefix(
          output("litellm", "LogGroupName"))).logGroups())
          .singleElement()
          .satisfies(g -> assertThat(g.retentionInDays()).isEqualTo(config().logRetentionDays()));
    }
  }

  // --- what moto modelled and what it skipped, for docs/deploy.md

  @Test
  void everyResourceTypeMotoSkippedIsListedInTheDeployDocs() throws IOException {
    SortedSet<String> modelled = new TreeSet<>();
    SortedSet<String> declared = new TreeSet<>();
    for (StackArtifact stack : stacks.deployOrder()) {
      for (StackResourceSummary resource : cloudFormation.listStackResourcesPaginator(
          r -> r.stackName(stack.stackName())).stackResourceSummaries()) {
        if (resource.resourceType() != null && !resource.resourceType().isBlank()) {
          modelled.add(resource.resourceType());
        }
      }
      stack.template().path("Resources").elements()
          .forEachRemaining(r -> declared.add(r.path("Type").asText()));
    }
    SortedSet<String> skipped = new TreeSet<>();
    for (String warning : moto.unsupportedTypeWarnings()) {
      declared.stream().filter(type -> warning.contains(type + " ")).forEach(skipped::add);
    }
    SortedSet<String> notCreated = new TreeSet<>(declared);
    notCreated.removeAll(modelled);
    notCreated.removeAll(skipped);
    String report = "moto modelled: " + modelled + "\nmoto skipped: " + skipped
        + "\nnot created in " + environment() + " (condition false): " + notCreated + "\n";
    Files.writeString(Path.of("target", "moto-coverage-" + environment() + ".txt"), report);
    System.out.print(report);

    assertThat(modelled).isNotEmpty();
    String docs = Files.readString(repositoryRoot().resolve("docs/deploy.md"));
    assertThat(skipped).allSatisfy(type -> assertThat(docs).as("docs/deploy.md").contains(type));
    assertThat(modelled).allSatisfy(type -> assertThat(docs).as("docs/deploy.md").contains(type));
  }
}
