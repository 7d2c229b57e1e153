// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::ResourceDataSync}: The `AWS::SSM::ResourceDataSync` resource creates, updates,
 * or deletes a resource data sync for AWS Systems Manager . A resource data sync helps you view
 * data from multiple sources in a single location. Systems Manager offers two types of resource
 * data sync: `SyncToDestination` and `SyncFromSource` .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-resourcedatasync.html">AWS::SSM::ResourceDataSync</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResourceDataSync extends Resource {

  String TYPE = "AWS::SSM::ResourceDataSync";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name of the S3 bucket where the aggregated data is stored. */
  Optional<Expr> bucketName();

  /** An Amazon S3 prefix for the bucket. */
  Optional<Expr> bucketPrefix();

  /** The AWS Region with the S3 bucket targeted by the resource data sync. */
  Optional<Expr> bucketRegion();

  /**
   * The Amazon Resource Name (ARN) of an encryption key for a destination in Amazon S3 . You can
   * use a KMS key to encrypt inventory data in Amazon S3 . You must specify a key that exist in the
   * same AWS Region as the destination Amazon S3 bucket.
   */
  Optional<Expr> kmsKeyArn();

  /** Configuration information for the target S3 bucket. */
  Optional<Expr> s3Destination();

  /** A supported sync format. The following format is currently supported: JsonSerDe */
  Optional<Expr> syncFormat();

  /** Required. A name for the resource data sync. */
  Expr syncName();

  /** Information about the source where the data was synchronized. */
  Optional<Expr> syncSource();

  /**
   * The type of resource data sync. If `SyncType` is `SyncToDestination` , then the resource data
   * sync synchronizes data to an S3 bucket. If the `SyncType` is `SyncFromSource` then the resource
   * data sync synchronizes data from AWS Organizations or from multiple AWS Regions .
   */
  Optional<Expr> syncType();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BucketName", bucketName())
        .put("BucketPrefix", bucketPrefix())
        .put("BucketRegion", bucketRegion())
        .put("KMSKeyArn", kmsKeyArn())
        .put("S3Destination", s3Destination())
        .put("SyncFormat", syncFormat())
        .put("SyncName", syncName())
        .put("SyncSource", syncSource())
        .put("SyncType", syncType())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code SyncName} attribute. */
  default GetAtt attrSyncName() {
    return getAtt("SyncName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResourceDataSync}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableResourceDataSync.Builder {

    public Builder bucketName(String value) {
      bucketName(Expr.of(value));
      return this;
    }

    public Builder bucketPrefix(String value) {
      bucketPrefix(Expr.of(value));
      return this;
    }

    public Builder bucketRegion(String value) {
      bucketRegion(Expr.of(value));
      return this;
    }

    public Builder kmsKeyArn(String value) {
      kmsKeyArn(Expr.of(value));
      return this;
    }

    public Builder syncFormat(String value) {
      syncFormat(Expr.of(value));
      return this;
    }

    public Builder syncName(String value) {
      syncName(Expr.of(value));
      return this;
    }

    public Builder syncType(String value) {
      syncType(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::SSM::ResourceDataSync.AwsOrganizationsSource}: Information about the
   * `AwsOrganizationsSource` resource data sync source. A sync source of this type can synchronize
   * data from AWS Organizations or, if an AWS organization isn't present, from multiple AWS Regions
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-resourcedatasync-awsorganizationssource.html">AWS::SSM::ResourceDataSync.AwsOrganizationsSource</a>
   */
  @Value.Immutable
  interface AwsOrganizationsSource extends PropertyValue {

    /**
     * Required. If an AWS organization is present, this is either `OrganizationalUnits` or
     * `EntireOrganization` . For `OrganizationalUnits` , the data is aggregated from a set of
     * organization units. For `EntireOrganization` , the data is aggregated from the entire AWS
     * organization.
     */
    Expr organizationSourceType();

    /** The AWS Organizations organization units included in the sync. */
    Optional<Expr> organizationalUnits();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OrganizationSourceType", organizationSourceType())
          .put("OrganizationalUnits", organizationalUnits())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AwsOrganizationsSource}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableResourceDataSync.AwsOrganizationsSource.Builder {

      public Builder organizationSourceType(String value) {
        organizationSourceType(Expr.of(value));
        return this;
      }

      public Builder organizationalUnits(List<? extends Expr> values) {
        organizationalUnits(Expr.list(values));
        return this;
      }

      public Builder organizationalUnits(String... values) {
        organizationalUnits(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::ResourceDataSync.S3Destination}: Information about the target S3 bucket for
   * the resource data sync.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-resourcedatasync-s3destination.html">AWS::SSM::ResourceDataSync.S3Destination</a>
   */
  @Value.Immutable
  interface S3Destination extends PropertyValue {

    /** Required. The name of the S3 bucket where the aggregated data is stored. */
    Expr bucketName();

    /** An Amazon S3 prefix for the bucket. */
    Optional<Expr> bucketPrefix();

    /** Required. The AWS Region with the S3 bucket targeted by the resource data sync. */
    Expr bucketRegion();

    /**
     * The ARN of an encryption key for a destination in Amazon S3. Must belong to the same Region
     * as the destination S3 bucket.
     */
    Optional<Expr> kmsKeyArn();

    /** Required. A supported sync format. The following format is currently supported: JsonSerDe */
    Expr syncFormat();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BucketName", bucketName())
          .put("BucketPrefix", bucketPrefix())
          .put("BucketRegion", bucketRegion())
          .put("KMSKeyArn", kmsKeyArn())
          .put("SyncFormat", syncFormat())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link S3Destination}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResourceDataSync.S3Destination.Builder {

      public Builder bucketName(String value) {
        bucketName(Expr.of(value));
        return this;
      }

      public Builder bucketPrefix(String value) {
        bucketPrefix(Expr.of(value));
        return this;
      }

      public Builder bucketRegion(String value) {
        bucketRegion(Expr.of(value));
        return this;
      }

      public Builder kmsKeyArn(String value) {
        kmsKeyArn(Expr.of(value));
        return this;
      }

      public Builder syncFormat(String value) {
        syncFormat(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SSM::ResourceDataSync.SyncSource}: Information about the source of the data
   * included in the resource data sync.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ssm-resourcedatasync-syncsource.html">AWS::SSM::ResourceDataSync.SyncSource</a>
   */
  @Value.Immutable
  interface SyncSource extends PropertyValue {

    /**
     * Information about the AwsOrganizationsSource resource data sync source. A sync source of this
     * type can synchronize data from AWS Organizations .
     */
    Optional<Expr> awsOrganizationsSource();

    /**
     * Whether to automatically synchronize and aggregate data from new AWS Regions when those
     * Regions come online.
     */
    Optional<Expr> includeFutureRegions();

    /** Required. The `SyncSource` AWS Regions included in the resource data sync. */
    Expr sourceRegions();

    /**
     * Required. The type of data source for the resource data sync. `SourceType` is either
     * `AwsOrganizations` (if an organization is present in AWS Organizations ) or
     * `SingleAccountMultiRegions` .
     */
    Expr sourceType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AwsOrganizationsSource", awsOrganizationsSource())
          .put("IncludeFutureRegions", includeFutureRegions())
          .put("SourceRegions", sourceRegions())
          .put("SourceType", sourceType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SyncSource}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResourceDataSync.SyncSource.Builder {

      public Builder includeFutureRegions(boolean value) {
        includeFutureRegions(Expr.of(value));
        return this;
      }

      public Builder sourceRegions(List<? extends Expr> values) {
        sourceRegions(Expr.list(values));
        return this;
      }

      public Builder sourceRegions(String... values) {
        sourceRegions(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder sourceType(String value) {
        sourceType(Expr.of(value));
        return this;
      }
    }
  }
}
