package org.llmgateway.cfn.generators.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.Fn;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.resource.ec2.Vpc;
import org.llmgateway.cfn.model.template.Condition;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Output;
import org.llmgateway.cfn.model.template.Template;

class YamlWriterTest {

  private static final ExportName VPC_ID = ExportName.of("network", "VpcId");

  private static Template sample() {
    var t = Template.builder().description("sample");
    var env = t.add(EnvironmentParameter.create());
    var isProd = t.add(Condition.of("IsProd", Fn.equalsTo(env.ref(), Expr.of("prod"))));
    var vpc =
        t.add(
            Vpc.builder()
                .logicalId("Vpc")
                .cidrBlock(Expr.of("10.0.0.0/16"))
                .enableDnsHostnames(Fn.ifThen(isProd, Expr.of(true), Expr.of(false)))
                .addTags(Tag.of("Name", Fn.sub(env, "-vpc")))
                .build());
    t.add(Output.builder().logicalId("VpcId").value(vpc.ref()).export(VPC_ID).build());
    t.add(
        Output.builder()
            .logicalId("Imported")
            .value(Fn.importValue(VPC_ID.in(env)))
            .build());
    t.add(
        Output.builder()
            .logicalId("Cidr")
            .value(vpc.cidrBlockAttribute())
            .build());
    return t.build();
  }

  @Test
  void writesShortFormTagsAndLongFormWhereTheArgumentIsTagged() {
    String yaml = YamlWriter.write(TemplateJson.toJson(sample()), List.of("header"));
    System.out.println(yaml);
    assertThat(yaml).contains("CidrBlock: 10.0.0.0/16");
    assertThat(yaml).contains("Value: !Ref Vpc");
    assertThat(yaml).contains("Fn::ImportValue: !Sub \"${EnvironmentName}-network-VpcId\"");
    assertThat(yaml).contains("!GetAtt Vpc.CidrBlock");
  }
}
