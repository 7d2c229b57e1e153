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
 * {@code AWS::EC2::InstanceEventWindow}: Resource type definition for
 * AWS::EC2::InstanceEventWindow. An event window defines a recurring set of time ranges, or a cron
 * expression, during which AWS-initiated maintenance events may be scheduled for the associated
 * Amazon EC2 instances or Dedicated Hosts.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-instanceeventwindow.html">AWS::EC2::InstanceEventWindow</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface InstanceEventWindow extends Resource {

  String TYPE = "AWS::EC2::InstanceEventWindow";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The cron expression defined for the event window. Exactly one of TimeRanges or CronExpression
   * must be specified.
   */
  Optional<Expr> cronExpression();

  /** The name of the event window. */
  Optional<Expr> name();

  /** The tags applied to the event window. */
  Optional<Expr> tags();

  /**
   * The time ranges of the event window. Exactly one of TimeRanges or CronExpression must be
   * specified.
   */
  Optional<Expr> timeRanges();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CronExpression", cronExpression())
        .put("Name", name())
        .put("Tags", tags())
        .put("TimeRanges", timeRanges())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the event window. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code InstanceEventWindowId} attribute: The ID of the event window. */
  default GetAtt attrInstanceEventWindowId() {
    return getAtt("InstanceEventWindowId");
  }

  /**
   * The {@code State} attribute: The current state of the event window. Observed values include
   * creating, active, modifying, deleting and deleted.
   */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InstanceEventWindow}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableInstanceEventWindow.Builder {

    public Builder cronExpression(String value) {
      cronExpression(Expr.of(value));
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

    public Builder timeRanges(List<? extends Expr> values) {
      timeRanges(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::InstanceEventWindow.TimeRange}: A time range during which an AWS-initiated
   * maintenance event may occur.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-instanceeventwindow-timerange.html">AWS::EC2::InstanceEventWindow.TimeRange</a>
   */
  @Value.Immutable
  interface TimeRange extends PropertyValue {

    /** The hour when the time range ends. */
    Optional<Expr> endHour();

    /** The day on which the time range ends. */
    Optional<Expr> endWeekDay();

    /** The hour when the time range begins. */
    Optional<Expr> startHour();

    /** The day on which the time range begins. */
    Optional<Expr> startWeekDay();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EndHour", endHour())
          .put("EndWeekDay", endWeekDay())
          .put("StartHour", startHour())
          .put("StartWeekDay", startWeekDay())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TimeRange}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableInstanceEventWindow.TimeRange.Builder {

      public Builder endHour(long value) {
        endHour(Expr.of(value));
        return this;
      }

      public Builder endWeekDay(String value) {
        endWeekDay(Expr.of(value));
        return this;
      }

      public Builder startHour(long value) {
        startHour(Expr.of(value));
        return this;
      }

      public Builder startWeekDay(String value) {
        startWeekDay(Expr.of(value));
        return this;
      }
    }
  }
}
