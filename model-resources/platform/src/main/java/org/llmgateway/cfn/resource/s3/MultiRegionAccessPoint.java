// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.s3;

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
 * {@code AWS::S3::MultiRegionAccessPoint}: The `AWS::S3::MultiRegionAccessPoint` resource creates
 * an Amazon S3 Multi-Region Access Point. To learn more about Multi-Region Access Points, see
 * [Multi-Region Access Points in Amazon
 * S3](https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiRegionAccessPoints.html) in the in
 * the *Amazon S3 User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-multiregionaccesspoint.html">AWS::S3::MultiRegionAccessPoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MultiRegionAccessPoint extends Resource {

  String TYPE = "AWS::S3::MultiRegionAccessPoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name of the Multi-Region Access Point. */
  Optional<Expr> name();

  /**
   * The PublicAccessBlock configuration that you want to apply to this Multi-Region Access Point.
   * You can enable the configuration options in any combination. For more information about when
   * Amazon S3 considers an object public, see [The Meaning of
   * "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status)
   * in the *Amazon S3 User Guide* .
   */
  Optional<Expr> publicAccessBlockConfiguration();

  /**
   * Required. A collection of the Regions and buckets associated with the Multi-Region Access
   * Point.
   */
  Expr regions();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Name", name())
        .put("PublicAccessBlockConfiguration", publicAccessBlockConfiguration())
        .put("Regions", regions())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Alias} attribute: The alias for the Multi-Region Access Point. For more information
   * about the distinction between the name and the alias of an Multi-Region Access Point, see
   * [Managing Multi-Region Access
   * Points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/CreatingMultiRegionAccessPoints.html#multi-region-access-point-naming)
   * in the *Amazon S3 User Guide* .
   */
  default GetAtt attrAlias() {
    return getAtt("Alias");
  }

  /**
   * The {@code CreatedAt} attribute: The timestamp of when the Multi-Region Access Point is
   * created.
   */
  default GetAtt attrCreatedAt() {
    return getAtt("CreatedAt");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MultiRegionAccessPoint}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableMultiRegionAccessPoint.Builder {

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder regions(List<? extends Expr> values) {
      regions(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::S3::MultiRegionAccessPoint.PublicAccessBlockConfiguration}: The PublicAccessBlock
   * configuration that you want to apply to this Amazon S3 Multi-Region Access Point. You can
   * enable the configuration options in any combination. For more information about when Amazon S3
   * considers an object public, see [The Meaning of
   * "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-multiregionaccesspoint-publicaccessblockconfiguration.html">AWS::S3::MultiRegionAccessPoint.PublicAccessBlockConfiguration</a>
   */
  @Value.Immutable
  interface PublicAccessBlockConfiguration extends PropertyValue {

    /**
     * Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket
     * and objects in this bucket. Setting this element to `TRUE` causes the following behavior:
     */
    Optional<Expr> blockPublicAcls();

    /**
     * Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting this
     * element to `TRUE` causes Amazon S3 to reject calls to PUT Bucket policy if the specified
     * bucket policy allows public access.
     */
    Optional<Expr> blockPublicPolicy();

    /**
     * Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this
     * bucket. Setting this element to `TRUE` causes Amazon S3 to ignore all public ACLs on this
     * bucket and objects in this bucket.
     */
    Optional<Expr> ignorePublicAcls();

    /**
     * Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting
     * this element to `TRUE` restricts access to this bucket to only AWS service principals and
     * authorized users within this account if the bucket has a public policy.
     */
    Optional<Expr> restrictPublicBuckets();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BlockPublicAcls", blockPublicAcls())
          .put("BlockPublicPolicy", blockPublicPolicy())
          .put("IgnorePublicAcls", ignorePublicAcls())
          .put("RestrictPublicBuckets", restrictPublicBuckets())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PublicAccessBlockConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableMultiRegionAccessPoint.PublicAccessBlockConfiguration.Builder {

      public Builder blockPublicAcls(boolean value) {
        blockPublicAcls(Expr.of(value));
        return this;
      }

      public Builder blockPublicPolicy(boolean value) {
        blockPublicPolicy(Expr.of(value));
        return this;
      }

      public Builder ignorePublicAcls(boolean value) {
        ignorePublicAcls(Expr.of(value));
        return this;
      }

      public Builder restrictPublicBuckets(boolean value) {
        restrictPublicBuckets(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::MultiRegionAccessPoint.Region}: A bucket associated with a specific Region when
   * creating Multi-Region Access Points.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-multiregionaccesspoint-region.html">AWS::S3::MultiRegionAccessPoint.Region</a>
   */
  @Value.Immutable
  interface Region extends PropertyValue {

    /** Required. The name of the associated bucket for the Region. */
    Expr bucket();

    /**
     * The AWS account ID that owns the Amazon S3 bucket that's associated with this Multi-Region
     * Access Point.
     */
    Optional<Expr> bucketAccountId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Bucket", bucket())
          .put("BucketAccountId", bucketAccountId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Region}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMultiRegionAccessPoint.Region.Builder {

      public Builder bucket(String value) {
        bucket(Expr.of(value));
        return this;
      }

      public Builder bucketAccountId(String value) {
        bucketAccountId(Expr.of(value));
        return this;
      }
    }
  }
}
