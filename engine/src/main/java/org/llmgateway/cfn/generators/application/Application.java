package org.llmgateway.cfn.generators.application;

import java.util.List;
import org.llmgateway.cfn.generators.environment.SettingsBinding;
import org.llmgateway.cfn.generators.stack.StackCatalog;
import org.llmgateway.cfn.generators.stack.StackGenerator;

/**
 * What the engine needs from the product it generates: the settings type an environment file
 * binds to, how stacks and exports are named, and any pages generated beside the templates. The
 * engine brings none: exactly one implementation is found on the classpath ({@link
 * Applications#current()}, a {@link java.util.ServiceLoader} listing in {@code
 * META-INF/services/org.llmgateway.cfn.generators.application.Application}), and its stacks are the
 * {@link StackGenerator}s of its settings type on the classpath.
 *
 * @param <S> the settings type of one environment, e.g. LiteLLM's {@code EnvironmentConfig}
 */
public interface Application<S> {

  /** The project's name as generated headers show it, e.g. {@code litellm-cfn}. */
  String name();

  /** How {@code environments/<name>.yaml} binds to the settings type. */
  SettingsBinding<S> settings();

  /** How stacks and exports are named, and which parameters carry the names. */
  NamingConvention<S> naming();

  /** Pages {@code generate} writes and {@code check} drift-checks beside the templates. */
  default List<GeneratedPages<S>> pages() {
    return List.of();
  }

  /** Every stack generator on the classpath for this application's settings type, by name. */
  default List<StackGenerator<S>> stacks() {
    return StackCatalog.discover(settings().type());
  }
}
