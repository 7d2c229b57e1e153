package org.llmgateway.cfn.generators.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds every {@link StackGenerator} listed in
 * {@code META-INF/services/org.llmgateway.cfn.generators.stack.StackGenerator} on the classpath
 * (a {@link ServiceLoader}: scanning the whole classpath cost about half a second of every
 * command-line start; StackCatalogTest keeps the list equal to the public generator classes).
 */
public final class StackCatalog {

  private StackCatalog() {}

  /** All listed generators, ordered by stack name. */
  public static List<StackGenerator> discover() {
    List<StackGenerator> generators = new ArrayList<>();
    try {
      ServiceLoader.load(StackGenerator.class, StackCatalog.class.getClassLoader())
          .forEach(generators::add);
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("Cannot create a stack generator listed in META-INF/services/"
          + StackGenerator.class.getName() + ": " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), e);
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
}
