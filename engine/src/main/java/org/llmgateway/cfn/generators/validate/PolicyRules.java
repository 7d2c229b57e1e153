package org.llmgateway.cfn.generators.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.llmgateway.cfn.generators.validate.Literals.Located;

/**
 * The grammar of IAM policy documents written inline in a template (rule LCF303), which the
 * resource schemas leave as a free-form object: known keys only, an Effect of Allow or Deny, an
 * Action, and the Principal and Resource each kind of policy needs. Source: the IAM JSON policy
 * element reference,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html (checked
 * 2026-12-01); cfn-lint checks the same as E3510, E3512 and E3530.
 */
final class PolicyRules {

  /** What a policy is attached to decides whether it names principals, resources or both. */
  enum Kind {
    /** Attached to a user, group or role: names resources, never principals. */
    IDENTITY,
    /** Attached to a resource (a key, topic, queue, bucket, secret): names principals. */
    RESOURCE,
    /** A role's AssumeRolePolicyDocument: names principals, never resources. */
    TRUST
  }

  private record Document(String path, Kind kind) {}

  private static final Map<String, List<Document>> DOCUMENTS = Map.ofEntries(
      Map.entry("AWS::IAM::Role", List.of(new Document("AssumeRolePolicyDocument", Kind.TRUST),
          new Document("Policies/*/PolicyDocument", Kind.IDENTITY))),
      Map.entry("AWS::IAM::User", List.of(new Document("Policies/*/PolicyDocument",
          Kind.IDENTITY))),
      Map.entry("AWS::IAM::Group", List.of(new Document("Policies/*/PolicyDocument",
          Kind.IDENTITY))),
      Map.entry("AWS::IAM::Policy", List.of(new Document("PolicyDocument", Kind.IDENTITY))),
      Map.entry("AWS::IAM::ManagedPolicy", List.of(new Document("PolicyDocument",
          Kind.IDENTITY))),
      Map.entry("AWS::KMS::Key", List.of(new Document("KeyPolicy", Kind.RESOURCE))),
      Map.entry("AWS::SNS::TopicPolicy", List.of(new Document("PolicyDocument", Kind.RESOURCE))),
      Map.entry("AWS::SQS::QueuePolicy", List.of(new Document("PolicyDocument", Kind.RESOURCE))),
      Map.entry("AWS::S3::BucketPolicy", List.of(new Document("PolicyDocument", Kind.RESOURCE))),
      Map.entry("AWS::SecretsManager::ResourcePolicy", List.of(new Document("ResourcePolicy",
          Kind.RESOURCE))),
      Map.entry("AWS::ECR::Repository", List.of(new Document("RepositoryPolicyText",
          Kind.RESOURCE))));

  private static final List<String> DOCUMENT_KEYS = List.of("Version", "Id", "Statement");
  private static final List<String> STATEMENT_KEYS = List.of("Sid", "Effect", "Principal",
      "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition");
  private static final List<String> PRINCIPAL_KEYS =
      List.of("AWS", "Service", "Federated", "CanonicalUser");
  private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
  private static final Set<String> EFFECTS = Set.of("Allow", "Deny");

  private PolicyRules() {}

  /** Reports each problem of the policy documents in {@code properties} as (path, reason). */
  static void check(String type, JsonNode properties, BiConsumer<String, String> report) {
    for (Document document : DOCUMENTS.getOrDefault(type, List.of())) {
      for (Located policy : Literals.at(properties, document.path())) {
        // a policy written as a JSON string has no JSON path inside the template to report
        if (policy.value().isObject()) {
          document(policy.value(), policy.path(), document.kind(), report);
        }
      }
    }
  }

  private static void document(JsonNode policy, String at, Kind kind,
      BiConsumer<String, String> report) {
    unknownKeys(policy, at, DOCUMENT_KEYS, "a policy document key", report);
    for (Located version : Literals.at(policy, "Version")) {
      if (!VERSIONS.contains(version.value().asText())) {
        report.accept(at + version.path(), "policy Version '" + version.value().asText()
            + "' is not 2012-10-17 or 2008-10-17");
      }
    }
    if (!policy.has("Statement")) {
      report.accept(at, "a policy document needs a Statement");
      return;
    }
    for (Located statements : Literals.at(policy, "Statement")) {
      if (statements.value().isArray()) {
        for (int i = 0; i < statements.value().size(); i++) {
          for (Located statement : Literals.of(statements.value().get(i))) {
            statement(statement.value(), at + statements.path() + "/" + i + statement.path(),
                kind, report);
          }
        }
      } else {
        statement(statements.value(), at + statements.path(), kind, report);
      }
    }
  }

  private static void statement(JsonNode statement, String at, Kind kind,
      BiConsumer<String, String> report) {
    if (!statement.isObject()) {
      report.accept(at, "a policy statement must be an object");
      return;
    }
    unknownKeys(statement, at, STATEMENT_KEYS, "a policy statement key", report);
    if (!statement.has("Effect")) {
      report.accept(at, "statement has no Effect");
    }
    for (Located effect : Literals.at(statement, "Effect")) {
      if (!EFFECTS.contains(effect.value().asText())) {
        report.accept(at + effect.path(), "Effect '" + effect.value().asText()
            + "' is not Allow or Deny");
      }
    }
    exactlyOne(statement, at, "Action", "NotAction", report);
    boolean namesPrincipal = statement.has("Principal") || statement.has("NotPrincipal");
    boolean namesResource = statement.has("Resource") || statement.has("NotResource");
    switch (kind) {
      case IDENTITY -> {
        if (namesPrincipal) {
          report.accept(at, "a policy attached to an identity cannot name a Principal");
        }
        if (!namesResource) {
          report.accept(at, "statement has no Resource or NotResource");
        }
      }
      case RESOURCE -> {
        if (!namesPrincipal) {
          report.accept(at, "a resource policy statement needs a Principal or NotPrincipal");
        }
      }
      case TRUST -> {
        if (!namesPrincipal) {
          report.accept(at, "a trust policy statement needs a Principal or NotPrincipal");
        }
        if (namesResource) {
          report.accept(at, "a trust policy statement cannot name a Resource");
        }
      }
    }
    for (String key : List.of("Principal", "NotPrincipal")) {
      for (Located principal : Literals.at(statement, key)) {
        if (principal.value().isObject()) {
          unknownKeys(principal.value(), at + principal.path(), PRINCIPAL_KEYS,
              "a principal type", report);
        } else if (!principal.value().asText().equals("*")) {
          report.accept(at + principal.path(), key + " must be \"*\" or a mapping of "
              + String.join(", ", PRINCIPAL_KEYS) + " to principals");
        }
      }
    }
    for (Located condition : Literals.at(statement, "Condition")) {
      if (!condition.value().isObject()) {
        report.accept(at + condition.path(), "Condition must map operators to conditions");
      }
    }
  }

  private static void exactlyOne(JsonNode statement, String at, String one, String other,
      BiConsumer<String, String> report) {
    if (statement.has(one) && statement.has(other)) {
      report.accept(at, "statement has both " + one + " and " + other);
    } else if (!statement.has(one) && !statement.has(other)) {
      report.accept(at, "statement has no " + one + " or " + other);
    }
  }

  private static void unknownKeys(JsonNode node, String at, List<String> known, String what,
      BiConsumer<String, String> report) {
    node.fieldNames().forEachRemaining(key -> {
      if (!known.contains(key)) {
        report.accept(at + "/" + Pointer.escape(key), "'" + key + "' is not " + what + " ("
            + String.join(", ", known) + ")");
      }
    });
  }
}
