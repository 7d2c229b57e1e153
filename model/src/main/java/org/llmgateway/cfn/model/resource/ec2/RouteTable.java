package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::EC2::RouteTable. {@code Ref} gives the route table id. */
@Value.Immutable
@CfnStyle
public interface RouteTable extends Resource {

  @Override
  default String resourceType() {
    return "AWS::EC2::RouteTable";
  }

  @JsonProperty("VpcId")
  Expr vpcId();

  @JsonProperty("Tags")
  List<Tag> tags();

  static ImmutableRouteTable.Builder builder() {
    return ImmutableRouteTable.builder();
  }
}
