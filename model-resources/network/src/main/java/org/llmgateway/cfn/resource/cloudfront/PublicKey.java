// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudfront;

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
 * {@code AWS::CloudFront::PublicKey}: A public key that you can use with [signed URLs and signed
 * cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html)
 * , or with [field-level
 * encryption](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-publickey.html">AWS::CloudFront::PublicKey</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface PublicKey extends Resource {

  String TYPE = "AWS::CloudFront::PublicKey";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Configuration information about a public key that you can use with [signed URLs and
   * signed
   * cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html)
   * , or with [field-level
   * encryption](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html)
   * .
   */
  Expr publicKeyConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PublicKeyConfig", publicKeyConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreatedTime} attribute: The date and time when the public key was uploaded. */
  default GetAtt attrCreatedTime() {
    return getAtt("CreatedTime");
  }

  /** The {@code Id} attribute: The identifier of the public key. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublicKey}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePublicKey.Builder {
  }

  /**
   * {@code AWS::CloudFront::PublicKey.PublicKeyConfig}: Configuration information about a public
   * key that you can use with [signed URLs and signed
   * cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html)
   * , or with [field-level
   * encryption](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-publickey-publickeyconfig.html">AWS::CloudFront::PublicKey.PublicKeyConfig</a>
   */
  @Value.Immutable
  interface PublicKeyConfig extends PropertyValue {

    /**
     * Required. A string included in the request to help make sure that the request can't be
     * replayed.
     */
    Expr callerReference();

    /** A comment to describe the public key. The comment cannot be longer than 128 characters. */
    Optional<Expr> comment();

    /**
     * Required. The public key that you can use with [signed URLs and signed
     * cookies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html)
     * , or with [field-level
     * encryption](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/field-level-encryption.html)
     * .
     */
    Expr encodedKey();

    /** Required. A name to help identify the public key. */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CallerReference", callerReference())
          .put("Comment", comment())
          .put("EncodedKey", encodedKey())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PublicKeyConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutablePublicKey.PublicKeyConfig.Builder {

      public Builder callerReference(String value) {
        callerReference(Expr.of(value));
        return this;
      }

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder encodedKey(String value) {
        encodedKey(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }
}
