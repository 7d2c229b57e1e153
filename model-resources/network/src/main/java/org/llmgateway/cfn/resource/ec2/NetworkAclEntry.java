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
 * {@code AWS::EC2::NetworkAclEntry}: Specifies an entry, known as a rule, in a network ACL with a
 * rule number you specify. Each network ACL has a set of numbered ingress rules and a separate set
 * of numbered egress rules.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkaclentry.html">AWS::EC2::NetworkAclEntry</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkAclEntry extends Resource {

  String TYPE = "AWS::EC2::NetworkAclEntry";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The IPv4 CIDR range to allow or deny, in CIDR notation (for example, 172.16.0.0/24). You must
   * specify an IPv4 CIDR block or an IPv6 CIDR block.
   */
  Optional<Expr> cidrBlock();

  /**
   * Whether this rule applies to egress traffic from the subnet ( `true` ) or ingress traffic to
   * the subnet ( `false` ). By default, AWS CloudFormation specifies `false` .
   */
  Optional<Expr> egress();

  /**
   * The Internet Control Message Protocol (ICMP) code and type. Required if specifying 1 (ICMP) for
   * the protocol parameter.
   */
  Optional<Expr> icmp();

  /**
   * The IPv6 network range to allow or deny, in CIDR notation. You must specify an IPv4 CIDR block
   * or an IPv6 CIDR block.
   */
  Optional<Expr> ipv6CidrBlock();

  /** Required. The ID of the ACL for the entry. */
  Expr networkAclId();

  /**
   * The range of port numbers for the UDP/TCP protocol. Required if specifying 6 (TCP) or 17 (UDP)
   * for the protocol parameter.
   */
  Optional<Expr> portRange();

  /**
   * Required. The IP protocol that the rule applies to. You must specify -1 or a protocol number.
   * You can specify -1 for all protocols.
   */
  Expr protocol();

  /**
   * Required. Whether to allow or deny traffic that matches the rule; valid values are "allow" or
   * "deny".
   */
  Expr ruleAction();

  /**
   * Required. Rule number to assign to the entry, such as 100. ACL entries are processed in
   * ascending order by rule number. Entries can't use the same rule number unless one is an egress
   * rule and the other is an ingress rule.
   */
  Expr ruleNumber();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CidrBlock", cidrBlock())
        .put("Egress", egress())
        .put("Icmp", icmp())
        .put("Ipv6CidrBlock", ipv6CidrBlock())
        .put("NetworkAclId", networkAclId())
        .put("PortRange", portRange())
        .put("Protocol", protocol())
        .put("RuleAction", ruleAction())
        .put("RuleNumber", ruleNumber())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the network ACL entry. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkAclEntry}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableNetworkAclEntry.Builder {

    public Builder cidrBlock(String value) {
      cidrBlock(Expr.of(value));
      return this;
    }

    public Builder egress(boolean value) {
      egress(Expr.of(value));
      return this;
    }

    public Builder ipv6CidrBlock(String value) {
      ipv6CidrBlock(Expr.of(value));
      return this;
    }

    public Builder networkAclId(String value) {
      networkAclId(Expr.of(value));
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
  }

  /**
   * {@code AWS::EC2::NetworkAclEntry.Icmp}: Describes the ICMP type and code.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkaclentry-icmp.html">AWS::EC2::NetworkAclEntry.Icmp</a>
   */
  @Value.Immutable
  interface Icmp extends PropertyValue {

    /**
     * The Internet Control Message Protocol (ICMP) code. You can use -1 to specify all ICMP codes
     * for the given ICMP type. Required if you specify 1 (ICMP) for the protocol parameter.
     */
    Optional<Expr> code();

    /**
     * The Internet Control Message Protocol (ICMP) type. You can use -1 to specify all ICMP types.
     * Conditional requirement: Required if you specify 1 (ICMP) for the `CreateNetworkAclEntry`
     * protocol parameter.
     */
    Optional<Expr> type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Code", code())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Icmp}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkAclEntry.Icmp.Builder {

      public Builder code(long value) {
        code(Expr.of(value));
        return this;
      }

      public Builder type(long value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkAclEntry.PortRange}: Describes a range of ports.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkaclentry-portrange.html">AWS::EC2::NetworkAclEntry.PortRange</a>
   */
  @Value.Immutable
  interface PortRange extends PropertyValue {

    /**
     * The first port in the range. Required if you specify 6 (TCP) or 17 (UDP) for the protocol
     * parameter.
     */
    Optional<Expr> fromValue();

    /**
     * The last port in the range. Required if you specify 6 (TCP) or 17 (UDP) for the protocol
     * parameter.
     */
    Optional<Expr> to();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("From", fromValue())
          .put("To", to())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PortRange}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkAclEntry.PortRange.Builder {

      public Builder fromValue(long value) {
        fromValue(Expr.of(value));
        return this;
      }

      public Builder to(long value) {
        to(Expr.of(value));
        return this;
      }
    }
  }
}
