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
 * {@code AWS::Logs::DeliverySource}: Creates or updates one *delivery source* in your account. A
 * delivery source is an AWS resource that sends logs to an AWS destination. The destination can be
 * CloudWatch Logs , Amazon S3 , or Firehose .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-deliverysource.html">AWS::Logs::DeliverySource</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DeliverySource extends Resource {

  String TYPE = "AWS::Logs::DeliverySource";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A map of key-value pairs to configure the delivery source. Both keys and values must be between
   * 1 and 255 characters in length.
   */
  Optional<Expr> deliverySourceConfiguration();

  /**
   * The type of log that the source is sending. For valid values for this parameter, see the
   * documentation for the source service.
   */
  Optional<Expr> logType();

  /** Required. The unique name of the delivery source. */
  Expr name();

  /**
   * The ARN of the AWS resource that is generating and sending logs. For example,
   * `arn:aws:workmail:us-east-1:123456789012:organization/m-1234EXAMPLEabcd1234abcd1234abcd1234`
   */
  Optional<Expr> resourceArn();

  /** An array of key-value pairs to apply to the delivery source. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DeliverySourceConfiguration", deliverySourceConfiguration())
        .put("LogType", logType())
        .put("Name", name())
        .put("ResourceArn", resourceArn())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) that uniquely identifies this
   * delivery source.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code ResourceArns} attribute: This array contains the ARN of the AWS resource that sends
   * logs and is represented by this delivery source. Currently, only one ARN can be in the array.
   */
  default GetAtt attrResourceArns() {
    return getAtt("ResourceArns");
  }

  /** The {@code Service} attribute: The AWS service that is sending logs. */
  default GetAtt attrService() {
    return getAtt("Service");
  }

  /**
   * The {@code Status} attribute: The status of this delivery source. The value can be ACTIVE or
   * INACTIVE.
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /**
   * The {@code StatusReason} attribute: The reason for the status of this delivery source, such as
   * RESOURCE_DELETED.
   */
  default GetAtt attrStatusReason() {
    return getAtt("StatusReason");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliverySource}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDeliverySource.Builder {

    public Builder deliverySourceConfiguration(Map<String, ? extends Expr> entries) {
      deliverySourceConfiguration(Expr.map(entries));
      return this;
    }

    public Builder logType(String value) {
      logType(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder resourceArn(String value) {
      resourceArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
