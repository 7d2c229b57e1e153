package org.llmgateway.cfn.generators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.CapturesStandardStreams;
import org.llmgateway.cfn.generators.CfnLint;

/** A qa environment of tenant acme in a folder of its own: every name carries acme-qa. */
@CapturesStandardStreams
@Order(3) // with the other classes capturing System.out one at a time: started early, not last
class TenantTest {

  static final Path REPO = Path.of(System.getProperty("repo.root", ".."));

  @TempDir Path folder;

  private void writeEnvironment(String name, String tenant) throws IOException {
    String staging = Files.readString(REPO.resolve("environments/staging.yaml"));
    Files.createDirectories(folder.resolve("environments"));
    Files.writeString(folder.resolve("environments/" + name + ".yaml"), staging
        + "vpcCidr: 10.20.0.0/16\n"
        + "publicSubnetCidrs: [10.20.1.0/24, 10.20.2.0/24]\n"
        + "privateSubnetCidrs: [10.20.11.0/24, 10.20.12.0/24]\n"
        + "tenant: " + tenant + "\n");
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int exit = LiteLlmCfn.run(args);
      return new Run(exit, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }

  private String parameters(String stack) throws IOException {
    return Files.readString(folder.resolve("generated-templates/parameters/qa/" + stack
        + "-stack.json"));
  }

  @Test
  void everyNameOfATenantsEnvironmentCarriesTheTenantAndValidateCheckAndCfnLintPass()
      throws IOException {
    writeEnvironment("qa", "acme");

    Run generate = run("generate", "--root", folder.toString());

    assertThat(generate.exit()).as(generate.err()).isZero();
    for (String stack : List.of("network", "security", "alb", "database", "litellm")) {
      assertThat(parameters(stack))
          .contains("\"ParameterKey\": \"NamePrefix\",\n    \"ParameterValue\": \"acme-qa\"")
          .contains("\"ParameterKey\": \"EnvironmentName\",\n    \"ParameterValue\": \"qa\"");
    }
    assertThat(parameters("security"))
        .contains("\"ParameterKey\": \"NamePath\",\n    \"ParameterValue\": \"acme/qa\"");
    // the templates name everything from the prefix parameters the files above set
    String alb = Files.readString(folder.resolve("generated-templates/alb-stack.yaml"));
    assertThat(alb).contains("Name: !Sub \"${NamePrefix}-litellm-alb\"")
        .contains("Name: !Sub \"${NamePrefix}-litellm-tg\"")
        .doesNotContain("${EnvironmentName}");
    String security = Files.readString(folder.resolve("generated-templates/security-stack.yaml"));
    assertThat(security).contains("Name: !Sub \"${NamePath}/litellm/master-key\"")
        .contains("AliasName: !Sub \"alias/${NamePrefix}-litellm\"");
    String litellm = Files.readString(folder.resolve("generated-templates/litellm-stack.yaml"));
    assertThat(litellm).contains("LogGroupName: !Sub \"/ecs/${NamePrefix}-litellm-proxy\"")
        .contains("Fn::ImportValue: !Sub \"${NamePrefix}-network-");

    Run validate = run("validate", "--root", folder.toString());
    assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
    Run check = run("check", "--root", folder.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();

    CfnLint.Result lint = CfnLint.templatesIn(folder.resolve("generated-templates"));
    assertThat(lint.exitCode()).as(lint.output()).isZero();
  }

  @Test
  void theDeployCommandsUseTheTenantsStackNames() throws IOException {
    writeEnvironment("qa", "acme");
    assertThat(run("generate", "--root", folder.toString()).exit()).isZero();

    var stacks = org.llmgateway.cfn.generators.deploy.GeneratedStacks.load(folder, "qa");

    assertThat(stacks.stacks().values()).extracting(s -> s.stackName()).containsExactly(
        "acme-qa-alb-stack", "acme-qa-backup-stack", "acme-qa-cache-stack", "acme-qa-database-stack",
        "acme-qa-litellm-stack", "acme-qa-network-stack", "acme-qa-observability-stack",
        "acme-qa-security-stack");
    assertThat(stacks.graph().unresolvedImports()).isEmpty();
    // the teardown compliance scan looks for the tenant's kept resources, not another's
    assertThat(org.llmgateway.cfn.generators.deploy.KeptResources.of(stacks))
        .extracting(kept -> kept.identifier())
        .contains("acme-qa-litellm-db", "acme/qa/litellm/salt-key")
        .noneMatch(identifier -> identifier.startsWith("qa-") || identifier.startsWith("qa/"));
  }

  @Test
  void aTenantThatMakesANameTooLongIsRefusedWithTheNameAndNothingIsWritten() throws IOException {
    // 16 characters, the longest tenant: with staging, the ALB name is 36 characters
    writeEnvironment("staging", "acme-platform-eu");
    var before = snapshot();

    Run run = run("generate", "--root", folder.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).contains(
        "environments/staging.yaml: tenant: 'acme-platform-eu' makes load balancer name"
            + " 'acme-platform-eu-staging-litellm-alb' 36 characters; Elastic Load Balancing"
            + " allows 32",
        "environments/staging.yaml: tenant: 'acme-platform-eu' makes target group name"
            + " 'acme-platform-eu-staging-litellm-tg' 35 characters; Elastic Load Balancing"
            + " allows 32",
        "Nothing was written.");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aTenantThatIsNotASlugIsRefusedNamingTheField() throws IOException {
    writeEnvironment("qa", "Acme_1");
    var before = snapshot();

    Run run = run("generate", "--root", folder.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("environments/qa.yaml: tenant: 'Acme_1' must be 1-16"
        + " lower-case letters, digits or hyphens starting with a letter\nNothing was written.\n");
    assertThat(snapshot()).isEqualTo(before);
  }
}
