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
 * {@code AWS::EC2::LocalGatewayRouteTableVPCAssociation}: Associates the specified VPC with the
 * specified local gateway route table.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-localgatewayroutetablevpcassociation.html">AWS::EC2::LocalGatewayRouteTableVPCAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LocalGatewayRouteTableVPCAssociation extends Resource {

  String TYPE = "AWS::EC2::LocalGatewayRouteTableVPCAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the local gateway route table. */
  Expr localGatewayRouteTableId();

  /** The tags assigned to the association. */
  Optional<Expr> tags();

  /** Required. The ID of the VPC. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LocalGatewayRouteTableId", localGatewayRouteTableId())
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code LocalGatewayId} attribute: The ID of the local gateway. */
  default GetAtt attrLocalGatewayId() {
    return getAtt("LocalGatewayId");
  }

  /** The {@code LocalGatewayRouteTableVpcAssociationId} attribute: The ID of the association. */
  default GetAtt attrLocalGatewayRouteTableVpcAssociationId() {
    return getAtt("LocalGatewayRouteTableVpcAssociationId");
  }

  /** The {@code State} attribute: The state of the association. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LocalGatewayRouteTableVPCAssociation}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableLocalGatewayRouteTableVPCAssociation.Builder {

    public Builder localGatewayRouteTableId(String value) {
      localGatewayRouteTableId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }
}
