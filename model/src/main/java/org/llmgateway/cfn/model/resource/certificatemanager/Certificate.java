package org.llmgateway.cfn.model.resource.certificatemanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::CertificateManager::Certificate. {@code Ref} gives the certificate's ARN. */
@Value.Immutable
@CfnStyle
public interface Certificate extends Resource {

  /** How ACM proves the domain is ours. */
  enum ValidationMethod {
    DNS,
    EMAIL
  }

  @Override
  default String resourceType() {
    return "AWS::CertificateManager::Certificate";
  }

  @JsonProperty("DomainName")
  Expr domainName();

  @JsonProperty("SubjectAlternativeNames")
  List<Expr> subjectAlternativeNames();

  @JsonProperty("ValidationMethod")
  Optional<ValidationMethod> validationMethod();

  /**
   * With DNS validation and a hosted zone per domain, CloudFormation writes the validation CNAME
   * itself and the stack waits until the certificate is issued, with no manual step.
   */
  @JsonProperty("DomainValidationOptions")
  List<DomainValidationOption> domainValidationOptions();

  @JsonProperty("Tags")
  List<Tag> tags();

  static ImmutableCertificate.Builder builder() {
    return ImmutableCertificate.builder();
  }

  /** The Route 53 hosted zone in which a domain's validation record is created. */
  @Value.Immutable
  @CfnStyle
  interface DomainValidationOption {
    @JsonProperty("DomainName")
    @Value.Parameter
    Expr domainName();

    @JsonProperty("HostedZoneId")
    @Value.Parameter
    Expr hostedZoneId();

    static DomainValidationOption of(Expr domainName, Expr hostedZoneId) {
      return ImmutableDomainValidationOption.of(domainName, hostedZoneId);
    }
  }

  @Value.Check
  default void check() {
    if (!domainValidationOptions().isEmpty()
        && validationMethod().orElse(ValidationMethod.EMAIL) != ValidationMethod.DNS) {
      throw new IllegalStateException(
          "Certificate " + logicalId() + ": DomainValidationOptions with a hosted zone need "
              + "ValidationMethod DNS");
    }
  }
}
