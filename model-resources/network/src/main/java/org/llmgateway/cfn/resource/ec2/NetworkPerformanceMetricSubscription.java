// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::NetworkPerformanceMetricSubscription}: Describes Infrastructure Performance
 * subscriptions.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkperformancemetricsubscription.html">AWS::EC2::NetworkPerformanceMetricSubscription</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkPerformanceMetricSubscription extends Resource {

  String TYPE = "AWS::EC2::NetworkPerformanceMetricSubscription";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The Region or Availability Zone that's the target for the subscription. For example,
   * `eu-west-1` .
   */
  Expr destination();

  /** Required. The metric used for the subscription. */
  Expr metric();

  /**
   * Required. The Region or Availability Zone that's the source for the subscription. For example,
   * `us-east-1` .
   */
  Expr source();

  /** Required. The statistic used for the subscription. */
  Expr statistic();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Destination", destination())
        .put("Metric", metric())
        .put("Source", source())
        .put("Statistic", statistic())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NetworkPerformanceMetricSubscription}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableNetworkPerformanceMetricSubscription.Builder {

    public Builder destination(String value) {
      destination(Expr.of(value));
      return this;
    }

    public Builder metric(String value) {
      metric(Expr.of(value));
      return this;
    }

    public Builder source(String value) {
      source(Expr.of(value));
      return this;
    }

    public Builder statistic(String value) {
      statistic(Expr.of(value));
      return this;
    }
  }
}
