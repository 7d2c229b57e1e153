// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.route53;

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
 * {@code AWS::Route53::QueryLoggingConfig}: Resource Type definition for
 * AWS::Route53::QueryLoggingConfig. Creates a configuration for DNS query logging, which publishes
 * query logs for a public hosted zone to an Amazon CloudWatch Logs log group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-queryloggingconfig.html">AWS::Route53::QueryLoggingConfig</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface QueryLoggingConfig extends Resource {

  String TYPE = "AWS::Route53::QueryLoggingConfig";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The Amazon Resource Name (ARN) of the CloudWatch Logs log group in us-east-1 that
   * Amazon Route 53 publishes query logs to.
   */
  Expr cloudWatchLogsLogGroupArn();

  /** Required. The ID of the public hosted zone that Amazon Route 53 logs queries for. */
  Expr hostedZoneId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CloudWatchLogsLogGroupArn", cloudWatchLogsLogGroupArn())
        .put("HostedZoneId", hostedZoneId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the query logging configuration.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Id} attribute: The ID that Amazon Route 53 assigns to the configuration for DNS
   * query logging.
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryLoggingConfig}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableQueryLoggingConfig.Builder {

    public Builder cloudWatchLogsLogGroupArn(String value) {
      cloudWatchLogsLogGroupArn(Expr.of(value));
      return this;
    }

    public Builder hostedZoneId(String value) {
      hostedZoneId(Expr.of(value));
      return this;
    }
  }
}
