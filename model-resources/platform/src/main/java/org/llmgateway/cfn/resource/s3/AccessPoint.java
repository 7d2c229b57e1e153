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
 * {@code AWS::S3::AccessPoint}: The AWS::S3::AccessPoint resource is an Amazon S3 resource type
 * that you can use to access buckets.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-accesspoint.html">AWS::S3::AccessPoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AccessPoint extends Resource {

  String TYPE = "AWS::S3::AccessPoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the bucket associated with this access point. */
  Expr bucket();

  /** The AWS account ID associated with the S3 bucket associated with this access point. */
  Optional<Expr> bucketAccountId();

  /**
   * The name of this access point. If you don't specify a name, AWS CloudFormation generates a
   * unique ID and uses that ID for the access point name.
   */
  Optional<Expr> name();

  /** The access point policy associated with this access point. */
  Optional<Expr> policy();

  /**
   * The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket. You can
   * enable the configuration options in any combination. For more information about when Amazon S3
   * considers a bucket or object public, see [The Meaning of
   * "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status)
   * in the *Amazon S3 User Guide* .
   */
  Optional<Expr> publicAccessBlockConfiguration();

  /**
   * An array of tags that you can apply to access points. Tags are key-value pairs of metadata used
   * to categorize your access points and control access. For more information, see [Using tags for
   * attribute-based access control
   * (ABAC)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/tagging.html#using-tags-for-abac)
   * .
   */
  Optional<Expr> tags();

  /** The Virtual Private Cloud (VPC) configuration for this access point, if one exists. */
  Optional<Expr> vpcConfiguration();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Bucket", bucket())
        .put("BucketAccountId", bucketAccountId())
        .put("Name", name())
        .put("Policy", policy())
        .put("PublicAccessBlockConfiguration", publicAccessBlockConfiguration())
        .put("Tags", tags())
        .put("VpcConfiguration", vpcConfiguration())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Alias} attribute: The alias for this access point. */
  default GetAtt attrAlias() {
    return getAtt("Alias");
  }

  /**
   * The {@code Arn} attribute: This property contains the details of the ARN for the access point.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Name} attribute: The name of this access point. */
  default GetAtt attrName() {
    return getAtt("Name");
  }

  /**
   * The {@code NetworkOrigin} attribute: Indicates whether this access point allows access from the
   * internet. If `VpcConfiguration` is specified for this access point, then `NetworkOrigin` is
   * `VPC` , and the access point doesn't allow access from the internet. Otherwise, `NetworkOrigin`
   * is `Internet` , and the access point allows access from the internet, subject to the access
   * point and bucket access policies.
   */
  default GetAtt attrNetworkOrigin() {
    return getAtt("NetworkOrigin");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccessPoint}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAccessPoint.Builder {

    public Builder bucket(String value) {
      bucket(Expr.of(value));
      return this;
    }

    public Builder bucketAccountId(String value) {
      bucketAccountId(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder policy(JsonNode value) {
      policy(Expr.json(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::S3::AccessPoint.PublicAccessBlockConfiguration}: The PublicAccessBlock
   * configuration that you want to apply to this Amazon S3 bucket. You can enable the configuration
   * options in any combination. Bucket-level settings work alongside account-level settings (which
   * may inherit from organization-level policies). For more information about when Amazon S3
   * considers a bucket or object public, see [The Meaning of
   * "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-accesspoint-publicaccessblockconfiguration.html">AWS::S3::AccessPoint.PublicAccessBlockConfiguration</a>
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
    final class Builder extends ImmutableAccessPoint.PublicAccessBlockConfiguration.Builder {

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
   * {@code AWS::S3::AccessPoint.VpcConfiguration}: The Virtual Private Cloud (VPC) configuration
   * for this access point.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-accesspoint-vpcconfiguration.html">AWS::S3::AccessPoint.VpcConfiguration</a>
   */
  @Value.Immutable
  interface VpcConfiguration extends PropertyValue {

    /**
     * If this field is specified, the access point will only allow connections from the specified
     * VPC ID.
     */
    Optional<Expr> vpcId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("VpcId", vpcId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VpcConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAccessPoint.VpcConfiguration.Builder {

      public Builder vpcId(String value) {
        vpcId(Expr.of(value));
        return this;
      }
    }
  }
}
