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
 * {@code AWS::EC2::EgressOnlyInternetGateway}: [IPv6 only] Specifies an egress-only internet
 * gateway for your VPC. An egress-only internet gateway is used to enable outbound communication
 * over IPv6 from instances in your VPC to the internet, and prevents hosts outside of your VPC from
 * initiating an IPv6 connection with your instance.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-egressonlyinternetgateway.html">AWS::EC2::EgressOnlyInternetGateway</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EgressOnlyInternetGateway extends Resource {

  String TYPE = "AWS::EC2::EgressOnlyInternetGateway";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The tags assigned to the egress-only internet gateway. */
  Optional<Expr> tags();

  /** Required. The ID of the VPC for which to create the egress-only internet gateway. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the egress-only internet gateway. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link EgressOnlyInternetGateway}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableEgressOnlyInternetGateway.Builder {

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
