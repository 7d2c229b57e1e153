// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.secretsmanager;

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
 * {@code AWS::SecretsManager::ResourcePolicy}: Attaches a resource-based permission policy to a
 * secret. A resource-based policy is optional. If a secret already has a resource policy attached,
 * you must first remove it before attaching a new policy using this CloudFormation resource. You
 * can remove the policy using the
 * [console](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html)
 * ,
 * [CLI](https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/delete-resource-policy.html)
 * , or
 * [API](https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteResourcePolicy.html)
 * . For more information, see [Authentication and access control for Secrets
 * Manager](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-resourcepolicy.html">AWS::SecretsManager::ResourcePolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResourcePolicy extends Resource {

  String TYPE = "AWS::SecretsManager::ResourcePolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Specifies whether to block resource-based policies that allow broad access to the secret. By
   * default, Secrets Manager blocks policies that allow broad access, for example those that use a
   * wildcard for the principal.
   */
  Optional<Expr> blockPublicPolicy();

  /**
   * Required. A JSON-formatted string for an AWS resource-based policy. For example policies, see
   * [Permissions policy
   * examples](https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html)
   * .
   */
  Expr resourcePolicy();

  /** Required. The ARN or name of the secret to attach the resource-based policy. */
  Expr secretId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BlockPublicPolicy", blockPublicPolicy())
        .put("ResourcePolicy", resourcePolicy())
        .put("SecretId", secretId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The Arn of the secret. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResourcePolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableResourcePolicy.Builder {

    public Builder blockPublicPolicy(boolean value) {
      blockPublicPolicy(Expr.of(value));
      return this;
    }

    public Builder resourcePolicy(String value) {
      resourcePolicy(Expr.of(value));
      return this;
    }

    public Builder resourcePolicy(JsonNode value) {
      resourcePolicy(Expr.json(value));
      return this;
    }

    public Builder secretId(String value) {
      secretId(Expr.of(value));
      return this;
    }
  }
}
