package org.llmgateway.cfn.model.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.resource.ec2.Vpc;
import org.llmgateway.cfn.model.template.EnvironmentParameter;

class FnTest {

  private static final Vpc VPC = Vpc.builder().logicalId("Vpc").cidrBlock(Expr.of("x")).build();

  @Test
  void subTurnsObjectsIntoVariablesAndEscapesLiteralDollarBraces() {
    var env = EnvironmentParameter.create();
    assertThat(Fn.sub("echo ${HOME} in ", env, " for ", VPC.cidrBlockAttribute(), " in ",
            Pseudo.REGION).toJson().toString())
        .isEqualTo("{\"Fn::Sub\":\"echo ${!HOME} in ${EnvironmentName} for ${Vpc.CidrBlock}"
            + " in ${AWS::Region}\"}");
  }

  @Test
  void subRefusesAnythingButTextReferencesAndAttributes() {
    assertThatThrownBy(() -> Fn.sub("x", 42)).hasMessageContaining("not 42");
  }

  @Test
  void referencesCarryTheTargetsLogicalId() {
    assertThat(VPC.ref().toJson().toString()).isEqualTo("{\"Ref\":\"Vpc\"}");
    assertThat(VPC.getAtt("DefaultSecurityGroup").toJson().toString())
        .isEqualTo("{\"Fn::GetAtt\":[\"Vpc\",\"DefaultSecurityGroup\"]}");
    assertThat(Fn.noValue().toJson().toString()).isEqualTo("{\"Ref\":\"AWS::NoValue\"}");
  }
}
