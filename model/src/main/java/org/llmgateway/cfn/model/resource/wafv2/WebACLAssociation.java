package org.llmgateway.cfn.model.resource.wafv2;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::WAFv2::WebACLAssociation: puts a regional web ACL in front of, e.g., a load balancer. */
@Value.Immutable
@CfnStyle
public interface WebACLAssociation extends Resource {

  @Override
  default String resourceType() {
    return "AWS::WAFv2::WebACLAssociation";
  }

  /** The protected resource, e.g. a load balancer's ARN. */
  @JsonProperty("ResourceArn")
  Expr resourceArn();

  @JsonProperty("WebACLArn")
  Expr webAclArn();

  static ImmutableWebACLAssociation.Builder builder() {
    return ImmutableWebACLAssociation.builder();
  }
}
