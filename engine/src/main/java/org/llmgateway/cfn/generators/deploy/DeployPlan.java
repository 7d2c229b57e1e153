package org.llmgateway.cfn.generators.deploy;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What one run deploys, where, and how it reports, handed to {@link PreflightCheck}s and
 * {@link StackRollout}s so they can ask the services they need.
 *
 * @param environment e.g. {@code dev}
 * @param target region, endpoint and profile every client is built for
 * @param polling how often and how long to wait for something AWS does
 * @param stacks the stacks being deployed, in order
 * @param progress where lines for the operator go (secrets already masked by the caller)
 */
public record DeployPlan(String environment, AwsTarget target, Polling polling,
    List<PlannedStack> stacks, Consumer<String> progress) {

  public DeployPlan {
    stacks = List.copyOf(stacks);
  }

  /** The stack of that short name when this run deploys it. */
  public Optional<PlannedStack> stack(String name) {
    return stacks.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public void say(String line) {
    progress.accept(line);
  }
}
