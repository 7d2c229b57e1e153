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
 * {@code AWS::CloudFront::OriginRequestPolicy}: An origin request policy.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-originrequestpolicy.html">AWS::CloudFront::OriginRequestPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface OriginRequestPolicy extends Resource {

  String TYPE = "AWS::CloudFront::OriginRequestPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The origin request policy configuration. */
  Expr originRequestPolicyConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("OriginRequestPolicyConfig", originRequestPolicyConfig())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Id} attribute: The unique identifier for the origin request policy. For example:
   * `befd7079-9bbc-4ebf-8ade-498a3694176c` .
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LastModifiedTime} attribute: The date and time when the origin request policy was
   * last modified.
   */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OriginRequestPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableOriginRequestPolicy.Builder {
  }

  /**
   * {@code AWS::CloudFront::OriginRequestPolicy.CookiesConfig}: An object that determines whether
   * any cookies in viewer requests (and if so, which cookies) are included in requests that
   * CloudFront sends to the origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-originrequestpolicy-cookiesconfig.html">AWS::CloudFront::OriginRequestPolicy.CookiesConfig</a>
   */
  @Value.Immutable
  interface CookiesConfig extends PropertyValue {

    /**
     * Required. Determines whether cookies in viewer requests are included in requests that
     * CloudFront sends to the origin. Valid values are:
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
    final class Builder extends ImmutableOriginRequestPolicy.CookiesConfig.Builder {

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
   * {@code AWS::CloudFront::OriginRequestPolicy.HeadersConfig}: An object that determines whether
   * any HTTP headers (and if so, which headers) are included in requests that CloudFront sends to
   * the origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-originrequestpolicy-headersconfig.html">AWS::CloudFront::OriginRequestPolicy.HeadersConfig</a>
   */
  @Value.Immutable
  interface HeadersConfig extends PropertyValue {

    /**
     * Required. Determines whether any HTTP headers are included in requests that CloudFront sends
     * to the origin. Valid values are:
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
    final class Builder extends ImmutableOriginRequestPolicy.HeadersConfig.Builder {

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
   * {@code AWS::CloudFront::OriginRequestPolicy.OriginRequestPolicyConfig}: An origin request
   * policy configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-originrequestpolicy-originrequestpolicyconfig.html">AWS::CloudFront::OriginRequestPolicy.OriginRequestPolicyConfig</a>
   */
  @Value.Immutable
  interface OriginRequestPolicyConfig extends PropertyValue {

    /**
     * A comment to describe the origin request policy. The comment cannot be longer than 128
     * characters.
     */
    Optional<Expr> comment();

    /** Required. The cookies from viewer requests to include in origin requests. */
    Expr cookiesConfig();

    /**
     * Required. The HTTP headers to include in origin requests. These can include headers from
     * viewer requests and additional headers added by CloudFront.
     */
    Expr headersConfig();

    /** Required. A unique name to identify the origin request policy. */
    Expr name();

    /** Required. The URL query strings from viewer requests to include in origin requests. */
    Expr queryStringsConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Comment", comment())
          .put("CookiesConfig", cookiesConfig())
          .put("HeadersConfig", headersConfig())
          .put("Name", name())
          .put("QueryStringsConfig", queryStringsConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link OriginRequestPolicyConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableOriginRequestPolicy.OriginRequestPolicyConfig.Builder {

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
   * {@code AWS::CloudFront::OriginRequestPolicy.QueryStringsConfig}: An object that determines
   * whether any URL query strings in viewer requests (and if so, which query strings) are included
   * in requests that CloudFront sends to the origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-originrequestpolicy-querystringsconfig.html">AWS::CloudFront::OriginRequestPolicy.QueryStringsConfig</a>
   */
  @Value.Immutable
  interface QueryStringsConfig extends PropertyValue {

    /**
     * Required. Determines whether any URL query strings in viewer requests are included in
     * requests that CloudFront sends to the origin. Valid values are:
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
    final class Builder extends ImmutableOriginRequestPolicy.QueryStringsConfig.Builder {

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
