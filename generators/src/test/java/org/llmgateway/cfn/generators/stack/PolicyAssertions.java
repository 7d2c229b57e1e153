package org.llmgateway.cfn.generators.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.resource.iam.Role;

/** Reading IAM roles and intrinsic values in the stack tests, shared by every stack's test. */
public final class PolicyAssertions {

  private PolicyAssertions() {}

  /** The literal strings among the values (intrinsics left out). */
  public static List<String> texts(List<Expr> values) {
    return values.stream().map(Expr::toJson).filter(JsonNode::isTextual).map(JsonNode::asText)
        .toList();
  }

  /** The template string of a {@code !Sub}; fails the test for any other expression. */
  public static String subText(Expr expr) {
    return subText(expr.toJson());
  }

  /** The template string of a {@code !Sub} in rendered JSON; fails the test for anything else. */
  public static String subText(JsonNode node) {
    assertThat(node.has("Fn::Sub")).as("a !Sub expression: " + node).isTrue();
    return node.get("Fn::Sub").asText();
  }

  /** Every statement of every inline policy of the role, as CloudFormation receives it. */
  public static List<JsonNode> statements(Role role) {
    List<JsonNode> statements = new ArrayList<>();
    role.policies().ifPresent(policies -> policies.toJson().forEach(
        policy -> statements.addAll(statements(policy.path("PolicyDocument")))));
    return statements;
  }

  /** The statements of a policy document property (a trust policy, a key policy). */
  public static List<JsonNode> statements(Expr document) {
    return statements(document.toJson());
  }

  private static List<JsonNode> statements(JsonNode document) {
    assertThat(document.path("Version").asText()).as("a policy document: " + document)
        .isEqualTo("2012-10-17");
    List<JsonNode> statements = new ArrayList<>();
    document.path("Statement").forEach(statements::add);
    return statements;
  }

  /** The first statement of the role that allows the action; fails the test when none does. */
  public static JsonNode statementWith(Role role, String action) {
    return statements(role).stream().filter(s -> texts(s.path("Action")).contains(action))
        .findFirst().orElseThrow(() -> new AssertionError(role.logicalId() + " has no " + action));
  }

  /** The literal strings of a rendered list (intrinsics left out). */
  public static List<String> texts(JsonNode values) {
    List<String> texts = new ArrayList<>();
    values.forEach(v -> {
      if (v.isTextual()) {
        texts.add(v.asText());
      }
    });
    return texts;
  }
}
