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
 * {@code AWS::EC2::TransitGatewayMulticastDomainAssociation}: Associates the specified subnets and
 * transit gateway attachments with the specified transit gateway multicast domain.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaymulticastdomainassociation.html">AWS::EC2::TransitGatewayMulticastDomainAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayMulticastDomainAssociation extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayMulticastDomainAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The IDs of the subnets to associate with the transit gateway multicast domain. */
  Expr subnetId();

  /** Required. The ID of the transit gateway attachment. */
  Expr transitGatewayAttachmentId();

  /** Required. The ID of the transit gateway multicast domain. */
  Expr transitGatewayMulticastDomainId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("SubnetId", subnetId())
        .put("TransitGatewayAttachmentId", transitGatewayAttachmentId())
        .put("TransitGatewayMulticastDomainId", transitGatewayMulticastDomainId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ResourceId} attribute: The ID of the resource. */
  default GetAtt attrResourceId() {
    return getAtt("ResourceId");
  }

  /** The {@code ResourceType} attribute: The type of resource, for example a VPC attachment. */
  default GetAtt attrResourceType() {
    return getAtt("ResourceType");
  }

  /** The {@code State} attribute: The state of the resource. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayMulticastDomainAssociation}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableTransitGatewayMulticastDomainAssociation.Builder {

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }

    public Builder transitGatewayAttachmentId(String value) {
      transitGatewayAttachmentId(Expr.of(value));
      return this;
    }

    public Builder transitGatewayMulticastDomainId(String value) {
      transitGatewayMulticastDomainId(Expr.of(value));
      return this;
    }
  }
}
