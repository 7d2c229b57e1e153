// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ecs;

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
 * {@code AWS::ECS::CapacityProvider}: Creates a capacity provider. Capacity providers are
 * associated with a cluster and are used in capacity provider strategies to facilitate cluster auto
 * scaling. You can create capacity providers for Amazon ECS Managed Instances and EC2 instances.
 * AWS Fargate has the predefined `FARGATE` and `FARGATE_SPOT` capacity providers.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-capacityprovider.html">AWS::ECS::CapacityProvider</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CapacityProvider extends Resource {

  String TYPE = "AWS::ECS::CapacityProvider";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The Auto Scaling group settings for the capacity provider. */
  Optional<Expr> autoScalingGroupProvider();

  /**
   * The cluster that this capacity provider is associated with. Managed instances capacity
   * providers are cluster-scoped, meaning they can only be used within their associated cluster.
   */
  Optional<Expr> clusterName();

  /**
   * The configuration for the Amazon ECS Managed Instances provider. This includes the
   * infrastructure role, the launch template configuration, and tag propagation settings.
   */
  Optional<Expr> managedInstancesProvider();

  /**
   * The name of the capacity provider. If a name is specified, it cannot start with `aws` , `ecs` ,
   * or `fargate` . If no name is specified, a default name in the
   * `CFNStackName-CFNResourceName-RandomString` format is used.
   */
  Optional<Expr> name();

  /**
   * The metadata that you apply to the capacity provider to help you categorize and organize it.
   * Each tag consists of a key and an optional value. You define both.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AutoScalingGroupProvider", autoScalingGroupProvider())
        .put("ClusterName", clusterName())
        .put("ManagedInstancesProvider", managedInstancesProvider())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CapacityProvider}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCapacityProvider.Builder {

    public Builder clusterName(String value) {
      clusterName(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.AcceleratorCountRequest}: The minimum and maximum number of
   * accelerators (such as GPUs) for instance type selection. This is used for workloads that
   * require specific numbers of accelerators.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-acceleratorcountrequest.html">AWS::ECS::CapacityProvider.AcceleratorCountRequest</a>
   */
  @Value.Immutable
  interface AcceleratorCountRequest extends PropertyValue {

    /**
     * The maximum number of accelerators. Instance types with more accelerators are excluded from
     * selection.
     */
    Optional<Expr> max();

    /**
     * The minimum number of accelerators. Instance types with fewer accelerators are excluded from
     * selection.
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
     * Builds a {@link AcceleratorCountRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.AcceleratorCountRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.AcceleratorTotalMemoryMiBRequest}: The minimum and maximum
   * total accelerator memory in mebibytes (MiB) for instance type selection. This is important for
   * GPU workloads that require specific amounts of video memory.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-acceleratortotalmemorymibrequest.html">AWS::ECS::CapacityProvider.AcceleratorTotalMemoryMiBRequest</a>
   */
  @Value.Immutable
  interface AcceleratorTotalMemoryMiBRequest extends PropertyValue {

    /**
     * The maximum total accelerator memory in MiB. Instance types with more accelerator memory are
     * excluded from selection.
     */
    Optional<Expr> max();

    /**
     * The minimum total accelerator memory in MiB. Instance types with less accelerator memory are
     * excluded from selection.
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
    final class Builder extends ImmutableCapacityProvider.AcceleratorTotalMemoryMiBRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.AutoRepairConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-autorepairconfiguration.html">AWS::ECS::CapacityProvider.AutoRepairConfiguration</a>
   */
  @Value.Immutable
  interface AutoRepairConfiguration extends PropertyValue {

    /** {@code ActionsStatus}. */
    Optional<Expr> actionsStatus();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ActionsStatus", actionsStatus())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AutoRepairConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.AutoRepairConfiguration.Builder {

      public Builder actionsStatus(String value) {
        actionsStatus(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.AutoScalingGroupProvider}: The details of the Auto Scaling
   * group for the capacity provider.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-autoscalinggroupprovider.html">AWS::ECS::CapacityProvider.AutoScalingGroupProvider</a>
   */
  @Value.Immutable
  interface AutoScalingGroupProvider extends PropertyValue {

    /** Values CloudFormation accepts for {@code ManagedDraining}. */
    String MANAGED_DRAINING_DISABLED = "DISABLED";
    String MANAGED_DRAINING_ENABLED = "ENABLED";

    /** Values CloudFormation accepts for {@code ManagedTerminationProtection}. */
    String MANAGED_TERMINATION_PROTECTION_DISABLED = "DISABLED";
    String MANAGED_TERMINATION_PROTECTION_ENABLED = "ENABLED";

    /**
     * Required. The Amazon Resource Name (ARN) that identifies the Auto Scaling group, or the Auto
     * Scaling group name.
     */
    Expr autoScalingGroupArn();

    /**
     * The managed draining option for the Auto Scaling group capacity provider. When you enable
     * this, Amazon ECS manages and gracefully drains the EC2 container instances that are in the
     * Auto Scaling group capacity provider.
     */
    Optional<Expr> managedDraining();

    /** The managed scaling settings for the Auto Scaling group capacity provider. */
    Optional<Expr> managedScaling();

    /**
     * The managed termination protection setting to use for the Auto Scaling group capacity
     * provider. This determines whether the Auto Scaling group has managed termination protection.
     * The default is off.
     */
    Optional<Expr> managedTerminationProtection();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AutoScalingGroupArn", autoScalingGroupArn())
          .put("ManagedDraining", managedDraining())
          .put("ManagedScaling", managedScaling())
          .put("ManagedTerminationProtection", managedTerminationProtection())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AutoScalingGroupProvider}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.AutoScalingGroupProvider.Builder {

      public Builder autoScalingGroupArn(String value) {
        autoScalingGroupArn(Expr.of(value));
        return this;
      }

      public Builder managedDraining(String value) {
        managedDraining(Expr.of(value));
        return this;
      }

      public Builder managedTerminationProtection(String value) {
        managedTerminationProtection(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.BaselineEbsBandwidthMbpsRequest}: The minimum and maximum
   * baseline Amazon EBS bandwidth in megabits per second (Mbps) for instance type selection. This
   * is important for workloads with high storage I/O requirements.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-baselineebsbandwidthmbpsrequest.html">AWS::ECS::CapacityProvider.BaselineEbsBandwidthMbpsRequest</a>
   */
  @Value.Immutable
  interface BaselineEbsBandwidthMbpsRequest extends PropertyValue {

    /**
     * The maximum baseline Amazon EBS bandwidth in Mbps. Instance types with higher Amazon EBS
     * bandwidth are excluded from selection.
     */
    Optional<Expr> max();

    /**
     * The minimum baseline Amazon EBS bandwidth in Mbps. Instance types with lower Amazon EBS
     * bandwidth are excluded from selection.
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
    final class Builder extends ImmutableCapacityProvider.BaselineEbsBandwidthMbpsRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.CapacityReservationRequest}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-capacityreservationrequest.html">AWS::ECS::CapacityProvider.CapacityReservationRequest</a>
   */
  @Value.Immutable
  interface CapacityReservationRequest extends PropertyValue {

    /** {@code ReservationGroupArn}. */
    Optional<Expr> reservationGroupArn();

    /** {@code ReservationPreference}. */
    Optional<Expr> reservationPreference();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ReservationGroupArn", reservationGroupArn())
          .put("ReservationPreference", reservationPreference())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CapacityReservationRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.CapacityReservationRequest.Builder {

      public Builder reservationGroupArn(String value) {
        reservationGroupArn(Expr.of(value));
        return this;
      }

      public Builder reservationPreference(String value) {
        reservationPreference(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.InfrastructureOptimization}: The configuration that controls
   * how Amazon ECS optimizes your infrastructure.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-infrastructureoptimization.html">AWS::ECS::CapacityProvider.InfrastructureOptimization</a>
   */
  @Value.Immutable
  interface InfrastructureOptimization extends PropertyValue {

    /**
     * This parameter defines the number of seconds Amazon ECS Managed Instances waits before
     * optimizing EC2 instances that have become idle or underutilized. A longer delay increases the
     * likelihood of placing new tasks on idle or underutilized instances instances, reducing
     * startup time. A shorter delay helps reduce infrastructure costs by optimizing idle or
     * underutilized instances,instances more quickly.
     */
    Optional<Expr> scaleInAfter();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ScaleInAfter", scaleInAfter())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InfrastructureOptimization}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.InfrastructureOptimization.Builder {

      public Builder scaleInAfter(long value) {
        scaleInAfter(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.InstanceLaunchTemplate}: The launch template configuration
   * for Amazon ECS Managed Instances. This defines how Amazon ECS launches Amazon EC2 instances,
   * including the instance profile for your tasks, network and storage configuration, capacity
   * options, and instance requirements for flexible instance type selection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-instancelaunchtemplate.html">AWS::ECS::CapacityProvider.InstanceLaunchTemplate</a>
   */
  @Value.Immutable
  interface InstanceLaunchTemplate extends PropertyValue {

    /**
     * The capacity option type. This determines whether Amazon ECS launches On-Demand or Spot
     * Instances for your managed instance capacity provider.
     */
    Optional<Expr> capacityOptionType();

    /** {@code CapacityReservations}. */
    Optional<Expr> capacityReservations();

    /**
     * Required. The Amazon Resource Name (ARN) of the instance profile that Amazon ECS applies to
     * Amazon ECS Managed Instances. This instance profile must include the necessary permissions
     * for your tasks to access AWS services and resources.
     */
    Expr ec2InstanceProfileArn();

    /** {@code FipsEnabled}. */
    Optional<Expr> fipsEnabled();

    /** {@code InstanceMetadataTagsPropagation}. */
    Optional<Expr> instanceMetadataTagsPropagation();

    /** The instance requirements. You can specify: */
    Optional<Expr> instanceRequirements();

    /** {@code LocalStorageConfiguration}. */
    Optional<Expr> localStorageConfiguration();

    /**
     * CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring.
     * By default, your managed instance is configured for basic monitoring. You can optionally
     * enable detailed monitoring to help you more quickly identify and act on operational issues.
     * You can enable or turn off detailed monitoring at launch or when the managed instance is
     * running or stopped. For more information, see [Detailed monitoring for Amazon ECS Managed
     * Instances](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/detailed-monitoring-managed-instances.html)
     * in the Amazon ECS Developer Guide.
     */
    Optional<Expr> monitoring();

    /**
     * Required. The network configuration for Amazon ECS Managed Instances. This specifies the
     * subnets and security groups that instances use for network connectivity.
     */
    Expr networkConfiguration();

    /**
     * The storage configuration for Amazon ECS Managed Instances. This defines the root volume size
     * and type for the instances.
     */
    Optional<Expr> storageConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CapacityOptionType", capacityOptionType())
          .put("CapacityReservations", capacityReservations())
          .put("Ec2InstanceProfileArn", ec2InstanceProfileArn())
          .put("FipsEnabled", fipsEnabled())
          .put("InstanceMetadataTagsPropagation", instanceMetadataTagsPropagation())
          .put("InstanceRequirements", instanceRequirements())
          .put("LocalStorageConfiguration", localStorageConfiguration())
          .put("Monitoring", monitoring())
          .put("NetworkConfiguration", networkConfiguration())
          .put("StorageConfiguration", storageConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceLaunchTemplate}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.InstanceLaunchTemplate.Builder {

      public Builder capacityOptionType(String value) {
        capacityOptionType(Expr.of(value));
        return this;
      }

      public Builder ec2InstanceProfileArn(String value) {
        ec2InstanceProfileArn(Expr.of(value));
        return this;
      }

      public Builder fipsEnabled(boolean value) {
        fipsEnabled(Expr.of(value));
        return this;
      }

      public Builder instanceMetadataTagsPropagation(boolean value) {
        instanceMetadataTagsPropagation(Expr.of(value));
        return this;
      }

      public Builder monitoring(String value) {
        monitoring(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.InstanceRequirementsRequest}: The instance requirements for
   * attribute-based instance type selection. Instead of specifying exact instance types, you define
   * requirements such as vCPU count, memory size, network performance, and accelerator
   * specifications. Amazon ECS automatically selects Amazon EC2 instance types that match these
   * requirements, providing flexibility and helping to mitigate capacity constraints.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-instancerequirementsrequest.html">AWS::ECS::CapacityProvider.InstanceRequirementsRequest</a>
   */
  @Value.Immutable
  interface InstanceRequirementsRequest extends PropertyValue {

    /**
     * The minimum and maximum number of accelerators for the instance types. This is used when you
     * need instances with specific numbers of GPUs or other accelerators.
     */
    Optional<Expr> acceleratorCount();

    /**
     * The accelerator manufacturers to include. You can specify `nvidia` , `amd` ,
     * `amazon-web-services` , or `xilinx` depending on your accelerator requirements.
     */
    Optional<Expr> acceleratorManufacturers();

    /**
     * The specific accelerator names to include. For example, you can specify `a100` , `v100` ,
     * `k80` , or other specific accelerator models.
     */
    Optional<Expr> acceleratorNames();

    /**
     * The minimum and maximum total accelerator memory in mebibytes (MiB). This is important for
     * GPU workloads that require specific amounts of video memory.
     */
    Optional<Expr> acceleratorTotalMemoryMiB();

    /**
     * The accelerator types to include. You can specify `gpu` for graphics processing units, `fpga`
     * for field programmable gate arrays, or `inference` for machine learning inference
     * accelerators.
     */
    Optional<Expr> acceleratorTypes();

    /**
     * The instance types to include in the selection. When specified, Amazon ECS only considers
     * these instance types, subject to the other requirements specified.
     */
    Optional<Expr> allowedInstanceTypes();

    /**
     * Indicates whether to include bare metal instance types. Set to `included` to allow bare metal
     * instances, `excluded` to exclude them, or `required` to use only bare metal instances.
     */
    Optional<Expr> bareMetal();

    /**
     * The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps). This is
     * important for workloads with high storage I/O requirements.
     */
    Optional<Expr> baselineEbsBandwidthMbps();

    /**
     * Indicates whether to include burstable performance instance types (T2, T3, T3a, T4g). Set to
     * `included` to allow burstable instances, `excluded` to exclude them, or `required` to use
     * only burstable instances.
     */
    Optional<Expr> burstablePerformance();

    /**
     * The CPU manufacturers to include or exclude. You can specify `intel` , `amd` , or
     * `amazon-web-services` to control which CPU types are used for your workloads.
     */
    Optional<Expr> cpuManufacturers();

    /**
     * The instance types to exclude from selection. Use this to prevent Amazon ECS from selecting
     * specific instance types that may not be suitable for your workloads.
     */
    Optional<Expr> excludedInstanceTypes();

    /**
     * The instance generations to include. You can specify `current` to use the latest generation
     * instances, or `previous` to include previous generation instances for cost optimization.
     */
    Optional<Expr> instanceGenerations();

    /**
     * Indicates whether to include instance types with local storage. Set to `included` to allow
     * local storage, `excluded` to exclude it, or `required` to use only instances with local
     * storage.
     */
    Optional<Expr> localStorage();

    /**
     * The local storage types to include. You can specify `hdd` for hard disk drives, `ssd` for
     * solid state drives, or both.
     */
    Optional<Expr> localStorageTypes();

    /**
     * The maximum price for Spot instances as a percentage of the optimal On-Demand price. This
     * provides more precise cost control for Spot instance selection.
     */
    Optional<Expr> maxSpotPriceAsPercentageOfOptimalOnDemandPrice();

    /**
     * The minimum and maximum amount of memory per vCPU in gibibytes (GiB). This helps ensure that
     * instance types have the appropriate memory-to-CPU ratio for your workloads.
     */
    Optional<Expr> memoryGiBPerVCpu();

    /**
     * Required. The minimum and maximum amount of memory in mebibytes (MiB) for the instance types.
     * Amazon ECS selects instance types that have memory within this range.
     */
    Expr memoryMiB();

    /**
     * The minimum and maximum network bandwidth in gigabits per second (Gbps). This is crucial for
     * network-intensive workloads that require high throughput.
     */
    Optional<Expr> networkBandwidthGbps();

    /**
     * The minimum and maximum number of network interfaces for the instance types. This is useful
     * for workloads that require multiple network interfaces.
     */
    Optional<Expr> networkInterfaceCount();

    /**
     * The price protection threshold for On-Demand Instances, as a percentage higher than an
     * identified On-Demand price. The identified On-Demand price is the price of the lowest priced
     * current generation C, M, or R instance type with your specified attributes. If no current
     * generation C, M, or R instance type matches your attributes, then the identified price is
     * from either the lowest priced current generation instance types or, failing that, the lowest
     * priced previous generation instance types that match your attributes. When Amazon ECS selects
     * instance types with your attributes, we will exclude instance types whose price exceeds your
     * specified threshold.
     */
    Optional<Expr> onDemandMaxPricePercentageOverLowestPrice();

    /**
     * Indicates whether the instance types must support hibernation. When set to `true` , only
     * instance types that support hibernation are selected.
     */
    Optional<Expr> requireHibernateSupport();

    /**
     * The maximum price for Spot instances as a percentage over the lowest priced On-Demand
     * instance. This helps control Spot instance costs while maintaining access to capacity.
     */
    Optional<Expr> spotMaxPricePercentageOverLowestPrice();

    /**
     * The minimum and maximum total local storage in gigabytes (GB) for instance types with local
     * storage.
     */
    Optional<Expr> totalLocalStorageGB();

    /**
     * Required. The minimum and maximum number of vCPUs for the instance types. Amazon ECS selects
     * instance types that have vCPU counts within this range.
     */
    Expr vCpuCount();

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
     * Builds a {@link InstanceRequirementsRequest}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.InstanceRequirementsRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.ManagedInstancesLocalStorageConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-managedinstanceslocalstorageconfiguration.html">AWS::ECS::CapacityProvider.ManagedInstancesLocalStorageConfiguration</a>
   */
  @Value.Immutable
  interface ManagedInstancesLocalStorageConfiguration extends PropertyValue {

    /** {@code UseLocalStorage}. */
    Optional<Expr> useLocalStorage();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("UseLocalStorage", useLocalStorage())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ManagedInstancesLocalStorageConfiguration}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.ManagedInstancesLocalStorageConfiguration.Builder {

      public Builder useLocalStorage(boolean value) {
        useLocalStorage(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.ManagedInstancesNetworkConfiguration}: The network
   * configuration for Amazon ECS Managed Instances. This specifies the VPC subnets and security
   * groups that instances use for network connectivity. Amazon ECS Managed Instances support
   * multiple network modes including `awsvpc` (instances receive ENIs for task isolation), `host`
   * (instances share network namespace with tasks), and `none` (no external network connectivity),
   * ensuring backward compatibility for migrating workloads from Fargate or Amazon EC2.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-managedinstancesnetworkconfiguration.html">AWS::ECS::CapacityProvider.ManagedInstancesNetworkConfiguration</a>
   */
  @Value.Immutable
  interface ManagedInstancesNetworkConfiguration extends PropertyValue {

    /**
     * Required. The list of security group IDs to apply to Amazon ECS Managed Instances. These
     * security groups control the network traffic allowed to and from the instances.
     */
    Expr securityGroups();

    /**
     * Required. The list of subnet IDs where Amazon ECS can launch Amazon ECS Managed Instances.
     * Instances are distributed across the specified subnets for high availability. All subnets
     * must be in the same VPC.
     */
    Expr subnets();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SecurityGroups", securityGroups())
          .put("Subnets", subnets())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ManagedInstancesNetworkConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.ManagedInstancesNetworkConfiguration.Builder {

      public Builder securityGroups(List<? extends Expr> values) {
        securityGroups(Expr.list(values));
        return this;
      }

      public Builder securityGroups(String... values) {
        securityGroups(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder subnets(List<? extends Expr> values) {
        subnets(Expr.list(values));
        return this;
      }

      public Builder subnets(String... values) {
        subnets(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.ManagedInstancesProvider}: The configuration for a Amazon ECS
   * Managed Instances provider. Amazon ECS uses this configuration to automatically launch, manage,
   * and terminate Amazon EC2 instances on your behalf. Managed instances provide access to the full
   * range of Amazon EC2 instance types and features while offloading infrastructure management to
   * AWS .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-managedinstancesprovider.html">AWS::ECS::CapacityProvider.ManagedInstancesProvider</a>
   */
  @Value.Immutable
  interface ManagedInstancesProvider extends PropertyValue {

    /** {@code AutoRepairConfiguration}. */
    Optional<Expr> autoRepairConfiguration();

    /**
     * Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity
     * provider. Configure it to turn on or off the infrastructure optimization in your capacity
     * provider, and to control the idle or underutilized EC2 instances optimization delay.
     */
    Optional<Expr> infrastructureOptimization();

    /**
     * Required. The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS assumes
     * to manage instances. This role must include permissions for Amazon EC2 instance lifecycle
     * management, networking, and any additional AWS services required for your workloads.
     */
    Expr infrastructureRoleArn();

    /**
     * Required. The launch template that defines how Amazon ECS launches Amazon ECS Managed
     * Instances. This includes the instance profile for your tasks, network and storage
     * configuration, and instance requirements that determine which Amazon EC2 instance types can
     * be used.
     */
    Expr instanceLaunchTemplate();

    /**
     * Determines whether tags from the capacity provider are automatically applied to Amazon ECS
     * Managed Instances. This helps with cost allocation and resource management by ensuring
     * consistent tagging across your infrastructure.
     */
    Optional<Expr> propagateTags();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AutoRepairConfiguration", autoRepairConfiguration())
          .put("InfrastructureOptimization", infrastructureOptimization())
          .put("InfrastructureRoleArn", infrastructureRoleArn())
          .put("InstanceLaunchTemplate", instanceLaunchTemplate())
          .put("PropagateTags", propagateTags())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ManagedInstancesProvider}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.ManagedInstancesProvider.Builder {

      public Builder infrastructureRoleArn(String value) {
        infrastructureRoleArn(Expr.of(value));
        return this;
      }

      public Builder propagateTags(String value) {
        propagateTags(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.ManagedInstancesStorageConfiguration}: The storage
   * configuration for Amazon ECS Managed Instances. This defines the root volume configuration for
   * the instances.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-managedinstancesstorageconfiguration.html">AWS::ECS::CapacityProvider.ManagedInstancesStorageConfiguration</a>
   */
  @Value.Immutable
  interface ManagedInstancesStorageConfiguration extends PropertyValue {

    /** Required. The size of the tasks volume. */
    Expr storageSizeGiB();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("StorageSizeGiB", storageSizeGiB())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ManagedInstancesStorageConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableCapacityProvider.ManagedInstancesStorageConfiguration.Builder {

      public Builder storageSizeGiB(long value) {
        storageSizeGiB(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.ManagedScaling}: The managed scaling settings for the Auto
   * Scaling group capacity provider.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-managedscaling.html">AWS::ECS::CapacityProvider.ManagedScaling</a>
   */
  @Value.Immutable
  interface ManagedScaling extends PropertyValue {

    /** Values CloudFormation accepts for {@code Status}. */
    String STATUS_DISABLED = "DISABLED";
    String STATUS_ENABLED = "ENABLED";

    /**
     * The period of time, in seconds, after a newly launched Amazon EC2 instance can contribute to
     * CloudWatch metrics for Auto Scaling group. If this parameter is omitted, the default value of
     * `300` seconds is used.
     */
    Optional<Expr> instanceWarmupPeriod();

    /**
     * The maximum number of Amazon EC2 instances that Amazon ECS will scale out at one time. If
     * this parameter is omitted, the default value of `10000` is used.
     */
    Optional<Expr> maximumScalingStepSize();

    /**
     * The minimum number of Amazon EC2 instances that Amazon ECS will scale out at one time. The
     * scale in process is not affected by this parameter If this parameter is omitted, the default
     * value of `1` is used.
     */
    Optional<Expr> minimumScalingStepSize();

    /** Determines whether to use managed scaling for the capacity provider. */
    Optional<Expr> status();

    /**
     * The target capacity utilization as a percentage for the capacity provider. The specified
     * value must be greater than `0` and less than or equal to `100` . For example, if you want the
     * capacity provider to maintain 10% spare capacity, then that means the utilization is 90%, so
     * use a `targetCapacity` of `90` . The default value of `100` percent results in the Amazon EC2
     * instances in your Auto Scaling group being completely used.
     */
    Optional<Expr> targetCapacity();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("InstanceWarmupPeriod", instanceWarmupPeriod())
          .put("MaximumScalingStepSize", maximumScalingStepSize())
          .put("MinimumScalingStepSize", minimumScalingStepSize())
          .put("Status", status())
          .put("TargetCapacity", targetCapacity())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ManagedScaling}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCapacityProvider.ManagedScaling.Builder {

      public Builder instanceWarmupPeriod(long value) {
        instanceWarmupPeriod(Expr.of(value));
        return this;
      }

      public Builder maximumScalingStepSize(long value) {
        maximumScalingStepSize(Expr.of(value));
        return this;
      }

      public Builder minimumScalingStepSize(long value) {
        minimumScalingStepSize(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }

      public Builder targetCapacity(long value) {
        targetCapacity(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECS::CapacityProvider.MemoryGiBPerVCpuRequest}: The minimum and maximum amount of
   * memory per vCPU in gibibytes (GiB). This helps ensure that instance types have the appropriate
   * memory-to-CPU ratio for your workloads.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-memorygibpervcpurequest.html">AWS::ECS::CapacityProvider.MemoryGiBPerVCpuRequest</a>
   */
  @Value.Immutable
  interface MemoryGiBPerVCpuRequest extends PropertyValue {

    /**
     * The maximum amount of memory per vCPU in GiB. Instance types with a higher memory-to-vCPU
     * ratio are excluded from selection.
     */
    Optional<Expr> max();

    /**
     * The minimum amount of memory per vCPU in GiB. Instance types with a lower memory-to-vCPU
     * ratio are excluded from selection.
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
    final class Builder extends ImmutableCapacityProvider.MemoryGiBPerVCpuRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.MemoryMiBRequest}: The minimum and maximum amount of memory
   * in mebibytes (MiB) for instance type selection. This ensures that selected instance types have
   * adequate memory for your workloads.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-memorymibrequest.html">AWS::ECS::CapacityProvider.MemoryMiBRequest</a>
   */
  @Value.Immutable
  interface MemoryMiBRequest extends PropertyValue {

    /**
     * The maximum amount of memory in MiB. Instance types with more memory than this value are
     * excluded from selection.
     */
    Optional<Expr> max();

    /**
     * Required. The minimum amount of memory in MiB. Instance types with less memory than this
     * value are excluded from selection.
     */
    Expr min();

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
    final class Builder extends ImmutableCapacityProvider.MemoryMiBRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.NetworkBandwidthGbpsRequest}: The minimum and maximum network
   * bandwidth in gigabits per second (Gbps) for instance type selection. This is important for
   * network-intensive workloads.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-networkbandwidthgbpsrequest.html">AWS::ECS::CapacityProvider.NetworkBandwidthGbpsRequest</a>
   */
  @Value.Immutable
  interface NetworkBandwidthGbpsRequest extends PropertyValue {

    /**
     * The maximum network bandwidth in Gbps. Instance types with higher network bandwidth are
     * excluded from selection.
     */
    Optional<Expr> max();

    /**
     * The minimum network bandwidth in Gbps. Instance types with lower network bandwidth are
     * excluded from selection.
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
    final class Builder extends ImmutableCapacityProvider.NetworkBandwidthGbpsRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.NetworkInterfaceCountRequest}: The minimum and maximum number
   * of network interfaces for instance type selection. This is useful for workloads that require
   * multiple network interfaces.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-networkinterfacecountrequest.html">AWS::ECS::CapacityProvider.NetworkInterfaceCountRequest</a>
   */
  @Value.Immutable
  interface NetworkInterfaceCountRequest extends PropertyValue {

    /**
     * The maximum number of network interfaces. Instance types that support more network interfaces
     * are excluded from selection.
     */
    Optional<Expr> max();

    /**
     * The minimum number of network interfaces. Instance types that support fewer network
     * interfaces are excluded from selection.
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
    final class Builder extends ImmutableCapacityProvider.NetworkInterfaceCountRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.TotalLocalStorageGBRequest}: The minimum and maximum total
   * local storage in gigabytes (GB) for instance types with local storage. This is useful for
   * workloads that require local storage for temporary data or caching.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-totallocalstoragegbrequest.html">AWS::ECS::CapacityProvider.TotalLocalStorageGBRequest</a>
   */
  @Value.Immutable
  interface TotalLocalStorageGBRequest extends PropertyValue {

    /**
     * The maximum total local storage in GB. Instance types with more local storage are excluded
     * from selection.
     */
    Optional<Expr> max();

    /**
     * The minimum total local storage in GB. Instance types with less local storage are excluded
     * from selection.
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
    final class Builder extends ImmutableCapacityProvider.TotalLocalStorageGBRequest.Builder {

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
   * {@code AWS::ECS::CapacityProvider.VCpuCountRangeRequest}: The minimum and maximum number of
   * vCPUs for instance type selection. This allows you to specify a range of vCPU counts that meet
   * your workload requirements.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-vcpucountrangerequest.html">AWS::ECS::CapacityProvider.VCpuCountRangeRequest</a>
   */
  @Value.Immutable
  interface VCpuCountRangeRequest extends PropertyValue {

    /**
     * The maximum number of vCPUs. Instance types with more vCPUs than this value are excluded from
     * selection.
     */
    Optional<Expr> max();

    /**
     * Required. The minimum number of vCPUs. Instance types with fewer vCPUs than this value are
     * excluded from selection.
     */
    Expr min();

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
    final class Builder extends ImmutableCapacityProvider.VCpuCountRangeRequest.Builder {

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
