package org.llmgateway.cfn.model.resource.iam;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;

/** An inline policy of a role (the Policies property of AWS::IAM::Role). */
@Value.Immutable
@CfnStyle
public interface Policy {

  @JsonProperty("PolicyName")
  @Value.Parameter
  String policyName();

  @JsonProperty("PolicyDocument")
  @Value.Parameter
  PolicyDocument policyDocument();

  static Policy of(String name, Statement... statements) {
    return ImmutablePolicy.of(name, PolicyDocument.of(statements));
  }
}
