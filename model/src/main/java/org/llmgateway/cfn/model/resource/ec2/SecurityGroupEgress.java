package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/**
 * AWS::EC2::SecurityGroupEgress: an outbound rule as its own resource, for rules whose destination
 * is another group that refers back to this one. It does not remove EC2's default allow-all
 * outbound rule; see {@link SecurityGroup.Egress#matchingNoTraffic()}.
 */
@Value.Immutable
@CfnStyle
public interface SecurityGroupEgress extends Resource, EgressRule {

  @Override
  default String resourceType() {
    return "AWS::EC2::SecurityGroupEgress";
  }

  /** The group the rule belongs to (its GroupId attribute). */
  @JsonProperty("GroupId")
  Expr groupId();

  @Value.Check
  default void check() {
    problem().ifPresent(p -> {
      throw new IllegalStateException("SecurityGroupEgress " + logicalId() + ": " + p);
    });
  }

  static ImmutableSecurityGroupEgress.Builder builder() {
    return ImmutableSecurityGroupEgress.builder();
  }
}
