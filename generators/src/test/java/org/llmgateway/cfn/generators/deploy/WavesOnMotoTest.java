package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CreateStackRequest;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Waves, S3 and failure messages against moto_server: four small stacks, {@code first}, then
 * {@code left} and {@code right} (one wave: both import only from first), then {@code last}
 * (imports from left). Written as YAML, the way generate writes them, so each test can break one.
 */
@OnMotoServer
class WavesOnMotoTest {

  private static final Polling FAST = new Polling(Duration.ofMillis(50), Duration.ofMinutes(1));
  private static final String BUCKET = "litellm-cfn-templates-test";

  private final MotoServer moto;
  private final List<String> printed = Collections.synchronizedList(new ArrayList<>());
  private final List<CreateStackRequest> creates = Collections.synchronizedList(new ArrayList<>());
  @TempDir Path root;

  WavesOnMotoTest(MotoServer moto) {
    this.moto = moto;
  }

  @BeforeEach
  void freshAccount() {
    moto.reset();
  }

  /**
   * A log group, and an export of its name; {@code imports}: stacks whose export it imports;
   * {@code logsOf}: the stack whose log group name it takes (itself, or another: a clash).
   */
  private void stack(String name, String logsOf, String... imports) throws IOException {
    var text = new StringBuilder("""
        AWSTemplateFormatVersion: "2010-09-09"
        Description: waves test stack %s
        Parameters:
          EnvironmentName:
            Type: String
        Resources:
          Logs:
            Type: AWS::Logs::LogGroup
            Properties:
              LogGroupName: !Sub "/waves/${EnvironmentName}/%s"
        """.formatted(name, logsOf));
    for (String imported : imports) {
      text.append("""
            Imported%s:
              Type: AWS::Logs::LogGroup
              Properties:
                LogGroupName: !Join
                  - ""
                  - - Fn::ImportValue: !Sub "${EnvironmentName}-%s-LogsName"
                    - "-seen-by-%s"
          """.formatted(imported, imported, name));
    }
    text.append("""
        Outputs:
          LogsName:
            Value: !Ref Logs
            Export:
              Name: !Sub "${EnvironmentName}-%s-LogsName"
        """.formatted(name));
    Path templates = Files.createDirectories(root.resolve("generated-templates"));
    Files.writeString(templates.resolve(name + "-stack.yaml"), text, StandardCharsets.UTF_8);
    Path parameters = Files.createDirectories(templates.resolve("parameters/dev"));
    Files.writeString(parameters.resolve(name + "-stack.json"),
        "[{\"ParameterKey\": \"EnvironmentName\", \"ParameterValue\": \"dev\"}]\n");
  }

  /** Takes the log group name of the first stack: the create fails, that name is taken. */
  private static final String CLASH = "first";

  /** The four stacks; {@code leftLogs}, {@code rightLogs}: whose log group name each takes. */
  private void fourStacks(String leftLogs, String rightLogs) throws IOException {
    stack("first", "first");
    stack("left", leftLogs, "first");
    stack("right", rightLogs, "first");
    stack("last", "last", "left");
  }

  private CloudFormationClient cloudFormation(ExecutionInterceptor... interceptors) {
    var builder = CloudFormationClient.builder().overrideConfiguration(c -> {
      c.addExecutionInterceptor(new ExecutionInterceptor() {
        @Override
        public void beforeExecution(Context.BeforeExecution context,
            ExecutionAttributes attributes) {
          if (context.request() instanceof CreateStackRequest create) {
            creates.add(create);
          }
        }
      });
      for (ExecutionInterceptor interceptor : interceptors) {
        c.addExecutionInterceptor(interceptor);
      }
    });
    return moto.target().client(builder);
  }

  private List<StackResult> deploy(CloudFormationClient cloudFormation,
      DeployExtensions extensions) {
    return new Deployment(cloudFormation, FAST, printed::add)
        .withExtensions(extensions, moto.target())
        .deploy(GeneratedStacks.load(root, "dev"), options());
  }

