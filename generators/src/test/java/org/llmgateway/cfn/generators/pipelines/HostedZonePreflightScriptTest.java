package org.llmgateway.cfn.generators.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * azure-devops/scripts/hosted-zone-preflight.sh against a fake AWS CLI: the alb stack's domain is
 * checked against its Route 53 zone, the shipped placeholders are refused without a call, and a
 * refusal names the setting to change and exits 2.
 */
class HostedZonePreflightScriptTest {

  private static final String SCRIPT = "azure-devops/scripts/hosted-zone-preflight.sh";

  @TempDir
  Path dir;

  private FakeAwsCli aws;

  @BeforeEach
  void fake() {
    aws = new FakeAwsCli(dir);
  }

  private FakeAwsCli.Result run(String domain, String zone) {
    Path file = aws.file("alb-stack.json", """
        [{"ParameterKey": "EnvironmentName", "ParameterValue": "prod"},
         {"ParameterKey": "DomainName", "ParameterValue": "%s"},
         {"ParameterKey": "HostedZoneId", "ParameterValue": "%s"}]""".formatted(domain, zone));
    return aws.run(SCRIPT, "prod", file.toString());
  }

  private static String zone(String name, boolean privateZone) {
    return """
        {"HostedZone": {"Id": "/hostedzone/Z0123456789ABC", "Name": "%s.",
          "Config": {"PrivateZone": %s}}}""".formatted(name, privateZone);
  }

  @Test
  void theShippedPlaceholdersAreRefusedWithoutAskingRoute53() {
    var result = run("llm.example.com", "Z0000000000000EXAMPLE");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout().strip()).isEqualTo("##vso[task.logissue type=error]"
        + "environments/prod.yaml: domainName llm.example.com and hostedZoneId"
        + " Z0000000000000EXAMPLE are the shipped placeholders: set domainName to your domain and"
        + " hostedZoneId to its Route 53 public hosted zone (or plainHttpAccepted: true without a"
        + " domain)");
    assertThat(aws.calls()).isEmpty();
  }

  @Test
  void aPublicZoneHoldingTheDomainPasses() {
    aws.answers("route53", "get-hosted-zone", zone("acme-gateway.test", false));

    var result = run("llm.acme-gateway.test", "Z0123456789ABC");

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout()).contains("Pre-flight: Route 53 hosted zone Z0123456789ABC"
        + " (acme-gateway.test) serves llm.acme-gateway.test");
    assertThat(aws.calls())
        .containsExactly("route53 get-hosted-zone --id Z0123456789ABC --output json");
  }

  @Test
  void aMissingZoneIsRefusedNamingHostedZoneId() {
    aws.answers("route53", "get-hosted-zone", 254, "", "\nAn error occurred (NoSuchHostedZone)"
        + " when calling the GetHostedZone operation: No hosted zone found with ID: Z0123\n");

    var result = run("llm.acme-gateway.test", "Z0123");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.stdout()).contains("environments/prod.yaml: hostedZoneId Z0123: Route 53"
        + " has no such hosted zone in this account; set hostedZoneId to the public zone of"
        + " llm.acme-gateway.test");
  }

  @Test
  void aDomainOutsideTheZoneOrAPrivateZoneIsRefused() {
    aws.answers("route53", "get-hosted-zone", zone("gateway.test", false));
    var outside = run("llm.acme-gateway.test", "Z0123456789ABC");
    assertThat(outside.exitCode()).isEqualTo(2);
    assertThat(outside.stdout()).contains("domainName llm.acme-gateway.test is not in hosted zone"
        + " Z0123456789ABC (gateway.test)");

    aws.answers("route53", "get-hosted-zone", zone("acme-gateway.test", true));
    var privateZone = run("llm.acme-gateway.test", "Z0123456789ABC");
    assertThat(privateZone.exitCode()).isEqualTo(2);
    assertThat(privateZone.stdout()).contains("(acme-gateway.test) is a private zone");
  }

  @Test
  void noDomainAsksNothing() {
    var result = run("", "");

    assertThat(result.exitCode()).isZero();
    assertThat(aws.calls()).isEmpty();
  }
}
