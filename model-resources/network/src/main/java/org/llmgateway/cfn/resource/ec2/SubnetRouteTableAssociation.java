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
 * {@code AWS::EC2::SubnetRouteTableAssociation}: Associates a subnet with a route table. The subnet
 * and route table must be in the same VPC. This association causes traffic originating from the
 * subnet to be routed according to the routes in the route table. A route table can be associated
 * with multiple subnets. To create a route table, see
 * [AWS::EC2::RouteTable](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-routetable.html)
 * .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnetroutetableassociation.html">AWS::EC2::SubnetRouteTableAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SubnetRouteTableAssociation extends Resource {

  String TYPE = "AWS::EC2::SubnetRouteTableAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the route table. */
  Expr routeTableId();

  /** Required. The ID of the subnet. */
  Expr subnetId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("RouteTableId", routeTableId())
        .put("SubnetId", subnetId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the subnet route table association. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SubnetRouteTableAssociation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableSubnetRouteTableAssociation.Builder {

    public Builder routeTableId(String value) {
      routeTableId(Expr.of(value));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }
  }
}
