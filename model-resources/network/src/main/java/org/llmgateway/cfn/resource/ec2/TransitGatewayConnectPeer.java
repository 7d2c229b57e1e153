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
 * {@code AWS::EC2::TransitGatewayConnectPeer}: Describes a transit gateway Connect peer.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewayconnectpeer.html">AWS::EC2::TransitGatewayConnectPeer</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayConnectPeer extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayConnectPeer";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The Connect peer details. */
  Expr connectPeerConfiguration();

  /** The tags for the Connect peer. */
  Optional<Expr> tags();

  /** Required. The ID of the Connect attachment. */
  Expr transitGatewayAttachmentId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ConnectPeerConfiguration", connectPeerConfiguration())
        .put("Tags", tags())
        .put("TransitGatewayAttachmentId", transitGatewayAttachmentId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code ConnectPeerConfiguration.BgpConfigurations} attribute: The BGP configuration
   * details.
   */
  default GetAtt attrConnectPeerConfigurationBgpConfigurations() {
    return getAtt("ConnectPeerConfiguration.BgpConfigurations");
  }

  /** The {@code ConnectPeerConfiguration.Protocol} attribute: The tunnel protocol. */
  default GetAtt attrConnectPeerConfigurationProtocol() {
    return getAtt("ConnectPeerConfiguration.Protocol");
  }

  /** The {@code CreationTime} attribute: The creation time. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code State} attribute: The state of the Connect peer. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code TransitGatewayConnectPeerId} attribute: The ID of the Connect peer. */
  default GetAtt attrTransitGatewayConnectPeerId() {
    return getAtt("TransitGatewayConnectPeerId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayConnectPeer}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableTransitGatewayConnectPeer.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitGatewayAttachmentId(String value) {
      transitGatewayAttachmentId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::TransitGatewayConnectPeer.TransitGatewayAttachmentBgpConfiguration}: The BGP
   * configuration information.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewayconnectpeer-transitgatewayattachmentbgpconfiguration.html">AWS::EC2::TransitGatewayConnectPeer.TransitGatewayAttachmentBgpConfiguration</a>
   */
  @Value.Immutable
  interface TransitGatewayAttachmentBgpConfiguration extends PropertyValue {

    /** The BGP status. */
    Optional<Expr> bgpStatus();

    /** The interior BGP peer IP address for the appliance. */
    Optional<Expr> peerAddress();

    /** The peer Autonomous System Number (ASN). */
    Optional<Expr> peerAsn();

    /** The interior BGP peer IP address for the transit gateway. */
    Optional<Expr> transitGatewayAddress();

    /** The transit gateway Autonomous System Number (ASN). */
    Optional<Expr> transitGatewayAsn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BgpStatus", bgpStatus())
          .put("PeerAddress", peerAddress())
          .put("PeerAsn", peerAsn())
          .put("TransitGatewayAddress", transitGatewayAddress())
          .put("TransitGatewayAsn", transitGatewayAsn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TransitGatewayAttachmentBgpConfiguration}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTransitGatewayConnectPeer.TransitGatewayAttachmentBgpConfiguration.Builder {

      public Builder bgpStatus(String value) {
        bgpStatus(Expr.of(value));
        return this;
      }

      public Builder peerAddress(String value) {
        peerAddress(Expr.of(value));
        return this;
      }

      public Builder peerAsn(long value) {
        peerAsn(Expr.of(value));
        return this;
      }

      public Builder peerAsn(double value) {
        peerAsn(Expr.of(value));
        return this;
      }

      public Builder transitGatewayAddress(String value) {
        transitGatewayAddress(Expr.of(value));
        return this;
      }

      public Builder transitGatewayAsn(long value) {
        transitGatewayAsn(Expr.of(value));
        return this;
      }

      public Builder transitGatewayAsn(double value) {
        transitGatewayAsn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::TransitGatewayConnectPeer.TransitGatewayConnectPeerConfiguration}: Describes
   * the Connect peer details.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewayconnectpeer-transitgatewayconnectpeerconfiguration.html">AWS::EC2::TransitGatewayConnectPeer.TransitGatewayConnectPeerConfiguration</a>
   */
  @Value.Immutable
  interface TransitGatewayConnectPeerConfiguration extends PropertyValue {

    /** The BGP configuration details. */
    Optional<Expr> bgpConfigurations();

    /** Required. The range of interior BGP peer IP addresses. */
    Expr insideCidrBlocks();

    /** Required. The Connect peer IP address on the appliance side of the tunnel. */
    Expr peerAddress();

    /** The tunnel protocol. */
    Optional<Expr> protocol();

    /** The Connect peer IP address on the transit gateway side of the tunnel. */
    Optional<Expr> transitGatewayAddress();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BgpConfigurations", bgpConfigurations())
          .put("InsideCidrBlocks", insideCidrBlocks())
          .put("PeerAddress", peerAddress())
          .put("Protocol", protocol())
          .put("TransitGatewayAddress", transitGatewayAddress())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TransitGatewayConnectPeerConfiguration}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableTransitGatewayConnectPeer.TransitGatewayConnectPeerConfiguration.Builder {

      public Builder bgpConfigurations(List<? extends Expr> values) {
        bgpConfigurations(Expr.list(values));
        return this;
      }

      public Builder insideCidrBlocks(List<? extends Expr> values) {
        insideCidrBlocks(Expr.list(values));
        return this;
      }

      public Builder insideCidrBlocks(String... values) {
        insideCidrBlocks(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder peerAddress(String value) {
        peerAddress(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder transitGatewayAddress(String value) {
        transitGatewayAddress(Expr.of(value));
        return this;
      }
    }
  }
}
