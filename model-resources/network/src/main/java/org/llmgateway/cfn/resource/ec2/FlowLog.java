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
 * {@code AWS::EC2::FlowLog}: Specifies a VPC flow log that captures IP traffic for a specified
 * network interface, subnet, or VPC. To view the log data, use Amazon CloudWatch Logs (CloudWatch
 * Logs) to help troubleshoot connection issues. For example, you can use a flow log to investigate
 * why certain traffic isn't reaching an instance, which can help you diagnose overly restrictive
 * security group rules. For more information, see [VPC Flow
 * Logs](https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html) in the *Amazon VPC User
 * Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-flowlog.html">AWS::EC2::FlowLog</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface FlowLog extends Resource {

  String TYPE = "AWS::EC2::FlowLog";

  /** Values CloudFormation accepts for {@code LogDestinationType}. */
  String LOG_DESTINATION_TYPE_CLOUD_WATCH_LOGS = "cloud-watch-logs";
  String LOG_DESTINATION_TYPE_S3 = "s3";
  String LOG_DESTINATION_TYPE_KINESIS_DATA_FIREHOSE = "kinesis-data-firehose";

  /** Values CloudFormation accepts for {@code ResourceType}. */
  String RESOURCE_TYPE_NETWORK_INTERFACE = "NetworkInterface";
  String RESOURCE_TYPE_SUBNET = "Subnet";
  String RESOURCE_TYPE_VPC = "VPC";
  String RESOURCE_TYPE_TRANSIT_GATEWAY = "TransitGateway";
  String RESOURCE_TYPE_TRANSIT_GATEWAY_ATTACHMENT = "TransitGatewayAttachment";

  /** Values CloudFormation accepts for {@code TrafficType}. */
  String TRAFFIC_TYPE_ACCEPT = "ACCEPT";
  String TRAFFIC_TYPE_ALL = "ALL";
  String TRAFFIC_TYPE_REJECT = "REJECT";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ARN of the IAM role that allows the service to publish flow logs across accounts. */
  Optional<Expr> deliverCrossAccountRole();

  /** The ARN of the IAM role that allows Amazon EC2 to publish flow logs to the log destination. */
  Optional<Expr> deliverLogsPermissionArn();

  /** The destination options. */
  Optional<Expr> destinationOptions();

  /**
   * The destination for the flow log data. The meaning of this parameter depends on the destination
   * type.
   */
  Optional<Expr> logDestination();

  /** The type of destination for the flow log data. */
  Optional<Expr> logDestinationType();

  /**
   * The fields to include in the flow log record, in the order in which they should appear. If you
   * omit this parameter, the flow log is created using the default format. If you specify this
   * parameter, you must include at least one field. For more information about the available
   * fields, see [Flow log
   * records](https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html#flow-log-records) in
   * the *Amazon VPC User Guide* or [Transit Gateway Flow Log
   * records](https://docs.aws.amazon.com/vpc/latest/tgw/tgw-flow-logs.html#flow-log-records) in the
   * *AWS Transit Gateway Guide* .
   */
  Optional<Expr> logFormat();

  /**
   * The name of a new or existing CloudWatch Logs log group where Amazon EC2 publishes your flow
   * logs.
   */
  Optional<Expr> logGroupName();

  /**
   * The maximum interval of time during which a flow of packets is captured and aggregated into a
   * flow log record. The possible values are 60 seconds (1 minute) or 600 seconds (10 minutes).
   * This parameter must be 60 seconds for transit gateway resource types.
   */
  Optional<Expr> maxAggregationInterval();

  /**
   * Required. The ID of the resource to monitor. For example, if the resource type is `VPC` ,
   * specify the ID of the VPC.
   */
  Expr resourceId();

  /** Required. The type of resource to monitor. */
  Expr resourceTypeValue();

  /**
   * The resource types and associated tags for EC2 resources associated with the EC2 Tags feature
   * for log enrichment.
   */
  Optional<Expr> tagFieldSpecifications();

  /** The tags to apply to the flow logs. */
  Optional<Expr> tags();

  /**
   * The type of traffic to monitor (accepted traffic, rejected traffic, or all traffic). This
   * parameter is not supported for transit gateway resource types. It is required for the other
   * resource types.
   */
  Optional<Expr> trafficType();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DeliverCrossAccountRole", deliverCrossAccountRole())
        .put("DeliverLogsPermissionArn", deliverLogsPermissionArn())
        .put("DestinationOptions", destinationOptions())
        .put("LogDestination", logDestination())
        .put("LogDestinationType", logDestinationType())
        .put("LogFormat", logFormat())
        .put("LogGroupName", logGroupName())
        .put("MaxAggregationInterval", maxAggregationInterval())
        .put("ResourceId", resourceId())
        .put("ResourceType", resourceTypeValue())
        .put("TagFieldSpecifications", tagFieldSpecifications())
        .put("Tags", tags())
        .put("TrafficType", trafficType())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the flow log. For example, `fl-123456abc123abc1` . */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FlowLog}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableFlowLog.Builder {

    public Builder deliverCrossAccountRole(String value) {
      deliverCrossAccountRole(Expr.of(value));
      return this;
    }

    public Builder deliverLogsPermissionArn(String value) {
      deliverLogsPermissionArn(Expr.of(value));
      return this;
    }

    public Builder logDestination(String value) {
      logDestination(Expr.of(value));
      return this;
    }

    public Builder logDestinationType(String value) {
      logDestinationType(Expr.of(value));
      return this;
    }

    public Builder logFormat(String value) {
      logFormat(Expr.of(value));
      return this;
    }

    public Builder logGroupName(String value) {
      logGroupName(Expr.of(value));
      return this;
    }

    public Builder maxAggregationInterval(long value) {
      maxAggregationInterval(Expr.of(value));
      return this;
    }

    public Builder resourceId(String value) {
      resourceId(Expr.of(value));
      return this;
    }

    public Builder resourceTypeValue(String value) {
      resourceTypeValue(Expr.of(value));
      return this;
    }

    public Builder tagFieldSpecifications(List<? extends Expr> values) {
      tagFieldSpecifications(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder trafficType(String value) {
      trafficType(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::FlowLog.DestinationOptions}: Describes the destination options for a flow log.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-flowlog-destinationoptions.html">AWS::EC2::FlowLog.DestinationOptions</a>
   */
  @Value.Immutable
  interface DestinationOptions extends PropertyValue {

    /** Required. The format for the flow log. The default is `plain-text` . */
    Expr fileFormat();

    /**
     * Required. Indicates whether to use Hive-compatible prefixes for flow logs stored in Amazon
     * S3. The default is `false` .
     */
    Expr hiveCompatiblePartitions();

    /**
     * Required. Indicates whether to partition the flow log per hour. This reduces the cost and
     * response time for queries. The default is `false` .
     */
    Expr perHourPartition();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FileFormat", fileFormat())
          .put("HiveCompatiblePartitions", hiveCompatiblePartitions())
          .put("PerHourPartition", perHourPartition())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DestinationOptions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFlowLog.DestinationOptions.Builder {

      public Builder fileFormat(String value) {
        fileFormat(Expr.of(value));
        return this;
      }

      public Builder hiveCompatiblePartitions(boolean value) {
        hiveCompatiblePartitions(Expr.of(value));
        return this;
      }

      public Builder perHourPartition(boolean value) {
        perHourPartition(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::FlowLog.TagFieldSpecification}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-flowlog-tagfieldspecification.html">AWS::EC2::FlowLog.TagFieldSpecification</a>
   */
  @Value.Immutable
  interface TagFieldSpecification extends PropertyValue {

    /** Required. {@code ResourceType}. */
    Expr resourceTypeValue();

    /** Required. {@code TagKeys}. */
    Expr tagKeys();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ResourceType", resourceTypeValue())
          .put("TagKeys", tagKeys())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link TagFieldSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableFlowLog.TagFieldSpecification.Builder {

      public Builder resourceTypeValue(String value) {
        resourceTypeValue(Expr.of(value));
        return this;
      }

      public Builder tagKeys(List<? extends Expr> values) {
        tagKeys(Expr.list(values));
        return this;
      }

      public Builder tagKeys(String... values) {
        tagKeys(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
