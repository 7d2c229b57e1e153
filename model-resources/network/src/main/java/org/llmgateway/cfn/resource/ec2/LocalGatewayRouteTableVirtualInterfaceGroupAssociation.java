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
 * {@code AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation}: Describes an
 * association between a local gateway route table and a virtual interface group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-localgatewayroutetablevirtualinterfacegroupassociation.html">AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LocalGatewayRouteTableVirtualInterfaceGroupAssociation extends Resource {

  String TYPE = "AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the local gateway route table. */
  Expr localGatewayRouteTableId();

  /** Required. The ID of the virtual interface group. */
  Expr localGatewayVirtualInterfaceGroupId();

  /** The tags assigned to the association. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LocalGatewayRouteTableId", localGatewayRouteTableId())
        .put("LocalGatewayVirtualInterfaceGroupId", localGatewayVirtualInterfaceGroupId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code LocalGatewayId} attribute: The ID of the local gateway. */
  default GetAtt attrLocalGatewayId() {
    return getAtt("LocalGatewayId");
  }

  /**
   * The {@code LocalGatewayRouteTableArn} attribute: The Amazon Resource Name (ARN) of the local
   * gateway route table for the virtual interface group.
   */
  default GetAtt attrLocalGatewayRouteTableArn() {
    return getAtt("LocalGatewayRouteTableArn");
  }

  /**
   * The {@code LocalGatewayRouteTableVirtualInterfaceGroupAssociationId} attribute: The ID of the
   * association.
   */
  default GetAtt attrLocalGatewayRouteTableVirtualInterfaceGroupAssociationId() {
    return getAtt("LocalGatewayRouteTableVirtualInterfaceGroupAssociationId");
  }

  /**
   * The {@code OwnerId} attribute: The ID of the AWS account that owns the local gateway virtual
   * interface group association.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /** The {@code State} attribute: The state of the association. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LocalGatewayRouteTableVirtualInterfaceGroupAssociation}; every setter also
   * takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableLocalGatewayRouteTableVirtualInterfaceGroupAssociation.Builder {

    public Builder localGatewayRouteTableId(String value) {
      localGatewayRouteTableId(Expr.of(value));
      return this;
    }

    public Builder localGatewayVirtualInterfaceGroupId(String value) {
      localGatewayVirtualInterfaceGroupId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
