// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.events;

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
 * {@code AWS::Events::Connection}: Creates a connection. A connection defines the authorization
 * type and credentials to use for authorization with an API destination HTTP endpoint.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-events-connection.html">AWS::Events::Connection</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Connection extends Resource {

  String TYPE = "AWS::Events::Connection";

  /** Values CloudFormation accepts for {@code AuthorizationType}. */
  String AUTHORIZATION_TYPE_API_KEY = "API_KEY";
  String AUTHORIZATION_TYPE_BASIC = "BASIC";
  String AUTHORIZATION_TYPE_OAUTH_CLIENT_CREDENTIALS = "OAUTH_CLIENT_CREDENTIALS";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The authorization parameters to use to authorize with the endpoint. */
  Optional<Expr> authParameters();

  /** The type of authorization to use for the connection. */
  Optional<Expr> authorizationType();

  /** A description for the connection to create. */
  Optional<Expr> description();

  /** For connections to private APIs, the parameters to use for invoking the API. */
  Optional<Expr> invocationConnectivityParameters();

  /**
   * The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a
   * customer managed key to encrypt this connection. The identifier can be the key Amazon Resource
   * Name (ARN), KeyId, key alias, or key alias ARN.
   */
  Optional<Expr> kmsKeyIdentifier();

  /** The name for the connection to create. */
  Optional<Expr> name();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AuthParameters", authParameters())
        .put("AuthorizationType", authorizationType())
        .put("Description", description())
        .put("InvocationConnectivityParameters", invocationConnectivityParameters())
        .put("KmsKeyIdentifier", kmsKeyIdentifier())
        .put("Name", name())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the connection that was created by the request. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code ArnForPolicy} attribute: Returns the Amazon Resource Name (ARN) of a connection in
   * resource format, so it can be used in the `Resource` element of IAM permission policy
   * statements. For more information, see [Resource types defined by Amazon
   * EventBridge](https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html#amazoneventbridge-resources-for-iam-policies)
   * in the *Service Authorization Reference* .
   */
  default GetAtt attrArnForPolicy() {
    return getAtt("ArnForPolicy");
  }

  /**
   * The {@code AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn}
   * attribute: For connections to private APIs, the Amazon Resource Name (ARN) of the resource
   * association EventBridge created between the connection and the private API's resource
   * configuration.
   */
  default GetAtt attrAuthParametersConnectivityParametersResourceParametersResourceAssociationArn() {
    return getAtt("AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn");
  }

  /**
   * The {@code InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn}
   * attribute: For connections to private APIs, the Amazon Resource Name (ARN) of the resource
   * association EventBridge created between the connection and the private API's resource
   * configuration.
   */
  default GetAtt attrInvocationConnectivityParametersResourceParametersResourceAssociationArn() {
    return getAtt("InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn");
  }

  /** The {@code SecretArn} attribute: The ARN for the secret created for the connection. */
  default GetAtt attrSecretArn() {
    return getAtt("SecretArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Connection}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableConnection.Builder {

    public Builder authorizationType(String value) {
      authorizationType(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder kmsKeyIdentifier(String value) {
      kmsKeyIdentifier(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Events::Connection.ApiKeyAuthParameters}: The API key authorization parameters for
   * the connection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-apikeyauthparameters.html">AWS::Events::Connection.ApiKeyAuthParameters</a>
   */
  @Value.Immutable
  interface ApiKeyAuthParameters extends PropertyValue {

    /** Required. The name of the API key to use for authorization. */
    Expr apiKeyName();

    /** Required. The value for the API key to use for authorization. */
    Expr apiKeyValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApiKeyName", apiKeyName())
          .put("ApiKeyValue", apiKeyValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ApiKeyAuthParameters}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableConnection.ApiKeyAuthParameters.Builder {

      public Builder apiKeyName(String value) {
        apiKeyName(Expr.of(value));
        return this;
      }

      public Builder apiKeyValue(String value) {
        apiKeyValue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Connection.AuthParameters}: Tthe authorization parameters to use for the
   * connection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-authparameters.html">AWS::Events::Connection.AuthParameters</a>
   */
  @Value.Immutable
  interface AuthParameters extends PropertyValue {

    /** The API Key parameters to use for authorization. */
    Optional<Expr> apiKeyAuthParameters();

    /** The authorization parameters for Basic authorization. */
    Optional<Expr> basicAuthParameters();

    /**
     * For private OAuth authentication endpoints. The parameters EventBridge uses to authenticate
     * against the endpoint.
     */
    Optional<Expr> connectivityParameters();

    /**
     * Additional parameters for the connection that are passed through with every invocation to the
     * HTTP endpoint.
     */
    Optional<Expr> invocationHttpParameters();

    /** The OAuth parameters to use for authorization. */
    Optional<Expr> oAuthParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ApiKeyAuthParameters", apiKeyAuthParameters())
          .put("BasicAuthParameters", basicAuthParameters())
          .put("ConnectivityParameters", connectivityParameters())
          .put("InvocationHttpParameters", invocationHttpParameters())
          .put("OAuthParameters", oAuthParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AuthParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableConnection.AuthParameters.Builder {
    }
  }

  /**
   * {@code AWS::Events::Connection.BasicAuthParameters}: The Basic authorization parameters for the
   * connection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-basicauthparameters.html">AWS::Events::Connection.BasicAuthParameters</a>
   */
  @Value.Immutable
  interface BasicAuthParameters extends PropertyValue {

    /** Required. The password associated with the user name to use for Basic authorization. */
    Expr password();

    /** Required. The user name to use for Basic authorization. */
    Expr username();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Password", password())
          .put("Username", username())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BasicAuthParameters}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableConnection.BasicAuthParameters.Builder {

      public Builder password(String value) {
        password(Expr.of(value));
        return this;
      }

      public Builder username(String value) {
        username(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Connection.ClientParameters}: The OAuth authorization parameters to use for
   * the connection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-clientparameters.html">AWS::Events::Connection.ClientParameters</a>
   */
  @Value.Immutable
  interface ClientParameters extends PropertyValue {

    /** Required. The client ID to use for OAuth authorization. */
    Expr clientID();

    /** Required. The client secret assciated with the client ID to use for OAuth authorization. */
    Expr clientSecret();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ClientID", clientID())
          .put("ClientSecret", clientSecret())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ClientParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableConnection.ClientParameters.Builder {

      public Builder clientID(String value) {
        clientID(Expr.of(value));
        return this;
      }

      public Builder clientSecret(String value) {
        clientSecret(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Connection.ConnectionHttpParameters}: Any additional parameters for the
   * connection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-connectionhttpparameters.html">AWS::Events::Connection.ConnectionHttpParameters</a>
   */
  @Value.Immutable
  interface ConnectionHttpParameters extends PropertyValue {

    /** Any additional body string parameters for the connection. */
    Optional<Expr> bodyParameters();

    /** Any additional header parameters for the connection. */
    Optional<Expr> headerParameters();

    /** Any additional query string parameters for the connection. */
    Optional<Expr> queryStringParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BodyParameters", bodyParameters())
          .put("HeaderParameters", headerParameters())
          .put("QueryStringParameters", queryStringParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConnectionHttpParameters}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableConnection.ConnectionHttpParameters.Builder {

      public Builder bodyParameters(List<? extends Expr> values) {
        bodyParameters(Expr.list(values));
        return this;
      }

      public Builder headerParameters(List<? extends Expr> values) {
        headerParameters(Expr.list(values));
        return this;
      }

      public Builder queryStringParameters(List<? extends Expr> values) {
        queryStringParameters(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Connection.ConnectivityParameters}: If you specify a private OAuth
   * endpoint, the parameters for EventBridge to use when authenticating against the endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-connectivityparameters.html">AWS::Events::Connection.ConnectivityParameters</a>
   */
  @Value.Immutable
  interface ConnectivityParameters extends PropertyValue {

    /** Required. The parameters for EventBridge to use when invoking the resource endpoint. */
    Expr resourceParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceParameters", resourceParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConnectivityParameters}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableConnection.ConnectivityParameters.Builder {
    }
  }

  /**
   * {@code AWS::Events::Connection.InvocationConnectivityParameters}: For connections to private
   * APIs, the parameters to use for invoking the API.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-invocationconnectivityparameters.html">AWS::Events::Connection.InvocationConnectivityParameters</a>
   */
  @Value.Immutable
  interface InvocationConnectivityParameters extends PropertyValue {

    /** Required. The parameters for EventBridge to use when invoking the resource endpoint. */
    Expr resourceParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceParameters", resourceParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InvocationConnectivityParameters}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableConnection.InvocationConnectivityParameters.Builder {
    }
  }

  /**
   * {@code AWS::Events::Connection.OAuthParameters}: Contains the OAuth authorization parameters to
   * use for the connection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-oauthparameters.html">AWS::Events::Connection.OAuthParameters</a>
   */
  @Value.Immutable
  interface OAuthParameters extends PropertyValue {

    /** Values CloudFormation accepts for {@code HttpMethod}. */
    String HTTP_METHOD_GET = "GET";
    String HTTP_METHOD_POST = "POST";
    String HTTP_METHOD_PUT = "PUT";

    /**
     * Required. The URL to the authorization endpoint when OAuth is specified as the authorization
     * type.
     */
    Expr authorizationEndpoint();

    /** Required. The client parameters for OAuth authorization. */
    Expr clientParameters();

    /** Required. The method to use for the authorization request. */
    Expr httpMethod();

    /** Details about the additional parameters to use for the connection. */
    Optional<Expr> oAuthHttpParameters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthorizationEndpoint", authorizationEndpoint())
          .put("ClientParameters", clientParameters())
          .put("HttpMethod", httpMethod())
          .put("OAuthHttpParameters", oAuthHttpParameters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OAuthParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableConnection.OAuthParameters.Builder {

      public Builder authorizationEndpoint(String value) {
        authorizationEndpoint(Expr.of(value));
        return this;
      }

      public Builder httpMethod(String value) {
        httpMethod(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Events::Connection.Parameter}: Any additional query string parameter for the
   * connection. You can include up to 100 additional query string parameters per request. Each
   * additional parameter counts towards the event payload size, which cannot exceed 64 KB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-parameter.html">AWS::Events::Connection.Parameter</a>
   */
  @Value.Immutable
  interface Parameter extends PropertyValue {

    /** Specifies whether the value is secret. */
    Optional<Expr> isValueSecret();

    /** Required. The key for a query string parameter. */
    Expr key();

    /** Required. The value associated with the key for the query string parameter. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsValueSecret", isValueSecret())
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Parameter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableConnection.Parameter.Builder {

      public Builder isValueSecret(boolean value) {
        isValueSecret(Expr.of(value));
        return this;
      }

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
   * {@code AWS::Events::Connection.ResourceParameters}: The parameters for EventBridge to use when
   * invoking the resource endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-events-connection-resourceparameters.html">AWS::Events::Connection.ResourceParameters</a>
   */
  @Value.Immutable
  interface ResourceParameters extends PropertyValue {

    /**
     * For connections to private APIs, the Amazon Resource Name (ARN) of the resource association
     * EventBridge created between the connection and the private API's resource configuration.
     */
    Optional<Expr> resourceAssociationArn();

    /**
     * Required. The Amazon Resource Name (ARN) of the Amazon VPC Lattice resource configuration for
     * the resource endpoint.
     */
    Expr resourceConfigurationArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceAssociationArn", resourceAssociationArn())
          .put("ResourceConfigurationArn", resourceConfigurationArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ResourceParameters}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableConnection.ResourceParameters.Builder {

      public Builder resourceAssociationArn(String value) {
        resourceAssociationArn(Expr.of(value));
        return this;
      }

      public Builder resourceConfigurationArn(String value) {
        resourceConfigurationArn(Expr.of(value));
        return this;
      }
    }
  }
}
