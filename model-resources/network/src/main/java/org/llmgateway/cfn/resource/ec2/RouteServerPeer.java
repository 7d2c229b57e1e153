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
 * {@code AWS::EC2::RouteServerPeer}: Specifies a BGP peer configuration for a route server
 * endpoint.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-routeserverpeer.html">AWS::EC2::RouteServerPeer</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RouteServerPeer extends Resource {

  String TYPE = "AWS::EC2::RouteServerPeer";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The BGP configuration options for this peer, including ASN (Autonomous System Number)
   * and BFD (Bidrectional Forwarding Detection) settings.
   */
  Expr bgpOptions();

  /** Required. The IPv4 address of the peer device. */
  Expr peerAddress();

  /** Required. The ID of the route server endpoint associated with this peer. */
  Expr routeServerEndpointId();

  /** Any tags assigned to the route server peer. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BgpOptions", bgpOptions())
        .put("PeerAddress", peerAddress())
        .put("RouteServerEndpointId", routeServerEndpointId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the route server peer. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code EndpointEniAddress} attribute: The IP address of the Elastic network interface for
   * the route server endpoint.
   */
  default GetAtt attrEndpointEniAddress() {
    return getAtt("EndpointEniAddress");
  }

  /**
   * The {@code EndpointEniId} attribute: The ID of the Elastic network interface for the route
   * server endpoint.
   */
  default GetAtt attrEndpointEniId() {
    return getAtt("EndpointEniId");
  }

  /** The {@code Id} attribute: The ID of the route server peer. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /** The {@code RouteServerId} attribute: The ID of the route server associated with this peer. */
  default GetAtt attrRouteServerId() {
    return getAtt("RouteServerId");
  }

  /** The {@code SubnetId} attribute: The ID of the subnet containing the route server peer. */
  default GetAtt attrSubnetId() {
    return getAtt("SubnetId");
  }

  /** The {@code VpcId} attribute: The ID of the VPC containing the route server peer. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RouteServerPeer}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRouteServerPeer.Builder {

    public Builder peerAddress(String value) {
      peerAddress(Expr.of(value));
      return this;
    }

    public Builder routeServerEndpointId(String value) {
      routeServerEndpointId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::RouteServerPeer.BgpOptions}: The BGP configuration options for this peer,
   * including ASN (Autonomous System Number) and BFD (Bidrectional Forwarding Detection) settings.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-routeserverpeer-bgpoptions.html">AWS::EC2::RouteServerPeer.BgpOptions</a>
   */
  @Value.Immutable
  interface BgpOptions extends PropertyValue {

    /**
     * The Border Gateway Protocol (BGP) Autonomous System Number (ASN) for the appliance. Valid
     * values are from 1 to 4294967295. We recommend using a private ASN in the 64512–65534 (16-bit
     * ASN) or 4200000000–4294967294 (32-bit ASN) range.
     */
    Optional<Expr> peerAsn();

    /** The liveness detection protocol used for the BGP peer. */
    Optional<Expr> peerLivenessDetection();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PeerAsn", peerAsn())
          .put("PeerLivenessDetection", peerLivenessDetection())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link BgpOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRouteServerPeer.BgpOptions.Builder {

      public Builder peerAsn(long value) {
        peerAsn(Expr.of(value));
        return this;
      }

      public Builder peerLivenessDetection(String value) {
        peerLivenessDetection(Expr.of(value));
        return this;
      }
    }
  }
}
