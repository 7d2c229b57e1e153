package org.llmgateway.cfn.model.resource.ec2;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/**
 * AWS::EC2::SecurityGroupIngress: an inbound rule as its own resource, for rules whose source is
 * another group that refers back to this one.
 */
@Value.Immutable
@CfnStyle
public interface SecurityGroupIngress extends Resource, IngressRule {

  @Override
  default String resourceType() {
    return "AWS::EC2::SecurityGroupIngress";
  }

  /** The group the rule belongs to (its GroupId attribute). */
  @JsonProperty("GroupId")
  Expr groupId();

  @Value.Check
  default void check() {
    problem().ifPresent(p -> {
      throw new IllegalStateException("SecurityGroupIngress " + logicalId() + ": " + p);
    });
  }

  static ImmutableSecurityGroupIngress.Builder builder() {
    return ImmutableSecurityGroupIngress.builder();
  }
}
