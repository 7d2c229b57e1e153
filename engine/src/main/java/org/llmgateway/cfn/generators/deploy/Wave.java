package org.llmgateway.cfn.generators.deploy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the stack operations of one wave at once and waits for all of them, also after one failed:
 * an operation CloudFormation has started goes on anyway, and leaving it unwatched would hide how
 * it ends. Tasks a full pool has queued are not started after a failure.
 */
final class Wave {

  /** One stack's work; {@code stackName} names it in failures. */
  record Task(String stackName, Supplier<StackResult> work) {}

  private Wave() {}

  /**
   * @param parallel at most this many at once
   * @param later the stacks of the waves after this one, named when a failure stops the run
   * @return one result per task, in task order
   * @throws RuntimeException the failure itself when one task failed; a {@link DeployException}
   *     naming each when several did
   */
  static List<StackResult> run(List<Task> tasks, int parallel, List<String> later,
      Consumer<String> say) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(tasks.size(), parallel),
        runnable -> {
          Thread thread = new Thread(runnable, "litellm-cfn-deploy");
          thread.setDaemon(true);
          return thread;
        });
    AtomicBoolean failed = new AtomicBoolean();
    List<String> skipped = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<StackResult>> running = new ArrayList<>();
      for (Task task : tasks) {
        running.add(pool.submit(() -> {
          if (failed.get()) {
            skipped.add(task.stackName());
            return null;
          }
          try {
            return task.work().get();
          } catch (RuntimeException e) {
            failed.set(true);
            throw e;
          }
        }));
      }
      List<StackResult> results = new ArrayList<>();
      Map<String, RuntimeException> failures = new LinkedHashMap<>();
      for (int i = 0; i < running.size(); i++) {
        try {
          StackResult result = running.get(i).get();
          if (result != null) {
            results.add(result);
          }
        } catch (ExecutionException e) {
          failures.put(tasks.get(i).stackName(), unchecked(e.getCause()));
        }
      }
      if (failures.isEmpty()) {
        return results;
      }
      List<String> notStarted = new ArrayList<>(skipped);
      notStarted.addAll(later);
      if (!notStarted.isEmpty()) {
        say.accept("Not started after the failure: " + notStarted);
      }
      throw failures.size() == 1 ? failures.values().iterator().next() : combined(failures);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("Interrupted while deploying " + tasks.stream()
          .map(Task::stackName).toList() + " (their operations go on in CloudFormation)");
    } finally {
      pool.shutdownNow();
    }
  }

  private static RuntimeException unchecked(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /** Several stacks of one wave failed: one message naming each, every failed event kept. */
  private static DeployException combined(Map<String, RuntimeException> failures) {
    StringBuilder message = new StringBuilder(failures.size() + " stacks of one wave failed:");
    List<String> events = new ArrayList<>();
    failures.forEach((stackName, failure) -> {
      message.append("\n  ").append(failure.getMessage());
      if (failure instanceof DeployException deploy) {
        deploy.failedEvents().forEach(event -> events.add(stackName + ": " + event));
      }
    });
    return new DeployException(message.toString(), events);
  }
}
