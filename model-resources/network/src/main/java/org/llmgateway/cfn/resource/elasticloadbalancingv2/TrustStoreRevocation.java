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
 * {@code AWS::ElasticLoadBalancingV2::TrustStoreRevocation}: Adds the specified revocation contents
 * to the specified trust store. You must specify `TrustStoreArn` .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticloadbalancingv2-truststorerevocation.html">AWS::ElasticLoadBalancingV2::TrustStoreRevocation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrustStoreRevocation extends Resource {

  String TYPE = "AWS::ElasticLoadBalancingV2::TrustStoreRevocation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The revocation file to add. */
  Optional<Expr> revocationContents();

  /** The Amazon Resource Name (ARN) of the trust store. */
  Optional<Expr> trustStoreArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("RevocationContents", revocationContents())
        .put("TrustStoreArn", trustStoreArn())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code RevocationId} attribute: The revocation ID of the revocation file. */
  default GetAtt attrRevocationId() {
    return getAtt("RevocationId");
  }

  /**
   * The {@code TrustStoreRevocations} attribute: Information about the revocation file in the trust
   * store. For more information, see
   * [TrustStoreRevocation](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-truststorerevocation-truststorerevocation.html)
   * .
   */
  default GetAtt attrTrustStoreRevocations() {
    return getAtt("TrustStoreRevocations");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrustStoreRevocation}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTrustStoreRevocation.Builder {

    public Builder revocationContents(List<? extends Expr> values) {
      revocationContents(Expr.list(values));
      return this;
    }

    public Builder trustStoreArn(String value) {
      trustStoreArn(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::TrustStoreRevocation.RevocationContent}: Information about
   * a revocation file. You must specify `S3Bucket` and `S3Key` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-truststorerevocation-revocationcontent.html">AWS::ElasticLoadBalancingV2::TrustStoreRevocation.RevocationContent</a>
   */
  @Value.Immutable
  interface RevocationContent extends PropertyValue {

    /** The type of revocation file. */
    Optional<Expr> revocationType();

    /** The Amazon S3 bucket for the revocation file. */
    Optional<Expr> s3Bucket();

    /** The Amazon S3 path for the revocation file. */
    Optional<Expr> s3Key();

    /** The Amazon S3 object version of the revocation file. */
    Optional<Expr> s3ObjectVersion();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RevocationType", revocationType())
          .put("S3Bucket", s3Bucket())
          .put("S3Key", s3Key())
          .put("S3ObjectVersion", s3ObjectVersion())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RevocationContent}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTrustStoreRevocation.RevocationContent.Builder {

      public Builder revocationType(String value) {
        revocationType(Expr.of(value));
        return this;
      }

      public Builder s3Bucket(String value) {
        s3Bucket(Expr.of(value));
        return this;
      }

      public Builder s3Key(String value) {
        s3Key(Expr.of(value));
        return this;
      }

      public Builder s3ObjectVersion(String value) {
        s3ObjectVersion(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElasticLoadBalancingV2::TrustStoreRevocation.TrustStoreRevocation}: Information
   * about a revocation file in use by a trust store.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticloadbalancingv2-truststorerevocation-truststorerevocation.html">AWS::ElasticLoadBalancingV2::TrustStoreRevocation.TrustStoreRevocation</a>
   */
  @Value.Immutable
  interface TrustStoreRevocationProperty extends PropertyValue {

    /** The number of revoked certificates. */
    Optional<Expr> numberOfRevokedEntries();

    /** The revocation ID of the revocation file. */
    Optional<Expr> revocationId();

    /** The type of revocation file. */
    Optional<Expr> revocationType();

    /** The Amazon Resource Name (ARN) of the trust store. */
    Optional<Expr> trustStoreArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("NumberOfRevokedEntries", numberOfRevokedEntries())
          .put("RevocationId", revocationId())
          .put("RevocationType", revocationType())
          .put("TrustStoreArn", trustStoreArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TrustStoreRevocationProperty}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableTrustStoreRevocation.TrustStoreRevocationProperty.Builder {

      public Builder numberOfRevokedEntries(long value) {
        numberOfRevokedEntries(Expr.of(value));
        return this;
      }

      public Builder revocationId(String value) {
        revocationId(Expr.of(value));
        return this;
      }

      public Builder revocationType(String value) {
        revocationType(Expr.of(value));
        return this;
      }

      public Builder trustStoreArn(String value) {
        trustStoreArn(Expr.of(value));
        return this;
      }
    }
  }
}
