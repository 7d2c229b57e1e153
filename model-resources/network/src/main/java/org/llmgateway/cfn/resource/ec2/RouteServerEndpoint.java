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
 * {@code AWS::EC2::RouteServerEndpoint}: Creates a new endpoint for a route server in a specified
 * subnet.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-routeserverendpoint.html">AWS::EC2::RouteServerEndpoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RouteServerEndpoint extends Resource {

  String TYPE = "AWS::EC2::RouteServerEndpoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the route server associated with this endpoint. */
  Expr routeServerId();

  /** Required. The ID of the subnet to place the route server endpoint into. */
  Expr subnetId();

  /** Any tags assigned to the route server endpoint. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("RouteServerId", routeServerId())
        .put("SubnetId", subnetId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN for the endpoint. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code EniAddress} attribute: The IP address of the Elastic network interface for the
   * endpoint.
   */
  default GetAtt attrEniAddress() {
    return getAtt("EniAddress");
  }

  /** The {@code EniId} attribute: The ID of the Elastic network interface for the endpoint. */
  default GetAtt attrEniId() {
    return getAtt("EniId");
  }

  /** The {@code Id} attribute: The unique identifier of the route server endpoint. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /** The {@code VpcId} attribute: The ID of the VPC containing the endpoint. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RouteServerEndpoint}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRouteServerEndpoint.Builder {

    public Builder routeServerId(String value) {
      routeServerId(Expr.of(value));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
