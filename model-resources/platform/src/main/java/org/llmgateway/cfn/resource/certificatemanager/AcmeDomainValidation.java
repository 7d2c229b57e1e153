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
 * {@code AWS::CertificateManager::AcmeDomainValidation}: Resource Type definition for
 * AWS::CertificateManager::AcmeDomainValidation
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-certificatemanager-acmedomainvalidation.html">AWS::CertificateManager::AcmeDomainValidation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AcmeDomainValidation extends Resource {

  String TYPE = "AWS::CertificateManager::AcmeDomainValidation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ARN of the ACME endpoint this domain validation is associated with. */
  Expr acmeEndpointArn();

  /** Required. The domain name to validate. */
  Expr domainName();

  /**
   * Required. Prevalidation method configuration. Currently only DNS-based prevalidation is
   * supported.
   */
  Expr prevalidationOptions();

  /** Tags associated with the domain validation. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AcmeEndpointArn", acmeEndpointArn())
        .put("DomainName", domainName())
        .put("PrevalidationOptions", prevalidationOptions())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the domain validation. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AcmeDomainValidation}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAcmeDomainValidation.Builder {

    public Builder acmeEndpointArn(String value) {
      acmeEndpointArn(Expr.of(value));
      return this;
    }

    public Builder domainName(String value) {
      domainName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeDomainValidation.DnsPrevalidationOptions}: DNS-based
   * prevalidation options for the domain validation.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmedomainvalidation-dnsprevalidationoptions.html">AWS::CertificateManager::AcmeDomainValidation.DnsPrevalidationOptions</a>
   */
  @Value.Immutable
  interface DnsPrevalidationOptions extends PropertyValue {

    /**
     * Controls which certificate types are authorized to be issued for the domain via the ACME
     * endpoint.
     */
    Optional<Expr> domainScope();

    /**
     * The Route 53 hosted zone ID for automatic DNS record management. When provided, the service
     * creates the validation DNS record on the customer's behalf.
     */
    Optional<Expr> hostedZoneId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DomainScope", domainScope())
          .put("HostedZoneId", hostedZoneId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DnsPrevalidationOptions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableAcmeDomainValidation.DnsPrevalidationOptions.Builder {

      public Builder hostedZoneId(String value) {
        hostedZoneId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeDomainValidation.DomainScope}: Controls which certificate
   * types are authorized to be issued for the domain via the ACME endpoint.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmedomainvalidation-domainscope.html">AWS::CertificateManager::AcmeDomainValidation.DomainScope</a>
   */
  @Value.Immutable
  interface DomainScope extends PropertyValue {

    /** Whether certificates may be issued for the exact domain. */
    Optional<Expr> exactDomain();

    /** Whether certificates may be issued for subdomains of the domain. */
    Optional<Expr> subdomains();

    /** Whether wildcard certificates may be issued for the domain. */
    Optional<Expr> wildcards();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExactDomain", exactDomain())
          .put("Subdomains", subdomains())
          .put("Wildcards", wildcards())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DomainScope}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAcmeDomainValidation.DomainScope.Builder {

      public Builder exactDomain(String value) {
        exactDomain(Expr.of(value));
        return this;
      }

      public Builder subdomains(String value) {
        subdomains(Expr.of(value));
        return this;
      }

      public Builder wildcards(String value) {
        wildcards(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeDomainValidation.PrevalidationOptions}: Prevalidation
   * method configuration. Currently only DNS-based prevalidation is supported.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmedomainvalidation-prevalidationoptions.html">AWS::CertificateManager::AcmeDomainValidation.PrevalidationOptions</a>
   */
  @Value.Immutable
  interface PrevalidationOptions extends PropertyValue {

    /** Required. DNS-based prevalidation options for the domain validation. */
    Expr dnsPrevalidation();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DnsPrevalidation", dnsPrevalidation())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PrevalidationOptions}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableAcmeDomainValidation.PrevalidationOptions.Builder {
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeDomainValidation.TagsItems}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmedomainvalidation-tagsitems.html">AWS::CertificateManager::AcmeDomainValidation.TagsItems</a>
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
    final class Builder extends ImmutableAcmeDomainValidation.TagsItems.Builder {

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
