package org.llmgateway.cfn.generators.emit;

import java.util.Map;
import org.llmgateway.cfn.generators.sample.SampleSettings;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;

/**
 * The stack {@link SampleStack} imports from: a stack cannot import its own export, so the
 * generation tests deploy the two together.
 */
public final class SampleBaseStack implements StackGenerator<SampleSettings> {

  static final ExportName VPC_ID = ExportName.of("sample-base", "VpcId");
  static final Parameter ENVIRONMENT = EnvironmentParameter.create();

  @Override
  public String name() {
    return "sample-base";
  }

  @Override
  public Template template() {
    var t = Template.builder().description("the stack the sample stack imports from");
    t.add(ENVIRONMENT);
    var vpc = t.add(VPC.builder().logicalId("Vpc").cidrBlock(Expr.of("10.1.0.0/16"))
        .metadata(SampleStack.FIXTURE_VPC.metadata()).build());
    t.add(Output.builder().logicalId("VpcId").value(vpc.ref()).export(VPC_ID).build());
    return t.build();
  }

  @Override
  public Map<Parameter, String> parameterValues(SampleSettings environment) {
    return Map.of(ENVIRONMENT, environment.name());
  }
}
