package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateStackRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateStackResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * The failure path moto cannot show (it has no rollback): a create that CloudFormation rolls
 * back. A scripted client answers as CloudFormation does; the run must stop at the failed stack
 * with the stack's status reason and the first failed resource in its message, return its failed
 * events oldest first, and mask the secret a resource error quoted.
 */
class FailedStackTest {

  private static final String SECRET = "s3cr3t-in-an-error";
  private static final String STACK_ID =
      "arn:aws:cloudformation:us-east-1:123456789012:stack/dev-samplebase-stack/1";

  /** CloudFormation after a create that rolled back; every call is recorded. */
  static final class RolledBackCreate implements CloudFormationClient {
    final List<String> calls = new ArrayList<>();
    boolean created;

    @Override
    public DescribeStacksResponse describeStacks(DescribeStacksRequest request) {
      calls.add("DescribeStacks " + request.stackName());
      if (!created) {
        throw (CloudFormationException) CloudFormationException.builder()
            .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationError")
                .errorMessage("Stack with id " + request.stackName() + " does not exist").build())
            .build();
      }
      return DescribeStacksResponse.builder().stacks(Stack.builder()
          .stackId(STACK_ID).stackName("dev-samplebase-stack")
          .stackStatus("ROLLBACK_COMPLETE")
          .stackStatusReason("The following resource(s) failed to create: [Vpc]. ").build())
          .build();
    }

    @Override
    public CreateStackResponse createStack(CreateStackRequest request) {
      calls.add("CreateStack " + request.stackName());
      created = true;
      return CreateStackResponse.builder().stackId(STACK_ID).build();
    }

    @Override
    public DescribeStackEventsResponse describeStackEvents(DescribeStackEventsRequest request) {
      Instant t = Instant.parse("2026-01-01T00:00:00Z");
      return DescribeStackEventsResponse.builder().stackEvents(
          event("5", "dev-samplebase-stack", "AWS::CloudFormation::Stack", "ROLLBACK_COMPLETE",
              null, t.plusSeconds(5)),
          event("4", "Vpc", "AWS::EC2::VPC", "DELETE_COMPLETE", null, t.plusSeconds(4)),
          event("3", "dev-samplebase-stack", "AWS::CloudFormation::Stack",
              "ROLLBACK_IN_PROGRESS", "The following resource(s) failed to create: [Vpc]",
              t.plusSeconds(3)),
          event("2", "Vpc", "AWS::EC2::VPC", "CREATE_FAILED",
              "Value (" + SECRET + ") for parameter cidrBlock is invalid", t.plusSeconds(2)),
          event("1", "dev-samplebase-stack", "AWS::CloudFormation::Stack", "CREATE_IN_PROGRESS",
              "User Initiated", t.plusSeconds(1))).build();
    }

    private static StackEvent event(String id, String logicalId, String type, String status,
        String reason, Instant time) {
      return StackEvent.builder().eventId(id).stackId(STACK_ID).logicalResourceId(logicalId)
          .resourceType(type).resourceStatus(status).resourceStatusReason(reason).timestamp(time)
          .build();
    }

    @Override
    public String serviceName() {
      return "cloudformation";
    }

    @Override
    public void close() {}
  }

  @Test
  void aRolledBackCreateStopsTheRunWithItsFailedEventsAndNoSecret(@TempDir Path root) {
    var stacks = GeneratedStacks.load(SampleStacks.write(root), "dev");
    var cloudFormation = new RolledBackCreate();
    List<String> printed = new ArrayList<>();
    var options = DeployOptions.defaults().withMethod(DeployMethod.DIRECT)
        .withOverrides(Map.of("ApiKey", SECRET));

    assertThatThrownBy(() -> new Deployment(cloudFormation,
        new Polling(Duration.ofMillis(1), Duration.ofSeconds(5)), printed::add)
        .deploy(stacks, options))
        .isInstanceOfSatisfying(DeployException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("dev-samplebase-stack ended in ROLLBACK_COMPLETE: "
              + "The following resource(s) failed to create: [Vpc].; first failure: Vpc (AWS::EC2::VPC) CREATE_FAILED: Value (****) for parameter "
              + "cidrBlock is invalid");
          assertThat(e.failedEvents()).containsExactly(
              "Vpc (AWS::EC2::VPC) CREATE_FAILED: Value (****) for parameter cidrBlock is invalid");
        });
    assertThat(cloudFormation.calls).filteredOn(c -> c.startsWith("CreateStack"))
        .containsExactly("CreateStack dev-samplebase-stack");
    assertThat(printed).anyMatch(line -> line.contains("CREATE_FAILED"))
        .noneMatch(line -> line.contains(SECRET));
  }
}
