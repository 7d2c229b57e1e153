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
 * {@code AWS::S3::Bucket}: The `AWS::S3::Bucket` resource creates an Amazon S3 bucket in the same
 * AWS Region where you create the AWS CloudFormation stack.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-bucket.html">AWS::S3::Bucket</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Bucket extends Resource {

  String TYPE = "AWS::S3::Bucket";

  /** Values CloudFormation accepts for {@code AccessControl}. */
  String ACCESS_CONTROL_AUTHENTICATED_READ = "AuthenticatedRead";
  String ACCESS_CONTROL_AWS_EXEC_READ = "AwsExecRead";
  String ACCESS_CONTROL_BUCKET_OWNER_FULL_CONTROL = "BucketOwnerFullControl";
  String ACCESS_CONTROL_BUCKET_OWNER_READ = "BucketOwnerRead";
  String ACCESS_CONTROL_LOG_DELIVERY_WRITE = "LogDeliveryWrite";
  String ACCESS_CONTROL_PRIVATE = "Private";
  String ACCESS_CONTROL_PUBLIC_READ = "PublicRead";
  String ACCESS_CONTROL_PUBLIC_READ_WRITE = "PublicReadWrite";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The ABAC status of the general purpose bucket. When ABAC is enabled for the general purpose
   * bucket, you can use tags to manage access to the general purpose buckets as well as for cost
   * tracking purposes. When ABAC is disabled for the general purpose buckets, you can only use tags
   * for cost tracking purposes. For more information, see [Using tags with S3 general purpose
   * buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging.html) .
   */
  Optional<Expr> abacStatus();

  /**
   * Configures the transfer acceleration state for an Amazon S3 bucket. For more information, see
   * [Amazon S3 Transfer
   * Acceleration](https://docs.aws.amazon.com/AmazonS3/latest/dev/transfer-acceleration.html) in
   * the *Amazon S3 User Guide* .
   */
  Optional<Expr> accelerateConfiguration();

  /**
   * &gt; This is a legacy property, and it is not recommended for most use cases. A majority of
   * modern use cases in Amazon S3 no longer require the use of ACLs, and we recommend that you keep
   * ACLs disabled. For more information, see [Controlling object
   * ownership](https://docs.aws.amazon.com//AmazonS3/latest/userguide/about-object-ownership.html)
   * in the *Amazon S3 User Guide* .
   */
  Optional<Expr> accessControl();

  /**
   * Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
   */
  Optional<Expr> analyticsConfigurations();

  /**
   * Specifies default encryption for a bucket using server-side encryption with Amazon S3-managed
   * keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or dual-layer server-side encryption with
   * KMS-managed keys (DSSE-KMS). For information about the Amazon S3 default encryption feature,
   * see [Amazon S3 Default Encryption for S3
   * Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-encryption.html) in the *Amazon
   * S3 User Guide* .
   */
  Optional<Expr> bucketEncryption();

  /**
   * A name for the bucket. If you don't specify a name, AWS CloudFormation generates a unique ID
   * and uses that ID for the bucket name. The bucket name must contain only lowercase letters,
   * numbers, periods (.), and dashes (-) and must follow [Amazon S3 bucket restrictions and
   * limitations](https://docs.aws.amazon.com/AmazonS3/latest/dev/BucketRestrictions.html) . For
   * more information, see [Rules for naming Amazon S3
   * buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html) in the
   * *Amazon S3 User Guide* .
   */
  Optional<Expr> bucketName();

  /** {@code BucketNamePrefix}. */
  Optional<Expr> bucketNamePrefix();

  /** {@code BucketNamespace}. */
  Optional<Expr> bucketNamespace();

  /**
   * Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more
   * information, see [Enabling Cross-Origin Resource
   * Sharing](https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html) in the *Amazon S3 User
   * Guide* .
   */
  Optional<Expr> corsConfiguration();

  /** Defines how Amazon S3 handles Intelligent-Tiering storage. */
  Optional<Expr> intelligentTieringConfigurations();

  /**
   * Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more information, see
   * [GET Bucket
   * inventory](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketGETInventoryConfig.html)
   * in the *Amazon S3 API Reference* .
   */
  Optional<Expr> inventoryConfigurations();

  /**
   * Specifies the lifecycle configuration for objects in an Amazon S3 bucket. For more information,
   * see [Object Lifecycle
   * Management](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html) in the
   * *Amazon S3 User Guide* .
   */
  Optional<Expr> lifecycleConfiguration();

  /** Settings that define where logs are stored. */
  Optional<Expr> loggingConfiguration();

  /** The S3 Metadata configuration for a general purpose bucket. */
  Optional<Expr> metadataConfiguration();

  /** The metadata table configuration of an Amazon S3 general purpose bucket. */
  Optional<Expr> metadataTableConfiguration();

  /**
   * Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics
   * configuration ID) from an Amazon S3 bucket. If you're updating an existing metrics
   * configuration, note that this is a full replacement of the existing metrics configuration. If
   * you don't include the elements you want to keep, they are erased. For more information, see
   * [PutBucketMetricsConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTMetricConfiguration.html)
   * .
   */
  Optional<Expr> metricsConfigurations();

  /** Configuration that defines how Amazon S3 handles bucket notifications. */
  Optional<Expr> notificationConfiguration();

  /** &gt; This operation is not supported for directory buckets. */
  Optional<Expr> objectLockConfiguration();

  /**
   * Indicates whether this bucket has an Object Lock configuration enabled. Enable
   * `ObjectLockEnabled` when you apply `ObjectLockConfiguration` to a bucket.
   */
  Optional<Expr> objectLockEnabled();

  /** Configuration that defines how Amazon S3 handles Object Ownership rules. */
  Optional<Expr> ownershipControls();

  /** Configuration that defines how Amazon S3 handles public access. */
  Optional<Expr> publicAccessBlockConfiguration();

  /**
   * Configuration for replicating objects in an S3 bucket. To enable replication, you must also
   * enable versioning by using the `VersioningConfiguration` property.
   */
  Optional<Expr> replicationConfiguration();

  /** An arbitrary set of tags (key-value pairs) for this S3 bucket. */
  Optional<Expr> tags();

  /**
   * Enables multiple versions of all objects in this bucket. You might enable versioning to prevent
   * objects from being deleted or overwritten by mistake or to archive objects so that you can
   * retrieve previous versions of them.
   */
  Optional<Expr> versioningConfiguration();

  /**
   * Information used to configure the bucket as a static website. For more information, see
   * [Hosting Websites on Amazon
   * S3](https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html) .
   */
  Optional<Expr> websiteConfiguration();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AbacStatus", abacStatus())
        .put("AccelerateConfiguration", accelerateConfiguration())
        .put("AccessControl", accessControl())
        .put("AnalyticsConfigurations", analyticsConfigurations())
        .put("BucketEncryption", bucketEncryption())
        .put("BucketName", bucketName())
        .put("BucketNamePrefix", bucketNamePrefix())
        .put("BucketNamespace", bucketNamespace())
        .put("CorsConfiguration", corsConfiguration())
        .put("IntelligentTieringConfigurations", intelligentTieringConfigurations())
        .put("InventoryConfigurations", inventoryConfigurations())
        .put("LifecycleConfiguration", lifecycleConfiguration())
        .put("LoggingConfiguration", loggingConfiguration())
        .put("MetadataConfiguration", metadataConfiguration())
        .put("MetadataTableConfiguration", metadataTableConfiguration())
        .put("MetricsConfigurations", metricsConfigurations())
        .put("NotificationConfiguration", notificationConfiguration())
        .put("ObjectLockConfiguration", objectLockConfiguration())
        .put("ObjectLockEnabled", objectLockEnabled())
        .put("OwnershipControls", ownershipControls())
        .put("PublicAccessBlockConfiguration", publicAccessBlockConfiguration())
        .put("ReplicationConfiguration", replicationConfiguration())
        .put("Tags", tags())
        .put("VersioningConfiguration", versioningConfiguration())
        .put("WebsiteConfiguration", websiteConfiguration())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) of the specified bucket. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code DomainName} attribute: Returns the IPv4 DNS name of the specified bucket. */
  default GetAtt attrDomainName() {
    return getAtt("DomainName");
  }

  /**
   * The {@code DualStackDomainName} attribute: Returns the IPv6 DNS name of the specified bucket.
   */
  default GetAtt attrDualStackDomainName() {
    return getAtt("DualStackDomainName");
  }

  /**
   * The {@code MetadataConfiguration.AnnotationTableConfiguration.TableArn} attribute: The Amazon
   * Resource Name (ARN) for the annotation table.
   */
  default GetAtt attrMetadataConfigurationAnnotationTableConfigurationTableArn() {
    return getAtt("MetadataConfiguration.AnnotationTableConfiguration.TableArn");
  }

  /**
   * The {@code MetadataConfiguration.AnnotationTableConfiguration.TableName} attribute: The name of
   * the annotation table.
   */
  default GetAtt attrMetadataConfigurationAnnotationTableConfigurationTableName() {
    return getAtt("MetadataConfiguration.AnnotationTableConfiguration.TableName");
  }

  /**
   * The {@code MetadataConfiguration.Destination} attribute: The destination information for the S3
   * Metadata configuration.
   */
  default GetAtt attrMetadataConfigurationDestination() {
    return getAtt("MetadataConfiguration.Destination");
  }

  /**
   * The {@code MetadataConfiguration.InventoryTableConfiguration.TableArn} attribute: The Amazon
   * Resource Name (ARN) for the inventory table.
   */
  default GetAtt attrMetadataConfigurationInventoryTableConfigurationTableArn() {
    return getAtt("MetadataConfiguration.InventoryTableConfiguration.TableArn");
  }

  /**
   * The {@code MetadataConfiguration.InventoryTableConfiguration.TableName} attribute: The name of
   * the inventory table.
   */
  default GetAtt attrMetadataConfigurationInventoryTableConfigurationTableName() {
    return getAtt("MetadataConfiguration.InventoryTableConfiguration.TableName");
  }

  /**
   * The {@code MetadataConfiguration.JournalTableConfiguration.TableArn} attribute: The Amazon
   * Resource Name (ARN) for the journal table.
   */
  default GetAtt attrMetadataConfigurationJournalTableConfigurationTableArn() {
    return getAtt("MetadataConfiguration.JournalTableConfiguration.TableArn");
  }

  /**
   * The {@code MetadataConfiguration.JournalTableConfiguration.TableName} attribute: The name of
   * the journal table.
   */
  default GetAtt attrMetadataConfigurationJournalTableConfigurationTableName() {
    return getAtt("MetadataConfiguration.JournalTableConfiguration.TableName");
  }

  /**
   * The {@code MetadataTableConfiguration.S3TablesDestination.TableArn} attribute: The Amazon
   * Resource Name (ARN) for the metadata table in the metadata table configuration. The specified
   * metadata table name must be unique within the `aws_s3_metadata` namespace in the destination
   * table bucket.
   */
  default GetAtt attrMetadataTableConfigurationS3TablesDestinationTableArn() {
    return getAtt("MetadataTableConfiguration.S3TablesDestination.TableArn");
  }

  /**
   * The {@code MetadataTableConfiguration.S3TablesDestination.TableNamespace} attribute: The table
   * bucket namespace for the metadata table in your metadata table configuration. This value is
   * always `aws_s3_metadata` .
   */
  default GetAtt attrMetadataTableConfigurationS3TablesDestinationTableNamespace() {
    return getAtt("MetadataTableConfiguration.S3TablesDestination.TableNamespace");
  }

  /**
   * The {@code RegionalDomainName} attribute: Returns the regional domain name of the specified
   * bucket.
   */
  default GetAtt attrRegionalDomainName() {
    return getAtt("RegionalDomainName");
  }

  /**
   * The {@code WebsiteURL} attribute: Returns the Amazon S3 website endpoint for the specified
   * bucket.
   */
  default GetAtt attrWebsiteURL() {
    return getAtt("WebsiteURL");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Bucket}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableBucket.Builder {

    public Builder abacStatus(String value) {
      abacStatus(Expr.of(value));
      return this;
    }

    public Builder accessControl(String value) {
      accessControl(Expr.of(value));
      return this;
    }

    public Builder analyticsConfigurations(List<? extends Expr> values) {
      analyticsConfigurations(Expr.list(values));
      return this;
    }

    public Builder bucketName(String value) {
      bucketName(Expr.of(value));
      return this;
    }

    public Builder bucketNamePrefix(String value) {
      bucketNamePrefix(Expr.of(value));
      return this;
    }

    public Builder bucketNamespace(String value) {
      bucketNamespace(Expr.of(value));
      return this;
    }

    public Builder intelligentTieringConfigurations(List<? extends Expr> values) {
      intelligentTieringConfigurations(Expr.list(values));
      return this;
    }

    public Builder inventoryConfigurations(List<? extends Expr> values) {
      inventoryConfigurations(Expr.list(values));
      return this;
    }

    public Builder metricsConfigurations(List<? extends Expr> values) {
      metricsConfigurations(Expr.list(values));
      return this;
    }

    public Builder objectLockEnabled(boolean value) {
      objectLockEnabled(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::S3::Bucket.AbortIncompleteMultipartUpload}: Specifies the days since the initiation
   * of an incomplete multipart upload that Amazon S3 will wait before permanently removing all
   * parts of the upload. For more information, see [Stopping Incomplete Multipart Uploads Using a
   * Bucket Lifecycle
   * Policy](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-abortincompletemultipartupload.html">AWS::S3::Bucket.AbortIncompleteMultipartUpload</a>
   */
  @Value.Immutable
  interface AbortIncompleteMultipartUpload extends PropertyValue {

    /**
     * Required. Specifies the number of days after which Amazon S3 stops an incomplete multipart
     * upload.
     */
    Expr daysAfterInitiation();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DaysAfterInitiation", daysAfterInitiation())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AbortIncompleteMultipartUpload}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.AbortIncompleteMultipartUpload.Builder {

      public Builder daysAfterInitiation(long value) {
        daysAfterInitiation(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.AccelerateConfiguration}: Configures the transfer acceleration state for
   * an Amazon S3 bucket. For more information, see [Amazon S3 Transfer
   * Acceleration](https://docs.aws.amazon.com/AmazonS3/latest/dev/transfer-acceleration.html) in
   * the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-accelerateconfiguration.html">AWS::S3::Bucket.AccelerateConfiguration</a>
   */
  @Value.Immutable
  interface AccelerateConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code AccelerationStatus}. */
    String ACCELERATION_STATUS_ENABLED = "Enabled";
    String ACCELERATION_STATUS_SUSPENDED = "Suspended";

    /** Required. Specifies the transfer acceleration status of the bucket. */
    Expr accelerationStatus();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccelerationStatus", accelerationStatus())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AccelerateConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.AccelerateConfiguration.Builder {

      public Builder accelerationStatus(String value) {
        accelerationStatus(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.AccessControlTranslation}: Specify this only in a cross-account scenario
   * (where source and destination bucket owners are not the same), and you want to change replica
   * ownership to the AWS account that owns the destination bucket. If this is not specified in the
   * replication configuration, the replicas are owned by same AWS account that owns the source
   * object.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-accesscontroltranslation.html">AWS::S3::Bucket.AccessControlTranslation</a>
   */
  @Value.Immutable
  interface AccessControlTranslation extends PropertyValue {

    /**
     * Required. Specifies the replica ownership. For default and valid values, see [PUT bucket
     * replication](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTreplication.html)
     * in the *Amazon S3 API Reference* .
     */
    Expr owner();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Owner", owner())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AccessControlTranslation}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.AccessControlTranslation.Builder {

      public Builder owner(String value) {
        owner(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.AnalyticsConfiguration}: Specifies the configuration and any analyses
   * for the analytics filter of an Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-analyticsconfiguration.html">AWS::S3::Bucket.AnalyticsConfiguration</a>
   */
  @Value.Immutable
  interface AnalyticsConfiguration extends PropertyValue {

    /** Required. The ID that identifies the analytics configuration. */
    Expr id();

    /** The prefix that an object must have to be included in the analytics results. */
    Optional<Expr> prefix();

    /**
     * Required. Contains data related to access patterns to be collected and made available to
     * analyze the tradeoffs between different storage classes.
     */
    Expr storageClassAnalysis();

    /** The tags to use when evaluating an analytics filter. */
    Optional<Expr> tagFilters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Id", id())
          .put("Prefix", prefix())
          .put("StorageClassAnalysis", storageClassAnalysis())
          .put("TagFilters", tagFilters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AnalyticsConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.AnalyticsConfiguration.Builder {

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }

      public Builder tagFilters(List<? extends Expr> values) {
        tagFilters(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.AnnotationTableConfiguration}: The annotation table configuration for an
   * S3 Metadata configuration. The annotation table tracks all annotations on objects in your
   * bucket so that you can query annotation data at scale. If you've disabled your annotation table
   * configuration and now want to re-enable it, you must first manually delete the old annotation
   * table from your AWS managed table bucket. Otherwise, the newly re-enabled annotation table
   * configuration will enter a failed state because the annotation table already exists in the
   * table bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-annotationtableconfiguration.html">AWS::S3::Bucket.AnnotationTableConfiguration</a>
   */
  @Value.Immutable
  interface AnnotationTableConfiguration extends PropertyValue {

    /** Required. Specifies whether the annotation table configuration is enabled or disabled. */
    Expr configurationState();

    /**
     * The encryption settings for an S3 Metadata journal table or inventory table configuration.
     */
    Optional<Expr> encryptionConfiguration();

    /**
     * The ARN of the IAM role that grants Amazon S3 Metadata permission to read annotations from
     * your bucket.
     */
    Optional<Expr> role();

    /** The Amazon Resource Name (ARN) for the annotation table. */
    Optional<Expr> tableArn();

    /** The name of the annotation table. */
    Optional<Expr> tableName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConfigurationState", configurationState())
          .put("EncryptionConfiguration", encryptionConfiguration())
          .put("Role", role())
          .put("TableArn", tableArn())
          .put("TableName", tableName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AnnotationTableConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.AnnotationTableConfiguration.Builder {

      public Builder configurationState(String value) {
        configurationState(Expr.of(value));
        return this;
      }

      public Builder role(String value) {
        role(Expr.of(value));
        return this;
      }

      public Builder tableArn(String value) {
        tableArn(Expr.of(value));
        return this;
      }

      public Builder tableName(String value) {
        tableName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.BlockedEncryptionTypes}: A bucket-level setting for Amazon S3 general
   * purpose buckets used to prevent the upload of new objects encrypted with the specified
   * server-side encryption type. For example, blocking an encryption type will block `PutObject` ,
   * `CopyObject` , `PostObject` , multipart upload, and replication requests to the bucket for
   * objects with the specified encryption type. However, you can continue to read and list any
   * pre-existing objects already encrypted with the specified encryption type. For more
   * information, see [Blocking or unblocking SSE-C for a general purpose
   * bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-blockedencryptiontypes.html">AWS::S3::Bucket.BlockedEncryptionTypes</a>
   */
  @Value.Immutable
  interface BlockedEncryptionTypes extends PropertyValue {

    /**
     * The object encryption type that you want to block or unblock for an Amazon S3 general purpose
     * bucket.
     */
    Optional<Expr> encryptionType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EncryptionType", encryptionType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BlockedEncryptionTypes}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.BlockedEncryptionTypes.Builder {

      public Builder encryptionType(List<? extends Expr> values) {
        encryptionType(Expr.list(values));
        return this;
      }

      public Builder encryptionType(String... values) {
        encryptionType(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.BucketEncryption}: Specifies default encryption for a bucket using
   * server-side encryption with Amazon S3-managed keys (SSE-S3), AWS KMS-managed keys (SSE-KMS), or
   * dual-layer server-side encryption with KMS-managed keys (DSSE-KMS). For information about the
   * Amazon S3 default encryption feature, see [Amazon S3 Default Encryption for S3
   * Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/bucket-encryption.html) in the *Amazon
   * S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-bucketencryption.html">AWS::S3::Bucket.BucketEncryption</a>
   */
  @Value.Immutable
  interface BucketEncryption extends PropertyValue {

    /** Required. Specifies the default server-side-encryption configuration. */
    Expr serverSideEncryptionConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ServerSideEncryptionConfiguration", serverSideEncryptionConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link BucketEncryption}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.BucketEncryption.Builder {

      public Builder serverSideEncryptionConfiguration(List<? extends Expr> values) {
        serverSideEncryptionConfiguration(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.CorsConfiguration}: Describes the cross-origin access configuration for
   * objects in an Amazon S3 bucket. For more information, see [Enabling Cross-Origin Resource
   * Sharing](https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html) in the *Amazon S3 User
   * Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsconfiguration.html">AWS::S3::Bucket.CorsConfiguration</a>
   */
  @Value.Immutable
  interface CorsConfiguration extends PropertyValue {

    /**
     * Required. A set of origins and methods (cross-origin access that you want to allow). You can
     * add up to 100 rules to the configuration.
     */
    Expr corsRules();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CorsRules", corsRules())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CorsConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.CorsConfiguration.Builder {

      public Builder corsRules(List<? extends Expr> values) {
        corsRules(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.CorsRule}: Specifies a cross-origin access rule for an Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-corsrule.html">AWS::S3::Bucket.CorsRule</a>
   */
  @Value.Immutable
  interface CorsRule extends PropertyValue {

    /** Values CloudFormation accepts for {@code AllowedMethods}. */
    String ALLOWED_METHODS_GET = "GET";
    String ALLOWED_METHODS_PUT = "PUT";
    String ALLOWED_METHODS_HEAD = "HEAD";
    String ALLOWED_METHODS_POST = "POST";
    String ALLOWED_METHODS_DELETE = "DELETE";

    /**
     * Headers that are specified in the `Access-Control-Request-Headers` header. These headers are
     * allowed in a preflight OPTIONS request. In response to any preflight OPTIONS request, Amazon
     * S3 returns any requested headers that are allowed.
     */
    Optional<Expr> allowedHeaders();

    /** Required. An HTTP method that you allow the origin to run. */
    Expr allowedMethods();

    /** Required. One or more origins you want customers to be able to access the bucket from. */
    Expr allowedOrigins();

    /**
     * One or more headers in the response that you want customers to be able to access from their
     * applications (for example, from a JavaScript `XMLHttpRequest` object).
     */
    Optional<Expr> exposedHeaders();

    /** A unique identifier for this rule. The value must be no more than 255 characters. */
    Optional<Expr> id();

    /**
     * The time in seconds that your browser is to cache the preflight response for the specified
     * resource.
     */
    Optional<Expr> maxAge();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllowedHeaders", allowedHeaders())
          .put("AllowedMethods", allowedMethods())
          .put("AllowedOrigins", allowedOrigins())
          .put("ExposedHeaders", exposedHeaders())
          .put("Id", id())
          .put("MaxAge", maxAge())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CorsRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.CorsRule.Builder {

      public Builder allowedHeaders(List<? extends Expr> values) {
        allowedHeaders(Expr.list(values));
        return this;
      }

      public Builder allowedHeaders(String... values) {
        allowedHeaders(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder allowedMethods(List<? extends Expr> values) {
        allowedMethods(Expr.list(values));
        return this;
      }

      public Builder allowedMethods(String... values) {
        allowedMethods(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder allowedOrigins(List<? extends Expr> values) {
        allowedOrigins(Expr.list(values));
        return this;
      }

      public Builder allowedOrigins(String... values) {
        allowedOrigins(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder exposedHeaders(List<? extends Expr> values) {
        exposedHeaders(Expr.list(values));
        return this;
      }

      public Builder exposedHeaders(String... values) {
        exposedHeaders(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder maxAge(long value) {
        maxAge(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.DataExport}: Specifies how data related to the storage class analysis
   * for an Amazon S3 bucket should be exported.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-dataexport.html">AWS::S3::Bucket.DataExport</a>
   */
  @Value.Immutable
  interface DataExport extends PropertyValue {

    /** Required. The place to store the data for an analysis. */
    Expr destination();

    /** Required. The version of the output schema to use when exporting data. Must be `V_1` . */
    Expr outputSchemaVersion();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destination", destination())
          .put("OutputSchemaVersion", outputSchemaVersion())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DataExport}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.DataExport.Builder {

      public Builder outputSchemaVersion(String value) {
        outputSchemaVersion(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.DefaultEventHold}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-defaulteventhold.html">AWS::S3::Bucket.DefaultEventHold</a>
   */
  @Value.Immutable
  interface DefaultEventHold extends PropertyValue {

    /** {@code Days}. */
    Optional<Expr> days();

    /** {@code Years}. */
    Optional<Expr> years();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Days", days())
          .put("Years", years())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DefaultEventHold}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.DefaultEventHold.Builder {

      public Builder days(long value) {
        days(Expr.of(value));
        return this;
      }

      public Builder years(long value) {
        years(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.DefaultRetention}: The container element for optionally specifying the
   * default Object Lock retention settings for new objects placed in the specified bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-defaultretention.html">AWS::S3::Bucket.DefaultRetention</a>
   */
  @Value.Immutable
  interface DefaultRetention extends PropertyValue {

    /** Values CloudFormation accepts for {@code Mode}. */
    String MODE_COMPLIANCE = "COMPLIANCE";
    String MODE_GOVERNANCE = "GOVERNANCE";

    /**
     * The number of days that you want to specify for the default retention period. If Object Lock
     * is turned on, you must specify `Mode` and specify either `Days` or `Years` .
     */
    Optional<Expr> days();

    /** {@code DefaultEventHold}. */
    Optional<Expr> defaultEventHold();

    /**
     * The default Object Lock retention mode you want to apply to new objects placed in the
     * specified bucket. If Object Lock is turned on, you must specify `Mode` and specify either
     * `Days` or `Years` .
     */
    Optional<Expr> mode();

    /**
     * The number of years that you want to specify for the default retention period. If Object Lock
     * is turned on, you must specify `Mode` and specify either `Days` or `Years` .
     */
    Optional<Expr> years();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Days", days())
          .put("DefaultEventHold", defaultEventHold())
          .put("Mode", mode())
          .put("Years", years())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DefaultRetention}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.DefaultRetention.Builder {

      public Builder days(long value) {
        days(Expr.of(value));
        return this;
      }

      public Builder mode(String value) {
        mode(Expr.of(value));
        return this;
      }

      public Builder years(long value) {
        years(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.DeleteMarkerReplication}: Specifies whether Amazon S3 replicates delete
   * markers. If you specify a `Filter` in your replication configuration, you must also include a
   * `DeleteMarkerReplication` element. If your `Filter` includes a `Tag` element, the
   * `DeleteMarkerReplication` `Status` must be set to Disabled, because Amazon S3 does not support
   * replicating delete markers for tag-based rules. For an example configuration, see [Basic Rule
   * Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-config-min-rule-config)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-deletemarkerreplication.html">AWS::S3::Bucket.DeleteMarkerReplication</a>
   */
  @Value.Immutable
  interface DeleteMarkerReplication extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_DISABLED = "Disabled";
    String STATUS_ENABLED = "Enabled";

    /** Indicates whether to replicate delete markers. */
    Optional<Expr> status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DeleteMarkerReplication}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.DeleteMarkerReplication.Builder {

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.Destination}: Specifies information about where to publish analysis or
   * configuration results for an Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-destination.html">AWS::S3::Bucket.Destination</a>
   */
  @Value.Immutable
  interface Destination extends PropertyValue {

    /** Values CloudFormation accepts for {@code Format}. */
    String FORMAT_CSV = "CSV";
    String FORMAT_ORC = "ORC";
    String FORMAT_PARQUET = "Parquet";

    /**
     * The account ID that owns the destination S3 bucket. If no account ID is provided, the owner
     * is not validated before exporting data.
     */
    Optional<Expr> bucketAccountId();

    /** Required. The Amazon Resource Name (ARN) of the bucket to which data is exported. */
    Expr bucketArn();

    /** Required. Specifies the file format used when exporting data to Amazon S3. */
    Expr format();

    /** The prefix to use when exporting data. The prefix is prepended to all results. */
    Optional<Expr> prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BucketAccountId", bucketAccountId())
          .put("BucketArn", bucketArn())
          .put("Format", format())
          .put("Prefix", prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Destination}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.Destination.Builder {

      public Builder bucketAccountId(String value) {
        bucketAccountId(Expr.of(value));
        return this;
      }

      public Builder bucketArn(String value) {
        bucketArn(Expr.of(value));
        return this;
      }

      public Builder format(String value) {
        format(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.EncryptionConfiguration}: Specifies encryption-related information for
   * an Amazon S3 bucket that is a destination for replicated objects.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-encryptionconfiguration.html">AWS::S3::Bucket.EncryptionConfiguration</a>
   */
  @Value.Immutable
  interface EncryptionConfiguration extends PropertyValue {

    /**
     * Required. Specifies the ID (Key ARN or Alias ARN) of the customer managed AWS KMS key stored
     * in AWS Key Management Service (KMS) for the destination bucket. Amazon S3 uses this key to
     * encrypt replica objects. Amazon S3 only supports symmetric encryption KMS keys. For more
     * information, see [Asymmetric keys in AWS
     * KMS](https://docs.aws.amazon.com//kms/latest/developerguide/symmetric-asymmetric.html) in the
     * *AWS Key Management Service Developer Guide* .
     */
    Expr replicaKmsKeyID();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ReplicaKmsKeyID", replicaKmsKeyID())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EncryptionConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.EncryptionConfiguration.Builder {

      public Builder replicaKmsKeyID(String value) {
        replicaKmsKeyID(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.EventBridgeConfiguration}: Amazon S3 can send events to Amazon
   * EventBridge whenever certain events happen in your bucket, see [Using
   * EventBridge](https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventBridge.html) in the
   * *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-eventbridgeconfiguration.html">AWS::S3::Bucket.EventBridgeConfiguration</a>
   */
  @Value.Immutable
  interface EventBridgeConfiguration extends PropertyValue {

    /** Required. Enables delivery of events to Amazon EventBridge. */
    Expr eventBridgeEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EventBridgeEnabled", eventBridgeEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EventBridgeConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.EventBridgeConfiguration.Builder {

      public Builder eventBridgeEnabled(boolean value) {
        eventBridgeEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.FilterRule}: Specifies the Amazon S3 object key name to filter on. An
   * object key name is the name assigned to an object in your Amazon S3 bucket. You specify whether
   * to filter on the suffix or prefix of the object key name. A prefix is a specific string of
   * characters at the beginning of an object key name, which you can use to organize objects. For
   * example, you can start the key names of related objects with a prefix, such as `2023-` or
   * `engineering/` . Then, you can use `FilterRule` to find objects in a bucket with key names that
   * have the same prefix. A suffix is similar to a prefix, but it is at the end of the object key
   * name instead of at the beginning.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-filterrule.html">AWS::S3::Bucket.FilterRule</a>
   */
  @Value.Immutable
  interface FilterRule extends PropertyValue {

    /**
     * Required. The object key name prefix or suffix identifying one or more objects to which the
     * filtering rule applies. The maximum length is 1,024 characters. Overlapping prefixes and
     * suffixes are not supported. For more information, see [Configuring Event
     * Notifications](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the
     * *Amazon S3 User Guide* .
     */
    Expr name();

    /** Required. The value that the filter searches for in object key names. */
    Expr value();

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

    /** Builds a {@link FilterRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.FilterRule.Builder {

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
   * {@code AWS::S3::Bucket.IntelligentTieringConfiguration}: Specifies the S3 Intelligent-Tiering
   * configuration for an Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-intelligenttieringconfiguration.html">AWS::S3::Bucket.IntelligentTieringConfiguration</a>
   */
  @Value.Immutable
  interface IntelligentTieringConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_DISABLED = "Disabled";
    String STATUS_ENABLED = "Enabled";

    /** Required. The ID used to identify the S3 Intelligent-Tiering configuration. */
    Expr id();

    /**
     * An object key name prefix that identifies the subset of objects to which the rule applies.
     */
    Optional<Expr> prefix();

    /** Required. Specifies the status of the configuration. */
    Expr status();

    /** A container for a key-value pair. */
    Optional<Expr> tagFilters();

    /**
     * Required. Specifies a list of S3 Intelligent-Tiering storage class tiers in the
     * configuration. At least one tier must be defined in the list. At most, you can specify two
     * tiers in the list, one for each available AccessTier: `ARCHIVE_ACCESS` and
     * `DEEP_ARCHIVE_ACCESS` .
     */
    Expr tierings();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Id", id())
          .put("Prefix", prefix())
          .put("Status", status())
          .put("TagFilters", tagFilters())
          .put("Tierings", tierings())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IntelligentTieringConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.IntelligentTieringConfiguration.Builder {

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }

      public Builder tagFilters(List<? extends Expr> values) {
        tagFilters(Expr.list(values));
        return this;
      }

      public Builder tierings(List<? extends Expr> values) {
        tierings(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.InventoryConfiguration}: Specifies the S3 Inventory configuration for an
   * Amazon S3 bucket. For more information, see [GET Bucket
   * inventory](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketGETInventoryConfig.html)
   * in the *Amazon S3 API Reference* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-inventoryconfiguration.html">AWS::S3::Bucket.InventoryConfiguration</a>
   */
  @Value.Immutable
  interface InventoryConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code IncludedObjectVersions}. */
    String INCLUDED_OBJECT_VERSIONS_ALL = "All";
    String INCLUDED_OBJECT_VERSIONS_CURRENT = "Current";

    /** Values CloudFormation accepts for {@code OptionalFields}. */
    String OPTIONAL_FIELDS_SIZE = "Size";
    String OPTIONAL_FIELDS_LAST_MODIFIED_DATE = "LastModifiedDate";
    String OPTIONAL_FIELDS_STORAGE_CLASS = "StorageClass";
    String OPTIONAL_FIELDS_E_TAG = "ETag";
    String OPTIONAL_FIELDS_IS_MULTIPART_UPLOADED = "IsMultipartUploaded";
    String OPTIONAL_FIELDS_REPLICATION_STATUS = "ReplicationStatus";
    String OPTIONAL_FIELDS_ENCRYPTION_STATUS = "EncryptionStatus";
    String OPTIONAL_FIELDS_OBJECT_LOCK_RETAIN_UNTIL_DATE = "ObjectLockRetainUntilDate";
    String OPTIONAL_FIELDS_OBJECT_LOCK_MODE = "ObjectLockMode";
    String OPTIONAL_FIELDS_OBJECT_LOCK_LEGAL_HOLD_STATUS = "ObjectLockLegalHoldStatus";
    String OPTIONAL_FIELDS_INTELLIGENT_TIERING_ACCESS_TIER = "IntelligentTieringAccessTier";
    String OPTIONAL_FIELDS_BUCKET_KEY_STATUS = "BucketKeyStatus";
    String OPTIONAL_FIELDS_CHECKSUM_ALGORITHM = "ChecksumAlgorithm";
    String OPTIONAL_FIELDS_OBJECT_ACCESS_CONTROL_LIST = "ObjectAccessControlList";
    String OPTIONAL_FIELDS_OBJECT_OWNER = "ObjectOwner";

    /** Values CloudFormation accepts for {@code ScheduleFrequency}. */
    String SCHEDULE_FREQUENCY_DAILY = "Daily";
    String SCHEDULE_FREQUENCY_WEEKLY = "Weekly";

    /** Required. Contains information about where to publish the inventory results. */
    Expr destination();

    /**
     * Required. Specifies whether the inventory is enabled or disabled. If set to `True` , an
     * inventory list is generated. If set to `False` , no inventory list is generated.
     */
    Expr enabled();

    /** Required. The ID used to identify the inventory configuration. */
    Expr id();

    /**
     * Required. Object versions to include in the inventory list. If set to `All` , the list
     * includes all the object versions, which adds the version-related fields `VersionId` ,
     * `IsLatest` , and `DeleteMarker` to the list. If set to `Current` , the list does not contain
     * these version-related fields.
     */
    Expr includedObjectVersions();

    /** Contains the optional fields that are included in the inventory results. */
    Optional<Expr> optionalFields();

    /** Specifies the inventory filter prefix. */
    Optional<Expr> prefix();

    /** Required. Specifies the schedule for generating inventory results. */
    Expr scheduleFrequency();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Destination", destination())
          .put("Enabled", enabled())
          .put("Id", id())
          .put("IncludedObjectVersions", includedObjectVersions())
          .put("OptionalFields", optionalFields())
          .put("Prefix", prefix())
          .put("ScheduleFrequency", scheduleFrequency())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InventoryConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.InventoryConfiguration.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder includedObjectVersions(String value) {
        includedObjectVersions(Expr.of(value));
        return this;
      }

      public Builder optionalFields(List<? extends Expr> values) {
        optionalFields(Expr.list(values));
        return this;
      }

      public Builder optionalFields(String... values) {
        optionalFields(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }

      public Builder scheduleFrequency(String value) {
        scheduleFrequency(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.InventoryTableConfiguration}: The inventory table configuration for an
   * S3 Metadata configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-inventorytableconfiguration.html">AWS::S3::Bucket.InventoryTableConfiguration</a>
   */
  @Value.Immutable
  interface InventoryTableConfiguration extends PropertyValue {

    /**
     * Required. The configuration state of the inventory table, indicating whether the inventory
     * table is enabled or disabled.
     */
    Expr configurationState();

    /** The encryption configuration for the inventory table. */
    Optional<Expr> encryptionConfiguration();

    /** The Amazon Resource Name (ARN) for the inventory table. */
    Optional<Expr> tableArn();

    /** The name of the inventory table. */
    Optional<Expr> tableName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConfigurationState", configurationState())
          .put("EncryptionConfiguration", encryptionConfiguration())
          .put("TableArn", tableArn())
          .put("TableName", tableName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InventoryTableConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.InventoryTableConfiguration.Builder {

      public Builder configurationState(String value) {
        configurationState(Expr.of(value));
        return this;
      }

      public Builder tableArn(String value) {
        tableArn(Expr.of(value));
        return this;
      }

      public Builder tableName(String value) {
        tableName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.JournalTableConfiguration}: The journal table configuration for an S3
   * Metadata configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-journaltableconfiguration.html">AWS::S3::Bucket.JournalTableConfiguration</a>
   */
  @Value.Immutable
  interface JournalTableConfiguration extends PropertyValue {

    /** The encryption configuration for the journal table. */
    Optional<Expr> encryptionConfiguration();

    /** Required. The journal table record expiration settings for the journal table. */
    Expr recordExpiration();

    /** The Amazon Resource Name (ARN) for the journal table. */
    Optional<Expr> tableArn();

    /** The name of the journal table. */
    Optional<Expr> tableName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EncryptionConfiguration", encryptionConfiguration())
          .put("RecordExpiration", recordExpiration())
          .put("TableArn", tableArn())
          .put("TableName", tableName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link JournalTableConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.JournalTableConfiguration.Builder {

      public Builder tableArn(String value) {
        tableArn(Expr.of(value));
        return this;
      }

      public Builder tableName(String value) {
        tableName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.LambdaConfiguration}: Describes the AWS Lambda functions to invoke and
   * the events for which to invoke them.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-lambdaconfiguration.html">AWS::S3::Bucket.LambdaConfiguration</a>
   */
  @Value.Immutable
  interface LambdaConfiguration extends PropertyValue {

    /**
     * Required. The Amazon S3 bucket event for which to invoke the AWS Lambda function. For more
     * information, see [Supported Event
     * Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon
     * S3 User Guide* .
     */
    Expr event();

    /**
     * The filtering rules that determine which objects invoke the AWS Lambda function. For example,
     * you can create a filter so that only image files with a `.jpg` extension invoke the function
     * when they are added to the Amazon S3 bucket.
     */
    Optional<Expr> filter();

    /**
     * Required. The Amazon Resource Name (ARN) of the AWS Lambda function that Amazon S3 invokes
     * when the specified event type occurs.
     */
    Expr function();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Event", event())
          .put("Filter", filter())
          .put("Function", function())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LambdaConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.LambdaConfiguration.Builder {

      public Builder event(String value) {
        event(Expr.of(value));
        return this;
      }

      public Builder function(String value) {
        function(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.LifecycleConfiguration}: Specifies the lifecycle configuration for
   * objects in an Amazon S3 bucket. For more information, see [Object Lifecycle
   * Management](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html) in the
   * *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-lifecycleconfiguration.html">AWS::S3::Bucket.LifecycleConfiguration</a>
   */
  @Value.Immutable
  interface LifecycleConfiguration extends PropertyValue {

    /** Required. A lifecycle rule for individual objects in an Amazon S3 bucket. */
    Expr rules();

    /**
     * Indicates which default minimum object size behavior is applied to the lifecycle
     * configuration.
     */
    Optional<Expr> transitionDefaultMinimumObjectSize();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Rules", rules())
          .put("TransitionDefaultMinimumObjectSize", transitionDefaultMinimumObjectSize())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LifecycleConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.LifecycleConfiguration.Builder {

      public Builder rules(List<? extends Expr> values) {
        rules(Expr.list(values));
        return this;
      }

      public Builder transitionDefaultMinimumObjectSize(String value) {
        transitionDefaultMinimumObjectSize(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.LoggingConfiguration}: Describes where logs are stored and the prefix
   * that Amazon S3 assigns to all log object keys for a bucket. For examples and more information,
   * see [PUT Bucket
   * logging](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlogging.html) in the
   * *Amazon S3 API Reference* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-loggingconfiguration.html">AWS::S3::Bucket.LoggingConfiguration</a>
   */
  @Value.Immutable
  interface LoggingConfiguration extends PropertyValue {

    /**
     * The name of the bucket where Amazon S3 should store server access log files. You can store
     * log files in any bucket that you own. By default, logs are stored in the bucket where the
     * `LoggingConfiguration` property is defined.
     */
    Optional<Expr> destinationBucketName();

    /**
     * A prefix for all log object keys. If you store log files from multiple Amazon S3 buckets in a
     * single bucket, you can use a prefix to distinguish which log files came from which bucket.
     */
    Optional<Expr> logFilePrefix();

    /**
     * Amazon S3 key format for log objects. Only one format, either PartitionedPrefix or
     * SimplePrefix, is allowed.
     */
    Optional<Expr> targetObjectKeyFormat();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DestinationBucketName", destinationBucketName())
          .put("LogFilePrefix", logFilePrefix())
          .put("TargetObjectKeyFormat", targetObjectKeyFormat())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LoggingConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.LoggingConfiguration.Builder {

      public Builder destinationBucketName(String value) {
        destinationBucketName(Expr.of(value));
        return this;
      }

      public Builder logFilePrefix(String value) {
        logFilePrefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.MetadataConfiguration}: Creates a V2 Amazon S3 Metadata configuration of
   * a general purpose bucket. For more information, see [Accelerating data discovery with S3
   * Metadata](https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadataconfiguration.html">AWS::S3::Bucket.MetadataConfiguration</a>
   */
  @Value.Immutable
  interface MetadataConfiguration extends PropertyValue {

    /**
     * The annotation table configuration for an S3 Metadata configuration. The annotation table
     * tracks all annotations on objects in your bucket so that you can query annotation data at
     * scale. If you've disabled your annotation table configuration and now want to re-enable it,
     * you must first manually delete the old annotation table from your AWS managed table bucket.
     * Otherwise, the newly re-enabled annotation table configuration will enter a failed state
     * because the annotation table already exists in the table bucket.
     */
    Optional<Expr> annotationTableConfiguration();

    /** The destination information for the S3 Metadata configuration. */
    Optional<Expr> destination();

    /** The inventory table configuration for a metadata configuration. */
    Optional<Expr> inventoryTableConfiguration();

    /** Required. The journal table configuration for a metadata configuration. */
    Expr journalTableConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AnnotationTableConfiguration", annotationTableConfiguration())
          .put("Destination", destination())
          .put("InventoryTableConfiguration", inventoryTableConfiguration())
          .put("JournalTableConfiguration", journalTableConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetadataConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.MetadataConfiguration.Builder {
    }
  }

  /**
   * {@code AWS::S3::Bucket.MetadataDestination}: The destination information for the S3 Metadata
   * configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadatadestination.html">AWS::S3::Bucket.MetadataDestination</a>
   */
  @Value.Immutable
  interface MetadataDestination extends PropertyValue {

    /**
     * The Amazon Resource Name (ARN) of the table bucket where the metadata configuration is
     * stored.
     */
    Optional<Expr> tableBucketArn();

    /**
     * Required. The type of the table bucket where the metadata configuration is stored. The `aws`
     * value indicates an AWS managed table bucket, and the `customer` value indicates a
     * customer-managed table bucket. V2 metadata configurations are stored in AWS managed table
     * buckets, and V1 metadata configurations are stored in customer-managed table buckets.
     */
    Expr tableBucketType();

    /**
     * The namespace in the table bucket where the metadata tables for a metadata configuration are
     * stored.
     */
    Optional<Expr> tableNamespace();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TableBucketArn", tableBucketArn())
          .put("TableBucketType", tableBucketType())
          .put("TableNamespace", tableNamespace())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetadataDestination}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.MetadataDestination.Builder {

      public Builder tableBucketArn(String value) {
        tableBucketArn(Expr.of(value));
        return this;
      }

      public Builder tableBucketType(String value) {
        tableBucketType(Expr.of(value));
        return this;
      }

      public Builder tableNamespace(String value) {
        tableNamespace(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.MetadataTableConfiguration}: &gt; We recommend that you create your S3
   * Metadata configurations by using the V2
   * [MetadataConfiguration](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadataconfiguration.html)
   * resource type. We no longer recommend using the V1 `MetadataTableConfiguration` resource type.
   * &gt; &gt; If you created your S3 Metadata configuration before July 15, 2025, we recommend that
   * you delete and re-create your configuration by using the
   * [MetadataConfiguration](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadataconfiguration.html)
   * resource type so that you can expire journal table records and create a live inventory table.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadatatableconfiguration.html">AWS::S3::Bucket.MetadataTableConfiguration</a>
   */
  @Value.Immutable
  interface MetadataTableConfiguration extends PropertyValue {

    /**
     * Required. The destination information for the metadata table configuration. The destination
     * table bucket must be in the same Region and AWS account as the general purpose bucket. The
     * specified metadata table name must be unique within the `aws_s3_metadata` namespace in the
     * destination table bucket.
     */
    Expr s3TablesDestination();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("S3TablesDestination", s3TablesDestination())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetadataTableConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.MetadataTableConfiguration.Builder {
    }
  }

  /**
   * {@code AWS::S3::Bucket.MetadataTableEncryptionConfiguration}: The encryption settings for an S3
   * Metadata journal table or inventory table configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metadatatableencryptionconfiguration.html">AWS::S3::Bucket.MetadataTableEncryptionConfiguration</a>
   */
  @Value.Immutable
  interface MetadataTableEncryptionConfiguration extends PropertyValue {

    /**
     * If server-side encryption with AWS Key Management Service ( AWS ) keys (SSE-KMS) is
     * specified, you must also specify the KMS key Amazon Resource Name (ARN). You must specify a
     * customer-managed KMS key that's located in the same Region as the general purpose bucket that
     * corresponds to the metadata table configuration.
     */
    Optional<Expr> kmsKeyArn();

    /**
     * Required. The encryption type specified for a metadata table. To specify server-side
     * encryption with AWS Key Management Service ( AWS ) keys (SSE-KMS), use the `aws:kms` value.
     * To specify server-side encryption with Amazon S3 managed keys (SSE-S3), use the `AES256`
     * value.
     */
    Expr sseAlgorithm();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KmsKeyArn", kmsKeyArn())
          .put("SseAlgorithm", sseAlgorithm())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetadataTableEncryptionConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.MetadataTableEncryptionConfiguration.Builder {

      public Builder kmsKeyArn(String value) {
        kmsKeyArn(Expr.of(value));
        return this;
      }

      public Builder sseAlgorithm(String value) {
        sseAlgorithm(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.Metrics}: A container specifying replication metrics-related settings
   * enabling replication metrics and events.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metrics.html">AWS::S3::Bucket.Metrics</a>
   */
  @Value.Immutable
  interface Metrics extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_DISABLED = "Disabled";
    String STATUS_ENABLED = "Enabled";

    /**
     * A container specifying the time threshold for emitting the
     * `s3:Replication:OperationMissedThreshold` event.
     */
    Optional<Expr> eventThreshold();

    /** Required. Specifies whether the replication metrics are enabled. */
    Expr status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EventThreshold", eventThreshold())
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Metrics}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.Metrics.Builder {

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.MetricsConfiguration}: Specifies a metrics configuration for the
   * CloudWatch request metrics (specified by the metrics configuration ID) from an Amazon S3
   * bucket. If you're updating an existing metrics configuration, note that this is a full
   * replacement of the existing metrics configuration. If you don't include the elements you want
   * to keep, they are erased. For examples, see
   * [AWS::S3::Bucket](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket.html#aws-properties-s3-bucket--examples)
   * . For more information, see [PUT Bucket
   * metrics](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTMetricConfiguration.html)
   * in the *Amazon S3 API Reference* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-metricsconfiguration.html">AWS::S3::Bucket.MetricsConfiguration</a>
   */
  @Value.Immutable
  interface MetricsConfiguration extends PropertyValue {

    /**
     * The access point that was used while performing operations on the object. The metrics
     * configuration only includes objects that meet the filter's criteria.
     */
    Optional<Expr> accessPointArn();

    /**
     * Required. The ID used to identify the metrics configuration. This can be any value you choose
     * that helps you identify your metrics configuration.
     */
    Expr id();

    /** The prefix that an object must have to be included in the metrics results. */
    Optional<Expr> prefix();

    /**
     * Specifies a list of tag filters to use as a metrics configuration filter. The metrics
     * configuration includes only objects that meet the filter's criteria.
     */
    Optional<Expr> tagFilters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessPointArn", accessPointArn())
          .put("Id", id())
          .put("Prefix", prefix())
          .put("TagFilters", tagFilters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MetricsConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.MetricsConfiguration.Builder {

      public Builder accessPointArn(String value) {
        accessPointArn(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }

      public Builder tagFilters(List<? extends Expr> values) {
        tagFilters(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.NoncurrentVersionExpiration}: Specifies when noncurrent object versions
   * expire. Upon expiration, Amazon S3 permanently deletes the noncurrent object versions. You set
   * this lifecycle configuration action on a bucket that has versioning enabled (or suspended) to
   * request that Amazon S3 delete noncurrent object versions at a specific period in the object's
   * lifetime. For more information about setting a lifecycle rule configuration, see
   * [AWS::S3::Bucket
   * Rule](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-lifecycleconfig-rule.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-noncurrentversionexpiration.html">AWS::S3::Bucket.NoncurrentVersionExpiration</a>
   */
  @Value.Immutable
  interface NoncurrentVersionExpiration extends PropertyValue {

    /**
     * Specifies how many noncurrent versions Amazon S3 will retain. If there are this many more
     * recent noncurrent versions, Amazon S3 will take the associated action. For more information
     * about noncurrent versions, see [Lifecycle configuration
     * elements](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html)
     * in the *Amazon S3 User Guide* .
     */
    Optional<Expr> newerNoncurrentVersions();

    /**
     * Required. Specifies the number of days an object is noncurrent before Amazon S3 can perform
     * the associated action. For information about the noncurrent days calculations, see [How
     * Amazon S3 Calculates When an Object Became
     * Noncurrent](https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations)
     * in the *Amazon S3 User Guide* .
     */
    Expr noncurrentDays();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("NewerNoncurrentVersions", newerNoncurrentVersions())
          .put("NoncurrentDays", noncurrentDays())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NoncurrentVersionExpiration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.NoncurrentVersionExpiration.Builder {

      public Builder newerNoncurrentVersions(long value) {
        newerNoncurrentVersions(Expr.of(value));
        return this;
      }

      public Builder noncurrentDays(long value) {
        noncurrentDays(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.NoncurrentVersionTransition}: Container for the transition rule that
   * describes when noncurrent objects transition to the `STANDARD_IA` , `ONEZONE_IA` ,
   * `INTELLIGENT_TIERING` , `GLACIER_IR` , `GLACIER` , or `DEEP_ARCHIVE` storage class. If your
   * bucket is versioning-enabled (or versioning is suspended), you can set this action to request
   * that Amazon S3 transition noncurrent object versions to the `STANDARD_IA` , `ONEZONE_IA` ,
   * `INTELLIGENT_TIERING` , `GLACIER_IR` , `GLACIER` , or `DEEP_ARCHIVE` storage class at a
   * specific period in the object's lifetime. If you specify this property, don't specify the
   * `NoncurrentVersionTransitions` property.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-noncurrentversiontransition.html">AWS::S3::Bucket.NoncurrentVersionTransition</a>
   */
  @Value.Immutable
  interface NoncurrentVersionTransition extends PropertyValue {

    /** Values CloudFormation accepts for {@code StorageClass}. */
    String STORAGE_CLASS_DEEP_ARCHIVE = "DEEP_ARCHIVE";
    String STORAGE_CLASS_GLACIER = "GLACIER";
    String STORAGE_CLASS_GLACIER_IR = "GLACIER_IR";
    String STORAGE_CLASS_INTELLIGENT_TIERING = "INTELLIGENT_TIERING";
    String STORAGE_CLASS_ONEZONE_IA = "ONEZONE_IA";
    String STORAGE_CLASS_STANDARD_IA = "STANDARD_IA";

    /**
     * Specifies how many noncurrent versions Amazon S3 will retain. If there are this many more
     * recent noncurrent versions, Amazon S3 will take the associated action. For more information
     * about noncurrent versions, see [Lifecycle configuration
     * elements](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html)
     * in the *Amazon S3 User Guide* .
     */
    Optional<Expr> newerNoncurrentVersions();

    /** Required. The class of storage used to store the object. */
    Expr storageClass();

    /**
     * Required. Specifies the number of days an object is noncurrent before Amazon S3 can perform
     * the associated action. For information about the noncurrent days calculations, see [How
     * Amazon S3 Calculates How Long an Object Has Been
     * Noncurrent](https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations)
     * in the *Amazon S3 User Guide* .
     */
    Expr transitionInDays();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("NewerNoncurrentVersions", newerNoncurrentVersions())
          .put("StorageClass", storageClass())
          .put("TransitionInDays", transitionInDays())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NoncurrentVersionTransition}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.NoncurrentVersionTransition.Builder {

      public Builder newerNoncurrentVersions(long value) {
        newerNoncurrentVersions(Expr.of(value));
        return this;
      }

      public Builder storageClass(String value) {
        storageClass(Expr.of(value));
        return this;
      }

      public Builder transitionInDays(long value) {
        transitionInDays(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.NotificationConfiguration}: Describes the notification configuration for
   * an Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-notificationconfiguration.html">AWS::S3::Bucket.NotificationConfiguration</a>
   */
  @Value.Immutable
  interface NotificationConfiguration extends PropertyValue {

    /** Enables delivery of events to Amazon EventBridge. */
    Optional<Expr> eventBridgeConfiguration();

    /** Describes the AWS Lambda functions to invoke and the events for which to invoke them. */
    Optional<Expr> lambdaConfigurations();

    /**
     * The Amazon Simple Queue Service queues to publish messages to and the events for which to
     * publish messages.
     */
    Optional<Expr> queueConfigurations();

    /**
     * The topic to which notifications are sent and the events for which notifications are
     * generated.
     */
    Optional<Expr> topicConfigurations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EventBridgeConfiguration", eventBridgeConfiguration())
          .put("LambdaConfigurations", lambdaConfigurations())
          .put("QueueConfigurations", queueConfigurations())
          .put("TopicConfigurations", topicConfigurations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NotificationConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.NotificationConfiguration.Builder {

      public Builder lambdaConfigurations(List<? extends Expr> values) {
        lambdaConfigurations(Expr.list(values));
        return this;
      }

      public Builder queueConfigurations(List<? extends Expr> values) {
        queueConfigurations(Expr.list(values));
        return this;
      }

      public Builder topicConfigurations(List<? extends Expr> values) {
        topicConfigurations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.NotificationFilter}: Specifies object key name filtering rules. For
   * information about key name filtering, see [Configuring event notifications using object key
   * name
   * filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-notificationfilter.html">AWS::S3::Bucket.NotificationFilter</a>
   */
  @Value.Immutable
  interface NotificationFilter extends PropertyValue {

    /** Required. A container for object key name prefix and suffix filtering rules. */
    Expr s3Key();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("S3Key", s3Key())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link NotificationFilter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.NotificationFilter.Builder {
    }
  }

  /**
   * {@code AWS::S3::Bucket.ObjectLockConfiguration}: Places an Object Lock configuration on the
   * specified bucket. The rule specified in the Object Lock configuration will be applied by
   * default to every new object placed in the specified bucket. For more information, see [Locking
   * Objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-objectlockconfiguration.html">AWS::S3::Bucket.ObjectLockConfiguration</a>
   */
  @Value.Immutable
  interface ObjectLockConfiguration extends PropertyValue {

    /**
     * Indicates whether this bucket has an Object Lock configuration enabled. Enable
     * `ObjectLockEnabled` when you apply `ObjectLockConfiguration` to a bucket.
     */
    Optional<Expr> objectLockEnabled();

    /**
     * Specifies the Object Lock rule for the specified object. Enable this rule when you apply
     * `ObjectLockConfiguration` to a bucket. If Object Lock is turned on, bucket settings require
     * both `Mode` and a period of either `Days` or `Years` . You cannot specify `Days` and `Years`
     * at the same time. For more information, see
     * [ObjectLockRule](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-objectlockrule.html)
     * and
     * [DefaultRetention](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-defaultretention.html)
     * .
     */
    Optional<Expr> rule();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ObjectLockEnabled", objectLockEnabled())
          .put("Rule", rule())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ObjectLockConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.ObjectLockConfiguration.Builder {

      public Builder objectLockEnabled(String value) {
        objectLockEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ObjectLockRule}: Specifies the Object Lock rule for the specified
   * object. Enable the this rule when you apply `ObjectLockConfiguration` to a bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-objectlockrule.html">AWS::S3::Bucket.ObjectLockRule</a>
   */
  @Value.Immutable
  interface ObjectLockRule extends PropertyValue {

    /**
     * The default Object Lock retention mode and period that you want to apply to new objects
     * placed in the specified bucket. If Object Lock is turned on, bucket settings require both
     * `Mode` and a period of either `Days` or `Years` . You cannot specify `Days` and `Years` at
     * the same time. For more information about allowable values for mode and period, see
     * [DefaultRetention](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-s3-bucket-defaultretention.html)
     * .
     */
    Optional<Expr> defaultRetention();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DefaultRetention", defaultRetention())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ObjectLockRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.ObjectLockRule.Builder {
    }
  }

  /**
   * {@code AWS::S3::Bucket.OwnershipControls}: Specifies the container element for Object Ownership
   * rules.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-ownershipcontrols.html">AWS::S3::Bucket.OwnershipControls</a>
   */
  @Value.Immutable
  interface OwnershipControls extends PropertyValue {

    /** Required. Specifies the container element for Object Ownership rules. */
    Expr rules();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Rules", rules())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OwnershipControls}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.OwnershipControls.Builder {

      public Builder rules(List<? extends Expr> values) {
        rules(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.OwnershipControlsRule}: Specifies an Object Ownership rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-ownershipcontrolsrule.html">AWS::S3::Bucket.OwnershipControlsRule</a>
   */
  @Value.Immutable
  interface OwnershipControlsRule extends PropertyValue {

    /** Values CloudFormation accepts for {@code ObjectOwnership}. */
    String OBJECT_OWNERSHIP_OBJECT_WRITER = "ObjectWriter";
    String OBJECT_OWNERSHIP_BUCKET_OWNER_PREFERRED = "BucketOwnerPreferred";
    String OBJECT_OWNERSHIP_BUCKET_OWNER_ENFORCED = "BucketOwnerEnforced";

    /** Specifies an object ownership rule. */
    Optional<Expr> objectOwnership();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ObjectOwnership", objectOwnership())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link OwnershipControlsRule}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.OwnershipControlsRule.Builder {

      public Builder objectOwnership(String value) {
        objectOwnership(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.PartitionedPrefix}: Amazon S3 keys for log objects are partitioned in
   * the following format:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-partitionedprefix.html">AWS::S3::Bucket.PartitionedPrefix</a>
   */
  @Value.Immutable
  interface PartitionedPrefix extends PropertyValue {

    /** Values CloudFormation accepts for {@code PartitionDateSource}. */
    String PARTITION_DATE_SOURCE_EVENT_TIME = "EventTime";
    String PARTITION_DATE_SOURCE_DELIVERY_TIME = "DeliveryTime";

    /**
     * Specifies the partition date source for the partitioned prefix. `PartitionDateSource` can be
     * `EventTime` or `DeliveryTime` .
     */
    Optional<Expr> partitionDateSource();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PartitionDateSource", partitionDateSource())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PartitionedPrefix}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.PartitionedPrefix.Builder {

      public Builder partitionDateSource(String value) {
        partitionDateSource(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.PublicAccessBlockConfiguration}: The PublicAccessBlock configuration
   * that you want to apply to this Amazon S3 bucket. You can enable the configuration options in
   * any combination. Bucket-level settings work alongside account-level settings (which may inherit
   * from organization-level policies). For more information about when Amazon S3 considers a bucket
   * or object public, see [The Meaning of
   * "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-publicaccessblockconfiguration.html">AWS::S3::Bucket.PublicAccessBlockConfiguration</a>
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
    final class Builder extends ImmutableBucket.PublicAccessBlockConfiguration.Builder {

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
   * {@code AWS::S3::Bucket.QueueConfiguration}: Specifies the configuration for publishing messages
   * to an Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects specified events.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-queueconfiguration.html">AWS::S3::Bucket.QueueConfiguration</a>
   */
  @Value.Immutable
  interface QueueConfiguration extends PropertyValue {

    /**
     * Required. The Amazon S3 bucket event about which you want to publish messages to Amazon SQS.
     * For more information, see [Supported Event
     * Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon
     * S3 User Guide* .
     */
    Expr event();

    /**
     * The filtering rules that determine which objects trigger notifications. For example, you can
     * create a filter so that Amazon S3 sends notifications only when image files with a `.jpg`
     * extension are added to the bucket. For more information, see [Configuring event notifications
     * using object key name
     * filtering](https://docs.aws.amazon.com/AmazonS3/latest/user-guide/notification-how-to-filtering.html)
     * in the *Amazon S3 User Guide* .
     */
    Optional<Expr> filter();

    /**
     * Required. The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes
     * a message when it detects events of the specified type. FIFO queues are not allowed when
     * enabling an SQS queue as the event notification destination.
     */
    Expr queue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Event", event())
          .put("Filter", filter())
          .put("Queue", queue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link QueueConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.QueueConfiguration.Builder {

      public Builder event(String value) {
        event(Expr.of(value));
        return this;
      }

      public Builder queue(String value) {
        queue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.RecordExpiration}: The journal table record expiration settings for a
   * journal table in an S3 Metadata configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-recordexpiration.html">AWS::S3::Bucket.RecordExpiration</a>
   */
  @Value.Immutable
  interface RecordExpiration extends PropertyValue {

    /**
     * If you enable journal table record expiration, you can set the number of days to retain your
     * journal table records. Journal table records must be retained for a minimum of 7 days. To set
     * this value, specify any whole number from `7` to `2147483647` . For example, to retain your
     * journal table records for one year, set this value to `365` .
     */
    Optional<Expr> days();

    /** Required. Specifies whether journal table record expiration is enabled or disabled. */
    Expr expiration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Days", days())
          .put("Expiration", expiration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RecordExpiration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.RecordExpiration.Builder {

      public Builder days(long value) {
        days(Expr.of(value));
        return this;
      }

      public Builder expiration(String value) {
        expiration(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.RedirectAllRequestsTo}: Specifies the redirect behavior of all requests
   * to a website endpoint of an Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-redirectallrequeststo.html">AWS::S3::Bucket.RedirectAllRequestsTo</a>
   */
  @Value.Immutable
  interface RedirectAllRequestsTo extends PropertyValue {

    /** Values CloudFormation accepts for {@code Protocol}. */
    String PROTOCOL_HTTP = "http";
    String PROTOCOL_HTTPS = "https";

    /** Required. Name of the host where requests are redirected. */
    Expr hostName();

    /**
     * Protocol to use when redirecting requests. The default is the protocol that is used in the
     * original request.
     */
    Optional<Expr> protocol();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HostName", hostName())
          .put("Protocol", protocol())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RedirectAllRequestsTo}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.RedirectAllRequestsTo.Builder {

      public Builder hostName(String value) {
        hostName(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.RedirectRule}: Specifies how requests are redirected. In the event of an
   * error, you can specify a different error code to return.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-redirectrule.html">AWS::S3::Bucket.RedirectRule</a>
   */
  @Value.Immutable
  interface RedirectRule extends PropertyValue {

    /** Values CloudFormation accepts for {@code Protocol}. */
    String PROTOCOL_HTTP = "http";
    String PROTOCOL_HTTPS = "https";

    /** The host name to use in the redirect request. */
    Optional<Expr> hostName();

    /**
     * The HTTP redirect code to use on the response. Not required if one of the siblings is
     * present.
     */
    Optional<Expr> httpRedirectCode();

    /**
     * Protocol to use when redirecting requests. The default is the protocol that is used in the
     * original request.
     */
    Optional<Expr> protocol();

    /**
     * The object key prefix to use in the redirect request. For example, to redirect requests for
     * all pages with prefix `docs/` (objects in the `docs/` folder) to `documents/` , you can set a
     * condition block with `KeyPrefixEquals` set to `docs/` and in the Redirect set
     * `ReplaceKeyPrefixWith` to `/documents` . Not required if one of the siblings is present. Can
     * be present only if `ReplaceKeyWith` is not provided.
     */
    Optional<Expr> replaceKeyPrefixWith();

    /**
     * The specific object key to use in the redirect request. For example, redirect request to
     * `error.html` . Not required if one of the siblings is present. Can be present only if
     * `ReplaceKeyPrefixWith` is not provided.
     */
    Optional<Expr> replaceKeyWith();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HostName", hostName())
          .put("HttpRedirectCode", httpRedirectCode())
          .put("Protocol", protocol())
          .put("ReplaceKeyPrefixWith", replaceKeyPrefixWith())
          .put("ReplaceKeyWith", replaceKeyWith())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RedirectRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.RedirectRule.Builder {

      public Builder hostName(String value) {
        hostName(Expr.of(value));
        return this;
      }

      public Builder httpRedirectCode(String value) {
        httpRedirectCode(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder replaceKeyPrefixWith(String value) {
        replaceKeyPrefixWith(Expr.of(value));
        return this;
      }

      public Builder replaceKeyWith(String value) {
        replaceKeyWith(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ReplicaModifications}: A filter that you can specify for selection for
   * modifications on replicas.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicamodifications.html">AWS::S3::Bucket.ReplicaModifications</a>
   */
  @Value.Immutable
  interface ReplicaModifications extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_ENABLED = "Enabled";
    String STATUS_DISABLED = "Disabled";

    /** Required. Specifies whether Amazon S3 replicates modifications on replicas. */
    Expr status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReplicaModifications}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.ReplicaModifications.Builder {

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ReplicationConfiguration}: A container for replication rules. You can
   * add up to 1,000 rules. The maximum size of a replication configuration is 2 MB. The latest
   * version of the replication configuration XML is V2. For more information about XML V2
   * replication configurations, see [Replication
   * configuration](https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-add-config.html)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationconfiguration.html">AWS::S3::Bucket.ReplicationConfiguration</a>
   */
  @Value.Immutable
  interface ReplicationConfiguration extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) role
     * that Amazon S3 assumes when replicating objects. For more information, see [How to Set Up
     * Replication](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-how-setup.html) in
     * the *Amazon S3 User Guide* .
     */
    Expr role();

    /**
     * Required. A container for one or more replication rules. A replication configuration must
     * have at least one rule and can contain a maximum of 1,000 rules.
     */
    Expr rules();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Role", role())
          .put("Rules", rules())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReplicationConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.ReplicationConfiguration.Builder {

      public Builder role(String value) {
        role(Expr.of(value));
        return this;
      }

      public Builder rules(List<? extends Expr> values) {
        rules(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ReplicationDestination}: A container for information about the
   * replication destination and its configurations including enabling the S3 Replication Time
   * Control (S3 RTC).
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationdestination.html">AWS::S3::Bucket.ReplicationDestination</a>
   */
  @Value.Immutable
  interface ReplicationDestination extends PropertyValue {

    /** Values CloudFormation accepts for {@code StorageClass}. */
    String STORAGE_CLASS_DEEP_ARCHIVE = "DEEP_ARCHIVE";
    String STORAGE_CLASS_GLACIER = "GLACIER";
    String STORAGE_CLASS_GLACIER_IR = "GLACIER_IR";
    String STORAGE_CLASS_INTELLIGENT_TIERING = "INTELLIGENT_TIERING";
    String STORAGE_CLASS_ONEZONE_IA = "ONEZONE_IA";
    String STORAGE_CLASS_REDUCED_REDUNDANCY = "REDUCED_REDUNDANCY";
    String STORAGE_CLASS_STANDARD = "STANDARD";
    String STORAGE_CLASS_STANDARD_IA = "STANDARD_IA";

    /**
     * Specify this only in a cross-account scenario (where source and destination bucket owners are
     * not the same), and you want to change replica ownership to the AWS account that owns the
     * destination bucket. If this is not specified in the replication configuration, the replicas
     * are owned by same AWS account that owns the source object.
     */
    Optional<Expr> accessControlTranslation();

    /**
     * Destination bucket owner account ID. In a cross-account scenario, if you direct Amazon S3 to
     * change replica ownership to the AWS account that owns the destination bucket by specifying
     * the `AccessControlTranslation` property, this is the account ID of the destination bucket
     * owner. For more information, see [Cross-Region Replication Additional Configuration: Change
     * Replica Owner](https://docs.aws.amazon.com/AmazonS3/latest/dev/crr-change-owner.html) in the
     * *Amazon S3 User Guide* .
     */
    Optional<Expr> account();

    /**
     * Required. The Amazon Resource Name (ARN) of the bucket where you want Amazon S3 to store the
     * results.
     */
    Expr bucket();

    /** Specifies encryption-related information. */
    Optional<Expr> encryptionConfiguration();

    /**
     * A container specifying replication metrics-related settings enabling replication metrics and
     * events.
     */
    Optional<Expr> metrics();

    /**
     * A container specifying S3 Replication Time Control (S3 RTC), including whether S3 RTC is
     * enabled and the time when all objects and operations on objects must be replicated. Must be
     * specified together with a `Metrics` block.
     */
    Optional<Expr> replicationTime();

    /**
     * The storage class to use when replicating objects, such as S3 Standard or reduced redundancy.
     * By default, Amazon S3 uses the storage class of the source object to create the object
     * replica.
     */
    Optional<Expr> storageClass();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessControlTranslation", accessControlTranslation())
          .put("Account", account())
          .put("Bucket", bucket())
          .put("EncryptionConfiguration", encryptionConfiguration())
          .put("Metrics", metrics())
          .put("ReplicationTime", replicationTime())
          .put("StorageClass", storageClass())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReplicationDestination}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.ReplicationDestination.Builder {

      public Builder account(String value) {
        account(Expr.of(value));
        return this;
      }

      public Builder bucket(String value) {
        bucket(Expr.of(value));
        return this;
      }

      public Builder storageClass(String value) {
        storageClass(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ReplicationRule}: Specifies which Amazon S3 objects to replicate and
   * where to store the replicas.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationrule.html">AWS::S3::Bucket.ReplicationRule</a>
   */
  @Value.Immutable
  interface ReplicationRule extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_DISABLED = "Disabled";
    String STATUS_ENABLED = "Enabled";

    /**
     * Specifies whether Amazon S3 replicates delete markers. If you specify a `Filter` in your
     * replication configuration, you must also include a `DeleteMarkerReplication` element. If your
     * `Filter` includes a `Tag` element, the `DeleteMarkerReplication` `Status` must be set to
     * Disabled, because Amazon S3 does not support replicating delete markers for tag-based rules.
     * For an example configuration, see [Basic Rule
     * Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-config-min-rule-config)
     * .
     */
    Optional<Expr> deleteMarkerReplication();

    /**
     * Required. A container for information about the replication destination and its
     * configurations including enabling the S3 Replication Time Control (S3 RTC).
     */
    Expr destination();

    /**
     * A filter that identifies the subset of objects to which the replication rule applies. A
     * `Filter` must specify exactly one `Prefix` , `TagFilter` , or an `And` child element. The use
     * of the filter field indicates that this is a V2 replication configuration. This field isn't
     * supported in a V1 replication configuration.
     */
    Optional<Expr> filter();

    /**
     * A unique identifier for the rule. The maximum value is 255 characters. If you don't specify a
     * value, AWS CloudFormation generates a random ID. When using a V2 replication configuration
     * this property is capitalized as "ID".
     */
    Optional<Expr> id();

    /**
     * An object key name prefix that identifies the object or objects to which the rule applies.
     * The maximum prefix length is 1,024 characters. To include all objects in a bucket, specify an
     * empty string. To filter using a V1 replication configuration, add the `Prefix` directly as a
     * child element of the `Rule` element.
     */
    Optional<Expr> prefix();

    /**
     * The priority indicates which rule has precedence whenever two or more replication rules
     * conflict. Amazon S3 will attempt to replicate objects according to all replication rules.
     * However, if there are two or more rules with the same destination bucket, then objects will
     * be replicated according to the rule with the highest priority. The higher the number, the
     * higher the priority.
     */
    Optional<Expr> priority();

    /**
     * A container that describes additional filters for identifying the source objects that you
     * want to replicate. You can choose to enable or disable the replication of these objects.
     */
    Optional<Expr> sourceSelectionCriteria();

    /** Required. Specifies whether the rule is enabled. */
    Expr status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeleteMarkerReplication", deleteMarkerReplication())
          .put("Destination", destination())
          .put("Filter", filter())
          .put("Id", id())
          .put("Prefix", prefix())
          .put("Priority", priority())
          .put("SourceSelectionCriteria", sourceSelectionCriteria())
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReplicationRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.ReplicationRule.Builder {

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }

      public Builder priority(long value) {
        priority(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ReplicationRuleAndOperator}: A container for specifying rule filters.
   * The filters determine the subset of objects to which the rule applies. This element is required
   * only if you specify more than one filter.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationruleandoperator.html">AWS::S3::Bucket.ReplicationRuleAndOperator</a>
   */
  @Value.Immutable
  interface ReplicationRuleAndOperator extends PropertyValue {

    /**
     * An object key name prefix that identifies the subset of objects to which the rule applies.
     */
    Optional<Expr> prefix();

    /** An array of tags containing key and value pairs. */
    Optional<Expr> tagFilters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Prefix", prefix())
          .put("TagFilters", tagFilters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReplicationRuleAndOperator}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.ReplicationRuleAndOperator.Builder {

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }

      public Builder tagFilters(List<? extends Expr> values) {
        tagFilters(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ReplicationRuleFilter}: A filter that identifies the subset of objects
   * to which the replication rule applies. A `Filter` must specify exactly one `Prefix` ,
   * `TagFilter` , or an `And` child element.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationrulefilter.html">AWS::S3::Bucket.ReplicationRuleFilter</a>
   */
  @Value.Immutable
  interface ReplicationRuleFilter extends PropertyValue {

    /**
     * A container for specifying rule filters. The filters determine the subset of objects to which
     * the rule applies. This element is required only if you specify more than one filter. For
     * example:
     */
    Optional<Expr> and();

    /**
     * An object key name prefix that identifies the subset of objects to which the rule applies.
     */
    Optional<Expr> prefix();

    /** A container for specifying a tag key and value. */
    Optional<Expr> tagFilter();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("And", and())
          .put("Prefix", prefix())
          .put("TagFilter", tagFilter())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReplicationRuleFilter}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.ReplicationRuleFilter.Builder {

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ReplicationTime}: A container specifying S3 Replication Time Control (S3
   * RTC) related information, including whether S3 RTC is enabled and the time when all objects and
   * operations on objects must be replicated. Must be specified together with a `Metrics` block.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationtime.html">AWS::S3::Bucket.ReplicationTime</a>
   */
  @Value.Immutable
  interface ReplicationTime extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_DISABLED = "Disabled";
    String STATUS_ENABLED = "Enabled";

    /** Required. Specifies whether the replication time is enabled. */
    Expr status();

    /**
     * Required. A container specifying the time by which replication should be complete for all
     * objects and operations on objects.
     */
    Expr time();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Status", status())
          .put("Time", time())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReplicationTime}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.ReplicationTime.Builder {

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ReplicationTimeValue}: A container specifying the time value for S3
   * Replication Time Control (S3 RTC) and replication metrics `EventThreshold` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-replicationtimevalue.html">AWS::S3::Bucket.ReplicationTimeValue</a>
   */
  @Value.Immutable
  interface ReplicationTimeValue extends PropertyValue {

    /** Required. Contains an integer specifying time in minutes. */
    Expr minutes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Minutes", minutes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReplicationTimeValue}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.ReplicationTimeValue.Builder {

      public Builder minutes(long value) {
        minutes(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.RoutingRule}: Specifies the redirect behavior and when a redirect is
   * applied. For more information about routing rules, see [Configuring advanced conditional
   * redirects](https://docs.aws.amazon.com/AmazonS3/latest/dev/how-to-page-redirect.html#advanced-conditional-redirects)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-routingrule.html">AWS::S3::Bucket.RoutingRule</a>
   */
  @Value.Immutable
  interface RoutingRule extends PropertyValue {

    /**
     * Required. Container for redirect information. You can redirect requests to another host, to
     * another page, or with another protocol. In the event of an error, you can specify a different
     * error code to return.
     */
    Expr redirectRule();

    /**
     * A container for describing a condition that must be met for the specified redirect to apply.
     * For example, 1. If request is for pages in the `/docs` folder, redirect to the `/documents`
     * folder. 2. If request results in HTTP error 4xx, redirect request to another host where you
     * might process the error.
     */
    Optional<Expr> routingRuleCondition();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RedirectRule", redirectRule())
          .put("RoutingRuleCondition", routingRuleCondition())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RoutingRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.RoutingRule.Builder {
    }
  }

  /**
   * {@code AWS::S3::Bucket.RoutingRuleCondition}: A container for describing a condition that must
   * be met for the specified redirect to apply. For example, 1. If request is for pages in the
   * `/docs` folder, redirect to the `/documents` folder. 2. If request results in HTTP error 4xx,
   * redirect request to another host where you might process the error.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-routingrulecondition.html">AWS::S3::Bucket.RoutingRuleCondition</a>
   */
  @Value.Immutable
  interface RoutingRuleCondition extends PropertyValue {

    /**
     * The HTTP error code when the redirect is applied. In the event of an error, if the error code
     * equals this value, then the specified redirect is applied.
     */
    Optional<Expr> httpErrorCodeReturnedEquals();

    /**
     * The object key name prefix when the redirect is applied. For example, to redirect requests
     * for `ExamplePage.html` , the key prefix will be `ExamplePage.html` . To redirect request for
     * all pages with the prefix `docs/` , the key prefix will be `docs/` , which identifies all
     * objects in the docs/ folder.
     */
    Optional<Expr> keyPrefixEquals();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HttpErrorCodeReturnedEquals", httpErrorCodeReturnedEquals())
          .put("KeyPrefixEquals", keyPrefixEquals())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RoutingRuleCondition}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.RoutingRuleCondition.Builder {

      public Builder httpErrorCodeReturnedEquals(String value) {
        httpErrorCodeReturnedEquals(Expr.of(value));
        return this;
      }

      public Builder keyPrefixEquals(String value) {
        keyPrefixEquals(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.Rule}: Specifies lifecycle rules for an Amazon S3 bucket. For more
   * information, see [Put Bucket Lifecycle
   * Configuration](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlifecycle.html) in
   * the *Amazon S3 API Reference* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-rule.html">AWS::S3::Bucket.Rule</a>
   */
  @Value.Immutable
  interface Rule extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_ENABLED = "Enabled";
    String STATUS_DISABLED = "Disabled";

    /**
     * Specifies a lifecycle rule that stops incomplete multipart uploads to an Amazon S3 bucket.
     */
    Optional<Expr> abortIncompleteMultipartUpload();

    /**
     * Indicates when objects are deleted from Amazon S3 and Amazon S3 Glacier. The date value must
     * be in ISO 8601 format. The time is always midnight UTC. If you specify an expiration and
     * transition time, you must use the same time unit for both properties (either in days or by
     * date). The expiration time must also be later than the transition time.
     */
    Optional<Expr> expirationDate();

    /**
     * Indicates the number of days after creation when objects are deleted from Amazon S3 and
     * Amazon S3 Glacier. If you specify an expiration and transition time, you must use the same
     * time unit for both properties (either in days or by date). The expiration time must also be
     * later than the transition time.
     */
    Optional<Expr> expirationInDays();

    /**
     * Indicates whether Amazon S3 will remove a delete marker without any noncurrent versions. If
     * set to true, the delete marker will be removed if there are no noncurrent versions. This
     * cannot be specified with `ExpirationInDays` , `ExpirationDate` , or `TagFilters` .
     */
    Optional<Expr> expiredObjectDeleteMarker();

    /** Unique identifier for the rule. The value can't be longer than 255 characters. */
    Optional<Expr> id();

    /**
     * Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently
     * deletes the noncurrent object versions. You set this lifecycle configuration action on a
     * bucket that has versioning enabled (or suspended) to request that Amazon S3 delete noncurrent
     * object versions at a specific period in the object's lifetime.
     */
    Optional<Expr> noncurrentVersionExpiration();

    /**
     * (Deprecated.) For buckets with versioning enabled (or suspended), specifies the time, in
     * days, between when a new version of the object is uploaded to the bucket and when old
     * versions of the object expire. When object versions expire, Amazon S3 permanently deletes
     * them. If you specify a transition and expiration time, the expiration time must be later than
     * the transition time.
     */
    Optional<Expr> noncurrentVersionExpirationInDays();

    /**
     * (Deprecated.) For buckets with versioning enabled (or suspended), specifies when non-current
     * objects transition to a specified storage class. If you specify a transition and expiration
     * time, the expiration time must be later than the transition time. If you specify this
     * property, don't specify the `NoncurrentVersionTransitions` property.
     */
    Optional<Expr> noncurrentVersionTransition();

    /**
     * For buckets with versioning enabled (or suspended), one or more transition rules that specify
     * when non-current objects transition to a specified storage class. If you specify a transition
     * and expiration time, the expiration time must be later than the transition time. If you
     * specify this property, don't specify the `NoncurrentVersionTransition` property.
     */
    Optional<Expr> noncurrentVersionTransitions();

    /**
     * Specifies the minimum object size in bytes for this rule to apply to. Objects must be larger
     * than this value in bytes. For more information about size based rules, see [Lifecycle
     * configuration using size-based
     * rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html#lc-size-rules)
     * in the *Amazon S3 User Guide* .
     */
    Optional<Expr> objectSizeGreaterThan();

    /**
     * Specifies the maximum object size in bytes for this rule to apply to. Objects must be smaller
     * than this value in bytes. For more information about sized based rules, see [Lifecycle
     * configuration using size-based
     * rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html#lc-size-rules)
     * in the *Amazon S3 User Guide* .
     */
    Optional<Expr> objectSizeLessThan();

    /** Object key prefix that identifies one or more objects to which this rule applies. */
    Optional<Expr> prefix();

    /**
     * Required. If `Enabled` , the rule is currently being applied. If `Disabled` , the rule is not
     * currently being applied.
     */
    Expr status();

    /** Tags to use to identify a subset of objects to which the lifecycle rule applies. */
    Optional<Expr> tagFilters();

    /**
     * (Deprecated.) Specifies when an object transitions to a specified storage class. If you
     * specify an expiration and transition time, you must use the same time unit for both
     * properties (either in days or by date). The expiration time must also be later than the
     * transition time. If you specify this property, don't specify the `Transitions` property.
     */
    Optional<Expr> transition();

    /**
     * One or more transition rules that specify when an object transitions to a specified storage
     * class. If you specify an expiration and transition time, you must use the same time unit for
     * both properties (either in days or by date). The expiration time must also be later than the
     * transition time. If you specify this property, don't specify the `Transition` property.
     */
    Optional<Expr> transitions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AbortIncompleteMultipartUpload", abortIncompleteMultipartUpload())
          .put("ExpirationDate", expirationDate())
          .put("ExpirationInDays", expirationInDays())
          .put("ExpiredObjectDeleteMarker", expiredObjectDeleteMarker())
          .put("Id", id())
          .put("NoncurrentVersionExpiration", noncurrentVersionExpiration())
          .put("NoncurrentVersionExpirationInDays", noncurrentVersionExpirationInDays())
          .put("NoncurrentVersionTransition", noncurrentVersionTransition())
          .put("NoncurrentVersionTransitions", noncurrentVersionTransitions())
          .put("ObjectSizeGreaterThan", objectSizeGreaterThan())
          .put("ObjectSizeLessThan", objectSizeLessThan())
          .put("Prefix", prefix())
          .put("Status", status())
          .put("TagFilters", tagFilters())
          .put("Transition", transition())
          .put("Transitions", transitions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Rule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.Rule.Builder {

      public Builder expirationDate(String value) {
        expirationDate(Expr.of(value));
        return this;
      }

      public Builder expirationInDays(long value) {
        expirationInDays(Expr.of(value));
        return this;
      }

      public Builder expiredObjectDeleteMarker(boolean value) {
        expiredObjectDeleteMarker(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder noncurrentVersionExpirationInDays(long value) {
        noncurrentVersionExpirationInDays(Expr.of(value));
        return this;
      }

      public Builder noncurrentVersionTransitions(List<? extends Expr> values) {
        noncurrentVersionTransitions(Expr.list(values));
        return this;
      }

      public Builder objectSizeGreaterThan(long value) {
        objectSizeGreaterThan(Expr.of(value));
        return this;
      }

      public Builder objectSizeLessThan(long value) {
        objectSizeLessThan(Expr.of(value));
        return this;
      }

      public Builder prefix(String value) {
        prefix(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }

      public Builder tagFilters(List<? extends Expr> values) {
        tagFilters(Expr.list(values));
        return this;
      }

      public Builder transitions(List<? extends Expr> values) {
        transitions(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.S3KeyFilter}: A container for object key name prefix and suffix
   * filtering rules. For more information about object key name filtering, see [Configuring event
   * notifications using object key name
   * filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-s3keyfilter.html">AWS::S3::Bucket.S3KeyFilter</a>
   */
  @Value.Immutable
  interface S3KeyFilter extends PropertyValue {

    /**
     * Required. A list of containers for the key-value pair that defines the criteria for the
     * filter rule.
     */
    Expr rules();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Rules", rules())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link S3KeyFilter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.S3KeyFilter.Builder {

      public Builder rules(List<? extends Expr> values) {
        rules(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.S3TablesDestination}: The destination information for a V1 S3 Metadata
   * configuration. The destination table bucket must be in the same Region and AWS account as the
   * general purpose bucket. The specified metadata table name must be unique within the
   * `aws_s3_metadata` namespace in the destination table bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-s3tablesdestination.html">AWS::S3::Bucket.S3TablesDestination</a>
   */
  @Value.Immutable
  interface S3TablesDestination extends PropertyValue {

    /**
     * The Amazon Resource Name (ARN) for the metadata table in the metadata table configuration.
     * The specified metadata table name must be unique within the `aws_s3_metadata` namespace in
     * the destination table bucket.
     */
    Optional<Expr> tableArn();

    /**
     * Required. The Amazon Resource Name (ARN) for the table bucket that's specified as the
     * destination in the metadata table configuration. The destination table bucket must be in the
     * same Region and AWS account as the general purpose bucket.
     */
    Expr tableBucketArn();

    /**
     * Required. The name for the metadata table in your metadata table configuration. The specified
     * metadata table name must be unique within the `aws_s3_metadata` namespace in the destination
     * table bucket.
     */
    Expr tableName();

    /**
     * The table bucket namespace for the metadata table in your metadata table configuration. This
     * value is always `aws_s3_metadata` .
     */
    Optional<Expr> tableNamespace();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TableArn", tableArn())
          .put("TableBucketArn", tableBucketArn())
          .put("TableName", tableName())
          .put("TableNamespace", tableNamespace())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link S3TablesDestination}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.S3TablesDestination.Builder {

      public Builder tableArn(String value) {
        tableArn(Expr.of(value));
        return this;
      }

      public Builder tableBucketArn(String value) {
        tableBucketArn(Expr.of(value));
        return this;
      }

      public Builder tableName(String value) {
        tableName(Expr.of(value));
        return this;
      }

      public Builder tableNamespace(String value) {
        tableNamespace(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ServerSideEncryptionByDefault}: Describes the default server-side
   * encryption to apply to new objects in the bucket. If a PUT Object request doesn't specify any
   * server-side encryption, this default encryption will be applied. For more information, see
   * [PutBucketEncryption](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTencryption.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-serversideencryptionbydefault.html">AWS::S3::Bucket.ServerSideEncryptionByDefault</a>
   */
  @Value.Immutable
  interface ServerSideEncryptionByDefault extends PropertyValue {

    /** Values CloudFormation accepts for {@code SSEAlgorithm}. */
    String SSE_ALGORITHM_AWS_KMS = "aws:kms";
    String SSE_ALGORITHM_AES256 = "AES256";
    String SSE_ALGORITHM_AWS_KMS_DSSE = "aws:kms:dsse";

    /**
     * AWS Key Management Service (KMS) customer managed key ID to use for the default encryption.
     */
    Optional<Expr> kmsMasterKeyID();

    /** Required. Server-side encryption algorithm to use for the default encryption. */
    Expr sseAlgorithm();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KMSMasterKeyID", kmsMasterKeyID())
          .put("SSEAlgorithm", sseAlgorithm())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServerSideEncryptionByDefault}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.ServerSideEncryptionByDefault.Builder {

      public Builder kmsMasterKeyID(String value) {
        kmsMasterKeyID(Expr.of(value));
        return this;
      }

      public Builder sseAlgorithm(String value) {
        sseAlgorithm(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.ServerSideEncryptionRule}: Specifies the default server-side encryption
   * configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-serversideencryptionrule.html">AWS::S3::Bucket.ServerSideEncryptionRule</a>
   */
  @Value.Immutable
  interface ServerSideEncryptionRule extends PropertyValue {

    /**
     * A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of
     * new objects encrypted with the specified server-side encryption type. For example, blocking
     * an encryption type will block `PutObject` , `CopyObject` , `PostObject` , multipart upload,
     * and replication requests to the bucket for objects with the specified encryption type.
     * However, you can continue to read and list any pre-existing objects already encrypted with
     * the specified encryption type. For more information, see [Blocking or unblocking SSE-C for a
     * general purpose
     * bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html)
     * .
     */
    Optional<Expr> blockedEncryptionTypes();

    /**
     * Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using KMS
     * (SSE-KMS) for new objects in the bucket. Existing objects are not affected. Setting the
     * `BucketKeyEnabled` element to `true` causes Amazon S3 to use an S3 Bucket Key. By default, S3
     * Bucket Key is not enabled.
     */
    Optional<Expr> bucketKeyEnabled();

    /**
     * Specifies the default server-side encryption to apply to new objects in the bucket. If a PUT
     * Object request doesn't specify any server-side encryption, this default encryption will be
     * applied.
     */
    Optional<Expr> serverSideEncryptionByDefault();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BlockedEncryptionTypes", blockedEncryptionTypes())
          .put("BucketKeyEnabled", bucketKeyEnabled())
          .put("ServerSideEncryptionByDefault", serverSideEncryptionByDefault())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServerSideEncryptionRule}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.ServerSideEncryptionRule.Builder {

      public Builder bucketKeyEnabled(boolean value) {
        bucketKeyEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.SourceSelectionCriteria}: A container that describes additional filters
   * for identifying the source objects that you want to replicate. You can choose to enable or
   * disable the replication of these objects.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-sourceselectioncriteria.html">AWS::S3::Bucket.SourceSelectionCriteria</a>
   */
  @Value.Immutable
  interface SourceSelectionCriteria extends PropertyValue {

    /** A filter that you can specify for selection for modifications on replicas. */
    Optional<Expr> replicaModifications();

    /**
     * A container for filter information for the selection of Amazon S3 objects encrypted with AWS
     * KMS.
     */
    Optional<Expr> sseKmsEncryptedObjects();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ReplicaModifications", replicaModifications())
          .put("SseKmsEncryptedObjects", sseKmsEncryptedObjects())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SourceSelectionCriteria}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.SourceSelectionCriteria.Builder {
    }
  }

  /**
   * {@code AWS::S3::Bucket.SseKmsEncryptedObjects}: A container for filter information for the
   * selection of S3 objects encrypted with AWS KMS.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-ssekmsencryptedobjects.html">AWS::S3::Bucket.SseKmsEncryptedObjects</a>
   */
  @Value.Immutable
  interface SseKmsEncryptedObjects extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_DISABLED = "Disabled";
    String STATUS_ENABLED = "Enabled";

    /**
     * Required. Specifies whether Amazon S3 replicates objects created with server-side encryption
     * using an AWS KMS key stored in AWS Key Management Service.
     */
    Expr status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SseKmsEncryptedObjects}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.SseKmsEncryptedObjects.Builder {

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.StorageClassAnalysis}: Specifies data related to access patterns to be
   * collected and made available to analyze the tradeoffs between different storage classes for an
   * Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-storageclassanalysis.html">AWS::S3::Bucket.StorageClassAnalysis</a>
   */
  @Value.Immutable
  interface StorageClassAnalysis extends PropertyValue {

    /**
     * Specifies how data related to the storage class analysis for an Amazon S3 bucket should be
     * exported.
     */
    Optional<Expr> dataExport();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DataExport", dataExport())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StorageClassAnalysis}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.StorageClassAnalysis.Builder {
    }
  }

  /**
   * {@code AWS::S3::Bucket.TagFilter}: Specifies tags to use to identify a subset of objects for an
   * Amazon S3 bucket. For more information, see [Categorizing your storage using
   * tags](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html) in the *Amazon
   * Simple Storage Service User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-tagfilter.html">AWS::S3::Bucket.TagFilter</a>
   */
  @Value.Immutable
  interface TagFilter extends PropertyValue {

    /** Required. The tag key. */
    Expr key();

    /** Required. The tag value. */
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

    /** Builds a {@link TagFilter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.TagFilter.Builder {

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

  /**
   * {@code AWS::S3::Bucket.TargetObjectKeyFormat}: Amazon S3 key format for log objects. Only one
   * format, PartitionedPrefix or SimplePrefix, is allowed.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-targetobjectkeyformat.html">AWS::S3::Bucket.TargetObjectKeyFormat</a>
   */
  @Value.Immutable
  interface TargetObjectKeyFormat extends PropertyValue {

    /** Partitioned S3 key for log objects. */
    Optional<Expr> partitionedPrefix();

    /**
     * To use the simple format for S3 keys for log objects. To specify SimplePrefix format, set
     * SimplePrefix to {}.
     */
    Optional<Expr> simplePrefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PartitionedPrefix", partitionedPrefix())
          .put("SimplePrefix", simplePrefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TargetObjectKeyFormat}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.TargetObjectKeyFormat.Builder {

      public Builder simplePrefix(JsonNode value) {
        simplePrefix(Expr.json(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.Tiering}: The S3 Intelligent-Tiering storage class is designed to
   * optimize storage costs by automatically moving data to the most cost-effective storage access
   * tier, without additional operational overhead.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-tiering.html">AWS::S3::Bucket.Tiering</a>
   */
  @Value.Immutable
  interface Tiering extends PropertyValue {

    /** Values CloudFormation accepts for {@code AccessTier}. */
    String ACCESS_TIER_ARCHIVE_ACCESS = "ARCHIVE_ACCESS";
    String ACCESS_TIER_DEEP_ARCHIVE_ACCESS = "DEEP_ARCHIVE_ACCESS";

    /**
     * Required. S3 Intelligent-Tiering access tier. See [Storage class for automatically optimizing
     * frequently and infrequently accessed
     * objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html#sc-dynamic-data-access)
     * for a list of access tiers in the S3 Intelligent-Tiering storage class.
     */
    Expr accessTier();

    /**
     * Required. The number of consecutive days of no access after which an object will be eligible
     * to be transitioned to the corresponding tier. The minimum number of days specified for
     * Archive Access tier must be at least 90 days and Deep Archive Access tier must be at least
     * 180 days. The maximum can be up to 2 years (730 days).
     */
    Expr days();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AccessTier", accessTier())
          .put("Days", days())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Tiering}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.Tiering.Builder {

      public Builder accessTier(String value) {
        accessTier(Expr.of(value));
        return this;
      }

      public Builder days(long value) {
        days(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.TopicConfiguration}: A container for specifying the configuration for
   * publication of messages to an Amazon Simple Notification Service (Amazon SNS) topic when Amazon
   * S3 detects specified events.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-topicconfiguration.html">AWS::S3::Bucket.TopicConfiguration</a>
   */
  @Value.Immutable
  interface TopicConfiguration extends PropertyValue {

    /**
     * Required. The Amazon S3 bucket event about which to send notifications. For more information,
     * see [Supported Event
     * Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the *Amazon
     * S3 User Guide* .
     */
    Expr event();

    /**
     * The filtering rules that determine for which objects to send notifications. For example, you
     * can create a filter so that Amazon S3 sends notifications only when image files with a `.jpg`
     * extension are added to the bucket.
     */
    Optional<Expr> filter();

    /**
     * Required. The Amazon Resource Name (ARN) of the Amazon SNS topic to which Amazon S3 publishes
     * a message when it detects events of the specified type.
     */
    Expr topic();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Event", event())
          .put("Filter", filter())
          .put("Topic", topic())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TopicConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.TopicConfiguration.Builder {

      public Builder event(String value) {
        event(Expr.of(value));
        return this;
      }

      public Builder topic(String value) {
        topic(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.Transition}: Specifies when an object transitions to a specified storage
   * class. For more information about Amazon S3 lifecycle configuration rules, see [Transitioning
   * Objects Using Amazon S3
   * Lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/dev/lifecycle-transition-general-considerations.html)
   * in the *Amazon S3 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-transition.html">AWS::S3::Bucket.Transition</a>
   */
  @Value.Immutable
  interface Transition extends PropertyValue {

    /** Values CloudFormation accepts for {@code StorageClass}. */
    String STORAGE_CLASS_DEEP_ARCHIVE = "DEEP_ARCHIVE";
    String STORAGE_CLASS_GLACIER = "GLACIER";
    String STORAGE_CLASS_GLACIER_IR = "GLACIER_IR";
    String STORAGE_CLASS_INTELLIGENT_TIERING = "INTELLIGENT_TIERING";
    String STORAGE_CLASS_ONEZONE_IA = "ONEZONE_IA";
    String STORAGE_CLASS_STANDARD_IA = "STANDARD_IA";

    /** Required. The storage class to which you want the object to transition. */
    Expr storageClass();

    /**
     * Indicates when objects are transitioned to the specified storage class. The date value must
     * be in ISO 8601 format. The time is always midnight UTC.
     */
    Optional<Expr> transitionDate();

    /**
     * Indicates the number of days after creation when objects are transitioned to the specified
     * storage class. If the specified storage class is `INTELLIGENT_TIERING` , `GLACIER_IR` ,
     * `GLACIER` , or `DEEP_ARCHIVE` , valid values are `0` or positive integers. If the specified
     * storage class is `STANDARD_IA` or `ONEZONE_IA` , valid values are positive integers greater
     * than `30` . Be aware that some storage classes have a minimum storage duration and that
     * you're charged for transitioning objects before their minimum storage duration. For more
     * information, see [Constraints and considerations for
     * transitions](https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html#lifecycle-configuration-constraints)
     * in the *Amazon S3 User Guide* .
     */
    Optional<Expr> transitionInDays();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StorageClass", storageClass())
          .put("TransitionDate", transitionDate())
          .put("TransitionInDays", transitionInDays())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Transition}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableBucket.Transition.Builder {

      public Builder storageClass(String value) {
        storageClass(Expr.of(value));
        return this;
      }

      public Builder transitionDate(String value) {
        transitionDate(Expr.of(value));
        return this;
      }

      public Builder transitionInDays(long value) {
        transitionInDays(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.VersioningConfiguration}: Describes the versioning state of an Amazon S3
   * bucket. For more information, see [PUT Bucket
   * versioning](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTVersioningStatus.html)
   * in the *Amazon S3 API Reference* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-versioningconfiguration.html">AWS::S3::Bucket.VersioningConfiguration</a>
   */
  @Value.Immutable
  interface VersioningConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_ENABLED = "Enabled";
    String STATUS_SUSPENDED = "Suspended";

    /** Required. The versioning state of the bucket. */
    Expr status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VersioningConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableBucket.VersioningConfiguration.Builder {

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::S3::Bucket.WebsiteConfiguration}: Specifies website configuration parameters for an
   * Amazon S3 bucket.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-bucket-websiteconfiguration.html">AWS::S3::Bucket.WebsiteConfiguration</a>
   */
  @Value.Immutable
  interface WebsiteConfiguration extends PropertyValue {

    /** The name of the error document for the website. */
    Optional<Expr> errorDocument();

    /** The name of the index document for the website. */
    Optional<Expr> indexDocument();

    /** The redirect behavior for every request to this bucket's website endpoint. */
    Optional<Expr> redirectAllRequestsTo();

    /** Rules that define when a redirect is applied and the redirect behavior. */
    Optional<Expr> routingRules();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ErrorDocument", errorDocument())
          .put("IndexDocument", indexDocument())
          .put("RedirectAllRequestsTo", redirectAllRequestsTo())
          .put("RoutingRules", routingRules())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link WebsiteConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableBucket.WebsiteConfiguration.Builder {

      public Builder errorDocument(String value) {
        errorDocument(Expr.of(value));
        return this;
      }

      public Builder indexDocument(String value) {
        indexDocument(Expr.of(value));
        return this;
      }

      public Builder routingRules(List<? extends Expr> values) {
        routingRules(Expr.list(values));
        return this;
      }
    }
  }
}
