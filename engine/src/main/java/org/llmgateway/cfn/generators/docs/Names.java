package org.llmgateway.cfn.generators.docs;

import com.fasterxml.jackson.databind.JsonNode;
import org.llmgateway.cfn.model.template.EnvironmentParameter;
import static org.llmgateway.cfn.generators.stack.Names.PREFIX;

/**
 * Export names as the docs show them, with the name prefix (the environment, or tenant and
 * environment) written as {@code env}.
 */
final class Names {

  private Names() {}

  /** A literal or {@code !Sub "${NamePrefix}-..."} export name; null for anything else. */
  static String resolve(JsonNode name) {
    if (name.isTextual()) {
      return name.asText();
    }
    JsonNode sub = name.get("Fn::Sub");
    if (sub != null && sub.isTextual() && name.size() == 1) {
      return sub.asText().replace("${" + PREFIX.logicalId() + "}", "env")
          .replace("${" + EnvironmentParameter.LOGICAL_ID + "}", "env");
    }
    return null;
  }
}
