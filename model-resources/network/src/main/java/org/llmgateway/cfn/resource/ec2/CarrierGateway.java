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
 * {@code AWS::EC2::CarrierGateway}: Creates a carrier gateway. For more information about carrier
 * gateways, see [Carrier
 * gateways](https://docs.aws.amazon.com/wavelength/latest/developerguide/how-wavelengths-work.html#wavelength-carrier-gateway)
 * in the *AWS Wavelength Developer Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-carriergateway.html">AWS::EC2::CarrierGateway</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CarrierGateway extends Resource {

  String TYPE = "AWS::EC2::CarrierGateway";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The tags assigned to the carrier gateway. */
  Optional<Expr> tags();

  /** Required. The ID of the VPC associated with the carrier gateway. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CarrierGatewayId} attribute: The ID of the carrier gateway. */
  default GetAtt attrCarrierGatewayId() {
    return getAtt("CarrierGatewayId");
  }

  /** The {@code OwnerId} attribute: The AWS account ID of the owner of the carrier gateway. */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /** The {@code State} attribute: The state of the carrier gateway. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CarrierGateway}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCarrierGateway.Builder {

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
