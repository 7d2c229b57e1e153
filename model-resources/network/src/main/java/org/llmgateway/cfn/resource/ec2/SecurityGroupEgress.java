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
 * {@code AWS::EC2::SecurityGroupEgress}: Adds the specified outbound (egress) rule to a security
 * group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroupegress.html">AWS::EC2::SecurityGroupEgress</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SecurityGroupEgress extends Resource {

  String TYPE = "AWS::EC2::SecurityGroupEgress";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The IPv4 address range, in CIDR format. */
  Optional<Expr> cidrIp();

  /** The IPv6 address range, in CIDR format. */
  Optional<Expr> cidrIpv6();

  /** The description of an egress (outbound) security group rule. */
  Optional<Expr> description();

  /**
   * The prefix list IDs for an AWS service. This is the AWS service to access through a VPC
   * endpoint from instances associated with the security group.
   */
  Optional<Expr> destinationPrefixListId();

  /** The ID of the security group. */
  Optional<Expr> destinationSecurityGroupId();

  /**
   * If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP or
   * ICMPv6, this is the ICMP type or -1 (all ICMP types).
   */
  Optional<Expr> fromPort();

  /**
   * Required. The ID of the security group. You must specify either the security group ID or the
   * security group name in the request. For security groups in a nondefault VPC, you must specify
   * the security group ID.
   */
  Expr groupId();

  /**
   * Required. The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see [Protocol
   * Numbers](https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml)
   * ).
   */
  Expr ipProtocol();

  /**
   * If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or
   * ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP types),
   * then the end port must be -1 (all ICMP codes).
   */
  Optional<Expr> toPort();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CidrIp", cidrIp())
        .put("CidrIpv6", cidrIpv6())
        .put("Description", description())
        .put("DestinationPrefixListId", destinationPrefixListId())
        .put("DestinationSecurityGroupId", destinationSecurityGroupId())
        .put("FromPort", fromPort())
        .put("GroupId", groupId())
        .put("IpProtocol", ipProtocol())
        .put("ToPort", toPort())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecurityGroupEgress}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSecurityGroupEgress.Builder {

    public Builder cidrIp(String value) {
      cidrIp(Expr.of(value));
      return this;
    }

    public Builder cidrIpv6(String value) {
      cidrIpv6(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder destinationPrefixListId(String value) {
      destinationPrefixListId(Expr.of(value));
      return this;
    }

    public Builder destinationSecurityGroupId(String value) {
      destinationSecurityGroupId(Expr.of(value));
      return this;
    }

    public Builder fromPort(long value) {
      fromPort(Expr.of(value));
      return this;
    }

    public Builder groupId(String value) {
      groupId(Expr.of(value));
      return this;
    }

    public Builder ipProtocol(String value) {
      ipProtocol(Expr.of(value));
      return this;
    }

    public Builder toPort(long value) {
      toPort(Expr.of(value));
      return this;
    }
  }
}
