package org.llmgateway.cfn.generators.stack.backup;

import org.llmgateway.cfn.generators.deploy.DeployPlan;
import org.llmgateway.cfn.generators.deploy.PreflightCheck;
import org.llmgateway.cfn.generators.deploy.PreflightRefusal;

/**
 * A cross-region copy into the region the stacks go to is no copy at all: the same disaster takes
 * both. The settings cannot know the deploy region, so deploy refuses it here, before any stack is
 * touched, when the run names its region.
 */
public final class BackupCopyRegionCheck implements PreflightCheck {

  @Override
  public void check(DeployPlan plan) {
    plan.stack(BackupStack.STACK).ifPresent(backup -> {
      String copyRegion = backup.value(BackupStack.COPY_REGION.logicalId()).orElse("");
      plan.target().region()
          .filter(region -> region.equals(copyRegion))
          .ifPresent(region -> {
            throw new PreflightRefusal("environments/" + plan.environment() + ".yaml:"
                + " backupCopyRegion " + copyRegion + " is the region deployed to; set it to"
                + " another region, or remove it for no copy");
          });
    });
  }
}
