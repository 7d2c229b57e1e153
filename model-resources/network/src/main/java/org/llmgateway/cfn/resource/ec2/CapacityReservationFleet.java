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
 * {@code AWS::EC2::CapacityReservationFleet}: Creates a new Capacity Reservation Fleet with the
 * specified attributes. For more information, see [Capacity Reservation
 * Fleets](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/cr-fleets.html) in the *Amazon EC2
 * User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-capacityreservationfleet.html">AWS::EC2::CapacityReservationFleet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CapacityReservationFleet extends Resource {

  String TYPE = "AWS::EC2::CapacityReservationFleet";

  /** Values CloudFormation accepts for {@code InstanceMatchCriteria}. */
  String INSTANCE_MATCH_CRITERIA_OPEN = "open";

  /** Values CloudFormation accepts for {@code Tenancy}. */
  String TENANCY_DEFAULT = "default";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The strategy used by the Capacity Reservation Fleet to determine which of the specified
   * instance types to use. Currently, only the `prioritized` allocation strategy is supported. For
   * more information, see [Allocation
   * strategy](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/crfleet-concepts.html#allocation-strategy)
   * in the *Amazon EC2 User Guide* .
   */
  Optional<Expr> allocationStrategy();

  /**
   * The date and time at which the Capacity Reservation Fleet expires. When the Capacity
   * Reservation Fleet expires, its state changes to `expired` and all of the Capacity Reservations
   * in the Fleet expire.
   */
  Optional<Expr> endDate();

  /**
   * Indicates the type of instance launches that the Capacity Reservation Fleet accepts. All
   * Capacity Reservations in the Fleet inherit this instance matching criteria.
   */
  Optional<Expr> instanceMatchCriteria();

  /** Information about the instance types for which to reserve the capacity. */
  Optional<Expr> instanceTypeSpecifications();

  /**
   * Used to add an end date to a Capacity Reservation Fleet that has no end date and time. To add
   * an end date to a Capacity Reservation Fleet, specify `true` for this paramater and specify the
   * end date and time (in UTC time format) for the *EndDate* parameter.
   */
  Optional<Expr> noRemoveEndDate();

  /**
   * Used to remove an end date from a Capacity Reservation Fleet that is configured to end
   * automatically at a specific date and time. To remove the end date from a Capacity Reservation
   * Fleet, specify `true` for this paramater and omit the *EndDate* parameter.
   */
  Optional<Expr> removeEndDate();

  /**
   * The tags to assign to the Capacity Reservation Fleet. The tags are automatically assigned to
   * the Capacity Reservations in the Fleet.
   */
  Optional<Expr> tagSpecifications();

  /**
   * Indicates the tenancy of the Capacity Reservation Fleet. All Capacity Reservations in the Fleet
   * inherit this tenancy. The Capacity Reservation Fleet can have one of the following tenancy
   * settings:
   */
  Optional<Expr> tenancy();

  /**
   * The total number of capacity units to be reserved by the Capacity Reservation Fleet. This
   * value, together with the instance type weights that you assign to each instance type used by
   * the Fleet determine the number of instances for which the Fleet reserves capacity. Both values
   * are based on units that make sense for your workload. For more information, see [Total target
   * capacity](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/crfleet-concepts.html#target-capacity)
   * in the *Amazon EC2 User Guide* .
   */
  Optional<Expr> totalTargetCapacity();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AllocationStrategy", allocationStrategy())
        .put("EndDate", endDate())
        .put("InstanceMatchCriteria", instanceMatchCriteria())
        .put("InstanceTypeSpecifications", instanceTypeSpecifications())
        .put("NoRemoveEndDate", noRemoveEndDate())
        .put("RemoveEndDate", removeEndDate())
        .put("TagSpecifications", tagSpecifications())
        .put("Tenancy", tenancy())
        .put("TotalTargetCapacity", totalTargetCapacity())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CapacityReservationFleetId} attribute: The ID of the Capacity Reservation Fleet. */
  default GetAtt attrCapacityReservationFleetId() {
    return getAtt("CapacityReservationFleetId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CapacityReservationFleet}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableCapacityReservationFleet.Builder {

    public Builder allocationStrategy(String value) {
      allocationStrategy(Expr.of(value));
      return this;
    }

    public Builder endDate(String value) {
      endDate(Expr.of(value));
      return this;
    }

    public Builder instanceMatchCriteria(String value) {
      instanceMatchCriteria(Expr.of(value));
      return this;
    }

    public Builder instanceTypeSpecifications(List<? extends Expr> values) {
      instanceTypeSpecifications(Expr.list(values));
      return this;
    }

    public Builder noRemoveEndDate(boolean value) {
      noRemoveEndDate(Expr.of(value));
      return this;
    }

    public Builder removeEndDate(boolean value) {
      removeEndDate(Expr.of(value));
      return this;
    }

    public Builder tagSpecifications(List<? extends Expr> values) {
      tagSpecifications(Expr.list(values));
      return this;
    }

    public Builder tenancy(String value) {
      tenancy(Expr.of(value));
      return this;
    }

    public Builder totalTargetCapacity(long value) {
      totalTargetCapacity(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::CapacityReservationFleet.InstanceTypeSpecification}: Specifies information
   * about an instance type to use in a Capacity Reservation Fleet.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-capacityreservationfleet-instancetypespecification.html">AWS::EC2::CapacityReservationFleet.InstanceTypeSpecification</a>
   */
  @Value.Immutable
  interface InstanceTypeSpecification extends PropertyValue {

    /**
     * The Availability Zone in which the Capacity Reservation Fleet reserves the capacity. A
     * Capacity Reservation Fleet can't span Availability Zones. All instance type specifications
     * that you specify for the Fleet must use the same Availability Zone.
     */
    Optional<Expr> availabilityZone();

    /**
     * The ID of the Availability Zone in which the Capacity Reservation Fleet reserves the
     * capacity. A Capacity Reservation Fleet can't span Availability Zones. All instance type
     * specifications that you specify for the Fleet must use the same Availability Zone.
     */
    Optional<Expr> availabilityZoneId();

    /**
     * Indicates whether the Capacity Reservation Fleet supports EBS-optimized instances types. This
     * optimization provides dedicated throughput to Amazon EBS and an optimized configuration stack
     * to provide optimal I/O performance. This optimization isn't available with all instance
     * types. Additional usage charges apply when using EBS-optimized instance types.
     */
    Optional<Expr> ebsOptimized();

    /** The type of operating system for which the Capacity Reservation Fleet reserves capacity. */
    Optional<Expr> instancePlatform();

    /** The instance type for which the Capacity Reservation Fleet reserves capacity. */
    Optional<Expr> instanceType();

    /**
     * The priority to assign to the instance type. This value is used to determine which of the
     * instance types specified for the Fleet should be prioritized for use. A lower value indicates
     * a high priority. For more information, see [Instance type
     * priority](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/crfleet-concepts.html#instance-priority)
     * in the *Amazon EC2 User Guide* .
     */
    Optional<Expr> priority();

    /**
     * The number of capacity units provided by the specified instance type. This value, together
     * with the total target capacity that you specify for the Fleet determine the number of
     * instances for which the Fleet reserves capacity. Both values are based on units that make
     * sense for your workload. For more information, see [Total target
     * capacity](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/crfleet-concepts.html#target-capacity)
     * in the Amazon EC2 User Guide.
     */
    Optional<Expr> weight();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AvailabilityZone", availabilityZone())
          .put("AvailabilityZoneId", availabilityZoneId())
          .put("EbsOptimized", ebsOptimized())
          .put("InstancePlatform", instancePlatform())
          .put("InstanceType", instanceType())
          .put("Priority", priority())
          .put("Weight", weight())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link InstanceTypeSpecification}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableCapacityReservationFleet.InstanceTypeSpecification.Builder {

      public Builder availabilityZone(String value) {
        availabilityZone(Expr.of(value));
        return this;
      }

      public Builder availabilityZoneId(String value) {
        availabilityZoneId(Expr.of(value));
        return this;
      }

      public Builder ebsOptimized(boolean value) {
        ebsOptimized(Expr.of(value));
        return this;
      }

      public Builder instancePlatform(String value) {
        instancePlatform(Expr.of(value));
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

      public Builder weight(long value) {
        weight(Expr.of(value));
        return this;
      }

      public Builder weight(double value) {
        weight(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::CapacityReservationFleet.TagSpecification}: The tags to apply to a resource
   * when the resource is being created. When you specify a tag, you must specify the resource type
   * to tag, otherwise the request will fail.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-capacityreservationfleet-tagspecification.html">AWS::EC2::CapacityReservationFleet.TagSpecification</a>
   */
  @Value.Immutable
  interface TagSpecification extends PropertyValue {

    /** The type of resource to tag on creation. Specify `capacity-reservation-fleet` . */
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
    final class Builder extends ImmutableCapacityReservationFleet.TagSpecification.Builder {

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
}
