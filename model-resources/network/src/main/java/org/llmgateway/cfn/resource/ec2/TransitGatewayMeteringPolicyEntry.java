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
 * {@code AWS::EC2::TransitGatewayMeteringPolicyEntry}: Creates an entry in a transit gateway
 * metering policy to define traffic measurement rules.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaymeteringpolicyentry.html">AWS::EC2::TransitGatewayMeteringPolicyEntry</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayMeteringPolicyEntry extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayMeteringPolicyEntry";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Describes an IPv4 CIDR block. */
  Optional<Expr> destinationCidrBlock();

  /** Describes a range of ports. */
  Optional<Expr> destinationPortRange();

  /** The ID of the source attachment through which traffic leaves a transit gateway */
  Optional<Expr> destinationTransitGatewayAttachmentId();

  /** {@code DestinationTransitGatewayAttachmentType}. */
  Optional<Expr> destinationTransitGatewayAttachmentType();

  /** Required. The AWS account ID to which the metered traffic is attributed. */
  Expr meteredAccount();

  /** Required. The rule number of the metering policy entry. */
  Expr policyRuleNumber();

  /** The protocol of the traffic */
  Optional<Expr> protocol();

  /** Describes an IPv4 CIDR block. */
  Optional<Expr> sourceCidrBlock();

  /** Describes a range of ports. */
  Optional<Expr> sourcePortRange();

  /** The ID of the source attachment through which traffic enters a transit gateway */
  Optional<Expr> sourceTransitGatewayAttachmentId();

  /** {@code SourceTransitGatewayAttachmentType}. */
  Optional<Expr> sourceTransitGatewayAttachmentType();

  /**
   * Required. The ID of the transit gateway metering policy for which the entry is being created
   */
  Expr transitGatewayMeteringPolicyId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DestinationCidrBlock", destinationCidrBlock())
        .put("DestinationPortRange", destinationPortRange())
        .put("DestinationTransitGatewayAttachmentId", destinationTransitGatewayAttachmentId())
        .put("DestinationTransitGatewayAttachmentType", destinationTransitGatewayAttachmentType())
        .put("MeteredAccount", meteredAccount())
        .put("PolicyRuleNumber", policyRuleNumber())
        .put("Protocol", protocol())
        .put("SourceCidrBlock", sourceCidrBlock())
        .put("SourcePortRange", sourcePortRange())
        .put("SourceTransitGatewayAttachmentId", sourceTransitGatewayAttachmentId())
        .put("SourceTransitGatewayAttachmentType", sourceTransitGatewayAttachmentType())
        .put("TransitGatewayMeteringPolicyId", transitGatewayMeteringPolicyId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code State} attribute: The state of the metering policy entry. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /**
   * The {@code UpdateEffectiveAt} attribute: The date and time when the metering policy entry
   * update becomes effective.
   */
  default GetAtt attrUpdateEffectiveAt() {
    return getAtt("UpdateEffectiveAt");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayMeteringPolicyEntry}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableTransitGatewayMeteringPolicyEntry.Builder {

    public Builder destinationCidrBlock(String value) {
      destinationCidrBlock(Expr.of(value));
      return this;
    }

    public Builder destinationPortRange(String value) {
      destinationPortRange(Expr.of(value));
      return this;
    }

    public Builder destinationTransitGatewayAttachmentId(String value) {
      destinationTransitGatewayAttachmentId(Expr.of(value));
      return this;
    }

    public Builder destinationTransitGatewayAttachmentType(String value) {
      destinationTransitGatewayAttachmentType(Expr.of(value));
      return this;
    }

    public Builder meteredAccount(String value) {
      meteredAccount(Expr.of(value));
      return this;
    }

    public Builder policyRuleNumber(long value) {
      policyRuleNumber(Expr.of(value));
      return this;
    }

    public Builder protocol(String value) {
      protocol(Expr.of(value));
      return this;
    }

    public Builder sourceCidrBlock(String value) {
      sourceCidrBlock(Expr.of(value));
      return this;
    }

    public Builder sourcePortRange(String value) {
      sourcePortRange(Expr.of(value));
      return this;
    }

    public Builder sourceTransitGatewayAttachmentId(String value) {
      sourceTransitGatewayAttachmentId(Expr.of(value));
      return this;
    }

    public Builder sourceTransitGatewayAttachmentType(String value) {
      sourceTransitGatewayAttachmentType(Expr.of(value));
      return this;
    }

    public Builder transitGatewayMeteringPolicyId(String value) {
      transitGatewayMeteringPolicyId(Expr.of(value));
      return this;
    }
  }
}
