// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.elasticache;

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
 * {@code AWS::ElastiCache::CacheCluster}: The `AWS::ElastiCache::CacheCluster` type creates an
 * Amazon ElastiCache cache cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-cachecluster.html">AWS::ElastiCache::CacheCluster</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CacheCluster extends Resource {

  String TYPE = "AWS::ElastiCache::CacheCluster";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Specifies whether the nodes in this Memcached cluster are created in a single Availability Zone
   * or created across multiple Availability Zones in the cluster's region.
   */
  Optional<Expr> azMode();

  /**
   * If you are running Valkey 7.2 or later, or Redis OSS engine version 6.0 or later, set this
   * parameter to yes if you want to opt-in to the next minor version upgrade campaign. This
   * parameter is disabled for previous versions.
   */
  Optional<Expr> autoMinorVersionUpgrade();

  /** Required. The compute and memory capacity of the nodes in the node group (shard). */
  Expr cacheNodeType();

  /**
   * The name of the parameter group to associate with this cluster. If this argument is omitted,
   * the default parameter group for the specified engine is used. You cannot use any parameter
   * group which has `cluster-enabled='yes'` when creating a cluster.
   */
  Optional<Expr> cacheParameterGroupName();

  /** A list of security group names to associate with this cluster. */
  Optional<Expr> cacheSecurityGroupNames();

  /** The name of the subnet group to be used for the cluster. */
  Optional<Expr> cacheSubnetGroupName();

  /**
   * A name for the cache cluster. If you don't specify a name, CloudFormation generates a unique
   * physical ID and uses that ID for the cache cluster. For more information, see [Name
   * Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html)
   * .
   */
  Optional<Expr> clusterName();

  /** Required. The name of the cache engine to be used for this cluster. */
  Expr engine();

  /**
   * The version number of the cache engine to be used for this cluster. To view the supported cache
   * engine versions, use the DescribeCacheEngineVersions operation.
   */
  Optional<Expr> engineVersion();

  /**
   * The network type you choose when modifying a cluster, either `ipv4` | `ipv6` . IPv6 is
   * supported for workloads using Valkey 7.2 and above, Redis OSS engine version 6.2 to 7.1 and
   * Memcached engine version 1.6.6 and above on all instances built on the [Nitro
   * system](https://docs.aws.amazon.com/ec2/nitro/) .
   */
  Optional<Expr> ipDiscovery();

  /** Specifies the destination, format and type of the logs. */
  Optional<Expr> logDeliveryConfigurations();

  /**
   * Must be either `ipv4` | `ipv6` | `dual_stack` . IPv6 is supported for workloads using Valkey
   * 7.2 and above, Redis OSS engine version 6.2 to 7.1 and Memcached engine version 1.6.6 and above
   * on all instances built on the [Nitro system](https://docs.aws.amazon.com/ec2/nitro/) .
   */
  Optional<Expr> networkType();

  /**
   * The Amazon Resource Name (ARN) of the Amazon Simple Notification Service (SNS) topic to which
   * notifications are sent.
   */
  Optional<Expr> notificationTopicArn();

  /** Required. The number of cache nodes that the cache cluster should have. */
  Expr numCacheNodes();

  /** The port number on which each of the cache nodes accepts connections. */
  Optional<Expr> port();

  /** The EC2 Availability Zone in which the cluster is created. */
  Optional<Expr> preferredAvailabilityZone();

  /**
   * A list of the Availability Zones in which cache nodes are created. The order of the zones in
   * the list is not important.
   */
  Optional<Expr> preferredAvailabilityZones();

  /**
   * Specifies the weekly time range during which maintenance on the cluster is performed. It is
   * specified as a range in the format ddd:hh24:mi-ddd:hh24:mi (24H Clock UTC). The minimum
   * maintenance window is a 60 minute period.
   */
  Optional<Expr> preferredMaintenanceWindow();

  /**
   * A single-element string list containing an Amazon Resource Name (ARN) that uniquely identifies
   * a Valkey or Redis OSS RDB snapshot file stored in Amazon S3. The snapshot file is used to
   * populate the node group (shard). The Amazon S3 object name in the ARN cannot contain any
   * commas.
   */
  Optional<Expr> snapshotArns();

  /**
   * The name of a Valkey or Redis OSS snapshot from which to restore data into the new node group
   * (shard). The snapshot status changes to `restoring` while the new node group (shard) is being
   * created.
   */
  Optional<Expr> snapshotName();

  /**
   * The number of days for which ElastiCache retains automatic snapshots before deleting them. For
   * example, if you set `SnapshotRetentionLimit` to 5, a snapshot taken today is retained for 5
   * days before being deleted.
   */
  Optional<Expr> snapshotRetentionLimit();

  /**
   * The daily time range (in UTC) during which ElastiCache begins taking a daily snapshot of your
   * node group (shard).
   */
  Optional<Expr> snapshotWindow();

  /** A list of tags to be added to this resource. */
  Optional<Expr> tags();

  /** A flag that enables in-transit encryption when set to true. */
  Optional<Expr> transitEncryptionEnabled();

  /** One or more VPC security groups associated with the cluster. */
  Optional<Expr> vpcSecurityGroupIds();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AZMode", azMode())
        .put("AutoMinorVersionUpgrade", autoMinorVersionUpgrade())
        .put("CacheNodeType", cacheNodeType())
        .put("CacheParameterGroupName", cacheParameterGroupName())
        .put("CacheSecurityGroupNames", cacheSecurityGroupNames())
        .put("CacheSubnetGroupName", cacheSubnetGroupName())
        .put("ClusterName", clusterName())
        .put("Engine", engine())
        .put("EngineVersion", engineVersion())
        .put("IpDiscovery", ipDiscovery())
        .put("LogDeliveryConfigurations", logDeliveryConfigurations())
        .put("NetworkType", networkType())
        .put("NotificationTopicArn", notificationTopicArn())
        .put("NumCacheNodes", numCacheNodes())
        .put("Port", port())
        .put("PreferredAvailabilityZone", preferredAvailabilityZone())
        .put("PreferredAvailabilityZones", preferredAvailabilityZones())
        .put("PreferredMaintenanceWindow", preferredMaintenanceWindow())
        .put("SnapshotArns", snapshotArns())
        .put("SnapshotName", snapshotName())
        .put("SnapshotRetentionLimit", snapshotRetentionLimit())
        .put("SnapshotWindow", snapshotWindow())
        .put("Tags", tags())
        .put("TransitEncryptionEnabled", transitEncryptionEnabled())
        .put("VpcSecurityGroupIds", vpcSecurityGroupIds())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ConfigurationEndpoint} attribute. */
  default GetAtt attrConfigurationEndpoint() {
    return getAtt("ConfigurationEndpoint");
  }

  /** The {@code ConfigurationEndpoint.Address} attribute: The DNS hostname of the cache node. */
  default GetAtt attrConfigurationEndpointAddress() {
    return getAtt("ConfigurationEndpoint.Address");
  }

  /**
   * The {@code ConfigurationEndpoint.Port} attribute: The port number of the configuration endpoint
   * for the Memcached cache cluster.
   */
  default GetAtt attrConfigurationEndpointPort() {
    return getAtt("ConfigurationEndpoint.Port");
  }

  /** The {@code RedisEndpoint} attribute. */
  default GetAtt attrRedisEndpoint() {
    return getAtt("RedisEndpoint");
  }

  /**
   * The {@code RedisEndpoint.Address} attribute: The DNS address of the configuration endpoint for
   * the Valkey or Redis OSS cache cluster.
   */
  default GetAtt attrRedisEndpointAddress() {
    return getAtt("RedisEndpoint.Address");
  }

  /**
   * The {@code RedisEndpoint.Port} attribute: The port number of the configuration endpoint for the
   * Valkey or Redis OSS cache cluster.
   */
  default GetAtt attrRedisEndpointPort() {
    return getAtt("RedisEndpoint.Port");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CacheCluster}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCacheCluster.Builder {

    public Builder azMode(String value) {
      azMode(Expr.of(value));
      return this;
    }

    public Builder autoMinorVersionUpgrade(boolean value) {
      autoMinorVersionUpgrade(Expr.of(value));
      return this;
    }

    public Builder cacheNodeType(String value) {
      cacheNodeType(Expr.of(value));
      return this;
    }

    public Builder cacheParameterGroupName(String value) {
      cacheParameterGroupName(Expr.of(value));
      return this;
    }

    public Builder cacheSecurityGroupNames(List<? extends Expr> values) {
      cacheSecurityGroupNames(Expr.list(values));
      return this;
    }

    public Builder cacheSecurityGroupNames(String... values) {
      cacheSecurityGroupNames(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder cacheSubnetGroupName(String value) {
      cacheSubnetGroupName(Expr.of(value));
      return this;
    }

    public Builder clusterName(String value) {
      clusterName(Expr.of(value));
      return this;
    }

    public Builder engine(String value) {
      engine(Expr.of(value));
      return this;
    }

    public Builder engineVersion(String value) {
      engineVersion(Expr.of(value));
      return this;
    }

    public Builder ipDiscovery(String value) {
      ipDiscovery(Expr.of(value));
      return this;
    }

    public Builder logDeliveryConfigurations(List<? extends Expr> values) {
      logDeliveryConfigurations(Expr.list(values));
      return this;
    }

    public Builder networkType(String value) {
      networkType(Expr.of(value));
      return this;
    }

    public Builder notificationTopicArn(String value) {
      notificationTopicArn(Expr.of(value));
      return this;
    }

    public Builder numCacheNodes(long value) {
      numCacheNodes(Expr.of(value));
      return this;
    }

    public Builder port(long value) {
      port(Expr.of(value));
      return this;
    }

    public Builder preferredAvailabilityZone(String value) {
      preferredAvailabilityZone(Expr.of(value));
      return this;
    }

    public Builder preferredAvailabilityZones(List<? extends Expr> values) {
      preferredAvailabilityZones(Expr.list(values));
      return this;
    }

    public Builder preferredAvailabilityZones(String... values) {
      preferredAvailabilityZones(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder preferredMaintenanceWindow(String value) {
      preferredMaintenanceWindow(Expr.of(value));
      return this;
    }

    public Builder snapshotArns(List<? extends Expr> values) {
      snapshotArns(Expr.list(values));
      return this;
    }

    public Builder snapshotArns(String... values) {
      snapshotArns(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder snapshotName(String value) {
      snapshotName(Expr.of(value));
      return this;
    }

    public Builder snapshotRetentionLimit(long value) {
      snapshotRetentionLimit(Expr.of(value));
      return this;
    }

    public Builder snapshotWindow(String value) {
      snapshotWindow(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder transitEncryptionEnabled(boolean value) {
      transitEncryptionEnabled(Expr.of(value));
      return this;
    }

    public Builder vpcSecurityGroupIds(List<? extends Expr> values) {
      vpcSecurityGroupIds(Expr.list(values));
      return this;
    }

    public Builder vpcSecurityGroupIds(String... values) {
      vpcSecurityGroupIds(Expr.ofStrings(List.of(values)));
      return this;
    }
  }

  /**
   * {@code AWS::ElastiCache::CacheCluster.CloudWatchLogsDestinationDetails}: Configuration details
   * of a CloudWatch Logs destination. Note that this field is marked as required but only if
   * CloudWatch Logs was chosen as the destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-cachecluster-cloudwatchlogsdestinationdetails.html">AWS::ElastiCache::CacheCluster.CloudWatchLogsDestinationDetails</a>
   */
  @Value.Immutable
  interface CloudWatchLogsDestinationDetails extends PropertyValue {

    /** Required. The name of the CloudWatch Logs log group. */
    Expr logGroup();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LogGroup", logGroup())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CloudWatchLogsDestinationDetails}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableCacheCluster.CloudWatchLogsDestinationDetails.Builder {

      public Builder logGroup(String value) {
        logGroup(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::CacheCluster.DestinationDetails}: Configuration details of either a
   * CloudWatch Logs destination or Kinesis Data Firehose destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-cachecluster-destinationdetails.html">AWS::ElastiCache::CacheCluster.DestinationDetails</a>
   */
  @Value.Immutable
  interface DestinationDetails extends PropertyValue {

    /**
     * The configuration details of the CloudWatch Logs destination. Note that this field is marked
     * as required but only if CloudWatch Logs was chosen as the destination.
     */
    Optional<Expr> cloudWatchLogsDetails();

    /**
     * The configuration details of the Kinesis Data Firehose destination. Note that this field is
     * marked as required but only if Kinesis Data Firehose was chosen as the destination.
     */
    Optional<Expr> kinesisFirehoseDetails();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatchLogsDetails", cloudWatchLogsDetails())
          .put("KinesisFirehoseDetails", kinesisFirehoseDetails())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DestinationDetails}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCacheCluster.DestinationDetails.Builder {
    }
  }

  /**
   * {@code AWS::ElastiCache::CacheCluster.Endpoint}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-cachecluster-endpoint.html">AWS::ElastiCache::CacheCluster.Endpoint</a>
   */
  @Value.Immutable
  interface Endpoint extends PropertyValue {

    /** {@code Address}. */
    Optional<Expr> address();

    /** {@code Port}. */
    Optional<Expr> port();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Address", address())
          .put("Port", port())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Endpoint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCacheCluster.Endpoint.Builder {

      public Builder address(String value) {
        address(Expr.of(value));
        return this;
      }

      public Builder port(String value) {
        port(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::CacheCluster.KinesisFirehoseDestinationDetails}: The configuration
   * details of the Kinesis Data Firehose destination. Note that this field is marked as required
   * but only if Kinesis Data Firehose was chosen as the destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-cachecluster-kinesisfirehosedestinationdetails.html">AWS::ElastiCache::CacheCluster.KinesisFirehoseDestinationDetails</a>
   */
  @Value.Immutable
  interface KinesisFirehoseDestinationDetails extends PropertyValue {

    /** Required. The name of the Kinesis Data Firehose delivery stream. */
    Expr deliveryStream();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DeliveryStream", deliveryStream())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link KinesisFirehoseDestinationDetails}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableCacheCluster.KinesisFirehoseDestinationDetails.Builder {

      public Builder deliveryStream(String value) {
        deliveryStream(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::CacheCluster.LogDeliveryConfigurationRequest}: Specifies the
   * destination, format and type of the logs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-cachecluster-logdeliveryconfigurationrequest.html">AWS::ElastiCache::CacheCluster.LogDeliveryConfigurationRequest</a>
   */
  @Value.Immutable
  interface LogDeliveryConfigurationRequest extends PropertyValue {

    /**
     * Required. Configuration details of either a CloudWatch Logs destination or Kinesis Data
     * Firehose destination.
     */
    Expr destinationDetails();

    /**
     * Required. Specify either CloudWatch Logs or Kinesis Data Firehose as the destination type.
     * Valid values are either `cloudwatch-logs` or `kinesis-firehose` .
     */
    Expr destinationType();

    /** Required. Valid values are either `json` or `text` . */
    Expr logFormat();

    /**
     * Required. Valid value is either `slow-log` , which refers to
     * [slow-log](https://docs.aws.amazon.com/https://redis.io/commands/slowlog) or `engine-log` .
     */
    Expr logType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DestinationDetails", destinationDetails())
          .put("DestinationType", destinationType())
          .put("LogFormat", logFormat())
          .put("LogType", logType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LogDeliveryConfigurationRequest}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableCacheCluster.LogDeliveryConfigurationRequest.Builder {

      public Builder destinationType(String value) {
        destinationType(Expr.of(value));
        return this;
      }

      public Builder logFormat(String value) {
        logFormat(Expr.of(value));
        return this;
      }

      public Builder logType(String value) {
        logType(Expr.of(value));
        return this;
      }
    }
  }
}
