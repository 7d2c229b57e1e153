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
 * {@code AWS::EC2::LocalGatewayRouteTable}: Describes a local gateway route table.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-localgatewayroutetable.html">AWS::EC2::LocalGatewayRouteTable</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LocalGatewayRouteTable extends Resource {

  String TYPE = "AWS::EC2::LocalGatewayRouteTable";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the local gateway. */
  Expr localGatewayId();

  /** The mode of the local gateway route table. */
  Optional<Expr> mode();

  /** The tags assigned to the local gateway route table. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LocalGatewayId", localGatewayId())
        .put("Mode", mode())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code LocalGatewayRouteTableArn} attribute: The Amazon Resource Name (ARN) of the local
   * gateway route table.
   */
  default GetAtt attrLocalGatewayRouteTableArn() {
    return getAtt("LocalGatewayRouteTableArn");
  }

  /** The {@code LocalGatewayRouteTableId} attribute: The ID of the local gateway route table. */
  default GetAtt attrLocalGatewayRouteTableId() {
    return getAtt("LocalGatewayRouteTableId");
  }

  /** The {@code OutpostArn} attribute: The Amazon Resource Name (ARN) of the Outpost. */
  default GetAtt attrOutpostArn() {
    return getAtt("OutpostArn");
  }

  /**
   * The {@code OwnerId} attribute: The ID of the AWS account that owns the local gateway route
   * table.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /** The {@code State} attribute: The state of the local gateway route table. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LocalGatewayRouteTable}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableLocalGatewayRouteTable.Builder {

    public Builder localGatewayId(String value) {
      localGatewayId(Expr.of(value));
      return this;
    }

    public Builder mode(String value) {
      mode(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
