// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudfront;

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
 * {@code AWS::CloudFront::MonitoringSubscription}: A monitoring subscription. This structure
 * contains information about whether additional CloudWatch metrics are enabled for a given
 * CloudFront distribution.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-monitoringsubscription.html">AWS::CloudFront::MonitoringSubscription</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MonitoringSubscription extends Resource {

  String TYPE = "AWS::CloudFront::MonitoringSubscription";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the distribution that you are enabling metrics for. */
  Expr distributionId();

  /** Required. A subscription configuration for additional CloudWatch metrics. */
  Expr monitoringSubscription();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DistributionId", distributionId())
        .put("MonitoringSubscription", monitoringSubscription())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MonitoringSubscription}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableMonitoringSubscription.Builder {

    public Builder distributionId(String value) {
      distributionId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::MonitoringSubscription.MonitoringSubscription}: A monitoring
   * subscription. This structure contains information about whether additional CloudWatch metrics
   * are enabled for a given CloudFront distribution.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-monitoringsubscription-monitoringsubscription.html">AWS::CloudFront::MonitoringSubscription.MonitoringSubscription</a>
   */
  @Value.Immutable
  interface MonitoringSubscriptionProperty extends PropertyValue {

    /** A subscription configuration for additional CloudWatch metrics. */
    Optional<Expr> realtimeMetricsSubscriptionConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RealtimeMetricsSubscriptionConfig", realtimeMetricsSubscriptionConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link MonitoringSubscriptionProperty}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableMonitoringSubscription.MonitoringSubscriptionProperty.Builder {
    }
  }

  /**
   * {@code AWS::CloudFront::MonitoringSubscription.RealtimeMetricsSubscriptionConfig}: A
   * subscription configuration for additional CloudWatch metrics.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-monitoringsubscription-realtimemetricssubscriptionconfig.html">AWS::CloudFront::MonitoringSubscription.RealtimeMetricsSubscriptionConfig</a>
   */
  @Value.Immutable
  interface RealtimeMetricsSubscriptionConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code RealtimeMetricsSubscriptionStatus}. */
    String REALTIME_METRICS_SUBSCRIPTION_STATUS_ENABLED = "Enabled";
    String REALTIME_METRICS_SUBSCRIPTION_STATUS_DISABLED = "Disabled";

    /**
     * Required. A flag that indicates whether additional CloudWatch metrics are enabled for a given
     * CloudFront distribution.
     */
    Expr realtimeMetricsSubscriptionStatus();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RealtimeMetricsSubscriptionStatus", realtimeMetricsSubscriptionStatus())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RealtimeMetricsSubscriptionConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableMonitoringSubscription.RealtimeMetricsSubscriptionConfig.Builder {

      public Builder realtimeMetricsSubscriptionStatus(String value) {
        realtimeMetricsSubscriptionStatus(Expr.of(value));
        return this;
      }
    }
  }
}
