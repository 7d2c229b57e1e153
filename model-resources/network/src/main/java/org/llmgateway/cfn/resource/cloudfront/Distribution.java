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
 * {@code AWS::CloudFront::Distribution}: A distribution tells CloudFront where you want content to
 * be delivered from, and the details about how to track and manage content delivery.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-distribution.html">AWS::CloudFront::Distribution</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Distribution extends Resource {

  String TYPE = "AWS::CloudFront::Distribution";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The distribution's configuration. */
  Expr distributionConfig();

  /** A complex type that contains zero or more `Tag` elements. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DistributionConfig", distributionConfig())
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

  /** The {@code Id} attribute: The distribution's identifier. For example: `E1U5RQF7T870K0` . */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Distribution}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDistribution.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.CacheBehavior}: A complex type that describes how
   * CloudFront processes requests.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-cachebehavior.html">AWS::CloudFront::Distribution.CacheBehavior</a>
   */
  @Value.Immutable
  interface CacheBehavior extends PropertyValue {

    /**
     * A complex type that controls which HTTP methods CloudFront processes and forwards to your
     * Amazon S3 bucket or your custom origin. There are three choices:
     */
    Optional<Expr> allowedMethods();

    /**
     * The unique identifier of the cache policy that is attached to this cache behavior. For more
     * information, see [Creating cache
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy)
     * or [Using the managed cache
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> cachePolicyId();

    /**
     * A complex type that controls whether CloudFront caches the response to requests using the
     * specified HTTP methods. There are two choices:
     */
    Optional<Expr> cachedMethods();

    /**
     * Whether you want CloudFront to automatically compress certain files for this cache behavior.
     * If so, specify true; if not, specify false. For more information, see [Serving Compressed
     * Files](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/ServingCompressedFiles.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> compress();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> defaultTTL();

    /**
     * The value of `ID` for the field-level encryption configuration that you want CloudFront to
     * use for encrypting specific fields of data for this cache behavior.
     */
    Optional<Expr> fieldLevelEncryptionId();

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field. For more information, see [Working with
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/working-with-policies.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> forwardedValues();

    /**
     * A list of CloudFront functions that are associated with this cache behavior. CloudFront
     * functions must be published to the `LIVE` stage to associate them with a cache behavior.
     */
    Optional<Expr> functionAssociations();

    /** The gRPC configuration for your cache behavior. */
    Optional<Expr> grpcConfig();

    /**
     * A complex type that contains zero or more Lambda&#64;Edge function associations for a cache
     * behavior.
     */
    Optional<Expr> lambdaFunctionAssociations();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> maxTTL();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> minTTL();

    /**
     * The unique identifier of the origin request policy that is attached to this cache behavior.
     * For more information, see [Creating origin request
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy)
     * or [Using the managed origin request
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> originRequestPolicyId();

    /**
     * Required. The pattern (for example, `images/*.jpg` ) that specifies which requests to apply
     * the behavior to. When CloudFront receives a viewer request, the requested path is compared
     * with path patterns in the order in which cache behaviors are listed in the distribution.
     */
    Expr pathPattern();

    /**
     * The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this
     * cache behavior. For more information, see [Real-time
     * logs](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> realtimeLogConfigArn();

    /** The identifier for a response headers policy. */
    Optional<Expr> responseHeadersPolicyId();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> smoothStreaming();

    /**
     * Required. The value of `ID` for the origin that you want CloudFront to route requests to when
     * they match this cache behavior.
     */
    Expr targetOriginId();

    /** A list of key groups that CloudFront can use to validate signed URLs or signed cookies. */
    Optional<Expr> trustedKeyGroups();

    /**
     * &gt; We recommend using `TrustedKeyGroups` instead of `TrustedSigners` . &gt; This field only
     * supports standard distributions. You can't specify this field for multi-tenant distributions.
     * For more information, see [Unsupported features for SaaS Manager for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> trustedSigners();

    /**
     * Required. The protocol that viewers can use to access the files in the origin specified by
     * `TargetOriginId` when a request matches the path pattern in `PathPattern` . You can specify
     * the following options:
     */
    Expr viewerProtocolPolicy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllowedMethods", allowedMethods())
          .put("CachePolicyId", cachePolicyId())
          .put("CachedMethods", cachedMethods())
          .put("Compress", compress())
          .put("DefaultTTL", defaultTTL())
          .put("FieldLevelEncryptionId", fieldLevelEncryptionId())
          .put("ForwardedValues", forwardedValues())
          .put("FunctionAssociations", functionAssociations())
          .put("GrpcConfig", grpcConfig())
          .put("LambdaFunctionAssociations", lambdaFunctionAssociations())
          .put("MaxTTL", maxTTL())
          .put("MinTTL", minTTL())
          .put("OriginRequestPolicyId", originRequestPolicyId())
          .put("PathPattern", pathPattern())
          .put("RealtimeLogConfigArn", realtimeLogConfigArn())
          .put("ResponseHeadersPolicyId", responseHeadersPolicyId())
          .put("SmoothStreaming", smoothStreaming())
          .put("TargetOriginId", targetOriginId())
          .put("TrustedKeyGroups", trustedKeyGroups())
          .put("TrustedSigners", trustedSigners())
          .put("ViewerProtocolPolicy", viewerProtocolPolicy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CacheBehavior}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.CacheBehavior.Builder {

      public Builder allowedMethods(List<? extends Expr> values) {
        allowedMethods(Expr.list(values));
        return this;
      }

      public Builder allowedMethods(String... values) {
        allowedMethods(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder cachePolicyId(String value) {
        cachePolicyId(Expr.of(value));
        return this;
      }

      public Builder cachedMethods(List<? extends Expr> values) {
        cachedMethods(Expr.list(values));
        return this;
      }

      public Builder cachedMethods(String... values) {
        cachedMethods(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder compress(boolean value) {
        compress(Expr.of(value));
        return this;
      }

      public Builder defaultTTL(long value) {
        defaultTTL(Expr.of(value));
        return this;
      }

      public Builder defaultTTL(double value) {
        defaultTTL(Expr.of(value));
        return this;
      }

      public Builder fieldLevelEncryptionId(String value) {
        fieldLevelEncryptionId(Expr.of(value));
        return this;
      }

      public Builder functionAssociations(List<? extends Expr> values) {
        functionAssociations(Expr.list(values));
        return this;
      }

      public Builder lambdaFunctionAssociations(List<? extends Expr> values) {
        lambdaFunctionAssociations(Expr.list(values));
        return this;
      }

      public Builder maxTTL(long value) {
        maxTTL(Expr.of(value));
        return this;
      }

      public Builder maxTTL(double value) {
        maxTTL(Expr.of(value));
        return this;
      }

      public Builder minTTL(long value) {
        minTTL(Expr.of(value));
        return this;
      }

      public Builder minTTL(double value) {
        minTTL(Expr.of(value));
        return this;
      }

      public Builder originRequestPolicyId(String value) {
        originRequestPolicyId(Expr.of(value));
        return this;
      }

      public Builder pathPattern(String value) {
        pathPattern(Expr.of(value));
        return this;
      }

      public Builder realtimeLogConfigArn(String value) {
        realtimeLogConfigArn(Expr.of(value));
        return this;
      }

      public Builder responseHeadersPolicyId(String value) {
        responseHeadersPolicyId(Expr.of(value));
        return this;
      }

      public Builder smoothStreaming(boolean value) {
        smoothStreaming(Expr.of(value));
        return this;
      }

      public Builder targetOriginId(String value) {
        targetOriginId(Expr.of(value));
        return this;
      }

      public Builder trustedKeyGroups(List<? extends Expr> values) {
        trustedKeyGroups(Expr.list(values));
        return this;
      }

      public Builder trustedKeyGroups(String... values) {
        trustedKeyGroups(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder trustedSigners(List<? extends Expr> values) {
        trustedSigners(Expr.list(values));
        return this;
      }

      public Builder trustedSigners(String... values) {
        trustedSigners(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder viewerProtocolPolicy(String value) {
        viewerProtocolPolicy(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.CacheTagConfig}: A complex type that specifies the HTTP
   * header name from which CloudFront extracts cache tags from origin responses. When you add
   * ``CacheTagConfig`` to a distribution, CloudFront reads the specified header from origin
   * responses, parses the comma-separated tag values, and stores them with the cached object. You
   * can then invalidate cached objects by tag using the ``CreateInvalidation`` API.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-cachetagconfig.html">AWS::CloudFront::Distribution.CacheTagConfig</a>
   */
  @Value.Immutable
  interface CacheTagConfig extends PropertyValue {

    /**
     * Required. The name of the HTTP header that your origin includes in responses. CloudFront uses
     * this header to extract cache tags. The header value must contain comma-separated tag values
     * (for example, ``product:electronics, category:tv, brand:example``).
     */
    Expr headerName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HeaderName", headerName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CacheTagConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.CacheTagConfig.Builder {

      public Builder headerName(String value) {
        headerName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.ConnectionFunctionAssociation}: A connection function
   * association.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-connectionfunctionassociation.html">AWS::CloudFront::Distribution.ConnectionFunctionAssociation</a>
   */
  @Value.Immutable
  interface ConnectionFunctionAssociation extends PropertyValue {

    /** Required. The association's ID. */
    Expr id();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Id", id())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConnectionFunctionAssociation}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableDistribution.ConnectionFunctionAssociation.Builder {

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.Cookies}: This field is deprecated. We recommend that you
   * use a cache policy or an origin request policy instead of this field.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-cookies.html">AWS::CloudFront::Distribution.Cookies</a>
   */
  @Value.Immutable
  interface Cookies extends PropertyValue {

    /**
     * Required. This field is deprecated. We recommend that you use a cache policy or an origin
     * request policy instead of this field.
     */
    Expr forward();

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     */
    Optional<Expr> whitelistedNames();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Forward", forward())
          .put("WhitelistedNames", whitelistedNames())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Cookies}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.Cookies.Builder {

      public Builder forward(String value) {
        forward(Expr.of(value));
        return this;
      }

      public Builder whitelistedNames(List<? extends Expr> values) {
        whitelistedNames(Expr.list(values));
        return this;
      }

      public Builder whitelistedNames(String... values) {
        whitelistedNames(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.CustomErrorResponse}: A complex type that controls:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-customerrorresponse.html">AWS::CloudFront::Distribution.CustomErrorResponse</a>
   */
  @Value.Immutable
  interface CustomErrorResponse extends PropertyValue {

    /**
     * The minimum amount of time, in seconds, that you want CloudFront to cache the HTTP status
     * code specified in `ErrorCode` . When this time period has elapsed, CloudFront queries your
     * origin to see whether the problem that caused the error has been resolved and the requested
     * object is now available.
     */
    Optional<Expr> errorCachingMinTTL();

    /**
     * Required. The HTTP status code for which you want to specify a custom error page and/or a
     * caching duration.
     */
    Expr errorCode();

    /**
     * The HTTP status code that you want CloudFront to return to the viewer along with the custom
     * error page. There are a variety of reasons that you might want CloudFront to return a status
     * code different from the status code that your origin returned to CloudFront, for example:
     */
    Optional<Expr> responseCode();

    /**
     * The path to the custom error page that you want CloudFront to return to a viewer when your
     * origin returns the HTTP status code specified by `ErrorCode` , for example,
     * `/4xx-errors/403-forbidden.html` . If you want to store your objects and your custom error
     * pages in different locations, your distribution must include a cache behavior for which the
     * following is true:
     */
    Optional<Expr> responsePagePath();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ErrorCachingMinTTL", errorCachingMinTTL())
          .put("ErrorCode", errorCode())
          .put("ResponseCode", responseCode())
          .put("ResponsePagePath", responsePagePath())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CustomErrorResponse}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableDistribution.CustomErrorResponse.Builder {

      public Builder errorCachingMinTTL(long value) {
        errorCachingMinTTL(Expr.of(value));
        return this;
      }

      public Builder errorCachingMinTTL(double value) {
        errorCachingMinTTL(Expr.of(value));
        return this;
      }

      public Builder errorCode(long value) {
        errorCode(Expr.of(value));
        return this;
      }

      public Builder responseCode(long value) {
        responseCode(Expr.of(value));
        return this;
      }

      public Builder responsePagePath(String value) {
        responsePagePath(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.CustomOriginConfig}: A custom origin. A custom origin is
   * any origin that is *not* an Amazon S3 bucket, with one exception. An Amazon S3 bucket that is
   * [configured with static website
   * hosting](https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html) *is* a custom
   * origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-customoriginconfig.html">AWS::CloudFront::Distribution.CustomOriginConfig</a>
   */
  @Value.Immutable
  interface CustomOriginConfig extends PropertyValue {

    /**
     * The HTTP port that CloudFront uses to connect to the origin. Specify the HTTP port that the
     * origin listens on.
     */
    Optional<Expr> httpPort();

    /**
     * The HTTPS port that CloudFront uses to connect to the origin. Specify the HTTPS port that the
     * origin listens on.
     */
    Optional<Expr> httpsPort();

    /**
     * Specifies which IP protocol CloudFront uses when connecting to your origin. If your origin
     * uses both IPv4 and IPv6 protocols, you can choose `dualstack` to help optimize reliability.
     */
    Optional<Expr> ipAddressType();

    /**
     * Specifies how long, in seconds, CloudFront persists its connection to the origin. The minimum
     * timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify
     * otherwise) is 5 seconds.
     */
    Optional<Expr> originKeepaliveTimeout();

    /** Configures mutual TLS authentication between CloudFront and your origin server. */
    Optional<Expr> originMtlsConfig();

    /**
     * Required. Specifies the protocol (HTTP or HTTPS) that CloudFront uses to connect to the
     * origin. Valid values are:
     */
    Expr originProtocolPolicy();

    /**
     * Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also
     * known as the *origin response timeout* . The minimum timeout is 1 second, the maximum is 120
     * seconds, and the default (if you don't specify otherwise) is 30 seconds.
     */
    Optional<Expr> originReadTimeout();

    /**
     * Specifies the minimum SSL/TLS protocol that CloudFront uses when connecting to your origin
     * over HTTPS. Valid values include `SSLv3` , `TLSv1` , `TLSv1.1` , and `TLSv1.2` .
     */
    Optional<Expr> originSSLProtocols();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HTTPPort", httpPort())
          .put("HTTPSPort", httpsPort())
          .put("IpAddressType", ipAddressType())
          .put("OriginKeepaliveTimeout", originKeepaliveTimeout())
          .put("OriginMtlsConfig", originMtlsConfig())
          .put("OriginProtocolPolicy", originProtocolPolicy())
          .put("OriginReadTimeout", originReadTimeout())
          .put("OriginSSLProtocols", originSSLProtocols())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CustomOriginConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.CustomOriginConfig.Builder {

      public Builder httpPort(long value) {
        httpPort(Expr.of(value));
        return this;
      }

      public Builder httpsPort(long value) {
        httpsPort(Expr.of(value));
        return this;
      }

      public Builder ipAddressType(String value) {
        ipAddressType(Expr.of(value));
        return this;
      }

      public Builder originKeepaliveTimeout(long value) {
        originKeepaliveTimeout(Expr.of(value));
        return this;
      }

      public Builder originProtocolPolicy(String value) {
        originProtocolPolicy(Expr.of(value));
        return this;
      }

      public Builder originReadTimeout(long value) {
        originReadTimeout(Expr.of(value));
        return this;
      }

      public Builder originSSLProtocols(List<? extends Expr> values) {
        originSSLProtocols(Expr.list(values));
        return this;
      }

      public Builder originSSLProtocols(String... values) {
        originSSLProtocols(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.DefaultCacheBehavior}: A complex type that describes the
   * default cache behavior if you don't specify a `CacheBehavior` element or if request URLs don't
   * match any of the values of `PathPattern` in `CacheBehavior` elements. You must create exactly
   * one default cache behavior.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-defaultcachebehavior.html">AWS::CloudFront::Distribution.DefaultCacheBehavior</a>
   */
  @Value.Immutable
  interface DefaultCacheBehavior extends PropertyValue {

    /**
     * A complex type that controls which HTTP methods CloudFront processes and forwards to your
     * Amazon S3 bucket or your custom origin. There are three choices:
     */
    Optional<Expr> allowedMethods();

    /**
     * The unique identifier of the cache policy that is attached to the default cache behavior. For
     * more information, see [Creating cache
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy)
     * or [Using the managed cache
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> cachePolicyId();

    /**
     * A complex type that controls whether CloudFront caches the response to requests using the
     * specified HTTP methods. There are two choices:
     */
    Optional<Expr> cachedMethods();

    /**
     * Whether you want CloudFront to automatically compress certain files for this cache behavior.
     * If so, specify `true` ; if not, specify `false` . For more information, see [Serving
     * Compressed
     * Files](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/ServingCompressedFiles.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> compress();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> defaultTTL();

    /**
     * The value of `ID` for the field-level encryption configuration that you want CloudFront to
     * use for encrypting specific fields of data for the default cache behavior.
     */
    Optional<Expr> fieldLevelEncryptionId();

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field. For more information, see [Working with
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/working-with-policies.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> forwardedValues();

    /**
     * A list of CloudFront functions that are associated with this cache behavior. Your functions
     * must be published to the `LIVE` stage to associate them with a cache behavior.
     */
    Optional<Expr> functionAssociations();

    /** The gRPC configuration for your cache behavior. */
    Optional<Expr> grpcConfig();

    /**
     * A complex type that contains zero or more Lambda&#64;Edge function associations for a cache
     * behavior.
     */
    Optional<Expr> lambdaFunctionAssociations();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> maxTTL();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> minTTL();

    /**
     * The unique identifier of the origin request policy that is attached to the default cache
     * behavior. For more information, see [Creating origin request
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy)
     * or [Using the managed origin request
     * policies](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> originRequestPolicyId();

    /**
     * The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this
     * cache behavior. For more information, see [Real-time
     * logs](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> realtimeLogConfigArn();

    /** The identifier for a response headers policy. */
    Optional<Expr> responseHeadersPolicyId();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> smoothStreaming();

    /**
     * Required. The value of `ID` for the origin that you want CloudFront to route requests to when
     * they use the default cache behavior.
     */
    Expr targetOriginId();

    /** A list of key groups that CloudFront can use to validate signed URLs or signed cookies. */
    Optional<Expr> trustedKeyGroups();

    /**
     * &gt; We recommend using `TrustedKeyGroups` instead of `TrustedSigners` . &gt; This field only
     * supports standard distributions. You can't specify this field for multi-tenant distributions.
     * For more information, see [Unsupported features for SaaS Manager for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> trustedSigners();

    /**
     * Required. The protocol that viewers can use to access the files in the origin specified by
     * `TargetOriginId` when a request matches the path pattern in `PathPattern` . You can specify
     * the following options:
     */
    Expr viewerProtocolPolicy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllowedMethods", allowedMethods())
          .put("CachePolicyId", cachePolicyId())
          .put("CachedMethods", cachedMethods())
          .put("Compress", compress())
          .put("DefaultTTL", defaultTTL())
          .put("FieldLevelEncryptionId", fieldLevelEncryptionId())
          .put("ForwardedValues", forwardedValues())
          .put("FunctionAssociations", functionAssociations())
          .put("GrpcConfig", grpcConfig())
          .put("LambdaFunctionAssociations", lambdaFunctionAssociations())
          .put("MaxTTL", maxTTL())
          .put("MinTTL", minTTL())
          .put("OriginRequestPolicyId", originRequestPolicyId())
          .put("RealtimeLogConfigArn", realtimeLogConfigArn())
          .put("ResponseHeadersPolicyId", responseHeadersPolicyId())
          .put("SmoothStreaming", smoothStreaming())
          .put("TargetOriginId", targetOriginId())
          .put("TrustedKeyGroups", trustedKeyGroups())
          .put("TrustedSigners", trustedSigners())
          .put("ViewerProtocolPolicy", viewerProtocolPolicy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DefaultCacheBehavior}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableDistribution.DefaultCacheBehavior.Builder {

      public Builder allowedMethods(List<? extends Expr> values) {
        allowedMethods(Expr.list(values));
        return this;
      }

      public Builder allowedMethods(String... values) {
        allowedMethods(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder cachePolicyId(String value) {
        cachePolicyId(Expr.of(value));
        return this;
      }

      public Builder cachedMethods(List<? extends Expr> values) {
        cachedMethods(Expr.list(values));
        return this;
      }

      public Builder cachedMethods(String... values) {
        cachedMethods(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder compress(boolean value) {
        compress(Expr.of(value));
        return this;
      }

      public Builder defaultTTL(long value) {
        defaultTTL(Expr.of(value));
        return this;
      }

      public Builder defaultTTL(double value) {
        defaultTTL(Expr.of(value));
        return this;
      }

      public Builder fieldLevelEncryptionId(String value) {
        fieldLevelEncryptionId(Expr.of(value));
        return this;
      }

      public Builder functionAssociations(List<? extends Expr> values) {
        functionAssociations(Expr.list(values));
        return this;
      }

      public Builder lambdaFunctionAssociations(List<? extends Expr> values) {
        lambdaFunctionAssociations(Expr.list(values));
        return this;
      }

      public Builder maxTTL(long value) {
        maxTTL(Expr.of(value));
        return this;
      }

      public Builder maxTTL(double value) {
        maxTTL(Expr.of(value));
        return this;
      }

      public Builder minTTL(long value) {
        minTTL(Expr.of(value));
        return this;
      }

      public Builder minTTL(double value) {
        minTTL(Expr.of(value));
        return this;
      }

      public Builder originRequestPolicyId(String value) {
        originRequestPolicyId(Expr.of(value));
        return this;
      }

      public Builder realtimeLogConfigArn(String value) {
        realtimeLogConfigArn(Expr.of(value));
        return this;
      }

      public Builder responseHeadersPolicyId(String value) {
        responseHeadersPolicyId(Expr.of(value));
        return this;
      }

      public Builder smoothStreaming(boolean value) {
        smoothStreaming(Expr.of(value));
        return this;
      }

      public Builder targetOriginId(String value) {
        targetOriginId(Expr.of(value));
        return this;
      }

      public Builder trustedKeyGroups(List<? extends Expr> values) {
        trustedKeyGroups(Expr.list(values));
        return this;
      }

      public Builder trustedKeyGroups(String... values) {
        trustedKeyGroups(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder trustedSigners(List<? extends Expr> values) {
        trustedSigners(Expr.list(values));
        return this;
      }

      public Builder trustedSigners(String... values) {
        trustedSigners(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder viewerProtocolPolicy(String value) {
        viewerProtocolPolicy(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.Definition}: The value that you assigned to the parameter.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-definition.html">AWS::CloudFront::Distribution.Definition</a>
   */
  @Value.Immutable
  interface Definition extends PropertyValue {

    /** {@code StringSchema}. */
    Optional<Expr> stringSchema();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StringSchema", stringSchema())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Definition}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.Definition.Builder {
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.DistributionConfig}: A distribution configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-distributionconfig.html">AWS::CloudFront::Distribution.DistributionConfig</a>
   */
  @Value.Immutable
  interface DistributionConfig extends PropertyValue {

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> aliases();

    /**
     * &gt; To use this field for a multi-tenant distribution, use a connection group instead. For
     * more information, see
     * [ConnectionGroup](https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ConnectionGroup.html)
     * .
     */
    Optional<Expr> anycastIpListId();

    /** An alias for the CloudFront distribution's domain name. */
    Optional<Expr> cnamEs();

    /** A complex type that contains zero or more `CacheBehavior` elements. */
    Optional<Expr> cacheBehaviors();

    /**
     * A complex type that specifies the HTTP header name from which CloudFront extracts cache tags
     * from origin responses. When you add ``CacheTagConfig`` to a distribution, CloudFront reads
     * the specified header from origin responses, parses the comma-separated tag values, and stores
     * them with the cached object. You can then invalidate cached objects by tag using the
     * ``CreateInvalidation`` API.
     */
    Optional<Expr> cacheTagConfig();

    /** A comment to describe the distribution. The comment cannot be longer than 128 characters. */
    Optional<Expr> comment();

    /** The distribution's connection function association. */
    Optional<Expr> connectionFunctionAssociation();

    /**
     * This field specifies whether the connection mode is through a standard distribution (direct)
     * or a multi-tenant distribution with distribution tenants (tenant-only).
     */
    Optional<Expr> connectionMode();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> continuousDeploymentPolicyId();

    /** A complex type that controls the following: */
    Optional<Expr> customErrorResponses();

    /**
     * The user-defined HTTP server that serves as the origin for content that CloudFront
     * distributes.
     */
    Optional<Expr> customOrigin();

    /**
     * Required. A complex type that describes the default cache behavior if you don't specify a
     * `CacheBehavior` element or if files don't match any of the values of `PathPattern` in
     * `CacheBehavior` elements. You must create exactly one default cache behavior.
     */
    Expr defaultCacheBehavior();

    /**
     * When a viewer requests the root URL for your distribution, the default root object is the
     * object that you want CloudFront to request from your origin. For example, if your root URL is
     * `https://www.example.com` , you can specify CloudFront to return the `index.html` file as the
     * default root object. You can specify a default root object so that viewers see a specific
     * file or object, instead of another object in your distribution (for example,
     * `https://www.example.com/product-description.html` ). A default root object avoids exposing
     * the contents of your distribution.
     */
    Optional<Expr> defaultRootObject();

    /** Required. From this field, you can enable or disable the selected distribution. */
    Expr enabled();

    /**
     * (Optional) Specify the HTTP version(s) that you want viewers to use to communicate with
     * CloudFront . The default value for new distributions is `http1.1` .
     */
    Optional<Expr> httpVersion();

    /**
     * &gt; To use this field for a multi-tenant distribution, use a connection group instead. For
     * more information, see
     * [ConnectionGroup](https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ConnectionGroup.html)
     * .
     */
    Optional<Expr> ipv6Enabled();

    /** A complex type that controls whether access logs are written for the distribution. */
    Optional<Expr> logging();

    /** A complex type that contains information about origin groups for this distribution. */
    Optional<Expr> originGroups();

    /** A complex type that contains information about origins for this distribution. */
    Optional<Expr> origins();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> priceClass();

    /**
     * A complex type that identifies ways in which you want to restrict distribution of your
     * content.
     */
    Optional<Expr> restrictions();

    /** The origin as an Amazon S3 bucket. */
    Optional<Expr> s3Origin();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> staging();

    /**
     * &gt; This field only supports multi-tenant distributions. You can't specify this field for
     * standard distributions. For more information, see [Unsupported features for SaaS Manager for
     * Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> tenantConfig();

    /**
     * A complex type that determines the distribution's SSL/TLS configuration for communicating
     * with viewers.
     */
    Optional<Expr> viewerCertificate();

    /** The distribution's viewer mTLS configuration. */
    Optional<Expr> viewerMtlsConfig();

    /** &gt; Multi-tenant distributions only support AWS WAF V2 web ACLs. */
    Optional<Expr> webACLId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Aliases", aliases())
          .put("AnycastIpListId", anycastIpListId())
          .put("CNAMEs", cnamEs())
          .put("CacheBehaviors", cacheBehaviors())
          .put("CacheTagConfig", cacheTagConfig())
          .put("Comment", comment())
          .put("ConnectionFunctionAssociation", connectionFunctionAssociation())
          .put("ConnectionMode", connectionMode())
          .put("ContinuousDeploymentPolicyId", continuousDeploymentPolicyId())
          .put("CustomErrorResponses", customErrorResponses())
          .put("CustomOrigin", customOrigin())
          .put("DefaultCacheBehavior", defaultCacheBehavior())
          .put("DefaultRootObject", defaultRootObject())
          .put("Enabled", enabled())
          .put("HttpVersion", httpVersion())
          .put("IPV6Enabled", ipv6Enabled())
          .put("Logging", logging())
          .put("OriginGroups", originGroups())
          .put("Origins", origins())
          .put("PriceClass", priceClass())
          .put("Restrictions", restrictions())
          .put("S3Origin", s3Origin())
          .put("Staging", staging())
          .put("TenantConfig", tenantConfig())
          .put("ViewerCertificate", viewerCertificate())
          .put("ViewerMtlsConfig", viewerMtlsConfig())
          .put("WebACLId", webACLId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DistributionConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.DistributionConfig.Builder {

      public Builder aliases(List<? extends Expr> values) {
        aliases(Expr.list(values));
        return this;
      }

      public Builder aliases(String... values) {
        aliases(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder anycastIpListId(String value) {
        anycastIpListId(Expr.of(value));
        return this;
      }

      public Builder cnamEs(List<? extends Expr> values) {
        cnamEs(Expr.list(values));
        return this;
      }

      public Builder cnamEs(String... values) {
        cnamEs(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder cacheBehaviors(List<? extends Expr> values) {
        cacheBehaviors(Expr.list(values));
        return this;
      }

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder connectionMode(String value) {
        connectionMode(Expr.of(value));
        return this;
      }

      public Builder continuousDeploymentPolicyId(String value) {
        continuousDeploymentPolicyId(Expr.of(value));
        return this;
      }

      public Builder customErrorResponses(List<? extends Expr> values) {
        customErrorResponses(Expr.list(values));
        return this;
      }

      public Builder defaultRootObject(String value) {
        defaultRootObject(Expr.of(value));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder httpVersion(String value) {
        httpVersion(Expr.of(value));
        return this;
      }

      public Builder ipv6Enabled(boolean value) {
        ipv6Enabled(Expr.of(value));
        return this;
      }

      public Builder origins(List<? extends Expr> values) {
        origins(Expr.list(values));
        return this;
      }

      public Builder priceClass(String value) {
        priceClass(Expr.of(value));
        return this;
      }

      public Builder staging(boolean value) {
        staging(Expr.of(value));
        return this;
      }

      public Builder webACLId(String value) {
        webACLId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.ForwardedValues}: &gt; This field only supports standard
   * distributions. You can't specify this field for multi-tenant distributions. For more
   * information, see [Unsupported features for SaaS Manager for Amazon
   * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
   * in the *Amazon CloudFront Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-forwardedvalues.html">AWS::CloudFront::Distribution.ForwardedValues</a>
   */
  @Value.Immutable
  interface ForwardedValues extends PropertyValue {

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     */
    Optional<Expr> cookies();

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     */
    Optional<Expr> headers();

    /**
     * Required. This field is deprecated. We recommend that you use a cache policy or an origin
     * request policy instead of this field.
     */
    Expr queryString();

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     */
    Optional<Expr> queryStringCacheKeys();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cookies", cookies())
          .put("Headers", headers())
          .put("QueryString", queryString())
          .put("QueryStringCacheKeys", queryStringCacheKeys())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ForwardedValues}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.ForwardedValues.Builder {

      public Builder headers(List<? extends Expr> values) {
        headers(Expr.list(values));
        return this;
      }

      public Builder headers(String... values) {
        headers(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder queryString(boolean value) {
        queryString(Expr.of(value));
        return this;
      }

      public Builder queryStringCacheKeys(List<? extends Expr> values) {
        queryStringCacheKeys(Expr.list(values));
        return this;
      }

      public Builder queryStringCacheKeys(String... values) {
        queryStringCacheKeys(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.FunctionAssociation}: A CloudFront function that is
   * associated with a cache behavior in a CloudFront distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-functionassociation.html">AWS::CloudFront::Distribution.FunctionAssociation</a>
   */
  @Value.Immutable
  interface FunctionAssociation extends PropertyValue {

    /**
     * The event type of the function, either `viewer-request` or `viewer-response` . You cannot use
     * origin-facing event types ( `origin-request` and `origin-response` ) with a CloudFront
     * function.
     */
    Optional<Expr> eventType();

    /** The Amazon Resource Name (ARN) of the function. */
    Optional<Expr> functionARN();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EventType", eventType())
          .put("FunctionARN", functionARN())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FunctionAssociation}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableDistribution.FunctionAssociation.Builder {

      public Builder eventType(String value) {
        eventType(Expr.of(value));
        return this;
      }

      public Builder functionARN(String value) {
        functionARN(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.GeoRestriction}: A complex type that controls the
   * countries in which your content is distributed. CloudFront determines the location of your
   * users using `MaxMind` GeoIP databases. To disable geo restriction, remove the
   * [Restrictions](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-distributionconfig.html#cfn-cloudfront-distribution-distributionconfig-restrictions)
   * property from your stack template.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-georestriction.html">AWS::CloudFront::Distribution.GeoRestriction</a>
   */
  @Value.Immutable
  interface GeoRestriction extends PropertyValue {

    /**
     * A complex type that contains a `Location` element for each country in which you want
     * CloudFront either to distribute your content ( `whitelist` ) or not distribute your content (
     * `blacklist` ).
     */
    Optional<Expr> locations();

    /**
     * Required. The method that you want to use to restrict distribution of your content by
     * country:
     */
    Expr restrictionType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Locations", locations())
          .put("RestrictionType", restrictionType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link GeoRestriction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.GeoRestriction.Builder {

      public Builder locations(List<? extends Expr> values) {
        locations(Expr.list(values));
        return this;
      }

      public Builder locations(String... values) {
        locations(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder restrictionType(String value) {
        restrictionType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.GrpcConfig}: Amazon CloudFront supports gRPC, an
   * open-source remote procedure call (RPC) framework built on HTTP/2. gRPC offers bi-directional
   * streaming and binary protocol that buffers payloads, making it suitable for applications that
   * require low latency communications.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-grpcconfig.html">AWS::CloudFront::Distribution.GrpcConfig</a>
   */
  @Value.Immutable
  interface GrpcConfig extends PropertyValue {

    /**
     * Required. Enables your CloudFront distribution to receive gRPC requests and to proxy them
     * directly to your origins.
     */
    Expr enabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link GrpcConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.GrpcConfig.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.LambdaFunctionAssociation}: A complex type that contains a
   * Lambda&#64;Edge function association.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-lambdafunctionassociation.html">AWS::CloudFront::Distribution.LambdaFunctionAssociation</a>
   */
  @Value.Immutable
  interface LambdaFunctionAssociation extends PropertyValue {

    /**
     * Specifies the event type that triggers a Lambda&#64;Edge function invocation. You can specify
     * the following values:
     */
    Optional<Expr> eventType();

    /**
     * A flag that allows a Lambda&#64;Edge function to have read access to the body content. For
     * more information, see [Accessing the Request Body by Choosing the Include Body
     * Option](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-include-body-access.html)
     * in the Amazon CloudFront Developer Guide.
     */
    Optional<Expr> includeBody();

    /**
     * The ARN of the Lambda&#64;Edge function. You must specify the ARN of a function version; you
     * can't specify an alias or $LATEST.
     */
    Optional<Expr> lambdaFunctionARN();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EventType", eventType())
          .put("IncludeBody", includeBody())
          .put("LambdaFunctionARN", lambdaFunctionARN())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LambdaFunctionAssociation}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableDistribution.LambdaFunctionAssociation.Builder {

      public Builder eventType(String value) {
        eventType(Expr.of(value));
        return this;
      }

      public Builder includeBody(boolean value) {
        includeBody(Expr.of(value));
        return this;
      }

      public Builder lambdaFunctionARN(String value) {
        lambdaFunctionARN(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.LegacyCustomOrigin}: A custom origin. A custom origin is
   * any origin that is *not* an Amazon S3 bucket, with one exception. An Amazon S3 bucket that is
   * [configured with static website
   * hosting](https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html) *is* a custom
   * origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-legacycustomorigin.html">AWS::CloudFront::Distribution.LegacyCustomOrigin</a>
   */
  @Value.Immutable
  interface LegacyCustomOrigin extends PropertyValue {

    /** Required. The domain name assigned to your CloudFront distribution. */
    Expr dnsName();

    /**
     * The HTTP port that CloudFront uses to connect to the origin. Specify the HTTP port that the
     * origin listens on.
     */
    Optional<Expr> httpPort();

    /**
     * The HTTPS port that CloudFront uses to connect to the origin. Specify the HTTPS port that the
     * origin listens on.
     */
    Optional<Expr> httpsPort();

    /**
     * Required. Specifies the protocol (HTTP or HTTPS) that CloudFront uses to connect to the
     * origin.
     */
    Expr originProtocolPolicy();

    /**
     * Required. The minimum SSL/TLS protocol version that CloudFront uses when communicating with
     * your origin server over HTTPs.
     */
    Expr originSSLProtocols();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DNSName", dnsName())
          .put("HTTPPort", httpPort())
          .put("HTTPSPort", httpsPort())
          .put("OriginProtocolPolicy", originProtocolPolicy())
          .put("OriginSSLProtocols", originSSLProtocols())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LegacyCustomOrigin}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.LegacyCustomOrigin.Builder {

      public Builder dnsName(String value) {
        dnsName(Expr.of(value));
        return this;
      }

      public Builder httpPort(long value) {
        httpPort(Expr.of(value));
        return this;
      }

      public Builder httpsPort(long value) {
        httpsPort(Expr.of(value));
        return this;
      }

      public Builder originProtocolPolicy(String value) {
        originProtocolPolicy(Expr.of(value));
        return this;
      }

      public Builder originSSLProtocols(List<? extends Expr> values) {
        originSSLProtocols(Expr.list(values));
        return this;
      }

      public Builder originSSLProtocols(String... values) {
        originSSLProtocols(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.LegacyS3Origin}: The origin as an Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-legacys3origin.html">AWS::CloudFront::Distribution.LegacyS3Origin</a>
   */
  @Value.Immutable
  interface LegacyS3Origin extends PropertyValue {

    /** Required. The domain name assigned to your CloudFront distribution. */
    Expr dnsName();

    /**
     * The CloudFront origin access identity to associate with the distribution. Use an origin
     * access identity to configure the distribution so that end users can only access objects in an
     * Amazon S3 through CloudFront .
     */
    Optional<Expr> originAccessIdentity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DNSName", dnsName())
          .put("OriginAccessIdentity", originAccessIdentity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LegacyS3Origin}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.LegacyS3Origin.Builder {

      public Builder dnsName(String value) {
        dnsName(Expr.of(value));
        return this;
      }

      public Builder originAccessIdentity(String value) {
        originAccessIdentity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.Logging}: A complex type that specifies whether access
   * logs are written for the distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-logging.html">AWS::CloudFront::Distribution.Logging</a>
   */
  @Value.Immutable
  interface Logging extends PropertyValue {

    /**
     * The Amazon S3 bucket to store the access logs in, for example,
     * `amzn-s3-demo-bucket.s3.amazonaws.com` .
     */
    Optional<Expr> bucket();

    /**
     * Specifies whether you want CloudFront to include cookies in access logs, specify `true` for
     * `IncludeCookies` . If you choose to include cookies in logs, CloudFront logs all cookies
     * regardless of how you configure the cache behaviors for this distribution. If you don't want
     * to include cookies when you create a distribution or if you want to disable include cookies
     * for an existing distribution, specify `false` for `IncludeCookies` .
     */
    Optional<Expr> includeCookies();

    /**
     * An optional string that you want CloudFront to prefix to the access log `filenames` for this
     * distribution, for example, `myprefix/` . If you want to enable logging, but you don't want to
     * specify a prefix, you still must include an empty `Prefix` element in the `Logging` element.
     */
    Optional<Expr> prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Bucket", bucket())
          .put("IncludeCookies", includeCookies())
          .put("Prefix", prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Logging}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.Logging.Builder {

      public Builder bucket(String value) {
        bucket(Expr.of(value));
        return this;
      }

      public Builder includeCookies(boolean value) {
        includeCookies(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.Origin}: An origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-origin.html">AWS::CloudFront::Distribution.Origin</a>
   */
  @Value.Immutable
  interface Origin extends PropertyValue {

    /**
     * The number of times that CloudFront attempts to connect to the origin. The minimum number is
     * 1, the maximum is 3, and the default (if you don't specify otherwise) is 3.
     */
    Optional<Expr> connectionAttempts();

    /**
     * The number of seconds that CloudFront waits when trying to establish a connection to the
     * origin. The minimum timeout is 1 second, the maximum is 10 seconds, and the default (if you
     * don't specify otherwise) is 10 seconds.
     */
    Optional<Expr> connectionTimeout();

    /**
     * Use this type to specify an origin that is not an Amazon S3 bucket, with one exception. If
     * the Amazon S3 bucket is configured with static website hosting, use this type. If the Amazon
     * S3 bucket is not configured with static website hosting, use the `S3OriginConfig` type
     * instead.
     */
    Optional<Expr> customOriginConfig();

    /** Required. The domain name for the origin. */
    Expr domainName();

    /**
     * Required. A unique identifier for the origin. This value must be unique within the
     * distribution.
     */
    Expr id();

    /** The unique identifier of an origin access control for this origin. */
    Optional<Expr> originAccessControlId();

    /**
     * A list of HTTP header names and values that CloudFront adds to the requests that it sends to
     * the origin.
     */
    Optional<Expr> originCustomHeaders();

    /**
     * An optional path that CloudFront appends to the origin domain name when CloudFront requests
     * content from the origin.
     */
    Optional<Expr> originPath();

    /** CloudFront Origin Shield. Using Origin Shield can help reduce the load on your origin. */
    Optional<Expr> originShield();

    /**
     * The time (in seconds) that a request from CloudFront to the origin can stay open and wait for
     * a response. If the complete response isn't received from the origin by this time, CloudFront
     * ends the connection.
     */
    Optional<Expr> responseCompletionTimeout();

    /**
     * Use this type to specify an origin that is an Amazon S3 bucket that is not configured with
     * static website hosting. To specify any other type of origin, including an Amazon S3 bucket
     * that is configured with static website hosting, use the `CustomOriginConfig` type instead.
     */
    Optional<Expr> s3OriginConfig();

    /** The VPC origin configuration. */
    Optional<Expr> vpcOriginConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConnectionAttempts", connectionAttempts())
          .put("ConnectionTimeout", connectionTimeout())
          .put("CustomOriginConfig", customOriginConfig())
          .put("DomainName", domainName())
          .put("Id", id())
          .put("OriginAccessControlId", originAccessControlId())
          .put("OriginCustomHeaders", originCustomHeaders())
          .put("OriginPath", originPath())
          .put("OriginShield", originShield())
          .put("ResponseCompletionTimeout", responseCompletionTimeout())
          .put("S3OriginConfig", s3OriginConfig())
          .put("VpcOriginConfig", vpcOriginConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Origin}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.Origin.Builder {

      public Builder connectionAttempts(long value) {
        connectionAttempts(Expr.of(value));
        return this;
      }

      public Builder connectionTimeout(long value) {
        connectionTimeout(Expr.of(value));
        return this;
      }

      public Builder domainName(String value) {
        domainName(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder originAccessControlId(String value) {
        originAccessControlId(Expr.of(value));
        return this;
      }

      public Builder originCustomHeaders(List<? extends Expr> values) {
        originCustomHeaders(Expr.list(values));
        return this;
      }

      public Builder originPath(String value) {
        originPath(Expr.of(value));
        return this;
      }

      public Builder responseCompletionTimeout(long value) {
        responseCompletionTimeout(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.OriginCustomHeader}: A complex type that contains
   * `HeaderName` and `HeaderValue` elements, if any, for this distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-origincustomheader.html">AWS::CloudFront::Distribution.OriginCustomHeader</a>
   */
  @Value.Immutable
  interface OriginCustomHeader extends PropertyValue {

    /**
     * Required. The name of a header that you want CloudFront to send to your origin. For more
     * information, see [Adding Custom Headers to Origin
     * Requests](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/forward-custom-headers.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Expr headerName();

    /** Required. The value for the header that you specified in the `HeaderName` field. */
    Expr headerValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HeaderName", headerName())
          .put("HeaderValue", headerValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OriginCustomHeader}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.OriginCustomHeader.Builder {

      public Builder headerName(String value) {
        headerName(Expr.of(value));
        return this;
      }

      public Builder headerValue(String value) {
        headerValue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.OriginGroup}: An origin group includes two origins (a
   * primary origin and a secondary origin to failover to) and a failover criteria that you specify.
   * You create an origin group to support origin failover in CloudFront. When you create or update
   * a distribution, you can specify the origin group instead of a single origin, and CloudFront
   * will failover from the primary origin to the secondary origin under the failover conditions
   * that you've chosen.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-origingroup.html">AWS::CloudFront::Distribution.OriginGroup</a>
   */
  @Value.Immutable
  interface OriginGroup extends PropertyValue {

    /**
     * Required. A complex type that contains information about the failover criteria for an origin
     * group.
     */
    Expr failoverCriteria();

    /** Required. The origin group's ID. */
    Expr id();

    /** Required. A complex type that contains information about the origins in an origin group. */
    Expr members();

    /**
     * The selection criteria for the origin group. For more information, see [Create an origin
     * group](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html#concept_origin_groups.creating)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> selectionCriteria();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FailoverCriteria", failoverCriteria())
          .put("Id", id())
          .put("Members", members())
          .put("SelectionCriteria", selectionCriteria())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OriginGroup}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.OriginGroup.Builder {

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder selectionCriteria(String value) {
        selectionCriteria(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.OriginGroupFailoverCriteria}: A complex data type that
   * includes information about the failover criteria for an origin group, including the status
   * codes for which CloudFront will failover from the primary origin to the second origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-origingroupfailovercriteria.html">AWS::CloudFront::Distribution.OriginGroupFailoverCriteria</a>
   */
  @Value.Immutable
  interface OriginGroupFailoverCriteria extends PropertyValue {

    /**
     * Required. The status codes that, when returned from the primary origin, will trigger
     * CloudFront to failover to the second origin.
     */
    Expr statusCodes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StatusCodes", statusCodes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link OriginGroupFailoverCriteria}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableDistribution.OriginGroupFailoverCriteria.Builder {
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.OriginGroupMember}: An origin in an origin group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-origingroupmember.html">AWS::CloudFront::Distribution.OriginGroupMember</a>
   */
  @Value.Immutable
  interface OriginGroupMember extends PropertyValue {

    /** Required. The ID for an origin in an origin group. */
    Expr originId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OriginId", originId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OriginGroupMember}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.OriginGroupMember.Builder {

      public Builder originId(String value) {
        originId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.OriginGroupMembers}: A complex data type for the origins
   * included in an origin group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-origingroupmembers.html">AWS::CloudFront::Distribution.OriginGroupMembers</a>
   */
  @Value.Immutable
  interface OriginGroupMembers extends PropertyValue {

    /** Required. Items (origins) in an origin group. */
    Expr items();

    /** Required. The number of origins in an origin group. */
    Expr quantity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .put("Quantity", quantity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OriginGroupMembers}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.OriginGroupMembers.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }

      public Builder quantity(long value) {
        quantity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.OriginGroups}: A complex data type for the origin groups
   * specified for a distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-origingroups.html">AWS::CloudFront::Distribution.OriginGroups</a>
   */
  @Value.Immutable
  interface OriginGroups extends PropertyValue {

    /** The items (origin groups) in a distribution. */
    Optional<Expr> items();

    /** Required. The number of origin groups. */
    Expr quantity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .put("Quantity", quantity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OriginGroups}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.OriginGroups.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }

      public Builder quantity(long value) {
        quantity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.OriginMtlsConfig}: Configures mutual TLS authentication
   * between CloudFront and your origin server.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-originmtlsconfig.html">AWS::CloudFront::Distribution.OriginMtlsConfig</a>
   */
  @Value.Immutable
  interface OriginMtlsConfig extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) of the client certificate stored in AWS Certificate
     * Manager (ACM) that CloudFront uses to authenticate with your origin using Mutual TLS.
     */
    Expr clientCertificateArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ClientCertificateArn", clientCertificateArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OriginMtlsConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.OriginMtlsConfig.Builder {

      public Builder clientCertificateArn(String value) {
        clientCertificateArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.OriginShield}: CloudFront Origin Shield.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-originshield.html">AWS::CloudFront::Distribution.OriginShield</a>
   */
  @Value.Immutable
  interface OriginShield extends PropertyValue {

    /** A flag that specifies whether Origin Shield is enabled. */
    Optional<Expr> enabled();

    /** The AWS Region for Origin Shield. */
    Optional<Expr> originShieldRegion();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .put("OriginShieldRegion", originShieldRegion())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OriginShield}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.OriginShield.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder originShieldRegion(String value) {
        originShieldRegion(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.ParameterDefinition}: A list of parameter values to add to
   * the resource. A parameter is specified as a key-value pair. A valid parameter value must exist
   * for any parameter that is marked as required in the multi-tenant distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-parameterdefinition.html">AWS::CloudFront::Distribution.ParameterDefinition</a>
   */
  @Value.Immutable
  interface ParameterDefinition extends PropertyValue {

    /** Required. The value that you assigned to the parameter. */
    Expr definition();

    /** Required. The name of the parameter. */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Definition", definition())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ParameterDefinition}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableDistribution.ParameterDefinition.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.Restrictions}: A complex type that identifies ways in
   * which you want to restrict distribution of your content.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-restrictions.html">AWS::CloudFront::Distribution.Restrictions</a>
   */
  @Value.Immutable
  interface Restrictions extends PropertyValue {

    /**
     * Required. A complex type that controls the countries in which your content is distributed.
     * CloudFront determines the location of your users using `MaxMind` GeoIP databases. To disable
     * geo restriction, remove the
     * [Restrictions](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-distributionconfig.html#cfn-cloudfront-distribution-distributionconfig-restrictions)
     * property from your stack template.
     */
    Expr geoRestriction();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("GeoRestriction", geoRestriction())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Restrictions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.Restrictions.Builder {
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.S3OriginConfig}: A complex type that contains information
   * about the Amazon S3 origin. If the origin is a custom origin or an S3 bucket that is configured
   * as a website endpoint, use the `CustomOriginConfig` element instead.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-s3originconfig.html">AWS::CloudFront::Distribution.S3OriginConfig</a>
   */
  @Value.Immutable
  interface S3OriginConfig extends PropertyValue {

    /**
     * &gt; If you're using origin access control (OAC) instead of origin access identity, specify
     * an empty `OriginAccessIdentity` element. For more information, see [Restricting access to an
     * AWS](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-origin.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Optional<Expr> originAccessIdentity();

    /**
     * Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also
     * known as the *origin response timeout* . The minimum timeout is 1 second, the maximum is 120
     * seconds, and the default (if you don't specify otherwise) is 30 seconds.
     */
    Optional<Expr> originReadTimeout();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OriginAccessIdentity", originAccessIdentity())
          .put("OriginReadTimeout", originReadTimeout())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link S3OriginConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.S3OriginConfig.Builder {

      public Builder originAccessIdentity(String value) {
        originAccessIdentity(Expr.of(value));
        return this;
      }

      public Builder originReadTimeout(long value) {
        originReadTimeout(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.StatusCodes}: A complex data type for the status codes
   * that you specify that, when returned by a primary origin, trigger CloudFront to failover to a
   * second origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-statuscodes.html">AWS::CloudFront::Distribution.StatusCodes</a>
   */
  @Value.Immutable
  interface StatusCodes extends PropertyValue {

    /** Required. The items (status codes) for an origin group. */
    Expr items();

    /** Required. The number of status codes. */
    Expr quantity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .put("Quantity", quantity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link StatusCodes}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.StatusCodes.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }

      public Builder quantity(long value) {
        quantity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.StringSchema}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-stringschema.html">AWS::CloudFront::Distribution.StringSchema</a>
   */
  @Value.Immutable
  interface StringSchema extends PropertyValue {

    /** {@code Comment}. */
    Optional<Expr> comment();

    /** {@code DefaultValue}. */
    Optional<Expr> defaultValue();

    /** Required. {@code Required}. */
    Expr required();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Comment", comment())
          .put("DefaultValue", defaultValue())
          .put("Required", required())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link StringSchema}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.StringSchema.Builder {

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder defaultValue(String value) {
        defaultValue(Expr.of(value));
        return this;
      }

      public Builder required(boolean value) {
        required(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.TenantConfig}: &gt; This field only supports multi-tenant
   * distributions. You can't specify this field for standard distributions. For more information,
   * see [Unsupported features for SaaS Manager for Amazon
   * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
   * in the *Amazon CloudFront Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-tenantconfig.html">AWS::CloudFront::Distribution.TenantConfig</a>
   */
  @Value.Immutable
  interface TenantConfig extends PropertyValue {

    /** The parameters that you specify for a distribution tenant. */
    Optional<Expr> parameterDefinitions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ParameterDefinitions", parameterDefinitions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TenantConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.TenantConfig.Builder {

      public Builder parameterDefinitions(List<? extends Expr> values) {
        parameterDefinitions(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.TrustStoreConfig}: A trust store configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-truststoreconfig.html">AWS::CloudFront::Distribution.TrustStoreConfig</a>
   */
  @Value.Immutable
  interface TrustStoreConfig extends PropertyValue {

    /** The configuration to use to advertise trust store CA names. */
    Optional<Expr> advertiseTrustStoreCaNames();

    /** The configuration to use to ignore certificate expiration. */
    Optional<Expr> ignoreCertificateExpiry();

    /** Required. The trust store ID. */
    Expr trustStoreId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdvertiseTrustStoreCaNames", advertiseTrustStoreCaNames())
          .put("IgnoreCertificateExpiry", ignoreCertificateExpiry())
          .put("TrustStoreId", trustStoreId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TrustStoreConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.TrustStoreConfig.Builder {

      public Builder advertiseTrustStoreCaNames(boolean value) {
        advertiseTrustStoreCaNames(Expr.of(value));
        return this;
      }

      public Builder ignoreCertificateExpiry(boolean value) {
        ignoreCertificateExpiry(Expr.of(value));
        return this;
      }

      public Builder trustStoreId(String value) {
        trustStoreId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.ViewerCertificate}: A complex type that determines the
   * distribution's SSL/TLS configuration for communicating with viewers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-viewercertificate.html">AWS::CloudFront::Distribution.ViewerCertificate</a>
   */
  @Value.Immutable
  interface ViewerCertificate extends PropertyValue {

    /**
     * &gt; In CloudFormation, this field name is `AcmCertificateArn` . Note the different
     * capitalization.
     */
    Optional<Expr> acmCertificateArn();

    /**
     * If the distribution uses the CloudFront domain name such as `d111111abcdef8.cloudfront.net` ,
     * set this field to `true` .
     */
    Optional<Expr> cloudFrontDefaultCertificate();

    /**
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see [Unsupported features for SaaS Manager
     * for Amazon
     * CloudFront](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas)
     * in the *Amazon CloudFront Developer Guide* . &gt; In CloudFormation, this field name is
     * `IamCertificateId` . Note the different capitalization.
     */
    Optional<Expr> iamCertificateId();

    /**
     * If the distribution uses `Aliases` (alternate domain names or CNAMEs), specify the security
     * policy that you want CloudFront to use for HTTPS connections with viewers. The security
     * policy determines two settings:
     */
    Optional<Expr> minimumProtocolVersion();

    /**
     * &gt; In CloudFormation, this field name is `SslSupportMethod` . Note the different
     * capitalization.
     */
    Optional<Expr> sslSupportMethod();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AcmCertificateArn", acmCertificateArn())
          .put("CloudFrontDefaultCertificate", cloudFrontDefaultCertificate())
          .put("IamCertificateId", iamCertificateId())
          .put("MinimumProtocolVersion", minimumProtocolVersion())
          .put("SslSupportMethod", sslSupportMethod())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ViewerCertificate}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.ViewerCertificate.Builder {

      public Builder acmCertificateArn(String value) {
        acmCertificateArn(Expr.of(value));
        return this;
      }

      public Builder cloudFrontDefaultCertificate(boolean value) {
        cloudFrontDefaultCertificate(Expr.of(value));
        return this;
      }

      public Builder iamCertificateId(String value) {
        iamCertificateId(Expr.of(value));
        return this;
      }

      public Builder minimumProtocolVersion(String value) {
        minimumProtocolVersion(Expr.of(value));
        return this;
      }

      public Builder sslSupportMethod(String value) {
        sslSupportMethod(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.ViewerMtlsConfig}: A viewer mTLS configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-viewermtlsconfig.html">AWS::CloudFront::Distribution.ViewerMtlsConfig</a>
   */
  @Value.Immutable
  interface ViewerMtlsConfig extends PropertyValue {

    /** The viewer mTLS mode. */
    Optional<Expr> mode();

    /** The trust store configuration associated with the viewer mTLS configuration. */
    Optional<Expr> trustStoreConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Mode", mode())
          .put("TrustStoreConfig", trustStoreConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ViewerMtlsConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.ViewerMtlsConfig.Builder {

      public Builder mode(String value) {
        mode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Distribution.VpcOriginConfig}: An Amazon CloudFront VPC origin
   * configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distribution-vpcoriginconfig.html">AWS::CloudFront::Distribution.VpcOriginConfig</a>
   */
  @Value.Immutable
  interface VpcOriginConfig extends PropertyValue {

    /**
     * Specifies how long, in seconds, CloudFront persists its connection to the origin. The minimum
     * timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify
     * otherwise) is 5 seconds.
     */
    Optional<Expr> originKeepaliveTimeout();

    /**
     * Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also
     * known as the *origin response timeout* . The minimum timeout is 1 second, the maximum is 120
     * seconds, and the default (if you don't specify otherwise) is 30 seconds.
     */
    Optional<Expr> originReadTimeout();

    /** The account ID of the AWS account that owns the VPC origin. */
    Optional<Expr> ownerAccountId();

    /** Required. The VPC origin ID. */
    Expr vpcOriginId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OriginKeepaliveTimeout", originKeepaliveTimeout())
          .put("OriginReadTimeout", originReadTimeout())
          .put("OwnerAccountId", ownerAccountId())
          .put("VpcOriginId", vpcOriginId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VpcOriginConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistribution.VpcOriginConfig.Builder {

      public Builder originKeepaliveTimeout(long value) {
        originKeepaliveTimeout(Expr.of(value));
        return this;
      }

      public Builder originReadTimeout(long value) {
        originReadTimeout(Expr.of(value));
        return this;
      }

      public Builder ownerAccountId(String value) {
        ownerAccountId(Expr.of(value));
        return this;
      }

      public Builder vpcOriginId(String value) {
        vpcOriginId(Expr.of(value));
        return this;
      }
    }
  }
}
