package org.llmgateway.cfn.generators.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Templates CloudFormation accepts (and cfn-lint passes) must get no finding: intrinsic functions
 * wherever they resolve to the expected type, both Fn::If branches, AWS::NoValue, FindInMap, custom
 * resources, and literals CloudFormation converts ("true" for a boolean, "7" for an integer).
 */
class AcceptedTemplatesTest {

  @Test
  void aTemplateUsingEveryIntrinsicFunctionWhereItFitsHasNoFinding() {
    assertThat(Corpus.findings(Corpus.folder("accepted"))).isEmpty();
  }
}
