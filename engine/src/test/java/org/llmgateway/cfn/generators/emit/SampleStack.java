package org.llmgateway.cfn.generators.emit;

import org.llmgateway.cfn.generators.stack.Suppressions;
import org.llmgateway.cfn.generators.validate.SecurityRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.sample.SampleSettings;
import org.llmgateway.cfn.generators.stack.StackGenerator;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.template.Tag;
import org.llmgateway.cfn.resource.ec2.VPC;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;

/**
 * A small stack for emitter and generation tests, one of the test application's stacks (listed in
 * the test classpath's META-INF/services: the engine itself lists none).
 */
public final class SampleStack implements StackGenerator<SampleSettings> {

  /** A test fixture, not a deployment: the security lint's rules for a real VPC do not apply. */
  static final Suppressions FIXTURE_VPC = Suppressions
      .of(SecurityRule.VPC_FLOW_LOGS, "Generation-test fixture, never deployed")
      .and(SecurityRule.DEFAULT_SECURITY_GROUP, "Generation-test fixture, never deployed");

  static final ExportName VPC_ID = ExportName.of("sample", "VpcId");
  static final Parameter ENVIRONMENT = EnvironmentParameter.create();
  static final Parameter CIDR =
      Parameter.builder().logicalId("VpcCidr").defaultValue("10.0.0.0/16").build();

  @Override
  public String name() {
    return "sample";
  }

  @Override
  public Template template() {
    var t = Template.builder().description("sample stack");
    var env = t.add(ENVIRONMENT);
    var cidr = t.add(CIDR);
    var isProd = t.add(Condition.of("IsProd", Fn.equalsTo(env.ref(), Expr.of("prod"))));
    var vpc =
        t.add(
            VPC.builder()
                .logicalId("Vpc")
                .cidrBlock(cidr.ref())
                .enableDnsHostnames(Fn.ifThen(isProd, Expr.of(true), Expr.of(false)))
                .instanceTenancy(Fn.base64(Fn.sub("x-", env)))
                .tags(List.of(
                    Tag.of("Name", Fn.sub(env, "-vpc")),
                    Tag.of("Version", Expr.of("2010-09-09")),
                    Tag.of("Script", Expr.of("line one\nline two\n"))))
                .metadata(FIXTURE_VPC.metadata())
                .build());
    t.add(Output.builder().logicalId("VpcId").value(vpc.ref()).export(VPC_ID).build());
    t.add(Output.builder().logicalId("Imported")
        .value(Fn.importValue(SampleBaseStack.VPC_ID.in(env))).build());
    t.add(Output.builder().logicalId("Cidr").value(vpc.attrCidrBlock()).build());
    t.add(
        Output.builder()
            .logicalId("FirstZone")
            .value(Fn.select(0, Fn.getAZs()))
            .build());
    return t.build();
  }

  @Override
  public Map<Parameter, String> parameterValues(SampleSettings environment) {
    Map<Parameter, String> values = new LinkedHashMap<>();
    values.put(ENVIRONMENT, environment.name());
    values.put(CIDR, environment.vpcCidr());
    return values;
  }
}
