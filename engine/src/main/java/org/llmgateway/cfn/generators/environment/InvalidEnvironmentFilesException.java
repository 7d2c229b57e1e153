package org.llmgateway.cfn.generators.environment;

import java.util.List;

/** Environment files that cannot give a valid deployment: one line per problem of every file. */
public final class InvalidEnvironmentFilesException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public InvalidEnvironmentFilesException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One entry per problem, each {@code environments/<file>: field: reason}. */
  public List<String> problems() {
    return problems;
  }
}
