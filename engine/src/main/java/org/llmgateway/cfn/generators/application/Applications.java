package org.llmgateway.cfn.generators.application;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.llmgateway.cfn.generators.stack.Listed;

/**
 * Finds the one {@link Application} on the classpath through {@link ServiceLoader} (a class named
 * in {@code META-INF/services/org.llmgateway.cfn.generators.application.Application}): a listing
 * costs nothing at start-up, where a classpath scan cost about half a second of every command
 * line run.
 */
public final class Applications {

  private Applications() {}

  /**
   * The application on the classpath, created once.
   *
   * @throws IllegalStateException when none or more than one is listed
   */
  public static Application<?> current() {
    return Found.APPLICATION;
  }

  /** Lazily, on first use: the engine's validate command needs no application. */
  private static final class Found {
    static final Application<?> APPLICATION = find();
  }

  private static Application<?> find() {
    List<Application<?>> found = new ArrayList<>();
    Listed.implementationsOf(Application.class, "the application").forEach(found::add);
    if (found.size() != 1) {
      throw new IllegalStateException((found.isEmpty() ? "No application"
          : found.size() + " applications " + found.stream()
              .map(a -> a.getClass().getName()).sorted().toList())
          + " on the classpath: exactly one class implementing " + Application.class.getName()
          + " must be listed in META-INF/services/" + Application.class.getName()
          + " (the engine alone has none; depend on litellm-cfn-generators for LiteLLM's)");
    }
    return found.get(0);
  }
}
