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
 * {@code AWS::S3::StorageLens}: The AWS::S3::StorageLens resource creates an Amazon S3 Storage Lens
 * configuration.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-storagelens.html">AWS::S3::StorageLens</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface StorageLens extends Resource {

  String TYPE = "AWS::S3::StorageLens";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. This resource contains the details Amazon S3 Storage Lens configuration. */
  Expr storageLensConfiguration();

  /** A set of tags (key–value pairs) to associate with the Storage Lens configuration. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("StorageLensConfiguration", storageLensConfiguration())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code StorageLensConfiguration.StorageLensArn} attribute: This property contains the
   * details of the ARN of the S3 Storage Lens configuration. This property is read-only.
   */
  default GetAtt attrStorageLensConfigurationStorageLensArn() {
    return getAtt("StorageLensConfiguration.StorageLensArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StorageLens}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableStorageLens.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::S3::StorageLens.AccountLevel}: This resource contains the details of the
   * account-level metrics for Amazon S3 Storage Lens.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-accountlevel.html">AWS::S3::StorageLens.AccountLevel</a>
   */
  @Value.Immutable
  interface AccountLevel extends PropertyValue {

    /** This property contains the details of account-level activity metrics for S3 Storage Lens. */
    Optional<Expr> activityMetrics();

    /**
     * This property contains the details of account-level advanced cost optimization metrics for S3
     * Storage Lens.
     */
    Optional<Expr> advancedCostOptimizationMetrics();

    /**
     * This property contains the details of account-level advanced data protection metrics for S3
     * Storage Lens.
     */
    Optional<Expr> advancedDataProtectionMetrics();

    /**
     * This property contains the account-level details for S3 Storage Lens advanced performance
     * metrics.
     */
    Optional<Expr> advancedPerformanceMetrics();

    /**
     * Required. This property contains the details of the account-level bucket-level configurations
     * for Amazon S3 Storage Lens. To enable bucket-level configurations, make sure to also set the
     * same metrics at the account level.
     */
    Expr bucketLevel();

    /**
     * This property contains the details of account-level detailed status code metrics for S3
     * Storage Lens.
     */
    Optional<Expr> detailedStatusCodesMetrics();

    /**
     * This property determines the scope of Storage Lens group data that is displayed in the
     * Storage Lens dashboard.
     */
    Optional<Expr> storageLensGroupLevel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ActivityMetrics", activityMetrics())
          .put("AdvancedCostOptimizationMetrics", advancedCostOptimizationMetrics())
          .put("AdvancedDataProtectionMetrics", advancedDataProtectionMetrics())
          .put("AdvancedPerformanceMetrics", advancedPerformanceMetrics())
          .put("BucketLevel", bucketLevel())
          .put("DetailedStatusCodesMetrics", detailedStatusCodesMetrics())
          .put("StorageLensGroupLevel", storageLensGroupLevel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AccountLevel}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.AccountLevel.Builder {
    }
  }

  /**
   * {@code AWS::S3::StorageLens.ActivityMetrics}: This resource enables Amazon S3 Storage Lens
   * activity metrics. Activity metrics show details about how your storage is requested, such as
   * requests (for example, All requests, Get requests, Put requests), bytes uploaded or downloaded,
   * and errors.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-activitymetrics.html">AWS::S3::StorageLens.ActivityMetrics</a>
   */
  @Value.Immutable
  interface ActivityMetrics extends PropertyValue {

    /** A property that indicates whether the activity metrics is enabled. */
    Optional<Expr> isEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsEnabled", isEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ActivityMetrics}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.ActivityMetrics.Builder {

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.AdvancedCostOptimizationMetrics}: This resource enables Amazon S3
   * Storage Lens advanced cost optimization metrics. Advanced cost optimization metrics provide
   * insights that you can use to manage and optimize your storage costs, for example, lifecycle
   * rule counts for transitions, expirations, and incomplete multipart uploads.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-advancedcostoptimizationmetrics.html">AWS::S3::StorageLens.AdvancedCostOptimizationMetrics</a>
   */
  @Value.Immutable
  interface AdvancedCostOptimizationMetrics extends PropertyValue {

    /** Indicates whether advanced cost optimization metrics are enabled. */
    Optional<Expr> isEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsEnabled", isEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AdvancedCostOptimizationMetrics}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableStorageLens.AdvancedCostOptimizationMetrics.Builder {

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.AdvancedDataProtectionMetrics}: This resource enables Amazon S3
   * Storage Lens advanced data protection metrics. Advanced data protection metrics provide
   * insights that you can use to perform audits and protect your data, for example replication rule
   * counts within and across Regions.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-advanceddataprotectionmetrics.html">AWS::S3::StorageLens.AdvancedDataProtectionMetrics</a>
   */
  @Value.Immutable
  interface AdvancedDataProtectionMetrics extends PropertyValue {

    /** Indicates whether advanced data protection metrics are enabled. */
    Optional<Expr> isEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsEnabled", isEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AdvancedDataProtectionMetrics}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableStorageLens.AdvancedDataProtectionMetrics.Builder {

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.AdvancedPerformanceMetrics}: A property for S3 Storage Lens
   * advanced performance metrics. Advanced performance metrics provide insights into application
   * performance such as access patterns and network originality metrics.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-advancedperformancemetrics.html">AWS::S3::StorageLens.AdvancedPerformanceMetrics</a>
   */
  @Value.Immutable
  interface AdvancedPerformanceMetrics extends PropertyValue {

    /** This property indicates whether the advanced performance metrics are enabled. */
    Optional<Expr> isEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsEnabled", isEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AdvancedPerformanceMetrics}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableStorageLens.AdvancedPerformanceMetrics.Builder {

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.AwsOrg}: This resource contains the details of the AWS Organization
   * for Amazon S3 Storage Lens.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-awsorg.html">AWS::S3::StorageLens.AwsOrg</a>
   */
  @Value.Immutable
  interface AwsOrg extends PropertyValue {

    /** Required. This resource contains the ARN of the AWS Organization. */
    Expr arn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AwsOrg}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.AwsOrg.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.BucketLevel}: A property for the bucket-level storage metrics for
   * Amazon S3 Storage Lens.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-bucketlevel.html">AWS::S3::StorageLens.BucketLevel</a>
   */
  @Value.Immutable
  interface BucketLevel extends PropertyValue {

    /** A property for bucket-level activity metrics for S3 Storage Lens. */
    Optional<Expr> activityMetrics();

    /** A property for bucket-level advanced cost optimization metrics for S3 Storage Lens. */
    Optional<Expr> advancedCostOptimizationMetrics();

    /** A property for bucket-level advanced data protection metrics for S3 Storage Lens. */
    Optional<Expr> advancedDataProtectionMetrics();

    /** A property for bucket-level advanced performance metrics for S3 Storage Lens. */
    Optional<Expr> advancedPerformanceMetrics();

    /** A property for bucket-level detailed status code metrics for S3 Storage Lens. */
    Optional<Expr> detailedStatusCodesMetrics();

    /** A property for bucket-level prefix-level storage metrics for S3 Storage Lens. */
    Optional<Expr> prefixLevel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ActivityMetrics", activityMetrics())
          .put("AdvancedCostOptimizationMetrics", advancedCostOptimizationMetrics())
          .put("AdvancedDataProtectionMetrics", advancedDataProtectionMetrics())
          .put("AdvancedPerformanceMetrics", advancedPerformanceMetrics())
          .put("DetailedStatusCodesMetrics", detailedStatusCodesMetrics())
          .put("PrefixLevel", prefixLevel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link BucketLevel}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.BucketLevel.Builder {
    }
  }

  /**
   * {@code AWS::S3::StorageLens.BucketsAndRegions}: This resource contains the details of the
   * buckets and Regions for the Amazon S3 Storage Lens configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-bucketsandregions.html">AWS::S3::StorageLens.BucketsAndRegions</a>
   */
  @Value.Immutable
  interface BucketsAndRegions extends PropertyValue {

    /**
     * This property contains the details of the buckets for the Amazon S3 Storage Lens
     * configuration. This should be the bucket Amazon Resource Name(ARN). For valid values, see
     * [Buckets ARN format
     * here](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_Include.html#API_control_Include_Contents)
     * in the *Amazon S3 API Reference* .
     */
    Optional<Expr> buckets();

    /** This property contains the details of the Regions for the S3 Storage Lens configuration. */
    Optional<Expr> regions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Buckets", buckets())
          .put("Regions", regions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link BucketsAndRegions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.BucketsAndRegions.Builder {

      public Builder buckets(List<? extends Expr> values) {
        buckets(Expr.list(values));
        return this;
      }

      public Builder buckets(String... values) {
        buckets(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder regions(List<? extends Expr> values) {
        regions(Expr.list(values));
        return this;
      }

      public Builder regions(String... values) {
        regions(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.CloudWatchMetrics}: This resource enables the Amazon CloudWatch
   * publishing option for Amazon S3 Storage Lens metrics.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-cloudwatchmetrics.html">AWS::S3::StorageLens.CloudWatchMetrics</a>
   */
  @Value.Immutable
  interface CloudWatchMetrics extends PropertyValue {

    /**
     * Required. This property identifies whether the CloudWatch publishing option for S3 Storage
     * Lens is enabled.
     */
    Expr isEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsEnabled", isEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CloudWatchMetrics}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.CloudWatchMetrics.Builder {

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.DataExport}: This resource contains the details of the Amazon S3
   * Storage Lens metrics export.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-dataexport.html">AWS::S3::StorageLens.DataExport</a>
   */
  @Value.Immutable
  interface DataExport extends PropertyValue {

    /**
     * This property enables the Amazon CloudWatch publishing option for S3 Storage Lens metrics.
     */
    Optional<Expr> cloudWatchMetrics();

    /**
     * This property contains the details of the bucket where the S3 Storage Lens metrics export
     * will be placed.
     */
    Optional<Expr> s3BucketDestination();

    /**
     * This property contains the details of the S3 table bucket where the S3 Storage Lens default
     * metrics report will be placed. This property enables you to store your Storage Lens metrics
     * in read-only S3 Tables.
     */
    Optional<Expr> storageLensTableDestination();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatchMetrics", cloudWatchMetrics())
          .put("S3BucketDestination", s3BucketDestination())
          .put("StorageLensTableDestination", storageLensTableDestination())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DataExport}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.DataExport.Builder {
    }
  }

  /**
   * {@code AWS::S3::StorageLens.DetailedStatusCodesMetrics}: This resource enables Amazon S3
   * Storage Lens detailed status code metrics. Detailed status code metrics generate metrics for
   * HTTP status codes, such as `200 OK` , `403 Forbidden` , `503 Service Unavailable` and others.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-detailedstatuscodesmetrics.html">AWS::S3::StorageLens.DetailedStatusCodesMetrics</a>
   */
  @Value.Immutable
  interface DetailedStatusCodesMetrics extends PropertyValue {

    /** Indicates whether detailed status code metrics are enabled. */
    Optional<Expr> isEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsEnabled", isEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DetailedStatusCodesMetrics}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableStorageLens.DetailedStatusCodesMetrics.Builder {

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.Encryption}: This resource contains the type of server-side
   * encryption used to encrypt an Amazon S3 Storage Lens metrics export. For valid values, see the
   * [StorageLensDataExportEncryption](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_StorageLensDataExportEncryption.html)
   * in the *Amazon S3 API Reference* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-encryption.html">AWS::S3::StorageLens.Encryption</a>
   */
  @Value.Immutable
  interface Encryption extends PropertyValue {

    /**
     * Specifies the use of AWS Key Management Service keys (SSE-KMS) to encrypt the S3 Storage Lens
     * metrics export file.
     */
    Optional<Expr> ssekms();

    /**
     * Specifies the use of an Amazon S3-managed key (SSE-S3) to encrypt the S3 Storage Lens metrics
     * export file.
     */
    Optional<Expr> sses3();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SSEKMS", ssekms())
          .put("SSES3", sses3())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Encryption}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.Encryption.Builder {

      public Builder sses3(JsonNode value) {
        sses3(Expr.json(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.PrefixLevel}: This resource contains the details of the
   * prefix-level of the Amazon S3 Storage Lens.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-prefixlevel.html">AWS::S3::StorageLens.PrefixLevel</a>
   */
  @Value.Immutable
  interface PrefixLevel extends PropertyValue {

    /** Required. A property for the prefix-level storage metrics for Amazon S3 Storage Lens. */
    Expr storageMetrics();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StorageMetrics", storageMetrics())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PrefixLevel}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.PrefixLevel.Builder {
    }
  }

  /**
   * {@code AWS::S3::StorageLens.PrefixLevelStorageMetrics}: This resource contains the details of
   * the prefix-level storage metrics for Amazon S3 Storage Lens.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-prefixlevelstoragemetrics.html">AWS::S3::StorageLens.PrefixLevelStorageMetrics</a>
   */
  @Value.Immutable
  interface PrefixLevelStorageMetrics extends PropertyValue {

    /**
     * This property identifies whether the details of the prefix-level storage metrics for S3
     * Storage Lens are enabled.
     */
    Optional<Expr> isEnabled();

    /**
     * This property identifies whether the details of the prefix-level storage metrics for S3
     * Storage Lens are enabled.
     */
    Optional<Expr> selectionCriteria();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsEnabled", isEnabled())
          .put("SelectionCriteria", selectionCriteria())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PrefixLevelStorageMetrics}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableStorageLens.PrefixLevelStorageMetrics.Builder {

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.S3BucketDestination}: This resource contains the details of the
   * bucket where the Amazon S3 Storage Lens metrics export will be placed.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-s3bucketdestination.html">AWS::S3::StorageLens.S3BucketDestination</a>
   */
  @Value.Immutable
  interface S3BucketDestination extends PropertyValue {

    /** Values CloudFormation accepts for {@code Format}. */
    String FORMAT_CSV = "CSV";
    String FORMAT_PARQUET = "Parquet";

    /** Values CloudFormation accepts for {@code OutputSchemaVersion}. */
    String OUTPUT_SCHEMA_VERSION_V_1 = "V_1";

    /**
     * Required. This property contains the details of the AWS account ID of the S3 Storage Lens
     * export bucket destination.
     */
    Expr accountId();

    /**
     * Required. This property contains the details of the ARN of the bucket destination of the S3
     * Storage Lens export.
     */
    Expr arn();

    /**
     * This property contains the details of the encryption of the bucket destination of the Amazon
     * S3 Storage Lens metrics export.
     */
    Optional<Expr> encryption();

    /**
     * Required. This property contains the details of the format of the S3 Storage Lens export
     * bucket destination.
     */
    Expr format();

    /**
     * Required. This property contains the details of the output schema version of the S3 Storage
     * Lens export bucket destination.
     */
    Expr outputSchemaVersion();

    /**
     * This property contains the details of the prefix of the bucket destination of the S3 Storage
     * Lens export .
     */
    Optional<Expr> prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccountId", accountId())
          .put("Arn", arn())
          .put("Encryption", encryption())
          .put("Format", format())
          .put("OutputSchemaVersion", outputSchemaVersion())
          .put("Prefix", prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link S3BucketDestination}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableStorageLens.S3BucketDestination.Builder {

      public Builder accountId(String value) {
        accountId(Expr.of(value));
        return this;
      }

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder format(String value) {
        format(Expr.of(value));
        return this;
      }

      public Builder outputSchemaVersion(String value) {
        outputSchemaVersion(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.SSEKMS}: Specifies the use of server-side encryption using an AWS
   * Key Management Service key (SSE-KMS) to encrypt the delivered S3 Storage Lens metrics export
   * file.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-ssekms.html">AWS::S3::StorageLens.SSEKMS</a>
   */
  @Value.Immutable
  interface SSEKMS extends PropertyValue {

    /**
     * Required. Specifies the Amazon Resource Name (ARN) of the customer managed AWS key to use for
     * encrypting the S3 Storage Lens metrics export file. Amazon S3 only supports symmetric
     * encryption keys. For more information, see [Special-purpose
     * keys](https://docs.aws.amazon.com/kms/latest/developerguide/key-types.html) in the *AWS Key
     * Management Service Developer Guide* .
     */
    Expr keyId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KeyId", keyId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SSEKMS}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.SSEKMS.Builder {

      public Builder keyId(String value) {
        keyId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.SelectionCriteria}: This resource contains the details of the
   * Amazon S3 Storage Lens selection criteria.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-selectioncriteria.html">AWS::S3::StorageLens.SelectionCriteria</a>
   */
  @Value.Immutable
  interface SelectionCriteria extends PropertyValue {

    /** This property contains the details of the S3 Storage Lens delimiter being used. */
    Optional<Expr> delimiter();

    /**
     * This property contains the details of the max depth that S3 Storage Lens will collect metrics
     * up to.
     */
    Optional<Expr> maxDepth();

    /**
     * This property contains the details of the minimum storage bytes percentage threshold that S3
     * Storage Lens will collect metrics up to.
     */
    Optional<Expr> minStorageBytesPercentage();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Delimiter", delimiter())
          .put("MaxDepth", maxDepth())
          .put("MinStorageBytesPercentage", minStorageBytesPercentage())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SelectionCriteria}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableStorageLens.SelectionCriteria.Builder {

      public Builder delimiter(String value) {
        delimiter(Expr.of(value));
        return this;
      }

      public Builder maxDepth(long value) {
        maxDepth(Expr.of(value));
        return this;
      }

      public Builder minStorageBytesPercentage(long value) {
        minStorageBytesPercentage(Expr.of(value));
        return this;
      }

      public Builder minStorageBytesPercentage(double value) {
        minStorageBytesPercentage(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.StorageLensConfiguration}: This is the property of the Amazon S3
   * Storage Lens configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-storagelensconfiguration.html">AWS::S3::StorageLens.StorageLensConfiguration</a>
   */
  @Value.Immutable
  interface StorageLensConfiguration extends PropertyValue {

    /**
     * Required. This property contains the details of the account-level metrics for Amazon S3
     * Storage Lens configuration.
     */
    Expr accountLevel();

    /**
     * This property contains the details of the AWS Organization for the S3 Storage Lens
     * configuration.
     */
    Optional<Expr> awsOrg();

    /**
     * This property contains the details of this S3 Storage Lens configuration's metrics export.
     */
    Optional<Expr> dataExport();

    /**
     * This property contains the details of the bucket and or Regions excluded for Amazon S3
     * Storage Lens configuration.
     */
    Optional<Expr> exclude();

    /** This property configures your S3 Storage Lens expanded prefixes metrics report. */
    Optional<Expr> expandedPrefixesDataExport();

    /**
     * Required. This property contains the details of the ID of the S3 Storage Lens configuration.
     */
    Expr id();

    /**
     * This property contains the details of the bucket and or Regions included for Amazon S3
     * Storage Lens configuration.
     */
    Optional<Expr> include();

    /**
     * Required. This property contains the details of whether the Amazon S3 Storage Lens
     * configuration is enabled.
     */
    Expr isEnabled();

    /** The delimiter to divide S3 key into hierarchy of prefixes. */
    Optional<Expr> prefixDelimiter();

    /**
     * This property contains the details of the ARN of the S3 Storage Lens configuration. This
     * property is read-only.
     */
    Optional<Expr> storageLensArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccountLevel", accountLevel())
          .put("AwsOrg", awsOrg())
          .put("DataExport", dataExport())
          .put("Exclude", exclude())
          .put("ExpandedPrefixesDataExport", expandedPrefixesDataExport())
          .put("Id", id())
          .put("Include", include())
          .put("IsEnabled", isEnabled())
          .put("PrefixDelimiter", prefixDelimiter())
          .put("StorageLensArn", storageLensArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StorageLensConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableStorageLens.StorageLensConfiguration.Builder {

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }

      public Builder prefixDelimiter(String value) {
        prefixDelimiter(Expr.of(value));
        return this;
      }

      public Builder storageLensArn(String value) {
        storageLensArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.StorageLensExpandedPrefixesDataExport}: This resource specifies the
   * properties of your S3 Storage Lens Expanded Prefixes metrics export.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-storagelensexpandedprefixesdataexport.html">AWS::S3::StorageLens.StorageLensExpandedPrefixesDataExport</a>
   */
  @Value.Immutable
  interface StorageLensExpandedPrefixesDataExport extends PropertyValue {

    /**
     * This property specifies the general purpose bucket where the S3 Storage Lens Expanded
     * Prefixes metrics export files are located. At least one export destination must be specified.
     */
    Optional<Expr> s3BucketDestination();

    /**
     * This property configures S3 Storage Lens Expanded Prefixes metrics report to read-only S3
     * table buckets.
     */
    Optional<Expr> storageLensTableDestination();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("S3BucketDestination", s3BucketDestination())
          .put("StorageLensTableDestination", storageLensTableDestination())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StorageLensExpandedPrefixesDataExport}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableStorageLens.StorageLensExpandedPrefixesDataExport.Builder {
    }
  }

  /**
   * {@code AWS::S3::StorageLens.StorageLensGroupLevel}: This resource determines the scope of
   * Storage Lens group data that is displayed in the Storage Lens dashboard.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-storagelensgrouplevel.html">AWS::S3::StorageLens.StorageLensGroupLevel</a>
   */
  @Value.Immutable
  interface StorageLensGroupLevel extends PropertyValue {

    /**
     * This property indicates which Storage Lens group ARNs to include or exclude in the Storage
     * Lens group aggregation. If this value is left null, then all Storage Lens groups are
     * selected.
     */
    Optional<Expr> storageLensGroupSelectionCriteria();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StorageLensGroupSelectionCriteria", storageLensGroupSelectionCriteria())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StorageLensGroupLevel}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableStorageLens.StorageLensGroupLevel.Builder {
    }
  }

  /**
   * {@code AWS::S3::StorageLens.StorageLensGroupSelectionCriteria}: This resource indicates which
   * Storage Lens group ARNs to include or exclude in the Storage Lens group aggregation. You can
   * only attach Storage Lens groups to your dashboard if they're included in your Storage Lens
   * group aggregation. If this value is left null, then all Storage Lens groups are selected.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-storagelensgroupselectioncriteria.html">AWS::S3::StorageLens.StorageLensGroupSelectionCriteria</a>
   */
  @Value.Immutable
  interface StorageLensGroupSelectionCriteria extends PropertyValue {

    /**
     * This property indicates which Storage Lens group ARNs to exclude from the Storage Lens group
     * aggregation.
     */
    Optional<Expr> exclude();

    /**
     * This property indicates which Storage Lens group ARNs to include in the Storage Lens group
     * aggregation.
     */
    Optional<Expr> include();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Exclude", exclude())
          .put("Include", include())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StorageLensGroupSelectionCriteria}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableStorageLens.StorageLensGroupSelectionCriteria.Builder {

      public Builder exclude(List<? extends Expr> values) {
        exclude(Expr.list(values));
        return this;
      }

      public Builder exclude(String... values) {
        exclude(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder include(List<? extends Expr> values) {
        include(Expr.list(values));
        return this;
      }

      public Builder include(String... values) {
        include(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::StorageLens.StorageLensTableDestination}: This resource configures your S3
   * Storage Lens reports to export to read-only S3 table buckets. With this resource, you can store
   * your Storage Lens metrics in S3 Tables that are created in a read-only S3 table bucket called
   * aws-s3.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-storagelens-storagelenstabledestination.html">AWS::S3::StorageLens.StorageLensTableDestination</a>
   */
  @Value.Immutable
  interface StorageLensTableDestination extends PropertyValue {

    /**
     * This resource configures your data encryption settings for Storage Lens metrics in read-only
     * S3 table buckets.
     */
    Optional<Expr> encryption();

    /**
     * Required. This property indicates whether the export to read-only S3 table buckets is enabled
     * for your S3 Storage Lens configuration. When set to true, Storage Lens reports are
     * automatically exported to tables in addition to other configured destinations.
     */
    Expr isEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Encryption", encryption())
          .put("IsEnabled", isEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StorageLensTableDestination}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableStorageLens.StorageLensTableDestination.Builder {

      public Builder isEnabled(boolean value) {
        isEnabled(Expr.of(value));
        return this;
      }
    }
  }
}
