package org.llmgateway.cfn.generators.sample;

import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.application.Application;
import org.llmgateway.cfn.generators.application.GeneratedPages;
import org.llmgateway.cfn.generators.application.NamingConvention;
import org.llmgateway.cfn.generators.docs.GeneratedDocs;
import org.llmgateway.cfn.generators.environment.SettingsBinding;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Template;

/**
 * The engine's test application, listed in the test classpath's META-INF/services: its stacks are
 * the sample stacks listed beside it, named by the environment alone ({@code
 * <env>-<stack>-stack}, exports {@code ${EnvironmentName}-<stack>-<Name>}), with the engine's
 * documentation pages and no page of its own.
 */
public final class SampleApplication implements Application<SampleSettings> {

  public static final SettingsBinding<SampleSettings> SETTINGS = new SettingsBinding<>() {
    @Override
    public Class<SampleSettings> type() {
      return SampleSettings.class;
    }

    @Override
    public Object builder(String environmentName) {
      return SampleSettings.builder().name(environmentName);
    }

    @Override
    public SampleSettings build(Object builder) {
      return ((SampleSettings.Builder) builder).build();
    }

    @Override
    public String name(SampleSettings settings) {
      return settings.name();
    }
  };

  /** dev, staging and prod with the default VPC block. */
  public static List<SampleSettings> standard() {
    return List.of("dev", "staging", "prod").stream()
        .map(name -> SampleSettings.builder().name(name).build()).toList();
  }

  @Override
  public String name() {
    return "sample-cfn";
  }

  @Override
  public SettingsBinding<SampleSettings> settings() {
    return SETTINGS;
  }

  @Override
  public NamingConvention<SampleSettings> naming() {
    return new NamingConvention<>() {
      @Override
      public List<String> nameParameters() {
        return List.of(EnvironmentParameter.LOGICAL_ID);
      }

      @Override
      public Map<String, String> nameValues(SampleSettings environment) {
        return Map.of(EnvironmentParameter.LOGICAL_ID, environment.name());
      }

      @Override
      public String stackName(String stack, Map<String, String> nameValues) {
        return nameValues.get(EnvironmentParameter.LOGICAL_ID) + "-" + stack + "-stack";
      }

      @Override
      public Expr exportName(ExportName export, Template template) {
        return export.in(template.parameters().stream()
            .filter(p -> p.logicalId().equals(EnvironmentParameter.LOGICAL_ID))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("A sample template with exports needs "
                + EnvironmentParameter.LOGICAL_ID)));
      }

      @Override
      public boolean isExportOf(String exportName, String stack, Map<String, String> nameValues) {
        return exportName.startsWith(
            nameValues.get(EnvironmentParameter.LOGICAL_ID) + "-" + stack + "-");
      }

      @Override
      public String namingSetting(SampleSettings environment) {
        return "name: '" + environment.name() + "'";
      }
    };
  }

  @Override
  public List<GeneratedPages<SampleSettings>> pages() {
    return List.of(new GeneratedDocs<>(List.of()));
  }
}
