package org.llmgateway.cfn.generators.docs;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Export names as the docs show them: the same for every environment, so each reference to a
 * template parameter (the application's name parameters, e.g. the environment or a tenant prefix)
 * is written as {@code env}.
 */
final class Names {

  /** How a name parameter's value is shown. */
  static final String SHOWN = "env";

  /** {@code ${Parameter}}: a parameter, not a pseudo parameter ({@code AWS::}) or attribute. */
  private static final String PARAMETER_REFERENCE = "\\$\\{[A-Za-z0-9]+}";

  private Names() {}

  /** A literal or {@code !Sub "${NamePrefix}-..."} export name; null for anything else. */
  static String resolve(JsonNode name) {
    if (name.isTextual()) {
      return name.asText();
    }
    JsonNode sub = name.get("Fn::Sub");
    if (sub != null && sub.isTextual() && name.size() == 1) {
      return sub.asText().replaceAll(PARAMETER_REFERENCE, SHOWN);
    }
    return null;
  }
}
