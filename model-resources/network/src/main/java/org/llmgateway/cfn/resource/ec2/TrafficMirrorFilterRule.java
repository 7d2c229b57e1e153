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
 * {@code AWS::EC2::TrafficMirrorFilterRule}: Creates a Traffic Mirror filter rule.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-trafficmirrorfilterrule.html">AWS::EC2::TrafficMirrorFilterRule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface TrafficMirrorFilterRule extends Resource {

  String TYPE = "AWS::EC2::TrafficMirrorFilterRule";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The description of the Traffic Mirror rule. */
  Optional<Expr> description();

  /** Required. The destination CIDR block to assign to the Traffic Mirror rule. */
  Expr destinationCidrBlock();

  /** The destination port range. */
  Optional<Expr> destinationPortRange();

  /** The protocol, for example UDP, to assign to the Traffic Mirror rule. */
  Optional<Expr> protocol();

  /** Required. The action to take on the filtered traffic. */
  Expr ruleAction();

  /**
   * Required. The number of the Traffic Mirror rule. This number must be unique for each Traffic
   * Mirror rule in a given direction. The rules are processed in ascending order by rule number.
   */
  Expr ruleNumber();

  /** Required. The source CIDR block to assign to the Traffic Mirror rule. */
  Expr sourceCidrBlock();

  /** The source port range. */
  Optional<Expr> sourcePortRange();

  /** Tags on Traffic Mirroring filter rules. */
  Optional<Expr> tags();

  /** Required. The type of traffic. */
  Expr trafficDirection();

  /** Required. The ID of the filter that this rule is associated with. */
  Expr trafficMirrorFilterId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("DestinationCidrBlock", destinationCidrBlock())
        .put("DestinationPortRange", destinationPortRange())
        .put("Protocol", protocol())
        .put("RuleAction", ruleAction())
        .put("RuleNumber", ruleNumber())
        .put("SourceCidrBlock", sourceCidrBlock())
        .put("SourcePortRange", sourcePortRange())
        .put("Tags", tags())
        .put("TrafficDirection", trafficDirection())
        .put("TrafficMirrorFilterId", trafficMirrorFilterId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code TrafficMirrorFilterRuleId} attribute: The ID of the Traffic Mirror rule. */
  default GetAtt attrTrafficMirrorFilterRuleId() {
    return getAtt("TrafficMirrorFilterRuleId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link TrafficMirrorFilterRule}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableTrafficMirrorFilterRule.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder destinationCidrBlock(String value) {
      destinationCidrBlock(Expr.of(value));
      return this;
    }

    public Builder protocol(long value) {
      protocol(Expr.of(value));
      return this;
    }

    public Builder ruleAction(String value) {
      ruleAction(Expr.of(value));
      return this;
    }

    public Builder ruleNumber(long value) {
      ruleNumber(Expr.of(value));
      return this;
    }

    public Builder sourceCidrBlock(String value) {
      sourceCidrBlock(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder trafficDirection(String value) {
      trafficDirection(Expr.of(value));
      return this;
    }

    public Builder trafficMirrorFilterId(String value) {
      trafficMirrorFilterId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::TrafficMirrorFilterRule.TrafficMirrorPortRange}: Describes the Traffic Mirror
   * port range.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-trafficmirrorfilterrule-trafficmirrorportrange.html">AWS::EC2::TrafficMirrorFilterRule.TrafficMirrorPortRange</a>
   */
  @Value.Immutable
  interface TrafficMirrorPortRange extends PropertyValue {

    /**
     * Required. The start of the Traffic Mirror port range. This applies to the TCP and UDP
     * protocols.
     */
    Expr fromPort();

    /**
     * Required. The end of the Traffic Mirror port range. This applies to the TCP and UDP
     * protocols.
     */
    Expr toPort();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FromPort", fromPort())
          .put("ToPort", toPort())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TrafficMirrorPortRange}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableTrafficMirrorFilterRule.TrafficMirrorPortRange.Builder {

      public Builder fromPort(long value) {
        fromPort(Expr.of(value));
        return this;
      }

      public Builder toPort(long value) {
        toPort(Expr.of(value));
        return this;
      }
    }
  }
}
