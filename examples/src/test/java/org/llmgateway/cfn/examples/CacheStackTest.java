package org.llmgateway.cfn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.emit.Generation;
import org.llmgateway.cfn.generators.environment.EnvironmentFiles;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.ec2.SecurityGroup;
import org.llmgateway.cfn.resource.elasticache.ReplicationGroup;

/** The README's "Adding a stack" example compiles, is discovered, generates, validates, lints. */
class CacheStackTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src/main/java/org/llmgateway/cfn/examples/CacheStack.java");

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
  void serviceLoaderFindsTheStackBesideTheFiveOfTheGateway() {
    assertThat(StackCatalog.discover()).extracting(StackGenerator::name)
        .contains("example-cache", "cache", "network", "security", "alb", "database", "litellm");
  }

  @Test
  void generatesWithTheGatewayStacksAndIsCfnLintClean(@TempDir Path root) throws Exception {
    Generation.generate(root, StackCatalog.discover(),
        () -> EnvironmentFiles.load(Path.of("..")));
    Path template = root.resolve("generated-templates/example-cache-stack.yaml");
    assertThat(template).exists();
    assertThat(root.resolve("generated-templates/parameters/prod/example-cache-stack.json")).exists();

    Process lint = new ProcessBuilder("cfn-lint", "--non-zero-exit-code", "warning", "--",
        template.toString()).redirectErrorStream(true).start();
    assertThat(lint.waitFor(3, TimeUnit.MINUTES)).isTrue();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(output).isEmpty();
    assertThat(lint.exitValue()).isZero();
  }

  @Test
  void readmeShowsExactlyThisSource() throws IOException {
    String source = Files.readString(SOURCE);
    String example = source.substring(
        source.indexOf('\n', source.indexOf("// README: Adding a stack (begin)")) + 1,
        source.indexOf("// README: Adding a stack (end)"));
    assertThat(Files.readString(README)).contains("```java\n" + example + "```\n");
  }
}
