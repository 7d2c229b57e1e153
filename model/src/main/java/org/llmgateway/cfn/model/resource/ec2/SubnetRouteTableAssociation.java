package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::EC2::SubnetRouteTableAssociation: which route table a subnet uses. */
@Value.Immutable
@CfnStyle
public interface SubnetRouteTableAssociation extends Resource {

  @Override
  default String resourceType() {
    return "AWS::EC2::SubnetRouteTableAssociation";
  }

  @JsonProperty("SubnetId")
  Expr subnetId();

  @JsonProperty("RouteTableId")
  Expr routeTableId();

  static ImmutableSubnetRouteTableAssociation.Builder builder() {
    return ImmutableSubnetRouteTableAssociation.builder();
  }
}
