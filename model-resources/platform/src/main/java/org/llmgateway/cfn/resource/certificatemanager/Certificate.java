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
 * {@code AWS::CertificateManager::Certificate}: The `AWS::CertificateManager::Certificate` resource
 * requests an Certificate Manager ( ACM ) certificate that you can use to enable secure
 * connections. For example, you can deploy an ACM certificate to an Elastic Load Balancer to enable
 * HTTPS support. For more information, see
 * [RequestCertificate](https://docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html)
 * in the Certificate Manager API Reference.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-certificatemanager-certificate.html">AWS::CertificateManager::Certificate</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Certificate extends Resource {

  String TYPE = "AWS::CertificateManager::Certificate";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The Amazon Resource Name (ARN) of the private certificate authority (CA) that will be used to
   * issue the certificate. If you do not provide an ARN and you are trying to request a private
   * certificate, ACM will attempt to issue a public certificate. For more information about private
   * CAs, see the [AWS Private Certificate
   * Authority](https://docs.aws.amazon.com/privateca/latest/userguide/PcaWelcome.html) user guide.
   * The ARN must have the following form:
   */
  Optional<Expr> certificateAuthorityArn();

  /**
   * You can opt out of allowing export of your certificate by specifying the `DISABLED` option.
   * Allow export of your certificate by specifying the `ENABLED` option.
   */
  Optional<Expr> certificateExport();

  /**
   * You can opt out of certificate transparency logging by specifying the `DISABLED` option. Opt in
   * by specifying `ENABLED` . This setting doces not apply to private certificates.
   */
  Optional<Expr> certificateTransparencyLoggingPreference();

  /**
   * Required. The fully qualified domain name (FQDN), such as www.example.com, with which you want
   * to secure an ACM certificate. Use an asterisk (*) to create a wildcard certificate that
   * protects several sites in the same domain. For example, `*.example.com` protects
   * `www.example.com` , `site.example.com` , and `images.example.com.`
   */
  Expr domainName();

  /** Domain information that domain name registrars use to verify your identity. */
  Optional<Expr> domainValidationOptions();

  /**
   * Specifies the algorithm of the public and private key pair that your certificate uses to
   * encrypt data. RSA is the default key algorithm for ACM certificates. Elliptic Curve Digital
   * Signature Algorithm (ECDSA) keys are smaller, offering security comparable to RSA keys but with
   * greater computing efficiency. However, ECDSA is not supported by all network clients. Some AWS
   * services may require RSA keys, or only support ECDSA keys of a particular size, while others
   * allow the use of either RSA and ECDSA keys to ensure that compatibility is not broken. Check
   * the requirements for the AWS service where you plan to deploy your certificate. For more
   * information about selecting an algorithm, see [Key
   * algorithms](https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate-characteristics.html#algorithms-term)
   * .
   */
  Optional<Expr> keyAlgorithm();

  /**
   * Additional FQDNs to be included in the Subject Alternative Name extension of the ACM
   * certificate. For example, you can add www.example.net to a certificate for which the
   * `DomainName` field is www.example.com if users can reach your site by using either name.
   */
  Optional<Expr> subjectAlternativeNames();

  /** Key-value pairs that can identify the certificate. */
  Optional<Expr> tags();

  /**
   * The method you want to use to validate that you own or control the domain associated with a
   * public certificate. You can [validate with
   * DNS](https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-validate-dns.html) or [validate
   * with email](https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-validate-email.html) . We
   * recommend that you use DNS validation.
   */
  Optional<Expr> validationMethod();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CertificateAuthorityArn", certificateAuthorityArn())
        .put("CertificateExport", certificateExport())
        .put("CertificateTransparencyLoggingPreference", certificateTransparencyLoggingPreference())
        .put("DomainName", domainName())
        .put("DomainValidationOptions", domainValidationOptions())
        .put("KeyAlgorithm", keyAlgorithm())
        .put("SubjectAlternativeNames", subjectAlternativeNames())
        .put("Tags", tags())
        .put("ValidationMethod", validationMethod())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CertificateArn} attribute: The Amazon Resource Name (ARN) of the private certificate
   * authority (CA) that will be used to issue the certificate.
   */
  default GetAtt attrCertificateArn() {
    return getAtt("CertificateArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certificate}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCertificate.Builder {

    public Builder certificateAuthorityArn(String value) {
      certificateAuthorityArn(Expr.of(value));
      return this;
    }

    public Builder certificateExport(String value) {
      certificateExport(Expr.of(value));
      return this;
    }

    public Builder certificateTransparencyLoggingPreference(String value) {
      certificateTransparencyLoggingPreference(Expr.of(value));
      return this;
    }

    public Builder domainName(String value) {
      domainName(Expr.of(value));
      return this;
    }

    public Builder domainValidationOptions(List<? extends Expr> values) {
      domainValidationOptions(Expr.list(values));
      return this;
    }

    public Builder keyAlgorithm(String value) {
      keyAlgorithm(Expr.of(value));
      return this;
    }

    public Builder subjectAlternativeNames(List<? extends Expr> values) {
      subjectAlternativeNames(Expr.list(values));
      return this;
    }

    public Builder subjectAlternativeNames(String... values) {
      subjectAlternativeNames(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder validationMethod(String value) {
      validationMethod(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::CertificateManager::Certificate.DomainValidationOption}: `DomainValidationOption`
   * is a property of the
   * [AWS::CertificateManager::Certificate](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-certificatemanager-certificate.html)
   * resource that specifies the Certificate Manager ( ACM ) certificate domain to validate.
   * Depending on the chosen validation method, ACM checks the domain's DNS record for a validation
   * CNAME, or it attempts to send a validation email message to the domain owner.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-certificate-domainvalidationoption.html">AWS::CertificateManager::Certificate.DomainValidationOption</a>
   */
  @Value.Immutable
  interface DomainValidationOption extends PropertyValue {

    /** A fully qualified domain name (FQDN) in the certificate request. */
    Optional<Expr> domainName();

    /**
     * The `HostedZoneId` option, which is available if you are using Route 53 as your domain
     * registrar, causes ACM to add your CNAME to the domain record. Your list of
     * `DomainValidationOptions` must contain one and only one of the domain-validation options, and
     * the `HostedZoneId` can be used only when `DNS` is specified as your validation method.
     */
    Optional<Expr> hostedZoneId();

    /**
     * The domain name to which you want ACM to send validation emails. This domain name is the
     * suffix of the email addresses that you want ACM to use. This must be the same as the
     * `DomainName` value or a superdomain of the `DomainName` value. For example, if you request a
     * certificate for `testing.example.com` , you can specify `example.com` as this value. In that
     * case, ACM sends domain validation emails to the following five addresses:
     */
    Optional<Expr> validationDomain();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DomainName", domainName())
          .put("HostedZoneId", hostedZoneId())
          .put("ValidationDomain", validationDomain())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DomainValidationOption}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCertificate.DomainValidationOption.Builder {

      public Builder domainName(String value) {
        domainName(Expr.of(value));
        return this;
      }

      public Builder hostedZoneId(String value) {
        hostedZoneId(Expr.of(value));
        return this;
      }

      public Builder validationDomain(String value) {
        validationDomain(Expr.of(value));
        return this;
      }
    }
  }
}
