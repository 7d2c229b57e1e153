// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

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
 * {@code AWS::Logs::ScheduledQuery}: Creates a new Scheduled Query that allows you to define a Logs
 * Insights query that will run on a schedule and configure actions to take with the query results.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-scheduledquery.html">AWS::Logs::ScheduledQuery</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ScheduledQuery extends Resource {

  String TYPE = "AWS::Logs::ScheduledQuery";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** {@code Description}. */
  Optional<Expr> description();

  /** {@code DestinationConfiguration}. */
  Optional<Expr> destinationConfiguration();

  /** Required. {@code ExecutionRoleArn}. */
  Expr executionRoleArn();

  /** {@code LogGroupIdentifiers}. */
  Optional<Expr> logGroupIdentifiers();

  /** Required. {@code Name}. */
  Expr name();

  /** Required. {@code QueryLanguage}. */
  Expr queryLanguage();

  /** Required. {@code QueryString}. */
  Expr queryString();

  /** {@code ScheduleEndTime}. */
  Optional<Expr> scheduleEndTime();

  /** Required. {@code ScheduleExpression}. */
  Expr scheduleExpression();

  /** {@code ScheduleStartTime}. */
  Optional<Expr> scheduleStartTime();

  /** {@code StartTimeOffset}. */
  Optional<Expr> startTimeOffset();

  /** {@code State}. */
  Optional<Expr> state();

  /** {@code Tags}. */
  Optional<Expr> tags();

  /** {@code Timezone}. */
  Optional<Expr> timezone();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("DestinationConfiguration", destinationConfiguration())
        .put("ExecutionRoleArn", executionRoleArn())
        .put("LogGroupIdentifiers", logGroupIdentifiers())
        .put("Name", name())
        .put("QueryLanguage", queryLanguage())
        .put("QueryString", queryString())
        .put("ScheduleEndTime", scheduleEndTime())
        .put("ScheduleExpression", scheduleExpression())
        .put("ScheduleStartTime", scheduleStartTime())
        .put("StartTimeOffset", startTimeOffset())
        .put("State", state())
        .put("Tags", tags())
        .put("Timezone", timezone())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code LastExecutionStatus} attribute. */
  default GetAtt attrLastExecutionStatus() {
    return getAtt("LastExecutionStatus");
  }

  /** The {@code LastTriggeredTime} attribute. */
  default GetAtt attrLastTriggeredTime() {
    return getAtt("LastTriggeredTime");
  }

  /** The {@code LastUpdatedTime} attribute. */
  default GetAtt attrLastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** The {@code ScheduledQueryArn} attribute. */
  default GetAtt attrScheduledQueryArn() {
    return getAtt("ScheduledQueryArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScheduledQuery}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableScheduledQuery.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder executionRoleArn(String value) {
      executionRoleArn(Expr.of(value));
      return this;
    }

    public Builder logGroupIdentifiers(List<? extends Expr> values) {
      logGroupIdentifiers(Expr.list(values));
      return this;
    }

    public Builder logGroupIdentifiers(String... values) {
      logGroupIdentifiers(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder queryLanguage(String value) {
      queryLanguage(Expr.of(value));
      return this;
    }

    public Builder queryString(String value) {
      queryString(Expr.of(value));
      return this;
    }

    public Builder scheduleEndTime(long value) {
      scheduleEndTime(Expr.of(value));
      return this;
    }

    public Builder scheduleEndTime(double value) {
      scheduleEndTime(Expr.of(value));
      return this;
    }

    public Builder scheduleExpression(String value) {
      scheduleExpression(Expr.of(value));
      return this;
    }

    public Builder scheduleStartTime(long value) {
      scheduleStartTime(Expr.of(value));
      return this;
    }

    public Builder scheduleStartTime(double value) {
      scheduleStartTime(Expr.of(value));
      return this;
    }

    public Builder startTimeOffset(long value) {
      startTimeOffset(Expr.of(value));
      return this;
    }

    public Builder state(String value) {
      state(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder timezone(String value) {
      timezone(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Logs::ScheduledQuery.DestinationConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-scheduledquery-destinationconfiguration.html">AWS::Logs::ScheduledQuery.DestinationConfiguration</a>
   */
  @Value.Immutable
  interface DestinationConfiguration extends PropertyValue {

    /** {@code S3Configuration}. */
    Optional<Expr> s3Configuration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("S3Configuration", s3Configuration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DestinationConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableScheduledQuery.DestinationConfiguration.Builder {
    }
  }

  /**
   * {@code AWS::Logs::ScheduledQuery.S3Configuration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-scheduledquery-s3configuration.html">AWS::Logs::ScheduledQuery.S3Configuration</a>
   */
  @Value.Immutable
  interface S3Configuration extends PropertyValue {

    /** Required. {@code DestinationIdentifier}. */
    Expr destinationIdentifier();

    /** Required. {@code RoleArn}. */
    Expr roleArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DestinationIdentifier", destinationIdentifier())
          .put("RoleArn", roleArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link S3Configuration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableScheduledQuery.S3Configuration.Builder {

      public Builder destinationIdentifier(String value) {
        destinationIdentifier(Expr.of(value));
        return this;
      }

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Logs::ScheduledQuery.TagsItems}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-scheduledquery-tagsitems.html">AWS::Logs::ScheduledQuery.TagsItems</a>
   */
  @Value.Immutable
  interface TagsItems extends PropertyValue {

    /** Required. {@code Key}. */
    Expr key();

    /** Required. {@code Value}. */
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

    /** Builds a {@link TagsItems}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableScheduledQuery.TagsItems.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }
}
