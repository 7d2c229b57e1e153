package org.llmgateway.cfn.generators.stack;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds every {@link StackGenerator} listed in
 * {@code META-INF/services/org.llmgateway.cfn.generators.stack.StackGenerator} on the classpath
 * (a {@link ServiceLoader}: scanning the whole classpath cost about half a second of every
 * command-line start). The engine lists none; an application's module lists its own.
 */
public final class StackCatalog {

  private StackCatalog() {}

  /**
   * Every listed generator, whatever its settings type, ordered by stack name: for code that reads
   * templates only (an application's stacks are {@link #discover(Class)} of its settings type).
   */
  public static List<StackGenerator<?>> discover() {
    return List.copyOf(discover(Object.class, false));
  }

  /**
   * Every listed generator, ordered by stack name, each checked to declare {@code
   * StackGenerator<settingsType>}: a stack written for another application's settings is refused,
   * naming it, rather than handed settings it cannot read.
   */
  public static <S> List<StackGenerator<S>> discover(Class<S> settingsType) {
    return discover(settingsType, true);
  }

  @SuppressWarnings("unchecked")
  private static <S> List<StackGenerator<S>> discover(Class<S> settingsType, boolean checked) {
    List<StackGenerator<S>> generators = new ArrayList<>();
    for (StackGenerator<?> generator
        : Listed.implementationsOf(StackGenerator.class, "a stack generator")) {
      Optional<Type> declared = settingsType(generator.getClass());
      if (checked && (declared.isEmpty() || !declared.get().equals(settingsType))) {
        throw new IllegalStateException("Stack generator " + generator.getClass().getName()
            + " is for settings " + declared.map(Type::getTypeName).orElse("(none declared)")
            + ", not the application's " + settingsType.getName()
            + "; declare it as StackGenerator<" + settingsType.getSimpleName() + ">");
      }
      generators.add((StackGenerator<S>) generator);
    }
    generators.sort(Comparator.comparing(StackGenerator::name));
    Set<String> names = new HashSet<>();
    for (StackGenerator<S> generator : generators) {
      if (!names.add(generator.name())) {
        throw new IllegalStateException(
            "Two stack generators on the classpath are named '" + generator.name() + "'");
      }
    }
    return generators;
  }

  /** The type argument a class (or a superclass) gives {@link StackGenerator}. */
  private static Optional<Type> settingsType(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Type implemented : c.getGenericInterfaces()) {
        if (implemented instanceof ParameterizedType p && p.getRawType() == StackGenerator.class) {
          return Optional.of(p.getActualTypeArguments()[0]);
        }
      }
    }
    return Optional.empty();
  }
}
