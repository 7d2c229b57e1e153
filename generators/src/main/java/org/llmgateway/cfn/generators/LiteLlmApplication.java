package org.llmgateway.cfn.generators;

import java.nio.file.Path;
import java.util.List;
import org.llmgateway.cfn.generators.application.Application;
import org.llmgateway.cfn.generators.application.GeneratedPages;
import org.llmgateway.cfn.generators.application.NamingConvention;
import org.llmgateway.cfn.generators.docs.LiteLlmPages;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.generators.environment.EnvironmentFiles;
import org.llmgateway.cfn.generators.environment.ImmutableEnvironmentConfig;
import org.llmgateway.cfn.generators.environment.ProxyConfigFiles;
import org.llmgateway.cfn.generators.environment.SettingsBinding;
import org.llmgateway.cfn.generators.stack.LiteLlmNaming;

/**
 * The LiteLLM gateway as an application of the engine: environments bind to {@link
 * EnvironmentConfig}, stacks and exports are named by {@link LiteLlmNaming} ({@code
 * <prefix>-<stack>-stack}, {@code ${NamePrefix}-<stack>-<Name>}), and docs/generated/ holds the
 * engine's pages plus the cost estimate. Listed in {@code
 * META-INF/services/org.llmgateway.cfn.generators.application.Application}, so the engine's command
 * line finds it on the classpath; its stacks are listed beside it.
 */
public final class LiteLlmApplication implements Application<EnvironmentConfig> {

  /** {@code environments/<name>.yaml} bound to {@link EnvironmentConfig} through its builder. */
  public static final SettingsBinding<EnvironmentConfig> SETTINGS = new SettingsBinding<>() {
    @Override
    public Class<EnvironmentConfig> type() {
      return EnvironmentConfig.class;
    }

    @Override
    public Object builder(String environmentName) {
      return EnvironmentConfig.builder().name(environmentName);
    }

    @Override
    public EnvironmentConfig build(Object builder) {
      return ((ImmutableEnvironmentConfig.Builder) builder).build();
    }

    @Override
    public String name(EnvironmentConfig settings) {
      return settings.name();
    }
  };

  private static final LiteLlmNaming NAMING = new LiteLlmNaming();

  @Override
  public String name() {
    return "litellm-cfn";
  }

  @Override
  public SettingsBinding<EnvironmentConfig> settings() {
    return SETTINGS;
  }

  @Override
  public NamingConvention<EnvironmentConfig> naming() {
    return NAMING;
  }

  @Override
  public List<GeneratedPages<EnvironmentConfig>> pages() {
    return List.of(LiteLlmPages.DOCS, new ProxyConfigFiles());
  }

  /** Every environment of {@code root/environments/}, in promotion order. */
  public static List<EnvironmentConfig> environments(Path root) {
    return EnvironmentFiles.load(root, SETTINGS);
  }

  /** One environment from the text of its YAML file. */
  public static EnvironmentConfig environment(String name, String yaml) {
    return EnvironmentFiles.parse(SETTINGS, name, yaml);
  }
}
