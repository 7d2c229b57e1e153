package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;

/**
 * generated-templates/ with the prod parameter files, on moto; after the checks every environment
 * gets, a teardown that prod's deletion protection stops.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProdStacksOnMotoTest extends CheckedInStacksOnMoto {

  ProdStacksOnMotoTest(MotoServer moto) {
    super(moto);
  }

  @Override
  EnvironmentConfig config() {
    return Environments.PROD;
  }

  @Override
  String environment() {
    return "prod";
  }

  /**
   * prod's files carry the placeholder domain, whose zone exists nowhere (the pre-flight refuses
   * it: HostedZonePreflightOnMotoTest), and moto's CloudFormation creates no ACM certificate. So
   * prod goes to moto without a domain; the HTTPS resources are asserted on the model
   * (AlbStackTest).
   */
  @Override
  Map<String, String> overrides() {
    return Map.of("DomainName", "", "HostedZoneId", "");
  }

  /**
   * prod's parameter files turn deletion protection on for the database (and the load balancer,
   * which the teardown order reaches after it), so a teardown deletes the litellm stack and stops
   * at the database stack, naming the reason; the stacks after it are untouched. Switching
   * protection off is a deploy of its own, on purpose (docs/deploy.md). On AWS the database stack
   * is then DELETE_FAILED and keeps what the instance uses; moto deletes the stack's other
   * resources in no order and forgets the stack, so only the refusal is asserted for it.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void teardownStopsAtTheDatabaseWhileItsDeletionProtectionIsOn() {
    List<String> order = stacks.teardownOrder().stream().map(StackArtifact::stackName).toList();
    int database = order.indexOf("prod-database-stack");
    // the observability stack only reads the others' exports, so it goes first
    assertThat(order.subList(0, 2)).containsExactly("prod-observability-stack", "prod-litellm-stack");
    assertThat(order.subList(database + 1, order.size())).contains("prod-alb-stack");

    assertThatThrownBy(() -> new Teardown(cloudFormation, FAST, printed::add).teardown(stacks))
        .isInstanceOf(DeployException.class)
        .hasMessageStartingWith("prod-database-stack: ")
        .hasMessageContaining("deletion protection");

    for (String deleted : order.subList(0, database)) {
      assertThat(printed).contains(deleted + ": deleted");
      assertThatThrownBy(() -> cloudFormation.describeStacks(r -> r.stackName(deleted)))
          .isInstanceOf(CloudFormationException.class).hasMessageContaining("does not exist");
    }
    for (String untouched : order.subList(database + 1, order.size())) {
      assertThat(cloudFormation.describeStacks(r -> r.stackName(untouched)).stacks().get(0)
          .stackStatusAsString()).as(untouched).isEqualTo("CREATE_COMPLETE");
    }
  }
}
