package org.llmgateway.cfn.generators.stack;

import java.util.Map;
import org.llmgateway.cfn.model.template.Parameter;
import org.llmgateway.cfn.model.template.Template;

/**
 * One CloudFormation stack. Implementations are found on the classpath through
 * {@link java.util.ServiceLoader} ({@link StackCatalog}), so another project adds a stack by
 * putting a class implementing this interface, with a public no-argument constructor, on the
 * classpath and naming it in its {@code META-INF/services/} file for this interface. A stack belongs
 * to the application whose settings type it declares.
 *
 * <p>A template is the same for every environment; what differs goes into the per-environment
 * parameter file, from {@link #parameterValues}.
 *
 * @param <S> the settings type of one environment, the application's ({@code
 *     org.llmgateway.cfn.generators.application.Application#settings()})
 */
public interface StackGenerator<S> {

  /** Short lower-case name, e.g. {@code network}: file {@code network-stack.yaml}. */
  String name();

  /** The template, built from the model. */
  Template template();

  /**
   * The parameter values for one environment. Keys are parameters of {@link #template()}; a
   * parameter left out takes its default (NoEcho secrets are left out and supplied at deploy time).
   */
  Map<Parameter, String> parameterValues(S environment);

  default String templateFileName() {
    return name() + "-stack.yaml";
  }

  default String parameterFileName() {
    return name() + "-stack.json";
  }
}
