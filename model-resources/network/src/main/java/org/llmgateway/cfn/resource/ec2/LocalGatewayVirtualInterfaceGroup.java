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
 * {@code AWS::EC2::LocalGatewayVirtualInterfaceGroup}: Describes a local gateway virtual interface
 * group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-localgatewayvirtualinterfacegroup.html">AWS::EC2::LocalGatewayVirtualInterfaceGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LocalGatewayVirtualInterfaceGroup extends Resource {

  String TYPE = "AWS::EC2::LocalGatewayVirtualInterfaceGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The Autonomous System Number(ASN) for the local Border Gateway Protocol (BGP). */
  Optional<Expr> localBgpAsn();

  /** The extended 32-bit ASN for the local BGP configuration. */
  Optional<Expr> localBgpAsnExtended();

  /** Required. The ID of the local gateway. */
  Expr localGatewayId();

  /** The tags assigned to the virtual interface group. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LocalBgpAsn", localBgpAsn())
        .put("LocalBgpAsnExtended", localBgpAsnExtended())
        .put("LocalGatewayId", localGatewayId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code ConfigurationState} attribute: The current state of the local gateway virtual
   * interface group.
   */
  default GetAtt attrConfigurationState() {
    return getAtt("ConfigurationState");
  }

  /**
   * The {@code LocalGatewayVirtualInterfaceGroupArn} attribute: The Amazon Resource Number (ARN) of
   * the local gateway virtual interface group.
   */
  default GetAtt attrLocalGatewayVirtualInterfaceGroupArn() {
    return getAtt("LocalGatewayVirtualInterfaceGroupArn");
  }

  /**
   * The {@code LocalGatewayVirtualInterfaceGroupId} attribute: The ID of the virtual interface
   * group.
   */
  default GetAtt attrLocalGatewayVirtualInterfaceGroupId() {
    return getAtt("LocalGatewayVirtualInterfaceGroupId");
  }

  /** The {@code LocalGatewayVirtualInterfaceIds} attribute: The IDs of the virtual interfaces. */
  default GetAtt attrLocalGatewayVirtualInterfaceIds() {
    return getAtt("LocalGatewayVirtualInterfaceIds");
  }

  /**
   * The {@code OwnerId} attribute: The ID of the AWS account that owns the local gateway virtual
   * interface group.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LocalGatewayVirtualInterfaceGroup}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableLocalGatewayVirtualInterfaceGroup.Builder {

    public Builder localBgpAsn(long value) {
      localBgpAsn(Expr.of(value));
      return this;
    }

    public Builder localBgpAsnExtended(long value) {
      localBgpAsnExtended(Expr.of(value));
      return this;
    }

    public Builder localGatewayId(String value) {
      localGatewayId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
