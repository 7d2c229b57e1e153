package org.llmgateway.cfn.generators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The validate and order commands as a person runs them: files in, lines and exit code out. */
@ResourceLock(Resources.SYSTEM_OUT) // run() replaces System.out while a command prints
class ValidateAndOrderCommandTest {

  /** A customer managed key, so the security lint (log groups encrypted) has nothing to say. */
  private static final String FIXTURE_KEY =
      "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  @TempDir Path dir;

  private record Run(int exitCode, String out) {}

  private static Run run(String... args) {
    PrintStream original = System.out;
    var buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      int code = LiteLlmCfn.run(args);
      return new Run(code, buffer.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static String exporter(String stack, String... imports) {
    var text = new StringBuilder("""
        Parameters:
          EnvironmentName:
            Type: String
            Default: dev
        Resources:
          Logs:
            Type: AWS::Logs::LogGroup
            Properties:
              LogGroupName: !Sub "${EnvironmentName}-%s"
              KmsKeyId: %s
        """.formatted(stack, FIXTURE_KEY));
    for (int i = 0; i < imports.length; i++) {
      text.append("  Imported").append(i).append(":\n")
          .append("    Type: AWS::Logs::LogGroup\n")
          .append("    Properties:\n")
          .append("      KmsKeyId: ").append(FIXTURE_KEY).append("\n")
          .append("      LogGroupName: !ImportValue\n")
          .append("        Fn::Sub: \"${EnvironmentName}-").append(imports[i]).append("-Name\"\n");
    }
    text.append("""
        Outputs:
          Name:
            Value: !Ref Logs
            Export:
              Name: !Sub "${EnvironmentName}-%s-Name"
        """.formatted(stack));
    return text.toString();
  }

  @Test
  void anInvalidTemplateGivesOneLinePerFindingASummaryAndExitCodeOne() throws IOException {
    Path template = write("stack.yaml", """
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlok: 10.0.0.0/16
        """);
    Run run = run("validate", template.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(template + ": Vpc: /Resources/Vpc/Properties/CidrBlok: "
        + "[LCF202] property 'CidrBlok' is not allowed in AWS::EC2::VPC\n"
        + "1 finding(s) in 1 file(s); checked 1 template(s) and 0 parameter file(s)\n");
  }

  @Test
  void aValidTemplateWithItsParameterFileExitsZero() throws IOException {
    Path template = write("network-stack.yaml", exporter("network"));
    Path parameters = write("dev/network-stack.json",
        "[{\"ParameterKey\": \"EnvironmentName\", \"ParameterValue\": \"dev\"}]");
    Run run = run("validate", template.toString(), "-p", parameters.toString());
    assertThat(run.out()).isEqualTo(
        "0 findings: 1 template(s) and 1 parameter file(s) are valid\n");
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void orderPrintsWavesWithParallelStacksOnOneLine() throws IOException {
    Path security = write("security-stack.yaml", exporter("security"));
    Path network = write("network-stack.yaml", exporter("network"));
    Path alb = write("alb-stack.yaml", exporter("alb", "network"));
    Path database = write("database-stack.yaml", exporter("database", "network", "security"));
    Path litellm = write("litellm-stack.yaml", exporter("litellm", "alb", "database"));
    Run run = run("order", litellm.toString(), alb.toString(), security.toString(),
        network.toString(), database.toString());
    assertThat(run.out()).isEqualTo("""
        1: network-stack security-stack
        2: alb-stack database-stack
        3: litellm-stack
        """);
    assertThat(run.exitCode()).isZero();
  }

  @Test
  void aMissingImportInEveryEnvironmentIsOneLineAndCountedOnce() throws IOException {
    Path alb = write("alb-stack.yaml", exporter("alb", "network"));
    List<String> files = new ArrayList<>(List.of(alb.toString()));
    for (String environment : List.of("dev", "staging", "prod")) {
      files.add("-p");
      files.add(write(environment + "/alb-stack.json", "[{\"ParameterKey\": \"EnvironmentName\", "
          + "\"ParameterValue\": \"" + environment + "\"}]").toString());
    }
    String finding = alb + ": Imported0: /Resources/Imported0/Properties/LogGroupName/"
        + "Fn::ImportValue: [LCF501] Fn::ImportValue of '${EnvironmentName}-network-Name', which no "
        + "stack exports (dev, staging, prod)\n";
    Run validate = run(Stream.concat(Stream.of("validate"), files.stream())
        .toArray(String[]::new));
    assertThat(validate.out()).isEqualTo(finding
        + "1 finding(s) in 1 file(s); checked 1 template(s) and 3 parameter file(s)\n");
    Run order = run(Stream.concat(Stream.of("order"), files.stream()).toArray(String[]::new));
    assertThat(order.out()).isEqualTo(finding + "1 finding(s); the deploy order is not known\n");
    assertThat(order.exitCode()).isEqualTo(1);
  }

  @Test
  void orderRefusesStacksThatImportFromEachOther() throws IOException {
    Path a = write("a-stack.yaml", exporter("a", "b"));
    Path b = write("b-stack.yaml", exporter("b", "a"));
    Run run = run("order", a.toString(), b.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("stacks import from each other in a cycle, so none of them "
        + "can deploy first: a-stack -> b-stack -> a-stack");
  }

  @Test
  void aFolderStandsForItsTemplatesAndTheParameterFilesLaidOutAsGeneratedTemplatesAre()
      throws IOException {
    write("stacks/network-stack.yaml", exporter("network"));
    write("stacks/alb-stack.yml", exporter("alb", "network"));
    write("stacks/notes.txt", "not a template");
    for (String environment : List.of("dev", "prod")) {
      write("stacks/parameters/" + environment + "/network-stack.json", "[{\"ParameterKey\": "
          + "\"EnvironmentName\", \"ParameterValue\": \"" + environment + "\"}]");
      write("stacks/parameters/" + environment + "/alb-stack.json", "[{\"ParameterKey\": "
          + "\"EnvironmentName\", \"ParameterValue\": \"" + environment + "\"}]");
    }

    Run validate = run("validate", dir.resolve("stacks").toString());
    Run order = run("order", dir.resolve("stacks").toString());

    assertThat(validate.out()).isEqualTo(
        "0 findings: 2 template(s) and 4 parameter file(s) are valid\n");
    assertThat(validate.exitCode()).isZero();
    assertThat(order.out()).contains("1: network-stack\n2: alb-stack\n");
  }
}
