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
 * {@code AWS::ECR::PullTimeUpdateExclusion}: The ARN of the IAM principal to remove from the pull
 * time update exclusion list.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-pulltimeupdateexclusion.html">AWS::ECR::PullTimeUpdateExclusion</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface PullTimeUpdateExclusion extends Resource {

  String TYPE = "AWS::ECR::PullTimeUpdateExclusion";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ARN of the IAM principal to remove from the pull time update exclusion list. */
  Expr principalArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("PrincipalArn", principalArn())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PullTimeUpdateExclusion}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutablePullTimeUpdateExclusion.Builder {

    public Builder principalArn(String value) {
      principalArn(Expr.of(value));
      return this;
    }
  }
}
