// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudwatch;

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
 * {@code AWS::CloudWatch::AlarmMuteRule}: Resource Type definition for
 * AWS::CloudWatch::AlarmMuteRule that allows defining a rule and targeting alarms to mute their
 * actions during the specified window.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarmmuterule.html">AWS::CloudWatch::AlarmMuteRule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AlarmMuteRule extends Resource {

  String TYPE = "AWS::CloudWatch::AlarmMuteRule";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The description of the AlarmMuteRule */
  Optional<Expr> description();

  /**
   * The date, with the same timezone offset as "ScheduleTimezone" after which the alarm mute rule
   * will be expired.
   */
  Optional<Expr> expireDate();

  /** Targets to be muted */
  Optional<Expr> muteTargets();

  /** The name of the AlarmMuteRule */
  Optional<Expr> name();

  /** Required. The rule for the mute */
  Expr rule();

  /**
   * The date, with the same timezone offset as "ScheduleTimezone", after which the alarm mute rule
   * will become active.
   */
  Optional<Expr> startDate();

  /** An array of key-value pairs to apply to this resource. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("ExpireDate", expireDate())
        .put("MuteTargets", muteTargets())
        .put("Name", name())
        .put("Rule", rule())
        .put("StartDate", startDate())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: Amazon Resource Name (ARN) of the AlarmMuteRule */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code LastUpdatedTimestamp} attribute: The last update timestamp of the alarm mute
   * schedule
   */
  default GetAtt attrLastUpdatedTimestamp() {
    return getAtt("LastUpdatedTimestamp");
  }

  /** The {@code MuteType} attribute: The mute type of the alarm mute */
  default GetAtt attrMuteType() {
    return getAtt("MuteType");
  }

  /** The {@code Status} attribute: The current status of the AlarmMuteRule */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AlarmMuteRule}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAlarmMuteRule.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder expireDate(String value) {
      expireDate(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
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

  /**
   * {@code AWS::CloudWatch::AlarmMuteRule.MuteTargets}: Targets to be muted
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarmmuterule-mutetargets.html">AWS::CloudWatch::AlarmMuteRule.MuteTargets</a>
   */
  @Value.Immutable
  interface MuteTargets extends PropertyValue {

    /** Required. The alarm names to be mute by the AlarmMuteRule */
    Expr alarmNames();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AlarmNames", alarmNames())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MuteTargets}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarmMuteRule.MuteTargets.Builder {

      public Builder alarmNames(List<? extends Expr> values) {
        alarmNames(Expr.list(values));
        return this;
      }

      public Builder alarmNames(String... values) {
        alarmNames(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudWatch::AlarmMuteRule.Rule}: The rule for the mute
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarmmuterule-rule.html">AWS::CloudWatch::AlarmMuteRule.Rule</a>
   */
  @Value.Immutable
  interface Rule extends PropertyValue {

    /** Required. Schedule for the mute to be active */
    Expr schedule();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Schedule", schedule())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Rule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarmMuteRule.Rule.Builder {
    }
  }

  /**
   * {@code AWS::CloudWatch::AlarmMuteRule.Schedule}: Schedule for the mute to be active
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudwatch-alarmmuterule-schedule.html">AWS::CloudWatch::AlarmMuteRule.Schedule</a>
   */
  @Value.Immutable
  interface Schedule extends PropertyValue {

    /** Required. The duration of the schedule when it triggers */
    Expr duration();

    /** Required. The expression of the schedule */
    Expr expression();

    /** The timezone of the schedule */
    Optional<Expr> timezone();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Duration", duration())
          .put("Expression", expression())
          .put("Timezone", timezone())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Schedule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAlarmMuteRule.Schedule.Builder {

      public Builder duration(String value) {
        duration(Expr.of(value));
        return this;
      }

      public Builder expression(String value) {
        expression(Expr.of(value));
        return this;
      }

      public Builder timezone(String value) {
        timezone(Expr.of(value));
        return this;
      }
    }
  }
}
