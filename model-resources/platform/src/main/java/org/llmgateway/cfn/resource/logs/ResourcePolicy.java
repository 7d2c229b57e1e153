// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

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
 * {@code AWS::Logs::ResourcePolicy}: Creates or updates a resource policy that allows other AWS
 * services to put log events to this account. An account can have up to 10 resource policies per
 * AWS Region.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-resourcepolicy.html">AWS::Logs::ResourcePolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResourcePolicy extends Resource {

  String TYPE = "AWS::Logs::ResourcePolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The details of the policy. It must be formatted in JSON, and you must use backslashes
   * to escape characters that need to be escaped in JSON strings, such as double quote marks.
   */
  Expr policyDocument();

  /** Required. The name of the resource policy. */
  Expr policyName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PolicyDocument", policyDocument())
        .put("PolicyName", policyName())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResourcePolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableResourcePolicy.Builder {

    public Builder policyDocument(String value) {
      policyDocument(Expr.of(value));
      return this;
    }

    public Builder policyDocument(JsonNode value) {
      policyDocument(Expr.json(value));
      return this;
    }

    public Builder policyName(String value) {
      policyName(Expr.of(value));
      return this;
    }
  }
}
