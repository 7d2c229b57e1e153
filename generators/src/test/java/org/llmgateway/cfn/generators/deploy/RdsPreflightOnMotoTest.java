package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.CapturesStandardStreams;
import org.llmgateway.cfn.generators.cli.LiteLlmCfn;
import org.llmgateway.cfn.generators.emit.GeneratedFiles;
import org.llmgateway.cfn.generators.stack.database.RdsEngineCheck;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.rds.RdsClient;

/**
 * The database pre-flight against moto_server, whose RDS answers come from the launcher's test
 * data set (15.15 available with db.t3.micro/small/medium, 15.10 deprecated with upgrade target
 * 15.15, anything else unknown): a version or class RDS would refuse stops the run before any
 * stack exists, in one line naming the environment, the version and the class.
 */
@CapturesStandardStreams
@OnMotoServer
class RdsPreflightOnMotoTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MotoServer moto;
  private final CloudFormationClient cloudFormation;
  private final List<String> printed = new ArrayList<>();

  RdsPreflightOnMotoTest(MotoServer moto) {
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

  private List<StackResult> deploy(GeneratedStacks stacks, DeployOptions options) {
    return new Deployment(cloudFormation, CheckedInStacksOnMoto.FAST, printed::add)
        .withExtensions(new DeployExtensions(List.of(new RdsEngineCheck()), List.of()),
            moto.target())
        .deploy(stacks, options.withMethod(DeployMethod.DIRECT)
            .withEnvironmentVariables(CheckedInStacksOnMoto.secretVariables(stacks)));
  }

  private static GeneratedStacks checkedIn() {
    return GeneratedStacks.load(CheckedInStacksOnMoto.repositoryRoot(), "dev");
  }

  private List<String> stacksInTheAccount() {
    return cloudFormation.listStacks().stackSummaries().stream()
        .filter(s -> !s.stackStatusAsString().equals("DELETE_COMPLETE"))
        .map(s -> s.stackName()).toList();
  }

  @Test
  void aDeprecatedVersionIsRefusedBeforeAnyStackExistsNamingEnvironmentVersionAndClass() {
    var stacks = checkedIn();
    var options = DeployOptions.defaults().withOverrides(Map.of("DbEngineVersion", "15.10"));

    assertThatThrownBy(() -> deploy(stacks, options))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessage("dev: RDS in us-east-1 cannot create PostgreSQL 15.10 on db.t3.micro:"
            + " postgres 15.10 is deprecated (set dbEngineVersion to one of 15.15)");
    assertThat(stacksInTheAccount()).isEmpty();
  }

  @Test
  void aVersionRdsDoesNotOfferIsRefused() {
    assertThatThrownBy(() -> deploy(checkedIn(),
        DeployOptions.defaults().withOverrides(Map.of("DbEngineVersion", "15.99"))))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessageStartingWith("dev: RDS in us-east-1 cannot create PostgreSQL 15.99 on"
            + " db.t3.micro: RDS offers no postgres 15.99");
    assertThat(stacksInTheAccount()).isEmpty();
  }

  @Test
  void anInstanceClassNotOrderableWithTheVersionIsRefused() {
    assertThatThrownBy(() -> deploy(checkedIn(), DeployOptions.defaults().withOverrides(
        Map.of("DbEngineVersion", "15.15", "DbInstanceClass", "db.r5.large"))))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessage("dev: RDS in us-east-1 cannot create PostgreSQL 15.15 on db.r5.large:"
            + " db.r5.large is not orderable with postgres 15.15 there");
    assertThat(stacksInTheAccount()).isEmpty();
  }

  @Test
  void anInstanceRdsAlreadyUpgradedPastTheTemplatesVersionIsRefusedWithTheVersionToSet() {
    try (RdsClient rds = moto.target().client(RdsClient.builder())) {
      // what an automatic minor upgrade leaves: the instance newer than the parameter file
      rds.createDBInstance(r -> r.dbInstanceIdentifier("dev-litellm-db").engine("postgres")
          .engineVersion("15.16").dbInstanceClass("db.t3.micro").allocatedStorage(20)
          .masterUsername("litellm").masterUserPassword("moto-test-password"));
    }

    assertThatThrownBy(() -> deploy(checkedIn(),
        DeployOptions.defaults().withOverrides(Map.of("DbEngineVersion", "15.15"))))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessageStartingWith("dev: dev-litellm-db already runs PostgreSQL 15.16, newer than"
            + " the 15.15 the template would set on db.t3.micro")
        .hasMessageEndingWith("set dbEngineVersion to 15.16");
    assertThat(stacksInTheAccount()).isEmpty();
  }

  @Test
  void aParameterFileWithoutTheVersionIsCheckedWithTheTemplateDefault(@TempDir Path root)
      throws IOException {
    copyGeneratedTemplates(root);
    setDefault(root.resolve("generated-templates/database-stack.yaml"), "15.10");
    removeParameter(root.resolve("generated-templates/parameters/dev/database-stack.json"),
        "DbEngineVersion");

    assertThatThrownBy(() -> deploy(GeneratedStacks.load(root, "dev"), DeployOptions.defaults()))
        .isInstanceOf(PreflightRefusal.class)
        .hasMessageContaining("PostgreSQL 15.10 on db.t3.micro");
  }

  @Test
  void withoutTheDatabaseStackRdsIsNotAsked(@TempDir Path root) throws IOException {
    copyGeneratedTemplates(root);
    setDefault(root.resolve("generated-templates/database-stack.yaml"), "15.10");
    removeParameter(root.resolve("generated-templates/parameters/dev/database-stack.json"),
        "DbEngineVersion");

    var results = deploy(GeneratedStacks.load(root, "dev"),
        // the security stack imports nothing, so it deploys alone (network now imports its key)
        DeployOptions.defaults().withStacks(List.of("security")));

    assertThat(results).extracting(StackResult::stackName).containsExactly("dev-security-stack");
    assertThat(printed).noneMatch(line -> line.startsWith("Pre-flight"));
  }

  @Test
  void theCommandExitsTwoWithTheRefusalOnStderrAndTouchesNoStack() {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      code = LiteLlmCfn.run("deploy", "--env", "dev", "--method", "DIRECT",
          "--parameter", "DbEngineVersion=15.10",
          "--parameter", "OpenAiApiKey=cli-secret", "--parameter", "AnthropicApiKey=cli-secret",
          "--root", CheckedInStacksOnMoto.repositoryRoot().toString(),
          "--region", MotoServer.REGION, "--endpoint-url", moto.endpoint().toString());
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
    }

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
        "dev: RDS in us-east-1 cannot create PostgreSQL 15.10 on db.t3.micro:"
            + " postgres 15.10 is deprecated (set dbEngineVersion to one of 15.15)");
    assertThat(stacksInTheAccount()).isEmpty();
  }

  private static void copyGeneratedTemplates(Path root) throws IOException {
    Path source = CheckedInStacksOnMoto.repositoryRoot().resolve(GeneratedFiles.TEMPLATES_FOLDER);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path target = root.resolve(GeneratedFiles.TEMPLATES_FOLDER)
            .resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  /** The DbEngineVersion parameter's Default in a copied template. */
  private static void setDefault(Path template, String version) throws IOException {
    String text = Files.readString(template);
    String changed = text.replaceFirst(
        "(?m)(^  DbEngineVersion:\\n(?:    .*\\n)*?    Default: )\"?[0-9.]+\"?", "$1\"" + version + "\"");
    Files.writeString(template, changed);
    assertThat(GeneratedStacks.readTemplate(template.toString(), changed)
        .at("/Parameters/DbEngineVersion/Default").asText())
        .as("DbEngineVersion's Default in %s", template).isEqualTo(version);
  }

  private static void removeParameter(Path parameterFile, String key) throws IOException {
    ArrayNode entries = (ArrayNode) JSON.readTree(parameterFile.toFile());
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).path("ParameterKey").asText().equals(key)) {
        entries.remove(i);
      }
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(parameterFile.toFile(), entries);
  }
}
