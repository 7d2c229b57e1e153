package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import org.llmgateway.cfn.resource.iam.Role;

/** Deployment acknowledges CAPABILITY_IAM only; that holds while no template names a role. */
class IamCapabilityTest {

  @Test
  void noStackNamesAnIamRoleSoChangeSetsNeedNoNamedIamCapability() {
    var roles = StackCatalog.discover().stream()
        .flatMap(stack -> stack.template().resources().stream())
        .filter(Role.class::isInstance).map(Role.class::cast).toList();
    assertThat(roles).isNotEmpty();
    assertThat(roles).allSatisfy(role -> assertThat(role.roleName()).as(role.logicalId()).isEmpty());
  }
}
