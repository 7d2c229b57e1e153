package org.llmgateway.cfn.generators.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.generators.application.NamingConvention;
import org.llmgateway.cfn.generators.environment.EnvironmentConfig;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;

/**
 * LiteLLM's names: stacks {@code <prefix>-<stack>-stack} and exports {@code
 * ${NamePrefix}-<stack>-<Name>}, the prefix being {@link EnvironmentConfig#namePrefix()} ({@code
 * dev}, or {@code acme-dev} with a tenant) and reaching the templates as {@link Names#PREFIX}
 * (secrets use {@link Names#PATH}). {@code EnvironmentName} keeps meaning the environment.
 */
public final class LiteLlmNaming implements NamingConvention<EnvironmentConfig> {

  @Override
  public List<String> nameParameters() {
    return List.of(EnvironmentParameter.LOGICAL_ID, Names.PREFIX.logicalId(),
        Names.PATH.logicalId());
  }

  @Override
  public Map<String, String> nameValues(EnvironmentConfig environment) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put(EnvironmentParameter.LOGICAL_ID, environment.name());
    values.put(Names.PREFIX.logicalId(), environment.namePrefix());
    values.put(Names.PATH.logicalId(), environment.namePath());
    return values;
  }

  @Override
  public String stackName(String stack, Map<String, String> nameValues) {
    return stackName(prefix(nameValues), stack);
  }

  /** {@code <prefix>-<stack>-stack}, e.g. {@code acme-dev-network-stack}. */
  public static String stackName(String namePrefix, String stack) {
    return namePrefix + "-" + stack + "-stack";
  }

  /**
   * Export names are per tenant and environment: {@code ${NamePrefix}-<stack>-<name>}. A stack
   * of another project written before tenants declares only EnvironmentName; its exports keep
   * that parameter (and so ignore a tenant).
   */
  @Override
  public Expr exportName(ExportName export, Template template) {
    Parameter prefix = template.parameters().stream()
        .filter(p -> p.logicalId().equals(Names.PREFIX.logicalId()))
        .findFirst()
        .or(() -> template.parameters().stream()
            .filter(p -> p.logicalId().equals(EnvironmentParameter.LOGICAL_ID))
            .findFirst())
        .orElseThrow(() -> new IllegalStateException(
            "A template with exports must declare the parameter " + Names.PREFIX.logicalId()
                + " (or " + EnvironmentParameter.LOGICAL_ID + ")"));
    return export.in(prefix);
  }

  @Override
  public boolean isExportOf(String exportName, String stack, Map<String, String> nameValues) {
    return exportName.startsWith(prefix(nameValues) + "-" + stack + "-");
  }

  @Override
  public String namingSetting(EnvironmentConfig environment) {
    return environment.tenant().map(t -> "tenant: '" + t + "'")
        .orElse("name: '" + environment.name() + "'");
  }

  /** Parameter files from before tenants carry no NamePrefix: the environment is the prefix. */
  private static String prefix(Map<String, String> nameValues) {
    return nameValues.getOrDefault(Names.PREFIX.logicalId(),
        nameValues.get(EnvironmentParameter.LOGICAL_ID));
  }
}
