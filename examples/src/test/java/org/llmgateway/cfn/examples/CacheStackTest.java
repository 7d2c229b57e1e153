package org.llmgateway.cfn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.LiteLlmApplication;
import org.llmgateway.cfn.generators.application.Applications;
import org.llmgateway.cfn.generators.cli.LiteLlmCfn;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.ec2.SecurityGroup;
import org.llmgateway.cfn.resource.elasticache.ReplicationGroup;

/**
 * This project as another team's: the installed engine and LiteLLM artifacts, its own
 * environments/qa.yaml and the README's "Adding a stack" example, generated into a folder of its
 * own, validated and cfn-linted.
 */
class CacheStackTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src/main/java/org/llmgateway/cfn/examples/CacheStack.java");
  private static final Path QA = Path.of("environments/qa.yaml");

  @Test
  void theCacheIsEncryptedMultiAzAndOpenOnlyToTheProxyTasks() {
    var template = new CacheStack().template();
    var cache = template.resources(ReplicationGroup.class).get(0);
    assertThat(cache.engine()).contains(Expr.of("valkey"));
    assertThat(cache.transitEncryptionEnabled()).contains(Expr.of(true));
    assertThat(cache.atRestEncryptionEnabled()).contains(Expr.of(true));
    assertThat(cache.multiAZEnabled()).contains(Expr.of(true));
    assertThat(cache.kmsKeyId()).isPresent();

    var group = template.resources(SecurityGroup.class).get(0);
    assertThat(group.securityGroupIngress().orElseThrow().toJson().toString())
        .contains("\"FromPort\":6379", "\"ToPort\":6379", "EcsSecurityGroupId")
        .doesNotContain("CidrIp");
  }

  @Test
  void theLiteLlmApplicationRunsWithTheStackBesideTheEightOfTheGateway() {
    assertThat(Applications.current()).isInstanceOf(LiteLlmApplication.class);
    assertThat(StackCatalog.discover(EnvironmentConfig.class)).extracting(StackGenerator::name)
        .containsExactly("alb", "backup", "cache", "database", "example-cache", "litellm",
            "network", "observability", "security");
  }

  @Test
  void generatesQaOnlyWithTheCacheIntoAFolderOfItsOwnAndValidatesAndLints(@TempDir Path root)
      throws Exception {
    Files.createDirectories(root.resolve("environments"));
    Files.copy(QA, root.resolve("environments/qa.yaml"));

    assertThat(run("generate", "--root", root.toString())).isZero();

    Path templates = root.resolve("generated-templates");
    assertThat(templates.resolve("example-cache-stack.yaml")).exists();
    try (Stream<Path> environments = Files.list(templates.resolve("parameters"))) {
      assertThat(environments.map(p -> p.getFileName().toString())).containsExactly("qa");
    }
    assertThat(templates.resolve("parameters/qa/example-cache-stack.json")).content()
        .contains("\"ParameterValue\": \"acme-qa\"");
    assertThat(templates.resolve("parameters/qa/network-stack.json")).content()
        .contains("10.20.0.0/16");
    assertThat(run("validate", "--root", root.toString())).isZero();
    assertThat(run("check", "--root", root.toString())).isZero();

    List<String> lint = new ArrayList<>(List.of("cfn-lint", "--non-zero-exit-code", "warning", "--"));
    try (Stream<Path> files = Files.list(templates)) {
      files.filter(p -> p.toString().endsWith(".yaml")).sorted()
          .forEach(p -> lint.add(p.toString()));
    }
    Process process = new ProcessBuilder(lint).redirectErrorStream(true).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).isEmpty();
    assertThat(process.exitValue()).isZero();
  }

  @Test
  void readmeShowsExactlyThisSource() throws IOException {
    String source = Files.readString(SOURCE);
    String example = source.substring(
        source.indexOf('\n', source.indexOf("// README: Adding a stack (begin)")) + 1,
        source.indexOf("// README: Adding a stack (end)"));
    assertThat(Files.readString(README)).contains("```java\n" + example + "```\n");
  }

  /** The engine's command line in this process; its output is kept out of the test log. */
  private static int run(String... args) {
    PrintStream out = System.out;
    var captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return LiteLlmCfn.run(args);
    } finally {
      System.setOut(out);
    }
  }
}
