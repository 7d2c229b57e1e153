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
 * {@code AWS::CloudFront::ContinuousDeploymentPolicy}: Creates a continuous deployment policy that
 * routes a subset of production traffic from a primary distribution to a staging distribution.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-continuousdeploymentpolicy.html">AWS::CloudFront::ContinuousDeploymentPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ContinuousDeploymentPolicy extends Resource {

  String TYPE = "AWS::CloudFront::ContinuousDeploymentPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. Contains the configuration for a continuous deployment policy. */
  Expr continuousDeploymentPolicyConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ContinuousDeploymentPolicyConfig", continuousDeploymentPolicyConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The identifier of the cotinuous deployment policy. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LastModifiedTime} attribute: The date and time when the continuous deployment policy
   * was last modified.
   */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ContinuousDeploymentPolicy}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableContinuousDeploymentPolicy.Builder {
  }

  /**
   * {@code AWS::CloudFront::ContinuousDeploymentPolicy.ContinuousDeploymentPolicyConfig}: Contains
   * the configuration for a continuous deployment policy.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-continuousdeploymentpolicy-continuousdeploymentpolicyconfig.html">AWS::CloudFront::ContinuousDeploymentPolicy.ContinuousDeploymentPolicyConfig</a>
   */
  @Value.Immutable
  interface ContinuousDeploymentPolicyConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code Type}. */
    String TYPE_SINGLE_WEIGHT = "SingleWeight";
    String TYPE_SINGLE_HEADER = "SingleHeader";

    /**
     * Required. A Boolean that indicates whether this continuous deployment policy is enabled (in
     * effect). When this value is `true` , this policy is enabled and in effect. When this value is
     * `false` , this policy is not enabled and has no effect.
     */
    Expr enabled();

    /**
     * This configuration determines which HTTP requests are sent to the staging distribution. If
     * the HTTP request contains a header and value that matches what you specify here, the request
     * is sent to the staging distribution. Otherwise the request is sent to the primary
     * distribution.
     */
    Optional<Expr> singleHeaderPolicyConfig();

    /**
     * This configuration determines the percentage of HTTP requests that are sent to the staging
     * distribution.
     */
    Optional<Expr> singleWeightPolicyConfig();

    /**
     * Required. The CloudFront domain name of the staging distribution. For example:
     * `d111111abcdef8.cloudfront.net` .
     */
    Expr stagingDistributionDnsNames();

    /**
     * Contains the parameters for routing production traffic from your primary to staging
     * distributions.
     */
    Optional<Expr> trafficConfig();

    /** The type of traffic configuration. */
    Optional<Expr> type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .put("SingleHeaderPolicyConfig", singleHeaderPolicyConfig())
          .put("SingleWeightPolicyConfig", singleWeightPolicyConfig())
          .put("StagingDistributionDnsNames", stagingDistributionDnsNames())
          .put("TrafficConfig", trafficConfig())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ContinuousDeploymentPolicyConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableContinuousDeploymentPolicy.ContinuousDeploymentPolicyConfig.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder stagingDistributionDnsNames(List<? extends Expr> values) {
        stagingDistributionDnsNames(Expr.list(values));
        return this;
      }

      public Builder stagingDistributionDnsNames(String... values) {
        stagingDistributionDnsNames(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ContinuousDeploymentPolicy.SessionStickinessConfig}: Session stickiness
   * provides the ability to define multiple requests from a single viewer as a single session. This
   * prevents the potentially inconsistent experience of sending some of a given user's requests to
   * your staging distribution, while others are sent to your primary distribution. Define the
   * session duration using TTL values.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-continuousdeploymentpolicy-sessionstickinessconfig.html">AWS::CloudFront::ContinuousDeploymentPolicy.SessionStickinessConfig</a>
   */
  @Value.Immutable
  interface SessionStickinessConfig extends PropertyValue {

    /**
     * Required. The amount of time after which you want sessions to cease if no requests are
     * received. Allowed values are 300–3600 seconds (5–60 minutes).
     */
    Expr idleTTL();

    /**
     * Required. The maximum amount of time to consider requests from the viewer as being part of
     * the same session. Allowed values are 300–3600 seconds (5–60 minutes).
     */
    Expr maximumTTL();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IdleTTL", idleTTL())
          .put("MaximumTTL", maximumTTL())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SessionStickinessConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableContinuousDeploymentPolicy.SessionStickinessConfig.Builder {

      public Builder idleTTL(long value) {
        idleTTL(Expr.of(value));
        return this;
      }

      public Builder maximumTTL(long value) {
        maximumTTL(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderConfig}: Determines which HTTP
   * requests are sent to the staging distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-continuousdeploymentpolicy-singleheaderconfig.html">AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderConfig</a>
   */
  @Value.Immutable
  interface SingleHeaderConfig extends PropertyValue {

    /**
     * Required. The request header name that you want CloudFront to send to your staging
     * distribution. The header must contain the prefix `aws-cf-cd-` .
     */
    Expr header();

    /** Required. The request header value. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Header", header())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SingleHeaderConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableContinuousDeploymentPolicy.SingleHeaderConfig.Builder {

      public Builder header(String value) {
        header(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderPolicyConfig}: Defines a single
   * header policy for a CloudFront distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-continuousdeploymentpolicy-singleheaderpolicyconfig.html">AWS::CloudFront::ContinuousDeploymentPolicy.SingleHeaderPolicyConfig</a>
   */
  @Value.Immutable
  interface SingleHeaderPolicyConfig extends PropertyValue {

    /**
     * Required. The name of the HTTP header that CloudFront uses to configure for the single header
     * policy.
     */
    Expr header();

    /** Required. Specifies the value to assign to the header for a single header policy. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Header", header())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SingleHeaderPolicyConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableContinuousDeploymentPolicy.SingleHeaderPolicyConfig.Builder {

      public Builder header(String value) {
        header(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightConfig}: This configuration
   * determines the percentage of HTTP requests that are sent to the staging distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-continuousdeploymentpolicy-singleweightconfig.html">AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightConfig</a>
   */
  @Value.Immutable
  interface SingleWeightConfig extends PropertyValue {

    /**
     * Session stickiness provides the ability to define multiple requests from a single viewer as a
     * single session. This prevents the potentially inconsistent experience of sending some of a
     * given user's requests to your staging distribution, while others are sent to your primary
     * distribution. Define the session duration using TTL values.
     */
    Optional<Expr> sessionStickinessConfig();

    /**
     * Required. The percentage of traffic to send to a staging distribution, expressed as a decimal
     * number between 0 and 0.15. For example, a value of 0.10 means 10% of traffic is sent to the
     * staging distribution.
     */
    Expr weight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SessionStickinessConfig", sessionStickinessConfig())
          .put("Weight", weight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SingleWeightConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableContinuousDeploymentPolicy.SingleWeightConfig.Builder {

      public Builder weight(long value) {
        weight(Expr.of(value));
        return this;
      }

      public Builder weight(double value) {
        weight(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightPolicyConfig}: Configure a
   * policy that CloudFront uses to route requests to different origins or use different cache
   * settings, based on the weight assigned to each option.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-continuousdeploymentpolicy-singleweightpolicyconfig.html">AWS::CloudFront::ContinuousDeploymentPolicy.SingleWeightPolicyConfig</a>
   */
  @Value.Immutable
  interface SingleWeightPolicyConfig extends PropertyValue {

    /** Enable session stickiness for the associated origin or cache settings. */
    Optional<Expr> sessionStickinessConfig();

    /**
     * Required. The percentage of requests that CloudFront will use to send to an associated origin
     * or cache settings.
     */
    Expr weight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SessionStickinessConfig", sessionStickinessConfig())
          .put("Weight", weight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SingleWeightPolicyConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableContinuousDeploymentPolicy.SingleWeightPolicyConfig.Builder {

      public Builder weight(long value) {
        weight(Expr.of(value));
        return this;
      }

      public Builder weight(double value) {
        weight(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::ContinuousDeploymentPolicy.TrafficConfig}: The traffic configuration of
   * your continuous deployment.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-continuousdeploymentpolicy-trafficconfig.html">AWS::CloudFront::ContinuousDeploymentPolicy.TrafficConfig</a>
   */
  @Value.Immutable
  interface TrafficConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code Type}. */
    String TYPE_SINGLE_WEIGHT = "SingleWeight";
    String TYPE_SINGLE_HEADER = "SingleHeader";

    /** Determines which HTTP requests are sent to the staging distribution. */
    Optional<Expr> singleHeaderConfig();

    /** Contains the percentage of traffic to send to the staging distribution. */
    Optional<Expr> singleWeightConfig();

    /** Required. The type of traffic configuration. */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SingleHeaderConfig", singleHeaderConfig())
          .put("SingleWeightConfig", singleWeightConfig())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TrafficConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableContinuousDeploymentPolicy.TrafficConfig.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }
}
