package org.llmgateway.cfn.generators.deploy;

import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;

/**
 * generated-templates/ with the dev parameter files, on moto; after the checks every environment
 * gets, the update, diff-deployed and teardown paths run on the deployed stacks, in that order.
 */
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
   * On moto the network stack cannot be deleted: moto's CloudFormation has no delete for NAT
   * gateways, VPC endpoints, route tables and the like, so the VPC keeps dependencies (see
   * docs/deploy.md). Everything before it in the reverse order is gone.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void teardownDeletesTheStacksInReverseOrderAndTheirResourcesWithThem() {
    String loadBalancer = output("alb", "LoadBalancerArn");
    String taskRole = output("security", "TaskRoleArn");
    List<String> order = stacks.teardownOrder().stream().map(StackArtifact::stackName).toList();
    assertThat(order).last().isEqualTo("dev-network-stack");

    assertThatThrownBy(() -> new Teardown(cloudFormation, FAST, printed::add).teardown(stacks))
        .isInstanceOf(DeployException.class)
        .hasMessageStartingWith("dev-network-stack: ")
        .hasMessageContaining("has dependencies and cannot be deleted");

    for (String deleted : order.subList(0, order.size() - 1)) {
      assertThat(printed).as("teardown output").contains(deleted + ": deleted");
    }
    assertThat(cloudFormation.listExportsPaginator().exports())
        .noneMatch(e -> e.name().startsWith("dev-litellm-") || e.name().startsWith("dev-alb-")
            || e.name().startsWith("dev-database-") || e.name().startsWith("dev-security-"));
    try (var elb = moto.target().client(ElasticLoadBalancingV2Client.builder())) {
      assertThatThrownBy(() -> elb.describeLoadBalancers(r -> r.loadBalancerArns(loadBalancer)))
          .isInstanceOf(ElasticLoadBalancingV2Exception.class);
    }
    try (RdsClient rds = moto.target().client(RdsClient.builder())) {
      assertThat(rds.describeDBInstances().dbInstances()).isEmpty();
    }
    // moto's CloudFormation has no delete for ECS clusters and services: they stay in moto
    try (LambdaClient lambda = moto.target().client(LambdaClient.builder())) {
      assertThat(lambda.listFunctions().functions()).isEmpty();
    }
    try (IamClient iam = moto.target().client(IamClient.builder())) {
      assertThat(iam.listRoles().roles()).extracting(r -> r.arn()).doesNotContain(taskRole);
    }
  }
}
