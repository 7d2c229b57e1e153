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
 * {@code AWS::CloudFront::TrustStore}: A trust store.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-truststore.html">AWS::CloudFront::TrustStore</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrustStore extends Resource {

  String TYPE = "AWS::CloudFront::TrustStore";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A CA certificates bundle source. */
  Optional<Expr> caCertificatesBundleSource();

  /** Required. The trust store's name. */
  Expr name();

  /** A complex type that contains zero or more `Tag` elements. */
  Optional<Expr> tags();

  /**
   * A boolean. When true, performs real-time certificate revocation checks by querying the OCSP
   * endpoint specified within the client certificate.
   */
  Optional<Expr> useClientCertificateOCSPEndpoint();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CaCertificatesBundleSource", caCertificatesBundleSource())
        .put("Name", name())
        .put("Tags", tags())
        .put("UseClientCertificateOCSPEndpoint", useClientCertificateOCSPEndpoint())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The trust store's Amazon Resource Name (ARN). */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code ETag} attribute: The version identifier for the current version of the trust store.
   */
  default GetAtt attrETag() {
    return getAtt("ETag");
  }

  /** The {@code Id} attribute: The trust store's ID. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /** The {@code LastModifiedTime} attribute: The trust store's last modified time. */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** The {@code NumberOfCaCertificates} attribute: The trust store's number of CA certificates. */
  default GetAtt attrNumberOfCaCertificates() {
    return getAtt("NumberOfCaCertificates");
  }

  /** The {@code Status} attribute: The trust store's status. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrustStore}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTrustStore.Builder {

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder useClientCertificateOCSPEndpoint(boolean value) {
      useClientCertificateOCSPEndpoint(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::TrustStore.CaCertificatesBundleS3Location}: The CA certificates bundle
   * location in Amazon S3.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-truststore-cacertificatesbundles3location.html">AWS::CloudFront::TrustStore.CaCertificatesBundleS3Location</a>
   */
  @Value.Immutable
  interface CaCertificatesBundleS3Location extends PropertyValue {

    /** Required. The S3 bucket. */
    Expr bucket();

    /** Required. The location's key. */
    Expr key();

    /** Required. The location's Region. */
    Expr region();

    /** The location's version. */
    Optional<Expr> version();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Bucket", bucket())
          .put("Key", key())
          .put("Region", region())
          .put("Version", version())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CaCertificatesBundleS3Location}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableTrustStore.CaCertificatesBundleS3Location.Builder {

      public Builder bucket(String value) {
        bucket(Expr.of(value));
        return this;
      }

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder region(String value) {
        region(Expr.of(value));
        return this;
      }

      public Builder version(String value) {
        version(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::TrustStore.CaCertificatesBundleSource}: A CA certificates bundle
   * source.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-truststore-cacertificatesbundlesource.html">AWS::CloudFront::TrustStore.CaCertificatesBundleSource</a>
   */
  @Value.Immutable
  interface CaCertificatesBundleSource extends PropertyValue {

    /** Required. The CA certificates bundle location in Amazon S3. */
    Expr caCertificatesBundleS3Location();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CaCertificatesBundleS3Location", caCertificatesBundleS3Location())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CaCertificatesBundleSource}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableTrustStore.CaCertificatesBundleSource.Builder {
    }
  }
}
