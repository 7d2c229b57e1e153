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
 * {@code AWS::EC2::EC2Fleet}: Specifies the configuration information to launch a fleet--or
 * group--of instances. An EC2 Fleet can launch multiple instance types across multiple Availability
 * Zones, using the On-Demand Instance, Reserved Instance, and Spot Instance purchasing models
 * together. Using EC2 Fleet, you can define separate On-Demand and Spot capacity targets, specify
 * the instance types that work best for your applications, and specify how Amazon EC2 should
 * distribute your fleet capacity within each purchasing model. For more information, see [Launching
 * an EC2 Fleet](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet.html) in the *Amazon
 * EC2 User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ec2fleet.html">AWS::EC2::EC2Fleet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EC2Fleet extends Resource {

  String TYPE = "AWS::EC2::EC2Fleet";

  /** Values CloudFormation accepts for {@code ExcessCapacityTerminationPolicy}. */
  String EXCESS_CAPACITY_TERMINATION_POLICY_TERMINATION = "termination";
  String EXCESS_CAPACITY_TERMINATION_POLICY_NO_TERMINATION = "no-termination";

  /** Values CloudFormation accepts for {@code Type}. */
  String TYPE_MAINTAIN = "maintain";
  String TYPE_REQUEST = "request";
  String TYPE_INSTANT = "instant";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Reserved. */
  Optional<Expr> context();

  /**
   * Indicates whether running instances should be terminated if the total target capacity of the
   * EC2 Fleet is decreased below the current size of the EC2 Fleet.
   */
  Optional<Expr> excessCapacityTerminationPolicy();

  /** Required. The configuration for the EC2 Fleet. */
  Expr launchTemplateConfigs();

  /** Describes the configuration of On-Demand Instances in an EC2 Fleet. */
  Optional<Expr> onDemandOptions();

  /**
   * Indicates whether EC2 Fleet should replace unhealthy Spot Instances. Supported only for fleets
   * of type `maintain` . For more information, see [EC2 Fleet health
   * checks](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/manage-ec2-fleet.html#ec2-fleet-health-checks)
   * in the *Amazon EC2 User Guide* .
   */
  Optional<Expr> replaceUnhealthyInstances();

  /** {@code ReservedCapacityOptions}. */
  Optional<Expr> reservedCapacityOptions();

  /** Describes the configuration of Spot Instances in an EC2 Fleet. */
  Optional<Expr> spotOptions();

  /**
   * The key-value pair for tagging the EC2 Fleet request on creation. For more information, see
   * [Tag your
   * resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-resources) .
   */
  Optional<Expr> tagSpecifications();

  /** Required. The number of units to request. */
  Expr targetCapacitySpecification();

  /** Indicates whether running instances should be terminated when the EC2 Fleet expires. */
  Optional<Expr> terminateInstancesWithExpiration();

  /** The fleet type. The default value is `maintain` . */
  Optional<Expr> type();

  /**
   * The start date and time of the request, in UTC format (for example, *YYYY* - *MM* - *DD* T *HH*
   * : *MM* : *SS* Z). The default is to start fulfilling the request immediately.
   */
  Optional<Expr> validFrom();

  /**
   * The end date and time of the request, in UTC format (for example, *YYYY* - *MM* - *DD* T *HH* :
   * *MM* : *SS* Z). At this point, no new EC2 Fleet requests are placed or able to fulfill the
   * request. If no value is specified, the request remains until you cancel it.
   */
  Optional<Expr> validUntil();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Context", context())
        .put("ExcessCapacityTerminationPolicy", excessCapacityTerminationPolicy())
        .put("LaunchTemplateConfigs", launchTemplateConfigs())
        .put("OnDemandOptions", onDemandOptions())
        .put("ReplaceUnhealthyInstances", replaceUnhealthyInstances())
        .put("ReservedCapacityOptions", reservedCapacityOptions())
        .put("SpotOptions", spotOptions())
        .put("TagSpecifications", tagSpecifications())
        .put("TargetCapacitySpecification", targetCapacitySpecification())
        .put("TerminateInstancesWithExpiration", terminateInstancesWithExpiration())
        .put("Type", type())
        .put("ValidFrom", validFrom())
        .put("ValidUntil", validUntil())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code FleetId} attribute: The ID of the EC2 Fleet. */
  default GetAtt attrFleetId() {
    return getAtt("FleetId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EC2Fleet}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableEC2Fleet.Builder {

    public Builder context(String value) {
      context(Expr.of(value));
      return this;
    }

    public Builder excessCapacityTerminationPolicy(String value) {
      excessCapacityTerminationPolicy(Expr.of(value));
      return this;
    }

    public Builder launchTemplateConfigs(List<? extends Expr> values) {
      launchTemplateConfigs(Expr.list(values));
      return this;
    }

    public Builder replaceUnhealthyInstances(boolean value) {
      replaceUnhealthyInstances(Expr.of(value));
      return this;
    }

    public Builder tagSpecifications(List<? extends Expr> values) {
      tagSpecifications(Expr.list(values));
      return this;
    }

    public Builder terminateInstancesWithExpiration(boolean value) {
      terminateInstancesWithExpiration(Expr.of(value));
      return this;
    }

    public Builder type(String value) {
      type(Expr.of(value));
      return this;
    }

    public Builder validFrom(String value) {
      validFrom(Expr.of(value));
      return this;
    }

    public Builder validUntil(String value) {
      validUntil(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.AcceleratorCountRequest}: The minimum and maximum number of
   * accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance. To exclude
   * accelerator-enabled instance types, set `Max` to `0` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-acceleratorcountrequest.html">AWS::EC2::EC2Fleet.AcceleratorCountRequest</a>
   */
  @Value.Immutable
  interface AcceleratorCountRequest extends PropertyValue {

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

    /**
     * Builds a {@link AcceleratorCountRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.AcceleratorCountRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.AcceleratorTotalMemoryMiBRequest}: The minimum and maximum amount of
   * total accelerator memory, in MiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-acceleratortotalmemorymibrequest.html">AWS::EC2::EC2Fleet.AcceleratorTotalMemoryMiBRequest</a>
   */
  @Value.Immutable
  interface AcceleratorTotalMemoryMiBRequest extends PropertyValue {

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
     * Builds a {@link AcceleratorTotalMemoryMiBRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.AcceleratorTotalMemoryMiBRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.BaselineEbsBandwidthMbpsRequest}: The minimum and maximum baseline
   * bandwidth to Amazon EBS, in Mbps. For more information, see [Amazon EBS–optimized
   * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html) in the
   * *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-baselineebsbandwidthmbpsrequest.html">AWS::EC2::EC2Fleet.BaselineEbsBandwidthMbpsRequest</a>
   */
  @Value.Immutable
  interface BaselineEbsBandwidthMbpsRequest extends PropertyValue {

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
     * Builds a {@link BaselineEbsBandwidthMbpsRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.BaselineEbsBandwidthMbpsRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.BaselinePerformanceFactorsRequest}: The baseline performance to
   * consider, using an instance family as a baseline reference. The instance family establishes the
   * lowest acceptable level of performance. Amazon EC2 uses this baseline to guide instance type
   * selection, but there is no guarantee that the selected instance types will always exceed the
   * baseline for every application.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-baselineperformancefactorsrequest.html">AWS::EC2::EC2Fleet.BaselinePerformanceFactorsRequest</a>
   */
  @Value.Immutable
  interface BaselinePerformanceFactorsRequest extends PropertyValue {

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
     * Builds a {@link BaselinePerformanceFactorsRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.BaselinePerformanceFactorsRequest.Builder {
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.BlockDeviceMapping}: Describes a block device mapping, which defines
   * the EBS volumes and instance store volumes to attach to an instance at launch.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-blockdevicemapping.html">AWS::EC2::EC2Fleet.BlockDeviceMapping</a>
   */
  @Value.Immutable
  interface BlockDeviceMapping extends PropertyValue {

    /**
     * The device name. For available device names, see [Device names for
     * volumes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html) .
     */
    Optional<Expr> deviceName();

    /** Parameters used to automatically set up EBS volumes when the instance is launched. */
    Optional<Expr> ebs();

    /**
     * To omit the device from the block device mapping, specify an empty string. When this property
     * is specified, the device is removed from the block device mapping regardless of the assigned
     * value.
     */
    Optional<Expr> noDevice();

    /**
     * The virtual device name ( `ephemeral` N). Instance store volumes are numbered starting from
     * 0. An instance type with 2 available instance store volumes can specify mappings for
     * `ephemeral0` and `ephemeral1` . The number of available instance store volumes depends on the
     * instance type. After you connect to the instance, you must mount the volume.
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
    final class Builder extends ImmutableEC2Fleet.BlockDeviceMapping.Builder {

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
   * {@code AWS::EC2::EC2Fleet.CapacityRebalance}: The Spot Instance replacement strategy to use
   * when Amazon EC2 emits a rebalance notification signal that your Spot Instance is at an elevated
   * risk of being interrupted. For more information, see [Capacity
   * rebalancing](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-fleet-capacity-rebalance.html)
   * in the *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-capacityrebalance.html">AWS::EC2::EC2Fleet.CapacityRebalance</a>
   */
  @Value.Immutable
  interface CapacityRebalance extends PropertyValue {

    /** Values CloudFormation accepts for {@code ReplacementStrategy}. */
    String REPLACEMENT_STRATEGY_LAUNCH = "launch";
    String REPLACEMENT_STRATEGY_LAUNCH_BEFORE_TERMINATE = "launch-before-terminate";

    /** The replacement strategy to use. Only available for fleets of type `maintain` . */
    Optional<Expr> replacementStrategy();

    /**
     * The amount of time (in seconds) that Amazon EC2 waits before terminating the old Spot
     * Instance after launching a new replacement Spot Instance.
     */
    Optional<Expr> terminationDelay();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ReplacementStrategy", replacementStrategy())
          .put("TerminationDelay", terminationDelay())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CapacityRebalance}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEC2Fleet.CapacityRebalance.Builder {

      public Builder replacementStrategy(String value) {
        replacementStrategy(Expr.of(value));
        return this;
      }

      public Builder terminationDelay(long value) {
        terminationDelay(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.CapacityReservationOptionsRequest}: Describes the strategy for using
   * unused Capacity Reservations for fulfilling On-Demand capacity.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-capacityreservationoptionsrequest.html">AWS::EC2::EC2Fleet.CapacityReservationOptionsRequest</a>
   */
  @Value.Immutable
  interface CapacityReservationOptionsRequest extends PropertyValue {

    /** Values CloudFormation accepts for {@code UsageStrategy}. */
    String USAGE_STRATEGY_USE_CAPACITY_RESERVATIONS_FIRST = "use-capacity-reservations-first";

    /** Indicates whether to use unused Capacity Reservations for fulfilling On-Demand capacity. */
    Optional<Expr> usageStrategy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("UsageStrategy", usageStrategy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityReservationOptionsRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.CapacityReservationOptionsRequest.Builder {

      public Builder usageStrategy(String value) {
        usageStrategy(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.CapacityReservationTargetRequest}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-capacityreservationtargetrequest.html">AWS::EC2::EC2Fleet.CapacityReservationTargetRequest</a>
   */
  @Value.Immutable
  interface CapacityReservationTargetRequest extends PropertyValue {

    /** {@code CapacityReservationIds}. */
    Optional<Expr> capacityReservationIds();

    /** {@code CapacityReservationResourceGroupArns}. */
    Optional<Expr> capacityReservationResourceGroupArns();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityReservationIds", capacityReservationIds())
          .put("CapacityReservationResourceGroupArns", capacityReservationResourceGroupArns())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityReservationTargetRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.CapacityReservationTargetRequest.Builder {

      public Builder capacityReservationIds(List<? extends Expr> values) {
        capacityReservationIds(Expr.list(values));
        return this;
      }

      public Builder capacityReservationIds(String... values) {
        capacityReservationIds(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder capacityReservationResourceGroupArns(List<? extends Expr> values) {
        capacityReservationResourceGroupArns(Expr.list(values));
        return this;
      }

      public Builder capacityReservationResourceGroupArns(String... values) {
        capacityReservationResourceGroupArns(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.CpuPerformanceFactorRequest}: The CPU performance to consider, using
   * an instance family as the baseline reference.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-cpuperformancefactorrequest.html">AWS::EC2::EC2Fleet.CpuPerformanceFactorRequest</a>
   */
  @Value.Immutable
  interface CpuPerformanceFactorRequest extends PropertyValue {

    /**
     * Specify an instance family to use as the baseline reference for CPU performance. All instance
     * types that match your specified attributes will be compared against the CPU performance of
     * the referenced instance family, regardless of CPU manufacturer or architecture differences.
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

    /**
     * Builds a {@link CpuPerformanceFactorRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.CpuPerformanceFactorRequest.Builder {

      public Builder references(List<? extends Expr> values) {
        references(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.EbsBlockDevice}: Describes a block device for an EBS volume.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-ebsblockdevice.html">AWS::EC2::EC2Fleet.EbsBlockDevice</a>
   */
  @Value.Immutable
  interface EbsBlockDevice extends PropertyValue {

    /**
     * Indicates whether the EBS volume is deleted on instance termination. For more information,
     * see [Preserving Amazon EBS volumes on instance
     * termination](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserving-volumes-on-termination)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> deleteOnTermination();

    /**
     * Indicates whether the encryption state of an EBS volume is changed while being restored from
     * a backing snapshot. The effect of setting the encryption state to `true` depends on the
     * volume origin (new or from a snapshot), starting encryption state, ownership, and whether
     * encryption by default is enabled. For more information, see [Amazon EBS
     * encryption](https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html#encryption-parameters)
     * in the *Amazon EBS User Guide* .
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

    /** {@code MultiAvailabilityZoneConfiguration}. */
    Optional<Expr> multiAvailabilityZoneConfiguration();

    /** The ID of the snapshot. */
    Optional<Expr> snapshotId();

    /**
     * The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. If
     * you specify a snapshot, the default is the snapshot size. You can specify a volume size that
     * is equal to or larger than the snapshot size.
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
          .put("Encrypted", encrypted())
          .put("Iops", iops())
          .put("KmsKeyId", kmsKeyId())
          .put("MultiAvailabilityZoneConfiguration", multiAvailabilityZoneConfiguration())
          .put("SnapshotId", snapshotId())
          .put("VolumeSize", volumeSize())
          .put("VolumeType", volumeType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EbsBlockDevice}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEC2Fleet.EbsBlockDevice.Builder {

      public Builder deleteOnTermination(boolean value) {
        deleteOnTermination(Expr.of(value));
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
   * {@code AWS::EC2::EC2Fleet.FleetLaunchTemplateConfigRequest}: Specifies a launch template and
   * overrides for an EC2 Fleet.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-fleetlaunchtemplateconfigrequest.html">AWS::EC2::EC2Fleet.FleetLaunchTemplateConfigRequest</a>
   */
  @Value.Immutable
  interface FleetLaunchTemplateConfigRequest extends PropertyValue {

    /**
     * The launch template to use. You must specify either the launch template ID or launch template
     * name in the request.
     */
    Optional<Expr> launchTemplateSpecification();

    /** Any parameters that you specify override the same parameters in the launch template. */
    Optional<Expr> overrides();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LaunchTemplateSpecification", launchTemplateSpecification())
          .put("Overrides", overrides())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FleetLaunchTemplateConfigRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.FleetLaunchTemplateConfigRequest.Builder {

      public Builder overrides(List<? extends Expr> values) {
        overrides(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.FleetLaunchTemplateOverridesRequest}: Specifies overrides for a
   * launch template for an EC2 Fleet.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-fleetlaunchtemplateoverridesrequest.html">AWS::EC2::EC2Fleet.FleetLaunchTemplateOverridesRequest</a>
   */
  @Value.Immutable
  interface FleetLaunchTemplateOverridesRequest extends PropertyValue {

    /** The Availability Zone in which to launch the instances. For example, `us-east-2a` . */
    Optional<Expr> availabilityZone();

    /**
     * The ID of the Availability Zone in which to launch the instances. For example, `use2-az1` .
     */
    Optional<Expr> availabilityZoneId();

    /**
     * The block device mappings, which define the EBS volumes and instance store volumes to attach
     * to the instance at launch.
     */
    Optional<Expr> blockDeviceMappings();

    /** {@code IamInstanceProfile}. */
    Optional<Expr> iamInstanceProfile();

    /**
     * The attributes for the instance types. When you specify instance attributes, Amazon EC2 will
     * identify instance types with those attributes.
     */
    Optional<Expr> instanceRequirements();

    /** The instance type. */
    Optional<Expr> instanceType();

    /** {@code KeyName}. */
    Optional<Expr> keyName();

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     */
    Optional<Expr> maxPrice();

    /** {@code MetadataOptions}. */
    Optional<Expr> metadataOptions();

    /** {@code NetworkInterfaces}. */
    Optional<Expr> networkInterfaces();

    /** The location where the instance launched, if applicable. */
    Optional<Expr> placement();

    /** The priority for the launch template override. The highest priority is launched first. */
    Optional<Expr> priority();

    /**
     * The IDs of the subnets in which to launch the instances. Separate multiple subnet IDs using
     * commas (for example, `subnet-1234abcdeexample1, subnet-0987cdef6example2` ). A request of
     * type `instant` can have only one subnet ID.
     */
    Optional<Expr> subnetId();

    /**
     * The number of units provided by the specified instance type. These are the same units that
     * you chose to set the target capacity in terms of instances, or a performance characteristic
     * such as vCPUs, memory, or I/O.
     */
    Optional<Expr> weightedCapacity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AvailabilityZone", availabilityZone())
          .put("AvailabilityZoneId", availabilityZoneId())
          .put("BlockDeviceMappings", blockDeviceMappings())
          .put("IamInstanceProfile", iamInstanceProfile())
          .put("InstanceRequirements", instanceRequirements())
          .put("InstanceType", instanceType())
          .put("KeyName", keyName())
          .put("MaxPrice", maxPrice())
          .put("MetadataOptions", metadataOptions())
          .put("NetworkInterfaces", networkInterfaces())
          .put("Placement", placement())
          .put("Priority", priority())
          .put("SubnetId", subnetId())
          .put("WeightedCapacity", weightedCapacity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FleetLaunchTemplateOverridesRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.FleetLaunchTemplateOverridesRequest.Builder {

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
        return this;
      }

      public Builder availabilityZoneId(String value) {
        availabilityZoneId(Expr.of(value));
        return this;
      }

      public Builder blockDeviceMappings(List<? extends Expr> values) {
        blockDeviceMappings(Expr.list(values));
        return this;
      }

      public Builder instanceType(String value) {
        instanceType(Expr.of(value));
        return this;
      }

      public Builder keyName(String value) {
        keyName(Expr.of(value));
        return this;
      }

      public Builder maxPrice(String value) {
        maxPrice(Expr.of(value));
        return this;
      }

      public Builder networkInterfaces(List<? extends Expr> values) {
        networkInterfaces(Expr.list(values));
        return this;
      }

      public Builder priority(long value) {
        priority(Expr.of(value));
        return this;
      }

      public Builder priority(double value) {
        priority(Expr.of(value));
        return this;
      }

      public Builder subnetId(String value) {
        subnetId(Expr.of(value));
        return this;
      }

      public Builder weightedCapacity(long value) {
        weightedCapacity(Expr.of(value));
        return this;
      }

      public Builder weightedCapacity(double value) {
        weightedCapacity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.FleetLaunchTemplateSpecificationRequest}: Specifies the launch
   * template to be used by the EC2 Fleet for configuring Amazon EC2 instances.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-fleetlaunchtemplatespecificationrequest.html">AWS::EC2::EC2Fleet.FleetLaunchTemplateSpecificationRequest</a>
   */
  @Value.Immutable
  interface FleetLaunchTemplateSpecificationRequest extends PropertyValue {

    /** The ID of the launch template. */
    Optional<Expr> launchTemplateId();

    /** The name of the launch template. */
    Optional<Expr> launchTemplateName();

    /** {@code LaunchTemplateSpecificationUserData}. */
    Optional<Expr> launchTemplateSpecificationUserData();

    /**
     * Required. The launch template version number, `$Latest` , or `$Default` . You must specify a
     * value, otherwise the request fails.
     */
    Expr version();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LaunchTemplateId", launchTemplateId())
          .put("LaunchTemplateName", launchTemplateName())
          .put("LaunchTemplateSpecificationUserData", launchTemplateSpecificationUserData())
          .put("Version", version())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FleetLaunchTemplateSpecificationRequest}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.FleetLaunchTemplateSpecificationRequest.Builder {

      public Builder launchTemplateId(String value) {
        launchTemplateId(Expr.of(value));
        return this;
      }

      public Builder launchTemplateName(String value) {
        launchTemplateName(Expr.of(value));
        return this;
      }

      public Builder launchTemplateSpecificationUserData(String value) {
        launchTemplateSpecificationUserData(Expr.of(value));
        return this;
      }

      public Builder version(String value) {
        version(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.IamInstanceProfileSpecification}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-iaminstanceprofilespecification.html">AWS::EC2::EC2Fleet.IamInstanceProfileSpecification</a>
   */
  @Value.Immutable
  interface IamInstanceProfileSpecification extends PropertyValue {

    /** {@code Arn}. */
    Optional<Expr> arn();

    /** {@code Name}. */
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

    /**
     * Builds a {@link IamInstanceProfileSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.IamInstanceProfileSpecification.Builder {

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
   * {@code AWS::EC2::EC2Fleet.InstanceMetadataOptionsRequest}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-instancemetadataoptionsrequest.html">AWS::EC2::EC2Fleet.InstanceMetadataOptionsRequest</a>
   */
  @Value.Immutable
  interface InstanceMetadataOptionsRequest extends PropertyValue {

    /** {@code HttpEndpoint}. */
    Optional<Expr> httpEndpoint();

    /** {@code HttpPutResponseHopLimit}. */
    Optional<Expr> httpPutResponseHopLimit();

    /** {@code HttpTokens}. */
    Optional<Expr> httpTokens();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("HttpEndpoint", httpEndpoint())
          .put("HttpPutResponseHopLimit", httpPutResponseHopLimit())
          .put("HttpTokens", httpTokens())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceMetadataOptionsRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.InstanceMetadataOptionsRequest.Builder {

      public Builder httpEndpoint(String value) {
        httpEndpoint(Expr.of(value));
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
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.InstanceRequirementsRequest}: The attributes for the instance types.
   * When you specify instance attributes, Amazon EC2 will identify instance types with these
   * attributes.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-instancerequirementsrequest.html">AWS::EC2::EC2Fleet.InstanceRequirementsRequest</a>
   */
  @Value.Immutable
  interface InstanceRequirementsRequest extends PropertyValue {

    /** Values CloudFormation accepts for {@code AcceleratorManufacturers}. */
    String ACCELERATOR_MANUFACTURERS_AMAZON_WEB_SERVICES = "amazon-web-services";
    String ACCELERATOR_MANUFACTURERS_AMD = "amd";
    String ACCELERATOR_MANUFACTURERS_HABANA = "habana";
    String ACCELERATOR_MANUFACTURERS_NVIDIA = "nvidia";
    String ACCELERATOR_MANUFACTURERS_XILINX = "xilinx";

    /** Values CloudFormation accepts for {@code AcceleratorNames}. */
    String ACCELERATOR_NAMES_A10G = "a10g";
    String ACCELERATOR_NAMES_A100 = "a100";
    String ACCELERATOR_NAMES_H100 = "h100";
    String ACCELERATOR_NAMES_INFERENTIA = "inferentia";
    String ACCELERATOR_NAMES_K520 = "k520";
    String ACCELERATOR_NAMES_K80 = "k80";
    String ACCELERATOR_NAMES_M60 = "m60";
    String ACCELERATOR_NAMES_RADEON_PRO_V520 = "radeon-pro-v520";
    String ACCELERATOR_NAMES_T4 = "t4";
    String ACCELERATOR_NAMES_T4G = "t4g";
    String ACCELERATOR_NAMES_VU9P = "vu9p";
    String ACCELERATOR_NAMES_V100 = "v100";

    /** Values CloudFormation accepts for {@code AcceleratorTypes}. */
    String ACCELERATOR_TYPES_GPU = "gpu";
    String ACCELERATOR_TYPES_FPGA = "fpga";
    String ACCELERATOR_TYPES_INFERENCE = "inference";

    /** Values CloudFormation accepts for {@code BareMetal}. */
    String BARE_METAL_INCLUDED = "included";
    String BARE_METAL_REQUIRED = "required";
    String BARE_METAL_EXCLUDED = "excluded";

    /** Values CloudFormation accepts for {@code BurstablePerformance}. */
    String BURSTABLE_PERFORMANCE_INCLUDED = "included";
    String BURSTABLE_PERFORMANCE_REQUIRED = "required";
    String BURSTABLE_PERFORMANCE_EXCLUDED = "excluded";

    /** Values CloudFormation accepts for {@code CpuManufacturers}. */
    String CPU_MANUFACTURERS_INTEL = "intel";
    String CPU_MANUFACTURERS_AMD = "amd";
    String CPU_MANUFACTURERS_AMAZON_WEB_SERVICES = "amazon-web-services";

    /** Values CloudFormation accepts for {@code InstanceGenerations}. */
    String INSTANCE_GENERATIONS_CURRENT = "current";
    String INSTANCE_GENERATIONS_PREVIOUS = "previous";

    /** Values CloudFormation accepts for {@code LocalStorage}. */
    String LOCAL_STORAGE_INCLUDED = "included";
    String LOCAL_STORAGE_REQUIRED = "required";
    String LOCAL_STORAGE_EXCLUDED = "excluded";

    /** Values CloudFormation accepts for {@code LocalStorageTypes}. */
    String LOCAL_STORAGE_TYPES_HDD = "hdd";
    String LOCAL_STORAGE_TYPES_SSD = "ssd";

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

    /**
     * The minimum and maximum amount of baseline network bandwidth, in gigabits per second (Gbps).
     * For more information, see [Amazon EC2 instance network
     * bandwidth](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html)
     * in the *Amazon EC2 User Guide* .
     */
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

    /**
     * Specifies whether instance types must support encrypting in-transit traffic between
     * instances. For more information, including the supported instance types, see [Encryption in
     * transit](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/data-protection.html#encryption-transit)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> requireEncryptionInTransit();

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
          .put("RequireEncryptionInTransit", requireEncryptionInTransit())
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
     * Builds a {@link InstanceRequirementsRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.InstanceRequirementsRequest.Builder {

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

      public Builder requireEncryptionInTransit(boolean value) {
        requireEncryptionInTransit(Expr.of(value));
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
   * {@code AWS::EC2::EC2Fleet.Ipv6AddressRequest}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-ipv6addressrequest.html">AWS::EC2::EC2Fleet.Ipv6AddressRequest</a>
   */
  @Value.Immutable
  interface Ipv6AddressRequest extends PropertyValue {

    /** {@code Ipv6Address}. */
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

    /** Builds a {@link Ipv6AddressRequest}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEC2Fleet.Ipv6AddressRequest.Builder {

      public Builder ipv6Address(String value) {
        ipv6Address(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.MaintenanceStrategies}: The strategies for managing your Spot
   * Instances that are at an elevated risk of being interrupted.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-maintenancestrategies.html">AWS::EC2::EC2Fleet.MaintenanceStrategies</a>
   */
  @Value.Immutable
  interface MaintenanceStrategies extends PropertyValue {

    /**
     * The strategy to use when Amazon EC2 emits a signal that your Spot Instance is at an elevated
     * risk of being interrupted.
     */
    Optional<Expr> capacityRebalance();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityRebalance", capacityRebalance())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MaintenanceStrategies}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.MaintenanceStrategies.Builder {
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.MemoryGiBPerVCpuRequest}: The minimum and maximum amount of memory
   * per vCPU, in GiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-memorygibpervcpurequest.html">AWS::EC2::EC2Fleet.MemoryGiBPerVCpuRequest</a>
   */
  @Value.Immutable
  interface MemoryGiBPerVCpuRequest extends PropertyValue {

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

    /**
     * Builds a {@link MemoryGiBPerVCpuRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.MemoryGiBPerVCpuRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.MemoryMiBRequest}: The minimum and maximum amount of memory, in MiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-memorymibrequest.html">AWS::EC2::EC2Fleet.MemoryMiBRequest</a>
   */
  @Value.Immutable
  interface MemoryMiBRequest extends PropertyValue {

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

    /** Builds a {@link MemoryMiBRequest}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEC2Fleet.MemoryMiBRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.MultiAvailabilityZoneConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-multiavailabilityzoneconfiguration.html">AWS::EC2::EC2Fleet.MultiAvailabilityZoneConfiguration</a>
   */
  @Value.Immutable
  interface MultiAvailabilityZoneConfiguration extends PropertyValue {

    /** {@code ConfigurationType}. */
    Optional<Expr> configurationType();

    /** {@code StandbyAvailabilityZones}. */
    Optional<Expr> standbyAvailabilityZones();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConfigurationType", configurationType())
          .put("StandbyAvailabilityZones", standbyAvailabilityZones())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MultiAvailabilityZoneConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.MultiAvailabilityZoneConfiguration.Builder {

      public Builder configurationType(String value) {
        configurationType(Expr.of(value));
        return this;
      }

      public Builder standbyAvailabilityZones(List<? extends Expr> values) {
        standbyAvailabilityZones(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.NetworkBandwidthGbpsRequest}: The minimum and maximum amount of
   * network bandwidth, in gigabits per second (Gbps).
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-networkbandwidthgbpsrequest.html">AWS::EC2::EC2Fleet.NetworkBandwidthGbpsRequest</a>
   */
  @Value.Immutable
  interface NetworkBandwidthGbpsRequest extends PropertyValue {

    /**
     * The maximum amount of network bandwidth, in Gbps. To specify no maximum limit, omit this
     * parameter.
     */
    Optional<Expr> max();

    /**
     * The minimum amount of network bandwidth, in Gbps. To specify no minimum limit, omit this
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
     * Builds a {@link NetworkBandwidthGbpsRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.NetworkBandwidthGbpsRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.NetworkInterfaceCountRequest}: The minimum and maximum number of
   * network interfaces.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-networkinterfacecountrequest.html">AWS::EC2::EC2Fleet.NetworkInterfaceCountRequest</a>
   */
  @Value.Immutable
  interface NetworkInterfaceCountRequest extends PropertyValue {

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
     * Builds a {@link NetworkInterfaceCountRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.NetworkInterfaceCountRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.NetworkInterfaceSpecificationRequest}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-networkinterfacespecificationrequest.html">AWS::EC2::EC2Fleet.NetworkInterfaceSpecificationRequest</a>
   */
  @Value.Immutable
  interface NetworkInterfaceSpecificationRequest extends PropertyValue {

    /** {@code AssociatePublicIpAddress}. */
    Optional<Expr> associatePublicIpAddress();

    /** {@code DeleteOnTermination}. */
    Optional<Expr> deleteOnTermination();

    /** {@code Description}. */
    Optional<Expr> description();

    /** {@code DeviceIndex}. */
    Optional<Expr> deviceIndex();

    /** {@code Groups}. */
    Optional<Expr> groups();

    /** {@code InterfaceType}. */
    Optional<Expr> interfaceType();

    /** {@code Ipv6AddressCount}. */
    Optional<Expr> ipv6AddressCount();

    /** {@code Ipv6Addresses}. */
    Optional<Expr> ipv6Addresses();

    /** {@code NetworkCardIndex}. */
    Optional<Expr> networkCardIndex();

    /** {@code NetworkInterfaceId}. */
    Optional<Expr> networkInterfaceId();

    /** {@code PrivateIpAddress}. */
    Optional<Expr> privateIpAddress();

    /** {@code PrivateIpAddresses}. */
    Optional<Expr> privateIpAddresses();

    /** {@code SecondaryPrivateIpAddressCount}. */
    Optional<Expr> secondaryPrivateIpAddressCount();

    /** {@code SubnetId}. */
    Optional<Expr> subnetId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AssociatePublicIpAddress", associatePublicIpAddress())
          .put("DeleteOnTermination", deleteOnTermination())
          .put("Description", description())
          .put("DeviceIndex", deviceIndex())
          .put("Groups", groups())
          .put("InterfaceType", interfaceType())
          .put("Ipv6AddressCount", ipv6AddressCount())
          .put("Ipv6Addresses", ipv6Addresses())
          .put("NetworkCardIndex", networkCardIndex())
          .put("NetworkInterfaceId", networkInterfaceId())
          .put("PrivateIpAddress", privateIpAddress())
          .put("PrivateIpAddresses", privateIpAddresses())
          .put("SecondaryPrivateIpAddressCount", secondaryPrivateIpAddressCount())
          .put("SubnetId", subnetId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NetworkInterfaceSpecificationRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.NetworkInterfaceSpecificationRequest.Builder {

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

      public Builder ipv6AddressCount(long value) {
        ipv6AddressCount(Expr.of(value));
        return this;
      }

      public Builder ipv6Addresses(List<? extends Expr> values) {
        ipv6Addresses(Expr.list(values));
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
   * {@code AWS::EC2::EC2Fleet.OnDemandOptionsRequest}: Specifies the allocation strategy of
   * On-Demand Instances in an EC2 Fleet.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-ondemandoptionsrequest.html">AWS::EC2::EC2Fleet.OnDemandOptionsRequest</a>
   */
  @Value.Immutable
  interface OnDemandOptionsRequest extends PropertyValue {

    /**
     * The strategy that determines the order of the launch template overrides to use in fulfilling
     * On-Demand capacity.
     */
    Optional<Expr> allocationStrategy();

    /** The strategy for using unused Capacity Reservations for fulfilling On-Demand capacity. */
    Optional<Expr> capacityReservationOptions();

    /** The maximum amount per hour for On-Demand Instances that you're willing to pay. */
    Optional<Expr> maxTotalPrice();

    /**
     * The minimum target capacity for On-Demand Instances in the fleet. If this minimum capacity
     * isn't reached, no instances are launched.
     */
    Optional<Expr> minTargetCapacity();

    /**
     * Indicates that the fleet launches all On-Demand Instances into a single Availability Zone.
     */
    Optional<Expr> singleAvailabilityZone();

    /**
     * Indicates that the fleet uses a single instance type to launch all On-Demand Instances in the
     * fleet.
     */
    Optional<Expr> singleInstanceType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllocationStrategy", allocationStrategy())
          .put("CapacityReservationOptions", capacityReservationOptions())
          .put("MaxTotalPrice", maxTotalPrice())
          .put("MinTargetCapacity", minTargetCapacity())
          .put("SingleAvailabilityZone", singleAvailabilityZone())
          .put("SingleInstanceType", singleInstanceType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link OnDemandOptionsRequest}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.OnDemandOptionsRequest.Builder {

      public Builder allocationStrategy(String value) {
        allocationStrategy(Expr.of(value));
        return this;
      }

      public Builder maxTotalPrice(String value) {
        maxTotalPrice(Expr.of(value));
        return this;
      }

      public Builder minTargetCapacity(long value) {
        minTargetCapacity(Expr.of(value));
        return this;
      }

      public Builder singleAvailabilityZone(boolean value) {
        singleAvailabilityZone(Expr.of(value));
        return this;
      }

      public Builder singleInstanceType(boolean value) {
        singleInstanceType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.PerformanceFactorReferenceRequest}: Specify an instance family to use
   * as the baseline reference for CPU performance. All instance types that match your specified
   * attributes will be compared against the CPU performance of the referenced instance family,
   * regardless of CPU manufacturer or architecture.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-performancefactorreferencerequest.html">AWS::EC2::EC2Fleet.PerformanceFactorReferenceRequest</a>
   */
  @Value.Immutable
  interface PerformanceFactorReferenceRequest extends PropertyValue {

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

    /**
     * Builds a {@link PerformanceFactorReferenceRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.PerformanceFactorReferenceRequest.Builder {

      public Builder instanceFamily(String value) {
        instanceFamily(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.Placement}: Describes the placement of an instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-placement.html">AWS::EC2::EC2Fleet.Placement</a>
   */
  @Value.Immutable
  interface Placement extends PropertyValue {

    /** The affinity setting for the instance on the Dedicated Host. */
    Optional<Expr> affinity();

    /** The Availability Zone of the instance. */
    Optional<Expr> availabilityZone();

    /** The name of the placement group that the instance is in. */
    Optional<Expr> groupName();

    /** The ID of the Dedicated Host on which the instance resides. */
    Optional<Expr> hostId();

    /** The ARN of the host resource group in which to launch the instances. */
    Optional<Expr> hostResourceGroupArn();

    /**
     * The number of the partition that the instance is in. Valid only if the placement group
     * strategy is set to `partition` .
     */
    Optional<Expr> partitionNumber();

    /** Reserved for future use. */
    Optional<Expr> spreadDomain();

    /**
     * The tenancy of the instance. An instance with a tenancy of `dedicated` runs on single-tenant
     * hardware.
     */
    Optional<Expr> tenancy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Affinity", affinity())
          .put("AvailabilityZone", availabilityZone())
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
    final class Builder extends ImmutableEC2Fleet.Placement.Builder {

      public Builder affinity(String value) {
        affinity(Expr.of(value));
        return this;
      }

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
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
   * {@code AWS::EC2::EC2Fleet.PrivateIpAddressSpecificationRequest}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-privateipaddressspecificationrequest.html">AWS::EC2::EC2Fleet.PrivateIpAddressSpecificationRequest</a>
   */
  @Value.Immutable
  interface PrivateIpAddressSpecificationRequest extends PropertyValue {

    /** {@code Primary}. */
    Optional<Expr> primary();

    /** {@code PrivateIpAddress}. */
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

    /**
     * Builds a {@link PrivateIpAddressSpecificationRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.PrivateIpAddressSpecificationRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.ReservedCapacityFallbackOptionsRequest}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-reservedcapacityfallbackoptionsrequest.html">AWS::EC2::EC2Fleet.ReservedCapacityFallbackOptionsRequest</a>
   */
  @Value.Immutable
  interface ReservedCapacityFallbackOptionsRequest extends PropertyValue {

    /** {@code MarketTypes}. */
    Optional<Expr> marketTypes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MarketTypes", marketTypes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReservedCapacityFallbackOptionsRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.ReservedCapacityFallbackOptionsRequest.Builder {

      public Builder marketTypes(List<? extends Expr> values) {
        marketTypes(Expr.list(values));
        return this;
      }

      public Builder marketTypes(String... values) {
        marketTypes(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.ReservedCapacityOptionsRequest}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-reservedcapacityoptionsrequest.html">AWS::EC2::EC2Fleet.ReservedCapacityOptionsRequest</a>
   */
  @Value.Immutable
  interface ReservedCapacityOptionsRequest extends PropertyValue {

    /** {@code AllocationStrategy}. */
    Optional<Expr> allocationStrategy();

    /** {@code CapacityReservationTarget}. */
    Optional<Expr> capacityReservationTarget();

    /** {@code ReservationTypes}. */
    Optional<Expr> reservationTypes();

    /** {@code ReservedCapacityFallbackOptions}. */
    Optional<Expr> reservedCapacityFallbackOptions();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllocationStrategy", allocationStrategy())
          .put("CapacityReservationTarget", capacityReservationTarget())
          .put("ReservationTypes", reservationTypes())
          .put("ReservedCapacityFallbackOptions", reservedCapacityFallbackOptions())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReservedCapacityOptionsRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.ReservedCapacityOptionsRequest.Builder {

      public Builder allocationStrategy(String value) {
        allocationStrategy(Expr.of(value));
        return this;
      }

      public Builder reservationTypes(List<? extends Expr> values) {
        reservationTypes(Expr.list(values));
        return this;
      }

      public Builder reservationTypes(String... values) {
        reservationTypes(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.SpotOptionsRequest}: Specifies the configuration of Spot Instances
   * for an EC2 Fleet.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-spotoptionsrequest.html">AWS::EC2::EC2Fleet.SpotOptionsRequest</a>
   */
  @Value.Immutable
  interface SpotOptionsRequest extends PropertyValue {

    /** Values CloudFormation accepts for {@code AllocationStrategy}. */
    String ALLOCATION_STRATEGY_LOWEST_PRICE = "lowest-price";
    String ALLOCATION_STRATEGY_DIVERSIFIED = "diversified";
    String ALLOCATION_STRATEGY_CAPACITY_OPTIMIZED = "capacityOptimized";
    String ALLOCATION_STRATEGY_CAPACITY_OPTIMIZED_PRIORITIZED = "capacityOptimizedPrioritized";
    String ALLOCATION_STRATEGY_PRICE_CAPACITY_OPTIMIZED = "priceCapacityOptimized";

    /** Values CloudFormation accepts for {@code InstanceInterruptionBehavior}. */
    String INSTANCE_INTERRUPTION_BEHAVIOR_HIBERNATE = "hibernate";
    String INSTANCE_INTERRUPTION_BEHAVIOR_STOP = "stop";
    String INSTANCE_INTERRUPTION_BEHAVIOR_TERMINATE = "terminate";

    /**
     * Indicates how to allocate the target Spot Instance capacity across the Spot Instance pools
     * specified by the EC2 Fleet.
     */
    Optional<Expr> allocationStrategy();

    /** The behavior when a Spot Instance is interrupted. */
    Optional<Expr> instanceInterruptionBehavior();

    /**
     * The number of Spot pools across which to allocate your target Spot capacity. Supported only
     * when Spot `AllocationStrategy` is set to `lowest-price` . EC2 Fleet selects the cheapest Spot
     * pools and evenly allocates your target Spot capacity across the number of Spot pools that you
     * specify.
     */
    Optional<Expr> instancePoolsToUseCount();

    /**
     * The strategies for managing your Spot Instances that are at an elevated risk of being
     * interrupted.
     */
    Optional<Expr> maintenanceStrategies();

    /**
     * The maximum amount per hour for Spot Instances that you're willing to pay. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     */
    Optional<Expr> maxTotalPrice();

    /**
     * The minimum target capacity for Spot Instances in the fleet. If this minimum capacity isn't
     * reached, no instances are launched.
     */
    Optional<Expr> minTargetCapacity();

    /** Indicates that the fleet launches all Spot Instances into a single Availability Zone. */
    Optional<Expr> singleAvailabilityZone();

    /**
     * Indicates that the fleet uses a single instance type to launch all Spot Instances in the
     * fleet.
     */
    Optional<Expr> singleInstanceType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllocationStrategy", allocationStrategy())
          .put("InstanceInterruptionBehavior", instanceInterruptionBehavior())
          .put("InstancePoolsToUseCount", instancePoolsToUseCount())
          .put("MaintenanceStrategies", maintenanceStrategies())
          .put("MaxTotalPrice", maxTotalPrice())
          .put("MinTargetCapacity", minTargetCapacity())
          .put("SingleAvailabilityZone", singleAvailabilityZone())
          .put("SingleInstanceType", singleInstanceType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SpotOptionsRequest}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableEC2Fleet.SpotOptionsRequest.Builder {

      public Builder allocationStrategy(String value) {
        allocationStrategy(Expr.of(value));
        return this;
      }

      public Builder instanceInterruptionBehavior(String value) {
        instanceInterruptionBehavior(Expr.of(value));
        return this;
      }

      public Builder instancePoolsToUseCount(long value) {
        instancePoolsToUseCount(Expr.of(value));
        return this;
      }

      public Builder maxTotalPrice(String value) {
        maxTotalPrice(Expr.of(value));
        return this;
      }

      public Builder minTargetCapacity(long value) {
        minTargetCapacity(Expr.of(value));
        return this;
      }

      public Builder singleAvailabilityZone(boolean value) {
        singleAvailabilityZone(Expr.of(value));
        return this;
      }

      public Builder singleInstanceType(boolean value) {
        singleInstanceType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.StandbyAvailabilityZone}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-standbyavailabilityzone.html">AWS::EC2::EC2Fleet.StandbyAvailabilityZone</a>
   */
  @Value.Immutable
  interface StandbyAvailabilityZone extends PropertyValue {

    /** {@code AvailabilityZone}. */
    Optional<Expr> availabilityZone();

    /** {@code AvailabilityZoneId}. */
    Optional<Expr> availabilityZoneId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AvailabilityZone", availabilityZone())
          .put("AvailabilityZoneId", availabilityZoneId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link StandbyAvailabilityZone}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.StandbyAvailabilityZone.Builder {

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
        return this;
      }

      public Builder availabilityZoneId(String value) {
        availabilityZoneId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.TagSpecification}: Specifies the tags to apply to a resource when the
   * resource is being created for an EC2 Fleet.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-tagspecification.html">AWS::EC2::EC2Fleet.TagSpecification</a>
   */
  @Value.Immutable
  interface TagSpecification extends PropertyValue {

    /** Values CloudFormation accepts for {@code ResourceType}. */
    String RESOURCE_TYPE_CLIENT_VPN_ENDPOINT = "client-vpn-endpoint";
    String RESOURCE_TYPE_CUSTOMER_GATEWAY = "customer-gateway";
    String RESOURCE_TYPE_DEDICATED_HOST = "dedicated-host";
    String RESOURCE_TYPE_DHCP_OPTIONS = "dhcp-options";
    String RESOURCE_TYPE_EGRESS_ONLY_INTERNET_GATEWAY = "egress-only-internet-gateway";
    String RESOURCE_TYPE_ELASTIC_GPU = "elastic-gpu";
    String RESOURCE_TYPE_ELASTIC_IP = "elastic-ip";
    String RESOURCE_TYPE_EXPORT_IMAGE_TASK = "export-image-task";
    String RESOURCE_TYPE_EXPORT_INSTANCE_TASK = "export-instance-task";
    String RESOURCE_TYPE_FLEET = "fleet";
    String RESOURCE_TYPE_FPGA_IMAGE = "fpga-image";
    String RESOURCE_TYPE_HOST_RESERVATION = "host-reservation";
    String RESOURCE_TYPE_IMAGE = "image";
    String RESOURCE_TYPE_IMPORT_IMAGE_TASK = "import-image-task";
    String RESOURCE_TYPE_IMPORT_SNAPSHOT_TASK = "import-snapshot-task";
    String RESOURCE_TYPE_INSTANCE = "instance";
    String RESOURCE_TYPE_INTERNET_GATEWAY = "internet-gateway";
    String RESOURCE_TYPE_KEY_PAIR = "key-pair";
    String RESOURCE_TYPE_LAUNCH_TEMPLATE = "launch-template";
    String RESOURCE_TYPE_LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATION = "local-gateway-route-table-vpc-association";
    String RESOURCE_TYPE_NATGATEWAY = "natgateway";
    String RESOURCE_TYPE_NETWORK_ACL = "network-acl";
    String RESOURCE_TYPE_NETWORK_INSIGHTS_ANALYSIS = "network-insights-analysis";
    String RESOURCE_TYPE_NETWORK_INSIGHTS_PATH = "network-insights-path";
    String RESOURCE_TYPE_NETWORK_INTERFACE = "network-interface";
    String RESOURCE_TYPE_PLACEMENT_GROUP = "placement-group";
    String RESOURCE_TYPE_RESERVED_INSTANCES = "reserved-instances";
    String RESOURCE_TYPE_ROUTE_TABLE = "route-table";
    String RESOURCE_TYPE_SECURITY_GROUP = "security-group";
    String RESOURCE_TYPE_SNAPSHOT = "snapshot";
    String RESOURCE_TYPE_SPOT_FLEET_REQUEST = "spot-fleet-request";
    String RESOURCE_TYPE_SPOT_INSTANCES_REQUEST = "spot-instances-request";
    String RESOURCE_TYPE_SUBNET = "subnet";
    String RESOURCE_TYPE_TRAFFIC_MIRROR_FILTER = "traffic-mirror-filter";
    String RESOURCE_TYPE_TRAFFIC_MIRROR_SESSION = "traffic-mirror-session";
    String RESOURCE_TYPE_TRAFFIC_MIRROR_TARGET = "traffic-mirror-target";
    String RESOURCE_TYPE_TRANSIT_GATEWAY = "transit-gateway";
    String RESOURCE_TYPE_TRANSIT_GATEWAY_ATTACHMENT = "transit-gateway-attachment";
    String RESOURCE_TYPE_TRANSIT_GATEWAY_CONNECT_PEER = "transit-gateway-connect-peer";
    String RESOURCE_TYPE_TRANSIT_GATEWAY_MULTICAST_DOMAIN = "transit-gateway-multicast-domain";
    String RESOURCE_TYPE_TRANSIT_GATEWAY_ROUTE_TABLE = "transit-gateway-route-table";
    String RESOURCE_TYPE_VOLUME = "volume";
    String RESOURCE_TYPE_VPC = "vpc";
    String RESOURCE_TYPE_VPC_FLOW_LOG = "vpc-flow-log";
    String RESOURCE_TYPE_VPC_PEERING_CONNECTION = "vpc-peering-connection";
    String RESOURCE_TYPE_VPN_CONNECTION = "vpn-connection";
    String RESOURCE_TYPE_VPN_GATEWAY = "vpn-gateway";

    /** The type of resource to tag. */
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
    final class Builder extends ImmutableEC2Fleet.TagSpecification.Builder {

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
   * {@code AWS::EC2::EC2Fleet.TargetCapacitySpecificationRequest}: Specifies the number of units to
   * request for an EC2 Fleet. You can choose to set the target capacity in terms of instances or a
   * performance characteristic that is important to your application workload, such as vCPUs,
   * memory, or I/O. If the request type is `maintain` , you can specify a target capacity of `0`
   * and add capacity later.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-targetcapacityspecificationrequest.html">AWS::EC2::EC2Fleet.TargetCapacitySpecificationRequest</a>
   */
  @Value.Immutable
  interface TargetCapacitySpecificationRequest extends PropertyValue {

    /** Values CloudFormation accepts for {@code DefaultTargetCapacityType}. */
    String DEFAULT_TARGET_CAPACITY_TYPE_ON_DEMAND = "on-demand";
    String DEFAULT_TARGET_CAPACITY_TYPE_SPOT = "spot";

    /** Values CloudFormation accepts for {@code TargetCapacityUnitType}. */
    String TARGET_CAPACITY_UNIT_TYPE_VCPU = "vcpu";
    String TARGET_CAPACITY_UNIT_TYPE_MEMORY_MIB = "memory-mib";
    String TARGET_CAPACITY_UNIT_TYPE_UNITS = "units";

    /** The default target capacity type. */
    Optional<Expr> defaultTargetCapacityType();

    /** The number of On-Demand units to request. */
    Optional<Expr> onDemandTargetCapacity();

    /** The number of Spot units to request. */
    Optional<Expr> spotTargetCapacity();

    /**
     * The unit for the target capacity. You can specify this parameter only when using
     * attributed-based instance type selection.
     */
    Optional<Expr> targetCapacityUnitType();

    /** Required. The number of units to request, filled using the default target capacity type. */
    Expr totalTargetCapacity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DefaultTargetCapacityType", defaultTargetCapacityType())
          .put("OnDemandTargetCapacity", onDemandTargetCapacity())
          .put("SpotTargetCapacity", spotTargetCapacity())
          .put("TargetCapacityUnitType", targetCapacityUnitType())
          .put("TotalTargetCapacity", totalTargetCapacity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TargetCapacitySpecificationRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.TargetCapacitySpecificationRequest.Builder {

      public Builder defaultTargetCapacityType(String value) {
        defaultTargetCapacityType(Expr.of(value));
        return this;
      }

      public Builder onDemandTargetCapacity(long value) {
        onDemandTargetCapacity(Expr.of(value));
        return this;
      }

      public Builder spotTargetCapacity(long value) {
        spotTargetCapacity(Expr.of(value));
        return this;
      }

      public Builder targetCapacityUnitType(String value) {
        targetCapacityUnitType(Expr.of(value));
        return this;
      }

      public Builder totalTargetCapacity(long value) {
        totalTargetCapacity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::EC2Fleet.TotalLocalStorageGBRequest}: The minimum and maximum amount of total
   * local storage, in GB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-totallocalstoragegbrequest.html">AWS::EC2::EC2Fleet.TotalLocalStorageGBRequest</a>
   */
  @Value.Immutable
  interface TotalLocalStorageGBRequest extends PropertyValue {

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
     * Builds a {@link TotalLocalStorageGBRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.TotalLocalStorageGBRequest.Builder {

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
   * {@code AWS::EC2::EC2Fleet.VCpuCountRangeRequest}: The minimum and maximum number of vCPUs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ec2fleet-vcpucountrangerequest.html">AWS::EC2::EC2Fleet.VCpuCountRangeRequest</a>
   */
  @Value.Immutable
  interface VCpuCountRangeRequest extends PropertyValue {

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

    /**
     * Builds a {@link VCpuCountRangeRequest}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableEC2Fleet.VCpuCountRangeRequest.Builder {

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
