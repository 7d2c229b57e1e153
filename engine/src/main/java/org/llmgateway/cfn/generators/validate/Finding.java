package org.llmgateway.cfn.generators.validate;

import java.util.Comparator;

/**
 * One problem in one file: where (file, logical id, JSON path), which rule and why. Findings sort
 * by file, then logical id, then path, so reports are stable.
 */
public record Finding(String file, String logicalId, String path, RuleId rule,
    String reason)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparing(Finding::logicalId)
          .thenComparing(Finding::path)
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::reason);

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /** {@code file: logicalId: path: [rule id] reason}, one line. */
  @Override
  public String toString() {
    return file + ": " + (logicalId.isEmpty() ? "-" : logicalId) + ": " + path + ": ["
        + rule.id() + "] " + reason;
  }
}
