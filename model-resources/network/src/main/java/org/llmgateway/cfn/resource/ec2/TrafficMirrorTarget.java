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
 * {@code AWS::EC2::TrafficMirrorTarget}: Specifies a target for your Traffic Mirror session.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-trafficmirrortarget.html">AWS::EC2::TrafficMirrorTarget</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrafficMirrorTarget extends Resource {

  String TYPE = "AWS::EC2::TrafficMirrorTarget";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The description of the Traffic Mirror target. */
  Optional<Expr> description();

  /** The ID of the Gateway Load Balancer endpoint. */
  Optional<Expr> gatewayLoadBalancerEndpointId();

  /** The network interface ID that is associated with the target. */
  Optional<Expr> networkInterfaceId();

  /**
   * The Amazon Resource Name (ARN) of the Network Load Balancer that is associated with the target.
   */
  Optional<Expr> networkLoadBalancerArn();

  /** The tags to assign to the Traffic Mirror target. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("GatewayLoadBalancerEndpointId", gatewayLoadBalancerEndpointId())
        .put("NetworkInterfaceId", networkInterfaceId())
        .put("NetworkLoadBalancerArn", networkLoadBalancerArn())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrafficMirrorTarget}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTrafficMirrorTarget.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder gatewayLoadBalancerEndpointId(String value) {
      gatewayLoadBalancerEndpointId(Expr.of(value));
      return this;
    }

    public Builder networkInterfaceId(String value) {
      networkInterfaceId(Expr.of(value));
      return this;
    }

    public Builder networkLoadBalancerArn(String value) {
      networkLoadBalancerArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
