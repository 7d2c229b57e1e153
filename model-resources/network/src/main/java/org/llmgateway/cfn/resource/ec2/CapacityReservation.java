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
 * {@code AWS::EC2::CapacityReservation}: Creates a new Capacity Reservation with the specified
 * attributes. For more information, see [Capacity
 * Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-reservations.html)
 * in the *Amazon EC2 User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-capacityreservation.html">AWS::EC2::CapacityReservation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CapacityReservation extends Resource {

  String TYPE = "AWS::EC2::CapacityReservation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The Availability Zone in which to create the Capacity Reservation. */
  Optional<Expr> availabilityZone();

  /** The ID of the Availability Zone in which the capacity is reserved. */
  Optional<Expr> availabilityZoneId();

  /**
   * Indicates whether the Capacity Reservation supports EBS-optimized instances. This optimization
   * provides dedicated throughput to Amazon EBS and an optimized configuration stack to provide
   * optimal I/O performance. This optimization isn't available with all instance types. Additional
   * usage charges apply when using an EBS- optimized instance.
   */
  Optional<Expr> ebsOptimized();

  /**
   * The date and time at which the Capacity Reservation expires. When a Capacity Reservation
   * expires, the reserved capacity is released and you can no longer launch instances into it. The
   * Capacity Reservation's state changes to `expired` when it reaches its end date and time.
   */
  Optional<Expr> endDate();

  /**
   * Indicates the way in which the Capacity Reservation ends. A Capacity Reservation can have one
   * of the following end types:
   */
  Optional<Expr> endDateType();

  /** *Deprecated.* */
  Optional<Expr> ephemeralStorage();

  /** Required. The number of instances for which to reserve capacity. */
  Expr instanceCount();

  /**
   * Indicates the type of instance launches that the Capacity Reservation accepts. The options
   * include:
   */
  Optional<Expr> instanceMatchCriteria();

  /** Required. The type of operating system for which to reserve capacity. */
  Expr instancePlatform();

  /** Required. The instance type for which to reserve capacity. */
  Expr instanceType();

  /** &gt; Not supported for future-dated Capacity Reservations. */
  Optional<Expr> outPostArn();

  /** &gt; Not supported for future-dated Capacity Reservations. */
  Optional<Expr> placementGroupArn();

  /** The tags to apply to the Capacity Reservation during launch. */
  Optional<Expr> tagSpecifications();

  /**
   * Indicates the tenancy of the Capacity Reservation. A Capacity Reservation can have one of the
   * following tenancy settings:
   */
  Optional<Expr> tenancy();

  /**
   * The ID of the AWS account to which to assign billing of the unused capacity of the Capacity
   * Reservation. A request will be sent to the specified account. That account must accept the
   * request for the billing to be assigned to their account. For more information, see [Billing
   * assignment for shared Amazon EC2 Capacity
   * Reservations](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/assign-billing.html) .
   */
  Optional<Expr> unusedReservationBillingOwnerId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AvailabilityZone", availabilityZone())
        .put("AvailabilityZoneId", availabilityZoneId())
        .put("EbsOptimized", ebsOptimized())
        .put("EndDate", endDate())
        .put("EndDateType", endDateType())
        .put("EphemeralStorage", ephemeralStorage())
        .put("InstanceCount", instanceCount())
        .put("InstanceMatchCriteria", instanceMatchCriteria())
        .put("InstancePlatform", instancePlatform())
        .put("InstanceType", instanceType())
        .put("OutPostArn", outPostArn())
        .put("PlacementGroupArn", placementGroupArn())
        .put("TagSpecifications", tagSpecifications())
        .put("Tenancy", tenancy())
        .put("UnusedReservationBillingOwnerId", unusedReservationBillingOwnerId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AvailabilityZone} attribute: Returns the Availability Zone in which the capacity is
   * reserved. For example: `us-east-1a` .
   */
  default GetAtt attrAvailabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The {@code AvailableInstanceCount} attribute: Returns the remaining capacity, which indicates
   * the number of instances that can be launched in the Capacity Reservation. For example: `9` .
   */
  default GetAtt attrAvailableInstanceCount() {
    return getAtt("AvailableInstanceCount");
  }

  /** The {@code CapacityAllocationSet} attribute. */
  default GetAtt attrCapacityAllocationSet() {
    return getAtt("CapacityAllocationSet");
  }

  /**
   * The {@code CapacityReservationArn} attribute: The Amazon Resource Name (ARN) of the Capacity
   * Reservation.
   */
  default GetAtt attrCapacityReservationArn() {
    return getAtt("CapacityReservationArn");
  }

  /**
   * The {@code CapacityReservationFleetId} attribute: The ID of the Capacity Reservation Fleet to
   * which the Capacity Reservation belongs. Only valid for Capacity Reservations that were created
   * by a Capacity Reservation Fleet.
   */
  default GetAtt attrCapacityReservationFleetId() {
    return getAtt("CapacityReservationFleetId");
  }

  /** The {@code CommitmentInfo} attribute. */
  default GetAtt attrCommitmentInfo() {
    return getAtt("CommitmentInfo");
  }

  /** The {@code CreateDate} attribute: The date and time the Capacity Reservation was created. */
  default GetAtt attrCreateDate() {
    return getAtt("CreateDate");
  }

  /**
   * The {@code DeliveryPreference} attribute: The delivery method for a future-dated Capacity
   * Reservation. `incremental` indicates that the requested capacity is delivered in addition to
   * any running instances and reserved capacity that you have in your account at the requested date
   * and time.
   */
  default GetAtt attrDeliveryPreference() {
    return getAtt("DeliveryPreference");
  }

  /** The {@code Id} attribute: The ID of the Capacity Reservation. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code InstanceType} attribute: Returns the type of instance for which the capacity is
   * reserved. For example: `m4.large` .
   */
  default GetAtt attrInstanceType() {
    return getAtt("InstanceType");
  }

  /**
   * The {@code OwnerId} attribute: The ID of the AWS account that owns the Capacity Reservation.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /** The {@code ReservationType} attribute: The type of Capacity Reservation. */
  default GetAtt attrReservationType() {
    return getAtt("ReservationType");
  }

  /** The {@code StartDate} attribute: The date and time the Capacity Reservation was started. */
  default GetAtt attrStartDate() {
    return getAtt("StartDate");
  }

  /**
   * The {@code State} attribute: The current state of the Capacity Reservation. A Capacity
   * Reservation can be in one of the following states:
   */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /**
   * The {@code Tenancy} attribute: Returns the tenancy of the Capacity Reservation. For example:
   * `dedicated` .
   */
  default GetAtt attrTenancy() {
    return getAtt("Tenancy");
  }

  /**
   * The {@code TotalInstanceCount} attribute: Returns the total number of instances for which the
   * Capacity Reservation reserves capacity. For example: `15` .
   */
  default GetAtt attrTotalInstanceCount() {
    return getAtt("TotalInstanceCount");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CapacityReservation}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCapacityReservation.Builder {

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

    public Builder endDate(String value) {
      endDate(Expr.of(value));
      return this;
    }

    public Builder endDateType(String value) {
      endDateType(Expr.of(value));
      return this;
    }

    public Builder ephemeralStorage(boolean value) {
      ephemeralStorage(Expr.of(value));
      return this;
    }

    public Builder instanceCount(long value) {
      instanceCount(Expr.of(value));
      return this;
    }

    public Builder instanceMatchCriteria(String value) {
      instanceMatchCriteria(Expr.of(value));
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

    public Builder outPostArn(String value) {
      outPostArn(Expr.of(value));
      return this;
    }

    public Builder placementGroupArn(String value) {
      placementGroupArn(Expr.of(value));
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

    public Builder unusedReservationBillingOwnerId(String value) {
      unusedReservationBillingOwnerId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::CapacityReservation.CapacityAllocation}: Information about instance capacity
   * usage for a Capacity Reservation.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-capacityreservation-capacityallocation.html">AWS::EC2::CapacityReservation.CapacityAllocation</a>
   */
  @Value.Immutable
  interface CapacityAllocation extends PropertyValue {

    /**
     * The usage type. `used` indicates that the instance capacity is in use by instances that are
     * running in the Capacity Reservation.
     */
    Optional<Expr> allocationType();

    /**
     * The amount of instance capacity associated with the usage. For example a value of `4`
     * indicates that instance capacity for 4 instances is currently in use.
     */
    Optional<Expr> count();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllocationType", allocationType())
          .put("Count", count())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CapacityAllocation}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCapacityReservation.CapacityAllocation.Builder {

      public Builder allocationType(String value) {
        allocationType(Expr.of(value));
        return this;
      }

      public Builder count(long value) {
        count(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::CapacityReservation.CommitmentInfo}: Information about your commitment for a
   * future-dated Capacity Reservation.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-capacityreservation-commitmentinfo.html">AWS::EC2::CapacityReservation.CommitmentInfo</a>
   */
  @Value.Immutable
  interface CommitmentInfo extends PropertyValue {

    /**
     * The date and time at which the commitment duration expires, in the ISO8601 format in the UTC
     * time zone ( `YYYY-MM-DDThh:mm:ss.sssZ` ). You can't decrease the instance count or cancel the
     * Capacity Reservation before this date and time.
     */
    Optional<Expr> commitmentEndDate();

    /**
     * The instance capacity that you committed to when you requested the future-dated Capacity
     * Reservation.
     */
    Optional<Expr> committedInstanceCount();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CommitmentEndDate", commitmentEndDate())
          .put("CommittedInstanceCount", committedInstanceCount())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CommitmentInfo}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCapacityReservation.CommitmentInfo.Builder {

      public Builder commitmentEndDate(String value) {
        commitmentEndDate(Expr.of(value));
        return this;
      }

      public Builder committedInstanceCount(long value) {
        committedInstanceCount(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::CapacityReservation.TagSpecification}: An array of key-value pairs to apply to
   * this resource.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-capacityreservation-tagspecification.html">AWS::EC2::CapacityReservation.TagSpecification</a>
   */
  @Value.Immutable
  interface TagSpecification extends PropertyValue {

    /** The type of resource to tag. Specify `capacity-reservation` . */
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
    final class Builder extends ImmutableCapacityReservation.TagSpecification.Builder {

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
