package org.llmgateway.cfn.generators.stack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.policy.PolicyDocument;
import org.llmgateway.cfn.model.policy.Statement;
import org.llmgateway.cfn.resource.iam.Role;

/**
 * IAM policy documents (the hand-written {@link PolicyDocument} and {@link Statement} values) as
 * property values of the generated types, whose policy properties (a role's trust policy and
 * inline policies, a KMS key policy) take plain JSON.
 */
public final class IamPolicies {

  /**
   * Written exactly as the hand-written resource types wrote them, so templates do not change:
   * keys in name order, absent and empty values left out.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .defaultPropertyInclusion(JsonInclude.Value.construct(
              JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
          .build();

  private IamPolicies() {}

  /** The document as a property value. */
  public static Expr document(PolicyDocument document) {
    return Expr.json(JSON.valueToTree(document));
  }

  /** An inline policy of a role: a name and the statements of its document. */
  public static Role.Policy inline(String name, Statement... statements) {
    return Role.Policy.builder()
        .policyName(name)
        .policyDocument(document(PolicyDocument.of(statements)))
        .build();
  }
}
