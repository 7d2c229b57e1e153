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
 * {@code AWS::EC2::IpPoolRouteTableAssociation}: A route server association is the connection
 * established between a route server and a VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ippoolroutetableassociation.html">AWS::EC2::IpPoolRouteTableAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IpPoolRouteTableAssociation extends Resource {

  String TYPE = "AWS::EC2::IpPoolRouteTableAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of a public IPv4 address pool. */
  Expr publicIpv4Pool();

  /** Required. The ID of a route table. */
  Expr routeTableId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PublicIpv4Pool", publicIpv4Pool())
        .put("RouteTableId", routeTableId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AssociationId} attribute: The ID of a route table association. */
  default GetAtt attrAssociationId() {
    return getAtt("AssociationId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link IpPoolRouteTableAssociation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableIpPoolRouteTableAssociation.Builder {

    public Builder publicIpv4Pool(String value) {
      publicIpv4Pool(Expr.of(value));
      return this;
    }

    public Builder routeTableId(String value) {
      routeTableId(Expr.of(value));
      return this;
    }
  }
}
