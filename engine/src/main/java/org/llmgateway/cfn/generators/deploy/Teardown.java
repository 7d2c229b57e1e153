package org.llmgateway.cfn.generators.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/**
 * Deletes an environment's stacks in reverse deploy order (a stack whose exports are imported
 * cannot go before its importers), waiting for each. Stops at the first stack that fails to
 * delete, for example one whose RDS instance or load balancer has deletion protection on.
 */
public final class Teardown {

  private final CloudFormationClient cloudFormation;
  private final Polling polling;
  private final Consumer<String> progress;

  public Teardown(CloudFormationClient cloudFormation, Polling polling, Consumer<String> progress) {
    this.cloudFormation = cloudFormation;
    this.polling = polling;
    this.progress = progress;
  }

  /** Deletes every stack of {@code stacks} that exists; returns the names of those deleted. */
  public List<String> teardown(GeneratedStacks stacks) {
    StackWatcher watcher = new StackWatcher(cloudFormation, polling, progress, Redaction.none());
    List<String> deleted = new ArrayList<>();
    for (StackArtifact stack : stacks.teardownOrder()) {
      try {
        if (delete(stack, watcher)) {
          deleted.add(stack.stackName());
        }
      } catch (CloudFormationException e) {
        throw new DeployException(stack.stackName() + ": CloudFormation refused a call: "
            + StackWatcher.reason(e));
      }
    }
    return deleted;
  }

  /** Deletes one stack and waits; false when it was not deployed. */
  private boolean delete(StackArtifact stack, StackWatcher watcher) {
    Optional<Stack> existing = watcher.describe(stack.stackName());
    if (existing.isEmpty()) {
      watcher.say("== " + stack.stackName() + ": not deployed");
      return false;
    }
    String stackId = existing.get().stackId();
    watcher.say("== " + stack.stackName() + ": deleting (" + existing.get().stackStatusAsString()
        + ")");
    Optional<String> lastEvent = watcher.newestEventId(stackId);
    cloudFormation.deleteStack(r -> r.stackName(stackId));
    // polled by name: a deleted stack is then simply gone, on AWS as on emulators that
    // re-evaluate a deleted stack's outputs when it is described by id (moto 5.2 does)
    Optional<Stack> after = watcher.waitUntilSettled(stackId, stack.stackName(), stack.stackName(),
        lastEvent);
    if (after.isPresent()) {
      throw new DeployException(stack.stackName() + " was not deleted: it is "
          + after.get().stackStatusAsString(), watcher.failures(stackId, lastEvent));
    }
    watcher.say(stack.stackName() + ": deleted");
    return true;
  }
}
