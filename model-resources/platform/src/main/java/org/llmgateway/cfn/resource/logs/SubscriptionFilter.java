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
 * {@code AWS::Logs::SubscriptionFilter}: The `AWS::Logs::SubscriptionFilter` resource specifies a
 * subscription filter and associates it with the specified log group. Subscription filters allow
 * you to subscribe to a real-time stream of log events and have them delivered to a specific
 * destination. Currently, the supported destinations are:
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-subscriptionfilter.html">AWS::Logs::SubscriptionFilter</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SubscriptionFilter extends Resource {

  String TYPE = "AWS::Logs::SubscriptionFilter";

  /** Values CloudFormation accepts for {@code Distribution}. */
  String DISTRIBUTION_RANDOM = "Random";
  String DISTRIBUTION_BY_LOG_STREAM = "ByLogStream";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * This parameter is valid only for log groups that have an active log transformer. For more
   * information about log transformers, see
   * [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html)
   * .
   */
  Optional<Expr> applyOnTransformedLogs();

  /** Required. The Amazon Resource Name (ARN) of the destination. */
  Expr destinationArn();

  /**
   * The method used to distribute log data to the destination, which can be either random or
   * grouped by log stream.
   */
  Optional<Expr> distribution();

  /**
   * The list of system fields that are included in the log events sent to the subscription
   * destination. Returns the `emitSystemFields` value if it was specified when the subscription
   * filter was created.
   */
  Optional<Expr> emitSystemFields();

  /**
   * The filter expression that specifies which log events are processed by this subscription filter
   * based on system fields. Returns the `fieldSelectionCriteria` value if it was specified when the
   * subscription filter was created.
   */
  Optional<Expr> fieldSelectionCriteria();

  /** The name of the subscription filter. */
  Optional<Expr> filterName();

  /**
   * Required. The filtering expressions that restrict what gets delivered to the destination AWS
   * resource. For more information about the filter pattern syntax, see [Filter and Pattern
   * Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html) .
   */
  Expr filterPattern();

  /**
   * Required. The log group to associate with the subscription filter. All log events that are
   * uploaded to this log group are filtered and delivered to the specified AWS resource if the
   * filter pattern matches the log events.
   */
  Expr logGroupName();

  /**
   * The ARN of an IAM role that grants CloudWatch Logs permissions to deliver ingested log events
   * to the destination stream. You don't need to provide the ARN when you are working with a
   * logical destination for cross-account delivery.
   */
  Optional<Expr> roleArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ApplyOnTransformedLogs", applyOnTransformedLogs())
        .put("DestinationArn", destinationArn())
        .put("Distribution", distribution())
        .put("EmitSystemFields", emitSystemFields())
        .put("FieldSelectionCriteria", fieldSelectionCriteria())
        .put("FilterName", filterName())
        .put("FilterPattern", filterPattern())
        .put("LogGroupName", logGroupName())
        .put("RoleArn", roleArn())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubscriptionFilter}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSubscriptionFilter.Builder {

    public Builder applyOnTransformedLogs(boolean value) {
      applyOnTransformedLogs(Expr.of(value));
      return this;
    }

    public Builder destinationArn(String value) {
      destinationArn(Expr.of(value));
      return this;
    }

    public Builder distribution(String value) {
      distribution(Expr.of(value));
      return this;
    }

    public Builder emitSystemFields(List<? extends Expr> values) {
      emitSystemFields(Expr.list(values));
      return this;
    }

    public Builder emitSystemFields(String... values) {
      emitSystemFields(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder fieldSelectionCriteria(String value) {
      fieldSelectionCriteria(Expr.of(value));
      return this;
    }

    public Builder filterName(String value) {
      filterName(Expr.of(value));
      return this;
    }

    public Builder filterPattern(String value) {
      filterPattern(Expr.of(value));
      return this;
    }

    public Builder logGroupName(String value) {
      logGroupName(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }
  }
}
