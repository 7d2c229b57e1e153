package org.llmgateway.cfn.generators.deploy;

import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DbInstanceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * generated-templates/ with the dev parameter files, on moto; after the checks every environment
 * gets, the update, diff-deployed and teardown paths run on the deployed stacks, in that order.
 */
@Order(2) // the slowest on moto_server: started first, on a server of its own
@OnMotoServer("dev-stacks")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevStacksOnMotoTest extends CheckedInStacksOnMoto {

  DevStacksOnMotoTest(MotoServer moto) {
    super(moto);
  }

  @Override
  EnvironmentConfig config() {
    return Environments.DEV;
  }

  @Override
  String environment() {
    return "dev";
  }

  private DeployOptions changeSets() {
    return DeployOptions.defaults()
        .withEnvironmentVariables(secretVariables(stacks))
        .withMethod(DeployMethod.CHANGE_SET);
  }

  /**
   * WafRateLimit, because moto 5.2 loses any resource it cannot update in place (the load
   * balancer, the VPC) when a parameter it references changes, and then fails every later call
   * on the stack; the WAF rule it references is a type moto skips.
   */
  @Test
  @Order(Integer.MAX_VALUE - 2)
  void theSameFilesAgainChangeNothingAndOneChangedParameterUpdatesOnlyItsStack() {
    var deployment = new Deployment(cloudFormation, FAST, printed::add);

    assertThat(deployment.deploy(stacks, changeSets()))
        .extracting(StackResult::outcome).containsOnly(StackResult.Outcome.UNCHANGED);

    var results = deployment.deploy(stacks,
        changeSets().withOverrides(Map.of("WafRateLimit", "1000")));

    for (StackResult result : results) {
      assertThat(result.outcome()).as(result.stackName()).isEqualTo(
          result.stackName().equals("dev-alb-stack")
              ? StackResult.Outcome.UPDATED : StackResult.Outcome.UNCHANGED);
    }
    var alb = cloudFormation.describeStacks(r -> r.stackName("dev-alb-stack")).stacks().get(0);
    assertThat(alb.stackStatusAsString()).isEqualTo("UPDATE_COMPLETE");
    assertThat(alb.parameters()).filteredOn(p -> p.parameterKey().equals("WafRateLimit"))
        .extracting(Parameter::parameterValue).containsExactly("1000");
    assertThat(new DeployedDiff(cloudFormation).compare(stacks))
        .filteredOn(StackDrift::drifted)
        .singleElement()
        .satisfies(drift -> {
          assertThat(drift.stackName()).isEqualTo("dev-alb-stack");
          assertThat(drift.differences()).containsExactly("parameter WafRateLimit: deployed "
              + "\"1000\", generated-templates/parameters/dev/alb-stack.json \"2000\"");
        });
  }

  @Test
  @Order(Integer.MAX_VALUE - 1)
  void diffDeployedReportsATemplateChangedByHandOnTheDeployedStack() {
    StackArtifact network = stacks.stacks().get("network");
    String edited = network.templateBody().replace(
        "GroupDescription: \"LiteLLM load balancer: HTTP and HTTPS from the internet\"",
        "GroupDescription: \"changed in the console\"");
    assertThat(edited).isNotEqualTo(network.templateBody());
    cloudFormation.updateStack(r -> r.stackName(network.stackName()).templateBody(edited)
        .parameters(network.declaredParameters().stream()
            .map(key -> Parameter.builder().parameterKey(key).usePreviousValue(true).build())
            .toList()));

    var report = new DeployedDiff(cloudFormation).compare(stacks);

    assertThat(report).filteredOn(d -> d.stackName().equals("dev-network-stack"))
        .singleElement()
        .satisfies(drift -> assertThat(drift.differences()).containsExactly(
            "Resources.AlbSecurityGroup.Properties.GroupDescription: deployed "
                + "\"changed in the console\", generated "
                + "\"LiteLLM load balancer: HTTP and HTTPS from the internet\""));
  }

  /**
   * Kept on purpose when their stacks are deleted, by the DeletionPolicy their templates set
   * (docs/deploy.md lists the same four): the project key, because the final database snapshot
   * and everything else encrypted with it would be unreadable without it; the salt key, without
   * which a restored database's stored provider credentials could not be decrypted; the image
   * repository, because its images outlive a stack; the database, which goes but leaves a final
   * snapshot; the ALB access logs, which are evidence and expire by their lifecycle rule. (The
   * backup vault is kept too, but dev has no backups.)
   */
  static final Map<String, String> KEPT_ON_PURPOSE = Map.of(
      "alb/AccessLogBucket", "Retain",
      "security/KmsKey", "Retain",
      "security/SaltKeySecret", "Retain",
      "security/ConfigBucket", "Retain",
      "litellm/Repository", "Retain",
      "database/DbInstance", "Snapshot");

  @Test
  @Order(Integer.MAX_VALUE)
  void teardownDeletesEveryStackAndLeavesOnlyTheResourcesTheTemplatesKeepOnPurpose() {
    List<Leftovers.Created> created = Leftovers.created(cloudFormation, stacks);
    assertThat(created).extracting(Leftovers.Created::stack)
        .containsAll(stacks.stacks().keySet());
    String vpcId = output("network", "VpcId");
    String keyArn = output("security", "KmsKeyArn");
    String saltKeyArn = output("security", "SaltKeySecretArn");
    List<String> order = stacks.teardownOrder().stream().map(StackArtifact::stackName).toList();

    long started = System.nanoTime();
    List<String> deleted = new Teardown(cloudFormation, FAST, printed::add).teardown(stacks);
    System.out.printf("tore down %d dev stacks on moto in %d ms%n", deleted.size(),
        (System.nanoTime() - started) / 1_000_000);

    assertThat(deleted).containsExactlyElementsOf(order);
    for (String stack : order) {
      assertThatThrownBy(() -> cloudFormation.describeStacks(r -> r.stackName(stack)))
          .as(stack).isInstanceOf(CloudFormationException.class)
          .hasMessageContaining("does not exist");
    }
    assertThat(cloudFormation.listStacks().stackSummaries())
        .filteredOn(summary -> order.contains(summary.stackName()))
        .hasSize(order.size())
        .allSatisfy(s -> assertThat(s.stackStatusAsString()).isEqualTo("DELETE_COMPLETE"));
    assertThat(cloudFormation.listExportsPaginator().exports())
        .noneMatch(e -> e.name().startsWith("dev-"));

    Map<String, String> kept = new TreeMap<>();
    created.stream().filter(r -> !r.deletionPolicy().equals("Delete"))
        .forEach(r -> kept.put(r.key(), r.deletionPolicy()));
    assertThat(kept).isEqualTo(new TreeMap<>(KEPT_ON_PURPOSE));
    try (Leftovers leftovers = new Leftovers(moto.target(), vpcId)) {
      assertThat(leftovers.stillThere(created.stream()
          .filter(r -> r.deletionPolicy().equals("Delete")).toList())).isEmpty();
      assertThat(leftovers.inVpc()).isEmpty();
    }

    Map<String, String> physicalIds = created.stream()
        .collect(Collectors.toMap(Leftovers.Created::key, Leftovers.Created::physicalId));
    try (KmsClient kms = moto.target().client(KmsClient.builder())) {
      assertThat(kms.describeKey(r -> r.keyId(physicalIds.get("security/KmsKey"))).keyMetadata())
          .satisfies(key -> assertThat(key.arn()).isEqualTo(keyArn))
          .satisfies(key -> assertThat(key.keyState()).isEqualTo(KeyState.ENABLED));
    }
    try (SecretsManagerClient secrets = moto.target().client(SecretsManagerClient.builder())) {
      assertThat(secrets.describeSecret(r -> r.secretId(physicalIds.get("security/SaltKeySecret"))))
          .satisfies(secret -> assertThat(secret.arn()).isEqualTo(saltKeyArn))
          .satisfies(secret -> assertThat(secret.deletedDate()).isNull());
    }
    try (EcrClient ecr = moto.target().client(EcrClient.builder())) {
      assertThat(ecr.describeRepositories(r -> r.repositoryNames(
          physicalIds.get("litellm/Repository"))).repositories())
          .singleElement()
          .satisfies(repository -> assertThat(repository.repositoryUri())
              .isEqualTo(output("litellm", "RepositoryUri")));
    }
    String database = physicalIds.get("database/DbInstance");
    try (RdsClient rds = moto.target().client(RdsClient.builder())) {
      assertThatThrownBy(() -> rds.describeDBInstances(r -> r.dbInstanceIdentifier(database)))
          .isInstanceOf(DbInstanceNotFoundException.class);
      assertThat(rds.describeDBSnapshots(r -> r.dbInstanceIdentifier(database)
          .snapshotType("manual")).dbSnapshots())
          .singleElement()
          .satisfies(snapshot -> {
            assertThat(snapshot.encrypted()).isTrue();
            assertThat(snapshot.kmsKeyId()).isEqualTo(keyArn);
          });
    }
  }
}
