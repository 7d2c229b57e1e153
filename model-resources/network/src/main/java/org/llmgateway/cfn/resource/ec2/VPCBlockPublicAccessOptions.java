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
 * {@code AWS::EC2::VPCBlockPublicAccessOptions}: VPC Block Public Access (BPA) enables you to block
 * resources in VPCs and subnets that you own in a Region from reaching or being reached from the
 * internet through internet gateways and egress-only internet gateways. To learn more about VPC
 * BPA, see [Block public access to VPCs and
 * subnets](https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html) in the *Amazon
 * VPC User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcblockpublicaccessoptions.html">AWS::EC2::VPCBlockPublicAccessOptions</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCBlockPublicAccessOptions extends Resource {

  String TYPE = "AWS::EC2::VPCBlockPublicAccessOptions";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The desired VPC Block Public Access mode for internet gateways in your account. We do
   * not allow you to create this resource type in an "off" mode since off is the default value.
   */
  Expr internetGatewayBlockMode();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("InternetGatewayBlockMode", internetGatewayBlockMode())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AccountId} attribute: The ID of the AWS account. */
  default GetAtt attrAccountId() {
    return getAtt("AccountId");
  }

  /**
   * The {@code ExclusionsAllowed} attribute: Determines if exclusions are allowed. If you have
   * enabled VPC BPA at the Organization level, exclusions may be not-allowed. Otherwise, they are
   * allowed.
   */
  default GetAtt attrExclusionsAllowed() {
    return getAtt("ExclusionsAllowed");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VPCBlockPublicAccessOptions}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableVPCBlockPublicAccessOptions.Builder {

    public Builder internetGatewayBlockMode(String value) {
      internetGatewayBlockMode(Expr.of(value));
      return this;
    }
  }
}
