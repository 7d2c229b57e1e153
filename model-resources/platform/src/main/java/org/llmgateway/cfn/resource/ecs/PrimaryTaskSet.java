// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ecs;

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
 * {@code AWS::ECS::PrimaryTaskSet}: Modifies which task set in a service is the primary task set.
 * Any parameters that are updated on the primary task set in a service will transition to the
 * service. This is used when a service uses the `EXTERNAL` deployment controller type. For more
 * information, see [Amazon ECS Deployment
 * Types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html) in the
 * *Amazon Elastic Container Service Developer Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-primarytaskset.html">AWS::ECS::PrimaryTaskSet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface PrimaryTaskSet extends Resource {

  String TYPE = "AWS::ECS::PrimaryTaskSet";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The short name or full Amazon Resource Name (ARN) of the cluster that hosts the
   * service that the task set exists in.
   */
  Expr cluster();

  /**
   * Required. The short name or full Amazon Resource Name (ARN) of the service that the task set
   * exists in.
   */
  Expr service();

  /**
   * Required. The short name or full Amazon Resource Name (ARN) of the task set to set as the
   * primary task set in the deployment.
   */
  Expr taskSetId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Cluster", cluster())
        .put("Service", service())
        .put("TaskSetId", taskSetId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PrimaryTaskSet}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePrimaryTaskSet.Builder {

    public Builder cluster(String value) {
      cluster(Expr.of(value));
      return this;
    }

    public Builder service(String value) {
      service(Expr.of(value));
      return this;
    }

    public Builder taskSetId(String value) {
      taskSetId(Expr.of(value));
      return this;
    }
  }
}
