// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::Volume}: Specifies an Amazon Elastic Block Store (Amazon EBS) volume. You can
 * create an empty volume, a volume from a snapshot, or a volume copy from an existing source
 * volume.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-volume.html">AWS::EC2::Volume</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Volume extends Resource {

  String TYPE = "AWS::EC2::Volume";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Indicates whether the volume is auto-enabled for I/O operations. By default, Amazon EBS
   * disables I/O to the volume from attached EC2 instances when it determines that a volume's data
   * is potentially inconsistent. If the consistency of the volume is not a concern, and you prefer
   * that the volume be made available immediately if it's impaired, you can configure the volume to
   * automatically enable I/O.
   */
  Optional<Expr> autoEnableIO();

  /** The ID of the Availability Zone in which to create the volume. For example, `us-east-1a` . */
  Optional<Expr> availabilityZone();

  /** The ID of the Availability Zone in which to create the volume. For example, `use1-az1` . */
  Optional<Expr> availabilityZoneId();

  /**
   * Indicates whether the volume should be encrypted. The effect of setting the encryption state to
   * `true` depends on the volume origin (new, from a snapshot, or from an existing volume),
   * starting encryption state, ownership, and whether encryption by default is enabled. For more
   * information, see [Encryption by
   * default](https://docs.aws.amazon.com/ebs/latest/userguide/work-with-ebs-encr.html#encryption-by-default)
   * in the *Amazon EBS User Guide* .
   */
  Optional<Expr> encrypted();

  /**
   * The number of I/O operations per second (IOPS) to provision for the volume. Required for `io1`
   * and `io2` volumes. Optional for `gp3` volumes. Omit for all other volume types.
   */
  Optional<Expr> iops();

  /**
   * The identifier of the AWS KMS key to use for Amazon EBS encryption. If `KmsKeyId` is specified,
   * the encrypted state must be `true` .
   */
  Optional<Expr> kmsKeyId();

  /** Indicates whether Amazon EBS Multi-Attach is enabled. */
  Optional<Expr> multiAttachEnabled();

  /** The Amazon Resource Name (ARN) of the Outpost on which to create the volume. */
  Optional<Expr> outpostArn();

  /** The size of the volume, in GiBs. */
  Optional<Expr> size();

  /**
   * The snapshot from which to create the volume. Only specify to create a volume from a snapshot.
   * To create a new empty volume, omit this parameter and specify a value for `Size` instead. To
   * create a volume copy, omit this parameter and specify `SourceVolumeId` instead.
   */
  Optional<Expr> snapshotId();

  /**
   * The ID of the source EBS volume to copy. When specified, the volume is created as an exact copy
   * of the specified volume. Only specify to create a volume copy. To create a new empty volume or
   * to create a volume from a snapshot, omit this parameter,
   */
  Optional<Expr> sourceVolumeId();

  /** The tags to apply to the volume during creation. */
  Optional<Expr> tags();

  /** The throughput to provision for a volume, with a maximum of 1,000 MiB/s. */
  Optional<Expr> throughput();

  /**
   * Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization
   * rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume. This is
   * also known as *volume initialization* . Specifying a volume initialization rate ensures that
   * the volume is initialized at a predictable and consistent rate after creation.
   */
  Optional<Expr> volumeInitializationRate();

  /** The volume type. This parameter can be one of the following values: */
  Optional<Expr> volumeType();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AutoEnableIO", autoEnableIO())
        .put("AvailabilityZone", availabilityZone())
        .put("AvailabilityZoneId", availabilityZoneId())
        .put("Encrypted", encrypted())
        .put("Iops", iops())
        .put("KmsKeyId", kmsKeyId())
        .put("MultiAttachEnabled", multiAttachEnabled())
        .put("OutpostArn", outpostArn())
        .put("Size", size())
        .put("SnapshotId", snapshotId())
        .put("SourceVolumeId", sourceVolumeId())
        .put("Tags", tags())
        .put("Throughput", throughput())
        .put("VolumeInitializationRate", volumeInitializationRate())
        .put("VolumeType", volumeType())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code VolumeId} attribute: The ID of the volume. */
  default GetAtt attrVolumeId() {
    return getAtt("VolumeId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Volume}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVolume.Builder {

    public Builder autoEnableIO(boolean value) {
      autoEnableIO(Expr.of(value));
      return this;
    }

    public Builder availabilityZone(String value) {
      availabilityZone(Expr.of(value));
      return this;
    }

    public Builder availabilityZoneId(String value) {
      availabilityZoneId(Expr.of(value));
      return this;
    }

    public Builder encrypted(boolean value) {
      encrypted(Expr.of(value));
      return this;
    }

    public Builder iops(long value) {
      iops(Expr.of(value));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder multiAttachEnabled(boolean value) {
      multiAttachEnabled(Expr.of(value));
      return this;
    }

    public Builder outpostArn(String value) {
      outpostArn(Expr.of(value));
      return this;
    }

    public Builder size(long value) {
      size(Expr.of(value));
      return this;
    }

    public Builder snapshotId(String value) {
      snapshotId(Expr.of(value));
      return this;
    }

    public Builder sourceVolumeId(String value) {
      sourceVolumeId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder throughput(long value) {
      throughput(Expr.of(value));
      return this;
    }

    public Builder volumeInitializationRate(long value) {
      volumeInitializationRate(Expr.of(value));
      return this;
    }

    public Builder volumeType(String value) {
      volumeType(Expr.of(value));
      return this;
    }
  }
}
