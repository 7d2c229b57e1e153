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
 * {@code AWS::CloudFront::CloudFrontOriginAccessIdentity}: The request to create a new origin
 * access identity (OAI). An origin access identity is a special CloudFront user that you can
 * associate with Amazon S3 origins, so that you can secure all or just some of your Amazon S3
 * content. For more information, see [Restricting Access to Amazon S3 Content by Using an Origin
 * Access
 * Identity](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html)
 * in the *Amazon CloudFront Developer Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-cloudfrontoriginaccessidentity.html">AWS::CloudFront::CloudFrontOriginAccessIdentity</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CloudFrontOriginAccessIdentity extends Resource {

  String TYPE = "AWS::CloudFront::CloudFrontOriginAccessIdentity";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The current configuration information for the identity. */
  Expr cloudFrontOriginAccessIdentityConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CloudFrontOriginAccessIdentityConfig", cloudFrontOriginAccessIdentityConfig())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Id} attribute: The ID for the origin access identity, for example, `E74FTE3AJFJ256A`
   * .
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code S3CanonicalUserId} attribute: The Amazon S3 canonical user ID for the origin access
   * identity, used when giving the origin access identity read permission to an object in Amazon
   * S3. For example:
   * `b970b42360b81c8ddbd79d2f5df0069ba9033c8a79655752abe380cd6d63ba8bcf23384d568fcf89fc49700b5e11a0fd`
   * .
   */
  default GetAtt attrS3CanonicalUserId() {
    return getAtt("S3CanonicalUserId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CloudFrontOriginAccessIdentity}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableCloudFrontOriginAccessIdentity.Builder {
  }

  /**
   * {@code AWS::CloudFront::CloudFrontOriginAccessIdentity.CloudFrontOriginAccessIdentityConfig}:
   * Origin access identity configuration. Send a `GET` request to the `/ *CloudFront API version*
   * /CloudFront/identity ID/config` resource.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-cloudfrontoriginaccessidentity-cloudfrontoriginaccessidentityconfig.html">AWS::CloudFront::CloudFrontOriginAccessIdentity.CloudFrontOriginAccessIdentityConfig</a>
   */
  @Value.Immutable
  interface CloudFrontOriginAccessIdentityConfig extends PropertyValue {

    /**
     * Required. A comment to describe the origin access identity. The comment cannot be longer than
     * 128 characters.
     */
    Expr comment();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Comment", comment())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CloudFrontOriginAccessIdentityConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableCloudFrontOriginAccessIdentity.CloudFrontOriginAccessIdentityConfig.Builder {

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }
    }
  }
}
