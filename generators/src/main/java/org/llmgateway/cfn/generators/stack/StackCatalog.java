package org.llmgateway.cfn.generators.stack;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds every {@link StackGenerator} on the classpath. */
public final class StackCatalog {

  private StackCatalog() {}

  /** All concrete generators on the classpath, ordered by stack name. */
  public static List<StackGenerator> discover() {
    List<StackGenerator> generators = new ArrayList<>();
    try (ScanResult scan =
        new ClassGraph()
            .enableClassInfo()
            .rejectPackages("java", "javax", "jdk", "sun", "com.fasterxml", "org.junit",
                "io.github.classgraph", "picocli", "org.yaml", "software.amazon", "com.networknt")
            .scan()) {
      for (ClassInfo info : scan.getClassesImplementing(StackGenerator.class)) {
        if (info.isAbstract() || info.isInterface() || !info.isPublic()) {
          continue;
        }
        generators.add(instantiate(info.loadClass(StackGenerator.class)));
      }
    }
    generators.sort(Comparator.comparing(StackGenerator::name));
    Set<String> names = new HashSet<>();
    for (StackGenerator generator : generators) {
      if (!names.add(generator.name())) {
        throw new IllegalStateException(
            "Two stack generators on the classpath are named '" + generator.name() + "'");
      }
    }
    return generators;
  }

  private static StackGenerator instantiate(Class<? extends StackGenerator> type) {
    try {
      return type.getConstructor().newInstance();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          "Stack generator " + type.getName() + " needs a public no-argument constructor", e);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("Cannot create stack generator " + type.getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "Stack generator " + type.getName() + " failed to start: " + e.getCause().getMessage(),
          e.getCause());
    }
  }
}
