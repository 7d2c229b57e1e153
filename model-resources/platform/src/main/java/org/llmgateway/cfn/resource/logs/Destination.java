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
 * {@code AWS::Logs::Destination}: The AWS::Logs::Destination resource specifies a CloudWatch Logs
 * destination. A destination encapsulates a physical resource (such as an Amazon Kinesis data
 * stream) and enables you to subscribe that resource to a stream of log events.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-destination.html">AWS::Logs::Destination</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Destination extends Resource {

  String TYPE = "AWS::Logs::Destination";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the destination. */
  Expr destinationName();

  /**
   * An IAM policy document that governs which AWS accounts can create subscription filters against
   * this destination.
   */
  Optional<Expr> destinationPolicy();

  /**
   * Required. The ARN of an IAM role that permits CloudWatch Logs to send data to the specified AWS
   * resource.
   */
  Expr roleArn();

  /** The tags that have been assigned to this delivery destination. */
  Optional<Expr> tags();

  /**
   * Required. The Amazon Resource Name (ARN) of the physical target where the log events are
   * delivered (for example, a Kinesis stream).
   */
  Expr targetArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DestinationName", destinationName())
        .put("DestinationPolicy", destinationPolicy())
        .put("RoleArn", roleArn())
        .put("Tags", tags())
        .put("TargetArn", targetArn())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The ARN of the CloudWatch Logs destination, such as
   * `arn:aws:logs:us-west-1:123456789012:destination:MyDestination` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Destination}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDestination.Builder {

    public Builder destinationName(String value) {
      destinationName(Expr.of(value));
      return this;
    }

    public Builder destinationPolicy(String value) {
      destinationPolicy(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targetArn(String value) {
      targetArn(Expr.of(value));
      return this;
    }
  }
}
