// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.intrinsic.PropertyValue;
import org.llmgateway.cfn.model.template.PropertyJson;
import org.llmgateway.cfn.model.template.Resource;

/**
 * {@code AWS::Logs::AccountPolicy}: Creates or updates an account-level data protection policy or
 * subscription filter policy that applies to all log groups or a subset of log groups in the
 * account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-accountpolicy.html">AWS::Logs::AccountPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AccountPolicy extends Resource {

  String TYPE = "AWS::Logs::AccountPolicy";

  /** Values CloudFormation accepts for {@code PolicyType}. */
  String POLICY_TYPE_DATA_PROTECTION_POLICY = "DATA_PROTECTION_POLICY";
  String POLICY_TYPE_SUBSCRIPTION_FILTER_POLICY = "SUBSCRIPTION_FILTER_POLICY";

  /** Values CloudFormation accepts for {@code Scope}. */
  String SCOPE_ALL = "ALL";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. Specify the policy, in JSON. */
  Expr policyDocument();

  /** Required. A name for the policy. This must be unique within the account. */
  Expr policyName();

  /** Required. The type of policy that you're creating or updating. */
  Expr policyType();

  /**
   * Currently the only valid value for this parameter is `ALL` , which specifies that the policy
   * applies to all log groups in the account. If you omit this parameter, the default of `ALL` is
   * used. To scope down a subscription filter policy to a subset of log groups, use the
   * `SelectionCriteria` parameter.
   */
  Optional<Expr> scope();

  /** Use this parameter to apply the new policy to a subset of log groups in the account. */
  Optional<Expr> selectionCriteria();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PolicyDocument", policyDocument())
        .put("PolicyName", policyName())
        .put("PolicyType", policyType())
        .put("Scope", scope())
        .put("SelectionCriteria", selectionCriteria())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AccountId} attribute: The account ID of the account where this policy was created.
   * For example, `123456789012` .
   */
  default GetAtt attrAccountId() {
    return getAtt("AccountId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccountPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAccountPolicy.Builder {

    public Builder policyDocument(String value) {
      policyDocument(Expr.of(value));
      return this;
    }

    public Builder policyName(String value) {
      policyName(Expr.of(value));
      return this;
    }

    public Builder policyType(String value) {
      policyType(Expr.of(value));
      return this;
    }

    public Builder scope(String value) {
      scope(Expr.of(value));
      return this;
    }

    public Builder selectionCriteria(String value) {
      selectionCriteria(Expr.of(value));
      return this;
    }
  }
}
