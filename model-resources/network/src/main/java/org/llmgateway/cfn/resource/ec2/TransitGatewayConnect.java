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
 * {@code AWS::EC2::TransitGatewayConnect}: Creates a Connect attachment from a specified transit
 * gateway attachment. A Connect attachment is a GRE-based tunnel attachment that you can use to
 * establish a connection between a transit gateway and an appliance.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewayconnect.html">AWS::EC2::TransitGatewayConnect</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayConnect extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayConnect";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The Connect attachment options. */
  Expr options();

  /** The tags for the attachment. */
  Optional<Expr> tags();

  /** Required. The ID of the attachment from which the Connect attachment was created. */
  Expr transportTransitGatewayAttachmentId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Options", options())
        .put("Tags", tags())
        .put("TransportTransitGatewayAttachmentId", transportTransitGatewayAttachmentId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute: The creation time. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code State} attribute: The state of the attachment. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code TransitGatewayAttachmentId} attribute: The ID of the transit gateway attachment. */
  default GetAtt attrTransitGatewayAttachmentId() {
    return getAtt("TransitGatewayAttachmentId");
  }

  /** The {@code TransitGatewayId} attribute: The ID of the transit gateway. */
  default GetAtt attrTransitGatewayId() {
    return getAtt("TransitGatewayId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayConnect}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableTransitGatewayConnect.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transportTransitGatewayAttachmentId(String value) {
      transportTransitGatewayAttachmentId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::TransitGatewayConnect.TransitGatewayConnectOptions}: Describes the Connect
   * attachment options.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewayconnect-transitgatewayconnectoptions.html">AWS::EC2::TransitGatewayConnect.TransitGatewayConnectOptions</a>
   */
  @Value.Immutable
  interface TransitGatewayConnectOptions extends PropertyValue {

    /** The tunnel protocol. */
    Optional<Expr> protocol();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Protocol", protocol())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TransitGatewayConnectOptions}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableTransitGatewayConnect.TransitGatewayConnectOptions.Builder {

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }
    }
  }
}
