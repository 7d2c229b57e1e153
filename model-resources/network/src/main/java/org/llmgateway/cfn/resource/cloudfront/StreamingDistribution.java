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
 * {@code AWS::CloudFront::StreamingDistribution}: This resource is deprecated. Amazon CloudFront is
 * deprecating real-time messaging protocol (RTMP) distributions on December 31, 2020. For more
 * information, [read the announcement](https://docs.aws.amazon.com/ann.jspa?annID=7356) on the
 * Amazon CloudFront discussion forum.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-streamingdistribution.html">AWS::CloudFront::StreamingDistribution</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface StreamingDistribution extends Resource {

  String TYPE = "AWS::CloudFront::StreamingDistribution";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The current configuration information for the RTMP distribution. */
  Expr streamingDistributionConfig();

  /** Required. A complex type that contains zero or more `Tag` elements. */
  Expr tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("StreamingDistributionConfig", streamingDistributionConfig())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code DomainName} attribute: The domain name of the resource, such as
   * `d111111abcdef8.cloudfront.net` .
   */
  default GetAtt attrDomainName() {
    return getAtt("DomainName");
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link StreamingDistribution}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableStreamingDistribution.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::StreamingDistribution.Logging}: A complex type that controls whether
   * access logs are written for the streaming distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-streamingdistribution-logging.html">AWS::CloudFront::StreamingDistribution.Logging</a>
   */
  @Value.Immutable
  interface Logging extends PropertyValue {

    /**
     * Required. The Amazon S3 bucket to store the access logs in, for example,
     * `amzn-s3-demo-bucket.s3.amazonaws.com` .
     */
    Expr bucket();

    /**
     * Required. Specifies whether you want CloudFront to save access logs to an Amazon S3 bucket.
     * If you don't want to enable logging when you create a streaming distribution or if you want
     * to disable logging for an existing streaming distribution, specify `false` for `Enabled` ,
     * and specify `empty Bucket` and `Prefix` elements. If you specify `false` for `Enabled` but
     * you specify values for `Bucket` and `Prefix` , the values are automatically deleted.
     */
    Expr enabled();

    /**
     * Required. An optional string that you want CloudFront to prefix to the access log filenames
     * for this streaming distribution, for example, `myprefix/` . If you want to enable logging,
     * but you don't want to specify a prefix, you still must include an empty `Prefix` element in
     * the `Logging` element.
     */
    Expr prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Bucket", bucket())
          .put("Enabled", enabled())
          .put("Prefix", prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Logging}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStreamingDistribution.Logging.Builder {

      public Builder bucket(String value) {
        bucket(Expr.of(value));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::StreamingDistribution.S3Origin}: A complex type that contains
   * information about the Amazon S3 bucket from which you want CloudFront to get your media files
   * for distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-streamingdistribution-s3origin.html">AWS::CloudFront::StreamingDistribution.S3Origin</a>
   */
  @Value.Immutable
  interface S3Origin extends PropertyValue {

    /** Required. The DNS name of the Amazon S3 origin. */
    Expr domainName();

    /**
     * Required. The CloudFront origin access identity to associate with the distribution. Use an
     * origin access identity to configure the distribution so that end users can only access
     * objects in an Amazon S3 bucket through CloudFront.
     */
    Expr originAccessIdentity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DomainName", domainName())
          .put("OriginAccessIdentity", originAccessIdentity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link S3Origin}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStreamingDistribution.S3Origin.Builder {

      public Builder domainName(String value) {
        domainName(Expr.of(value));
        return this;
      }

      public Builder originAccessIdentity(String value) {
        originAccessIdentity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::StreamingDistribution.StreamingDistributionConfig}: The RTMP
   * distribution's configuration information.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-streamingdistribution-streamingdistributionconfig.html">AWS::CloudFront::StreamingDistribution.StreamingDistributionConfig</a>
   */
  @Value.Immutable
  interface StreamingDistributionConfig extends PropertyValue {

    /**
     * A complex type that contains information about CNAMEs (alternate domain names), if any, for
     * this streaming distribution.
     */
    Optional<Expr> aliases();

    /** Required. Any comments you want to include about the streaming distribution. */
    Expr comment();

    /**
     * Required. Whether the streaming distribution is enabled to accept user requests for content.
     */
    Expr enabled();

    /**
     * A complex type that controls whether access logs are written for the streaming distribution.
     */
    Optional<Expr> logging();

    /**
     * A complex type that contains information about price class for this streaming distribution.
     */
    Optional<Expr> priceClass();

    /**
     * Required. A complex type that contains information about the Amazon S3 bucket from which you
     * want CloudFront to get your media files for distribution.
     */
    Expr s3Origin();

    /**
     * Required. A complex type that specifies any AWS accounts that you want to permit to create
     * signed URLs for private content. If you want the distribution to use signed URLs, include
     * this element; if you want the distribution to use public URLs, remove this element. For more
     * information, see [Serving Private Content through
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Expr trustedSigners();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Aliases", aliases())
          .put("Comment", comment())
          .put("Enabled", enabled())
          .put("Logging", logging())
          .put("PriceClass", priceClass())
          .put("S3Origin", s3Origin())
          .put("TrustedSigners", trustedSigners())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StreamingDistributionConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableStreamingDistribution.StreamingDistributionConfig.Builder {

      public Builder aliases(List<? extends Expr> values) {
        aliases(Expr.list(values));
        return this;
      }

      public Builder aliases(String... values) {
        aliases(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder priceClass(String value) {
        priceClass(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::StreamingDistribution.TrustedSigners}: A list of AWS accounts whose
   * public keys CloudFront can use to verify the signatures of signed URLs and signed cookies.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-streamingdistribution-trustedsigners.html">AWS::CloudFront::StreamingDistribution.TrustedSigners</a>
   */
  @Value.Immutable
  interface TrustedSigners extends PropertyValue {

    /**
     * An AWS account number that contains active CloudFront key pairs that CloudFront can use to
     * verify the signatures of signed URLs and signed cookies. If the AWS account that owns the key
     * pairs is the same account that owns the CloudFront distribution, the value of this field is
     * `self` .
     */
    Optional<Expr> awsAccountNumbers();

    /**
     * Required. This field is `true` if any of the AWS accounts in the list are configured as
     * trusted signers. If not, this field is `false` .
     */
    Expr enabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AwsAccountNumbers", awsAccountNumbers())
          .put("Enabled", enabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TrustedSigners}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStreamingDistribution.TrustedSigners.Builder {

      public Builder awsAccountNumbers(List<? extends Expr> values) {
        awsAccountNumbers(Expr.list(values));
        return this;
      }

      public Builder awsAccountNumbers(String... values) {
        awsAccountNumbers(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }
}
