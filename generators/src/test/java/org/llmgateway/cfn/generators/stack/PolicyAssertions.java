package org.llmgateway.cfn.generators.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.iam.Role;
import org.llmgateway.cfn.model.resource.iam.Statement;

/** Reading IAM roles and intrinsic values in the stack tests, shared by every stack's test. */
public final class PolicyAssertions {

  private PolicyAssertions() {}

  /** Every statement of every inline policy of the role. */
  public static List<Statement> statements(Role role) {
    return role.policies().stream().flatMap(p -> p.policyDocument().statement().stream()).toList();
  }

  /** The first statement of the role that allows the action; fails the test when none does. */
  public static Statement statementWith(Role role, String action) {
    return statements(role).stream().filter(s -> texts(s.action()).contains(action)).findFirst()
        .orElseThrow(() -> new AssertionError(role.logicalId() + " has no " + action));
  }

  /**
   * Every statement of every inline policy of a role of the generated model, as JSON: its
   * Policies property holds the documents as CloudFormation receives them.
   */
  public static List<JsonNode> statements(org.llmgateway.cfn.resource.iam.Role role) {
    List<JsonNode> statements = new ArrayList<>();
    role.policies().map(Expr::toJson).ifPresent(policies -> policies.forEach(
        policy -> policy.at("/PolicyDocument/Statement").forEach(statements::add)));
    return statements;
  }

  /** The first statement of the role that allows the action; fails the test when none does. */
  public static JsonNode statementWith(org.llmgateway.cfn.resource.iam.Role role, String action) {
    return statements(role).stream().filter(s -> texts(s.path("Action")).contains(action))
        .findFirst().orElseThrow(() -> new AssertionError(role.logicalId() + " has no " + action));
  }

  /** The literal strings of a JSON list (intrinsics left out). */
  public static List<String> texts(JsonNode values) {
    List<String> texts = new ArrayList<>();
    values.forEach(value -> {
      if (value.isTextual()) {
        texts.add(value.asText());
      }
    });
    return texts;
  }

  /** The literal strings among the values (intrinsics left out). */
  public static List<String> texts(List<Expr> values) {
    return values.stream().map(Expr::toJson).filter(JsonNode::isTextual).map(JsonNode::asText)
        .toList();
  }

  /** The template string of a {@code !Sub}; fails the test for any other expression. */
  public static String subText(Expr expr) {
    JsonNode node = expr.toJson();
    assertThat(node.has("Fn::Sub")).as("a !Sub expression: " + node).isTrue();
    return node.get("Fn::Sub").asText();
  }
}
