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
 * {@code AWS::EC2::TransitGatewayPolicyTableEntry}: AWS::EC2::TransitGatewayPolicyTableEntry
 * Resource Definition
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-transitgatewaypolicytableentry.html">AWS::EC2::TransitGatewayPolicyTableEntry</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TransitGatewayPolicyTableEntry extends Resource {

  String TYPE = "AWS::EC2::TransitGatewayPolicyTableEntry";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. {@code PolicyRule}. */
  Expr policyRule();

  /** Required. The rule number for the policy table entry. */
  Expr policyRuleNumber();

  /** Required. The ID of the target route table. */
  Expr targetRouteTableId();

  /** Required. The ID of the transit gateway policy table. */
  Expr transitGatewayPolicyTableId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PolicyRule", policyRule())
        .put("PolicyRuleNumber", policyRuleNumber())
        .put("TargetRouteTableId", targetRouteTableId())
        .put("TransitGatewayPolicyTableId", transitGatewayPolicyTableId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code State} attribute: The state of the policy table entry. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TransitGatewayPolicyTableEntry}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableTransitGatewayPolicyTableEntry.Builder {

    public Builder policyRuleNumber(String value) {
      policyRuleNumber(Expr.of(value));
      return this;
    }

    public Builder targetRouteTableId(String value) {
      targetRouteTableId(Expr.of(value));
      return this;
    }

    public Builder transitGatewayPolicyTableId(String value) {
      transitGatewayPolicyTableId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::TransitGatewayPolicyTableEntry.TransitGatewayPolicyRule}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-transitgatewaypolicytableentry-transitgatewaypolicyrule.html">AWS::EC2::TransitGatewayPolicyTableEntry.TransitGatewayPolicyRule</a>
   */
  @Value.Immutable
  interface TransitGatewayPolicyRule extends PropertyValue {

    /** The destination CIDR block for the transit gateway policy rule. */
    Optional<Expr> destinationCidrBlock();

    /** The destination port range for the transit gateway policy rule. */
    Optional<Expr> destinationPortRange();

    /** The protocol for the transit gateway policy rule. */
    Optional<Expr> protocol();

    /** The source CIDR block for the transit gateway policy rule. */
    Optional<Expr> sourceCidrBlock();

    /** The source port range for the transit gateway policy rule. */
    Optional<Expr> sourcePortRange();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DestinationCidrBlock", destinationCidrBlock())
          .put("DestinationPortRange", destinationPortRange())
          .put("Protocol", protocol())
          .put("SourceCidrBlock", sourceCidrBlock())
          .put("SourcePortRange", sourcePortRange())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TransitGatewayPolicyRule}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableTransitGatewayPolicyTableEntry.TransitGatewayPolicyRule.Builder {

      public Builder destinationCidrBlock(String value) {
        destinationCidrBlock(Expr.of(value));
        return this;
      }

      public Builder destinationPortRange(String value) {
        destinationPortRange(Expr.of(value));
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
    }
  }
}
