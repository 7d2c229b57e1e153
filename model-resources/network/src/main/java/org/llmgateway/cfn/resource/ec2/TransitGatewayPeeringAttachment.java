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
 * {@code AWS::EC2::TransitGatewayPeeringAttachment}: Requests a transit gateway peering attachment
 * between the specified transit gateway (requester) and a peer transit gateway (accepter). The peer
 * transit gateway can be in your account or a different AWS account .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaypeeringattachment.html">AWS::EC2::TransitGatewayPeeringAttachment</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayPeeringAttachment extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayPeeringAttachment";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the AWS account that owns the transit gateway. */
  Expr peerAccountId();

  /**
   * Required. The Region where the transit gateway that you want to create the peer for is located.
   */
  Expr peerRegion();

  /** Required. The ID of the transit gateway in the PeerRegion. */
  Expr peerTransitGatewayId();

  /** The tags for the transit gateway peering attachment. */
  Optional<Expr> tags();

  /** Required. The ID of the transit gateway peering attachment. */
  Expr transitGatewayId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PeerAccountId", peerAccountId())
        .put("PeerRegion", peerRegion())
        .put("PeerTransitGatewayId", peerTransitGatewayId())
        .put("Tags", tags())
        .put("TransitGatewayId", transitGatewayId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CreationTime} attribute: The time the transit gateway peering attachment was
   * created.
   */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The {@code State} attribute: The state of the transit gateway peering attachment. Note that the
   * `initiating` state has been deprecated.
   */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code Status} attribute. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code Status.Code} attribute. */
  default GetAtt attrStatusCode() {
    return getAtt("Status.Code");
  }

  /** The {@code Status.Message} attribute. */
  default GetAtt attrStatusMessage() {
    return getAtt("Status.Message");
  }

  /**
   * The {@code TransitGatewayAttachmentId} attribute: The ID of the transit gateway peering
   * attachment.
   */
  default GetAtt attrTransitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayPeeringAttachment}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableTransitGatewayPeeringAttachment.Builder {

    public Builder peerAccountId(String value) {
      peerAccountId(Expr.of(value));
      return this;
    }

    public Builder peerRegion(String value) {
      peerRegion(Expr.of(value));
      return this;
    }

    public Builder peerTransitGatewayId(String value) {
      peerTransitGatewayId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitGatewayId(String value) {
      transitGatewayId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::TransitGatewayPeeringAttachment.PeeringAttachmentStatus}: The status of the
   * transit gateway peering attachment.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewaypeeringattachment-peeringattachmentstatus.html">AWS::EC2::TransitGatewayPeeringAttachment.PeeringAttachmentStatus</a>
   */
  @Value.Immutable
  interface PeeringAttachmentStatus extends PropertyValue {

    /** The status code. */
    Optional<Expr> code();

    /** The status message, if applicable. */
    Optional<Expr> message();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Code", code())
          .put("Message", message())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PeeringAttachmentStatus}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableTransitGatewayPeeringAttachment.PeeringAttachmentStatus.Builder {

      public Builder code(String value) {
        code(Expr.of(value));
        return this;
      }

      public Builder message(String value) {
        message(Expr.of(value));
        return this;
      }
    }
  }
}
