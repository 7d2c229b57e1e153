package org.llmgateway.cfn.generators.stack;

import org.llmgateway.cfn.generators.emit.TemplateJson;
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

  private IamPolicies() {}

  /** The document as a property value. */
  public static Expr document(PolicyDocument document) {
    return Expr.json(TemplateJson.tree(document));
  }

  /**
   * The packs' rule against inline policies does not apply: each role's policy is written for
   * that role alone and goes with it, where a managed policy could be attached elsewhere. The
   * reason is terse because the database stack is close to CloudFormation's inline size limit.
   */
  public static Suppressions inlinePolicyExemption() {
    return Suppressions.packRules("Role-scoped",
        "NIST.800.53.R5-IAMNoInlinePolicy", "HIPAA.Security-IAMNoInlinePolicy");
  }

  /**
   * A service role that carries the AWS managed policy its service's guide prescribes (RDS
   * enhanced monitoring, AWS Backup): AWS keeps it current as the service adds actions, which a
   * copied inline policy would not follow.
   */
  public static Suppressions awsServiceRolePolicyExemption() {
    return Suppressions.packRules("The AWS managed service-role policy the service's guide"
        + " prescribes, kept current by AWS", "AwsSolutions-IAM4");
  }

  /** An inline policy of a role: a name and the statements of its document. */
  public static Role.Policy inline(String name, Statement... statements) {
    return Role.Policy.builder()
        .policyName(name)
        .policyDocument(document(PolicyDocument.of(statements)))
        .build();
  }
}
