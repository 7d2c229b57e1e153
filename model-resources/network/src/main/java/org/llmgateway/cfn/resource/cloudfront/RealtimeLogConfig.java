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
 * {@code AWS::CloudFront::RealtimeLogConfig}: A real-time log configuration.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-realtimelogconfig.html">AWS::CloudFront::RealtimeLogConfig</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RealtimeLogConfig extends Resource {

  String TYPE = "AWS::CloudFront::RealtimeLogConfig";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Contains information about the Amazon Kinesis data stream where you are sending
   * real-time log data for this real-time log configuration.
   */
  Expr endPoints();

  /**
   * Required. A list of fields that are included in each real-time log record. In an API response,
   * the fields are provided in the same order in which they are sent to the Amazon Kinesis data
   * stream.
   */
  Expr fields();

  /** Required. The unique name of this real-time log configuration. */
  Expr name();

  /**
   * Required. The sampling rate for this real-time log configuration. The sampling rate determines
   * the percentage of viewer requests that are represented in the real-time log data. The sampling
   * rate is an integer between 1 and 100, inclusive.
   */
  Expr samplingRate();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("EndPoints", endPoints())
        .put("Fields", fields())
        .put("Name", name())
        .put("SamplingRate", samplingRate())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the real-time log configuration.
   * For example:
   * `arn:aws:cloudfront::111122223333:realtime-log-config/ExampleNameForRealtimeLogConfig` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RealtimeLogConfig}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRealtimeLogConfig.Builder {

    public Builder endPoints(List<? extends Expr> values) {
      endPoints(Expr.list(values));
      return this;
    }

    public Builder fields(List<? extends Expr> values) {
      fields(Expr.list(values));
      return this;
    }

    public Builder fields(String... values) {
      fields(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder samplingRate(long value) {
      samplingRate(Expr.of(value));
      return this;
    }

    public Builder samplingRate(double value) {
      samplingRate(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::RealtimeLogConfig.EndPoint}: Contains information about the Amazon
   * Kinesis data stream where you are sending real-time log data for this real-time log
   * configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-realtimelogconfig-endpoint.html">AWS::CloudFront::RealtimeLogConfig.EndPoint</a>
   */
  @Value.Immutable
  interface EndPoint extends PropertyValue {

    /**
     * Required. Contains information about the Amazon Kinesis data stream where you are sending
     * real-time log data in a real-time log configuration.
     */
    Expr kinesisStreamConfig();

    /**
     * Required. The type of data stream where you are sending real-time log data. The only valid
     * value is `Kinesis` .
     */
    Expr streamType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KinesisStreamConfig", kinesisStreamConfig())
          .put("StreamType", streamType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EndPoint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRealtimeLogConfig.EndPoint.Builder {

      public Builder streamType(String value) {
        streamType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::RealtimeLogConfig.KinesisStreamConfig}: Contains information about the
   * Amazon Kinesis data stream where you are sending real-time log data.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-realtimelogconfig-kinesisstreamconfig.html">AWS::CloudFront::RealtimeLogConfig.KinesisStreamConfig</a>
   */
  @Value.Immutable
  interface KinesisStreamConfig extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) of an AWS Identity and Access Management (IAM) role
     * that CloudFront can use to send real-time log data to your Kinesis data stream.
     */
    Expr roleArn();

    /**
     * Required. The Amazon Resource Name (ARN) of the Kinesis data stream where you are sending
     * real-time log data.
     */
    Expr streamArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RoleArn", roleArn())
          .put("StreamArn", streamArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link KinesisStreamConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRealtimeLogConfig.KinesisStreamConfig.Builder {

      public Builder roleArn(String value) {
        roleArn(Expr.of(value));
        return this;
      }

      public Builder streamArn(String value) {
        streamArn(Expr.of(value));
        return this;
      }
    }
  }
}
