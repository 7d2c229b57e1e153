// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.elasticloadbalancingv2;

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
 * {@code AWS::ElasticLoadBalancingV2::ListenerRule}: Specifies a listener rule. The listener must
 * be associated with an Application Load Balancer. Each rule consists of a priority, one or more
 * actions, and one or more conditions.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listenerrule.html">AWS::ElasticLoadBalancingV2::ListenerRule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ListenerRule extends Resource {

  String TYPE = "AWS::ElasticLoadBalancingV2::ListenerRule";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The actions. */
  Expr actions();

  /** Required. The conditions. */
  Expr conditions();

  /** The Amazon Resource Name (ARN) of the listener. */
  Optional<Expr> listenerArn();

  /** Required. The rule priority. A listener can't have multiple rules with the same priority. */
  Expr priority();

  /** {@code Tags}. */
  Optional<Expr> tags();

  /** {@code Transforms}. */
  Optional<Expr> transforms();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Actions", actions())
        .put("Conditions", conditions())
        .put("ListenerArn", listenerArn())
        .put("Priority", priority())
        .put("Tags", tags())
        .put("Transforms", transforms())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code IsDefault} attribute: Indicates whether this is the default rule. */
  default GetAtt attrIsDefault() {
    return getAtt("IsDefault");
  }

  /** The {@code RuleArn} attribute: The Amazon Resource Name (ARN) of the rule. */
  default GetAtt attrRuleArn() {
    return getAtt("RuleArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListenerRule}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableListenerRule.Builder {

    public Builder actions(List<? extends Expr> values) {
      actions(Expr.list(values));
      return this;
    }

    public Builder conditions(List<? extends Expr> values) {
      conditions(Expr.list(values));
      return this;
    }

    public Builder listenerArn(String value) {
      listenerArn(Expr.of(value));
      return this;
    }

    public Builder priority(long value) {
      priority(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transforms(List<? extends Expr> values) {
      transforms(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.Action}: Specifies an action for a listener
   * rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-action.html">AWS::ElasticLoadBalancingV2::ListenerRule.Action</a>
   */
  @Value.Immutable
  interface Action extends PropertyValue {

    /**
     * [HTTPS listeners] Information for using Amazon Cognito to authenticate users. Specify only
     * when `Type` is `authenticate-cognito` .
     */
    Optional<Expr> authenticateCognitoConfig();

    /**
     * [HTTPS listeners] Information about an identity provider that is compliant with OpenID
     * Connect (OIDC). Specify only when `Type` is `authenticate-oidc` .
     */
    Optional<Expr> authenticateOidcConfig();

    /**
     * [Application Load Balancer] Information for creating an action that returns a custom HTTP
     * response. Specify only when `Type` is `fixed-response` .
     */
    Optional<Expr> fixedResponseConfig();

    /**
     * Information for creating an action that distributes requests among multiple target groups.
     * Specify only when `Type` is `forward` .
     */
    Optional<Expr> forwardConfig();

    /**
     * [HTTPS listeners] Information for validating JWT access tokens in client requests. Specify
     * only when `Type` is `jwt-validation` .
     */
    Optional<Expr> jwtValidationConfig();

    /**
     * The order for the action. This value is required for rules with multiple actions. The action
     * with the lowest value for order is performed first.
     */
    Optional<Expr> order();

    /**
     * [Application Load Balancer] Information for creating a redirect action. Specify only when
     * `Type` is `redirect` .
     */
    Optional<Expr> redirectConfig();

    /**
     * The Amazon Resource Name (ARN) of the target group. Specify only when `Type` is `forward` and
     * you want to route to a single target group. To route to multiple target groups, you must use
     * `ForwardConfig` instead.
     */
    Optional<Expr> targetGroupArn();

    /** Required. The type of action. */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthenticateCognitoConfig", authenticateCognitoConfig())
          .put("AuthenticateOidcConfig", authenticateOidcConfig())
          .put("FixedResponseConfig", fixedResponseConfig())
          .put("ForwardConfig", forwardConfig())
          .put("JwtValidationConfig", jwtValidationConfig())
          .put("Order", order())
          .put("RedirectConfig", redirectConfig())
          .put("TargetGroupArn", targetGroupArn())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Action}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.Action.Builder {

      public Builder order(long value) {
        order(Expr.of(value));
        return this;
      }

      public Builder targetGroupArn(String value) {
        targetGroupArn(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateCognitoConfig}: Specifies
   * information required when integrating with Amazon Cognito to authenticate users.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-authenticatecognitoconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateCognitoConfig</a>
   */
  @Value.Immutable
  interface AuthenticateCognitoConfig extends PropertyValue {

    /**
     * The query parameters (up to 10) to include in the redirect request to the authorization
     * endpoint.
     */
    Optional<Expr> authenticationRequestExtraParams();

    /** The behavior if the user is not authenticated. The following are possible values: */
    Optional<Expr> onUnauthenticatedRequest();

    /** The set of user claims to be requested from the IdP. The default is `openid` . */
    Optional<Expr> scope();

    /**
     * The name of the cookie used to maintain session information. The default is
     * AWSELBAuthSessionCookie.
     */
    Optional<Expr> sessionCookieName();

    /**
     * The maximum duration of the authentication session, in seconds. The default is 604800 seconds
     * (7 days).
     */
    Optional<Expr> sessionTimeout();

    /** Required. The Amazon Resource Name (ARN) of the Amazon Cognito user pool. */
    Expr userPoolArn();

    /** Required. The ID of the Amazon Cognito user pool client. */
    Expr userPoolClientId();

    /**
     * Required. The domain prefix or fully-qualified domain name of the Amazon Cognito user pool.
     */
    Expr userPoolDomain();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthenticationRequestExtraParams", authenticationRequestExtraParams())
          .put("OnUnauthenticatedRequest", onUnauthenticatedRequest())
          .put("Scope", scope())
          .put("SessionCookieName", sessionCookieName())
          .put("SessionTimeout", sessionTimeout())
          .put("UserPoolArn", userPoolArn())
          .put("UserPoolClientId", userPoolClientId())
          .put("UserPoolDomain", userPoolDomain())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AuthenticateCognitoConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableListenerRule.AuthenticateCognitoConfig.Builder {

      public Builder authenticationRequestExtraParams(Map<String, ? extends Expr> entries) {
        authenticationRequestExtraParams(Expr.map(entries));
        return this;
      }

      public Builder onUnauthenticatedRequest(String value) {
        onUnauthenticatedRequest(Expr.of(value));
        return this;
      }

      public Builder scope(String value) {
        scope(Expr.of(value));
        return this;
      }

      public Builder sessionCookieName(String value) {
        sessionCookieName(Expr.of(value));
        return this;
      }

      public Builder sessionTimeout(long value) {
        sessionTimeout(Expr.of(value));
        return this;
      }

      public Builder userPoolArn(String value) {
        userPoolArn(Expr.of(value));
        return this;
      }

      public Builder userPoolClientId(String value) {
        userPoolClientId(Expr.of(value));
        return this;
      }

      public Builder userPoolDomain(String value) {
        userPoolDomain(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateOidcConfig}: Specifies information
   * required using an identity provide (IdP) that is compliant with OpenID Connect (OIDC) to
   * authenticate users.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-authenticateoidcconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.AuthenticateOidcConfig</a>
   */
  @Value.Immutable
  interface AuthenticateOidcConfig extends PropertyValue {

    /**
     * The query parameters (up to 10) to include in the redirect request to the authorization
     * endpoint.
     */
    Optional<Expr> authenticationRequestExtraParams();

    /**
     * Required. The authorization endpoint of the IdP. This must be a full URL, including the HTTPS
     * protocol, the domain, and the path.
     */
    Expr authorizationEndpoint();

    /** Required. The OAuth 2.0 client identifier. */
    Expr clientId();

    /**
     * The OAuth 2.0 client secret. This parameter is required if you are creating a rule. If you
     * are modifying a rule, you can omit this parameter if you set `UseExistingClientSecret` to
     * true.
     */
    Optional<Expr> clientSecret();

    /**
     * Required. The OIDC issuer identifier of the IdP. This must be a full URL, including the HTTPS
     * protocol, the domain, and the path.
     */
    Expr issuer();

    /** The behavior if the user is not authenticated. The following are possible values: */
    Optional<Expr> onUnauthenticatedRequest();

    /** The set of user claims to be requested from the IdP. The default is `openid` . */
    Optional<Expr> scope();

    /**
     * The name of the cookie used to maintain session information. The default is
     * AWSELBAuthSessionCookie.
     */
    Optional<Expr> sessionCookieName();

    /**
     * The maximum duration of the authentication session, in seconds. The default is 604800 seconds
     * (7 days).
     */
    Optional<Expr> sessionTimeout();

    /**
     * Required. The token endpoint of the IdP. This must be a full URL, including the HTTPS
     * protocol, the domain, and the path.
     */
    Expr tokenEndpoint();

    /**
     * Indicates whether to use the existing client secret when modifying a rule. If you are
     * creating a rule, you can omit this parameter or set it to false.
     */
    Optional<Expr> useExistingClientSecret();

    /**
     * Required. The user info endpoint of the IdP. This must be a full URL, including the HTTPS
     * protocol, the domain, and the path.
     */
    Expr userInfoEndpoint();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthenticationRequestExtraParams", authenticationRequestExtraParams())
          .put("AuthorizationEndpoint", authorizationEndpoint())
          .put("ClientId", clientId())
          .put("ClientSecret", clientSecret())
          .put("Issuer", issuer())
          .put("OnUnauthenticatedRequest", onUnauthenticatedRequest())
          .put("Scope", scope())
          .put("SessionCookieName", sessionCookieName())
          .put("SessionTimeout", sessionTimeout())
          .put("TokenEndpoint", tokenEndpoint())
          .put("UseExistingClientSecret", useExistingClientSecret())
          .put("UserInfoEndpoint", userInfoEndpoint())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AuthenticateOidcConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableListenerRule.AuthenticateOidcConfig.Builder {

      public Builder authenticationRequestExtraParams(Map<String, ? extends Expr> entries) {
        authenticationRequestExtraParams(Expr.map(entries));
        return this;
      }

      public Builder authorizationEndpoint(String value) {
        authorizationEndpoint(Expr.of(value));
        return this;
      }

      public Builder clientId(String value) {
        clientId(Expr.of(value));
        return this;
      }

      public Builder clientSecret(String value) {
        clientSecret(Expr.of(value));
        return this;
      }

      public Builder issuer(String value) {
        issuer(Expr.of(value));
        return this;
      }

      public Builder onUnauthenticatedRequest(String value) {
        onUnauthenticatedRequest(Expr.of(value));
        return this;
      }

      public Builder scope(String value) {
        scope(Expr.of(value));
        return this;
      }

      public Builder sessionCookieName(String value) {
        sessionCookieName(Expr.of(value));
        return this;
      }

      public Builder sessionTimeout(long value) {
        sessionTimeout(Expr.of(value));
        return this;
      }

      public Builder tokenEndpoint(String value) {
        tokenEndpoint(Expr.of(value));
        return this;
      }

      public Builder useExistingClientSecret(boolean value) {
        useExistingClientSecret(Expr.of(value));
        return this;
      }

      public Builder userInfoEndpoint(String value) {
        userInfoEndpoint(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.FixedResponseConfig}: Specifies information
   * required when returning a custom HTTP response.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-fixedresponseconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.FixedResponseConfig</a>
   */
  @Value.Immutable
  interface FixedResponseConfig extends PropertyValue {

    /** The content type. */
    Optional<Expr> contentType();

    /** The message. */
    Optional<Expr> messageBody();

    /** Required. The HTTP response code (2XX, 4XX, or 5XX). */
    Expr statusCode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ContentType", contentType())
          .put("MessageBody", messageBody())
          .put("StatusCode", statusCode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FixedResponseConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableListenerRule.FixedResponseConfig.Builder {

      public Builder contentType(String value) {
        contentType(Expr.of(value));
        return this;
      }

      public Builder messageBody(String value) {
        messageBody(Expr.of(value));
        return this;
      }

      public Builder statusCode(String value) {
        statusCode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.ForwardConfig}: Information for creating an
   * action that distributes requests among multiple target groups. Specify only when `Type` is
   * `forward` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-forwardconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.ForwardConfig</a>
   */
  @Value.Immutable
  interface ForwardConfig extends PropertyValue {

    /** Information about the target group stickiness for a rule. */
    Optional<Expr> targetGroupStickinessConfig();

    /**
     * Information about how traffic will be distributed between multiple target groups in a forward
     * rule.
     */
    Optional<Expr> targetGroups();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TargetGroupStickinessConfig", targetGroupStickinessConfig())
          .put("TargetGroups", targetGroups())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ForwardConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.ForwardConfig.Builder {

      public Builder targetGroups(List<? extends Expr> values) {
        targetGroups(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.HostHeaderConfig}: Information about a host
   * header condition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-hostheaderconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.HostHeaderConfig</a>
   */
  @Value.Immutable
  interface HostHeaderConfig extends PropertyValue {

    /** {@code RegexValues}. */
    Optional<Expr> regexValues();

    /**
     * The host names. The maximum length of each string is 128 characters. The comparison is case
     * insensitive. The following wildcard characters are supported: * (matches 0 or more
     * characters) and ? (matches exactly 1 character). You must include at least one "." character.
     * You can include only alphabetical characters after the final "." character.
     */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RegexValues", regexValues())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HostHeaderConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.HostHeaderConfig.Builder {

      public Builder regexValues(List<? extends Expr> values) {
        regexValues(Expr.list(values));
        return this;
      }

      public Builder regexValues(String... values) {
        regexValues(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.HttpHeaderConfig}: Information about an HTTP
   * header condition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-httpheaderconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.HttpHeaderConfig</a>
   */
  @Value.Immutable
  interface HttpHeaderConfig extends PropertyValue {

    /**
     * The name of the HTTP header field. The maximum size is 40 characters. The header name is case
     * insensitive. The allowed characters are specified by RFC 7230. Wildcards are not supported.
     */
    Optional<Expr> httpHeaderName();

    /** {@code RegexValues}. */
    Optional<Expr> regexValues();

    /**
     * The strings to compare against the value of the HTTP header. The maximum length of each
     * string is 128 characters. The comparison strings are case insensitive. The following wildcard
     * characters are supported: * (matches 0 or more characters) and ? (matches exactly 1
     * character).
     */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HttpHeaderName", httpHeaderName())
          .put("RegexValues", regexValues())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HttpHeaderConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.HttpHeaderConfig.Builder {

      public Builder httpHeaderName(String value) {
        httpHeaderName(Expr.of(value));
        return this;
      }

      public Builder regexValues(List<? extends Expr> values) {
        regexValues(Expr.list(values));
        return this;
      }

      public Builder regexValues(String... values) {
        regexValues(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.HttpRequestMethodConfig}: Information about an
   * HTTP method condition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-httprequestmethodconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.HttpRequestMethodConfig</a>
   */
  @Value.Immutable
  interface HttpRequestMethodConfig extends PropertyValue {

    /**
     * The name of the request method. The maximum length is 40 characters. The allowed characters
     * are A-Z, hyphen (-), and underscore (_). The comparison is case sensitive. Wildcards are not
     * supported; therefore, the method name must be an exact match.
     */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link HttpRequestMethodConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableListenerRule.HttpRequestMethodConfig.Builder {

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationActionAdditionalClaim}:
   * Information about an additional claim to validate.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-jwtvalidationactionadditionalclaim.html">AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationActionAdditionalClaim</a>
   */
  @Value.Immutable
  interface JwtValidationActionAdditionalClaim extends PropertyValue {

    /** Required. The format of the claim value. */
    Expr format();

    /**
     * Required. The name of the claim. You can't specify `exp` , `iss` , `nbf` , or `iat` because
     * we validate them by default.
     */
    Expr name();

    /**
     * Required. The claim value. The maximum size of the list is 10. Each value can be up to 256
     * characters in length. If the format is `space-separated-values` , the values can't include
     * spaces.
     */
    Expr values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Format", format())
          .put("Name", name())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link JwtValidationActionAdditionalClaim}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableListenerRule.JwtValidationActionAdditionalClaim.Builder {

      public Builder format(String value) {
        format(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationConfig}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-jwtvalidationconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.JwtValidationConfig</a>
   */
  @Value.Immutable
  interface JwtValidationConfig extends PropertyValue {

    /** {@code AdditionalClaims}. */
    Optional<Expr> additionalClaims();

    /** Required. {@code Issuer}. */
    Expr issuer();

    /** Required. {@code JwksEndpoint}. */
    Expr jwksEndpoint();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdditionalClaims", additionalClaims())
          .put("Issuer", issuer())
          .put("JwksEndpoint", jwksEndpoint())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link JwtValidationConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableListenerRule.JwtValidationConfig.Builder {

      public Builder additionalClaims(List<? extends Expr> values) {
        additionalClaims(Expr.list(values));
        return this;
      }

      public Builder issuer(String value) {
        issuer(Expr.of(value));
        return this;
      }

      public Builder jwksEndpoint(String value) {
        jwksEndpoint(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.PathPatternConfig}: Information about a path
   * pattern condition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-pathpatternconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.PathPatternConfig</a>
   */
  @Value.Immutable
  interface PathPatternConfig extends PropertyValue {

    /** {@code RegexValues}. */
    Optional<Expr> regexValues();

    /**
     * The path patterns to compare against the request URL. The maximum size of each string is 128
     * characters. The comparison is case sensitive. The following wildcard characters are
     * supported: * (matches 0 or more characters) and ? (matches exactly 1 character).
     */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RegexValues", regexValues())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PathPatternConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.PathPatternConfig.Builder {

      public Builder regexValues(List<? extends Expr> values) {
        regexValues(Expr.list(values));
        return this;
      }

      public Builder regexValues(String... values) {
        regexValues(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringConfig}: Information about a query
   * string condition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-querystringconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringConfig</a>
   */
  @Value.Immutable
  interface QueryStringConfig extends PropertyValue {

    /**
     * The key/value pairs or values to find in the query string. The maximum length of each string
     * is 128 characters. The comparison is case insensitive. The following wildcard characters are
     * supported: * (matches 0 or more characters) and ? (matches exactly 1 character). To search
     * for a literal '*' or '?' character in a query string, you must escape these characters in
     * `Values` using a '&#92;' character.
     */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link QueryStringConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.QueryStringConfig.Builder {

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringKeyValue}: Information about a
   * key/value pair.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-querystringkeyvalue.html">AWS::ElasticLoadBalancingV2::ListenerRule.QueryStringKeyValue</a>
   */
  @Value.Immutable
  interface QueryStringKeyValue extends PropertyValue {

    /** The key. You can omit the key. */
    Optional<Expr> key();

    /** The value. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link QueryStringKeyValue}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableListenerRule.QueryStringKeyValue.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.RedirectConfig}: Information about a redirect
   * action.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-redirectconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.RedirectConfig</a>
   */
  @Value.Immutable
  interface RedirectConfig extends PropertyValue {

    /** The hostname. This component is not percent-encoded. The hostname can contain #{host}. */
    Optional<Expr> host();

    /**
     * The absolute path, starting with the leading "/". This component is not percent-encoded. The
     * path can contain #{host}, #{path}, and #{port}.
     */
    Optional<Expr> path();

    /** The port. You can specify a value from 1 to 65535 or #{port}. */
    Optional<Expr> port();

    /**
     * The protocol. You can specify HTTP, HTTPS, or #{protocol}. You can redirect HTTP to HTTP,
     * HTTP to HTTPS, and HTTPS to HTTPS. You can't redirect HTTPS to HTTP.
     */
    Optional<Expr> protocol();

    /**
     * The query parameters, URL-encoded when necessary, but not percent-encoded. Do not include the
     * leading "?", as it is automatically added. You can specify any of the reserved keywords.
     */
    Optional<Expr> query();

    /**
     * Required. The HTTP redirect code. The redirect is either permanent (HTTP 301) or temporary
     * (HTTP 302).
     */
    Expr statusCode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Host", host())
          .put("Path", path())
          .put("Port", port())
          .put("Protocol", protocol())
          .put("Query", query())
          .put("StatusCode", statusCode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RedirectConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.RedirectConfig.Builder {

      public Builder host(String value) {
        host(Expr.of(value));
        return this;
      }

      public Builder path(String value) {
        path(Expr.of(value));
        return this;
      }

      public Builder port(String value) {
        port(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder query(String value) {
        query(Expr.of(value));
        return this;
      }

      public Builder statusCode(String value) {
        statusCode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfig}: Information about a rewrite
   * transform. This transform matches a pattern and replaces it with the specified string.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-rewriteconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfig</a>
   */
  @Value.Immutable
  interface RewriteConfig extends PropertyValue {

    /**
     * Required. The regular expression to match in the input string. The maximum length of the
     * string is 1,024 characters.
     */
    Expr regex();

    /**
     * Required. The replacement string to use when rewriting the matched input. The maximum length
     * of the string is 1,024 characters. You can specify capture groups in the regular expression
     * (for example, $1 and $2).
     */
    Expr replace();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Regex", regex())
          .put("Replace", replace())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RewriteConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.RewriteConfig.Builder {

      public Builder regex(String value) {
        regex(Expr.of(value));
        return this;
      }

      public Builder replace(String value) {
        replace(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfigObject}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-rewriteconfigobject.html">AWS::ElasticLoadBalancingV2::ListenerRule.RewriteConfigObject</a>
   */
  @Value.Immutable
  interface RewriteConfigObject extends PropertyValue {

    /** Required. {@code Rewrites}. */
    Expr rewrites();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Rewrites", rewrites())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RewriteConfigObject}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableListenerRule.RewriteConfigObject.Builder {

      public Builder rewrites(List<? extends Expr> values) {
        rewrites(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.RuleCondition}: Specifies a condition for a
   * listener rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-rulecondition.html">AWS::ElasticLoadBalancingV2::ListenerRule.RuleCondition</a>
   */
  @Value.Immutable
  interface RuleCondition extends PropertyValue {

    /** The field in the HTTP request. The following are the possible values: */
    Optional<Expr> field();

    /** Information for a host header condition. Specify only when `Field` is `host-header` . */
    Optional<Expr> hostHeaderConfig();

    /** Information for an HTTP header condition. Specify only when `Field` is `http-header` . */
    Optional<Expr> httpHeaderConfig();

    /**
     * Information for an HTTP method condition. Specify only when `Field` is `http-request-method`
     * .
     */
    Optional<Expr> httpRequestMethodConfig();

    /** Information for a path pattern condition. Specify only when `Field` is `path-pattern` . */
    Optional<Expr> pathPatternConfig();

    /** Information for a query string condition. Specify only when `Field` is `query-string` . */
    Optional<Expr> queryStringConfig();

    /**
     * The regular expressions to match against the condition field. The maximum length of each
     * string is 128 characters. Specify only when `Field` is `http-header` , `host-header` , or
     * `path-pattern` .
     */
    Optional<Expr> regexValues();

    /** Information for a source IP condition. Specify only when `Field` is `source-ip` . */
    Optional<Expr> sourceIpConfig();

    /**
     * The condition value. Specify only when `Field` is `host-header` or `path-pattern` .
     * Alternatively, to specify multiple host names or multiple path patterns, use
     * `HostHeaderConfig` or `PathPatternConfig` .
     */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Field", field())
          .put("HostHeaderConfig", hostHeaderConfig())
          .put("HttpHeaderConfig", httpHeaderConfig())
          .put("HttpRequestMethodConfig", httpRequestMethodConfig())
          .put("PathPatternConfig", pathPatternConfig())
          .put("QueryStringConfig", queryStringConfig())
          .put("RegexValues", regexValues())
          .put("SourceIpConfig", sourceIpConfig())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RuleCondition}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.RuleCondition.Builder {

      public Builder field(String value) {
        field(Expr.of(value));
        return this;
      }

      public Builder regexValues(List<? extends Expr> values) {
        regexValues(Expr.list(values));
        return this;
      }

      public Builder regexValues(String... values) {
        regexValues(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.SourceIpConfig}: Information about a source IP
   * condition.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-sourceipconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.SourceIpConfig</a>
   */
  @Value.Immutable
  interface SourceIpConfig extends PropertyValue {

    /** {@code IpAddressType}. */
    Optional<Expr> ipAddressType();

    /**
     * The source IP addresses, in CIDR format. You can use both IPv4 and IPv6 addresses. Wildcards
     * are not supported.
     */
    Optional<Expr> values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IpAddressType", ipAddressType())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SourceIpConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.SourceIpConfig.Builder {

      public Builder ipAddressType(String value) {
        ipAddressType(Expr.of(value));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupStickinessConfig}: Information
   * about the target group stickiness for a rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-targetgroupstickinessconfig.html">AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupStickinessConfig</a>
   */
  @Value.Immutable
  interface TargetGroupStickinessConfig extends PropertyValue {

    /**
     * [Application Load Balancers] The time period, in seconds, during which requests from a client
     * should be routed to the same target group. The range is 1-604800 seconds (7 days). You must
     * specify this value when enabling target group stickiness.
     */
    Optional<Expr> durationSeconds();

    /** Indicates whether target group stickiness is enabled. */
    Optional<Expr> enabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DurationSeconds", durationSeconds())
          .put("Enabled", enabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TargetGroupStickinessConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableListenerRule.TargetGroupStickinessConfig.Builder {

      public Builder durationSeconds(long value) {
        durationSeconds(Expr.of(value));
        return this;
      }

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupTuple}: Information about how
   * traffic will be distributed between multiple target groups in a forward rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-targetgrouptuple.html">AWS::ElasticLoadBalancingV2::ListenerRule.TargetGroupTuple</a>
   */
  @Value.Immutable
  interface TargetGroupTuple extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the target group. */
    Optional<Expr> targetGroupArn();

    /** The weight. The range is 0 to 999. */
    Optional<Expr> weight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TargetGroupArn", targetGroupArn())
          .put("Weight", weight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TargetGroupTuple}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.TargetGroupTuple.Builder {

      public Builder targetGroupArn(String value) {
        targetGroupArn(Expr.of(value));
        return this;
      }

      public Builder weight(long value) {
        weight(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::ListenerRule.Transform}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listenerrule-transform.html">AWS::ElasticLoadBalancingV2::ListenerRule.Transform</a>
   */
  @Value.Immutable
  interface Transform extends PropertyValue {

    /** {@code HostHeaderRewriteConfig}. */
    Optional<Expr> hostHeaderRewriteConfig();

    /** Required. {@code Type}. */
    Expr type();

    /** {@code UrlRewriteConfig}. */
    Optional<Expr> urlRewriteConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HostHeaderRewriteConfig", hostHeaderRewriteConfig())
          .put("Type", type())
          .put("UrlRewriteConfig", urlRewriteConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Transform}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListenerRule.Transform.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }
}
