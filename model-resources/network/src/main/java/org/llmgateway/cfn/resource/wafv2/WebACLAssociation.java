// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.wafv2;

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
 * {@code AWS::WAFv2::WebACLAssociation}: &gt; This is the latest version of *AWS WAF* , named AWS
 * WAF V2, released in November, 2019. For information, including how to migrate your AWS WAF
 * resources from the prior release, see the [AWS WAF developer
 * guide](https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-webaclassociation.html">AWS::WAFv2::WebACLAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface WebACLAssociation extends Resource {

  String TYPE = "AWS::WAFv2::WebACLAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The Amazon Resource Name (ARN) of the resource to associate with the web ACL. */
  Expr resourceArn();

  /**
   * Required. The Amazon Resource Name (ARN) of the web ACL that you want to associate with the
   * resource.
   */
  Expr webACLArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ResourceArn", resourceArn())
        .put("WebACLArn", webACLArn())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WebACLAssociation}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableWebACLAssociation.Builder {

    public Builder resourceArn(String value) {
      resourceArn(Expr.of(value));
      return this;
    }

    public Builder webACLArn(String value) {
      webACLArn(Expr.of(value));
      return this;
    }
  }
}
