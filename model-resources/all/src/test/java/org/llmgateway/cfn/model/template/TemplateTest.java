package org.llmgateway.cfn.model.template;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.ec2.VPC;

class TemplateTest {

  @Test
  void aLogicalIdUsedTwiceIsRefused() {
    var builder = Template.builder();
    builder.add(Parameter.builder().logicalId("Vpc").build());
    builder.add(VPC.builder().logicalId("Vpc").cidrBlock(Expr.of("10.0.0.0/16")).build());
    assertThatThrownBy(builder::build).hasMessage("Logical id 'Vpc' is used twice in the template");
  }

  @Test
  void aNonAlphanumericLogicalIdIsRefused() {
    var builder = Template.builder();
    builder.add(VPC.builder().logicalId("my-vpc").cidrBlock(Expr.of("10.0.0.0/16")).build());
    assertThatThrownBy(builder::build)
        .hasMessage("Resource logical id 'my-vpc' must be alphanumeric");
  }

  @Test
  void resourcesAreFoundByModelTypeAndLogicalId() {
    var builder = Template.builder();
    var vpc = builder.add(VPC.builder().logicalId("Vpc").cidrBlock(Expr.of("10.0.0.0/16")).build());
    builder.add(Parameter.builder().logicalId("Cidr").build());
    var template = builder.build();
    org.assertj.core.api.Assertions.assertThat(template.resources(VPC.class)).containsExactly(vpc);
    org.assertj.core.api.Assertions.assertThat(template.resource(VPC.class, "Vpc")).contains(vpc);
    org.assertj.core.api.Assertions.assertThat(template.resource(VPC.class, "Other")).isEmpty();
  }

  @Test
  void anExportNameMustBeStackThenName() {
    assertThatThrownBy(() -> ExportName.of("Network", "vpc-id"))
        .hasMessageContaining("must be <lower-case-stack>-<AlphaNumericName>");
  }
}
