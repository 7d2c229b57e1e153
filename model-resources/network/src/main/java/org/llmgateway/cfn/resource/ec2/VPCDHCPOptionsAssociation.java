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
 * {@code AWS::EC2::VPCDHCPOptionsAssociation}: Associates a set of DHCP options with a VPC, or
 * associates no DHCP options with the VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcdhcpoptionsassociation.html">AWS::EC2::VPCDHCPOptionsAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCDHCPOptionsAssociation extends Resource {

  String TYPE = "AWS::EC2::VPCDHCPOptionsAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The ID of the DHCP options set, or `default` to associate no DHCP options with the
   * VPC.
   */
  Expr dhcpOptionsId();

  /** Required. The ID of the VPC. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DhcpOptionsId", dhcpOptionsId())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VPCDHCPOptionsAssociation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableVPCDHCPOptionsAssociation.Builder {

    public Builder dhcpOptionsId(String value) {
      dhcpOptionsId(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }
}
