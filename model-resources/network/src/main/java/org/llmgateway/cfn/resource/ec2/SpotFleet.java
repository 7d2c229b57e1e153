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
 * {@code AWS::EC2::SpotFleet}: Specifies a Spot Fleet request.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-spotfleet.html">AWS::EC2::SpotFleet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SpotFleet extends Resource {

  String TYPE = "AWS::EC2::SpotFleet";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. Describes the configuration of a Spot Fleet request. */
  Expr spotFleetRequestConfigData();

  /** The tags for a Spot Fleet resource. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("SpotFleetRequestConfigData", spotFleetRequestConfigData())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the Spot Fleet. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SpotFleet}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSpotFleet.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.AcceleratorCountRequest}: The minimum and maximum number of
   * accelerators (GPUs, FPGAs, or AWS Inferentia chips) on an instance. To exclude
   * accelerator-enabled instance types, set `Max` to `0` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-acceleratorcountrequest.html">AWS::EC2::SpotFleet.AcceleratorCountRequest</a>
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
    final class Builder extends ImmutableSpotFleet.AcceleratorCountRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.AcceleratorTotalMemoryMiBRequest}: The minimum and maximum amount of
   * total accelerator memory, in MiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-acceleratortotalmemorymibrequest.html">AWS::EC2::SpotFleet.AcceleratorTotalMemoryMiBRequest</a>
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
    final class Builder extends ImmutableSpotFleet.AcceleratorTotalMemoryMiBRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.BaselineEbsBandwidthMbpsRequest}: The minimum and maximum baseline
   * bandwidth to Amazon EBS, in Mbps. For more information, see [Amazon EBS–optimized
   * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html) in the
   * *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-baselineebsbandwidthmbpsrequest.html">AWS::EC2::SpotFleet.BaselineEbsBandwidthMbpsRequest</a>
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
    final class Builder extends ImmutableSpotFleet.BaselineEbsBandwidthMbpsRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.BaselinePerformanceFactorsRequest}: The baseline performance to
   * consider, using an instance family as a baseline reference. The instance family establishes the
   * lowest acceptable level of performance. Amazon EC2 uses this baseline to guide instance type
   * selection, but there is no guarantee that the selected instance types will always exceed the
   * baseline for every application.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-baselineperformancefactorsrequest.html">AWS::EC2::SpotFleet.BaselinePerformanceFactorsRequest</a>
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
    final class Builder extends ImmutableSpotFleet.BaselinePerformanceFactorsRequest.Builder {
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.BlockDeviceMapping}: Specifies a block device mapping.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-blockdevicemapping.html">AWS::EC2::SpotFleet.BlockDeviceMapping</a>
   */
  @Value.Immutable
  interface BlockDeviceMapping extends PropertyValue {

    /**
     * Required. The device name. For available device names, see [Device names for
     * volumes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html) .
     */
    Expr deviceName();

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
    final class Builder extends ImmutableSpotFleet.BlockDeviceMapping.Builder {

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
   * {@code AWS::EC2::SpotFleet.ClassicLoadBalancer}: Specifies a Classic Load Balancer.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-classicloadbalancer.html">AWS::EC2::SpotFleet.ClassicLoadBalancer</a>
   */
  @Value.Immutable
  interface ClassicLoadBalancer extends PropertyValue {

    /** Required. The name of the load balancer. */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ClassicLoadBalancer}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.ClassicLoadBalancer.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.ClassicLoadBalancersConfig}: Specifies the Classic Load Balancers to
   * attach to a Spot Fleet. Spot Fleet registers the running Spot Instances with these Classic Load
   * Balancers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-classicloadbalancersconfig.html">AWS::EC2::SpotFleet.ClassicLoadBalancersConfig</a>
   */
  @Value.Immutable
  interface ClassicLoadBalancersConfig extends PropertyValue {

    /** Required. One or more Classic Load Balancers. */
    Expr classicLoadBalancers();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ClassicLoadBalancers", classicLoadBalancers())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ClassicLoadBalancersConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSpotFleet.ClassicLoadBalancersConfig.Builder {

      public Builder classicLoadBalancers(List<? extends Expr> values) {
        classicLoadBalancers(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.CpuPerformanceFactorRequest}: The CPU performance to consider, using
   * an instance family as the baseline reference.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-cpuperformancefactorrequest.html">AWS::EC2::SpotFleet.CpuPerformanceFactorRequest</a>
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
    final class Builder extends ImmutableSpotFleet.CpuPerformanceFactorRequest.Builder {

      public Builder references(List<? extends Expr> values) {
        references(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.EbsBlockDevice}: Describes a block device for an EBS volume.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-ebsblockdevice.html">AWS::EC2::SpotFleet.EbsBlockDevice</a>
   */
  @Value.Immutable
  interface EbsBlockDevice extends PropertyValue {

    /** Values CloudFormation accepts for {@code VolumeType}. */
    String VOLUME_TYPE_GP2 = "gp2";
    String VOLUME_TYPE_GP3 = "gp3";
    String VOLUME_TYPE_IO1 = "io1";
    String VOLUME_TYPE_IO2 = "io2";
    String VOLUME_TYPE_SC1 = "sc1";
    String VOLUME_TYPE_ST1 = "st1";
    String VOLUME_TYPE_STANDARD = "standard";

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
     * Encryption](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html#encryption-parameters)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> encrypted();

    /**
     * The number of I/O operations per second (IOPS). For `gp3` , `io1` , and `io2` volumes, this
     * represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this
     * represents the baseline performance of the volume and the rate at which the volume
     * accumulates I/O credits for bursting.
     */
    Optional<Expr> iops();

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
          .put("SnapshotId", snapshotId())
          .put("VolumeSize", volumeSize())
          .put("VolumeType", volumeType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EbsBlockDevice}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSpotFleet.EbsBlockDevice.Builder {

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
   * {@code AWS::EC2::SpotFleet.FleetLaunchTemplateSpecification}: Specifies the launch template to
   * be used by the Spot Fleet request for configuring Amazon EC2 instances.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-fleetlaunchtemplatespecification.html">AWS::EC2::SpotFleet.FleetLaunchTemplateSpecification</a>
   */
  @Value.Immutable
  interface FleetLaunchTemplateSpecification extends PropertyValue {

    /** The ID of the launch template. */
    Optional<Expr> launchTemplateId();

    /** The name of the launch template. */
    Optional<Expr> launchTemplateName();

    /** Required. The version number of the launch template. */
    Expr version();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LaunchTemplateId", launchTemplateId())
          .put("LaunchTemplateName", launchTemplateName())
          .put("Version", version())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FleetLaunchTemplateSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.FleetLaunchTemplateSpecification.Builder {

      public Builder launchTemplateId(String value) {
        launchTemplateId(Expr.of(value));
        return this;
      }

      public Builder launchTemplateName(String value) {
        launchTemplateName(Expr.of(value));
        return this;
      }

      public Builder version(String value) {
        version(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.GroupIdentifier}: Describes a security group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-groupidentifier.html">AWS::EC2::SpotFleet.GroupIdentifier</a>
   */
  @Value.Immutable
  interface GroupIdentifier extends PropertyValue {

    /** Required. The ID of the security group. */
    Expr groupId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("GroupId", groupId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link GroupIdentifier}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSpotFleet.GroupIdentifier.Builder {

      public Builder groupId(String value) {
        groupId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.IamInstanceProfileSpecification}: Describes an IAM instance profile.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-iaminstanceprofilespecification.html">AWS::EC2::SpotFleet.IamInstanceProfileSpecification</a>
   */
  @Value.Immutable
  interface IamInstanceProfileSpecification extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the instance profile. */
    Optional<Expr> arn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IamInstanceProfileSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.IamInstanceProfileSpecification.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.InstanceIpv6Address}: Describes an IPv6 address.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-instanceipv6address.html">AWS::EC2::SpotFleet.InstanceIpv6Address</a>
   */
  @Value.Immutable
  interface InstanceIpv6Address extends PropertyValue {

    /** Required. The IPv6 address. */
    Expr ipv6Address();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ipv6Address", ipv6Address())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceIpv6Address}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.InstanceIpv6Address.Builder {

      public Builder ipv6Address(String value) {
        ipv6Address(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.InstanceNetworkInterfaceSpecification}: Describes a network
   * interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-instancenetworkinterfacespecification.html">AWS::EC2::SpotFleet.InstanceNetworkInterfaceSpecification</a>
   */
  @Value.Immutable
  interface InstanceNetworkInterfaceSpecification extends PropertyValue {

    /**
     * Indicates whether to assign a public IPv4 address to an instance you launch in a VPC. The
     * public IP address can only be assigned to a network interface for eth0, and can only be
     * assigned to a new network interface, not an existing one. You cannot specify more than one
     * network interface in the request. If launching into a default subnet, the default value is
     * `true` .
     */
    Optional<Expr> associatePublicIpAddress();

    /** Indicates whether the network interface is deleted when the instance is terminated. */
    Optional<Expr> deleteOnTermination();

    /**
     * The description of the network interface. Applies only if creating a network interface when
     * launching an instance.
     */
    Optional<Expr> description();

    /**
     * The position of the network interface in the attachment order. A primary network interface
     * has a device index of 0.
     */
    Optional<Expr> deviceIndex();

    /**
     * The IDs of the security groups for the network interface. Applies only if creating a network
     * interface when launching an instance.
     */
    Optional<Expr> groups();

    /**
     * A number of IPv6 addresses to assign to the network interface. Amazon EC2 chooses the IPv6
     * addresses from the range of the subnet. You cannot specify this option and the option to
     * assign specific IPv6 addresses in the same request. You can specify this option if you've
     * specified a minimum number of instances to launch.
     */
    Optional<Expr> ipv6AddressCount();

    /**
     * The IPv6 addresses to assign to the network interface. You cannot specify this option and the
     * option to assign a number of IPv6 addresses in the same request. You cannot specify this
     * option if you've specified a minimum number of instances to launch.
     */
    Optional<Expr> ipv6Addresses();

    /** The ID of the network interface. */
    Optional<Expr> networkInterfaceId();

    /**
     * The private IPv4 addresses to assign to the network interface. Only one private IPv4 address
     * can be designated as primary. You cannot specify this option if you're launching more than
     * one instance in a
     * [RunInstances](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html)
     * request.
     */
    Optional<Expr> privateIpAddresses();

    /**
     * The number of secondary private IPv4 addresses. You can’t specify this parameter and also
     * specify a secondary private IP address using the `PrivateIpAddress` parameter.
     */
    Optional<Expr> secondaryPrivateIpAddressCount();

    /** The ID of the subnet associated with the network interface. */
    Optional<Expr> subnetId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AssociatePublicIpAddress", associatePublicIpAddress())
          .put("DeleteOnTermination", deleteOnTermination())
          .put("Description", description())
          .put("DeviceIndex", deviceIndex())
          .put("Groups", groups())
          .put("Ipv6AddressCount", ipv6AddressCount())
          .put("Ipv6Addresses", ipv6Addresses())
          .put("NetworkInterfaceId", networkInterfaceId())
          .put("PrivateIpAddresses", privateIpAddresses())
          .put("SecondaryPrivateIpAddressCount", secondaryPrivateIpAddressCount())
          .put("SubnetId", subnetId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceNetworkInterfaceSpecification}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.InstanceNetworkInterfaceSpecification.Builder {

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

      public Builder ipv6AddressCount(long value) {
        ipv6AddressCount(Expr.of(value));
        return this;
      }

      public Builder ipv6Addresses(List<? extends Expr> values) {
        ipv6Addresses(Expr.list(values));
        return this;
      }

      public Builder networkInterfaceId(String value) {
        networkInterfaceId(Expr.of(value));
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
   * {@code AWS::EC2::SpotFleet.InstanceRequirementsRequest}: The attributes for the instance types.
   * When you specify instance attributes, Amazon EC2 will identify instance types with these
   * attributes.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-instancerequirementsrequest.html">AWS::EC2::SpotFleet.InstanceRequirementsRequest</a>
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
    final class Builder extends ImmutableSpotFleet.InstanceRequirementsRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.LaunchTemplateConfig}: Specifies a launch template and overrides.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-launchtemplateconfig.html">AWS::EC2::SpotFleet.LaunchTemplateConfig</a>
   */
  @Value.Immutable
  interface LaunchTemplateConfig extends PropertyValue {

    /**
     * The launch template to use. Make sure that the launch template does not contain the
     * `NetworkInterfaceId` parameter because you can't specify a network interface ID in a Spot
     * Fleet.
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
     * Builds a {@link LaunchTemplateConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.LaunchTemplateConfig.Builder {

      public Builder overrides(List<? extends Expr> values) {
        overrides(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.LaunchTemplateOverrides}: Specifies overrides for a launch template.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-launchtemplateoverrides.html">AWS::EC2::SpotFleet.LaunchTemplateOverrides</a>
   */
  @Value.Immutable
  interface LaunchTemplateOverrides extends PropertyValue {

    /** The Availability Zone in which to launch the instances. For example, `us-east-2a` . */
    Optional<Expr> availabilityZone();

    /**
     * The ID of the Availability Zone in which to launch the instances. For example, `use2-az1` .
     */
    Optional<Expr> availabilityZoneId();

    /**
     * The instance requirements. When you specify instance requirements, Amazon EC2 will identify
     * instance types with the provided requirements, and then use your On-Demand and Spot
     * allocation strategies to launch instances from these instance types, in the same way as when
     * you specify a list of instance types.
     */
    Optional<Expr> instanceRequirements();

    /** The instance type. */
    Optional<Expr> instanceType();

    /** The priority for the launch template override. The highest priority is launched first. */
    Optional<Expr> priority();

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     */
    Optional<Expr> spotPrice();

    /** The ID of the subnet in which to launch the instances. */
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
          .put("InstanceRequirements", instanceRequirements())
          .put("InstanceType", instanceType())
          .put("Priority", priority())
          .put("SpotPrice", spotPrice())
          .put("SubnetId", subnetId())
          .put("WeightedCapacity", weightedCapacity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LaunchTemplateOverrides}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSpotFleet.LaunchTemplateOverrides.Builder {

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
        return this;
      }

      public Builder availabilityZoneId(String value) {
        availabilityZoneId(Expr.of(value));
        return this;
      }

      public Builder instanceType(String value) {
        instanceType(Expr.of(value));
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

      public Builder spotPrice(String value) {
        spotPrice(Expr.of(value));
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
   * {@code AWS::EC2::SpotFleet.LoadBalancersConfig}: Specifies the Classic Load Balancers and
   * target groups to attach to a Spot Fleet request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-loadbalancersconfig.html">AWS::EC2::SpotFleet.LoadBalancersConfig</a>
   */
  @Value.Immutable
  interface LoadBalancersConfig extends PropertyValue {

    /** The Classic Load Balancers. */
    Optional<Expr> classicLoadBalancersConfig();

    /** The target groups. */
    Optional<Expr> targetGroupsConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ClassicLoadBalancersConfig", classicLoadBalancersConfig())
          .put("TargetGroupsConfig", targetGroupsConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LoadBalancersConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.LoadBalancersConfig.Builder {
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.MemoryGiBPerVCpuRequest}: The minimum and maximum amount of memory
   * per vCPU, in GiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-memorygibpervcpurequest.html">AWS::EC2::SpotFleet.MemoryGiBPerVCpuRequest</a>
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
    final class Builder extends ImmutableSpotFleet.MemoryGiBPerVCpuRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.MemoryMiBRequest}: The minimum and maximum amount of memory, in MiB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-memorymibrequest.html">AWS::EC2::SpotFleet.MemoryMiBRequest</a>
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
    final class Builder extends ImmutableSpotFleet.MemoryMiBRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.NetworkBandwidthGbpsRequest}: The minimum and maximum amount of
   * baseline network bandwidth, in gigabits per second (Gbps). For more information, see [Amazon
   * EC2 instance network
   * bandwidth](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-network-bandwidth.html)
   * in the *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-networkbandwidthgbpsrequest.html">AWS::EC2::SpotFleet.NetworkBandwidthGbpsRequest</a>
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
    final class Builder extends ImmutableSpotFleet.NetworkBandwidthGbpsRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.NetworkInterfaceCountRequest}: The minimum and maximum number of
   * network interfaces.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-networkinterfacecountrequest.html">AWS::EC2::SpotFleet.NetworkInterfaceCountRequest</a>
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
    final class Builder extends ImmutableSpotFleet.NetworkInterfaceCountRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.PerformanceFactorReferenceRequest}: Specify an instance family to
   * use as the baseline reference for CPU performance. All instance types that match your specified
   * attributes will be compared against the CPU performance of the referenced instance family,
   * regardless of CPU manufacturer or architecture.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-performancefactorreferencerequest.html">AWS::EC2::SpotFleet.PerformanceFactorReferenceRequest</a>
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
    final class Builder extends ImmutableSpotFleet.PerformanceFactorReferenceRequest.Builder {

      public Builder instanceFamily(String value) {
        instanceFamily(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.PrivateIpAddressSpecification}: Describes a secondary private IPv4
   * address for a network interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-privateipaddressspecification.html">AWS::EC2::SpotFleet.PrivateIpAddressSpecification</a>
   */
  @Value.Immutable
  interface PrivateIpAddressSpecification extends PropertyValue {

    /**
     * Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4
     * address can be designated as primary.
     */
    Optional<Expr> primary();

    /** Required. The private IPv4 address. */
    Expr privateIpAddress();

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
     * Builds a {@link PrivateIpAddressSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSpotFleet.PrivateIpAddressSpecification.Builder {

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
   * {@code AWS::EC2::SpotFleet.SpotCapacityRebalance}: The Spot Instance replacement strategy to
   * use when Amazon EC2 emits a signal that your Spot Instance is at an elevated risk of being
   * interrupted. For more information, see [Capacity
   * rebalancing](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-capacity-rebalance.html)
   * in the *Amazon EC2 User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-spotcapacityrebalance.html">AWS::EC2::SpotFleet.SpotCapacityRebalance</a>
   */
  @Value.Immutable
  interface SpotCapacityRebalance extends PropertyValue {

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

    /**
     * Builds a {@link SpotCapacityRebalance}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.SpotCapacityRebalance.Builder {

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
   * {@code AWS::EC2::SpotFleet.SpotFleetLaunchSpecification}: Specifies the launch specification
   * for one or more Spot Instances. If you include On-Demand capacity in your fleet request, you
   * can't use `SpotFleetLaunchSpecification` ; you must use
   * [LaunchTemplateConfig](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-spotfleet-launchtemplateconfig.html)
   * .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-spotfleetlaunchspecification.html">AWS::EC2::SpotFleet.SpotFleetLaunchSpecification</a>
   */
  @Value.Immutable
  interface SpotFleetLaunchSpecification extends PropertyValue {

    /**
     * One or more block devices that are mapped to the Spot Instances. You can't specify both a
     * snapshot ID and an encryption value. This is because only blank volumes can be encrypted on
     * creation. If a snapshot is the basis for a volume, it is not blank and its encryption status
     * is used for the volume encryption status.
     */
    Optional<Expr> blockDeviceMappings();

    /**
     * Indicates whether the instances are optimized for EBS I/O. This optimization provides
     * dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal
     * EBS I/O performance. This optimization isn't available with all instance types. Additional
     * usage charges apply when using an EBS Optimized instance.
     */
    Optional<Expr> ebsOptimized();

    /** The IAM instance profile. */
    Optional<Expr> iamInstanceProfile();

    /** Required. The ID of the AMI. */
    Expr imageId();

    /**
     * The attributes for the instance types. When you specify instance attributes, Amazon EC2 will
     * identify instance types with those attributes.
     */
    Optional<Expr> instanceRequirements();

    /** The instance type. */
    Optional<Expr> instanceType();

    /** The ID of the kernel. */
    Optional<Expr> kernelId();

    /** The name of the key pair. */
    Optional<Expr> keyName();

    /** Enable or disable monitoring for the instances. */
    Optional<Expr> monitoring();

    /** The network interfaces. */
    Optional<Expr> networkInterfaces();

    /** The placement information. */
    Optional<Expr> placement();

    /**
     * The ID of the RAM disk. Some kernels require additional drivers at launch. Check the kernel
     * requirements for information about whether you need to specify a RAM disk. To find kernel
     * requirements, refer to the AWS Resource Center and search for the kernel ID.
     */
    Optional<Expr> ramdiskId();

    /** The security groups. */
    Optional<Expr> securityGroups();

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     */
    Optional<Expr> spotPrice();

    /**
     * The IDs of the subnets in which to launch the instances. To specify multiple subnets,
     * separate them using commas; for example, "subnet-1234abcdeexample1,
     * subnet-0987cdef6example2".
     */
    Optional<Expr> subnetId();

    /** The tags to apply during creation. */
    Optional<Expr> tagSpecifications();

    /**
     * The base64-encoded user data that instances use when starting up. User data is limited to 16
     * KB.
     */
    Optional<Expr> userData();

    /**
     * The number of units provided by the specified instance type. These are the same units that
     * you chose to set the target capacity in terms of instances, or a performance characteristic
     * such as vCPUs, memory, or I/O.
     */
    Optional<Expr> weightedCapacity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BlockDeviceMappings", blockDeviceMappings())
          .put("EbsOptimized", ebsOptimized())
          .put("IamInstanceProfile", iamInstanceProfile())
          .put("ImageId", imageId())
          .put("InstanceRequirements", instanceRequirements())
          .put("InstanceType", instanceType())
          .put("KernelId", kernelId())
          .put("KeyName", keyName())
          .put("Monitoring", monitoring())
          .put("NetworkInterfaces", networkInterfaces())
          .put("Placement", placement())
          .put("RamdiskId", ramdiskId())
          .put("SecurityGroups", securityGroups())
          .put("SpotPrice", spotPrice())
          .put("SubnetId", subnetId())
          .put("TagSpecifications", tagSpecifications())
          .put("UserData", userData())
          .put("WeightedCapacity", weightedCapacity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SpotFleetLaunchSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSpotFleet.SpotFleetLaunchSpecification.Builder {

      public Builder blockDeviceMappings(List<? extends Expr> values) {
        blockDeviceMappings(Expr.list(values));
        return this;
      }

      public Builder ebsOptimized(boolean value) {
        ebsOptimized(Expr.of(value));
        return this;
      }

      public Builder imageId(String value) {
        imageId(Expr.of(value));
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

      public Builder networkInterfaces(List<? extends Expr> values) {
        networkInterfaces(Expr.list(values));
        return this;
      }

      public Builder ramdiskId(String value) {
        ramdiskId(Expr.of(value));
        return this;
      }

      public Builder securityGroups(List<? extends Expr> values) {
        securityGroups(Expr.list(values));
        return this;
      }

      public Builder spotPrice(String value) {
        spotPrice(Expr.of(value));
        return this;
      }

      public Builder subnetId(String value) {
        subnetId(Expr.of(value));
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
   * {@code AWS::EC2::SpotFleet.SpotFleetMonitoring}: Describes whether monitoring is enabled.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-spotfleetmonitoring.html">AWS::EC2::SpotFleet.SpotFleetMonitoring</a>
   */
  @Value.Immutable
  interface SpotFleetMonitoring extends PropertyValue {

    /** Enables monitoring for the instance. */
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

    /**
     * Builds a {@link SpotFleetMonitoring}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableSpotFleet.SpotFleetMonitoring.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.SpotFleetRequestConfigData}: Specifies the configuration of a Spot
   * Fleet request. For more information, see [Spot
   * Fleet](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet.html) in the *Amazon EC2
   * User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-spotfleetrequestconfigdata.html">AWS::EC2::SpotFleet.SpotFleetRequestConfigData</a>
   */
  @Value.Immutable
  interface SpotFleetRequestConfigData extends PropertyValue {

    /** Values CloudFormation accepts for {@code AllocationStrategy}. */
    String ALLOCATION_STRATEGY_CAPACITY_OPTIMIZED = "capacityOptimized";
    String ALLOCATION_STRATEGY_CAPACITY_OPTIMIZED_PRIORITIZED = "capacityOptimizedPrioritized";
    String ALLOCATION_STRATEGY_DIVERSIFIED = "diversified";
    String ALLOCATION_STRATEGY_LOWEST_PRICE = "lowestPrice";
    String ALLOCATION_STRATEGY_PRICE_CAPACITY_OPTIMIZED = "priceCapacityOptimized";

    /** Values CloudFormation accepts for {@code ExcessCapacityTerminationPolicy}. */
    String EXCESS_CAPACITY_TERMINATION_POLICY_DEFAULT = "Default";
    String EXCESS_CAPACITY_TERMINATION_POLICY_NO_TERMINATION = "NoTermination";

    /** Values CloudFormation accepts for {@code InstanceInterruptionBehavior}. */
    String INSTANCE_INTERRUPTION_BEHAVIOR_HIBERNATE = "hibernate";
    String INSTANCE_INTERRUPTION_BEHAVIOR_STOP = "stop";
    String INSTANCE_INTERRUPTION_BEHAVIOR_TERMINATE = "terminate";

    /** Values CloudFormation accepts for {@code TargetCapacityUnitType}. */
    String TARGET_CAPACITY_UNIT_TYPE_VCPU = "vcpu";
    String TARGET_CAPACITY_UNIT_TYPE_MEMORY_MIB = "memory-mib";
    String TARGET_CAPACITY_UNIT_TYPE_UNITS = "units";

    /** Values CloudFormation accepts for {@code Type}. */
    String TYPE_MAINTAIN = "maintain";
    String TYPE_REQUEST = "request";

    /**
     * The strategy that determines how to allocate the target Spot Instance capacity across the
     * Spot Instance pools specified by the Spot Fleet launch configuration. For more information,
     * see [Allocation strategies for Spot
     * Instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-allocation-strategy.html)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> allocationStrategy();

    /** Reserved. */
    Optional<Expr> context();

    /**
     * Indicates whether running Spot Instances should be terminated if you decrease the target
     * capacity of the Spot Fleet request below the current size of the Spot Fleet.
     */
    Optional<Expr> excessCapacityTerminationPolicy();

    /**
     * Required. The Amazon Resource Name (ARN) of an AWS Identity and Access Management (IAM) role
     * that grants the Spot Fleet the permission to request, launch, terminate, and tag instances on
     * your behalf. For more information, see [Spot Fleet
     * Prerequisites](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-requests.html#spot-fleet-prerequisites)
     * in the *Amazon EC2 User Guide* . Spot Fleet can terminate Spot Instances on your behalf when
     * you cancel its Spot Fleet request or when the Spot Fleet request expires, if you set
     * `TerminateInstancesWithExpiration` .
     */
    Expr iamFleetRole();

    /** The behavior when a Spot Instance is interrupted. The default is `terminate` . */
    Optional<Expr> instanceInterruptionBehavior();

    /**
     * The number of Spot pools across which to allocate your target Spot capacity. Valid only when
     * Spot *AllocationStrategy* is set to `lowest-price` . Spot Fleet selects the cheapest Spot
     * pools and evenly allocates your target Spot capacity across the number of Spot pools that you
     * specify.
     */
    Optional<Expr> instancePoolsToUseCount();

    /**
     * The launch specifications for the Spot Fleet request. If you specify `LaunchSpecifications` ,
     * you can't specify `LaunchTemplateConfigs` .
     */
    Optional<Expr> launchSpecifications();

    /**
     * The launch template and overrides. If you specify `LaunchTemplateConfigs` , you can't specify
     * `LaunchSpecifications` .
     */
    Optional<Expr> launchTemplateConfigs();

    /**
     * One or more Classic Load Balancers and target groups to attach to the Spot Fleet request.
     * Spot Fleet registers the running Spot Instances with the specified Classic Load Balancers and
     * target groups.
     */
    Optional<Expr> loadBalancersConfig();

    /**
     * The order of the launch template overrides to use in fulfilling On-Demand capacity. If you
     * specify `lowestPrice` , Spot Fleet uses price to determine the order, launching the lowest
     * price first. If you specify `prioritized` , Spot Fleet uses the priority that you assign to
     * each Spot Fleet launch template override, launching the highest priority first. If you do not
     * specify a value, Spot Fleet defaults to `lowestPrice` .
     */
    Optional<Expr> onDemandAllocationStrategy();

    /**
     * The maximum amount per hour for On-Demand Instances that you're willing to pay. You can use
     * the `onDemandMaxTotalPrice` parameter, the `spotMaxTotalPrice` parameter, or both parameters
     * to ensure that your fleet cost does not exceed your budget. If you set a maximum price per
     * hour for the On-Demand Instances and Spot Instances in your request, Spot Fleet will launch
     * instances until it reaches the maximum amount you're willing to pay. When the maximum amount
     * you're willing to pay is reached, the fleet stops launching instances even if it hasn’t met
     * the target capacity.
     */
    Optional<Expr> onDemandMaxTotalPrice();

    /**
     * The number of On-Demand units to request. You can choose to set the target capacity in terms
     * of instances or a performance characteristic that is important to your application workload,
     * such as vCPUs, memory, or I/O. If the request type is `maintain` , you can specify a target
     * capacity of 0 and add capacity later.
     */
    Optional<Expr> onDemandTargetCapacity();

    /** Indicates whether Spot Fleet should replace unhealthy instances. */
    Optional<Expr> replaceUnhealthyInstances();

    /**
     * The strategies for managing your Spot Instances that are at an elevated risk of being
     * interrupted.
     */
    Optional<Expr> spotMaintenanceStrategies();

    /**
     * The maximum amount per hour for Spot Instances that you're willing to pay. You can use the
     * `spotMaxTotalPrice` parameter, the `onDemandMaxTotalPrice` parameter, or both parameters to
     * ensure that your fleet cost does not exceed your budget. If you set a maximum price per hour
     * for the On-Demand Instances and Spot Instances in your request, Spot Fleet will launch
     * instances until it reaches the maximum amount you're willing to pay. When the maximum amount
     * you're willing to pay is reached, the fleet stops launching instances even if it hasn’t met
     * the target capacity.
     */
    Optional<Expr> spotMaxTotalPrice();

    /**
     * The maximum price per unit hour that you are willing to pay for a Spot Instance. We do not
     * recommend using this parameter because it can lead to increased interruptions. If you do not
     * specify this parameter, you will pay the current Spot price.
     */
    Optional<Expr> spotPrice();

    /**
     * The key-value pair for tagging the Spot Fleet request on creation. The value for
     * `ResourceType` must be `spot-fleet-request` , otherwise the Spot Fleet request fails. To tag
     * instances at launch, specify the tags in the [launch
     * template](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html#create-launch-template)
     * (valid only if you use `LaunchTemplateConfigs` ) or in the
     * `[SpotFleetTagSpecification](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SpotFleetTagSpecification.html)`
     * (valid only if you use `LaunchSpecifications` ). For information about tagging after launch,
     * see [Tag your
     * resources](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#tag-resources)
     * .
     */
    Optional<Expr> tagSpecifications();

    /**
     * Required. The number of units to request for the Spot Fleet. You can choose to set the target
     * capacity in terms of instances or a performance characteristic that is important to your
     * application workload, such as vCPUs, memory, or I/O. If the request type is `maintain` , you
     * can specify a target capacity of 0 and add capacity later.
     */
    Expr targetCapacity();

    /**
     * The unit for the target capacity. You can specify this parameter only when using
     * attribute-based instance type selection.
     */
    Optional<Expr> targetCapacityUnitType();

    /**
     * Indicates whether running Spot Instances are terminated when the Spot Fleet request expires.
     */
    Optional<Expr> terminateInstancesWithExpiration();

    /**
     * The type of request. Indicates whether the Spot Fleet only requests the target capacity or
     * also attempts to maintain it. When this value is `request` , the Spot Fleet only places the
     * required requests. It does not attempt to replenish Spot Instances if capacity is diminished,
     * nor does it submit requests in alternative Spot pools if capacity is not available. When this
     * value is `maintain` , the Spot Fleet maintains the target capacity. The Spot Fleet places the
     * required requests to meet capacity and automatically replenishes any interrupted instances.
     * Default: `maintain` . `instant` is listed but is not used by Spot Fleet.
     */
    Optional<Expr> type();

    /**
     * The start date and time of the request, in UTC format ( *YYYY* - *MM* - *DD* T *HH* : *MM* :
     * *SS* Z). By default, Amazon EC2 starts fulfilling the request immediately.
     */
    Optional<Expr> validFrom();

    /**
     * The end date and time of the request, in UTC format ( *YYYY* - *MM* - *DD* T *HH* : *MM* :
     * *SS* Z). After the end date and time, no new Spot Instance requests are placed or able to
     * fulfill the request. If no value is specified, the Spot Fleet request remains until you
     * cancel it.
     */
    Optional<Expr> validUntil();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllocationStrategy", allocationStrategy())
          .put("Context", context())
          .put("ExcessCapacityTerminationPolicy", excessCapacityTerminationPolicy())
          .put("IamFleetRole", iamFleetRole())
          .put("InstanceInterruptionBehavior", instanceInterruptionBehavior())
          .put("InstancePoolsToUseCount", instancePoolsToUseCount())
          .put("LaunchSpecifications", launchSpecifications())
          .put("LaunchTemplateConfigs", launchTemplateConfigs())
          .put("LoadBalancersConfig", loadBalancersConfig())
          .put("OnDemandAllocationStrategy", onDemandAllocationStrategy())
          .put("OnDemandMaxTotalPrice", onDemandMaxTotalPrice())
          .put("OnDemandTargetCapacity", onDemandTargetCapacity())
          .put("ReplaceUnhealthyInstances", replaceUnhealthyInstances())
          .put("SpotMaintenanceStrategies", spotMaintenanceStrategies())
          .put("SpotMaxTotalPrice", spotMaxTotalPrice())
          .put("SpotPrice", spotPrice())
          .put("TagSpecifications", tagSpecifications())
          .put("TargetCapacity", targetCapacity())
          .put("TargetCapacityUnitType", targetCapacityUnitType())
          .put("TerminateInstancesWithExpiration", terminateInstancesWithExpiration())
          .put("Type", type())
          .put("ValidFrom", validFrom())
          .put("ValidUntil", validUntil())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SpotFleetRequestConfigData}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSpotFleet.SpotFleetRequestConfigData.Builder {

      public Builder allocationStrategy(String value) {
        allocationStrategy(Expr.of(value));
        return this;
      }

      public Builder context(String value) {
        context(Expr.of(value));
        return this;
      }

      public Builder excessCapacityTerminationPolicy(String value) {
        excessCapacityTerminationPolicy(Expr.of(value));
        return this;
      }

      public Builder iamFleetRole(String value) {
        iamFleetRole(Expr.of(value));
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

      public Builder launchSpecifications(List<? extends Expr> values) {
        launchSpecifications(Expr.list(values));
        return this;
      }

      public Builder launchTemplateConfigs(List<? extends Expr> values) {
        launchTemplateConfigs(Expr.list(values));
        return this;
      }

      public Builder onDemandAllocationStrategy(String value) {
        onDemandAllocationStrategy(Expr.of(value));
        return this;
      }

      public Builder onDemandMaxTotalPrice(String value) {
        onDemandMaxTotalPrice(Expr.of(value));
        return this;
      }

      public Builder onDemandTargetCapacity(long value) {
        onDemandTargetCapacity(Expr.of(value));
        return this;
      }

      public Builder replaceUnhealthyInstances(boolean value) {
        replaceUnhealthyInstances(Expr.of(value));
        return this;
      }

      public Builder spotMaxTotalPrice(String value) {
        spotMaxTotalPrice(Expr.of(value));
        return this;
      }

      public Builder spotPrice(String value) {
        spotPrice(Expr.of(value));
        return this;
      }

      public Builder tagSpecifications(List<? extends Expr> values) {
        tagSpecifications(Expr.list(values));
        return this;
      }

      public Builder targetCapacity(long value) {
        targetCapacity(Expr.of(value));
        return this;
      }

      public Builder targetCapacityUnitType(String value) {
        targetCapacityUnitType(Expr.of(value));
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
  }

  /**
   * {@code AWS::EC2::SpotFleet.SpotFleetTagSpecification}: The tags for a Spot Fleet resource.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-spotfleettagspecification.html">AWS::EC2::SpotFleet.SpotFleetTagSpecification</a>
   */
  @Value.Immutable
  interface SpotFleetTagSpecification extends PropertyValue {

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

    /**
     * The type of resource. Currently, the only resource type that is supported is `instance` . To
     * tag the Spot Fleet request on creation, use the `TagSpecifications` parameter in
     * `[SpotFleetRequestConfigData](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SpotFleetRequestConfigData.html)`
     * .
     */
    Optional<Expr> resourceTypeValue();

    /** The tags. */
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
     * Builds a {@link SpotFleetTagSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSpotFleet.SpotFleetTagSpecification.Builder {

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
   * {@code AWS::EC2::SpotFleet.SpotMaintenanceStrategies}: The strategies for managing your Spot
   * Instances that are at an elevated risk of being interrupted.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-spotmaintenancestrategies.html">AWS::EC2::SpotFleet.SpotMaintenanceStrategies</a>
   */
  @Value.Immutable
  interface SpotMaintenanceStrategies extends PropertyValue {

    /**
     * The Spot Instance replacement strategy to use when Amazon EC2 emits a signal that your Spot
     * Instance is at an elevated risk of being interrupted. For more information, see [Capacity
     * rebalancing](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-fleet-capacity-rebalance.html)
     * in the *Amazon EC2 User Guide* .
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
     * Builds a {@link SpotMaintenanceStrategies}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableSpotFleet.SpotMaintenanceStrategies.Builder {
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.SpotPlacement}: Describes Spot Instance placement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-spotplacement.html">AWS::EC2::SpotFleet.SpotPlacement</a>
   */
  @Value.Immutable
  interface SpotPlacement extends PropertyValue {

    /** Values CloudFormation accepts for {@code Tenancy}. */
    String TENANCY_DEDICATED = "dedicated";
    String TENANCY_DEFAULT = "default";
    String TENANCY_HOST = "host";

    /** The Availability Zone. */
    Optional<Expr> availabilityZone();

    /** The ID of the Availability Zone. For example, `use2-az1` . */
    Optional<Expr> availabilityZoneId();

    /** The name of the placement group. */
    Optional<Expr> groupName();

    /**
     * The tenancy of the instance (if the instance is running in a VPC). An instance with a tenancy
     * of `dedicated` runs on single-tenant hardware. The `host` tenancy is not supported for Spot
     * Instances.
     */
    Optional<Expr> tenancy();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AvailabilityZone", availabilityZone())
          .put("AvailabilityZoneId", availabilityZoneId())
          .put("GroupName", groupName())
          .put("Tenancy", tenancy())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SpotPlacement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSpotFleet.SpotPlacement.Builder {

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
        return this;
      }

      public Builder availabilityZoneId(String value) {
        availabilityZoneId(Expr.of(value));
        return this;
      }

      public Builder groupName(String value) {
        groupName(Expr.of(value));
        return this;
      }

      public Builder tenancy(String value) {
        tenancy(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.TargetGroup}: Describes a load balancer target group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-targetgroup.html">AWS::EC2::SpotFleet.TargetGroup</a>
   */
  @Value.Immutable
  interface TargetGroup extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the target group. */
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

    /** Builds a {@link TargetGroup}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSpotFleet.TargetGroup.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.TargetGroupsConfig}: Describes the target groups to attach to a Spot
   * Fleet. Spot Fleet registers the running Spot Instances with these target groups.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-targetgroupsconfig.html">AWS::EC2::SpotFleet.TargetGroupsConfig</a>
   */
  @Value.Immutable
  interface TargetGroupsConfig extends PropertyValue {

    /** Required. One or more target groups. */
    Expr targetGroups();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TargetGroups", targetGroups())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TargetGroupsConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSpotFleet.TargetGroupsConfig.Builder {

      public Builder targetGroups(List<? extends Expr> values) {
        targetGroups(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::SpotFleet.TotalLocalStorageGBRequest}: The minimum and maximum amount of total
   * local storage, in GB.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-totallocalstoragegbrequest.html">AWS::EC2::SpotFleet.TotalLocalStorageGBRequest</a>
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
    final class Builder extends ImmutableSpotFleet.TotalLocalStorageGBRequest.Builder {

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
   * {@code AWS::EC2::SpotFleet.VCpuCountRangeRequest}: The minimum and maximum number of vCPUs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-spotfleet-vcpucountrangerequest.html">AWS::EC2::SpotFleet.VCpuCountRangeRequest</a>
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
    final class Builder extends ImmutableSpotFleet.VCpuCountRangeRequest.Builder {

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
