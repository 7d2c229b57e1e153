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
 * {@code AWS::EC2::VPCBlockPublicAccessExclusion}: Create a VPC Block Public Access (BPA)
 * exclusion. A VPC BPA exclusion is a mode that can be applied to a single VPC or subnet that
 * exempts it from the account’s BPA mode and will allow bidirectional or egress-only access. You
 * can create BPA exclusions for VPCs and subnets even when BPA is not enabled on the account to
 * ensure that there is no traffic disruption to the exclusions when VPC BPA is turned on. To learn
 * more about VPC BPA, see [Block public access to VPCs and
 * subnets](https://docs.aws.amazon.com/vpc/latest/userguide/security-vpc-bpa.html) in the *Amazon
 * VPC User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcblockpublicaccessexclusion.html">AWS::EC2::VPCBlockPublicAccessExclusion</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCBlockPublicAccessExclusion extends Resource {

  String TYPE = "AWS::EC2::VPCBlockPublicAccessExclusion";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The desired VPC Block Public Access mode for a specific VPC or subnet exclusion. */
  Expr internetGatewayExclusionMode();

  /** The ID of the subnet you want to exclude. Required only if you don't specify VpcId. */
  Optional<Expr> subnetId();

  /** An array of key-value pairs to apply to this resource. */
  Optional<Expr> tags();

  /** The ID of the VPC you want to exclude. Required only if you don't specify SubnetId. */
  Optional<Expr> vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("InternetGatewayExclusionMode", internetGatewayExclusionMode())
        .put("SubnetId", subnetId())
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ExclusionId} attribute: The ID of the exclusion. */
  default GetAtt attrExclusionId() {
    return getAtt("ExclusionId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VPCBlockPublicAccessExclusion}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableVPCBlockPublicAccessExclusion.Builder {

    public Builder internetGatewayExclusionMode(String value) {
      internetGatewayExclusionMode(Expr.of(value));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }

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