  private static DeployOptions options() {
    return DeployOptions.defaults().withEnvironmentVariables(Map.of())
        .withMethod(DeployMethod.DIRECT);
  }

  private boolean exists(CloudFormationClient cloudFormation, String stackName) {
    return new StackWatcher(cloudFormation, FAST, line -> {}, new Redaction(java.util.Set.of()))
        .describe(stackName).isPresent();
  }

  /**
   * Holds each stack of the middle wave until both have started: it passes only when the two
   * run at the same time.
   */
  static final class BothAtOnce implements StackRollout {
    final CountDownLatch started = new CountDownLatch(2);

    @Override
    public void beforeDeploy(PlannedStack stack, DeployPlan plan, StackDeployer deployer) {
      if (!List.of("left", "right").contains(stack.name())) {
        return;
      }
      plan.say("waiting for the other stack of the wave");
      started.countDown();
      try {
        if (!started.await(20, TimeUnit.SECONDS)) {
          throw new DeployException(stack.stackName() + " ran alone: the wave is not parallel");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeployException("interrupted");
      }
    }
  }

  @Test
  void theTwoStacksOfOneWaveDeployAtOnceAndEveryLineCarriesItsStackName() throws IOException {
    fourStacks("left", "right");
    try (var cloudFormation = cloudFormation()) {
      var results = deploy(cloudFormation,
          new DeployExtensions(List.of(), List.of(new BothAtOnce())));

      assertThat(results).extracting(StackResult::stackName).containsExactly(
          "dev-first-stack", "dev-left-stack", "dev-right-stack", "dev-last-stack");
      assertThat(results).extracting(StackResult::status).containsOnly("CREATE_COMPLETE");
    }
    assertThat(printed).contains(
        "Deploying [dev-first-stack], then [dev-left-stack, dev-right-stack], then "
            + "[dev-last-stack] (DIRECT; the stacks of one wave in parallel)",
        "[dev-left-stack] waiting for the other stack of the wave",
        "[dev-right-stack] waiting for the other stack of the wave",
        "[dev-right-stack] CREATED (CREATE_COMPLETE)");
    for (String stack : List.of("dev-left-stack", "dev-right-stack")) {
      String other = stack.equals("dev-left-stack") ? "dev-right-stack" : "dev-left-stack";
      assertThat(printed).as("the event lines of " + stack)
          .filteredOn(line -> line.contains("  " + stack + "  "))
          .isNotEmpty()
          .allMatch(line -> line.startsWith("[" + stack + "] "));
      assertThat(printed).filteredOn(line -> line.startsWith("[" + stack + "] "))
          .noneMatch(line -> line.contains(other));
    }
  }

  @Test
  void aFailedStackOfAWaveStopsTheLaterWavesAndItsMessageHasCloudFormationsReason()
      throws IOException {
    fourStacks("left", CLASH);
    try (var cloudFormation = cloudFormation()) {
      assertThatThrownBy(() -> deploy(cloudFormation, DeployExtensions.none()))
          .isInstanceOf(DeployException.class)
          .hasMessageStartingWith("dev-right-stack: CreateStack failed: ")
          .hasMessageContaining("already exists [ResourceAlreadyExistsException]")
          .hasMessageNotContaining("Service: CloudFormation");

      assertThat(exists(cloudFormation, "dev-left-stack"))
          .as("the other stack of the wave still finishes").isTrue();
      assertThat(exists(cloudFormation, "dev-last-stack")).as("the next wave").isFalse();
    }
    assertThat(printed).contains("[dev-left-stack] CREATED (CREATE_COMPLETE)",
        "Not started after the failure: [dev-last-stack]");
  }

  @Test
  void twoFailedStacksOfOneWaveAreBothReported() throws IOException {
    fourStacks(CLASH, CLASH);
    try (var cloudFormation = cloudFormation()) {
      assertThatThrownBy(() -> deploy(cloudFormation, DeployExtensions.none()))
          .isInstanceOf(DeployException.class)
          .hasMessageStartingWith("2 stacks of one wave failed:")
          .hasMessageContaining("[ResourceAlreadyExistsException]")
          .hasMessageContaining("\n  dev-left-stack: CreateStack failed: ")
          .hasMessageContaining("\n  dev-right-stack: CreateStack failed: ");
    }
  }

