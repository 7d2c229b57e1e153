package org.llmgateway.cfn.generators.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.llmgateway.cfn.generators.validate.SecurityRule;

/**
 * The security findings a resource is exempt from, each with its reason, written to the
 * resource's Metadata in the convention cdk-nag and cfn_nag users know
 * ({@code cdk_nag: {rules_to_suppress: [{id, reason}]}}), which the security lint and
 * scripts/security-packs.sh both honour and docs/generated/security-findings.md lists:
 *
 * <pre>{@code
 * SecurityGroup.builder()...
 *     .metadata(Suppressions.of(SecurityRule.OPEN_INGRESS, "internet-facing ALB: 80 and 443 only")
 *         .metadata())
 * }</pre>
 *
 * <p>A lint rule suppresses the same control in every pack ({@link SecurityRule#alsoIn}); a pack
 * rule the lint does not have is named by its id ({@link #packRules}). An unknown id or a blank
 * reason is refused by the lint when the template is generated.
 */
public final class Suppressions {

  private record Entry(String id, String reason) {}

  private final List<Entry> entries;

  private Suppressions(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** {@code rule} and the other packs' rules for the same control, for one reason. */
  public static Suppressions of(SecurityRule rule, String reason) {
    return new Suppressions(List.of()).and(rule, reason);
  }

  /** Rules of the cdk-nag packs that the lint does not check, by id, for one reason. */
  public static Suppressions packRules(String reason, String... ids) {
    return new Suppressions(List.of()).andPackRules(reason, ids);
  }

  public Suppressions and(SecurityRule rule, String reason) {
    List<String> ids = new ArrayList<>();
    ids.add(rule.id());
    ids.addAll(rule.alsoIn());
    return andPackRules(reason, ids.toArray(String[]::new));
  }

  public Suppressions andPackRules(String reason, String... ids) {
    List<Entry> more = new ArrayList<>(entries);
    for (String id : ids) {
      more.add(new Entry(id, reason));
    }
    return new Suppressions(more);
  }

  /** The Metadata of a resource carrying these suppressions. */
  public JsonNode metadata() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ArrayNode rules = nodes.arrayNode();
    for (Entry entry : entries) {
      rules.addObject().put("id", entry.id()).put("reason", entry.reason());
    }
    ObjectNode cdkNag = nodes.objectNode();
    cdkNag.putObject("cdk_nag").set("rules_to_suppress", rules);
    return cdkNag;
  }
}
