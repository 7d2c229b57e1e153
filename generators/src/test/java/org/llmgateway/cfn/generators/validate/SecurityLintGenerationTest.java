package org.llmgateway.cfn.generators.validate;

import org.llmgateway.cfn.generators.LiteLlmApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmgateway.cfn.generators.emit.Generation;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.Environments;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.generators.stack.Suppressions;
import org.llmgateway.cfn.generators.stack.Tags;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;
import org.llmgateway.cfn.resource.ec2.Subnet;

/**
 * generate refuses a model with an unsuppressed security finding and writes nothing; the same
 * model with a suppression (the typed helper) is written, and the generated page lists it.
 */
class SecurityLintGenerationTest {

  @TempDir Path root;

  /** One public subnet that auto-assigns public IPs, with the given suppressions. */
  record PublicSubnetStack(Suppressions suppressions) implements StackGenerator<EnvironmentConfig> {
    static final Parameter ENVIRONMENT = EnvironmentParameter.create();

    @Override
    public String name() {
      return "subnet";
    }

    @Override
    public Template template() {
      var t = Template.builder();
      var env = t.add(ENVIRONMENT);
      var subnet = Subnet.builder().logicalId("PublicSubnet").vpcId("vpc-0123456789abcdef0")
          .cidrBlock("10.0.0.0/24").mapPublicIpOnLaunch(true)
          .tags(Tags.withoutName(env, name()));
      if (suppressions != null) {
        subnet.metadata(suppressions.metadata());
      }
      t.add(subnet.build());
      return t.build();
    }

    @Override
    public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
      return Map.of(ENVIRONMENT, environment.name());
    }
  }

  @Test
  void anUnsuppressedFindingBlocksGenerateAndNothingIsWritten() {
    List<StackGenerator<EnvironmentConfig>> stacks = List.of(new PublicSubnetStack(null));
    assertThatThrownBy(() -> Generation.generate(root, new LiteLlmApplication(), stacks, Environments::standard))
        .isInstanceOf(ValidationException.class)
        .hasMessage("1 finding(s):\ngenerated-templates/subnet-stack.yaml: PublicSubnet:"
            + " /Resources/PublicSubnet/Properties/MapPublicIpOnLaunch:"
            + " [NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled] the subnet gives every"
            + " network interface a public IP address (staging, prod)");
    assertThat(Files.exists(root.resolve("generated-templates"))).isFalse();
    assertThat(Files.exists(root.resolve("docs"))).isFalse();
  }

  @Test
  void aSuppressionWithItsReasonLetsGenerateWriteAndThePageListsIt() throws IOException {
    var suppressed = Suppressions.of(SecurityRule.SUBNET_PUBLIC_IP, "Only the NAT gateway lives here");
    Generation.generate(root, new LiteLlmApplication(), List.of(new PublicSubnetStack(suppressed)), Environments::standard);
    assertThat(Files.readString(root.resolve("generated-templates/subnet-stack.yaml")))
        .contains("cdk_nag:", "id: NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled",
            "id: HIPAA.Security-VPCSubnetAutoAssignPublicIpDisabled",
            "reason: Only the NAT gateway lives here");
    assertThat(Files.readString(root.resolve("docs/generated/security-findings.md"))).contains(
        "| subnet | PublicSubnet | `NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled` | Only the"
            + " NAT gateway lives here |",
        "2 suppression(s).");
  }

  @Test
  void aSuppressionWithoutReasonBlocksGenerate() {
    List<StackGenerator<EnvironmentConfig>> stacks =
        List.of(new PublicSubnetStack(Suppressions.of(SecurityRule.SUBNET_PUBLIC_IP, "")));
    assertThatThrownBy(() -> Generation.generate(root, new LiteLlmApplication(), stacks, Environments::standard))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("[LCF350] the suppression of"
            + " 'NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled' gives no reason")
        .hasMessageContaining("[NIST.800.53.R5-VPCSubnetAutoAssignPublicIpDisabled] the subnet"
            + " gives every network interface a public IP address (staging, prod)");
    assertThat(Files.exists(root.resolve("generated-templates"))).isFalse();
  }
}
