package org.llmgateway.cfn.generators.environment;

/**
 * How an environment file binds to an application's settings type: its {@link Setting}-annotated
 * public accessors are the keys, and a builder with one setter per setting, named like its
 * accessor and taking the accessor's type ({@code List} for a list, {@code String} for an optional
 * string), builds the value, so the type's own checks judge every file.
 *
 * @param <S> the settings type of one environment
 */
public interface SettingsBinding<S> {

  /** The settings type, whose {@link Setting} accessors are the keys of an environment file. */
  Class<S> type();

  /** A new builder for the environment of this name, its name already set. */
  Object builder(String environmentName);

  /** The settings a {@link #builder} built; the type's checks refuse invalid values here. */
  S build(Object builder);

  /** The environment's name, e.g. {@code dev}: its file's name. */
  String name(S settings);

  /** The settings of an environment file with no keys: every default. */
  default S defaults(String environmentName) {
    return build(builder(environmentName));
  }
}
