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
 * {@code AWS::EC2::RouteServerPropagation}: Specifies route propagation from a route server to a
 * route table.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-routeserverpropagation.html">AWS::EC2::RouteServerPropagation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RouteServerPropagation extends Resource {

  String TYPE = "AWS::EC2::RouteServerPropagation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the route server configured for route propagation. */
  Expr routeServerId();

  /** Required. The ID of the route table configured for route server propagation. */
  Expr routeTableId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("RouteServerId", routeServerId())
        .put("RouteTableId", routeTableId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RouteServerPropagation}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableRouteServerPropagation.Builder {

    public Builder routeServerId(String value) {
      routeServerId(Expr.of(value));
      return this;
    }

    public Builder routeTableId(String value) {
      routeTableId(Expr.of(value));
      return this;
    }
  }
}
