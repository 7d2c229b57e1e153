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
 * {@code AWS::EC2::SecurityGroupIngress}: Adds an inbound (ingress) rule to a security group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroupingress.html">AWS::EC2::SecurityGroupIngress</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SecurityGroupIngress extends Resource {

  String TYPE = "AWS::EC2::SecurityGroupIngress";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The IPv4 address range, in CIDR format. */
  Optional<Expr> cidrIp();

  /** The IPv6 address range, in CIDR format. */
  Optional<Expr> cidrIpv6();

  /**
   * Updates the description of an ingress (inbound) security group rule. You can replace an
   * existing description, or add a description to a rule that did not have one previously.
   */
  Optional<Expr> description();

  /**
   * The start of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 type number. A value
   * of `-1` indicates all ICMP/ICMPv6 types. If you specify all ICMP/ICMPv6 types, you must specify
   * all codes.
   */
  Optional<Expr> fromPort();

  /** The ID of the security group. */
  Optional<Expr> groupId();

  /**
   * [Default VPC] The name of the security group. For security groups for a default VPC you can
   * specify either the ID or the name of the security group. For security groups for a nondefault
   * VPC, you must specify the ID of the security group.
   */
  Optional<Expr> groupName();

  /**
   * Required. The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see [Protocol
   * Numbers](https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml)
   * ).
   */
  Expr ipProtocol();

  /** The ID of a prefix list. */
  Optional<Expr> sourcePrefixListId();

  /**
   * The ID of the security group. You must specify either the security group ID or the security
   * group name. For security groups in a nondefault VPC, you must specify the security group ID.
   */
  Optional<Expr> sourceSecurityGroupId();

  /**
   * [Default VPC] The name of the source security group. You must specify either the security group
   * ID or the security group name. You can't specify the group name in combination with an IP
   * address range. Creates rules that grant full ICMP, UDP, and TCP access.
   */
  Optional<Expr> sourceSecurityGroupName();

  /**
   * [nondefault VPC] The AWS account ID for the source security group, if the source security group
   * is in a different account. You can't specify this property with an IP address range. Creates
   * rules that grant full ICMP, UDP, and TCP access.
   */
  Optional<Expr> sourceSecurityGroupOwnerId();

  /**
   * The end of port range for the TCP and UDP protocols, or an ICMP/ICMPv6 code. A value of `-1`
   * indicates all ICMP/ICMPv6 codes for the specified ICMP type. If you specify all ICMP/ICMPv6
   * types, you must specify all codes.
   */
  Optional<Expr> toPort();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CidrIp", cidrIp())
        .put("CidrIpv6", cidrIpv6())
        .put("Description", description())
        .put("FromPort", fromPort())
        .put("GroupId", groupId())
        .put("GroupName", groupName())
        .put("IpProtocol", ipProtocol())
        .put("SourcePrefixListId", sourcePrefixListId())
        .put("SourceSecurityGroupId", sourceSecurityGroupId())
        .put("SourceSecurityGroupName", sourceSecurityGroupName())
        .put("SourceSecurityGroupOwnerId", sourceSecurityGroupOwnerId())
        .put("ToPort", toPort())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The Security Group Rule Id */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecurityGroupIngress}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSecurityGroupIngress.Builder {

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

    public Builder fromPort(long value) {
      fromPort(Expr.of(value));
      return this;
    }

    public Builder groupId(String value) {
      groupId(Expr.of(value));
      return this;
    }

    public Builder groupName(String value) {
      groupName(Expr.of(value));
      return this;
    }

    public Builder ipProtocol(String value) {
      ipProtocol(Expr.of(value));
      return this;
    }

    public Builder sourcePrefixListId(String value) {
      sourcePrefixListId(Expr.of(value));
      return this;
    }

    public Builder sourceSecurityGroupId(String value) {
      sourceSecurityGroupId(Expr.of(value));
      return this;
    }

    public Builder sourceSecurityGroupName(String value) {
      sourceSecurityGroupName(Expr.of(value));
      return this;
    }

    public Builder sourceSecurityGroupOwnerId(String value) {
      sourceSecurityGroupOwnerId(Expr.of(value));
      return this;
    }

    public Builder toPort(long value) {
      toPort(Expr.of(value));
      return this;
    }
  }
}
