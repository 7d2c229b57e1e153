package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Suppressions of security findings, in the convention cdk-nag and cfn_nag users know: a resource's
 * {@code Metadata: {cdk_nag: {rules_to_suppress: [{id, reason}]}}}. The id is one of the lint's
 * rules ({@link SecurityRule}) or of the three cdk-nag packs scripts/security-packs.sh runs
 * ({@code cdk-nag-rule-ids.txt}); the reason is mandatory. A suppression that breaks either is a
 * finding of its own ({@link Rule#SECURITY_SUPPRESSION}), so no finding is silenced by a typo.
 */
public final class SecuritySuppressions {

  /** One suppression with its reason, as docs/generated/security-findings.md lists it. */
  public record Suppression(String logicalId, String ruleId, String reason) {}

  private static final Set<String> PACK_RULE_IDS = packRuleIds();

  private SecuritySuppressions() {}

  /** The suppressions of every resource of a template, in template order; malformed ones left out. */
  public static List<Suppression> of(JsonNode template) {
    List<Suppression> suppressions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> resource : template.path("Resources").properties()) {
      for (JsonNode entry : entries(resource.getValue())) {
        if (usable(entry)) {
          suppressions.add(new Suppression(resource.getKey(), entry.get("id").asText(),
              entry.get("reason").asText().trim()));
        }
      }
    }
    return suppressions;
  }

  /** The rule ids a resource suppresses with a reason. */
  static Set<String> suppressedBy(JsonNode resource) {
    Set<String> ids = new HashSet<>();
    for (JsonNode entry : entries(resource)) {
      if (usable(entry)) {
        ids.add(entry.get("id").asText());
      }
    }
    return ids;
  }

  static boolean knownRule(String id) {
    return SecurityRule.byId(id).isPresent() || packRule(id);
  }

  /** Whether one of the three cdk-nag packs has a rule of this id. */
  static boolean packRule(String id) {
    return PACK_RULE_IDS.contains(id);
  }

  /** Suppressions without a reason, naming an unknown rule, or not of the cdk_nag shape. */
  static List<Finding> problems(TemplateContext template) {
    List<Finding> findings = new ArrayList<>();
    template.resources().forEach((logicalId, resource) -> {
      JsonNode cdkNag = resource.path("Metadata").path("cdk_nag");
      if (cdkNag.isMissingNode()) {
        return;
      }
      String base = Pointer.of("Resources", logicalId, "Metadata", "cdk_nag", "rules_to_suppress");
      JsonNode rules = cdkNag.path("rules_to_suppress");
      if (!rules.isArray()) {
        findings.add(template.finding(Rule.SECURITY_SUPPRESSION, logicalId, base,
            "cdk_nag needs rules_to_suppress: a list of {id, reason}"));
        return;
      }
      for (int i = 0; i < rules.size(); i++) {
        JsonNode entry = rules.get(i);
        String path = base + "/" + i;
        String id = entry.path("id").asText("");
        if (id.isEmpty()) {
          findings.add(template.finding(Rule.SECURITY_SUPPRESSION, logicalId, path,
              "a suppression needs the id of the rule it suppresses"));
        } else if (!knownRule(id)) {
          findings.add(template.finding(Rule.SECURITY_SUPPRESSION, logicalId, path,
              "'" + id + "' is not a rule of the security lint or of the AwsSolutions,"
                  + " NIST.800.53.R5 and HIPAA.Security packs"));
        }
        if (entry.path("reason").asText("").isBlank()) {
          findings.add(template.finding(Rule.SECURITY_SUPPRESSION, logicalId, path,
              "the suppression of '" + id + "' gives no reason: say why the rule does not apply"));
        }
      }
    });
    return findings;
  }

  private static Iterable<JsonNode> entries(JsonNode resource) {
    JsonNode rules = resource.path("Metadata").path("cdk_nag").path("rules_to_suppress");
    return rules.isArray() ? rules : List.of();
  }

  private static boolean usable(JsonNode entry) {
    return entry.path("id").isTextual() && knownRule(entry.get("id").asText())
        && !entry.path("reason").asText("").isBlank();
  }

  private static Set<String> packRuleIds() {
    var stream = Objects.requireNonNull(
        SecuritySuppressions.class.getResourceAsStream("cdk-nag-rule-ids.txt"),
        "cdk-nag-rule-ids.txt is missing from the classpath");
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return Set.copyOf(reader.lines().map(String::trim)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
