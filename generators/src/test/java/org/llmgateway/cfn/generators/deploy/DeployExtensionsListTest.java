package org.llmgateway.cfn.generators.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.generators.MainClasses;

class DeployExtensionsListTest {

  private static List<String> names(List<?> steps) {
    return steps.stream().map(step -> step.getClass().getName()).toList();
  }

  @Test
  void theServiceListsNameEveryCheckAndRolloutSoNoStepIsSilentlyLeftOut() {
    DeployExtensions found = DeployExtensions.discover();

    assertThat(names(found.checks())).isEqualTo(MainClasses.implementing(PreflightCheck.class));
    assertThat(names(found.rollouts())).isEqualTo(MainClasses.implementing(StackRollout.class));
  }

  @Test
  void theProductsStepsAreFoundInClassNameOrder() {
    DeployExtensions found = DeployExtensions.discover();

    assertThat(names(found.checks())).containsExactly(
        "org.llmgateway.cfn.generators.stack.alb.HostedZoneCheck",
        "org.llmgateway.cfn.generators.stack.backup.BackupCopyRegionCheck",
        "org.llmgateway.cfn.generators.stack.database.RdsEngineCheck");
    assertThat(names(found.rollouts()))
        .containsExactly("org.llmgateway.cfn.generators.stack.litellm.SchemaMigration");
  }
}
