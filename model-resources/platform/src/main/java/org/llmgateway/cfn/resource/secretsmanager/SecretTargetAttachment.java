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
 * {@code AWS::SecretsManager::SecretTargetAttachment}: The
 * `AWS::SecretsManager::SecretTargetAttachment` resource completes the final link between a Secrets
 * Manager secret and the associated database by adding the database connection information to the
 * secret JSON. If you want to turn on automatic rotation for a database credential secret, the
 * secret must contain the database connection information. For more information, see [JSON
 * structure of Secrets Manager database credential
 * secrets](https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-secrettargetattachment.html">AWS::SecretsManager::SecretTargetAttachment</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SecretTargetAttachment extends Resource {

  String TYPE = "AWS::SecretsManager::SecretTargetAttachment";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The ARN or name of the secret. To reference a secret also created in this template,
   * use the see
   * [Ref](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html)
   * function with the secret's logical ID. This field is unique for each target attachment
   * definition.
   */
  Expr secretId();

  /** Required. The ID of the database or cluster. */
  Expr targetId();

  /**
   * Required. A string that defines the type of service or database associated with the secret.
   * This value instructs Secrets Manager how to update the secret with the details of the service
   * or database. This value must be one of the following:
   */
  Expr targetType();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("SecretId", secretId())
        .put("TargetId", targetId())
        .put("TargetType", targetType())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SecretTargetAttachment}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableSecretTargetAttachment.Builder {

    public Builder secretId(String value) {
      secretId(Expr.of(value));
      return this;
    }

    public Builder targetId(String value) {
      targetId(Expr.of(value));
      return this;
    }

    public Builder targetType(String value) {
      targetType(Expr.of(value));
      return this;
    }
  }
}
