package org.llmgateway.cfn.model.resource.iam;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::IAM::Role */
@Value.Immutable
@CfnStyle
public interface Role extends Resource {

  @Override
  default String resourceType() {
    return "AWS::IAM::Role";
  }

  @JsonProperty("RoleName")
  Optional<Expr> roleName();

  @JsonProperty("Description")
  Optional<String> description();

  @JsonProperty("AssumeRolePolicyDocument")
  PolicyDocument assumeRolePolicyDocument();

  @JsonProperty("ManagedPolicyArns")
  List<Expr> managedPolicyArns();

  @JsonProperty("Policies")
  List<Policy> policies();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt arn() {
    return getAtt("Arn");
  }

  static ImmutableRole.Builder builder() {
    return ImmutableRole.builder();
  }
}
