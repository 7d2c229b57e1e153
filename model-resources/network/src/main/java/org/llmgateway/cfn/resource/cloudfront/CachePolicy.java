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
 * {@code AWS::CloudFront::CachePolicy}: A cache policy.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-cachepolicy.html">AWS::CloudFront::CachePolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CachePolicy extends Resource {

  String TYPE = "AWS::CloudFront::CachePolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The cache policy configuration. */
  Expr cachePolicyConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CachePolicyConfig", cachePolicyConfig())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Id} attribute: The unique identifier for the cache policy. For example:
   * `2766f7b2-75c5-41c6-8f06-bf4303a2f2f5` .
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LastModifiedTime} attribute: The date and time when the cache policy was last
   * modified.
   */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CachePolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCachePolicy.Builder {
  }

  /**
   * {@code AWS::CloudFront::CachePolicy.CachePolicyConfig}: A cache policy configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-cachepolicy-cachepolicyconfig.html">AWS::CloudFront::CachePolicy.CachePolicyConfig</a>
   */
  @Value.Immutable
  interface CachePolicyConfig extends PropertyValue {

    /** A comment to describe the cache policy. The comment cannot be longer than 128 characters. */
    Optional<Expr> comment();

    /**
     * Required. The default amount of time, in seconds, that you want objects to stay in the
     * CloudFront cache before CloudFront sends another request to the origin to see if the object
     * has been updated. CloudFront uses this value as the object's time to live (TTL) only when the
     * origin does *not* send `Cache-Control` or `Expires` headers with the object. For more
     * information, see [Managing How Long Content Stays in an Edge Cache
     * (Expiration)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Expr defaultTTL();

    /**
     * Required. The maximum amount of time, in seconds, that objects stay in the CloudFront cache
     * before CloudFront sends another request to the origin to see if the object has been updated.
     * CloudFront uses this value only when the origin sends `Cache-Control` or `Expires` headers
     * with the object. For more information, see [Managing How Long Content Stays in an Edge Cache
     * (Expiration)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Expr maxTTL();

    /**
     * Required. The minimum amount of time, in seconds, that you want objects to stay in the
     * CloudFront cache before CloudFront sends another request to the origin to see if the object
     * has been updated. For more information, see [Managing How Long Content Stays in an Edge Cache
     * (Expiration)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Expr minTTL();

    /** Required. A unique name to identify the cache policy. */
    Expr name();

    /**
     * Required. The HTTP headers, cookies, and URL query strings to include in the cache key. The
     * values included in the cache key are also included in requests that CloudFront sends to the
     * origin.
     */
    Expr parametersInCacheKeyAndForwardedToOrigin();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Comment", comment())
          .put("DefaultTTL", defaultTTL())
          .put("MaxTTL", maxTTL())
          .put("MinTTL", minTTL())
          .put("Name", name())
          .put("ParametersInCacheKeyAndForwardedToOrigin", parametersInCacheKeyAndForwardedToOrigin())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CachePolicyConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCachePolicy.CachePolicyConfig.Builder {

      public Builder comment(String value) {
        comment(Expr.of(value));
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

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::CachePolicy.CookiesConfig}: An object that determines whether any
   * cookies in viewer requests (and if so, which cookies) are included in the cache key and in
   * requests that CloudFront sends to the origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-cachepolicy-cookiesconfig.html">AWS::CloudFront::CachePolicy.CookiesConfig</a>
   */
  @Value.Immutable
  interface CookiesConfig extends PropertyValue {

    /**
     * Required. Determines whether any cookies in viewer requests are included in the cache key and
     * in requests that CloudFront sends to the origin. Valid values are:
     */
    Expr cookieBehavior();

    /** Contains a list of cookie names. */
    Optional<Expr> cookies();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CookieBehavior", cookieBehavior())
          .put("Cookies", cookies())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CookiesConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCachePolicy.CookiesConfig.Builder {

      public Builder cookieBehavior(String value) {
        cookieBehavior(Expr.of(value));
        return this;
      }

      public Builder cookies(List<? extends Expr> values) {
        cookies(Expr.list(values));
        return this;
      }

      public Builder cookies(String... values) {
        cookies(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::CachePolicy.HeadersConfig}: An object that determines whether any HTTP
   * headers (and if so, which headers) are included in the cache key and in requests that
   * CloudFront sends to the origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-cachepolicy-headersconfig.html">AWS::CloudFront::CachePolicy.HeadersConfig</a>
   */
  @Value.Immutable
  interface HeadersConfig extends PropertyValue {

    /**
     * Required. Determines whether any HTTP headers are included in the cache key and in requests
     * that CloudFront sends to the origin. Valid values are:
     */
    Expr headerBehavior();

    /** Contains a list of HTTP header names. */
    Optional<Expr> headers();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HeaderBehavior", headerBehavior())
          .put("Headers", headers())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HeadersConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCachePolicy.HeadersConfig.Builder {

      public Builder headerBehavior(String value) {
        headerBehavior(Expr.of(value));
        return this;
      }

      public Builder headers(List<? extends Expr> values) {
        headers(Expr.list(values));
        return this;
      }

      public Builder headers(String... values) {
        headers(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::CachePolicy.ParametersInCacheKeyAndForwardedToOrigin}: This object
   * determines the values that CloudFront includes in the cache key. These values can include HTTP
   * headers, cookies, and URL query strings. CloudFront uses the cache key to find an object in its
   * cache that it can return to the viewer.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-cachepolicy-parametersincachekeyandforwardedtoorigin.html">AWS::CloudFront::CachePolicy.ParametersInCacheKeyAndForwardedToOrigin</a>
   */
  @Value.Immutable
  interface ParametersInCacheKeyAndForwardedToOrigin extends PropertyValue {

    /**
     * Required. An object that determines whether any cookies in viewer requests (and if so, which
     * cookies) are included in the cache key and in requests that CloudFront sends to the origin.
     */
    Expr cookiesConfig();

    /**
     * A flag that can affect whether the `Accept-Encoding` HTTP header is included in the cache key
     * and included in requests that CloudFront sends to the origin.
     */
    Optional<Expr> enableAcceptEncodingBrotli();

    /**
     * Required. A flag that can affect whether the `Accept-Encoding` HTTP header is included in the
     * cache key and included in requests that CloudFront sends to the origin.
     */
    Expr enableAcceptEncodingGzip();

    /**
     * Required. An object that determines whether any HTTP headers (and if so, which headers) are
     * included in the cache key and in requests that CloudFront sends to the origin.
     */
    Expr headersConfig();

    /**
     * Required. An object that determines whether any URL query strings in viewer requests (and if
     * so, which query strings) are included in the cache key and in requests that CloudFront sends
     * to the origin.
     */
    Expr queryStringsConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CookiesConfig", cookiesConfig())
          .put("EnableAcceptEncodingBrotli", enableAcceptEncodingBrotli())
          .put("EnableAcceptEncodingGzip", enableAcceptEncodingGzip())
          .put("HeadersConfig", headersConfig())
          .put("QueryStringsConfig", queryStringsConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ParametersInCacheKeyAndForwardedToOrigin}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCachePolicy.ParametersInCacheKeyAndForwardedToOrigin.Builder {

      public Builder enableAcceptEncodingBrotli(boolean value) {
        enableAcceptEncodingBrotli(Expr.of(value));
        return this;
      }

      public Builder enableAcceptEncodingGzip(boolean value) {
        enableAcceptEncodingGzip(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::CachePolicy.QueryStringsConfig}: An object that determines whether any
   * URL query strings in viewer requests (and if so, which query strings) are included in the cache
   * key and in requests that CloudFront sends to the origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-cachepolicy-querystringsconfig.html">AWS::CloudFront::CachePolicy.QueryStringsConfig</a>
   */
  @Value.Immutable
  interface QueryStringsConfig extends PropertyValue {

    /**
     * Required. Determines whether any URL query strings in viewer requests are included in the
     * cache key and in requests that CloudFront sends to the origin. Valid values are:
     */
    Expr queryStringBehavior();

    /** Contains a list of query string names. */
    Optional<Expr> queryStrings();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("QueryStringBehavior", queryStringBehavior())
          .put("QueryStrings", queryStrings())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link QueryStringsConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCachePolicy.QueryStringsConfig.Builder {

      public Builder queryStringBehavior(String value) {
        queryStringBehavior(Expr.of(value));
        return this;
      }

      public Builder queryStrings(List<? extends Expr> values) {
        queryStrings(Expr.list(values));
        return this;
      }

      public Builder queryStrings(String... values) {
        queryStrings(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
