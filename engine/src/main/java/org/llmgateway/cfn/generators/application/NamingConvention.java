package org.llmgateway.cfn.generators.application;

import java.util.List;
import java.util.Map;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.ExportName;
import org.llmgateway.cfn.model.template.Template;

/**
 * The names an application gives its stacks and exports. Templates are shared by every environment
 * of a folder, so what differs between environments reaches a name through template parameters
 * (the name parameters, e.g. an environment or a tenant prefix) whose values each environment's
 * parameter files carry; deploy reads them back from there, so it needs no settings.
 *
 * @param <S> the application's settings type
 */
public interface NamingConvention<S> {

  /** The logical ids of the name parameters, e.g. {@code EnvironmentName}. */
  List<String> nameParameters();

  /** The value of each name parameter for one environment, by logical id. */
  Map<String, String> nameValues(S environment);

  /**
   * The CloudFormation stack name of a stack, from the name values of one environment (as {@link
   * #nameValues} gives them, or as read from its parameter files).
   */
  String stackName(String stack, Map<String, String> nameValues);

  /** An export's name as a template writes it, built from the template's name parameters. */
  Expr exportName(ExportName export, Template template);

  /** Whether a resolved export name is one that {@code stack} exports with these name values. */
  boolean isExportOf(String exportName, String stack, Map<String, String> nameValues);

  /**
   * The setting whose value makes this environment's names, as a refusal shows it: for a name
   * over its AWS limit, e.g. {@code tenant: 'acme'}.
   */
  String namingSetting(S environment);
}
