package org.llmgateway.cfn.generators.validate;

import java.util.List;

/** Generated output that CloudFormation would reject; nothing is written when this is thrown. */
public final class ValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Finding> findings;

  public ValidationException(List<Finding> findings) {
    super(message(findings));
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }

  private static String message(List<Finding> findings) {
    var text = new StringBuilder(findings.size() + " finding(s):");
    findings.forEach(f -> text.append('\n').append(f));
    return text.toString();
  }
}
