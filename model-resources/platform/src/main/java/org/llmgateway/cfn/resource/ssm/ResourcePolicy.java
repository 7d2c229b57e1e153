// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::ResourcePolicy}: Creates or updates a Systems Manager resource policy. A
 * resource policy helps you to define the IAM entity (for example, an AWS account ) that can manage
 * your Systems Manager resources. Currently, `OpsItemGroup` is the only resource that supports
 * Systems Manager resource policies. The resource policy for `OpsItemGroup` enables AWS accounts to
 * view and interact with OpsCenter operational work items (OpsItems). OpsCenter is a tool in
 * Systems Manager .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-resourcepolicy.html">AWS::SSM::ResourcePolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResourcePolicy extends Resource {

  String TYPE = "AWS::SSM::ResourcePolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. A policy you want to associate with a resource. */
  Expr policy();

  /**
   * Required. The Amazon Resource Name (ARN) of the resource to which you want to attach a policy.
   */
  Expr resourceArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Policy", policy())
        .put("ResourceArn", resourceArn())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code PolicyHash} attribute: ID of the current policy version. The hash helps to prevent a
   * situation where multiple users attempt to overwrite a policy. You must provide this hash and
   * the policy ID when updating or deleting a policy.
   */
  default GetAtt attrPolicyHash() {
    return getAtt("PolicyHash");
  }

  /** The {@code PolicyId} attribute: ID of the current policy version. */
  default GetAtt attrPolicyId() {
    return getAtt("PolicyId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResourcePolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableResourcePolicy.Builder {

    public Builder policy(JsonNode value) {
      policy(Expr.json(value));
      return this;
    }

    public Builder policy(String value) {
      policy(Expr.of(value));
      return this;
    }

    public Builder resourceArn(String value) {
      resourceArn(Expr.of(value));
      return this;
    }
  }
}
