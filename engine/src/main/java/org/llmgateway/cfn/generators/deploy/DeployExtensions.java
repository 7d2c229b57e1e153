package org.llmgateway.cfn.generators.deploy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.llmgateway.cfn.generators.stack.Listed;

/**
 * The {@link PreflightCheck}s and {@link StackRollout}s a deployment runs. The product registers
 * them the way it registers stacks: listed in {@code META-INF/services/} under the interface's
 * name, found with a {@link ServiceLoader} (the engine lists none). Scanning the classpath for
 * them instead read the 6,000 class files of the resource model, about a second of every deploy.
 * Each list is sorted by class name, so a run is repeatable.
 */
public record DeployExtensions(List<PreflightCheck> checks, List<StackRollout> rollouts) {

  public DeployExtensions {
    checks = List.copyOf(checks);
    rollouts = List.copyOf(rollouts);
  }

  public static DeployExtensions none() {
    return new DeployExtensions(List.of(), List.of());
  }

  /** Every implementation listed on the classpath. */
  public static DeployExtensions discover() {
    return new DeployExtensions(listed(PreflightCheck.class), listed(StackRollout.class));
  }

  private static <T> List<T> listed(Class<T> type) {
    List<T> found = new ArrayList<>(Listed.implementationsOf(type, "a deploy step"));
    found.sort(Comparator.comparing(o -> o.getClass().getName()));
    return found;
  }
}
