package org.llmgateway.cfn.generators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.CapturesStandardStreams;
import org.llmgateway.cfn.generators.CfnLint;
import org.llmgateway.cfn.generators.environment.EnvironmentSchema;

/**
 * The command line on a folder of one's own that holds only environments/qa.yaml (issue 10's
 * done-when: a copy of staging with its own VPC block and tenant acme; generate writes qa only,
 * cfn-lint clean; validate and check pass). scripts/litellm-cfn runs this same entry point.
 */
@CapturesStandardStreams
@Order(3) // with the other classes capturing System.out one at a time: started early, not last
class OwnFolderTest {

  static final Path REPO = Path.of(System.getProperty("repo.root", ".."));

  @TempDir Path folder;

  private void writeQa() throws IOException {
    String staging = Files.readString(REPO.resolve("environments/staging.yaml"));
    Files.createDirectories(folder.resolve("environments"));
    Files.writeString(folder.resolve("environments/qa.yaml"), staging
        + "vpcCidr: 10.20.0.0/16\n"
        + "publicSubnetCidrs: [10.20.1.0/24, 10.20.2.0/24]\n"
        + "privateSubnetCidrs: [10.20.11.0/24, 10.20.12.0/24]\n"
        + "tenant: acme\n");
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
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString(), new String(Files.readAllBytes(p),
            StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  @Test
  void generateWritesTemplatesAndQaParameterFilesOnlyAndValidateAndCheckPass() throws IOException {
    writeQa();
    Path other = folder.resolve("generated-templates/parameters/other/mine.json");
    Files.createDirectories(other.getParent());
    Files.writeString(other, "[]\n");

    Run generate = run("generate", "--root", folder.toString());

    assertThat(generate.exit()).as(generate.err()).isZero();
    assertThat(folder.resolve("generated-templates/network-stack.yaml")).exists();
    assertThat(folder.resolve("generated-templates/parameters/qa/network-stack.json"))
        .content().contains("10.20.0.0/16", "\"ParameterValue\": \"acme-qa\"");
    assertThat(folder.resolve("generated-templates/parameters")).isDirectoryContaining(
        p -> p.getFileName().toString().equals("qa"));
    assertThat(folder.resolve("generated-templates/parameters/dev")).doesNotExist();
    assertThat(folder.resolve("generated-templates/parameters/prod")).doesNotExist();
    assertThat(folder.resolve(EnvironmentSchema.PATH)).exists();
    assertThat(other).content().isEqualTo("[]\n");
    assertThat(generate.out()).contains("wrote generated-templates/parameters/qa/network-stack.json");

    Run again = run("generate", "--root", folder.toString());
    assertThat(again.out()).doesNotContain("wrote ").contains("0 file(s) written, 0 deleted");
    assertThat(run("check", "--root", folder.toString()).exit()).isZero();
    Files.delete(other);
    Run validate = run("validate", "--root", folder.toString());
    assertThat(validate.exit()).as(validate.out()).isZero();
    CfnLint.Result lint = CfnLint.templatesIn(folder.resolve("generated-templates"));
    assertThat(lint.output()).isEmpty();
    assertThat(lint.exitCode()).isZero();
  }

  private void assertRefused(Map<String, String> files, String... lines) throws IOException {
    Files.createDirectories(folder.resolve("environments"));
    for (var file : files.entrySet()) {
      Files.writeString(folder.resolve("environments/" + file.getKey()), file.getValue());
    }
    var before = snapshot();
    Run run = run("generate", "--root", folder.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(String.join("\n", lines) + "\nNothing was written.\n");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void anUnknownKeyIsRefused() throws IOException {
    assertRefused(Map.of("qa.yaml", "vpcCdir: 10.20.0.0/16\n"),
        "environments/qa.yaml: vpcCdir: is not a setting (the settings are listed in "
            + "environment.schema.json)");
  }

  @Test
  void aWrongTypeIsRefused() throws IOException {
    assertRefused(Map.of("qa.yaml", "multiAz: yes please\ntaskCpu: '2048'\n"),
        "environments/qa.yaml: multiAz: must be true or false, not 'yes please'",
        "environments/qa.yaml: taskCpu: must be a whole number, not '2048'");
  }

  @Test
  void aValueACheckRefusesIsRefused() throws IOException {
    assertRefused(Map.of("qa.yaml", "vpcCidr: 10.20.0.0/16\n"
            + "publicSubnetCidrs: [10.20.1.0/24, 10.20.2.0/24]\n"
            + "privateSubnetCidrs: [10.20.1.0/24, 10.20.12.0/24]\n"),
        "environments/qa.yaml: publicSubnetCidrs/privateSubnetCidrs: '10.20.1.0/24' overlaps "
            + "'10.20.1.0/24'");
  }

  @Test
  void everyProblemOfEveryFileIsListedInOneRun() throws IOException {
    assertRefused(Map.of("qa.yaml", "vpcCdir: 10.20.0.0/16\n",
            "uat.yaml", "production: true\nmultiAz: 1\n"),
        "environments/qa.yaml: vpcCdir: is not a setting (the settings are listed in "
            + "environment.schema.json)",
        "environments/uat.yaml: multiAz: must be true or false, not 1");
  }
}
