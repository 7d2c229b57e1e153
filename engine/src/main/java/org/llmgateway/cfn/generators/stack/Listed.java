package org.llmgateway.cfn.generators.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The implementations an application plugs into the engine (its stacks, the application itself,
 * deploy steps), each listed in {@code META-INF/services/} under the interface's name and found
 * with a {@link ServiceLoader}: a listing costs nothing at start-up, where a scan of the
 * classpath cost about half a second of every command-line run.
 */
public final class Listed {

  private Listed() {}

  /**
   * Every implementation of {@code type} listed on the classpath, in the order listed.
   *
   * @param what what one implementation is, for the message when one cannot be created
   * @throws IllegalStateException naming the listing when a listed class cannot be created
   */
  public static <T> List<T> implementationsOf(Class<T> type, String what) {
    List<T> found = new ArrayList<>();
    try {
      ServiceLoader.load(type, Listed.class.getClassLoader()).forEach(found::add);
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("Cannot create " + what + " listed in META-INF/services/"
          + type.getName() + ": " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), e);
    }
    return found;
  }
}
