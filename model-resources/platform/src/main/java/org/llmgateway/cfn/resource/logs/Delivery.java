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
 * {@code AWS::Logs::Delivery}: This structure contains information about one *delivery* in your
 * account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-delivery.html">AWS::Logs::Delivery</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Delivery extends Resource {

  String TYPE = "AWS::Logs::Delivery";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ARN of the delivery destination that is associated with this delivery. */
  Expr deliveryDestinationArn();

  /** Required. The name of the delivery source that is associated with this delivery. */
  Expr deliverySourceName();

  /**
   * The field delimiter that is used between record fields when the final output format of a
   * delivery is in `Plain` , `W3C` , or `Raw` format.
   */
  Optional<Expr> fieldDelimiter();

  /**
   * The list of record fields to be delivered to the destination, in order. If the delivery's log
   * source has mandatory fields, they must be included in this list.
   */
  Optional<Expr> recordFields();

  /**
   * Use this parameter to cause the S3 objects that contain delivered logs to use a prefix
   * structure that allows for integration with Apache Hive.
   */
  Optional<Expr> s3EnableHiveCompatiblePath();

  /**
   * Use this to reconfigure the S3 object prefix to contain either static or variable sections. The
   * valid variables to use in the suffix path will vary by each log source. To find the values
   * supported for the suffix path for each log source, use the
   * [DescribeConfigurationTemplates](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeConfigurationTemplates.html)
   * operation and check the `allowedSuffixPathFields` field in the response.
   */
  Optional<Expr> s3SuffixPath();

  /** An array of key-value pairs to apply to the delivery. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DeliveryDestinationArn", deliveryDestinationArn())
        .put("DeliverySourceName", deliverySourceName())
        .put("FieldDelimiter", fieldDelimiter())
        .put("RecordFields", recordFields())
        .put("S3EnableHiveCompatiblePath", s3EnableHiveCompatiblePath())
        .put("S3SuffixPath", s3SuffixPath())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) that uniquely identifies this
   * delivery.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code DeliveryDestinationType} attribute: Displays whether the delivery destination
   * associated with this delivery is CloudWatch Logs , Amazon S3 , or Firehose .
   */
  default GetAtt attrDeliveryDestinationType() {
    return getAtt("DeliveryDestinationType");
  }

  /**
   * The {@code DeliveryId} attribute: The unique ID that identifies this delivery in your account.
   */
  default GetAtt attrDeliveryId() {
    return getAtt("DeliveryId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Delivery}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDelivery.Builder {

    public Builder deliveryDestinationArn(String value) {
      deliveryDestinationArn(Expr.of(value));
      return this;
    }

    public Builder deliverySourceName(String value) {
      deliverySourceName(Expr.of(value));
      return this;
    }

    public Builder fieldDelimiter(String value) {
      fieldDelimiter(Expr.of(value));
      return this;
    }

    public Builder recordFields(List<? extends Expr> values) {
      recordFields(Expr.list(values));
      return this;
    }

    public Builder recordFields(String... values) {
      recordFields(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder s3EnableHiveCompatiblePath(boolean value) {
      s3EnableHiveCompatiblePath(Expr.of(value));
      return this;
    }

    public Builder s3SuffixPath(String value) {
      s3SuffixPath(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
