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
 * {@code AWS::EC2::LaunchTemplate}: Specifies the properties for creating a launch template.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-launchtemplate.html">AWS::EC2::LaunchTemplate</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LaunchTemplate extends Resource {

  String TYPE = "AWS::EC2::LaunchTemplate";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The information for the launch template. */
  Expr launchTemplateData();

  /** A name for the launch template. */
  Optional<Expr> launchTemplateName();

  /**
   * The tags to apply to the launch template on creation. To tag the launch template, the resource
   * type must be `launch-template` .
   */
  Optional<Expr> tagSpecifications();

  /** A description for the first version of the launch template. */
  Optional<Expr> versionDescription();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LaunchTemplateData", launchTemplateData())
        .put("LaunchTemplateName", launchTemplateName())
        .put("TagSpecifications", tagSpecifications())
        .put("VersionDescription", versionDescription())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code DefaultVersionNumber} attribute: The default version of the launch template, such as
   * 2.
   */
  default GetAtt attrDefaultVersionNumber() {
    return getAtt("DefaultVersionNumber");
  }

  /**
   * The {@code LatestVersionNumber} attribute: The latest version of the launch template, such as
   * `5` .
   */
  default GetAtt attrLatestVersionNumber() {
    return getAtt("LatestVersionNumber");
  }

  /** The {@code LaunchTemplateId} attribute: The ID of the launch template. */
  default GetAtt attrLaunchTemplateId() {
    return getAtt("LaunchTemplateId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LaunchTemplate}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLaunchTemplate.Builder {

    public Builder launchTemplateName(String value) {
      launchTemplateName(Expr.of(value));
      return this;
    }

    public Builder tagSpecifications(List<? extends Expr> values) {
      tagSpecifications(Expr.list(values));
      return this;
    }

    public Builder versionDescription(String value) {
      versionDescription(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.AcceleratorCount}: The minimum and maximum number of
   * accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-acceleratorcount.html">AWS::EC2::LaunchTemplate.AcceleratorCount</a>
   */
  @Value.Immutable
  interface AcceleratorCount extends PropertyValue {

    /**
     * The maximum number of accelerators. To specify no maximum limit, omit this parameter. To
     * exclude accelerator-enabled instance types, set `Max` to `0` .
     */
    Optional<Expr> max();

    /** The minimum number of accelerators. To specify no minimum limit, omit this parameter. */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AcceleratorCount}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.AcceleratorCount.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.AcceleratorTotalMemoryMiB}: The minimum and maximum amount of
   * total accelerator memory, in MiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-acceleratortotalmemorymib.html">AWS::EC2::LaunchTemplate.AcceleratorTotalMemoryMiB</a>
   */
  @Value.Immutable
  interface AcceleratorTotalMemoryMiB extends PropertyValue {

    /**
     * The maximum amount of accelerator memory, in MiB. To specify no maximum limit, omit this
     * parameter.
     */
    Optional<Expr> max();

    /**
     * The minimum amount of accelerator memory, in MiB. To specify no minimum limit, omit this
     * parameter.
     */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AcceleratorTotalMemoryMiB}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.AcceleratorTotalMemoryMiB.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.BaselineEbsBandwidthMbps}: The minimum and maximum baseline
   * bandwidth to Amazon EBS, in Mbps. For more information, see [Amazon EBS–optimized
   * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html) in the
   * *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-baselineebsbandwidthmbps.html">AWS::EC2::LaunchTemplate.BaselineEbsBandwidthMbps</a>
   */
  @Value.Immutable
  interface BaselineEbsBandwidthMbps extends PropertyValue {

    /**
     * The maximum baseline bandwidth, in Mbps. To specify no maximum limit, omit this parameter.
     */
    Optional<Expr> max();

    /**
     * The minimum baseline bandwidth, in Mbps. To specify no minimum limit, omit this parameter.
     */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BaselineEbsBandwidthMbps}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.BaselineEbsBandwidthMbps.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.BaselinePerformanceFactors}: The baseline performance to
   * consider, using an instance family as a baseline reference. The instance family establishes the
   * lowest acceptable level of performance. Amazon EC2 uses this baseline to guide instance type
   * selection, but there is no guarantee that the selected instance types will always exceed the
   * baseline for every application.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-baselineperformancefactors.html">AWS::EC2::LaunchTemplate.BaselinePerformanceFactors</a>
   */
  @Value.Immutable
  interface BaselinePerformanceFactors extends PropertyValue {

    /** The CPU performance to consider, using an instance family as the baseline reference. */
    Optional<Expr> cpu();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cpu", cpu())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link BaselinePerformanceFactors}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.BaselinePerformanceFactors.Builder {
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.BlockDeviceMapping}: Specifies a block device mapping for a
   * launch template. You must specify `DeviceName` plus exactly one of the following properties:
   * `Ebs` , `NoDevice` , or `VirtualName` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-blockdevicemapping.html">AWS::EC2::LaunchTemplate.BlockDeviceMapping</a>
   */
  @Value.Immutable
  interface BlockDeviceMapping extends PropertyValue {

    /** The device name (for example, /dev/sdh or xvdh). */
    Optional<Expr> deviceName();

    /** Parameters used to automatically set up EBS volumes when the instance is launched. */
    Optional<Expr> ebs();

    /** To omit the device from the block device mapping, specify an empty string. */
    Optional<Expr> noDevice();

    /**
     * The virtual device name (ephemeralN). Instance store volumes are numbered starting from 0. An
     * instance type with 2 available instance store volumes can specify mappings for ephemeral0 and
     * ephemeral1. The number of available instance store volumes depends on the instance type.
     * After you connect to the instance, you must mount the volume.
     */
    Optional<Expr> virtualName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeviceName", deviceName())
          .put("Ebs", ebs())
          .put("NoDevice", noDevice())
          .put("VirtualName", virtualName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link BlockDeviceMapping}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.BlockDeviceMapping.Builder {

      public Builder deviceName(String value) {
        deviceName(Expr.of(value));
        return this;
      }

      public Builder noDevice(String value) {
        noDevice(Expr.of(value));
        return this;
      }

      public Builder virtualName(String value) {
        virtualName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.CapacityReservationSpecification}: Specifies an instance's
   * Capacity Reservation targeting option. You can specify only one option at a time.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-capacityreservationspecification.html">AWS::EC2::LaunchTemplate.CapacityReservationSpecification</a>
   */
  @Value.Immutable
  interface CapacityReservationSpecification extends PropertyValue {

    /** Indicates the instance's Capacity Reservation preferences. Possible preferences include: */
    Optional<Expr> capacityReservationPreference();

    /** Information about the target Capacity Reservation or Capacity Reservation group. */
    Optional<Expr> capacityReservationTarget();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityReservationPreference", capacityReservationPreference())
          .put("CapacityReservationTarget", capacityReservationTarget())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityReservationSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.CapacityReservationSpecification.Builder {

      public Builder capacityReservationPreference(String value) {
        capacityReservationPreference(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.CapacityReservationTarget}: Specifies a target Capacity
   * Reservation.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-capacityreservationtarget.html">AWS::EC2::LaunchTemplate.CapacityReservationTarget</a>
   */
  @Value.Immutable
  interface CapacityReservationTarget extends PropertyValue {

    /** The ID of the Capacity Reservation in which to run the instance. */
    Optional<Expr> capacityReservationId();

    /** The ARN of the Capacity Reservation resource group in which to run the instance. */
    Optional<Expr> capacityReservationResourceGroupArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityReservationId", capacityReservationId())
          .put("CapacityReservationResourceGroupArn", capacityReservationResourceGroupArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityReservationTarget}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.CapacityReservationTarget.Builder {

      public Builder capacityReservationId(String value) {
        capacityReservationId(Expr.of(value));
        return this;
      }

      public Builder capacityReservationResourceGroupArn(String value) {
        capacityReservationResourceGroupArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.ConnectionTrackingSpecification}: A security group connection
   * tracking specification that enables you to set the idle timeout for connection tracking on an
   * Elastic network interface. For more information, see [Connection tracking
   * timeouts](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html#connection-tracking-timeouts)
   * in the *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-connectiontrackingspecification.html">AWS::EC2::LaunchTemplate.ConnectionTrackingSpecification</a>
   */
  @Value.Immutable
  interface ConnectionTrackingSpecification extends PropertyValue {

    /**
     * Timeout (in seconds) for idle TCP connections in an established state. Min: 60 seconds. Max:
     * 432000 seconds (5 days). Default: 432000 seconds. Recommended: Less than 432000 seconds.
     */
    Optional<Expr> tcpEstablishedTimeout();

    /**
     * Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one
     * request-response transaction. Min: 60 seconds. Max: 180 seconds (3 minutes). Default: 180
     * seconds.
     */
    Optional<Expr> udpStreamTimeout();

    /**
     * Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or
     * a single request-response transaction. Min: 30 seconds. Max: 60 seconds. Default: 30 seconds.
     */
    Optional<Expr> udpTimeout();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TcpEstablishedTimeout", tcpEstablishedTimeout())
          .put("UdpStreamTimeout", udpStreamTimeout())
          .put("UdpTimeout", udpTimeout())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConnectionTrackingSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.ConnectionTrackingSpecification.Builder {

      public Builder tcpEstablishedTimeout(long value) {
        tcpEstablishedTimeout(Expr.of(value));
        return this;
      }

      public Builder udpStreamTimeout(long value) {
        udpStreamTimeout(Expr.of(value));
        return this;
      }

      public Builder udpTimeout(long value) {
        udpTimeout(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.Cpu}: Specifies the CPU performance to consider when using an
   * instance family as the baseline reference.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-cpu.html">AWS::EC2::LaunchTemplate.Cpu</a>
   */
  @Value.Immutable
  interface Cpu extends PropertyValue {

    /**
     * The instance family to use as the baseline reference for CPU performance. All instance types
     * that match your specified attributes are compared against the CPU performance of the
     * referenced instance family, regardless of CPU manufacturer or architecture differences.
     */
    Optional<Expr> references();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("References", references())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Cpu}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.Cpu.Builder {

      public Builder references(List<? extends Expr> values) {
        references(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.CpuOptions}: Specifies the CPU options for an instance. For
   * more information, see [Optimize CPU
   * options](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html) in the
   * *Amazon Elastic Compute Cloud User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-cpuoptions.html">AWS::EC2::LaunchTemplate.CpuOptions</a>
   */
  @Value.Immutable
  interface CpuOptions extends PropertyValue {

    /** Values CloudFormation accepts for {@code AmdSevSnp}. */
    String AMD_SEV_SNP_ENABLED = "enabled";
    String AMD_SEV_SNP_DISABLED = "disabled";

    /**
     * Indicates whether to enable the instance for AMD SEV-SNP. AMD SEV-SNP is supported with M6a,
     * R6a, and C6a instance types only. For more information, see [AMD SEV-SNP for Amazon EC2
     * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sev-snp.html) .
     */
    Optional<Expr> amdSevSnp();

    /** The number of CPU cores for the instance. */
    Optional<Expr> coreCount();

    /** Indicates whether the instance is enabled for nested virtualization. */
    Optional<Expr> nestedVirtualization();

    /**
     * The number of threads per CPU core. To disable multithreading for the instance, specify a
     * value of `1` . Otherwise, specify the default value of `2` .
     */
    Optional<Expr> threadsPerCore();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AmdSevSnp", amdSevSnp())
          .put("CoreCount", coreCount())
          .put("NestedVirtualization", nestedVirtualization())
          .put("ThreadsPerCore", threadsPerCore())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CpuOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.CpuOptions.Builder {

      public Builder amdSevSnp(String value) {
        amdSevSnp(Expr.of(value));
        return this;
      }

      public Builder coreCount(long value) {
        coreCount(Expr.of(value));
        return this;
      }

      public Builder nestedVirtualization(String value) {
        nestedVirtualization(Expr.of(value));
        return this;
      }

      public Builder threadsPerCore(long value) {
        threadsPerCore(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.CreditSpecification}: Specifies the credit option for CPU usage
   * of a T2, T3, or T3a instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-creditspecification.html">AWS::EC2::LaunchTemplate.CreditSpecification</a>
   */
  @Value.Immutable
  interface CreditSpecification extends PropertyValue {

    /** The credit option for CPU usage of a T instance. */
    Optional<Expr> cpuCredits();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CpuCredits", cpuCredits())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CreditSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.CreditSpecification.Builder {

      public Builder cpuCredits(String value) {
        cpuCredits(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.Ebs}: Parameters for a block device for an EBS volume in an
   * Amazon EC2 launch template.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-ebs.html">AWS::EC2::LaunchTemplate.Ebs</a>
   */
  @Value.Immutable
  interface Ebs extends PropertyValue {

    /** Indicates whether the EBS volume is deleted on instance termination. */
    Optional<Expr> deleteOnTermination();

    /** {@code EbsCardIndex}. */
    Optional<Expr> ebsCardIndex();

    /**
     * Indicates whether the EBS volume is encrypted. Encrypted volumes can only be attached to
     * instances that support Amazon EBS encryption. If you are creating a volume from a snapshot,
     * you can't specify an encryption value.
     */
    Optional<Expr> encrypted();

    /**
     * The number of I/O operations per second (IOPS). For `gp3` , `io1` , and `io2` volumes, this
     * represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this
     * represents the baseline performance of the volume and the rate at which the volume
     * accumulates I/O credits for bursting.
     */
    Optional<Expr> iops();

    /**
     * Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use
     * for EBS encryption.
     */
    Optional<Expr> kmsKeyId();

    /** The ID of the snapshot. */
    Optional<Expr> snapshotId();

    /** The throughput to provision for a `gp3` volume, with a maximum of 2,000 MiB/s. */
    Optional<Expr> throughput();

    /**
     * Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization
     * rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume. This
     * is also known as *volume initialization* . Specifying a volume initialization rate ensures
     * that the volume is initialized at a predictable and consistent rate after creation.
     */
    Optional<Expr> volumeInitializationRate();

    /**
     * The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. The
     * following are the supported volumes sizes for each volume type:
     */
    Optional<Expr> volumeSize();

    /**
     * The volume type. For more information, see [Amazon EBS volume
     * types](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html) in the *Amazon
     * EBS User Guide* .
     */
    Optional<Expr> volumeType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeleteOnTermination", deleteOnTermination())
          .put("EbsCardIndex", ebsCardIndex())
          .put("Encrypted", encrypted())
          .put("Iops", iops())
          .put("KmsKeyId", kmsKeyId())
          .put("SnapshotId", snapshotId())
          .put("Throughput", throughput())
          .put("VolumeInitializationRate", volumeInitializationRate())
          .put("VolumeSize", volumeSize())
          .put("VolumeType", volumeType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Ebs}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.Ebs.Builder {

      public Builder deleteOnTermination(boolean value) {
        deleteOnTermination(Expr.of(value));
        return this;
      }

      public Builder ebsCardIndex(long value) {
        ebsCardIndex(Expr.of(value));
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

      public Builder snapshotId(String value) {
        snapshotId(Expr.of(value));
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

      public Builder volumeSize(long value) {
        volumeSize(Expr.of(value));
        return this;
      }

      public Builder volumeType(String value) {
        volumeType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.ElasticGpuSpecification}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-elasticgpuspecification.html">AWS::EC2::LaunchTemplate.ElasticGpuSpecification</a>
   */
  @Value.Immutable
  interface ElasticGpuSpecification extends PropertyValue {

    /** {@code Type}. */
    Optional<Expr> type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ElasticGpuSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.ElasticGpuSpecification.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.EnaSrdSpecification}: ENA Express uses AWS Scalable Reliable
   * Datagram (SRD) technology to increase the maximum bandwidth used per stream and minimize tail
   * latency of network traffic between EC2 instances. With ENA Express, you can communicate between
   * two EC2 instances in the same subnet within the same account, or in different accounts. Both
   * sending and receiving instances must have ENA Express enabled.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-enasrdspecification.html">AWS::EC2::LaunchTemplate.EnaSrdSpecification</a>
   */
  @Value.Immutable
  interface EnaSrdSpecification extends PropertyValue {

    /** Indicates whether ENA Express is enabled for the network interface. */
    Optional<Expr> enaSrdEnabled();

    /** Configures ENA Express for UDP network traffic. */
    Optional<Expr> enaSrdUdpSpecification();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnaSrdEnabled", enaSrdEnabled())
          .put("EnaSrdUdpSpecification", enaSrdUdpSpecification())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EnaSrdSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.EnaSrdSpecification.Builder {

      public Builder enaSrdEnabled(boolean value) {
        enaSrdEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.EnaSrdUdpSpecification}: ENA Express is compatible with both
   * TCP and UDP transport protocols. When it's enabled, TCP traffic automatically uses it. However,
   * some UDP-based applications are designed to handle network packets that are out of order,
   * without a need for retransmission, such as live video broadcasting or other near-real-time
   * applications. For UDP traffic, you can specify whether to use ENA Express, based on your
   * application environment needs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-enasrdudpspecification.html">AWS::EC2::LaunchTemplate.EnaSrdUdpSpecification</a>
   */
  @Value.Immutable
  interface EnaSrdUdpSpecification extends PropertyValue {

    /**
     * Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this
     * setting, you must first enable ENA Express.
     */
    Optional<Expr> enaSrdUdpEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnaSrdUdpEnabled", enaSrdUdpEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EnaSrdUdpSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.EnaSrdUdpSpecification.Builder {

      public Builder enaSrdUdpEnabled(boolean value) {
        enaSrdUdpEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.EnclaveOptions}: Indicates whether the instance is enabled for
   * AWS Nitro Enclaves.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-enclaveoptions.html">AWS::EC2::LaunchTemplate.EnclaveOptions</a>
   */
  @Value.Immutable
  interface EnclaveOptions extends PropertyValue {

    /**
     * If this parameter is set to `true` , the instance is enabled for AWS Nitro Enclaves;
     * otherwise, it is not enabled for AWS Nitro Enclaves.
     */
    Optional<Expr> enabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EnclaveOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.EnclaveOptions.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.HibernationOptions}: Specifies whether your instance is
   * configured for hibernation. This parameter is valid only if the instance meets the [hibernation
   * prerequisites](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html#hibernating-prerequisites)
   * . For more information, see [Hibernate Your
   * Instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html) in the *Amazon
   * EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-hibernationoptions.html">AWS::EC2::LaunchTemplate.HibernationOptions</a>
   */
  @Value.Immutable
  interface HibernationOptions extends PropertyValue {

    /** If you set this parameter to `true` , the instance is enabled for hibernation. */
    Optional<Expr> configured();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Configured", configured())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HibernationOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.HibernationOptions.Builder {

      public Builder configured(boolean value) {
        configured(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.IamInstanceProfile}: Specifies an IAM instance profile, which
   * is a container for an IAM role for your instance. You can use an IAM role to distribute your
   * AWS credentials to your instances.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-iaminstanceprofile.html">AWS::EC2::LaunchTemplate.IamInstanceProfile</a>
   */
  @Value.Immutable
  interface IamInstanceProfile extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the instance profile. */
    Optional<Expr> arn();

    /** The name of the instance profile. */
    Optional<Expr> name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link IamInstanceProfile}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.IamInstanceProfile.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.InstanceMarketOptions}: Specifies the market (purchasing)
   * option for an instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-instancemarketoptions.html">AWS::EC2::LaunchTemplate.InstanceMarketOptions</a>
   */
  @Value.Immutable
  interface InstanceMarketOptions extends PropertyValue {

    /** The market type. */
    Optional<Expr> marketType();

    /** The options for Spot Instances. */
    Optional<Expr> spotOptions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MarketType", marketType())
          .put("SpotOptions", spotOptions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceMarketOptions}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.InstanceMarketOptions.Builder {

      public Builder marketType(String value) {
        marketType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.InstanceRequirements}: The attributes for the instance types.
   * When you specify instance attributes, Amazon EC2 will identify instance types with these
   * attributes.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-instancerequirements.html">AWS::EC2::LaunchTemplate.InstanceRequirements</a>
   */
  @Value.Immutable
  interface InstanceRequirements extends PropertyValue {

    /**
     * The minimum and maximum number of accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an
     * instance.
     */
    Optional<Expr> acceleratorCount();

    /** Indicates whether instance types must have accelerators by specific manufacturers. */
    Optional<Expr> acceleratorManufacturers();

    /** The accelerators that must be on the instance type. */
    Optional<Expr> acceleratorNames();

    /** The minimum and maximum amount of total accelerator memory, in MiB. */
    Optional<Expr> acceleratorTotalMemoryMiB();

    /** The accelerator types that must be on the instance type. */
    Optional<Expr> acceleratorTypes();

    /**
     * The instance types to apply your specified attributes against. All other instance types are
     * ignored, even if they match your specified attributes.
     */
    Optional<Expr> allowedInstanceTypes();

    /** Indicates whether bare metal instance types must be included, excluded, or required. */
    Optional<Expr> bareMetal();

    /**
     * The minimum and maximum baseline bandwidth to Amazon EBS, in Mbps. For more information, see
     * [Amazon EBS–optimized
     * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html) in the
     * *Amazon EC2 User Guide* .
     */
    Optional<Expr> baselineEbsBandwidthMbps();

    /**
     * The baseline performance to consider, using an instance family as a baseline reference. The
     * instance family establishes the lowest acceptable level of performance. Amazon EC2 uses this
     * baseline to guide instance type selection, but there is no guarantee that the selected
     * instance types will always exceed the baseline for every application. Currently, this
     * parameter only supports CPU performance as a baseline performance factor. For more
     * information, see [Performance
     * protection](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-attribute-based-instance-type-selection.html#ec2fleet-abis-performance-protection)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> baselinePerformanceFactors();

    /**
     * Indicates whether burstable performance T instance types are included, excluded, or required.
     * For more information, see [Burstable performance
     * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html)
     * .
     */
    Optional<Expr> burstablePerformance();

    /** The CPU manufacturers to include. */
    Optional<Expr> cpuManufacturers();

    /** The instance types to exclude. */
    Optional<Expr> excludedInstanceTypes();

    /**
     * Indicates whether current or previous generation instance types are included. The current
     * generation instance types are recommended for use. Current generation instance types are
     * typically the latest two to three generations in each instance family. For more information,
     * see [Instance types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> instanceGenerations();

    /**
     * Indicates whether instance types with instance store volumes are included, excluded, or
     * required. For more information, [Amazon EC2 instance
     * store](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html) in the
     * *Amazon EC2 User Guide* .
     */
    Optional<Expr> localStorage();

    /** The type of local storage that is required. */
    Optional<Expr> localStorageTypes();

    /**
     * [Price protection] The price protection threshold for Spot Instances, as a percentage of an
     * identified On-Demand price. The identified On-Demand price is the price of the lowest priced
     * current generation C, M, or R instance type with your specified attributes. If no current
     * generation C, M, or R instance type matches your attributes, then the identified price is
     * from the lowest priced current generation instance types, and failing that, from the lowest
     * priced previous generation instance types that match your attributes. When Amazon EC2 selects
     * instance types with your attributes, it will exclude instance types whose price exceeds your
     * specified threshold.
     */
    Optional<Expr> maxSpotPriceAsPercentageOfOptimalOnDemandPrice();

    /** The minimum and maximum amount of memory per vCPU, in GiB. */
    Optional<Expr> memoryGiBPerVCpu();

    /** The minimum and maximum amount of memory, in MiB. */
    Optional<Expr> memoryMiB();

    /** The minimum and maximum amount of network bandwidth, in gigabits per second (Gbps). */
    Optional<Expr> networkBandwidthGbps();

    /** The minimum and maximum number of network interfaces. */
    Optional<Expr> networkInterfaceCount();

    /**
     * [Price protection] The price protection threshold for On-Demand Instances, as a percentage
     * higher than an identified On-Demand price. The identified On-Demand price is the price of the
     * lowest priced current generation C, M, or R instance type with your specified attributes.
     * When Amazon EC2 selects instance types with your attributes, it will exclude instance types
     * whose price exceeds your specified threshold.
     */
    Optional<Expr> onDemandMaxPricePercentageOverLowestPrice();

    /** Indicates whether instance types must support hibernation for On-Demand Instances. */
    Optional<Expr> requireHibernateSupport();

    /**
     * [Price protection] The price protection threshold for Spot Instances, as a percentage higher
     * than an identified Spot price. The identified Spot price is the Spot price of the lowest
     * priced current generation C, M, or R instance type with your specified attributes. If no
     * current generation C, M, or R instance type matches your attributes, then the identified Spot
     * price is from the lowest priced current generation instance types, and failing that, from the
     * lowest priced previous generation instance types that match your attributes. When Amazon EC2
     * selects instance types with your attributes, it will exclude instance types whose Spot price
     * exceeds your specified threshold.
     */
    Optional<Expr> spotMaxPricePercentageOverLowestPrice();

    /** The minimum and maximum amount of total local storage, in GB. */
    Optional<Expr> totalLocalStorageGB();

    /** The minimum and maximum number of vCPUs. */
    Optional<Expr> vCpuCount();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AcceleratorCount", acceleratorCount())
          .put("AcceleratorManufacturers", acceleratorManufacturers())
          .put("AcceleratorNames", acceleratorNames())
          .put("AcceleratorTotalMemoryMiB", acceleratorTotalMemoryMiB())
          .put("AcceleratorTypes", acceleratorTypes())
          .put("AllowedInstanceTypes", allowedInstanceTypes())
          .put("BareMetal", bareMetal())
          .put("BaselineEbsBandwidthMbps", baselineEbsBandwidthMbps())
          .put("BaselinePerformanceFactors", baselinePerformanceFactors())
          .put("BurstablePerformance", burstablePerformance())
          .put("CpuManufacturers", cpuManufacturers())
          .put("ExcludedInstanceTypes", excludedInstanceTypes())
          .put("InstanceGenerations", instanceGenerations())
          .put("LocalStorage", localStorage())
          .put("LocalStorageTypes", localStorageTypes())
          .put("MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", maxSpotPriceAsPercentageOfOptimalOnDemandPrice())
          .put("MemoryGiBPerVCpu", memoryGiBPerVCpu())
          .put("MemoryMiB", memoryMiB())
          .put("NetworkBandwidthGbps", networkBandwidthGbps())
          .put("NetworkInterfaceCount", networkInterfaceCount())
          .put("OnDemandMaxPricePercentageOverLowestPrice", onDemandMaxPricePercentageOverLowestPrice())
          .put("RequireHibernateSupport", requireHibernateSupport())
          .put("SpotMaxPricePercentageOverLowestPrice", spotMaxPricePercentageOverLowestPrice())
          .put("TotalLocalStorageGB", totalLocalStorageGB())
          .put("VCpuCount", vCpuCount())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceRequirements}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.InstanceRequirements.Builder {

      public Builder acceleratorManufacturers(List<? extends Expr> values) {
        acceleratorManufacturers(Expr.list(values));
        return this;
      }

      public Builder acceleratorManufacturers(String... values) {
        acceleratorManufacturers(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder acceleratorNames(List<? extends Expr> values) {
        acceleratorNames(Expr.list(values));
        return this;
      }

      public Builder acceleratorNames(String... values) {
        acceleratorNames(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder acceleratorTypes(List<? extends Expr> values) {
        acceleratorTypes(Expr.list(values));
        return this;
      }

      public Builder acceleratorTypes(String... values) {
        acceleratorTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder allowedInstanceTypes(List<? extends Expr> values) {
        allowedInstanceTypes(Expr.list(values));
        return this;
      }

      public Builder allowedInstanceTypes(String... values) {
        allowedInstanceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder bareMetal(String value) {
        bareMetal(Expr.of(value));
        return this;
      }

      public Builder burstablePerformance(String value) {
        burstablePerformance(Expr.of(value));
        return this;
      }

      public Builder cpuManufacturers(List<? extends Expr> values) {
        cpuManufacturers(Expr.list(values));
        return this;
      }

      public Builder cpuManufacturers(String... values) {
        cpuManufacturers(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder excludedInstanceTypes(List<? extends Expr> values) {
        excludedInstanceTypes(Expr.list(values));
        return this;
      }

      public Builder excludedInstanceTypes(String... values) {
        excludedInstanceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder instanceGenerations(List<? extends Expr> values) {
        instanceGenerations(Expr.list(values));
        return this;
      }

      public Builder instanceGenerations(String... values) {
        instanceGenerations(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder localStorage(String value) {
        localStorage(Expr.of(value));
        return this;
      }

      public Builder localStorageTypes(List<? extends Expr> values) {
        localStorageTypes(Expr.list(values));
        return this;
      }

      public Builder localStorageTypes(String... values) {
        localStorageTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder maxSpotPriceAsPercentageOfOptimalOnDemandPrice(long value) {
        maxSpotPriceAsPercentageOfOptimalOnDemandPrice(Expr.of(value));
        return this;
      }

      public Builder onDemandMaxPricePercentageOverLowestPrice(long value) {
        onDemandMaxPricePercentageOverLowestPrice(Expr.of(value));
        return this;
      }

      public Builder requireHibernateSupport(boolean value) {
        requireHibernateSupport(Expr.of(value));
        return this;
      }

      public Builder spotMaxPricePercentageOverLowestPrice(long value) {
        spotMaxPricePercentageOverLowestPrice(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.Ipv4PrefixSpecification}: Specifies an IPv4 prefix for a
   * network interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-ipv4prefixspecification.html">AWS::EC2::LaunchTemplate.Ipv4PrefixSpecification</a>
   */
  @Value.Immutable
  interface Ipv4PrefixSpecification extends PropertyValue {

    /**
     * The IPv4 prefix. For information, see [Assigning prefixes to network
     * interfaces](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html) in the
     * *Amazon EC2 User Guide* .
     */
    Optional<Expr> ipv4Prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ipv4Prefix", ipv4Prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Ipv4PrefixSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.Ipv4PrefixSpecification.Builder {

      public Builder ipv4Prefix(String value) {
        ipv4Prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.Ipv6Add}: Specifies an IPv6 address in an Amazon EC2 launch
   * template.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-ipv6add.html">AWS::EC2::LaunchTemplate.Ipv6Add</a>
   */
  @Value.Immutable
  interface Ipv6Add extends PropertyValue {

    /**
     * One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet. You can't
     * use this option if you're specifying a number of IPv6 addresses.
     */
    Optional<Expr> ipv6Address();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ipv6Address", ipv6Address())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Ipv6Add}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.Ipv6Add.Builder {

      public Builder ipv6Address(String value) {
        ipv6Address(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.Ipv6PrefixSpecification}: Specifies an IPv6 prefix for a
   * network interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-ipv6prefixspecification.html">AWS::EC2::LaunchTemplate.Ipv6PrefixSpecification</a>
   */
  @Value.Immutable
  interface Ipv6PrefixSpecification extends PropertyValue {

    /** The IPv6 prefix. */
    Optional<Expr> ipv6Prefix();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ipv6Prefix", ipv6Prefix())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link Ipv6PrefixSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.Ipv6PrefixSpecification.Builder {

      public Builder ipv6Prefix(String value) {
        ipv6Prefix(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.LaunchTemplateData}: The information to include in the launch
   * template.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-launchtemplatedata.html">AWS::EC2::LaunchTemplate.LaunchTemplateData</a>
   */
  @Value.Immutable
  interface LaunchTemplateData extends PropertyValue {

    /** The block device mapping. */
    Optional<Expr> blockDeviceMappings();

    /**
     * The Capacity Reservation targeting option. If you do not specify this parameter, the
     * instance's Capacity Reservation preference defaults to `open` , which enables it to run in
     * any open Capacity Reservation that has matching attributes (instance type, platform,
     * Availability Zone).
     */
    Optional<Expr> capacityReservationSpecification();

    /**
     * The CPU options for the instance. For more information, see [CPU options for Amazon EC2
     * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html) in
     * the *Amazon EC2 User Guide* .
     */
    Optional<Expr> cpuOptions();

    /** The credit option for CPU usage of the instance. Valid only for T instances. */
    Optional<Expr> creditSpecification();

    /**
     * Indicates whether to enable the instance for stop protection. For more information, see
     * [Enable stop protection for your EC2
     * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-stop-protection.html) in
     * the *Amazon EC2 User Guide* .
     */
    Optional<Expr> disableApiStop();

    /**
     * Indicates whether termination protection is enabled for the instance. The default is `false`
     * , which means that you can terminate the instance using the Amazon EC2 console, command line
     * tools, or API. You can enable termination protection when you launch an instance, while the
     * instance is running, or while the instance is stopped.
     */
    Optional<Expr> disableApiTermination();

    /**
     * Indicates whether the instance is optimized for Amazon EBS I/O. This optimization provides
     * dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal
     * Amazon EBS I/O performance. This optimization isn't available with all instance types.
     * Additional usage charges apply when using an EBS-optimized instance.
     */
    Optional<Expr> ebsOptimized();

    /** {@code ElasticGpuSpecifications}. */
    Optional<Expr> elasticGpuSpecifications();

    /** {@code ElasticInferenceAccelerators}. */
    Optional<Expr> elasticInferenceAccelerators();

    /**
     * Indicates whether the instance is enabled for AWS Nitro Enclaves. For more information, see
     * [What is Nitro
     * Enclaves?](https://docs.aws.amazon.com/enclaves/latest/user/nitro-enclave.html) in the *AWS
     * Nitro Enclaves User Guide* .
     */
    Optional<Expr> enclaveOptions();

    /**
     * Indicates whether an instance is enabled for hibernation. This parameter is valid only if the
     * instance meets the [hibernation
     * prerequisites](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html)
     * . For more information, see [Hibernate your Amazon EC2
     * instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html) in the *Amazon
     * EC2 User Guide* .
     */
    Optional<Expr> hibernationOptions();

    /** The name or Amazon Resource Name (ARN) of an IAM instance profile. */
    Optional<Expr> iamInstanceProfile();

    /**
     * The ID of the AMI. Alternatively, you can specify a Systems Manager parameter, which will
     * resolve to an AMI ID on launch.
     */
    Optional<Expr> imageId();

    /**
     * Indicates whether an instance stops or terminates when you initiate shutdown from the
     * instance (using the operating system command for system shutdown).
     */
    Optional<Expr> instanceInitiatedShutdownBehavior();

    /** The market (purchasing) option for the instances. */
    Optional<Expr> instanceMarketOptions();

    /**
     * The attributes for the instance types. When you specify instance attributes, Amazon EC2 will
     * identify instance types with these attributes.
     */
    Optional<Expr> instanceRequirements();

    /**
     * The instance type. For more information, see [Amazon EC2 instance
     * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html) in the
     * *Amazon EC2 User Guide* .
     */
    Optional<Expr> instanceType();

    /** The ID of the kernel. */
    Optional<Expr> kernelId();

    /**
     * The name of the key pair. You can create a key pair using
     * [CreateKeyPair](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html)
     * or
     * [ImportKeyPair](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ImportKeyPair.html)
     * .
     */
    Optional<Expr> keyName();

    /** The license configurations. */
    Optional<Expr> licenseSpecifications();

    /** The maintenance options of your instance. */
    Optional<Expr> maintenanceOptions();

    /**
     * The metadata options for the instance. For more information, see [Configure the Instance
     * Metadata Service
     * options](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> metadataOptions();

    /** The monitoring for the instance. */
    Optional<Expr> monitoring();

    /** The network interfaces for the instance. */
    Optional<Expr> networkInterfaces();

    /**
     * The settings for the network performance options for the instance. For more information, see
     * [EC2 instance bandwidth weighting
     * configuration](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-bandwidth-weighting.html)
     * .
     */
    Optional<Expr> networkPerformanceOptions();

    /** The placement for the instance. */
    Optional<Expr> placement();

    /**
     * The hostname type for EC2 instances launched into this subnet and how DNS A and AAAA record
     * queries should be handled. For more information, see [Amazon EC2 instance hostname
     * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the
     * *Amazon Elastic Compute Cloud User Guide* .
     */
    Optional<Expr> privateDnsNameOptions();

    /** The ID of the RAM disk. */
    Optional<Expr> ramDiskId();

    /**
     * The IDs of the security groups. You can specify the IDs of existing security groups and
     * references to resources created by the stack template.
     */
    Optional<Expr> securityGroupIds();

    /**
     * The names of the security groups. For a nondefault VPC, you must use security group IDs
     * instead.
     */
    Optional<Expr> securityGroups();

    /** The tags to apply to resources that are created during instance launch. */
    Optional<Expr> tagSpecifications();

    /**
     * The user data to make available to the instance. You must provide base64-encoded text. User
     * data is limited to 16 KB. For more information, see [Run commands when you launch an EC2
     * instance with user data
     * input](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html) in the *Amazon EC2
     * User Guide* .
     */
    Optional<Expr> userData();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BlockDeviceMappings", blockDeviceMappings())
          .put("CapacityReservationSpecification", capacityReservationSpecification())
          .put("CpuOptions", cpuOptions())
          .put("CreditSpecification", creditSpecification())
          .put("DisableApiStop", disableApiStop())
          .put("DisableApiTermination", disableApiTermination())
          .put("EbsOptimized", ebsOptimized())
          .put("ElasticGpuSpecifications", elasticGpuSpecifications())
          .put("ElasticInferenceAccelerators", elasticInferenceAccelerators())
          .put("EnclaveOptions", enclaveOptions())
          .put("HibernationOptions", hibernationOptions())
          .put("IamInstanceProfile", iamInstanceProfile())
          .put("ImageId", imageId())
          .put("InstanceInitiatedShutdownBehavior", instanceInitiatedShutdownBehavior())
          .put("InstanceMarketOptions", instanceMarketOptions())
          .put("InstanceRequirements", instanceRequirements())
          .put("InstanceType", instanceType())
          .put("KernelId", kernelId())
          .put("KeyName", keyName())
          .put("LicenseSpecifications", licenseSpecifications())
          .put("MaintenanceOptions", maintenanceOptions())
          .put("MetadataOptions", metadataOptions())
          .put("Monitoring", monitoring())
          .put("NetworkInterfaces", networkInterfaces())
          .put("NetworkPerformanceOptions", networkPerformanceOptions())
          .put("Placement", placement())
          .put("PrivateDnsNameOptions", privateDnsNameOptions())
          .put("RamDiskId", ramDiskId())
          .put("SecurityGroupIds", securityGroupIds())
          .put("SecurityGroups", securityGroups())
          .put("TagSpecifications", tagSpecifications())
          .put("UserData", userData())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LaunchTemplateData}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.LaunchTemplateData.Builder {

      public Builder blockDeviceMappings(List<? extends Expr> values) {
        blockDeviceMappings(Expr.list(values));
        return this;
      }

      public Builder disableApiStop(boolean value) {
        disableApiStop(Expr.of(value));
        return this;
      }

      public Builder disableApiTermination(boolean value) {
        disableApiTermination(Expr.of(value));
        return this;
      }

      public Builder ebsOptimized(boolean value) {
        ebsOptimized(Expr.of(value));
        return this;
      }

      public Builder elasticGpuSpecifications(List<? extends Expr> values) {
        elasticGpuSpecifications(Expr.list(values));
        return this;
      }

      public Builder elasticInferenceAccelerators(List<? extends Expr> values) {
        elasticInferenceAccelerators(Expr.list(values));
        return this;
      }

      public Builder imageId(String value) {
        imageId(Expr.of(value));
        return this;
      }

      public Builder instanceInitiatedShutdownBehavior(String value) {
        instanceInitiatedShutdownBehavior(Expr.of(value));
        return this;
      }

      public Builder instanceType(String value) {
        instanceType(Expr.of(value));
        return this;
      }

      public Builder kernelId(String value) {
        kernelId(Expr.of(value));
        return this;
      }

      public Builder keyName(String value) {
        keyName(Expr.of(value));
        return this;
      }

      public Builder licenseSpecifications(List<? extends Expr> values) {
        licenseSpecifications(Expr.list(values));
        return this;
      }

      public Builder networkInterfaces(List<? extends Expr> values) {
        networkInterfaces(Expr.list(values));
        return this;
      }

      public Builder ramDiskId(String value) {
        ramDiskId(Expr.of(value));
        return this;
      }

      public Builder securityGroupIds(List<? extends Expr> values) {
        securityGroupIds(Expr.list(values));
        return this;
      }

      public Builder securityGroupIds(String... values) {
        securityGroupIds(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder securityGroups(List<? extends Expr> values) {
        securityGroups(Expr.list(values));
        return this;
      }

      public Builder securityGroups(String... values) {
        securityGroups(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder tagSpecifications(List<? extends Expr> values) {
        tagSpecifications(Expr.list(values));
        return this;
      }

      public Builder userData(String value) {
        userData(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.LaunchTemplateElasticInferenceAccelerator}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-launchtemplateelasticinferenceaccelerator.html">AWS::EC2::LaunchTemplate.LaunchTemplateElasticInferenceAccelerator</a>
   */
  @Value.Immutable
  interface LaunchTemplateElasticInferenceAccelerator extends PropertyValue {

    /** {@code Count}. */
    Optional<Expr> count();

    /** {@code Type}. */
    Optional<Expr> type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Count", count())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LaunchTemplateElasticInferenceAccelerator}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.LaunchTemplateElasticInferenceAccelerator.Builder {

      public Builder count(long value) {
        count(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.LaunchTemplateTagSpecification}: Specifies the tags to apply to
   * the launch template during creation.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-launchtemplatetagspecification.html">AWS::EC2::LaunchTemplate.LaunchTemplateTagSpecification</a>
   */
  @Value.Immutable
  interface LaunchTemplateTagSpecification extends PropertyValue {

    /**
     * The type of resource. To tag a launch template, `ResourceType` must be `launch-template` .
     */
    Optional<Expr> resourceTypeValue();

    /** The tags for the resource. */
    Optional<Expr> tags();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceType", resourceTypeValue())
          .put("Tags", tags())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LaunchTemplateTagSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.LaunchTemplateTagSpecification.Builder {

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }

      public Builder tags(List<? extends Expr> values) {
        tags(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.LicenseSpecification}: Specifies a license configuration for an
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-licensespecification.html">AWS::EC2::LaunchTemplate.LicenseSpecification</a>
   */
  @Value.Immutable
  interface LicenseSpecification extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the license configuration. */
    Optional<Expr> licenseConfigurationArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LicenseConfigurationArn", licenseConfigurationArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LicenseSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.LicenseSpecification.Builder {

      public Builder licenseConfigurationArn(String value) {
        licenseConfigurationArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.MaintenanceOptions}: The maintenance options of your instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-maintenanceoptions.html">AWS::EC2::LaunchTemplate.MaintenanceOptions</a>
   */
  @Value.Immutable
  interface MaintenanceOptions extends PropertyValue {

    /** Disables the automatic recovery behavior of your instance or sets it to default. */
    Optional<Expr> autoRecovery();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AutoRecovery", autoRecovery())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MaintenanceOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.MaintenanceOptions.Builder {

      public Builder autoRecovery(String value) {
        autoRecovery(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.MemoryGiBPerVCpu}: The minimum and maximum amount of memory per
   * vCPU, in GiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-memorygibpervcpu.html">AWS::EC2::LaunchTemplate.MemoryGiBPerVCpu</a>
   */
  @Value.Immutable
  interface MemoryGiBPerVCpu extends PropertyValue {

    /**
     * The maximum amount of memory per vCPU, in GiB. To specify no maximum limit, omit this
     * parameter.
     */
    Optional<Expr> max();

    /**
     * The minimum amount of memory per vCPU, in GiB. To specify no minimum limit, omit this
     * parameter.
     */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MemoryGiBPerVCpu}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.MemoryGiBPerVCpu.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder max(double value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }

      public Builder min(double value) {
        min(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.MemoryMiB}: The minimum and maximum amount of memory, in MiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-memorymib.html">AWS::EC2::LaunchTemplate.MemoryMiB</a>
   */
  @Value.Immutable
  interface MemoryMiB extends PropertyValue {

    /** The maximum amount of memory, in MiB. To specify no maximum limit, omit this parameter. */
    Optional<Expr> max();

    /** The minimum amount of memory, in MiB. To specify no minimum limit, specify `0` . */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MemoryMiB}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.MemoryMiB.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.MetadataOptions}: The metadata options for the instance. For
   * more information, see [Instance metadata and user
   * data](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html) in the
   * *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-metadataoptions.html">AWS::EC2::LaunchTemplate.MetadataOptions</a>
   */
  @Value.Immutable
  interface MetadataOptions extends PropertyValue {

    /**
     * Enables or disables the HTTP metadata endpoint on your instances. If the parameter is not
     * specified, the default state is `enabled` .
     */
    Optional<Expr> httpEndpoint();

    /** Enables or disables the IPv6 endpoint for the instance metadata service. */
    Optional<Expr> httpProtocolIpv6();

    /**
     * The desired HTTP PUT response hop limit for instance metadata requests. The larger the
     * number, the further instance metadata requests can travel.
     */
    Optional<Expr> httpPutResponseHopLimit();

    /** Indicates whether IMDSv2 is required. */
    Optional<Expr> httpTokens();

    /**
     * Set to `enabled` to allow access to instance tags from the instance metadata. Set to
     * `disabled` to turn off access to instance tags from the instance metadata. For more
     * information, see [View tags for your EC2 instances using instance
     * metadata](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/work-with-tags-in-IMDS.html) .
     */
    Optional<Expr> instanceMetadataTags();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HttpEndpoint", httpEndpoint())
          .put("HttpProtocolIpv6", httpProtocolIpv6())
          .put("HttpPutResponseHopLimit", httpPutResponseHopLimit())
          .put("HttpTokens", httpTokens())
          .put("InstanceMetadataTags", instanceMetadataTags())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MetadataOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.MetadataOptions.Builder {

      public Builder httpEndpoint(String value) {
        httpEndpoint(Expr.of(value));
        return this;
      }

      public Builder httpProtocolIpv6(String value) {
        httpProtocolIpv6(Expr.of(value));
        return this;
      }

      public Builder httpPutResponseHopLimit(long value) {
        httpPutResponseHopLimit(Expr.of(value));
        return this;
      }

      public Builder httpTokens(String value) {
        httpTokens(Expr.of(value));
        return this;
      }

      public Builder instanceMetadataTags(String value) {
        instanceMetadataTags(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.Monitoring}: Specifies whether detailed monitoring is enabled
   * for an instance. For more information about detailed monitoring, see [Enable or turn off
   * detailed monitoring for your
   * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-cloudwatch-new.html) in
   * the *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-monitoring.html">AWS::EC2::LaunchTemplate.Monitoring</a>
   */
  @Value.Immutable
  interface Monitoring extends PropertyValue {

    /** Specify `true` to enable detailed monitoring. Otherwise, basic monitoring is enabled. */
    Optional<Expr> enabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Enabled", enabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Monitoring}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.Monitoring.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.NetworkBandwidthGbps}: The minimum and maximum amount of
   * network bandwidth, in gigabits per second (Gbps).
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-networkbandwidthgbps.html">AWS::EC2::LaunchTemplate.NetworkBandwidthGbps</a>
   */
  @Value.Immutable
  interface NetworkBandwidthGbps extends PropertyValue {

    /**
     * The maximum amount of network bandwidth, in Gbps. To specify no maximum limit, omit this
     * parameter.
     */
    Optional<Expr> max();

    /**
     * The minimum amount of network bandwidth, in Gbps. If this parameter is not specified, there
     * is no minimum limit.
     */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NetworkBandwidthGbps}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.NetworkBandwidthGbps.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder max(double value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }

      public Builder min(double value) {
        min(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.NetworkInterface}: Specifies the parameters for a network
   * interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-networkinterface.html">AWS::EC2::LaunchTemplate.NetworkInterface</a>
   */
  @Value.Immutable
  interface NetworkInterface extends PropertyValue {

    /** Associates a Carrier IP address with eth0 for a new network interface. */
    Optional<Expr> associateCarrierIpAddress();

    /** Associates a public IPv4 address with eth0 for a new network interface. */
    Optional<Expr> associatePublicIpAddress();

    /** A connection tracking specification for the network interface. */
    Optional<Expr> connectionTrackingSpecification();

    /** Indicates whether the network interface is deleted when the instance is terminated. */
    Optional<Expr> deleteOnTermination();

    /** A description for the network interface. */
    Optional<Expr> description();

    /**
     * The device index for the network interface attachment. The primary network interface has a
     * device index of 0. If the network interface is of type `interface` , you must specify a
     * device index.
     */
    Optional<Expr> deviceIndex();

    /** The number of ENA queues to be created with the instance. */
    Optional<Expr> enaQueueCount();

    /** The ENA Express configuration for the network interface. */
    Optional<Expr> enaSrdSpecification();

    /** The IDs of one or more security groups. */
    Optional<Expr> groups();

    /**
     * The type of network interface. To create an Elastic Fabric Adapter (EFA), specify `efa` or
     * `efa` . For more information, see [Elastic Fabric Adapter for AI/ML and HPC workloads on
     * Amazon EC2](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/efa.html) in the *Amazon EC2
     * User Guide* .
     */
    Optional<Expr> interfaceType();

    /**
     * The number of IPv4 prefixes to be automatically assigned to the network interface. You cannot
     * use this option if you use the `Ipv4Prefix` option.
     */
    Optional<Expr> ipv4PrefixCount();

    /**
     * One or more IPv4 prefixes to be assigned to the network interface. You cannot use this option
     * if you use the `Ipv4PrefixCount` option.
     */
    Optional<Expr> ipv4Prefixes();

    /**
     * The number of IPv6 addresses to assign to a network interface. Amazon EC2 automatically
     * selects the IPv6 addresses from the subnet range. You can't use this option if specifying
     * specific IPv6 addresses.
     */
    Optional<Expr> ipv6AddressCount();

    /**
     * One or more specific IPv6 addresses from the IPv6 CIDR block range of your subnet. You can't
     * use this option if you're specifying a number of IPv6 addresses.
     */
    Optional<Expr> ipv6Addresses();

    /**
     * The number of IPv6 prefixes to be automatically assigned to the network interface. You cannot
     * use this option if you use the `Ipv6Prefix` option.
     */
    Optional<Expr> ipv6PrefixCount();

    /**
     * One or more IPv6 prefixes to be assigned to the network interface. You cannot use this option
     * if you use the `Ipv6PrefixCount` option.
     */
    Optional<Expr> ipv6Prefixes();

    /**
     * The index of the network card. Some instance types support multiple network cards. The
     * primary network interface must be assigned to network card index 0. The default is network
     * card index 0.
     */
    Optional<Expr> networkCardIndex();

    /** The ID of the network interface. */
    Optional<Expr> networkInterfaceId();

    /**
     * The primary IPv6 address of the network interface. When you enable an IPv6 GUA address to be
     * a primary IPv6, the first IPv6 GUA will be made the primary IPv6 address until the instance
     * is terminated or the network interface is detached. For more information about primary IPv6
     * addresses, see
     * [RunInstances](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html)
     * .
     */
    Optional<Expr> primaryIpv6();

    /** The primary private IPv4 address of the network interface. */
    Optional<Expr> privateIpAddress();

    /** One or more private IPv4 addresses. */
    Optional<Expr> privateIpAddresses();

    /** The number of secondary private IPv4 addresses to assign to a network interface. */
    Optional<Expr> secondaryPrivateIpAddressCount();

    /** The ID of the subnet for the network interface. */
    Optional<Expr> subnetId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AssociateCarrierIpAddress", associateCarrierIpAddress())
          .put("AssociatePublicIpAddress", associatePublicIpAddress())
          .put("ConnectionTrackingSpecification", connectionTrackingSpecification())
          .put("DeleteOnTermination", deleteOnTermination())
          .put("Description", description())
          .put("DeviceIndex", deviceIndex())
          .put("EnaQueueCount", enaQueueCount())
          .put("EnaSrdSpecification", enaSrdSpecification())
          .put("Groups", groups())
          .put("InterfaceType", interfaceType())
          .put("Ipv4PrefixCount", ipv4PrefixCount())
          .put("Ipv4Prefixes", ipv4Prefixes())
          .put("Ipv6AddressCount", ipv6AddressCount())
          .put("Ipv6Addresses", ipv6Addresses())
          .put("Ipv6PrefixCount", ipv6PrefixCount())
          .put("Ipv6Prefixes", ipv6Prefixes())
          .put("NetworkCardIndex", networkCardIndex())
          .put("NetworkInterfaceId", networkInterfaceId())
          .put("PrimaryIpv6", primaryIpv6())
          .put("PrivateIpAddress", privateIpAddress())
          .put("PrivateIpAddresses", privateIpAddresses())
          .put("SecondaryPrivateIpAddressCount", secondaryPrivateIpAddressCount())
          .put("SubnetId", subnetId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link NetworkInterface}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.NetworkInterface.Builder {

      public Builder associateCarrierIpAddress(boolean value) {
        associateCarrierIpAddress(Expr.of(value));
        return this;
      }

      public Builder associatePublicIpAddress(boolean value) {
        associatePublicIpAddress(Expr.of(value));
        return this;
      }

      public Builder deleteOnTermination(boolean value) {
        deleteOnTermination(Expr.of(value));
        return this;
      }

      public Builder description(String value) {
        description(Expr.of(value));
        return this;
      }

      public Builder deviceIndex(long value) {
        deviceIndex(Expr.of(value));
        return this;
      }

      public Builder enaQueueCount(long value) {
        enaQueueCount(Expr.of(value));
        return this;
      }

      public Builder groups(List<? extends Expr> values) {
        groups(Expr.list(values));
        return this;
      }

      public Builder groups(String... values) {
        groups(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder interfaceType(String value) {
        interfaceType(Expr.of(value));
        return this;
      }

      public Builder ipv4PrefixCount(long value) {
        ipv4PrefixCount(Expr.of(value));
        return this;
      }

      public Builder ipv4Prefixes(List<? extends Expr> values) {
        ipv4Prefixes(Expr.list(values));
        return this;
      }

      public Builder ipv6AddressCount(long value) {
        ipv6AddressCount(Expr.of(value));
        return this;
      }

      public Builder ipv6Addresses(List<? extends Expr> values) {
        ipv6Addresses(Expr.list(values));
        return this;
      }

      public Builder ipv6PrefixCount(long value) {
        ipv6PrefixCount(Expr.of(value));
        return this;
      }

      public Builder ipv6Prefixes(List<? extends Expr> values) {
        ipv6Prefixes(Expr.list(values));
        return this;
      }

      public Builder networkCardIndex(long value) {
        networkCardIndex(Expr.of(value));
        return this;
      }

      public Builder networkInterfaceId(String value) {
        networkInterfaceId(Expr.of(value));
        return this;
      }

      public Builder primaryIpv6(boolean value) {
        primaryIpv6(Expr.of(value));
        return this;
      }

      public Builder privateIpAddress(String value) {
        privateIpAddress(Expr.of(value));
        return this;
      }

      public Builder privateIpAddresses(List<? extends Expr> values) {
        privateIpAddresses(Expr.list(values));
        return this;
      }

      public Builder secondaryPrivateIpAddressCount(long value) {
        secondaryPrivateIpAddressCount(Expr.of(value));
        return this;
      }

      public Builder subnetId(String value) {
        subnetId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.NetworkInterfaceCount}: The minimum and maximum number of
   * network interfaces.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-networkinterfacecount.html">AWS::EC2::LaunchTemplate.NetworkInterfaceCount</a>
   */
  @Value.Immutable
  interface NetworkInterfaceCount extends PropertyValue {

    /**
     * The maximum number of network interfaces. To specify no maximum limit, omit this parameter.
     */
    Optional<Expr> max();

    /**
     * The minimum number of network interfaces. To specify no minimum limit, omit this parameter.
     */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NetworkInterfaceCount}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.NetworkInterfaceCount.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.NetworkPerformanceOptions}: Contains settings for the network
   * performance options for the instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-networkperformanceoptions.html">AWS::EC2::LaunchTemplate.NetworkPerformanceOptions</a>
   */
  @Value.Immutable
  interface NetworkPerformanceOptions extends PropertyValue {

    /**
     * Specify the bandwidth weighting option to boost the associated type of baseline bandwidth, as
     * follows:
     */
    Optional<Expr> bandwidthWeighting();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BandwidthWeighting", bandwidthWeighting())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NetworkPerformanceOptions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.NetworkPerformanceOptions.Builder {

      public Builder bandwidthWeighting(String value) {
        bandwidthWeighting(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.Placement}: Specifies the placement of an instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-placement.html">AWS::EC2::LaunchTemplate.Placement</a>
   */
  @Value.Immutable
  interface Placement extends PropertyValue {

    /** The affinity setting for an instance on a Dedicated Host. */
    Optional<Expr> affinity();

    /** The Availability Zone for the instance. */
    Optional<Expr> availabilityZone();

    /**
     * The Group Id of a placement group. You must specify the Placement Group *Group Id* to launch
     * an instance in a shared placement group.
     */
    Optional<Expr> groupId();

    /** The name of the placement group for the instance. */
    Optional<Expr> groupName();

    /** The ID of the Dedicated Host for the instance. */
    Optional<Expr> hostId();

    /**
     * The ARN of the host resource group in which to launch the instances. If you specify a host
     * resource group ARN, omit the *Tenancy* parameter or set it to `host` .
     */
    Optional<Expr> hostResourceGroupArn();

    /**
     * The number of the partition the instance should launch in. Valid only if the placement group
     * strategy is set to `partition` .
     */
    Optional<Expr> partitionNumber();

    /** Reserved for future use. */
    Optional<Expr> spreadDomain();

    /**
     * The tenancy of the instance. An instance with a tenancy of dedicated runs on single-tenant
     * hardware.
     */
    Optional<Expr> tenancy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Affinity", affinity())
          .put("AvailabilityZone", availabilityZone())
          .put("GroupId", groupId())
          .put("GroupName", groupName())
          .put("HostId", hostId())
          .put("HostResourceGroupArn", hostResourceGroupArn())
          .put("PartitionNumber", partitionNumber())
          .put("SpreadDomain", spreadDomain())
          .put("Tenancy", tenancy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Placement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.Placement.Builder {

      public Builder affinity(String value) {
        affinity(Expr.of(value));
        return this;
      }

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
        return this;
      }

      public Builder groupId(String value) {
        groupId(Expr.of(value));
        return this;
      }

      public Builder groupName(String value) {
        groupName(Expr.of(value));
        return this;
      }

      public Builder hostId(String value) {
        hostId(Expr.of(value));
        return this;
      }

      public Builder hostResourceGroupArn(String value) {
        hostResourceGroupArn(Expr.of(value));
        return this;
      }

      public Builder partitionNumber(long value) {
        partitionNumber(Expr.of(value));
        return this;
      }

      public Builder spreadDomain(String value) {
        spreadDomain(Expr.of(value));
        return this;
      }

      public Builder tenancy(String value) {
        tenancy(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.PrivateDnsNameOptions}: The hostname type for EC2 instances
   * launched into this subnet and how DNS A and AAAA record queries should be handled. For more
   * information, see [Amazon EC2 instance hostname
   * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the
   * *Amazon Elastic Compute Cloud User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-privatednsnameoptions.html">AWS::EC2::LaunchTemplate.PrivateDnsNameOptions</a>
   */
  @Value.Immutable
  interface PrivateDnsNameOptions extends PropertyValue {

    /** Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records. */
    Optional<Expr> enableResourceNameDnsAAAARecord();

    /** Indicates whether to respond to DNS queries for instance hostnames with DNS A records. */
    Optional<Expr> enableResourceNameDnsARecord();

    /**
     * The type of hostname for EC2 instances. For IPv4 only subnets, an instance DNS name must be
     * based on the instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based
     * on the instance ID. For dual-stack subnets, you can specify whether DNS names use the
     * instance IPv4 address or the instance ID. For more information, see [Amazon EC2 instance
     * hostname types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html)
     * in the *Amazon Elastic Compute Cloud User Guide* .
     */
    Optional<Expr> hostnameType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnableResourceNameDnsAAAARecord", enableResourceNameDnsAAAARecord())
          .put("EnableResourceNameDnsARecord", enableResourceNameDnsARecord())
          .put("HostnameType", hostnameType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PrivateDnsNameOptions}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.PrivateDnsNameOptions.Builder {

      public Builder enableResourceNameDnsAAAARecord(boolean value) {
        enableResourceNameDnsAAAARecord(Expr.of(value));
        return this;
      }

      public Builder enableResourceNameDnsARecord(boolean value) {
        enableResourceNameDnsARecord(Expr.of(value));
        return this;
      }

      public Builder hostnameType(String value) {
        hostnameType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.PrivateIpAdd}: Specifies a secondary private IPv4 address for a
   * network interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-privateipadd.html">AWS::EC2::LaunchTemplate.PrivateIpAdd</a>
   */
  @Value.Immutable
  interface PrivateIpAdd extends PropertyValue {

    /**
     * Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4
     * address can be designated as primary.
     */
    Optional<Expr> primary();

    /** The private IPv4 address. */
    Optional<Expr> privateIpAddress();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Primary", primary())
          .put("PrivateIpAddress", privateIpAddress())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PrivateIpAdd}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.PrivateIpAdd.Builder {

      public Builder primary(boolean value) {
        primary(Expr.of(value));
        return this;
      }

      public Builder privateIpAddress(String value) {
        privateIpAddress(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.Reference}: Specifies an instance family to use as the baseline
   * reference for CPU performance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-reference.html">AWS::EC2::LaunchTemplate.Reference</a>
   */
  @Value.Immutable
  interface Reference extends PropertyValue {

    /** The instance family to use as a baseline reference. */
    Optional<Expr> instanceFamily();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("InstanceFamily", instanceFamily())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Reference}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.Reference.Builder {

      public Builder instanceFamily(String value) {
        instanceFamily(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.SpotOptions}: Specifies options for Spot Instances.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-spotoptions.html">AWS::EC2::LaunchTemplate.SpotOptions</a>
   */
  @Value.Immutable
  interface SpotOptions extends PropertyValue {

    /** Deprecated. */
    Optional<Expr> blockDurationMinutes();

    /** The behavior when a Spot Instance is interrupted. The default is `terminate` . */
    Optional<Expr> instanceInterruptionBehavior();

    /**
     * The maximum hourly price you're willing to pay for a Spot Instance. We do not recommend using
     * this parameter because it can lead to increased interruptions. If you do not specify this
     * parameter, you will pay the current Spot price. If you do specify this parameter, it must be
     * more than USD $0.001. Specifying a value below USD $0.001 will result in an
     * `InvalidParameterValue` error message when the launch template is used to launch an instance.
     */
    Optional<Expr> maxPrice();

    /** The Spot Instance request type. */
    Optional<Expr> spotInstanceType();

    /**
     * The end date of the request, in UTC format ( *YYYY-MM-DD* T *HH:MM:SS* Z). Supported only for
     * persistent requests.
     */
    Optional<Expr> validUntil();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BlockDurationMinutes", blockDurationMinutes())
          .put("InstanceInterruptionBehavior", instanceInterruptionBehavior())
          .put("MaxPrice", maxPrice())
          .put("SpotInstanceType", spotInstanceType())
          .put("ValidUntil", validUntil())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SpotOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.SpotOptions.Builder {

      public Builder blockDurationMinutes(long value) {
        blockDurationMinutes(Expr.of(value));
        return this;
      }

      public Builder instanceInterruptionBehavior(String value) {
        instanceInterruptionBehavior(Expr.of(value));
        return this;
      }

      public Builder maxPrice(String value) {
        maxPrice(Expr.of(value));
        return this;
      }

      public Builder spotInstanceType(String value) {
        spotInstanceType(Expr.of(value));
        return this;
      }

      public Builder validUntil(String value) {
        validUntil(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.TagSpecification}: Specifies the tags to apply to resources
   * that are created during instance launch.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-tagspecification.html">AWS::EC2::LaunchTemplate.TagSpecification</a>
   */
  @Value.Immutable
  interface TagSpecification extends PropertyValue {

    /**
     * The type of resource to tag. You can specify tags for the following resource types only:
     * `instance` | `volume` | `network-interface` | `spot-instances-request` . If the instance does
     * not include the resource type that you specify, the instance launch fails. For example, not
     * all instance types include a volume.
     */
    Optional<Expr> resourceTypeValue();

    /** The tags to apply to the resource. */
    Optional<Expr> tags();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceType", resourceTypeValue())
          .put("Tags", tags())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TagSpecification}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.TagSpecification.Builder {

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }

      public Builder tags(List<? extends Expr> values) {
        tags(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.TotalLocalStorageGB}: The minimum and maximum amount of total
   * local storage, in GB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-totallocalstoragegb.html">AWS::EC2::LaunchTemplate.TotalLocalStorageGB</a>
   */
  @Value.Immutable
  interface TotalLocalStorageGB extends PropertyValue {

    /**
     * The maximum amount of total local storage, in GB. To specify no maximum limit, omit this
     * parameter.
     */
    Optional<Expr> max();

    /**
     * The minimum amount of total local storage, in GB. To specify no minimum limit, omit this
     * parameter.
     */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TotalLocalStorageGB}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableLaunchTemplate.TotalLocalStorageGB.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder max(double value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }

      public Builder min(double value) {
        min(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::LaunchTemplate.VCpuCount}: The minimum and maximum number of vCPUs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-launchtemplate-vcpucount.html">AWS::EC2::LaunchTemplate.VCpuCount</a>
   */
  @Value.Immutable
  interface VCpuCount extends PropertyValue {

    /** The maximum number of vCPUs. To specify no maximum limit, omit this parameter. */
    Optional<Expr> max();

    /** The minimum number of vCPUs. To specify no minimum limit, specify `0` . */
    Optional<Expr> min();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Max", max())
          .put("Min", min())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VCpuCount}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLaunchTemplate.VCpuCount.Builder {

      public Builder max(long value) {
        max(Expr.of(value));
        return this;
      }

      public Builder min(long value) {
        min(Expr.of(value));
        return this;
      }
    }
  }
}
