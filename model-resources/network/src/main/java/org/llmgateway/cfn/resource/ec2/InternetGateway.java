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
 * {@code AWS::EC2::InternetGateway}: Allocates an internet gateway for use with a VPC. After
 * creating the Internet gateway, you then attach it to a VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-internetgateway.html">AWS::EC2::InternetGateway</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface InternetGateway extends Resource {

  String TYPE = "AWS::EC2::InternetGateway";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Any tags to assign to the internet gateway. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code InternetGatewayId} attribute: The ID of the internet gateway. */
  default GetAtt attrInternetGatewayId() {
    return getAtt("InternetGatewayId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InternetGateway}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableInternetGateway.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
