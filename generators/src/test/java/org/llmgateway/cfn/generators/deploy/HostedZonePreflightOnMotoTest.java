package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.stack.alb.HostedZoneCheck;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * The alb stack's Route 53 pre-flight against moto_server: the shipped prod placeholders stop the
 * run before any stack exists, a zone that does not exist or does not hold the domain is refused
 * naming the setting to change, and a public zone holding the domain passes.
 */
@OnMotoServer
class HostedZonePreflightOnMotoTest {

  private final MotoServer moto;
  private final CloudFormationClient cloudFormation;
  private final List<String> printed = new ArrayList<>();

  HostedZonePreflightOnMotoTest(MotoServer moto) {
    this.moto = moto;
    this.cloudFormation = moto.target().cloudFormation();
  }

  @BeforeEach
  void freshAccount() {
    moto.reset();
  }

  @AfterEach
  void closeClient() {
    cloudFormation.close();
  }

  /** A public zone in moto's Route 53; its id without the /hostedzone/ prefix, as settings hold it. */
  private String publicZone(String name) {
    try (Route53Client route53 = moto.target().client(Route53Client.builder())) {
      String id = route53.createHostedZone(r -> r.name(name).callerReference(name))
          .hostedZone().id();
      return id.substring(id.lastIndexOf('/') + 1);
    }
  }

  private void check(String domain, String zoneId) {
    StackArtifact alb = GeneratedStacks.load(CheckedInStacksOnMoto.repositoryRoot(), "prod")
        .stacks().get("alb");
    var planned = new PlannedStack(alb, Optional.empty(),
        Map.of("DomainName", domain, "HostedZoneId", zoneId));
    new HostedZoneCheck().check(new DeployPlan("prod", moto.target(), CheckedInStacksOnMoto.FAST,
        List.of(planned), printed::add));
  }

  @Test
  void theShippedProdPlaceholdersAreRefusedBeforeAnyStackExistsSayingToSetTheDomain() {
    var stacks = GeneratedStacks.load(CheckedInStacksOnMoto.repositoryRoot(), "prod");
    assertThat(stacks.stacks().get("alb").parameters())
        .containsEntry("DomainName", "llm.example.com")
        .containsEntry("HostedZoneId", "Z0000000000000EXAMPLE");

    assertThatThrownBy(() -> new Deployment(cloudFormation, CheckedInStacksOnMoto.FAST,
            printed::add)
        .withExtensions(new DeployExtensions(List.of(new HostedZoneCheck()), List.of()),
            moto.target())
        .deploy(stacks, DeployOptions.defaults().withMethod(DeployMethod.DIRECT)
            .withEnvironmentVariables(CheckedInStacksOnMoto.secretVariables(stacks))))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessageStartingWith("environments/prod.yaml: domainName llm.example.com and"
            + " hostedZoneId Z0000000000000EXAMPLE are the shipped placeholders: set domainName"
            + " to your domain");
    assertThat(cloudFormation.listStacks().stackSummaries()).isEmpty();
  }

  @Test
  void aHostedZoneRoute53DoesNotHaveIsRefusedNamingHostedZoneId() {
    assertThatThrownBy(() -> check("llm.acme-gateway.test", "Z0123456789NOTTHERE"))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessage("environments/prod.yaml: hostedZoneId Z0123456789NOTTHERE: Route 53 has no"
            + " such hosted zone in this account; set hostedZoneId to the public zone of"
            + " llm.acme-gateway.test");
  }

  @Test
  void aDomainOutsideTheZoneIsRefused() {
    String zone = publicZone("other-company.test");

    assertThatThrownBy(() -> check("llm.acme-gateway.test", zone))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessage("environments/prod.yaml: domainName llm.acme-gateway.test is not in hosted"
            + " zone " + zone + " (other-company.test); set hostedZoneId to the zone of"
            + " llm.acme-gateway.test or domainName to a name under other-company.test");
  }

  @Test
  void aPublicZoneHoldingTheDomainPasses() {
    String zone = publicZone("acme-gateway.test");

    check("llm.acme-gateway.test", zone);

    assertThat(printed).containsExactly("Pre-flight: Route 53 hosted zone " + zone
        + " (acme-gateway.test) serves llm.acme-gateway.test for prod-alb-stack");
  }

  @Test
  void aNameThatOnlyEndsLikeTheZoneIsNotUnderIt() {
    String zone = publicZone("gateway.test");

    assertThatThrownBy(() -> check("llm.acme-gateway.test", zone))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessageContaining("is not in hosted zone");
  }
}
