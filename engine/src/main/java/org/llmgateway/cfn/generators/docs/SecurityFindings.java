package org.llmgateway.cfn.generators.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SortedMap;
import org.llmgateway.cfn.generators.validate.SecurityRule;
import org.llmgateway.cfn.generators.validate.SecuritySuppressions;

/**
 * docs/generated/security-findings.md: every rule of the security lint and every suppression the
 * templates carry, with its reason, so a reviewer sees in one place what is exempt and why.
 */
final class SecurityFindings {

  private SecurityFindings() {}

  static String markdown(SortedMap<String, JsonNode> templates) {
    var page = new StringBuilder(GeneratedDocs.header("Security findings"));
    page.append("The security lint runs with every `generate` and `validate` (see")
        .append(" [docs/validation.md](../validation.md#security-lint)); a finding blocks")
        .append(" `generate` unless the resource suppresses the rule with a reason in its")
        .append(" Metadata (`cdk_nag: {rules_to_suppress: [{id, reason}]}`).")
        .append(" `scripts/security-packs.sh` runs cdk-nag's AwsSolutions, NIST.800.53.R5 and")
        .append(" HIPAA.Security packs on the staging and prod templates and honours the same")
        .append(" suppressions.\n\n## Rules\n\n")
        .append("| id | severity | what it checks | the same control in the packs |\n")
        .append("|---|---|---|---|\n");
    for (SecurityRule rule : SecurityRule.values()) {
      page.append("| `").append(rule.id()).append("` | ").append(rule.severity()).append(" | ")
          .append(cell(rule.summary())).append(" | ")
          .append(rule.alsoIn().isEmpty() ? "" : "`" + String.join("` `", rule.alsoIn()) + "`")
          .append(" |\n");
    }
    page.append("\n## Suppressions\n\n| stack | resource | rule | reason |\n|---|---|---|---|\n");
    int count = 0;
    for (Map.Entry<String, JsonNode> template : templates.entrySet()) {
      for (var suppression : SecuritySuppressions.of(template.getValue())) {
        page.append("| ").append(template.getKey()).append(" | ")
            .append(suppression.logicalId()).append(" | `").append(suppression.ruleId())
            .append("` | ").append(cell(suppression.reason())).append(" |\n");
        count++;
      }
    }
    page.append("\n").append(count).append(" suppression(s).\n");
    return page.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
