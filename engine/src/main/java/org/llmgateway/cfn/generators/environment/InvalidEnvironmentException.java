package org.llmgateway.cfn.generators.environment;

import java.util.List;

/** An environment configuration that cannot give a valid deployment. */
public final class InvalidEnvironmentException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String environment;
  private final List<String> problems;

  public InvalidEnvironmentException(String environment, List<String> problems) {
    super(message(environment, problems));
    this.environment = environment;
    this.problems = List.copyOf(problems);
  }

  public String environment() {
    return environment;
  }

  /** One entry per problem, each {@code field: reason}. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String environment, List<String> problems) {
    var text = new StringBuilder("environment '" + environment + "' is invalid:");
    problems.forEach(p -> text.append("\n  ").append(environment).append('.').append(p));
    return text.toString();
  }
}
