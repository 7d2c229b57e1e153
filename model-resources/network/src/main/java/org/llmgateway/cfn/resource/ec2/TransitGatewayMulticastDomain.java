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
 * {@code AWS::EC2::TransitGatewayMulticastDomain}: Creates a multicast domain using the specified
 * transit gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaymulticastdomain.html">AWS::EC2::TransitGatewayMulticastDomain</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayMulticastDomain extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayMulticastDomain";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The options for the transit gateway multicast domain. */
  Optional<Expr> options();

  /** The tags for the transit gateway multicast domain. */
  Optional<Expr> tags();

  /** Required. The ID of the transit gateway. */
  Expr transitGatewayId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Options", options())
        .put("Tags", tags())
        .put("TransitGatewayId", transitGatewayId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute: The time the multicast domain was created. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code State} attribute: The state of the multicast domain. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /**
   * The {@code TransitGatewayMulticastDomainArn} attribute: The Amazon Resource Name (ARN) of the
   * multicast domain.
   */
  default GetAtt attrTransitGatewayMulticastDomainArn() {
    return getAtt("TransitGatewayMulticastDomainArn");
  }

  /** The {@code TransitGatewayMulticastDomainId} attribute: The ID of the multicast domain. */
  default GetAtt attrTransitGatewayMulticastDomainId() {
    return getAtt("TransitGatewayMulticastDomainId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayMulticastDomain}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableTransitGatewayMulticastDomain.Builder {

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
   * {@code AWS::EC2::TransitGatewayMulticastDomain.Options}: The options for the transit gateway
   * multicast domain.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewaymulticastdomain-options.html">AWS::EC2::TransitGatewayMulticastDomain.Options</a>
   */
  @Value.Immutable
  interface Options extends PropertyValue {

    /**
     * Indicates whether to automatically accept cross-account subnet associations that are
     * associated with the transit gateway multicast domain.
     */
    Optional<Expr> autoAcceptSharedAssociations();

    /**
     * Specify whether to enable Internet Group Management Protocol (IGMP) version 2 for the transit
     * gateway multicast domain.
     */
    Optional<Expr> igmpv2Support();

    /**
     * Specify whether to enable support for statically configuring multicast group sources for a
     * domain.
     */
    Optional<Expr> staticSourcesSupport();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AutoAcceptSharedAssociations", autoAcceptSharedAssociations())
          .put("Igmpv2Support", igmpv2Support())
          .put("StaticSourcesSupport", staticSourcesSupport())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Options}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableTransitGatewayMulticastDomain.Options.Builder {

      public Builder autoAcceptSharedAssociations(String value) {
        autoAcceptSharedAssociations(Expr.of(value));
        return this;
      }

      public Builder igmpv2Support(String value) {
        igmpv2Support(Expr.of(value));
        return this;
      }

      public Builder staticSourcesSupport(String value) {
        staticSourcesSupport(Expr.of(value));
        return this;
      }
    }
  }
}
