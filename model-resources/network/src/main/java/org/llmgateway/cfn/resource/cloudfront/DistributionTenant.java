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
 * {@code AWS::CloudFront::DistributionTenant}: The distribution tenant.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-distributiontenant.html">AWS::CloudFront::DistributionTenant</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DistributionTenant extends Resource {

  String TYPE = "AWS::CloudFront::DistributionTenant";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The ID of the connection group for the distribution tenant. If you don't specify a connection
   * group, CloudFront uses the default connection group.
   */
  Optional<Expr> connectionGroupId();

  /**
   * Customizations for the distribution tenant. For each distribution tenant, you can specify the
   * geographic restrictions, and the Amazon Resource Names (ARNs) for the ACM certificate and AWS
   * WAF web ACL. These are specific values that you can override or disable from the multi-tenant
   * distribution that was used to create the distribution tenant.
   */
  Optional<Expr> customizations();

  /** Required. The ID of the multi-tenant distribution. */
  Expr distributionId();

  /** Required. The domains associated with the distribution tenant. */
  Expr domains();

  /**
   * Indicates whether the distribution tenant is in an enabled state. If disabled, the distribution
   * tenant won't serve traffic.
   */
  Optional<Expr> enabled();

  /** An object that represents the request for the Amazon CloudFront managed ACM certificate. */
  Optional<Expr> managedCertificateRequest();

  /** Required. The name of the distribution tenant. */
  Expr name();

  /**
   * A list of parameter values to add to the resource. A parameter is specified as a key-value
   * pair. A valid parameter value must exist for any parameter that is marked as required in the
   * multi-tenant distribution.
   */
  Optional<Expr> parameters();

  /** A complex type that contains zero or more `Tag` elements. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ConnectionGroupId", connectionGroupId())
        .put("Customizations", customizations())
        .put("DistributionId", distributionId())
        .put("Domains", domains())
        .put("Enabled", enabled())
        .put("ManagedCertificateRequest", managedCertificateRequest())
        .put("Name", name())
        .put("Parameters", parameters())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the distribution tenant. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code CreatedTime} attribute: The date and time when the distribution tenant was created.
   */
  default GetAtt attrCreatedTime() {
    return getAtt("CreatedTime");
  }

  /** The {@code DomainResults} attribute. */
  default GetAtt attrDomainResults() {
    return getAtt("DomainResults");
  }

  /** The {@code ETag} attribute: The current version of the distribution tenant. */
  default GetAtt attrETag() {
    return getAtt("ETag");
  }

  /** The {@code Id} attribute: The ID of the distribution tenant. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LastModifiedTime} attribute: The date and time when the distribution tenant was
   * updated.
   */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** The {@code Status} attribute: The status of the distribution tenant. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DistributionTenant}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDistributionTenant.Builder {

    public Builder connectionGroupId(String value) {
      connectionGroupId(Expr.of(value));
      return this;
    }

    public Builder distributionId(String value) {
      distributionId(Expr.of(value));
      return this;
    }

    public Builder domains(List<? extends Expr> values) {
      domains(Expr.list(values));
      return this;
    }

    public Builder domains(String... values) {
      domains(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder enabled(boolean value) {
      enabled(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder parameters(List<? extends Expr> values) {
      parameters(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::DistributionTenant.Certificate}: The Certificate Manager (ACM)
   * certificate associated with your distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distributiontenant-certificate.html">AWS::CloudFront::DistributionTenant.Certificate</a>
   */
  @Value.Immutable
  interface Certificate extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the ACM certificate. */
    Optional<Expr> arn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Certificate}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistributionTenant.Certificate.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::DistributionTenant.Customizations}: Customizations for the distribution
   * tenant. For each distribution tenant, you can specify the geographic restrictions, and the
   * Amazon Resource Names (ARNs) for the ACM certificate and AWS WAF web ACL. These are specific
   * values that you can override or disable from the multi-tenant distribution that was used to
   * create the distribution tenant.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distributiontenant-customizations.html">AWS::CloudFront::DistributionTenant.Customizations</a>
   */
  @Value.Immutable
  interface Customizations extends PropertyValue {

    /** The Certificate Manager (ACM) certificate. */
    Optional<Expr> certificate();

    /** The geographic restrictions. */
    Optional<Expr> geoRestrictions();

    /** The AWS WAF web ACL. */
    Optional<Expr> webAcl();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Certificate", certificate())
          .put("GeoRestrictions", geoRestrictions())
          .put("WebAcl", webAcl())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Customizations}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistributionTenant.Customizations.Builder {
    }
  }

  /**
   * {@code AWS::CloudFront::DistributionTenant.DomainResult}: The details about the domain result.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distributiontenant-domainresult.html">AWS::CloudFront::DistributionTenant.DomainResult</a>
   */
  @Value.Immutable
  interface DomainResult extends PropertyValue {

    /** The specified domain. */
    Optional<Expr> domain();

    /** Whether the domain is active or inactive. */
    Optional<Expr> status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Domain", domain())
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DomainResult}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistributionTenant.DomainResult.Builder {

      public Builder domain(String value) {
        domain(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::DistributionTenant.GeoRestrictionCustomization}: The customizations
   * that you specified for the distribution tenant for geographic restrictions.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distributiontenant-georestrictioncustomization.html">AWS::CloudFront::DistributionTenant.GeoRestrictionCustomization</a>
   */
  @Value.Immutable
  interface GeoRestrictionCustomization extends PropertyValue {

    /** The locations for geographic restrictions. */
    Optional<Expr> locations();

    /** The method that you want to use to restrict distribution of your content by country: */
    Optional<Expr> restrictionType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Locations", locations())
          .put("RestrictionType", restrictionType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link GeoRestrictionCustomization}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableDistributionTenant.GeoRestrictionCustomization.Builder {

      public Builder locations(List<? extends Expr> values) {
        locations(Expr.list(values));
        return this;
      }

      public Builder locations(String... values) {
        locations(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder restrictionType(String value) {
        restrictionType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::DistributionTenant.ManagedCertificateRequest}: An object that
   * represents the request for the Amazon CloudFront managed ACM certificate.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distributiontenant-managedcertificaterequest.html">AWS::CloudFront::DistributionTenant.ManagedCertificateRequest</a>
   */
  @Value.Immutable
  interface ManagedCertificateRequest extends PropertyValue {

    /**
     * You can opt out of certificate transparency logging by specifying the `disabled` option. Opt
     * in by specifying `enabled` . For more information, see [Certificate Transparency
     * Logging](https://docs.aws.amazon.com/acm/latest/userguide/acm-concepts.html#concept-transparency)
     * in the *Certificate Manager User Guide* .
     */
    Optional<Expr> certificateTransparencyLoggingPreference();

    /** The primary domain name associated with the CloudFront managed ACM certificate. */
    Optional<Expr> primaryDomainName();

    /**
     * Specify how the HTTP validation token will be served when requesting the CloudFront managed
     * ACM certificate.
     */
    Optional<Expr> validationTokenHost();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CertificateTransparencyLoggingPreference", certificateTransparencyLoggingPreference())
          .put("PrimaryDomainName", primaryDomainName())
          .put("ValidationTokenHost", validationTokenHost())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ManagedCertificateRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableDistributionTenant.ManagedCertificateRequest.Builder {

      public Builder certificateTransparencyLoggingPreference(String value) {
        certificateTransparencyLoggingPreference(Expr.of(value));
        return this;
      }

      public Builder primaryDomainName(String value) {
        primaryDomainName(Expr.of(value));
        return this;
      }

      public Builder validationTokenHost(String value) {
        validationTokenHost(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::DistributionTenant.Parameter}: A list of parameter values to add to the
   * resource. A parameter is specified as a key-value pair. A valid parameter value must exist for
   * any parameter that is marked as required in the multi-tenant distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distributiontenant-parameter.html">AWS::CloudFront::DistributionTenant.Parameter</a>
   */
  @Value.Immutable
  interface Parameter extends PropertyValue {

    /** The parameter name. */
    Optional<Expr> name();

    /** The parameter value. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Parameter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDistributionTenant.Parameter.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::DistributionTenant.WebAclCustomization}: The AWS WAF web ACL
   * customization specified for the distribution tenant.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-distributiontenant-webaclcustomization.html">AWS::CloudFront::DistributionTenant.WebAclCustomization</a>
   */
  @Value.Immutable
  interface WebAclCustomization extends PropertyValue {

    /**
     * The action for the AWS WAF web ACL customization. You can specify `override` to specify a
     * separate AWS WAF web ACL for the distribution tenant. If you specify `disable` , the
     * distribution tenant won't have AWS WAF web ACL protections and won't inherit from the
     * multi-tenant distribution.
     */
    Optional<Expr> action();

    /** The Amazon Resource Name (ARN) of the AWS WAF web ACL. */
    Optional<Expr> arn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Action", action())
          .put("Arn", arn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link WebAclCustomization}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableDistributionTenant.WebAclCustomization.Builder {

      public Builder action(String value) {
        action(Expr.of(value));
        return this;
      }

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }
}
