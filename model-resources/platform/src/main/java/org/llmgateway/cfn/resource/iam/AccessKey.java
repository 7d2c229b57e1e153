// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.iam;

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
 * {@code AWS::IAM::AccessKey}: Creates a new AWS secret access key and corresponding AWS access key
 * ID for the specified user. The default status for new keys is `Active` .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-accesskey.html">AWS::IAM::AccessKey</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AccessKey extends Resource {

  String TYPE = "AWS::IAM::AccessKey";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * This value is specific to CloudFormation and can only be *incremented* . Incrementing this
   * value notifies CloudFormation that you want to rotate your access key. When you update your
   * stack, CloudFormation will replace the existing access key with a new key.
   */
  Optional<Expr> serial();

  /**
   * The status of the access key. `Active` means that the key is valid for API calls, while
   * `Inactive` means it is not.
   */
  Optional<Expr> status();

  /** Required. The name of the IAM user that the new key will belong to. */
  Expr userName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Serial", serial())
        .put("Status", status())
        .put("UserName", userName())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID for this access key. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code SecretAccessKey} attribute: Returns the secret access key for the specified
   * AWS::IAM::AccessKey resource. For example: wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY.
   */
  default GetAtt attrSecretAccessKey() {
    return getAtt("SecretAccessKey");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccessKey}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAccessKey.Builder {

    public Builder serial(long value) {
      serial(Expr.of(value));
      return this;
    }

    public Builder status(String value) {
      status(Expr.of(value));
      return this;
    }

    public Builder userName(String value) {
      userName(Expr.of(value));
      return this;
    }
  }
}
