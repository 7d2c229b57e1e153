package org.llmgateway.cfn.generators.environment;

import java.util.List;

/**
 * The retention periods CloudWatch Logs accepts, in days (the RetentionInDays enum of the
 * AWS::Logs::LogGroup schema, checked 2026-12-01). The environment settings, the stacks'
 * retention parameters and the validator's schema check all refuse anything else.
 */
public final class LogRetention {

  public static final List<Integer> ALLOWED_DAYS =
      List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192,
          2557, 2922, 3288, 3653);

  private LogRetention() {}

  /** The allowed periods as a Number parameter's AllowedValues. */
  public static List<String> allowedValues() {
    return ALLOWED_DAYS.stream().map(String::valueOf).toList();
  }
}
