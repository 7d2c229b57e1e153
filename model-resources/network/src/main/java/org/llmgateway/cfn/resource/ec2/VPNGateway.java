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
 * {@code AWS::EC2::VPNGateway}: Specifies a virtual private gateway. A virtual private gateway is
 * the endpoint on the VPC side of your VPN connection. You can create a virtual private gateway
 * before creating the VPC itself.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpngateway.html">AWS::EC2::VPNGateway</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPNGateway extends Resource {

  String TYPE = "AWS::EC2::VPNGateway";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The private Autonomous System Number (ASN) for the Amazon side of a BGP session. */
  Optional<Expr> amazonSideAsn();

  /** Any tags assigned to the virtual private gateway. */
  Optional<Expr> tags();

  /** Required. The type of VPN connection the virtual private gateway supports. */
  Expr type();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AmazonSideAsn", amazonSideAsn())
        .put("Tags", tags())
        .put("Type", type())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code VPNGatewayId} attribute: The ID of the VPN gateway. */
  default GetAtt attrVPNGatewayId() {
    return getAtt("VPNGatewayId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPNGateway}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPNGateway.Builder {

    public Builder amazonSideAsn(long value) {
      amazonSideAsn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder type(String value) {
      type(Expr.of(value));
      return this;
    }
  }
}
