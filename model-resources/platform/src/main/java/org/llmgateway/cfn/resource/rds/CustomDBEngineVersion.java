// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.rds;

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
 * {@code AWS::RDS::CustomDBEngineVersion}: Creates a custom DB engine version (CEV).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-customdbengineversion.html">AWS::RDS::CustomDBEngineVersion</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CustomDBEngineVersion extends Resource {

  String TYPE = "AWS::RDS::CustomDBEngineVersion";

  /** Values CloudFormation accepts for {@code Status}. */
  String STATUS_AVAILABLE = "available";
  String STATUS_INACTIVE = "inactive";
  String STATUS_INACTIVE_EXCEPT_RESTORE = "inactive-except-restore";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** {@code DatabaseInstallationFiles}. */
  Optional<Expr> databaseInstallationFiles();

  /**
   * The name of an Amazon S3 bucket that contains database installation files for your CEV. For
   * example, a valid bucket name is `my-custom-installation-files` .
   */
  Optional<Expr> databaseInstallationFilesS3BucketName();

  /**
   * The Amazon S3 directory that contains the database installation files for your CEV. For
   * example, a valid bucket name is `123456789012/cev1` . If this setting isn't specified, no
   * prefix is assumed.
   */
  Optional<Expr> databaseInstallationFilesS3Prefix();

  /** An optional description of your CEV. */
  Optional<Expr> description();

  /** Required. The database engine to use for your custom engine version (CEV). */
  Expr engine();

  /**
   * Required. The name of your CEV. The name format is `major version.customized_string` . For
   * example, a valid CEV name is `19.my_cev1` . This setting is required for RDS Custom for Oracle,
   * but optional for Amazon RDS. The combination of `Engine` and `EngineVersion` is unique per
   * customer per Region.
   */
  Expr engineVersion();

  /** A value that indicates the ID of the AMI. */
  Optional<Expr> imageId();

  /**
   * The AWS KMS key identifier for an encrypted CEV. A symmetric encryption KMS key is required for
   * RDS Custom, but optional for Amazon RDS.
   */
  Optional<Expr> kmsKeyId();

  /**
   * The CEV manifest, which is a JSON document that describes the installation .zip files stored in
   * Amazon S3. Specify the name/value pairs in a file or a quoted string. RDS Custom applies the
   * patches in the order in which they are listed.
   */
  Optional<Expr> manifest();

  /**
   * The ARN of a CEV to use as a source for creating a new CEV. You can specify a different Amazon
   * Machine Imagine (AMI) by using either `Source` or `UseAwsProvidedLatestImage` . You can't
   * specify a different JSON manifest when you specify `SourceCustomDbEngineVersionIdentifier` .
   */
  Optional<Expr> sourceCustomDbEngineVersionIdentifier();

  /** A value that indicates the status of a custom engine version (CEV). */
  Optional<Expr> status();

  /**
   * A list of tags. For more information, see [Tagging Amazon RDS
   * Resources](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html) in the
   * *Amazon RDS User Guide.*
   */
  Optional<Expr> tags();

  /**
   * Specifies whether to use the latest service-provided Amazon Machine Image (AMI) for the CEV. If
   * you specify `UseAwsProvidedLatestImage` , you can't also specify `ImageId` .
   */
  Optional<Expr> useAwsProvidedLatestImage();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DatabaseInstallationFiles", databaseInstallationFiles())
        .put("DatabaseInstallationFilesS3BucketName", databaseInstallationFilesS3BucketName())
        .put("DatabaseInstallationFilesS3Prefix", databaseInstallationFilesS3Prefix())
        .put("Description", description())
        .put("Engine", engine())
        .put("EngineVersion", engineVersion())
        .put("ImageId", imageId())
        .put("KMSKeyId", kmsKeyId())
        .put("Manifest", manifest())
        .put("SourceCustomDbEngineVersionIdentifier", sourceCustomDbEngineVersionIdentifier())
        .put("Status", status())
        .put("Tags", tags())
        .put("UseAwsProvidedLatestImage", useAwsProvidedLatestImage())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code DBEngineVersionArn} attribute: The ARN of the custom engine version. */
  default GetAtt attrDBEngineVersionArn() {
    return getAtt("DBEngineVersionArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CustomDBEngineVersion}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableCustomDBEngineVersion.Builder {

    public Builder databaseInstallationFiles(List<? extends Expr> values) {
      databaseInstallationFiles(Expr.list(values));
      return this;
    }

    public Builder databaseInstallationFiles(String... values) {
      databaseInstallationFiles(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder databaseInstallationFilesS3BucketName(String value) {
      databaseInstallationFilesS3BucketName(Expr.of(value));
      return this;
    }

    public Builder databaseInstallationFilesS3Prefix(String value) {
      databaseInstallationFilesS3Prefix(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder engine(String value) {
      engine(Expr.of(value));
      return this;
    }

    public Builder engineVersion(String value) {
      engineVersion(Expr.of(value));
      return this;
    }

    public Builder imageId(String value) {
      imageId(Expr.of(value));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder manifest(String value) {
      manifest(Expr.of(value));
      return this;
    }

    public Builder sourceCustomDbEngineVersionIdentifier(String value) {
      sourceCustomDbEngineVersionIdentifier(Expr.of(value));
      return this;
    }

    public Builder status(String value) {
      status(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder useAwsProvidedLatestImage(boolean value) {
      useAwsProvidedLatestImage(Expr.of(value));
      return this;
    }
  }
}
