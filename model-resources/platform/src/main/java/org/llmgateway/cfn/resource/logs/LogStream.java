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
 * {@code AWS::Logs::LogStream}: The `AWS::Logs::LogStream` resource specifies an Amazon CloudWatch
 * Logs log stream in a specific log group. A log stream represents the sequence of events coming
 * from an application instance or resource that you are monitoring.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-logstream.html">AWS::Logs::LogStream</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LogStream extends Resource {

  String TYPE = "AWS::Logs::LogStream";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the log group where the log stream is created. */
  Expr logGroupName();

  /** The name of the log stream. The name must be unique within the log group. */
  Optional<Expr> logStreamName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LogGroupName", logGroupName())
        .put("LogStreamName", logStreamName())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LogStream}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLogStream.Builder {

    public Builder logGroupName(String value) {
      logGroupName(Expr.of(value));
      return this;
    }

    public Builder logStreamName(String value) {
      logStreamName(Expr.of(value));
      return this;
    }
  }
}
