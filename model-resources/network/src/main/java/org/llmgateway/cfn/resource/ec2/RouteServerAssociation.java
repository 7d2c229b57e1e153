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
 * {@code AWS::EC2::RouteServerAssociation}: Specifies the association between a route server and a
 * VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-routeserverassociation.html">AWS::EC2::RouteServerAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RouteServerAssociation extends Resource {

  String TYPE = "AWS::EC2::RouteServerAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the associated route server. */
  Expr routeServerId();

  /** Required. The ID of the associated VPC. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("RouteServerId", routeServerId())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RouteServerAssociation}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableRouteServerAssociation.Builder {

    public Builder routeServerId(String value) {
      routeServerId(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }
}
