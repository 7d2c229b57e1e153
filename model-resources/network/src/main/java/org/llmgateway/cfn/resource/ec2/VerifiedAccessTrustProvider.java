// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::VerifiedAccessTrustProvider}: A trust provider is a third-party entity that
 * creates, maintains, and manages identity information for users and devices. When an application
 * request is made, the identity information sent by the trust provider is evaluated by Verified
 * Access before allowing or denying the application request.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-verifiedaccesstrustprovider.html">AWS::EC2::VerifiedAccessTrustProvider</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VerifiedAccessTrustProvider extends Resource {

  String TYPE = "AWS::EC2::VerifiedAccessTrustProvider";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A description for the AWS Verified Access trust provider. */
  Optional<Expr> description();

  /** The options for device-identity trust provider. */
  Optional<Expr> deviceOptions();

  /** The type of device-based trust provider. */
  Optional<Expr> deviceTrustProviderType();

  /** The OpenID Connect (OIDC) options. */
  Optional<Expr> nativeApplicationOidcOptions();

  /** The options for an OpenID Connect-compatible user-identity trust provider. */
  Optional<Expr> oidcOptions();

  /** Required. The identifier to be used when working with policy rules. */
  Expr policyReferenceName();

  /** The options for additional server side encryption. */
  Optional<Expr> sseSpecification();

  /** The tags. */
  Optional<Expr> tags();

  /** Required. The type of Verified Access trust provider. */
  Expr trustProviderType();

  /** The type of user-based trust provider. */
  Optional<Expr> userTrustProviderType();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("DeviceOptions", deviceOptions())
        .put("DeviceTrustProviderType", deviceTrustProviderType())
        .put("NativeApplicationOidcOptions", nativeApplicationOidcOptions())
        .put("OidcOptions", oidcOptions())
        .put("PolicyReferenceName", policyReferenceName())
        .put("SseSpecification", sseSpecification())
        .put("Tags", tags())
        .put("TrustProviderType", trustProviderType())
        .put("UserTrustProviderType", userTrustProviderType())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute: The creation time. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code LastUpdatedTime} attribute: The last updated time. */
  default GetAtt attrLastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The {@code VerifiedAccessTrustProviderId} attribute: The ID of the Verified Access trust
   * provider.
   */
  default GetAtt attrVerifiedAccessTrustProviderId() {
    return getAtt("VerifiedAccessTrustProviderId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VerifiedAccessTrustProvider}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableVerifiedAccessTrustProvider.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder deviceTrustProviderType(String value) {
      deviceTrustProviderType(Expr.of(value));
      return this;
    }

    public Builder policyReferenceName(String value) {
      policyReferenceName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder trustProviderType(String value) {
      trustProviderType(Expr.of(value));
      return this;
    }

    public Builder userTrustProviderType(String value) {
      userTrustProviderType(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessTrustProvider.DeviceOptions}: Describes the options for an AWS
   * Verified Access device-identity based trust provider.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccesstrustprovider-deviceoptions.html">AWS::EC2::VerifiedAccessTrustProvider.DeviceOptions</a>
   */
  @Value.Immutable
  interface DeviceOptions extends PropertyValue {

    /** The URL AWS Verified Access will use to verify the authenticity of the device tokens. */
    Optional<Expr> publicSigningKeyUrl();

    /** The ID of the tenant application with the device-identity provider. */
    Optional<Expr> tenantId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PublicSigningKeyUrl", publicSigningKeyUrl())
          .put("TenantId", tenantId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DeviceOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessTrustProvider.DeviceOptions.Builder {

      public Builder publicSigningKeyUrl(String value) {
        publicSigningKeyUrl(Expr.of(value));
        return this;
      }

      public Builder tenantId(String value) {
        tenantId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessTrustProvider.NativeApplicationOidcOptions}: Describes the
   * OpenID Connect (OIDC) options.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccesstrustprovider-nativeapplicationoidcoptions.html">AWS::EC2::VerifiedAccessTrustProvider.NativeApplicationOidcOptions</a>
   */
  @Value.Immutable
  interface NativeApplicationOidcOptions extends PropertyValue {

    /** The authorization endpoint of the IdP. */
    Optional<Expr> authorizationEndpoint();

    /** The OAuth 2.0 client identifier. */
    Optional<Expr> clientId();

    /** The OAuth 2.0 client secret. */
    Optional<Expr> clientSecret();

    /** The OIDC issuer identifier of the IdP. */
    Optional<Expr> issuer();

    /** The public signing key endpoint. */
    Optional<Expr> publicSigningKeyEndpoint();

    /** The set of user claims to be requested from the IdP. */
    Optional<Expr> scope();

    /** The token endpoint of the IdP. */
    Optional<Expr> tokenEndpoint();

    /** The user info endpoint of the IdP. */
    Optional<Expr> userInfoEndpoint();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthorizationEndpoint", authorizationEndpoint())
          .put("ClientId", clientId())
          .put("ClientSecret", clientSecret())
          .put("Issuer", issuer())
          .put("PublicSigningKeyEndpoint", publicSigningKeyEndpoint())
          .put("Scope", scope())
          .put("TokenEndpoint", tokenEndpoint())
          .put("UserInfoEndpoint", userInfoEndpoint())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NativeApplicationOidcOptions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVerifiedAccessTrustProvider.NativeApplicationOidcOptions.Builder {

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

      public Builder publicSigningKeyEndpoint(String value) {
        publicSigningKeyEndpoint(Expr.of(value));
        return this;
      }

      public Builder scope(String value) {
        scope(Expr.of(value));
        return this;
      }

      public Builder tokenEndpoint(String value) {
        tokenEndpoint(Expr.of(value));
        return this;
      }

      public Builder userInfoEndpoint(String value) {
        userInfoEndpoint(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessTrustProvider.OidcOptions}: Describes the options for an OpenID
   * Connect-compatible user-identity trust provider.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccesstrustprovider-oidcoptions.html">AWS::EC2::VerifiedAccessTrustProvider.OidcOptions</a>
   */
  @Value.Immutable
  interface OidcOptions extends PropertyValue {

    /** The OIDC authorization endpoint. */
    Optional<Expr> authorizationEndpoint();

    /** The client identifier. */
    Optional<Expr> clientId();

    /** The client secret. */
    Optional<Expr> clientSecret();

    /** The OIDC issuer. */
    Optional<Expr> issuer();

    /** The OpenID Connect (OIDC) scope specified. */
    Optional<Expr> scope();

    /** The OIDC token endpoint. */
    Optional<Expr> tokenEndpoint();

    /** The OIDC user info endpoint. */
    Optional<Expr> userInfoEndpoint();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthorizationEndpoint", authorizationEndpoint())
          .put("ClientId", clientId())
          .put("ClientSecret", clientSecret())
          .put("Issuer", issuer())
          .put("Scope", scope())
          .put("TokenEndpoint", tokenEndpoint())
          .put("UserInfoEndpoint", userInfoEndpoint())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OidcOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessTrustProvider.OidcOptions.Builder {

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

      public Builder scope(String value) {
        scope(Expr.of(value));
        return this;
      }

      public Builder tokenEndpoint(String value) {
        tokenEndpoint(Expr.of(value));
        return this;
      }

      public Builder userInfoEndpoint(String value) {
        userInfoEndpoint(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessTrustProvider.SseSpecification}: AWS Verified Access provides
   * server side encryption by default to data at rest using AWS -owned KMS keys. You also have the
   * option of using customer managed KMS keys, which can be specified using the options below.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccesstrustprovider-ssespecification.html">AWS::EC2::VerifiedAccessTrustProvider.SseSpecification</a>
   */
  @Value.Immutable
  interface SseSpecification extends PropertyValue {

    /** Enable or disable the use of customer managed KMS keys for server side encryption. */
    Optional<Expr> customerManagedKeyEnabled();

    /** The ARN of the KMS key. */
    Optional<Expr> kmsKeyArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomerManagedKeyEnabled", customerManagedKeyEnabled())
          .put("KmsKeyArn", kmsKeyArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SseSpecification}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessTrustProvider.SseSpecification.Builder {

      public Builder customerManagedKeyEnabled(boolean value) {
        customerManagedKeyEnabled(Expr.of(value));
        return this;
      }

      public Builder kmsKeyArn(String value) {
        kmsKeyArn(Expr.of(value));
        return this;
      }
    }
  }
}
