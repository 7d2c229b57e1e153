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
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.logs.LogGroup;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;

/** generate validates everything it renders and writes nothing when anything is invalid. */
class GenerationRefusesInvalidOutputTest {

  @TempDir Path root;

  /** A stack whose log group keeps logs for 8 days, which CloudFormation does not allow. */
  static final class EightDayRetentionStack implements StackGenerator<EnvironmentConfig> {
    static final Parameter ENVIRONMENT = EnvironmentParameter.create();

    @Override
    public String name() {
      return "eight-days";
    }

    @Override
    public Template template() {
      var t = Template.builder();
      var env = t.add(ENVIRONMENT);
      t.add(LogGroup.builder().logicalId("Logs")
          .logGroupName(org.llmgateway.cfn.model.intrinsic.Fn.sub("/ecs/", env))
          .retentionInDays(Expr.of(8)).build());
      return t.build();
    }

    @Override
    public Map<Parameter, String> parameterValues(EnvironmentConfig environment) {
      return Map.of(ENVIRONMENT, environment.name());
    }
  }

  @Test
  void anInvalidTemplateIsNeverWritten() throws IOException {
    List<StackGenerator<EnvironmentConfig>> stacks = List.of(new EightDayRetentionStack());
    assertThatThrownBy(() -> Generation.generate(root, new LiteLlmApplication(), stacks,
            Environments::standard))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("generated-templates/eight-days-stack.yaml: Logs: "
            + "/Resources/Logs/Properties/RetentionInDays: [LCF205] 8 is not one of [1,3,5,7,14,");
    assertThat(Files.exists(root.resolve("generated-templates"))).isFalse();
  }
}