  @Test
  void withABucketEveryTemplateIsUploadedAndSentAsItsUrl() throws IOException {
    fourStacks("left", "right");
    var stacks = GeneratedStacks.load(root, "dev");
    try (var cloudFormation = cloudFormation(); S3Client s3 = moto.target().s3()) {
      s3.createBucket(r -> r.bucket(BUCKET));
      new Deployment(cloudFormation, FAST, printed::add)
          .withTemplateBucket(new TemplateBucket(s3, BUCKET))
          .deploy(stacks, options());

      for (StackArtifact stack : stacks.stacks().values()) {
        String key = TemplateBucket.key("dev", stack);
        assertThat(key).matches("litellm-cfn/dev/" + stack.stackName() + "-[0-9a-f]{64}\\.yaml");
        assertThat(s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(key)).asUtf8String())
            .isEqualTo(stack.templateBody());
        assertThat(creates).filteredOn(c -> c.stackName().equals(stack.stackName()))
            .singleElement().satisfies(create -> {
              assertThat(create.templateBody()).isNull();
              assertThat(create.templateURL())
                  .isEqualTo("https://" + BUCKET + ".s3.us-east-1.amazonaws.com/" + key);
            });
        assertThat(exists(cloudFormation, stack.stackName())).isTrue();
      }
    }
  }

  @Test
  void aTemplateOverTheInlineLimitIsRefusedBeforeAnythingIsTouchedNamingTheBucketOption()
      throws IOException {
    fourStacks("left", "right");
    // metadata CloudFormation keeps but never reads: bulk that compact JSON cannot shrink
    Path last = root.resolve("generated-templates/last-stack.yaml");
    Files.writeString(last, Files.readString(last) + "Metadata:\n  Padding: \""
        + "x".repeat(Deployment.TEMPLATE_BODY_LIMIT) + "\"\n");
    try (var cloudFormation = cloudFormation()) {
      assertThatThrownBy(() -> deploy(cloudFormation, DeployExtensions.none()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("generated-templates/last-stack.yaml is over CloudFormation's "
              + "51200-byte TemplateBody limit even as compact JSON")
          .hasMessageContaining("--s3-bucket BUCKET")
          .hasMessageContaining("nothing was deployed");
      assertThat(creates).isEmpty();
      assertThat(exists(cloudFormation, "dev-first-stack")).isFalse();
    }
  }

  /**
   * Lets the first CreateStack through to moto (which creates the stack) and turns its answer
   * into an HTTP 500, as a lost answer would be: the SDK retries, and the retry is answered
   * "already exists".
   */
  static final class FirstCreateAnswered500 implements ExecutionInterceptor {
    final AtomicBoolean failed = new AtomicBoolean();

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context,
        ExecutionAttributes attributes) {
      if (context.request() instanceof CreateStackRequest && failed.compareAndSet(false, true)) {
        return context.httpResponse().toBuilder().statusCode(500).statusText("Internal error")
            .build();
      }
      return context.httpResponse();
    }
  }

  @Test
  void aRetriedCreateAnsweredAlreadyExistsReportsTheStackAsItReallyIs() throws IOException {
    stack("first", "first");
    var firstAnswered500 = new FirstCreateAnswered500();
    try (var cloudFormation = cloudFormation(firstAnswered500)) {
      assertThatThrownBy(() -> deploy(cloudFormation, DeployExtensions.none()))
          .isInstanceOf(DeployException.class)
          .hasMessageStartingWith("dev-first-stack: CreateStack was sent 2 times (the SDK retried "
              + "after an error answer such as HTTP 500) and the retry was answered")
          .hasMessageContaining("already exists [AlreadyExistsException]")
          .hasMessageContaining("the first attempt had created the stack. It is now "
              + "CREATE_COMPLETE")
          .hasMessageContaining("Run deploy again");
      assertThat(firstAnswered500.failed).isTrue();
      assertThat(creates).hasSize(1);
    }
  }
}
