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
 * {@code AWS::EC2::VPCEndpointConnectionNotification}: Specifies a connection notification for a
 * VPC endpoint or VPC endpoint service. A connection notification notifies you of specific endpoint
 * events. You must create an SNS topic to receive notifications. For more information, see [Create
 * a Topic](https://docs.aws.amazon.com/sns/latest/dg/CreateTopic.html) in the *Amazon Simple
 * Notification Service Developer Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcendpointconnectionnotification.html">AWS::EC2::VPCEndpointConnectionNotification</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCEndpointConnectionNotification extends Resource {

  String TYPE = "AWS::EC2::VPCEndpointConnectionNotification";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The endpoint events for which to receive notifications. Valid values are `Accept` ,
   * `Connect` , `Delete` , and `Reject` .
   */
  Expr connectionEvents();

  /** Required. The ARN of the SNS topic for the notifications. */
  Expr connectionNotificationArn();

  /** The ID of the endpoint service. */
  Optional<Expr> serviceId();

  /** The ID of the endpoint. */
  Optional<Expr> vpcEndpointId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ConnectionEvents", connectionEvents())
        .put("ConnectionNotificationArn", connectionNotificationArn())
        .put("ServiceId", serviceId())
        .put("VPCEndpointId", vpcEndpointId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code VPCEndpointConnectionNotificationId} attribute: The ID of the notification. */
  default GetAtt attrVPCEndpointConnectionNotificationId() {
    return getAtt("VPCEndpointConnectionNotificationId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VPCEndpointConnectionNotification}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableVPCEndpointConnectionNotification.Builder {

    public Builder connectionEvents(List<? extends Expr> values) {
      connectionEvents(Expr.list(values));
      return this;
    }

    public Builder connectionEvents(String... values) {
      connectionEvents(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder connectionNotificationArn(String value) {
      connectionNotificationArn(Expr.of(value));
      return this;
    }

    public Builder serviceId(String value) {
      serviceId(Expr.of(value));
      return this;
    }

    public Builder vpcEndpointId(String value) {
      vpcEndpointId(Expr.of(value));
      return this;
    }
  }
}
