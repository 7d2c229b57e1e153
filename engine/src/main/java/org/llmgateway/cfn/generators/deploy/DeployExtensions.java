package org.llmgateway.cfn.generators.deploy;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link PreflightCheck}s and {@link StackRollout}s a deployment runs. The product registers
 * them the way it registers stacks: public classes with a public no-argument constructor on the
 * classpath, found with classgraph (the engine names none of them). Each list is sorted by class
 * name, so a run is repeatable.
 */
public record DeployExtensions(List<PreflightCheck> checks, List<StackRollout> rollouts) {

  public DeployExtensions {
    checks = List.copyOf(checks);
    rollouts = List.copyOf(rollouts);
  }

  public static DeployExtensions none() {
    return new DeployExtensions(List.of(), List.of());
  }

  /** Every concrete public implementation on the classpath. */
  public static DeployExtensions discover() {
    try (ScanResult scan = new ClassGraph()
        .enableClassInfo()
        .rejectPackages("java", "javax", "jdk", "sun", "com.fasterxml", "org.junit",
            "io.github.classgraph", "picocli", "org.yaml", "software.amazon", "com.networknt")
        .scan()) {
      return new DeployExtensions(instances(scan, PreflightCheck.class),
          instances(scan, StackRollout.class));
    }
  }

  private static <T> List<T> instances(ScanResult scan, Class<T> type) {
    List<T> found = new ArrayList<>();
    for (ClassInfo info : scan.getClassesImplementing(type)) {
      if (info.isAbstract() || info.isInterface() || !info.isPublic()) {
        continue;
      }
      Class<? extends T> implementation = info.loadClass(type);
      try {
        found.add(implementation.getConstructor().newInstance());
      } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException(implementation.getName()
            + " needs a public no-argument constructor to be used by deploy", e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(implementation.getName() + " failed to start: "
            + e.getCause().getMessage(), e.getCause());
      }
    }
    found.sort(Comparator.comparing(o -> o.getClass().getName()));
    return found;
  }
}
