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
 * {@code AWS::EC2::TransitGatewayMeteringPolicy}: Describes a transit gateway metering policy.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaymeteringpolicy.html">AWS::EC2::TransitGatewayMeteringPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayMeteringPolicy extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayMeteringPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The IDs of the middlebox attachments associated with the metering policy. */
  Optional<Expr> middleboxAttachmentIds();

  /** The tags assigned to the transit gateway metering policy. */
  Optional<Expr> tags();

  /** Required. The ID of the transit gateway associated with the metering policy. */
  Expr transitGatewayId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("MiddleboxAttachmentIds", middleboxAttachmentIds())
        .put("Tags", tags())
        .put("TransitGatewayId", transitGatewayId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code State} attribute: The state of the transit gateway metering policy. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /**
   * The {@code TransitGatewayMeteringPolicyId} attribute: The ID of the transit gateway metering
   * policy.
   */
  default GetAtt attrTransitGatewayMeteringPolicyId() {
    return getAtt("TransitGatewayMeteringPolicyId");
  }

  /**
   * The {@code UpdateEffectiveAt} attribute: The date and time when the metering policy update
   * becomes effective.
   */
  default GetAtt attrUpdateEffectiveAt() {
    return getAtt("UpdateEffectiveAt");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayMeteringPolicy}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableTransitGatewayMeteringPolicy.Builder {

    public Builder middleboxAttachmentIds(List<? extends Expr> values) {
      middleboxAttachmentIds(Expr.list(values));
      return this;
    }

    public Builder middleboxAttachmentIds(String... values) {
      middleboxAttachmentIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitGatewayId(String value) {
      transitGatewayId(Expr.of(value));
      return this;
    }
  }
}
