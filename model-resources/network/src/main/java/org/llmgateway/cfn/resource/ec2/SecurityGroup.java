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
 * {@code AWS::EC2::SecurityGroup}: Specifies a security group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroup.html">AWS::EC2::SecurityGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SecurityGroup extends Resource {

  String TYPE = "AWS::EC2::SecurityGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. A description for the security group. */
  Expr groupDescription();

  /**
   * The name of the security group. Names are case-insensitive and must be unique within the VPC.
   */
  Optional<Expr> groupName();

  /** The outbound rules associated with the security group. */
  Optional<Expr> securityGroupEgress();

  /** The inbound rules associated with the security group. */
  Optional<Expr> securityGroupIngress();

  /** Any tags assigned to the security group. */
  Optional<Expr> tags();

  /**
   * The ID of the VPC for the security group. If you do not specify a VPC, the default is to use
   * the default VPC for the Region. If there's no specified VPC and no default VPC, security group
   * creation fails.
   */
  Optional<Expr> vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("GroupDescription", groupDescription())
        .put("GroupName", groupName())
        .put("SecurityGroupEgress", securityGroupEgress())
        .put("SecurityGroupIngress", securityGroupIngress())
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code GroupId} attribute: The ID of the security group, such as `sg-94b3a1f6` . */
  default GetAtt attrGroupId() {
    return getAtt("GroupId");
  }

  /**
   * The {@code Id} attribute: The group name or group ID depending on whether the SG is created in
   * default or specific VPC
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /** The {@code VpcId} attribute: The ID of the VPC, such as `vpc-0669f8f9` . */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecurityGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSecurityGroup.Builder {

    public Builder groupDescription(String value) {
      groupDescription(Expr.of(value));
      return this;
    }

    public Builder groupName(String value) {
      groupName(Expr.of(value));
      return this;
    }

    public Builder securityGroupEgress(List<? extends Expr> values) {
      securityGroupEgress(Expr.list(values));
      return this;
    }

    public Builder securityGroupIngress(List<? extends Expr> values) {
      securityGroupIngress(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::SecurityGroup.Egress}: Adds the specified outbound (egress) rule to a security
   * group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-securitygroup-egress.html">AWS::EC2::SecurityGroup.Egress</a>
   */
  @Value.Immutable
  interface Egress extends PropertyValue {

    /** The IPv4 address range, in CIDR format. */
    Optional<Expr> cidrIp();

    /** The IPv6 address range, in CIDR format. */
    Optional<Expr> cidrIpv6();

    /** A description for the security group rule. */
    Optional<Expr> description();

    /**
     * The prefix list IDs for the destination AWS service. This is the AWS service that you want to
     * access through a VPC endpoint from instances associated with the security group.
     */
    Optional<Expr> destinationPrefixListId();

    /** The ID of the destination VPC security group. */
    Optional<Expr> destinationSecurityGroupId();

    /**
     * If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP
     * or ICMPv6, this is the ICMP type or -1 (all ICMP types).
     */
    Optional<Expr> fromPort();

    /**
     * Required. The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see [Protocol
     * Numbers](https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml)
     * ).
     */
    Expr ipProtocol();

    /**
     * If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or
     * ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP
     * types), then the end port must be -1 (all ICMP codes).
     */
    Optional<Expr> toPort();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CidrIp", cidrIp())
          .put("CidrIpv6", cidrIpv6())
          .put("Description", description())
          .put("DestinationPrefixListId", destinationPrefixListId())
          .put("DestinationSecurityGroupId", destinationSecurityGroupId())
          .put("FromPort", fromPort())
          .put("IpProtocol", ipProtocol())
          .put("ToPort", toPort())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Egress}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSecurityGroup.Egress.Builder {

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

  /**
   * {@code AWS::EC2::SecurityGroup.Ingress}: Adds an inbound (ingress) rule to a security group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-securitygroup-ingress.html">AWS::EC2::SecurityGroup.Ingress</a>
   */
  @Value.Immutable
  interface Ingress extends PropertyValue {

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
     * If the protocol is TCP or UDP, this is the start of the port range. If the protocol is ICMP
     * or ICMPv6, this is the ICMP type or -1 (all ICMP types).
     */
    Optional<Expr> fromPort();

    /**
     * Required. The IP protocol name ( `tcp` , `udp` , `icmp` , `icmpv6` ) or number (see [Protocol
     * Numbers](https://docs.aws.amazon.com/http://www.iana.org/assignments/protocol-numbers/protocol-numbers.xhtml)
     * ).
     */
    Expr ipProtocol();

    /** The ID of a prefix list. */
    Optional<Expr> sourcePrefixListId();

    /** The ID of the security group. */
    Optional<Expr> sourceSecurityGroupId();

    /**
     * [Default VPC] The name of the source security group. You must specify either the security
     * group ID or the security group name. You can't specify the group name in combination with an
     * IP address range. Creates rules that grant full ICMP, UDP, and TCP access.
     */
    Optional<Expr> sourceSecurityGroupName();

    /**
     * [nondefault VPC] The AWS account ID for the source security group, if the source security
     * group is in a different account. You can't specify this property with an IP address range.
     * Creates rules that grant full ICMP, UDP, and TCP access.
     */
    Optional<Expr> sourceSecurityGroupOwnerId();

    /**
     * If the protocol is TCP or UDP, this is the end of the port range. If the protocol is ICMP or
     * ICMPv6, this is the ICMP code or -1 (all ICMP codes). If the start port is -1 (all ICMP
     * types), then the end port must be -1 (all ICMP codes).
     */
    Optional<Expr> toPort();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CidrIp", cidrIp())
          .put("CidrIpv6", cidrIpv6())
          .put("Description", description())
          .put("FromPort", fromPort())
          .put("IpProtocol", ipProtocol())
          .put("SourcePrefixListId", sourcePrefixListId())
          .put("SourceSecurityGroupId", sourceSecurityGroupId())
          .put("SourceSecurityGroupName", sourceSecurityGroupName())
          .put("SourceSecurityGroupOwnerId", sourceSecurityGroupOwnerId())
          .put("ToPort", toPort())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Ingress}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSecurityGroup.Ingress.Builder {

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
}
