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
 * {@code AWS::EC2::TrafficMirrorSession}: Creates a Traffic Mirror session.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-trafficmirrorsession.html">AWS::EC2::TrafficMirrorSession</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrafficMirrorSession extends Resource {

  String TYPE = "AWS::EC2::TrafficMirrorSession";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The description of the Traffic Mirror session. */
  Optional<Expr> description();

  /** Required. The ID of the source network interface. */
  Expr networkInterfaceId();

  /** The ID of the account that owns the Traffic Mirror session. */
  Optional<Expr> ownerId();

  /**
   * The number of bytes in each packet to mirror. These are bytes after the VXLAN header. Do not
   * specify this parameter when you want to mirror the entire packet. To mirror a subset of the
   * packet, set this to the length (in bytes) that you want to mirror. For example, if you set this
   * value to 100, then the first 100 bytes that meet the filter criteria are copied to the target.
   */
  Optional<Expr> packetLength();

  /**
   * Required. The session number determines the order in which sessions are evaluated when an
   * interface is used by multiple sessions. The first session with a matching filter is the one
   * that mirrors the packets.
   */
  Expr sessionNumber();

  /** The tags to assign to a Traffic Mirror session. */
  Optional<Expr> tags();

  /** Required. The ID of the Traffic Mirror filter. */
  Expr trafficMirrorFilterId();

  /** Required. The ID of the Traffic Mirror target. */
  Expr trafficMirrorTargetId();

  /**
   * The VXLAN ID for the Traffic Mirror session. For more information about the VXLAN protocol, see
   * [RFC 7348](https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc7348) . If you
   * do not specify a `VirtualNetworkId` , an account-wide unique ID is chosen at random.
   */
  Optional<Expr> virtualNetworkId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("NetworkInterfaceId", networkInterfaceId())
        .put("OwnerId", ownerId())
        .put("PacketLength", packetLength())
        .put("SessionNumber", sessionNumber())
        .put("Tags", tags())
        .put("TrafficMirrorFilterId", trafficMirrorFilterId())
        .put("TrafficMirrorTargetId", trafficMirrorTargetId())
        .put("VirtualNetworkId", virtualNetworkId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of a Traffic Mirror session. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrafficMirrorSession}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableTrafficMirrorSession.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder networkInterfaceId(String value) {
      networkInterfaceId(Expr.of(value));
      return this;
    }

    public Builder ownerId(String value) {
      ownerId(Expr.of(value));
      return this;
    }

    public Builder packetLength(long value) {
      packetLength(Expr.of(value));
      return this;
    }

    public Builder sessionNumber(long value) {
      sessionNumber(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder trafficMirrorFilterId(String value) {
      trafficMirrorFilterId(Expr.of(value));
      return this;
    }

    public Builder trafficMirrorTargetId(String value) {
      trafficMirrorTargetId(Expr.of(value));
      return this;
    }

    public Builder virtualNetworkId(long value) {
      virtualNetworkId(Expr.of(value));
      return this;
    }
  }
}
