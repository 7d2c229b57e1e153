// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.certificatemanager;

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
 * {@code AWS::CertificateManager::AcmeEndpoint}: Resource Type definition for
 * AWS::CertificateManager::AcmeEndpoint
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-certificatemanager-acmeendpoint.html">AWS::CertificateManager::AcmeEndpoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AcmeEndpoint extends Resource {

  String TYPE = "AWS::CertificateManager::AcmeEndpoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The authorization behavior for the ACME endpoint. */
  Expr authorizationBehavior();

  /** Required. The certificate authority configuration for the ACME endpoint. */
  Expr certificateAuthority();

  /** Tags applied to certificates issued via this endpoint. */
  Optional<Expr> certificateTags();

  /** Whether contact information is required for the ACME endpoint. */
  Optional<Expr> contact();

  /** Tags associated with the ACME endpoint. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AuthorizationBehavior", authorizationBehavior())
        .put("CertificateAuthority", certificateAuthority())
        .put("CertificateTags", certificateTags())
        .put("Contact", contact())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AcmeEndpointArn} attribute: The Amazon Resource Name (ARN) of the ACME endpoint. */
  default GetAtt attrAcmeEndpointArn() {
    return getAtt("AcmeEndpointArn");
  }

  /** The {@code EndpointUrl} attribute: The ACME directory URL for the endpoint. */
  default GetAtt attrEndpointUrl() {
    return getAtt("EndpointUrl");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AcmeEndpoint}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAcmeEndpoint.Builder {

    public Builder authorizationBehavior(String value) {
      authorizationBehavior(Expr.of(value));
      return this;
    }

    public Builder certificateTags(List<? extends Expr> values) {
      certificateTags(Expr.list(values));
      return this;
    }

    public Builder contact(String value) {
      contact(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeEndpoint.CertificateAuthority}: The certificate authority
   * configuration for the ACME endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmeendpoint-certificateauthority.html">AWS::CertificateManager::AcmeEndpoint.CertificateAuthority</a>
   */
  @Value.Immutable
  interface CertificateAuthority extends PropertyValue {

    /** Required. Configuration for the public certificate authority. */
    Expr publicCertificateAuthority();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PublicCertificateAuthority", publicCertificateAuthority())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CertificateAuthority}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableAcmeEndpoint.CertificateAuthority.Builder {
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeEndpoint.PublicCertificateAuthority}: Configuration for the
   * public certificate authority.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmeendpoint-publiccertificateauthority.html">AWS::CertificateManager::AcmeEndpoint.PublicCertificateAuthority</a>
   */
  @Value.Immutable
  interface PublicCertificateAuthority extends PropertyValue {

    /** The allowed key algorithms for certificates issued via this endpoint. */
    Optional<Expr> allowedKeyAlgorithms();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllowedKeyAlgorithms", allowedKeyAlgorithms())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PublicCertificateAuthority}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableAcmeEndpoint.PublicCertificateAuthority.Builder {

      public Builder allowedKeyAlgorithms(List<? extends Expr> values) {
        allowedKeyAlgorithms(Expr.list(values));
        return this;
      }

      public Builder allowedKeyAlgorithms(String... values) {
        allowedKeyAlgorithms(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeEndpoint.TagsItems}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmeendpoint-tagsitems.html">AWS::CertificateManager::AcmeEndpoint.TagsItems</a>
   */
  @Value.Immutable
  interface TagsItems extends PropertyValue {

    /** Required. The key name of the tag. */
    Expr key();

    /** Required. The value for the tag. */
    Expr value();

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

    /** Builds a {@link TagsItems}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAcmeEndpoint.TagsItems.Builder {

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
}
