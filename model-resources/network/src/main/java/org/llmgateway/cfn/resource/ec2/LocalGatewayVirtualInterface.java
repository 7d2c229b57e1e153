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
 * {@code AWS::EC2::LocalGatewayVirtualInterface}: Describes a local gateway virtual interface.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-localgatewayvirtualinterface.html">AWS::EC2::LocalGatewayVirtualInterface</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LocalGatewayVirtualInterface extends Resource {

  String TYPE = "AWS::EC2::LocalGatewayVirtualInterface";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The local address. */
  Expr localAddress();

  /** Required. The ID of the local gateway virtual interface group. */
  Expr localGatewayVirtualInterfaceGroupId();

  /** Required. The Outpost LAG ID. */
  Expr outpostLagId();

  /** Required. The peer address. */
  Expr peerAddress();

  /** The peer BGP ASN. */
  Optional<Expr> peerBgpAsn();

  /** The extended 32-bit ASN of the BGP peer for use with larger ASN values. */
  Optional<Expr> peerBgpAsnExtended();

  /** The tags assigned to the virtual interface. */
  Optional<Expr> tags();

  /** Required. The ID of the VLAN. */
  Expr vlan();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LocalAddress", localAddress())
        .put("LocalGatewayVirtualInterfaceGroupId", localGatewayVirtualInterfaceGroupId())
        .put("OutpostLagId", outpostLagId())
        .put("PeerAddress", peerAddress())
        .put("PeerBgpAsn", peerBgpAsn())
        .put("PeerBgpAsnExtended", peerBgpAsnExtended())
        .put("Tags", tags())
        .put("Vlan", vlan())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code ConfigurationState} attribute: The current state of the local gateway virtual
   * interface.
   */
  default GetAtt attrConfigurationState() {
    return getAtt("ConfigurationState");
  }

  /**
   * The {@code LocalBgpAsn} attribute: The Border Gateway Protocol (BGP) Autonomous System Number
   * (ASN) of the local gateway.
   */
  default GetAtt attrLocalBgpAsn() {
    return getAtt("LocalBgpAsn");
  }

  /** The {@code LocalGatewayId} attribute: The ID of the local gateway. */
  default GetAtt attrLocalGatewayId() {
    return getAtt("LocalGatewayId");
  }

  /** The {@code LocalGatewayVirtualInterfaceId} attribute: The ID of the virtual interface. */
  default GetAtt attrLocalGatewayVirtualInterfaceId() {
    return getAtt("LocalGatewayVirtualInterfaceId");
  }

  /**
   * The {@code OwnerId} attribute: The ID of the AWS account that owns the local gateway virtual
   * interface.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LocalGatewayVirtualInterface}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableLocalGatewayVirtualInterface.Builder {

    public Builder localAddress(String value) {
      localAddress(Expr.of(value));
      return this;
    }

    public Builder localGatewayVirtualInterfaceGroupId(String value) {
      localGatewayVirtualInterfaceGroupId(Expr.of(value));
      return this;
    }

    public Builder outpostLagId(String value) {
      outpostLagId(Expr.of(value));
      return this;
    }

    public Builder peerAddress(String value) {
      peerAddress(Expr.of(value));
      return this;
    }

    public Builder peerBgpAsn(long value) {
      peerBgpAsn(Expr.of(value));
      return this;
    }

    public Builder peerBgpAsnExtended(long value) {
      peerBgpAsnExtended(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder vlan(long value) {
      vlan(Expr.of(value));
      return this;
    }
  }
}
