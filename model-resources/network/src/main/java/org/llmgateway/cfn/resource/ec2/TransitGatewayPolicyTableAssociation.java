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
 * {@code AWS::EC2::TransitGatewayPolicyTableAssociation}:
 * AWS::EC2::TransitGatewayPolicyTableAssociation Resource Definition
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaypolicytableassociation.html">AWS::EC2::TransitGatewayPolicyTableAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayPolicyTableAssociation extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayPolicyTableAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of transit gateway attachment. */
  Expr transitGatewayAttachmentId();

  /** Required. The ID of transit gateway policy table. */
  Expr transitGatewayPolicyTableId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("TransitGatewayAttachmentId", transitGatewayAttachmentId())
        .put("TransitGatewayPolicyTableId", transitGatewayPolicyTableId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code State} attribute: The state of the transit gateway policy table association. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayPolicyTableAssociation}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableTransitGatewayPolicyTableAssociation.Builder {

    public Builder transitGatewayAttachmentId(String value) {
      transitGatewayAttachmentId(Expr.of(value));
      return this;
    }

    public Builder transitGatewayPolicyTableId(String value) {
      transitGatewayPolicyTableId(Expr.of(value));
      return this;
    }
  }
}
