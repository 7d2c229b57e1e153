// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::MaintenanceWindow}: The `AWS::SSM::MaintenanceWindow` resource represents
 * general information about a maintenance window for AWS Systems Manager . Maintenance windows let
 * you define a schedule for when to perform potentially disruptive actions on your instances, such
 * as patching an operating system (OS), updating drivers, or installing software. Each maintenance
 * window has a schedule, a duration, a set of registered targets, and a set of registered tasks.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-maintenancewindow.html">AWS::SSM::MaintenanceWindow</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MaintenanceWindow extends Resource {

  String TYPE = "AWS::SSM::MaintenanceWindow";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Enables a maintenance window task to run on managed instances, even if you have not
   * registered those instances as targets. If enabled, then you must specify the unregistered
   * instances (by instance ID) when you register a task with the maintenance window.
   */
  Expr allowUnassociatedTargets();

  /**
   * Required. The number of hours before the end of the maintenance window that AWS Systems Manager
   * stops scheduling new tasks for execution.
   */
  Expr cutoff();

  /** A description of the maintenance window. */
  Optional<Expr> description();

  /** Required. The duration of the maintenance window in hours. */
  Expr duration();

  /**
   * The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled to
   * become inactive.
   */
  Optional<Expr> endDate();

  /** Required. The name of the maintenance window. */
  Expr name();

  /** Required. The schedule of the maintenance window in the form of a cron or rate expression. */
  Expr schedule();

  /**
   * The number of days to wait to run a maintenance window after the scheduled cron expression date
   * and time.
   */
  Optional<Expr> scheduleOffset();

  /**
   * The time zone that the scheduled maintenance window executions are based on, in Internet
   * Assigned Numbers Authority (IANA) format.
   */
  Optional<Expr> scheduleTimezone();

  /**
   * The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled to
   * become active. `StartDate` allows you to delay activation of the maintenance window until the
   * specified future date.
   */
  Optional<Expr> startDate();

  /**
   * Optional metadata that you assign to a resource in the form of an arbitrary set of tags
   * (key-value pairs). Tags enable you to categorize a resource in different ways, such as by
   * purpose, owner, or environment. For example, you might want to tag a maintenance window to
   * identify the type of tasks it will run, the types of targets, and the environment it will run
   * in.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AllowUnassociatedTargets", allowUnassociatedTargets())
        .put("Cutoff", cutoff())
        .put("Description", description())
        .put("Duration", duration())
        .put("EndDate", endDate())
        .put("Name", name())
        .put("Schedule", schedule())
        .put("ScheduleOffset", scheduleOffset())
        .put("ScheduleTimezone", scheduleTimezone())
        .put("StartDate", startDate())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code WindowId} attribute: The ID of the maintenance window. */
  default GetAtt attrWindowId() {
    return getAtt("WindowId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenanceWindow}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableMaintenanceWindow.Builder {

    public Builder allowUnassociatedTargets(boolean value) {
      allowUnassociatedTargets(Expr.of(value));
      return this;
    }

    public Builder cutoff(long value) {
      cutoff(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder duration(long value) {
      duration(Expr.of(value));
      return this;
    }

    public Builder endDate(String value) {
      endDate(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder schedule(String value) {
      schedule(Expr.of(value));
      return this;
    }

    public Builder scheduleOffset(long value) {
      scheduleOffset(Expr.of(value));
      return this;
    }

    public Builder scheduleTimezone(String value) {
      scheduleTimezone(Expr.of(value));
      return this;
    }

    public Builder startDate(String value) {
      startDate(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
