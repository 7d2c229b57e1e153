// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ecr;

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
 * {@code AWS::ECR::RegistryPolicy}: The `AWS::ECR::RegistryPolicy` resource creates or updates the
 * permissions policy for a private registry.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-registrypolicy.html">AWS::ECR::RegistryPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RegistryPolicy extends Resource {

  String TYPE = "AWS::ECR::RegistryPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The JSON policy text for your registry. */
  Expr policyText();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PolicyText", policyText())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code RegistryId} attribute: The account ID of the private registry the policy is
   * associated with.
   */
  default GetAtt attrRegistryId() {
    return getAtt("RegistryId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegistryPolicy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRegistryPolicy.Builder {

    public Builder policyText(JsonNode value) {
      policyText(Expr.json(value));
      return this;
    }
  }
}
