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
 * {@code AWS::EC2::Instance}: Specifies an EC2 instance.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-instance.html">AWS::EC2::Instance</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Instance extends Resource {

  String TYPE = "AWS::EC2::Instance";

  /** Values CloudFormation accepts for {@code Affinity}. */
  String AFFINITY_DEFAULT = "default";
  String AFFINITY_HOST = "host";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * This property is reserved for internal use. If you use it, the stack fails with this error:
   * `Bad property set: [Testing this property] (Service: AmazonEC2; Status Code: 400; Error Code:
   * InvalidParameterCombination; Request ID: 0XXXXXX-49c7-4b40-8bcc-76885dcXXXXX)` .
   */
  Optional<Expr> additionalInfo();

  /**
   * Indicates whether the instance is associated with a dedicated host. If you want the instance to
   * always restart on the same host on which it was launched, specify `host` . If you want the
   * instance to restart on any available host, but try to launch onto the last host it ran on (on a
   * best-effort basis), specify `default` .
   */
  Optional<Expr> affinity();

  /** The Availability Zone of the instance. */
  Optional<Expr> availabilityZone();

  /**
   * The block device mapping entries that defines the block devices to attach to the instance at
   * launch.
   */
  Optional<Expr> blockDeviceMappings();

  /**
   * The CPU options for the instance. For more information, see [Optimize CPU
   * options](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html) in the
   * *Amazon Elastic Compute Cloud User Guide* .
   */
  Optional<Expr> cpuOptions();

  /**
   * The credit option for CPU usage of the burstable performance instance. Valid values are
   * `standard` and `unlimited` . To change this attribute after launch, use
   * [ModifyInstanceCreditSpecification](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceCreditSpecification.html)
   * . For more information, see [Burstable performance
   * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html)
   * in the *Amazon EC2 User Guide* .
   */
  Optional<Expr> creditSpecification();

  /**
   * Indicates whether termination protection is enabled for the instance. The default is `false` ,
   * which means that you can terminate the instance using the Amazon EC2 console, command line
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

  /** An elastic GPU to associate with the instance. */
  Optional<Expr> elasticGpuSpecifications();

  /** An elastic inference accelerator to associate with the instance. */
  Optional<Expr> elasticInferenceAccelerators();

  /** Indicates whether the instance is enabled for AWS Nitro Enclaves. */
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

  /**
   * If you specify host for the `Affinity` property, the ID of a dedicated host that the instance
   * is associated with. If you don't specify an ID, Amazon EC2 launches the instance onto any
   * available, compatible dedicated host in your account. This type of launch is called an
   * untargeted launch. Note that for untargeted launches, you must have a compatible, dedicated
   * host available to successfully launch instances.
   */
  Optional<Expr> hostId();

  /**
   * The ARN of the host resource group in which to launch the instances. If you specify a host
   * resource group ARN, omit the *Tenancy* parameter or set it to `host` .
   */
  Optional<Expr> hostResourceGroupArn();

  /**
   * The name of an IAM instance profile. To create a new IAM instance profile, use the
   * [AWS::IAM::InstanceProfile](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-instanceprofile.html)
   * resource.
   */
  Optional<Expr> iamInstanceProfile();

  /**
   * The ID of the AMI. An AMI ID is required to launch an instance and must be specified here or in
   * a launch template.
   */
  Optional<Expr> imageId();

  /**
   * Indicates whether an instance stops or terminates when you initiate shutdown from the instance
   * (using the operating system command for system shutdown).
   */
  Optional<Expr> instanceInitiatedShutdownBehavior();

  /**
   * The instance type. For more information, see [Instance
   * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html) in the *Amazon
   * EC2 User Guide* .
   */
  Optional<Expr> instanceType();

  /**
   * The number of IPv6 addresses to associate with the primary network interface. Amazon EC2
   * chooses the IPv6 addresses from the range of your subnet. You cannot specify this option and
   * the option to assign specific IPv6 addresses in the same request. You can specify this option
   * if you've specified a minimum number of instances to launch.
   */
  Optional<Expr> ipv6AddressCount();

  /**
   * The IPv6 addresses from the range of the subnet to associate with the primary network
   * interface. You cannot specify this option and the option to assign a number of IPv6 addresses
   * in the same request. You cannot specify this option if you've specified a minimum number of
   * instances to launch.
   */
  Optional<Expr> ipv6Addresses();

  /** The ID of the kernel. */
  Optional<Expr> kernelId();

  /**
   * The name of the key pair. For more information, see [Create a key pair for your EC2
   * instance](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-key-pairs.html) .
   */
  Optional<Expr> keyName();

  /**
   * The launch template. Any additional parameters that you specify for the new instance overwrite
   * the corresponding parameters included in the launch template.
   */
  Optional<Expr> launchTemplate();

  /** The license configurations. */
  Optional<Expr> licenseSpecifications();

  /** The metadata options for the instance. */
  Optional<Expr> metadataOptions();

  /**
   * Specifies whether detailed monitoring is enabled for the instance. Specify `true` to enable
   * detailed monitoring. Otherwise, basic monitoring is enabled. For more information about
   * detailed monitoring, see [Enable or turn off detailed monitoring for your
   * instances](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-cloudwatch-new.html) in
   * the *Amazon EC2 User Guide* .
   */
  Optional<Expr> monitoring();

  /** The network interfaces to associate with the instance. */
  Optional<Expr> networkInterfaces();

  /**
   * The name of an existing placement group that you want to launch the instance into (cluster |
   * partition | spread).
   */
  Optional<Expr> placementGroupName();

  /** The options for the instance hostname. */
  Optional<Expr> privateDnsNameOptions();

  /**
   * The primary IPv4 address. You must specify a value from the IPv4 address range of the subnet.
   */
  Optional<Expr> privateIpAddress();

  /**
   * Indicates whether to assign the tags specified in the `Tags` property to the volumes specified
   * in the `BlockDeviceMappings` property.
   */
  Optional<Expr> propagateTagsToVolumeOnCreation();

  /**
   * The ID of the RAM disk to select. Some kernels require additional drivers at launch. Check the
   * kernel requirements for information about whether you need to specify a RAM disk. To find
   * kernel requirements, go to the AWS Resource Center and search for the kernel ID.
   */
  Optional<Expr> ramdiskId();

  /**
   * The IDs of the security groups. You can specify the IDs of existing security groups and
   * references to resources created by the stack template.
   */
  Optional<Expr> securityGroupIds();

  /**
   * [Default VPC] The names of the security groups. For a nondefault VPC, you must use security
   * group IDs instead.
   */
  Optional<Expr> securityGroups();

  /**
   * Enable or disable source/destination checks, which ensure that the instance is either the
   * source or the destination of any traffic that it receives. If the value is `true` ,
   * source/destination checks are enabled; otherwise, they are disabled. The default value is
   * `true` . You must disable source/destination checks if the instance runs services such as
   * network address translation, routing, or firewalls.
   */
  Optional<Expr> sourceDestCheck();

  /**
   * The SSM
   * [document](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-document.html)
   * and parameter values in AWS Systems Manager to associate with this instance. To use this
   * property, you must specify an IAM instance profile role for the instance. For more information,
   * see [Create an IAM instance profile for Systems
   * Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-configuring-access-role.html)
   * in the *AWS Systems Manager User Guide* .
   */
  Optional<Expr> ssmAssociations();

  /** The ID of the subnet to launch the instance into. */
  Optional<Expr> subnetId();

  /**
   * The tags to add to the instance. These tags are not applied to the EBS volumes, such as the
   * root volume, unless
   * [PropagateTagsToVolumeOnCreation](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html#cfn-ec2-instance-propagatetagstovolumeoncreation)
   * is `true` .
   */
  Optional<Expr> tags();

  /**
   * The tenancy of the instance. An instance with a tenancy of `dedicated` runs on single-tenant
   * hardware.
   */
  Optional<Expr> tenancy();

  /**
   * The parameters or scripts to store as user data. Any scripts in user data are run when you
   * launch the instance. User data is limited to 16 KB. You must provide base64-encoded text. For
   * more information, see
   * [Fn::Base64](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-base64.html)
   * .
   */
  Optional<Expr> userData();

  /** The volumes to attach to the instance. */
  Optional<Expr> volumes();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AdditionalInfo", additionalInfo())
        .put("Affinity", affinity())
        .put("AvailabilityZone", availabilityZone())
        .put("BlockDeviceMappings", blockDeviceMappings())
        .put("CpuOptions", cpuOptions())
        .put("CreditSpecification", creditSpecification())
        .put("DisableApiTermination", disableApiTermination())
        .put("EbsOptimized", ebsOptimized())
        .put("ElasticGpuSpecifications", elasticGpuSpecifications())
        .put("ElasticInferenceAccelerators", elasticInferenceAccelerators())
        .put("EnclaveOptions", enclaveOptions())
        .put("HibernationOptions", hibernationOptions())
        .put("HostId", hostId())
        .put("HostResourceGroupArn", hostResourceGroupArn())
        .put("IamInstanceProfile", iamInstanceProfile())
        .put("ImageId", imageId())
        .put("InstanceInitiatedShutdownBehavior", instanceInitiatedShutdownBehavior())
        .put("InstanceType", instanceType())
        .put("Ipv6AddressCount", ipv6AddressCount())
        .put("Ipv6Addresses", ipv6Addresses())
        .put("KernelId", kernelId())
        .put("KeyName", keyName())
        .put("LaunchTemplate", launchTemplate())
        .put("LicenseSpecifications", licenseSpecifications())
        .put("MetadataOptions", metadataOptions())
        .put("Monitoring", monitoring())
        .put("NetworkInterfaces", networkInterfaces())
        .put("PlacementGroupName", placementGroupName())
        .put("PrivateDnsNameOptions", privateDnsNameOptions())
        .put("PrivateIpAddress", privateIpAddress())
        .put("PropagateTagsToVolumeOnCreation", propagateTagsToVolumeOnCreation())
        .put("RamdiskId", ramdiskId())
        .put("SecurityGroupIds", securityGroupIds())
        .put("SecurityGroups", securityGroups())
        .put("SourceDestCheck", sourceDestCheck())
        .put("SsmAssociations", ssmAssociations())
        .put("SubnetId", subnetId())
        .put("Tags", tags())
        .put("Tenancy", tenancy())
        .put("UserData", userData())
        .put("Volumes", volumes())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AvailabilityZone} attribute. */
  default GetAtt attrAvailabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /** The {@code InstanceId} attribute: The ID of the instance. */
  default GetAtt attrInstanceId() {
    return getAtt("InstanceId");
  }

  /**
   * The {@code PrivateDnsName} attribute: The private DNS name of the specified instance. For
   * example: `ip-10-24-34-0.ec2.internal` .
   */
  default GetAtt attrPrivateDnsName() {
    return getAtt("PrivateDnsName");
  }

  /**
   * The {@code PrivateIp} attribute: The private IP address of the specified instance. For example:
   * `10.24.34.0` .
   */
  default GetAtt attrPrivateIp() {
    return getAtt("PrivateIp");
  }

  /**
   * The {@code PublicDnsName} attribute: The public DNS name of the specified instance. For
   * example: `ec2-107-20-50-45.compute-1.amazonaws.com` .
   */
  default GetAtt attrPublicDnsName() {
    return getAtt("PublicDnsName");
  }

  /**
   * The {@code PublicIp} attribute: The public IP address of the specified instance. For example:
   * `192.0.2.0` .
   */
  default GetAtt attrPublicIp() {
    return getAtt("PublicIp");
  }

  /** The {@code State} attribute: The current state of the instance */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code VpcId} attribute: The ID of the VPC in which the instance is running. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Instance}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableInstance.Builder {

    public Builder additionalInfo(String value) {
      additionalInfo(Expr.of(value));
      return this;
    }

    public Builder affinity(String value) {
      affinity(Expr.of(value));
      return this;
    }

    public Builder availabilityZone(String value) {
      availabilityZone(Expr.of(value));
      return this;
    }

    public Builder blockDeviceMappings(List<? extends Expr> values) {
      blockDeviceMappings(Expr.list(values));
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

    public Builder hostId(String value) {
      hostId(Expr.of(value));
      return this;
    }

    public Builder hostResourceGroupArn(String value) {
      hostResourceGroupArn(Expr.of(value));
      return this;
    }

    public Builder iamInstanceProfile(String value) {
      iamInstanceProfile(Expr.of(value));
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

    public Builder ipv6AddressCount(long value) {
      ipv6AddressCount(Expr.of(value));
      return this;
    }

    public Builder ipv6Addresses(List<? extends Expr> values) {
      ipv6Addresses(Expr.list(values));
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

    public Builder monitoring(boolean value) {
      monitoring(Expr.of(value));
      return this;
    }

    public Builder networkInterfaces(List<? extends Expr> values) {
      networkInterfaces(Expr.list(values));
      return this;
    }

    public Builder placementGroupName(String value) {
      placementGroupName(Expr.of(value));
      return this;
    }

    public Builder privateIpAddress(String value) {
      privateIpAddress(Expr.of(value));
      return this;
    }

    public Builder propagateTagsToVolumeOnCreation(boolean value) {
      propagateTagsToVolumeOnCreation(Expr.of(value));
      return this;
    }

    public Builder ramdiskId(String value) {
      ramdiskId(Expr.of(value));
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

    public Builder sourceDestCheck(boolean value) {
      sourceDestCheck(Expr.of(value));
      return this;
    }

    public Builder ssmAssociations(List<? extends Expr> values) {
      ssmAssociations(Expr.list(values));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder tenancy(String value) {
      tenancy(Expr.of(value));
      return this;
    }

    public Builder userData(String value) {
      userData(Expr.of(value));
      return this;
    }

    public Builder volumes(List<? extends Expr> values) {
      volumes(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::Instance.AssociationParameter}: Specifies input parameter values for an SSM
   * document in AWS Systems Manager .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-associationparameter.html">AWS::EC2::Instance.AssociationParameter</a>
   */
  @Value.Immutable
  interface AssociationParameter extends PropertyValue {

    /** Required. The name of an input parameter that is in the associated SSM document. */
    Expr key();

    /** Required. The value of an input parameter. */
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

    /**
     * Builds a {@link AssociationParameter}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableInstance.AssociationParameter.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(List<? extends Expr> values) {
        value(Expr.list(values));
        return this;
      }

      public Builder value(String... values) {
        value(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.BlockDeviceMapping}: Specifies a block device mapping for an
   * instance. You must specify exactly one of the following properties: `VirtualName` , `Ebs` , or
   * `NoDevice` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-blockdevicemapping.html">AWS::EC2::Instance.BlockDeviceMapping</a>
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

    /** To omit the device from the block device mapping, specify an empty string. */
    Optional<Expr> noDevice();

    /**
     * The virtual device name ( `ephemeral` N). The name must be in the form `ephemeral` *X* where
     * *X* is a number starting from zero (0). For example, an instance type with 2 available
     * instance store volumes can specify mappings for `ephemeral0` and `ephemeral1` . The number of
     * available instance store volumes depends on the instance type. After you connect to the
     * instance, you must mount the volume.
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
    final class Builder extends ImmutableInstance.BlockDeviceMapping.Builder {

      public Builder deviceName(String value) {
        deviceName(Expr.of(value));
        return this;
      }

      public Builder noDevice(JsonNode value) {
        noDevice(Expr.json(value));
        return this;
      }

      public Builder virtualName(String value) {
        virtualName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.CpuOptions}: Specifies the CPU options for the instance. When you
   * specify CPU options, you must specify both the number of CPU cores and threads per core.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-cpuoptions.html">AWS::EC2::Instance.CpuOptions</a>
   */
  @Value.Immutable
  interface CpuOptions extends PropertyValue {

    /** The number of CPU cores for the instance. */
    Optional<Expr> coreCount();

    /** The number of threads per CPU core. */
    Optional<Expr> threadsPerCore();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CoreCount", coreCount())
          .put("ThreadsPerCore", threadsPerCore())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CpuOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableInstance.CpuOptions.Builder {

      public Builder coreCount(long value) {
        coreCount(Expr.of(value));
        return this;
      }

      public Builder threadsPerCore(long value) {
        threadsPerCore(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.CreditSpecification}: Specifies the credit option for CPU usage of a
   * T instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-creditspecification.html">AWS::EC2::Instance.CreditSpecification</a>
   */
  @Value.Immutable
  interface CreditSpecification extends PropertyValue {

    /** The credit option for CPU usage of the instance. */
    Optional<Expr> cpuCredits();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CPUCredits", cpuCredits())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CreditSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableInstance.CreditSpecification.Builder {

      public Builder cpuCredits(String value) {
        cpuCredits(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.Ebs}: Specifies a block device for an EBS volume.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-ebs.html">AWS::EC2::Instance.Ebs</a>
   */
  @Value.Immutable
  interface Ebs extends PropertyValue {

    /**
     * Indicates whether the EBS volume is deleted on instance termination. For more information,
     * see [Preserving Amazon EBS volumes on instance
     * termination](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserving-volumes-on-termination)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> deleteOnTermination();

    /**
     * Indicates whether the volume should be encrypted. The effect of setting the encryption state
     * to `true` depends on the volume origin (new or from a snapshot), starting encryption state,
     * ownership, and whether encryption by default is enabled. For more information, see
     * [Encryption by
     * default](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html#encryption-by-default)
     * in the *Amazon Elastic Compute Cloud User Guide* .
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
     * The identifier of the AWS KMS key to use for Amazon EBS encryption. If `KmsKeyId` is
     * specified, the encrypted state must be `true` . If the encrypted state is `true` but you do
     * not specify `KmsKeyId` , your KMS key for EBS is used.
     */
    Optional<Expr> kmsKeyId();

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
     * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSVolumeTypes.html) in the
     * *Amazon EC2 User Guide* . If the volume type is `io1` or `io2` , you must specify the IOPS
     * that the volume supports.
     */
    Optional<Expr> volumeType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeleteOnTermination", deleteOnTermination())
          .put("Encrypted", encrypted())
          .put("Iops", iops())
          .put("KmsKeyId", kmsKeyId())
          .put("SnapshotId", snapshotId())
          .put("VolumeSize", volumeSize())
          .put("VolumeType", volumeType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Ebs}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableInstance.Ebs.Builder {

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
   * {@code AWS::EC2::Instance.ElasticGpuSpecification}: &gt; Amazon Elastic Graphics reached end of
   * life on January 8, 2024.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-elasticgpuspecification.html">AWS::EC2::Instance.ElasticGpuSpecification</a>
   */
  @Value.Immutable
  interface ElasticGpuSpecification extends PropertyValue {

    /** Required. The type of Elastic Graphics accelerator. */
    Expr type();

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
    final class Builder extends ImmutableInstance.ElasticGpuSpecification.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.ElasticInferenceAccelerator}: &gt; Amazon Elastic Inference is no
   * longer available.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-elasticinferenceaccelerator.html">AWS::EC2::Instance.ElasticInferenceAccelerator</a>
   */
  @Value.Immutable
  interface ElasticInferenceAccelerator extends PropertyValue {

    /** The number of elastic inference accelerators to attach to the instance. */
    Optional<Expr> count();

    /**
     * Required. The type of elastic inference accelerator. The possible values are `eia1.medium` ,
     * `eia1.large` , `eia1.xlarge` , `eia2.medium` , `eia2.large` , and `eia2.xlarge` .
     */
    Expr type();

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
     * Builds a {@link ElasticInferenceAccelerator}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableInstance.ElasticInferenceAccelerator.Builder {

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
   * {@code AWS::EC2::Instance.EnaSrdSpecification}: ENA Express uses AWS Scalable Reliable Datagram
   * (SRD) technology to increase the maximum bandwidth used per stream and minimize tail latency of
   * network traffic between EC2 instances. With ENA Express, you can communicate between two EC2
   * instances in the same subnet within the same account, or in different accounts. Both sending
   * and receiving instances must have ENA Express enabled.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-enasrdspecification.html">AWS::EC2::Instance.EnaSrdSpecification</a>
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
    final class Builder extends ImmutableInstance.EnaSrdSpecification.Builder {

      public Builder enaSrdEnabled(boolean value) {
        enaSrdEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.EnaSrdUdpSpecification}: ENA Express is compatible with both TCP and
   * UDP transport protocols. When it's enabled, TCP traffic automatically uses it. However, some
   * UDP-based applications are designed to handle network packets that are out of order, without a
   * need for retransmission, such as live video broadcasting or other near-real-time applications.
   * For UDP traffic, you can specify whether to use ENA Express, based on your application
   * environment needs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-enasrdudpspecification.html">AWS::EC2::Instance.EnaSrdUdpSpecification</a>
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
    final class Builder extends ImmutableInstance.EnaSrdUdpSpecification.Builder {

      public Builder enaSrdUdpEnabled(boolean value) {
        enaSrdUdpEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.EnclaveOptions}: Indicates whether the instance is enabled for AWS
   * Nitro Enclaves.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-enclaveoptions.html">AWS::EC2::Instance.EnclaveOptions</a>
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
    final class Builder extends ImmutableInstance.EnclaveOptions.Builder {

      public Builder enabled(boolean value) {
        enabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.HibernationOptions}: Specifies the hibernation options for the
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-hibernationoptions.html">AWS::EC2::Instance.HibernationOptions</a>
   */
  @Value.Immutable
  interface HibernationOptions extends PropertyValue {

    /** Set to `true` to enable your instance for hibernation. */
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
    final class Builder extends ImmutableInstance.HibernationOptions.Builder {

      public Builder configured(boolean value) {
        configured(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.InstanceIpv6Address}: Specifies the IPv6 address for the instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-instanceipv6address.html">AWS::EC2::Instance.InstanceIpv6Address</a>
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
    final class Builder extends ImmutableInstance.InstanceIpv6Address.Builder {

      public Builder ipv6Address(String value) {
        ipv6Address(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.LaunchTemplateSpecification}: Specifies a launch template to use when
   * launching an Amazon EC2 instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-launchtemplatespecification.html">AWS::EC2::Instance.LaunchTemplateSpecification</a>
   */
  @Value.Immutable
  interface LaunchTemplateSpecification extends PropertyValue {

    /** The ID of the launch template. */
    Optional<Expr> launchTemplateId();

    /** The name of the launch template. */
    Optional<Expr> launchTemplateName();

    /** Required. The version number of the launch template. You must specify this property. */
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
     * Builds a {@link LaunchTemplateSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableInstance.LaunchTemplateSpecification.Builder {

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
   * {@code AWS::EC2::Instance.LicenseSpecification}: Specifies the license configuration to use.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-licensespecification.html">AWS::EC2::Instance.LicenseSpecification</a>
   */
  @Value.Immutable
  interface LicenseSpecification extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the license configuration. */
    Expr licenseConfigurationArn();

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
    final class Builder extends ImmutableInstance.LicenseSpecification.Builder {

      public Builder licenseConfigurationArn(String value) {
        licenseConfigurationArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.MetadataOptions}: Specifies the metadata options for the instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-metadataoptions.html">AWS::EC2::Instance.MetadataOptions</a>
   */
  @Value.Immutable
  interface MetadataOptions extends PropertyValue {

    /** Enables or disables the HTTP metadata endpoint on your instances. */
    Optional<Expr> httpEndpoint();

    /** Enables or disables the IPv6 endpoint for the instance metadata service. */
    Optional<Expr> httpProtocolIpv6();

    /** The maximum number of hops that the metadata token can travel. */
    Optional<Expr> httpPutResponseHopLimit();

    /** Indicates whether IMDSv2 is required. */
    Optional<Expr> httpTokens();

    /**
     * Set to `enabled` to allow access to instance tags from the instance metadata. Set to
     * `disabled` to turn off access to instance tags from the instance metadata. For more
     * information, see [Work with instance tags using the instance
     * metadata](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#work-with-tags-in-IMDS)
     * .
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
    final class Builder extends ImmutableInstance.MetadataOptions.Builder {

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
   * {@code AWS::EC2::Instance.NetworkInterface}: Specifies a network interface that is to be
   * attached to an instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-networkinterface.html">AWS::EC2::Instance.NetworkInterface</a>
   */
  @Value.Immutable
  interface NetworkInterface extends PropertyValue {

    /** Indicates whether to assign a carrier IP address to the network interface. */
    Optional<Expr> associateCarrierIpAddress();

    /**
     * Indicates whether to assign a public IPv4 address to an instance. Applies only if creating a
     * network interface when launching an instance. The network interface must be the primary
     * network interface. If launching into a default subnet, the default value is `true` .
     */
    Optional<Expr> associatePublicIpAddress();

    /**
     * Indicates whether the network interface is deleted when the instance is terminated. Applies
     * only if creating a network interface when launching an instance.
     */
    Optional<Expr> deleteOnTermination();

    /**
     * The description of the network interface. Applies only if creating a network interface when
     * launching an instance.
     */
    Optional<Expr> description();

    /**
     * Required. The position of the network interface in the attachment order. A primary network
     * interface has a device index of 0.
     */
    Expr deviceIndex();

    /** Configures ENA Express for UDP network traffic. */
    Optional<Expr> enaSrdSpecification();

    /**
     * The IDs of the security groups for the network interface. Applies only if creating a network
     * interface when launching an instance.
     */
    Optional<Expr> groupSet();

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

    /** The ID of the network interface, when attaching an existing network interface. */
    Optional<Expr> networkInterfaceId();

    /**
     * The private IPv4 address of the network interface. Applies only if creating a network
     * interface when launching an instance.
     */
    Optional<Expr> privateIpAddress();

    /**
     * One or more private IPv4 addresses to assign to the network interface. Only one private IPv4
     * address can be designated as primary.
     */
    Optional<Expr> privateIpAddresses();

    /**
     * The number of secondary private IPv4 addresses. You can't specify this option and specify
     * more than one private IP address using the private IP addresses option.
     */
    Optional<Expr> secondaryPrivateIpAddressCount();

    /** The ID of the subnet associated with the network interface. */
    Optional<Expr> subnetId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AssociateCarrierIpAddress", associateCarrierIpAddress())
          .put("AssociatePublicIpAddress", associatePublicIpAddress())
          .put("DeleteOnTermination", deleteOnTermination())
          .put("Description", description())
          .put("DeviceIndex", deviceIndex())
          .put("EnaSrdSpecification", enaSrdSpecification())
          .put("GroupSet", groupSet())
          .put("Ipv6AddressCount", ipv6AddressCount())
          .put("Ipv6Addresses", ipv6Addresses())
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

    /** Builds a {@link NetworkInterface}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableInstance.NetworkInterface.Builder {

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

      public Builder deviceIndex(String value) {
        deviceIndex(Expr.of(value));
        return this;
      }

      public Builder groupSet(List<? extends Expr> values) {
        groupSet(Expr.list(values));
        return this;
      }

      public Builder groupSet(String... values) {
        groupSet(Expr.ofStrings(List.of(values)));
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
   * {@code AWS::EC2::Instance.NoDevice}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-nodevice.html">AWS::EC2::Instance.NoDevice</a>
   */
  @Value.Immutable
  interface NoDevice extends PropertyValue {

    @Override
    default ObjectNode toJson() {
      return new PropertyJson().json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link NoDevice}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableInstance.NoDevice.Builder {
    }
  }

  /**
   * {@code AWS::EC2::Instance.PrivateDnsNameOptions}: The type of hostnames to assign to instances
   * in the subnet at launch. For IPv4 only subnets, an instance DNS name must be based on the
   * instance IPv4 address. For IPv6 only subnets, an instance DNS name must be based on the
   * instance ID. For dual-stack subnets, you can specify whether DNS names use the instance IPv4
   * address or the instance ID. For more information, see [Amazon EC2 instance hostname
   * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the
   * *Amazon Elastic Compute Cloud User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-privatednsnameoptions.html">AWS::EC2::Instance.PrivateDnsNameOptions</a>
   */
  @Value.Immutable
  interface PrivateDnsNameOptions extends PropertyValue {

    /** Values CloudFormation accepts for {@code HostnameType}. */
    String HOSTNAME_TYPE_IP_NAME = "ip-name";
    String HOSTNAME_TYPE_RESOURCE_NAME = "resource-name";

    /**
     * Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records. For
     * more information, see [Amazon EC2 instance hostname
     * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the
     * *Amazon Elastic Compute Cloud User Guide* .
     */
    Optional<Expr> enableResourceNameDnsAAAARecord();

    /**
     * Indicates whether to respond to DNS queries for instance hostnames with DNS A records. For
     * more information, see [Amazon EC2 instance hostname
     * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the
     * *Amazon Elastic Compute Cloud User Guide* .
     */
    Optional<Expr> enableResourceNameDnsARecord();

    /**
     * The type of hostnames to assign to instances in the subnet at launch. For IPv4 only subnets,
     * an instance DNS name must be based on the instance IPv4 address. For IPv6 only subnets, an
     * instance DNS name must be based on the instance ID. For dual-stack subnets, you can specify
     * whether DNS names use the instance IPv4 address or the instance ID. For more information, see
     * [Amazon EC2 instance hostname
     * types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in the
     * *Amazon Elastic Compute Cloud User Guide* .
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
    final class Builder extends ImmutableInstance.PrivateDnsNameOptions.Builder {

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
   * {@code AWS::EC2::Instance.PrivateIpAddressSpecification}: Specifies a secondary private IPv4
   * address for a network interface.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-privateipaddressspecification.html">AWS::EC2::Instance.PrivateIpAddressSpecification</a>
   */
  @Value.Immutable
  interface PrivateIpAddressSpecification extends PropertyValue {

    /**
     * Required. Indicates whether the private IPv4 address is the primary private IPv4 address.
     * Only one IPv4 address can be designated as primary.
     */
    Expr primary();

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
    final class Builder extends ImmutableInstance.PrivateIpAddressSpecification.Builder {

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
   * {@code AWS::EC2::Instance.SsmAssociation}: Specifies the SSM document and parameter values in
   * AWS Systems Manager to associate with an instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-ssmassociation.html">AWS::EC2::Instance.SsmAssociation</a>
   */
  @Value.Immutable
  interface SsmAssociation extends PropertyValue {

    /** The input parameter values to use with the associated SSM document. */
    Optional<Expr> associationParameters();

    /** Required. The name of an SSM document to associate with the instance. */
    Expr documentName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AssociationParameters", associationParameters())
          .put("DocumentName", documentName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SsmAssociation}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableInstance.SsmAssociation.Builder {

      public Builder associationParameters(List<? extends Expr> values) {
        associationParameters(Expr.list(values));
        return this;
      }

      public Builder documentName(String value) {
        documentName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.State}: Describes the current state of an instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-state.html">AWS::EC2::Instance.State</a>
   */
  @Value.Immutable
  interface State extends PropertyValue {

    /** The state of the instance as a 16-bit unsigned integer. */
    Optional<Expr> code();

    /** The current state of the instance. */
    Optional<Expr> name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Code", code())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link State}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableInstance.State.Builder {

      public Builder code(String value) {
        code(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::Instance.Volume}: Specifies a volume to attach to an instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instance-volume.html">AWS::EC2::Instance.Volume</a>
   */
  @Value.Immutable
  interface Volume extends PropertyValue {

    /** Required. The device name (for example, `/dev/sdh` or `xvdh` ). */
    Expr device();

    /**
     * Required. The ID of the EBS volume. The volume and instance must be within the same
     * Availability Zone.
     */
    Expr volumeId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Device", device())
          .put("VolumeId", volumeId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Volume}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableInstance.Volume.Builder {

      public Builder device(String value) {
        device(Expr.of(value));
        return this;
      }

      public Builder volumeId(String value) {
        volumeId(Expr.of(value));
        return this;
      }
    }
  }
}
