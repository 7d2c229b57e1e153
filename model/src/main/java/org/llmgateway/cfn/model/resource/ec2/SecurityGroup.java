package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/**
 * AWS::EC2::SecurityGroup with its inline rules. Rules between two groups that refer to each other
 * belong in {@link SecurityGroupIngress} / {@link SecurityGroupEgress} resources instead: inline
 * they would make the groups depend on each other, which CloudFormation refuses.
 */
@Value.Immutable
@CfnStyle
public interface SecurityGroup extends Resource {

  String TCP = "tcp";

  @Override
  default String resourceType() {
    return "AWS::EC2::SecurityGroup";
  }

  @JsonProperty("GroupDescription")
  String groupDescription();

  /**
   * A fixed name; left out, CloudFormation generates one. A fixed name blocks replacement (the new
   * group cannot take the name while the old one exists), so prefer a Name tag.
   */
  @JsonProperty("GroupName")
  Optional<Expr> groupName();

  @JsonProperty("VpcId")
  Expr vpcId();

  @JsonProperty("SecurityGroupIngress")
  List<Ingress> securityGroupIngress();

  /**
   * Inline outbound rules. Left empty, EC2 gives the group an allow-all outbound rule, and
   * standalone {@link SecurityGroupEgress} resources do not remove it; see
   * {@link Egress#matchingNoTraffic()} for a group that must send nothing of its own.
   */
  @JsonProperty("SecurityGroupEgress")
  List<Egress> securityGroupEgress();

  @JsonProperty("Tags")
  List<Tag> tags();

  /** The group id (sg-...), what rules and other resources refer to. */
  default GetAtt groupId() {
    return getAtt("GroupId");
  }

  @Value.Check
  default void check() {
    if (!SecurityGroupRules.GROUP_DESCRIPTION.matcher(groupDescription()).matches()) {
      throw new IllegalStateException(
          "SecurityGroup " + logicalId() + ": GroupDescription '" + groupDescription()
              + "' must be 1-255 of a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*");
    }
  }

  static ImmutableSecurityGroup.Builder builder() {
    return ImmutableSecurityGroup.builder();
  }

  /** An inbound rule written inside its group (AWS::EC2::SecurityGroup.Ingress). */
  @Value.Immutable
  @CfnStyle
  interface Ingress extends IngressRule {

    @Value.Check
    default void check() {
      problem().ifPresent(p -> {
        throw new IllegalStateException("Inline inbound rule " + description().orElse("") + ": " + p);
      });
    }

    static ImmutableIngress.Builder builder() {
      return ImmutableIngress.builder();
    }
  }

  /** An outbound rule written inside its group (AWS::EC2::SecurityGroup.Egress). */
  @Value.Immutable
  @CfnStyle
  interface Egress extends EgressRule {

    @Value.Check
    default void check() {
      problem().ifPresent(p -> {
        throw new IllegalStateException("Inline outbound rule " + description().orElse("") + ": " + p);
      });
    }

    static ImmutableEgress.Builder builder() {
      return ImmutableEgress.builder();
    }

    /**
     * An outbound rule no packet can match (ICMP type 252 code 86 to the broadcast address, the
     * rule AWS CDK writes for {@code allowAllOutbound: false}). EC2 adds its allow-all outbound
     * rule only to a group created without outbound rules, so this one rule is how a group that
     * sends nothing of its own (its answers to inbound connections pass anyway: groups are
     * stateful) starts and stays without that default. Standalone {@link SecurityGroupEgress}
     * resources added later do not remove it, and need not: it allows nothing.
     */
    static Egress matchingNoTraffic() {
      return builder()
          .ipProtocol("icmp")
          .fromPort(252)
          .toPort(86)
          .cidrIp(Expr.of("255.255.255.255/32"))
          .description("Matches no traffic: removes the default allow-all outbound rule")
          .build();
    }

    /** Whether this is the {@link #matchingNoTraffic()} placeholder, not a real permission. */
    @JsonIgnore
    default boolean isNoTrafficPlaceholder() {
      return equals(matchingNoTraffic());
    }
  }
}
