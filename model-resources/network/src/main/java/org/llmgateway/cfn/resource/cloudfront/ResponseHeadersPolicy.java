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
 * {@code AWS::CloudFront::ResponseHeadersPolicy}: A response headers policy.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-responseheaderspolicy.html">AWS::CloudFront::ResponseHeadersPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResponseHeadersPolicy extends Resource {

  String TYPE = "AWS::CloudFront::ResponseHeadersPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. A response headers policy configuration. */
  Expr responseHeadersPolicyConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ResponseHeadersPolicyConfig", responseHeadersPolicyConfig())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Id} attribute: The unique identifier for the response headers policy. For example:
   * `57f99797-3b20-4e1b-a728-27972a74082a` .
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LastModifiedTime} attribute: The date and time when the response headers policy was
   * last modified.
   */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResponseHeadersPolicy}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableResponseHeadersPolicy.Builder {
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowHeaders}: A list of HTTP header
   * names that CloudFront includes as values for the `Access-Control-Allow-Headers` HTTP response
   * header.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-accesscontrolallowheaders.html">AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowHeaders</a>
   */
  @Value.Immutable
  interface AccessControlAllowHeaders extends PropertyValue {

    /** Required. The list of HTTP header names. You can specify `*` to allow all headers. */
    Expr items();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AccessControlAllowHeaders}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.AccessControlAllowHeaders.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }

      public Builder items(String... values) {
        items(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowMethods}: A list of HTTP
   * methods that CloudFront includes as values for the `Access-Control-Allow-Methods` HTTP response
   * header.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-accesscontrolallowmethods.html">AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowMethods</a>
   */
  @Value.Immutable
  interface AccessControlAllowMethods extends PropertyValue {

    /** Required. The list of HTTP methods. Valid values are: */
    Expr items();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AccessControlAllowMethods}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.AccessControlAllowMethods.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }

      public Builder items(String... values) {
        items(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowOrigins}: A list of origins
   * (domain names) that CloudFront can use as the value for the `Access-Control-Allow-Origin` HTTP
   * response header.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-accesscontrolalloworigins.html">AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowOrigins</a>
   */
  @Value.Immutable
  interface AccessControlAllowOrigins extends PropertyValue {

    /** Required. The list of origins (domain names). You can specify `*` to allow all origins. */
    Expr items();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AccessControlAllowOrigins}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.AccessControlAllowOrigins.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }

      public Builder items(String... values) {
        items(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.AccessControlExposeHeaders}: A list of HTTP
   * headers that CloudFront includes as values for the `Access-Control-Expose-Headers` HTTP
   * response header.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-accesscontrolexposeheaders.html">AWS::CloudFront::ResponseHeadersPolicy.AccessControlExposeHeaders</a>
   */
  @Value.Immutable
  interface AccessControlExposeHeaders extends PropertyValue {

    /** Required. The list of HTTP headers. You can specify `*` to expose all headers. */
    Expr items();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AccessControlExposeHeaders}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.AccessControlExposeHeaders.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }

      public Builder items(String... values) {
        items(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.ContentSecurityPolicy}: The policy directives and
   * their values that CloudFront includes as values for the `Content-Security-Policy` HTTP response
   * header.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-contentsecuritypolicy.html">AWS::CloudFront::ResponseHeadersPolicy.ContentSecurityPolicy</a>
   */
  @Value.Immutable
  interface ContentSecurityPolicy extends PropertyValue {

    /**
     * Required. The policy directives and their values that CloudFront includes as values for the
     * `Content-Security-Policy` HTTP response header.
     */
    Expr contentSecurityPolicy();

    /**
     * Required. A Boolean that determines whether CloudFront overrides the
     * `Content-Security-Policy` HTTP response header received from the origin with the one
     * specified in this response headers policy.
     */
    Expr override();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContentSecurityPolicy", contentSecurityPolicy())
          .put("Override", override())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ContentSecurityPolicy}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.ContentSecurityPolicy.Builder {

      public Builder contentSecurityPolicy(String value) {
        contentSecurityPolicy(Expr.of(value));
        return this;
      }

      public Builder override(boolean value) {
        override(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.ContentTypeOptions}: Determines whether
   * CloudFront includes the `X-Content-Type-Options` HTTP response header with its value set to
   * `nosniff` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-contenttypeoptions.html">AWS::CloudFront::ResponseHeadersPolicy.ContentTypeOptions</a>
   */
  @Value.Immutable
  interface ContentTypeOptions extends PropertyValue {

    /**
     * Required. A Boolean that determines whether CloudFront overrides the `X-Content-Type-Options`
     * HTTP response header received from the origin with the one specified in this response headers
     * policy.
     */
    Expr override();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Override", override())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ContentTypeOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResponseHeadersPolicy.ContentTypeOptions.Builder {

      public Builder override(boolean value) {
        override(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.CorsConfig}: A configuration for a set of HTTP
   * response headers that are used for cross-origin resource sharing (CORS). CloudFront adds these
   * headers to HTTP responses that it sends for CORS requests that match a cache behavior
   * associated with this response headers policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-corsconfig.html">AWS::CloudFront::ResponseHeadersPolicy.CorsConfig</a>
   */
  @Value.Immutable
  interface CorsConfig extends PropertyValue {

    /**
     * Required. A Boolean that CloudFront uses as the value for the
     * `Access-Control-Allow-Credentials` HTTP response header.
     */
    Expr accessControlAllowCredentials();

    /**
     * Required. A list of HTTP header names that CloudFront includes as values for the
     * `Access-Control-Allow-Headers` HTTP response header.
     */
    Expr accessControlAllowHeaders();

    /**
     * Required. A list of HTTP methods that CloudFront includes as values for the
     * `Access-Control-Allow-Methods` HTTP response header.
     */
    Expr accessControlAllowMethods();

    /**
     * Required. A list of origins (domain names) that CloudFront can use as the value for the
     * `Access-Control-Allow-Origin` HTTP response header.
     */
    Expr accessControlAllowOrigins();

    /**
     * A list of HTTP headers that CloudFront includes as values for the
     * `Access-Control-Expose-Headers` HTTP response header.
     */
    Optional<Expr> accessControlExposeHeaders();

    /**
     * A number that CloudFront uses as the value for the `Access-Control-Max-Age` HTTP response
     * header.
     */
    Optional<Expr> accessControlMaxAgeSec();

    /**
     * Required. A Boolean that determines whether CloudFront overrides HTTP response headers
     * received from the origin with the ones specified in this response headers policy.
     */
    Expr originOverride();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessControlAllowCredentials", accessControlAllowCredentials())
          .put("AccessControlAllowHeaders", accessControlAllowHeaders())
          .put("AccessControlAllowMethods", accessControlAllowMethods())
          .put("AccessControlAllowOrigins", accessControlAllowOrigins())
          .put("AccessControlExposeHeaders", accessControlExposeHeaders())
          .put("AccessControlMaxAgeSec", accessControlMaxAgeSec())
          .put("OriginOverride", originOverride())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CorsConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResponseHeadersPolicy.CorsConfig.Builder {

      public Builder accessControlAllowCredentials(boolean value) {
        accessControlAllowCredentials(Expr.of(value));
        return this;
      }

      public Builder accessControlMaxAgeSec(long value) {
        accessControlMaxAgeSec(Expr.of(value));
        return this;
      }

      public Builder originOverride(boolean value) {
        originOverride(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.CustomHeader}: An HTTP response header name and
   * its value. CloudFront includes this header in HTTP responses that it sends for requests that
   * match a cache behavior that's associated with this response headers policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-customheader.html">AWS::CloudFront::ResponseHeadersPolicy.CustomHeader</a>
   */
  @Value.Immutable
  interface CustomHeader extends PropertyValue {

    /** Required. The HTTP response header name. */
    Expr header();

    /**
     * Required. A Boolean that determines whether CloudFront overrides a response header with the
     * same name received from the origin with the header specified here.
     */
    Expr override();

    /** Required. The value for the HTTP response header. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Header", header())
          .put("Override", override())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CustomHeader}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResponseHeadersPolicy.CustomHeader.Builder {

      public Builder header(String value) {
        header(Expr.of(value));
        return this;
      }

      public Builder override(boolean value) {
        override(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.CustomHeadersConfig}: A list of HTTP response
   * header names and their values. CloudFront includes these headers in HTTP responses that it
   * sends for requests that match a cache behavior that's associated with this response headers
   * policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-customheadersconfig.html">AWS::CloudFront::ResponseHeadersPolicy.CustomHeadersConfig</a>
   */
  @Value.Immutable
  interface CustomHeadersConfig extends PropertyValue {

    /** Required. The list of HTTP response headers and their values. */
    Expr items();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CustomHeadersConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.CustomHeadersConfig.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.FrameOptions}: Determines whether CloudFront
   * includes the `X-Frame-Options` HTTP response header and the header's value.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-frameoptions.html">AWS::CloudFront::ResponseHeadersPolicy.FrameOptions</a>
   */
  @Value.Immutable
  interface FrameOptions extends PropertyValue {

    /**
     * Required. The value of the `X-Frame-Options` HTTP response header. Valid values are `DENY`
     * and `SAMEORIGIN` .
     */
    Expr frameOption();

    /**
     * Required. A Boolean that determines whether CloudFront overrides the `X-Frame-Options` HTTP
     * response header received from the origin with the one specified in this response headers
     * policy.
     */
    Expr override();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FrameOption", frameOption())
          .put("Override", override())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FrameOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResponseHeadersPolicy.FrameOptions.Builder {

      public Builder frameOption(String value) {
        frameOption(Expr.of(value));
        return this;
      }

      public Builder override(boolean value) {
        override(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.ReferrerPolicy}: Determines whether CloudFront
   * includes the `Referrer-Policy` HTTP response header and the header's value.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-referrerpolicy.html">AWS::CloudFront::ResponseHeadersPolicy.ReferrerPolicy</a>
   */
  @Value.Immutable
  interface ReferrerPolicy extends PropertyValue {

    /**
     * Required. A Boolean that determines whether CloudFront overrides the `Referrer-Policy` HTTP
     * response header received from the origin with the one specified in this response headers
     * policy.
     */
    Expr override();

    /** Required. The value of the `Referrer-Policy` HTTP response header. Valid values are: */
    Expr referrerPolicy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Override", override())
          .put("ReferrerPolicy", referrerPolicy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReferrerPolicy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResponseHeadersPolicy.ReferrerPolicy.Builder {

      public Builder override(boolean value) {
        override(Expr.of(value));
        return this;
      }

      public Builder referrerPolicy(String value) {
        referrerPolicy(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.RemoveHeader}: The name of an HTTP header that
   * CloudFront removes from HTTP responses to requests that match the cache behavior that this
   * response headers policy is attached to.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-removeheader.html">AWS::CloudFront::ResponseHeadersPolicy.RemoveHeader</a>
   */
  @Value.Immutable
  interface RemoveHeader extends PropertyValue {

    /** Required. The HTTP header name. */
    Expr header();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Header", header())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RemoveHeader}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResponseHeadersPolicy.RemoveHeader.Builder {

      public Builder header(String value) {
        header(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.RemoveHeadersConfig}: A list of HTTP header names
   * that CloudFront removes from HTTP responses to requests that match the cache behavior that this
   * response headers policy is attached to.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-removeheadersconfig.html">AWS::CloudFront::ResponseHeadersPolicy.RemoveHeadersConfig</a>
   */
  @Value.Immutable
  interface RemoveHeadersConfig extends PropertyValue {

    /** Required. The list of HTTP header names. */
    Expr items();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RemoveHeadersConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.RemoveHeadersConfig.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.ResponseHeadersPolicyConfig}: A response headers
   * policy configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-responseheaderspolicyconfig.html">AWS::CloudFront::ResponseHeadersPolicy.ResponseHeadersPolicyConfig</a>
   */
  @Value.Immutable
  interface ResponseHeadersPolicyConfig extends PropertyValue {

    /** A comment to describe the response headers policy. */
    Optional<Expr> comment();

    /**
     * A configuration for a set of HTTP response headers that are used for cross-origin resource
     * sharing (CORS).
     */
    Optional<Expr> corsConfig();

    /** A configuration for a set of custom HTTP response headers. */
    Optional<Expr> customHeadersConfig();

    /** Required. A name to identify the response headers policy. */
    Expr name();

    /** A configuration for a set of HTTP headers to remove from the HTTP response. */
    Optional<Expr> removeHeadersConfig();

    /** A configuration for a set of security-related HTTP response headers. */
    Optional<Expr> securityHeadersConfig();

    /**
     * A configuration for enabling the `Server-Timing` header in HTTP responses sent from
     * CloudFront.
     */
    Optional<Expr> serverTimingHeadersConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Comment", comment())
          .put("CorsConfig", corsConfig())
          .put("CustomHeadersConfig", customHeadersConfig())
          .put("Name", name())
          .put("RemoveHeadersConfig", removeHeadersConfig())
          .put("SecurityHeadersConfig", securityHeadersConfig())
          .put("ServerTimingHeadersConfig", serverTimingHeadersConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ResponseHeadersPolicyConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.ResponseHeadersPolicyConfig.Builder {

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.SecurityHeadersConfig}: A configuration for a set
   * of security-related HTTP response headers. CloudFront adds these headers to HTTP responses that
   * it sends for requests that match a cache behavior associated with this response headers policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-securityheadersconfig.html">AWS::CloudFront::ResponseHeadersPolicy.SecurityHeadersConfig</a>
   */
  @Value.Immutable
  interface SecurityHeadersConfig extends PropertyValue {

    /**
     * The policy directives and their values that CloudFront includes as values for the
     * `Content-Security-Policy` HTTP response header.
     */
    Optional<Expr> contentSecurityPolicy();

    /**
     * Determines whether CloudFront includes the `X-Content-Type-Options` HTTP response header with
     * its value set to `nosniff` .
     */
    Optional<Expr> contentTypeOptions();

    /**
     * Determines whether CloudFront includes the `X-Frame-Options` HTTP response header and the
     * header's value.
     */
    Optional<Expr> frameOptions();

    /**
     * Determines whether CloudFront includes the `Referrer-Policy` HTTP response header and the
     * header's value.
     */
    Optional<Expr> referrerPolicy();

    /**
     * Determines whether CloudFront includes the `Strict-Transport-Security` HTTP response header
     * and the header's value.
     */
    Optional<Expr> strictTransportSecurity();

    /**
     * Determines whether CloudFront includes the `X-XSS-Protection` HTTP response header and the
     * header's value.
     */
    Optional<Expr> xssProtection();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContentSecurityPolicy", contentSecurityPolicy())
          .put("ContentTypeOptions", contentTypeOptions())
          .put("FrameOptions", frameOptions())
          .put("ReferrerPolicy", referrerPolicy())
          .put("StrictTransportSecurity", strictTransportSecurity())
          .put("XSSProtection", xssProtection())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SecurityHeadersConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.SecurityHeadersConfig.Builder {
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.ServerTimingHeadersConfig}: A configuration for
   * enabling the `Server-Timing` header in HTTP responses sent from CloudFront.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-servertimingheadersconfig.html">AWS::CloudFront::ResponseHeadersPolicy.ServerTimingHeadersConfig</a>
   */
  @Value.Immutable
  interface ServerTimingHeadersConfig extends PropertyValue {

    /**
     * Required. A Boolean that determines whether CloudFront adds the `Server-Timing` header to
     * HTTP responses that it sends in response to requests that match a cache behavior that's
     * associated with this response headers policy.
     */
    Expr enabled();

    /**
     * A number 0–100 (inclusive) that specifies the percentage of responses that you want
     * CloudFront to add the `Server-Timing` header to. When you set the sampling rate to 100,
     * CloudFront adds the `Server-Timing` header to the HTTP response for every request that
     * matches the cache behavior that this response headers policy is attached to. When you set it
     * to 50, CloudFront adds the header to 50% of the responses for requests that match the cache
     * behavior. You can set the sampling rate to any number 0–100 with up to four decimal places.
     */
    Optional<Expr> samplingRate();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .put("SamplingRate", samplingRate())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServerTimingHeadersConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.ServerTimingHeadersConfig.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder samplingRate(long value) {
        samplingRate(Expr.of(value));
        return this;
      }

      public Builder samplingRate(double value) {
        samplingRate(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.StrictTransportSecurity}: Determines whether
   * CloudFront includes the `Strict-Transport-Security` HTTP response header and the header's
   * value.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-stricttransportsecurity.html">AWS::CloudFront::ResponseHeadersPolicy.StrictTransportSecurity</a>
   */
  @Value.Immutable
  interface StrictTransportSecurity extends PropertyValue {

    /**
     * Required. A number that CloudFront uses as the value for the `max-age` directive in the
     * `Strict-Transport-Security` HTTP response header.
     */
    Expr accessControlMaxAgeSec();

    /**
     * A Boolean that determines whether CloudFront includes the `includeSubDomains` directive in
     * the `Strict-Transport-Security` HTTP response header.
     */
    Optional<Expr> includeSubdomains();

    /**
     * Required. A Boolean that determines whether CloudFront overrides the
     * `Strict-Transport-Security` HTTP response header received from the origin with the one
     * specified in this response headers policy.
     */
    Expr override();

    /**
     * A Boolean that determines whether CloudFront includes the `preload` directive in the
     * `Strict-Transport-Security` HTTP response header.
     */
    Optional<Expr> preload();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessControlMaxAgeSec", accessControlMaxAgeSec())
          .put("IncludeSubdomains", includeSubdomains())
          .put("Override", override())
          .put("Preload", preload())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StrictTransportSecurity}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableResponseHeadersPolicy.StrictTransportSecurity.Builder {

      public Builder accessControlMaxAgeSec(long value) {
        accessControlMaxAgeSec(Expr.of(value));
        return this;
      }

      public Builder includeSubdomains(boolean value) {
        includeSubdomains(Expr.of(value));
        return this;
      }

      public Builder override(boolean value) {
        override(Expr.of(value));
        return this;
      }

      public Builder preload(boolean value) {
        preload(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ResponseHeadersPolicy.XSSProtection}: Determines whether CloudFront
   * includes the `X-XSS-Protection` HTTP response header and the header's value.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-responseheaderspolicy-xssprotection.html">AWS::CloudFront::ResponseHeadersPolicy.XSSProtection</a>
   */
  @Value.Immutable
  interface XSSProtection extends PropertyValue {

    /**
     * A Boolean that determines whether CloudFront includes the `mode=block` directive in the
     * `X-XSS-Protection` header.
     */
    Optional<Expr> modeBlock();

    /**
     * Required. A Boolean that determines whether CloudFront overrides the `X-XSS-Protection` HTTP
     * response header received from the origin with the one specified in this response headers
     * policy.
     */
    Expr override();

    /**
     * Required. A Boolean that determines the value of the `X-XSS-Protection` HTTP response header.
     * When this setting is `true` , the value of the `X-XSS-Protection` header is `1` . When this
     * setting is `false` , the value of the `X-XSS-Protection` header is `0` .
     */
    Expr protection();

    /**
     * A reporting URI, which CloudFront uses as the value of the `report` directive in the
     * `X-XSS-Protection` header.
     */
    Optional<Expr> reportUri();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ModeBlock", modeBlock())
          .put("Override", override())
          .put("Protection", protection())
          .put("ReportUri", reportUri())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link XSSProtection}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResponseHeadersPolicy.XSSProtection.Builder {

      public Builder modeBlock(boolean value) {
        modeBlock(Expr.of(value));
        return this;
      }

      public Builder override(boolean value) {
        override(Expr.of(value));
        return this;
      }

      public Builder protection(boolean value) {
        protection(Expr.of(value));
        return this;
      }

      public Builder reportUri(String value) {
        reportUri(Expr.of(value));
        return this;
      }
    }
  }
}
