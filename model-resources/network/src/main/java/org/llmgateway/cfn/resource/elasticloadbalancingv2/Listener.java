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
 * {@code AWS::ElasticLoadBalancingV2::Listener}: Specifies a listener for an Application Load
 * Balancer, Network Load Balancer, or Gateway Load Balancer.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-listener.html">AWS::ElasticLoadBalancingV2::Listener</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Listener extends Resource {

  String TYPE = "AWS::ElasticLoadBalancingV2::Listener";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** [TLS listener] The name of the Application-Layer Protocol Negotiation (ALPN) policy. */
  Optional<Expr> alpnPolicy();

  /**
   * The default SSL server certificate for a secure listener. You must provide exactly one
   * certificate if the listener protocol is HTTPS or TLS.
   */
  Optional<Expr> certificates();

  /**
   * Required. The actions for the default rule. You cannot define a condition for a default rule.
   */
  Expr defaultActions();

  /** The listener attributes. Attributes that you do not modify retain their current values. */
  Optional<Expr> listenerAttributes();

  /** Required. The Amazon Resource Name (ARN) of the load balancer. */
  Expr loadBalancerArn();

  /** The mutual authentication configuration information. */
  Optional<Expr> mutualAuthentication();

  /**
   * The port on which the load balancer is listening. You can't specify a port for a Gateway Load
   * Balancer.
   */
  Optional<Expr> port();

  /**
   * The protocol for connections from clients to the load balancer. For Application Load Balancers,
   * the supported protocols are HTTP and HTTPS. For Network Load Balancers, the supported protocols
   * are TCP, TLS, UDP, TCP_UDP, QUIC, and TCP_QUIC. You can’t specify the UDP, TCP_UDP, QUIC, or
   * TCP_QUIC protocol if dual-stack mode is enabled. You can't specify a protocol for a Gateway
   * Load Balancer.
   */
  Optional<Expr> protocol();

  /**
   * [HTTPS and TLS listeners] The security policy that defines which protocols and ciphers are
   * supported. For more information, see [Security
   * policies](https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html)
   * in the *Application Load Balancers Guide* and [Security
   * policies](https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html)
   * in the *Network Load Balancers Guide* .
   */
  Optional<Expr> sslPolicy();

  /** {@code Tags}. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AlpnPolicy", alpnPolicy())
        .put("Certificates", certificates())
        .put("DefaultActions", defaultActions())
        .put("ListenerAttributes", listenerAttributes())
        .put("LoadBalancerArn", loadBalancerArn())
        .put("MutualAuthentication", mutualAuthentication())
        .put("Port", port())
        .put("Protocol", protocol())
        .put("SslPolicy", sslPolicy())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ListenerArn} attribute: The Amazon Resource Name (ARN) of the listener. */
  default GetAtt attrListenerArn() {
    return getAtt("ListenerArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Listener}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableListener.Builder {

    public Builder alpnPolicy(List<? extends Expr> values) {
      alpnPolicy(Expr.list(values));
      return this;
    }

    public Builder alpnPolicy(String... values) {
      alpnPolicy(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder certificates(List<? extends Expr> values) {
      certificates(Expr.list(values));
      return this;
    }

    public Builder defaultActions(List<? extends Expr> values) {
      defaultActions(Expr.list(values));
      return this;
    }

    public Builder listenerAttributes(List<? extends Expr> values) {
      listenerAttributes(Expr.list(values));
      return this;
    }

    public Builder loadBalancerArn(String value) {
      loadBalancerArn(Expr.of(value));
      return this;
    }

    public Builder port(long value) {
      port(Expr.of(value));
      return this;
    }

    public Builder protocol(String value) {
      protocol(Expr.of(value));
      return this;
    }

    public Builder sslPolicy(String value) {
      sslPolicy(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::Listener.Action}: Specifies an action for a listener rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-action.html">AWS::ElasticLoadBalancingV2::Listener.Action</a>
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
    final class Builder extends ImmutableListener.Action.Builder {

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
   * {@code AWS::ElasticLoadBalancingV2::Listener.AuthenticateCognitoConfig}: Specifies information
   * required when integrating with Amazon Cognito to authenticate users.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-authenticatecognitoconfig.html">AWS::ElasticLoadBalancingV2::Listener.AuthenticateCognitoConfig</a>
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
    final class Builder extends ImmutableListener.AuthenticateCognitoConfig.Builder {

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

      public Builder sessionTimeout(String value) {
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
   * {@code AWS::ElasticLoadBalancingV2::Listener.AuthenticateOidcConfig}: Specifies information
   * required using an identity provide (IdP) that is compliant with OpenID Connect (OIDC) to
   * authenticate users.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-authenticateoidcconfig.html">AWS::ElasticLoadBalancingV2::Listener.AuthenticateOidcConfig</a>
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
    final class Builder extends ImmutableListener.AuthenticateOidcConfig.Builder {

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

      public Builder sessionTimeout(String value) {
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
   * {@code AWS::ElasticLoadBalancingV2::Listener.Certificate}: Specifies an SSL server certificate
   * to use as the default certificate for a secure listener.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-certificate.html">AWS::ElasticLoadBalancingV2::Listener.Certificate</a>
   */
  @Value.Immutable
  interface Certificate extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the certificate. */
    Optional<Expr> certificateArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CertificateArn", certificateArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Certificate}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListener.Certificate.Builder {

      public Builder certificateArn(String value) {
        certificateArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::Listener.FixedResponseConfig}: Specifies information
   * required when returning a custom HTTP response.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-fixedresponseconfig.html">AWS::ElasticLoadBalancingV2::Listener.FixedResponseConfig</a>
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
    final class Builder extends ImmutableListener.FixedResponseConfig.Builder {

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
   * {@code AWS::ElasticLoadBalancingV2::Listener.ForwardConfig}: Information for creating an action
   * that distributes requests among multiple target groups. Specify only when `Type` is `forward` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-forwardconfig.html">AWS::ElasticLoadBalancingV2::Listener.ForwardConfig</a>
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
    final class Builder extends ImmutableListener.ForwardConfig.Builder {

      public Builder targetGroups(List<? extends Expr> values) {
        targetGroups(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::Listener.JwtValidationActionAdditionalClaim}: Information
   * about an additional claim to validate.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-jwtvalidationactionadditionalclaim.html">AWS::ElasticLoadBalancingV2::Listener.JwtValidationActionAdditionalClaim</a>
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
    final class Builder extends ImmutableListener.JwtValidationActionAdditionalClaim.Builder {

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
   * {@code AWS::ElasticLoadBalancingV2::Listener.JwtValidationConfig}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-jwtvalidationconfig.html">AWS::ElasticLoadBalancingV2::Listener.JwtValidationConfig</a>
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
    final class Builder extends ImmutableListener.JwtValidationConfig.Builder {

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
   * {@code AWS::ElasticLoadBalancingV2::Listener.ListenerAttribute}: Information about a listener
   * attribute.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-listenerattribute.html">AWS::ElasticLoadBalancingV2::Listener.ListenerAttribute</a>
   */
  @Value.Immutable
  interface ListenerAttribute extends PropertyValue {

    /** The name of the attribute. */
    Optional<Expr> key();

    /** The value of the attribute. */
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

    /** Builds a {@link ListenerAttribute}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableListener.ListenerAttribute.Builder {

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
   * {@code AWS::ElasticLoadBalancingV2::Listener.MutualAuthentication}: The mutual authentication
   * configuration information.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-mutualauthentication.html">AWS::ElasticLoadBalancingV2::Listener.MutualAuthentication</a>
   */
  @Value.Immutable
  interface MutualAuthentication extends PropertyValue {

    /** Indicates whether trust store CA certificate names are advertised. */
    Optional<Expr> advertiseTrustStoreCaNames();

    /** Indicates whether expired client certificates are ignored. */
    Optional<Expr> ignoreClientCertificateExpiry();

    /**
     * The client certificate handling method. Options are `off` , `passthrough` or `verify` . The
     * default value is `off` .
     */
    Optional<Expr> mode();

    /** The Amazon Resource Name (ARN) of the trust store. */
    Optional<Expr> trustStoreArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AdvertiseTrustStoreCaNames", advertiseTrustStoreCaNames())
          .put("IgnoreClientCertificateExpiry", ignoreClientCertificateExpiry())
          .put("Mode", mode())
          .put("TrustStoreArn", trustStoreArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MutualAuthentication}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableListener.MutualAuthentication.Builder {

      public Builder advertiseTrustStoreCaNames(String value) {
        advertiseTrustStoreCaNames(Expr.of(value));
        return this;
      }

      public Builder ignoreClientCertificateExpiry(boolean value) {
        ignoreClientCertificateExpiry(Expr.of(value));
        return this;
      }

      public Builder mode(String value) {
        mode(Expr.of(value));
        return this;
      }

      public Builder trustStoreArn(String value) {
        trustStoreArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::Listener.RedirectConfig}: Information about a redirect
   * action.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-redirectconfig.html">AWS::ElasticLoadBalancingV2::Listener.RedirectConfig</a>
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
    final class Builder extends ImmutableListener.RedirectConfig.Builder {

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
   * {@code AWS::ElasticLoadBalancingV2::Listener.TargetGroupStickinessConfig}: Information about
   * the target group stickiness for a rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-targetgroupstickinessconfig.html">AWS::ElasticLoadBalancingV2::Listener.TargetGroupStickinessConfig</a>
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
    final class Builder extends ImmutableListener.TargetGroupStickinessConfig.Builder {

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
   * {@code AWS::ElasticLoadBalancingV2::Listener.TargetGroupTuple}: Information about how traffic
   * will be distributed between multiple target groups in a forward rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-listener-targetgrouptuple.html">AWS::ElasticLoadBalancingV2::Listener.TargetGroupTuple</a>
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
    final class Builder extends ImmutableListener.TargetGroupTuple.Builder {

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
}
