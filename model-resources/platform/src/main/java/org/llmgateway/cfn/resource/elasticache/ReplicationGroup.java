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
 * {@code AWS::ElastiCache::ReplicationGroup}: The `AWS::ElastiCache::ReplicationGroup` resource
 * creates an Amazon ElastiCache (Valkey or Redis OSS) replication group. A Valkey or Redis OSS
 * (cluster mode disabled) replication group is a collection of cache clusters, where one of the
 * clusters is a primary read-write cluster and the others are read-only replicas.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-replicationgroup.html">AWS::ElastiCache::ReplicationGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ReplicationGroup extends Resource {

  String TYPE = "AWS::ElastiCache::ReplicationGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A flag that enables encryption at rest when set to `true` . */
  Optional<Expr> atRestEncryptionEnabled();

  /** *Reserved parameter.* The password used to access a password protected server. */
  Optional<Expr> authToken();

  /**
   * If you are running Valkey 7.2 or later, or Redis OSS 6.0 or later, set this parameter to yes if
   * you want to opt-in to the next minor version upgrade campaign. This parameter is disabled for
   * previous versions.
   */
  Optional<Expr> autoMinorVersionUpgrade();

  /**
   * Specifies whether a read-only replica is automatically promoted to read/write primary if the
   * existing primary fails.
   */
  Optional<Expr> automaticFailoverEnabled();

  /** The compute and memory capacity of the nodes in the node group (shard). */
  Optional<Expr> cacheNodeType();

  /**
   * The name of the parameter group to associate with this replication group. If this argument is
   * omitted, the default cache parameter group for the specified engine is used.
   */
  Optional<Expr> cacheParameterGroupName();

  /** A list of cache security group names to associate with this replication group. */
  Optional<Expr> cacheSecurityGroupNames();

  /** The name of the cache subnet group to be used for the replication group. */
  Optional<Expr> cacheSubnetGroupName();

  /**
   * The mode can be enabled or disabled. To change the cluster mode from disabled to enabled, you
   * must first set the cluster mode to compatible. The compatible mode allows your Valkey or Redis
   * OSS clients to connect using both cluster mode enabled and cluster mode disabled. After you
   * migrate all Valkey or Redis OSS clients to use cluster mode enabled, you can then complete
   * cluster mode configuration and set the cluster mode to enabled. For more information, see
   * [Modify cluster
   * mode](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/modify-cluster-mode.html) .
   */
  Optional<Expr> clusterMode();

  /**
   * Enables data tiering. Data tiering is only supported for replication groups using the r6gd node
   * type. This parameter must be set to true when using r6gd nodes. For more information, see [Data
   * tiering](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/data-tiering.html) .
   */
  Optional<Expr> dataTieringEnabled();

  /**
   * The durability setting for the replication group. Valid values: default, async, sync, disabled.
   * Enabling durability on an existing non-durable cluster or disabling durability on an existing
   * durable cluster is not currently supported and will result in an error; specify the desired
   * durability at create time. The resolved state is returned in EffectiveDurability.
   */
  Optional<Expr> durability();

  /**
   * The name of the cache engine to be used for the clusters in this replication group. The value
   * must be set to `valkey` or `redis` .
   */
  Optional<Expr> engine();

  /**
   * The version number of the cache engine to be used for the clusters in this replication group.
   * To view the supported cache engine versions, use the `DescribeCacheEngineVersions` operation.
   */
  Optional<Expr> engineVersion();

  /** The name of the Global datastore */
  Optional<Expr> globalReplicationGroupId();

  /**
   * The network type you choose when creating a replication group, either `ipv4` | `ipv6` . IPv6 is
   * supported for workloads using Valkey 7.2 and above, Redis OSS engine version 6.2 to 7.1 or
   * Memcached engine version 1.6.6 and above on all instances built on the [Nitro
   * system](https://docs.aws.amazon.com/ec2/nitro/) .
   */
  Optional<Expr> ipDiscovery();

  /** The ID of the KMS key used to encrypt the disk on the cluster. */
  Optional<Expr> kmsKeyId();

  /** Specifies the destination, format and type of the logs. */
  Optional<Expr> logDeliveryConfigurations();

  /**
   * A flag indicating if you have Multi-AZ enabled to enhance fault tolerance. For more
   * information, see [Minimizing Downtime:
   * Multi-AZ](https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html) .
   */
  Optional<Expr> multiAZEnabled();

  /**
   * Must be either `ipv4` | `ipv6` | `dual_stack` . IPv6 is supported for workloads using Valkey
   * 7.2 and above, Redis OSS engine version 6.2 to 7.1 and Memcached engine version 1.6.6 and above
   * on all instances built on the [Nitro system](https://docs.aws.amazon.com/ec2/nitro/) .
   */
  Optional<Expr> networkType();

  /**
   * `NodeGroupConfiguration` is a property of the `AWS::ElastiCache::ReplicationGroup` resource
   * that configures an Amazon ElastiCache (ElastiCache) Valkey or Redis OSS cluster node group.
   */
  Optional<Expr> nodeGroupConfiguration();

  /**
   * The Amazon Resource Name (ARN) of the Amazon Simple Notification Service (SNS) topic to which
   * notifications are sent.
   */
  Optional<Expr> notificationTopicArn();

  /** The number of clusters this replication group initially has. */
  Optional<Expr> numCacheClusters();

  /**
   * An optional parameter that specifies the number of node groups (shards) for this Valkey or
   * Redis OSS (cluster mode enabled) replication group. For Valkey or Redis OSS (cluster mode
   * disabled) either omit this parameter or set it to 1.
   */
  Optional<Expr> numNodeGroups();

  /** The port number on which each member of the replication group accepts connections. */
  Optional<Expr> port();

  /**
   * A list of EC2 Availability Zones in which the replication group's clusters are created. The
   * order of the Availability Zones in the list is the order in which clusters are allocated. The
   * primary cluster is created in the first AZ in the list.
   */
  Optional<Expr> preferredCacheClusterAZs();

  /**
   * Specifies the weekly time range during which maintenance on the cluster is performed. It is
   * specified as a range in the format ddd:hh24:mi-ddd:hh24:mi (24H Clock UTC). The minimum
   * maintenance window is a 60 minute period.
   */
  Optional<Expr> preferredMaintenanceWindow();

  /**
   * The identifier of the cluster that serves as the primary for this replication group. This
   * cluster must already exist and have a status of `available` .
   */
  Optional<Expr> primaryClusterId();

  /**
   * An optional parameter that specifies the number of replica nodes in each node group (shard).
   * Valid values are 0 to 5.
   */
  Optional<Expr> replicasPerNodeGroup();

  /** Required. A user-created description for the replication group. */
  Expr replicationGroupDescription();

  /** The replication group identifier. This parameter is stored as a lowercase string. */
  Optional<Expr> replicationGroupId();

  /** One or more Amazon VPC security groups associated with this replication group. */
  Optional<Expr> securityGroupIds();

  /**
   * A list of Amazon Resource Names (ARN) that uniquely identify the Valkey or Redis OSS RDB
   * snapshot files stored in Amazon S3. The snapshot files are used to populate the new replication
   * group. The Amazon S3 object name in the ARN cannot contain any commas. The new replication
   * group will have the number of node groups (console: shards) specified by the parameter
   * *NumNodeGroups* or the number of node groups configured by *NodeGroupConfiguration* regardless
   * of the number of ARNs specified here.
   */
  Optional<Expr> snapshotArns();

  /**
   * The name of a snapshot from which to restore data into the new replication group. The snapshot
   * status changes to `restoring` while the new replication group is being created.
   */
  Optional<Expr> snapshotName();

  /**
   * The number of days for which ElastiCache retains automatic snapshots before deleting them. For
   * example, if you set `SnapshotRetentionLimit` to 5, a snapshot that was taken today is retained
   * for 5 days before being deleted.
   */
  Optional<Expr> snapshotRetentionLimit();

  /**
   * The daily time range (in UTC) during which ElastiCache begins taking a daily snapshot of your
   * node group (shard).
   */
  Optional<Expr> snapshotWindow();

  /**
   * The cluster ID that is used as the daily snapshot source for the replication group. This
   * parameter cannot be set for Valkey or Redis OSS (cluster mode enabled) replication groups.
   */
  Optional<Expr> snapshottingClusterId();

  /**
   * A list of tags to be added to this resource. Tags are comma-separated key,value pairs (e.g.
   * Key= `myKey` , Value= `myKeyValue` . You can include multiple tags as shown following: Key=
   * `myKey` , Value= `myKeyValue` Key= `mySecondKey` , Value= `mySecondKeyValue` . Tags on
   * replication groups will be replicated to all nodes.
   */
  Optional<Expr> tags();

  /** A flag that enables in-transit encryption when set to `true` . */
  Optional<Expr> transitEncryptionEnabled();

  /**
   * A setting that allows you to migrate your clients to use in-transit encryption, with no
   * downtime.
   */
  Optional<Expr> transitEncryptionMode();

  /** The ID of user group to associate with the replication group. */
  Optional<Expr> userGroupIds();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AtRestEncryptionEnabled", atRestEncryptionEnabled())
        .put("AuthToken", authToken())
        .put("AutoMinorVersionUpgrade", autoMinorVersionUpgrade())
        .put("AutomaticFailoverEnabled", automaticFailoverEnabled())
        .put("CacheNodeType", cacheNodeType())
        .put("CacheParameterGroupName", cacheParameterGroupName())
        .put("CacheSecurityGroupNames", cacheSecurityGroupNames())
        .put("CacheSubnetGroupName", cacheSubnetGroupName())
        .put("ClusterMode", clusterMode())
        .put("DataTieringEnabled", dataTieringEnabled())
        .put("Durability", durability())
        .put("Engine", engine())
        .put("EngineVersion", engineVersion())
        .put("GlobalReplicationGroupId", globalReplicationGroupId())
        .put("IpDiscovery", ipDiscovery())
        .put("KmsKeyId", kmsKeyId())
        .put("LogDeliveryConfigurations", logDeliveryConfigurations())
        .put("MultiAZEnabled", multiAZEnabled())
        .put("NetworkType", networkType())
        .put("NodeGroupConfiguration", nodeGroupConfiguration())
        .put("NotificationTopicArn", notificationTopicArn())
        .put("NumCacheClusters", numCacheClusters())
        .put("NumNodeGroups", numNodeGroups())
        .put("Port", port())
        .put("PreferredCacheClusterAZs", preferredCacheClusterAZs())
        .put("PreferredMaintenanceWindow", preferredMaintenanceWindow())
        .put("PrimaryClusterId", primaryClusterId())
        .put("ReplicasPerNodeGroup", replicasPerNodeGroup())
        .put("ReplicationGroupDescription", replicationGroupDescription())
        .put("ReplicationGroupId", replicationGroupId())
        .put("SecurityGroupIds", securityGroupIds())
        .put("SnapshotArns", snapshotArns())
        .put("SnapshotName", snapshotName())
        .put("SnapshotRetentionLimit", snapshotRetentionLimit())
        .put("SnapshotWindow", snapshotWindow())
        .put("SnapshottingClusterId", snapshottingClusterId())
        .put("Tags", tags())
        .put("TransitEncryptionEnabled", transitEncryptionEnabled())
        .put("TransitEncryptionMode", transitEncryptionMode())
        .put("UserGroupIds", userGroupIds())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ConfigurationEndPoint} attribute. */
  default GetAtt attrConfigurationEndPoint() {
    return getAtt("ConfigurationEndPoint");
  }

  /** The {@code ConfigurationEndPoint.Address} attribute: The DNS hostname of the cache node. */
  default GetAtt attrConfigurationEndPointAddress() {
    return getAtt("ConfigurationEndPoint.Address");
  }

  /**
   * The {@code ConfigurationEndPoint.Port} attribute: The port number that the cache engine is
   * listening on.
   */
  default GetAtt attrConfigurationEndPointPort() {
    return getAtt("ConfigurationEndPoint.Port");
  }

  /**
   * The {@code EffectiveDurability} attribute: The resolved durability state of the replication
   * group after resolving the default value. This is a read-only property.
   */
  default GetAtt attrEffectiveDurability() {
    return getAtt("EffectiveDurability");
  }

  /** The {@code PrimaryEndPoint} attribute. */
  default GetAtt attrPrimaryEndPoint() {
    return getAtt("PrimaryEndPoint");
  }

  /**
   * The {@code PrimaryEndPoint.Address} attribute: The DNS address of the primary read-write cache
   * node.
   */
  default GetAtt attrPrimaryEndPointAddress() {
    return getAtt("PrimaryEndPoint.Address");
  }

  /**
   * The {@code PrimaryEndPoint.Port} attribute: The number of the port that the primary read-write
   * cache engine is listening on.
   */
  default GetAtt attrPrimaryEndPointPort() {
    return getAtt("PrimaryEndPoint.Port");
  }

  /** The {@code ReadEndPoint} attribute. */
  default GetAtt attrReadEndPoint() {
    return getAtt("ReadEndPoint");
  }

  /**
   * The {@code ReadEndPoint.Addresses} attribute: A string with a list of endpoints for the primary
   * and read-only replicas. The order of the addresses maps to the order of the ports from the
   * `ReadEndPoint.Ports` attribute.
   */
  default GetAtt attrReadEndPointAddresses() {
    return getAtt("ReadEndPoint.Addresses");
  }

  /**
   * The {@code ReadEndPoint.AddressesList} attribute: A list of endpoints for the read-only
   * replicas. The order of the addresses maps to the order of the ports from the ReadEndPoint.Ports
   * attribute.
   */
  default GetAtt attrReadEndPointAddressesList() {
    return getAtt("ReadEndPoint.AddressesList");
  }

  /**
   * The {@code ReadEndPoint.Ports} attribute: A string with a list of ports for the read-only
   * replicas. The order of the ports maps to the order of the addresses from the
   * `ReadEndPoint.Addresses` attribute.
   */
  default GetAtt attrReadEndPointPorts() {
    return getAtt("ReadEndPoint.Ports");
  }

  /**
   * The {@code ReadEndPoint.PortsList} attribute: A list of ports for the read-only replicas. The
   * order of the ports maps to the order of the addresses from the ReadEndPoint.Addresses
   * attribute.
   */
  default GetAtt attrReadEndPointPortsList() {
    return getAtt("ReadEndPoint.PortsList");
  }

  /** The {@code ReaderEndPoint} attribute. */
  default GetAtt attrReaderEndPoint() {
    return getAtt("ReaderEndPoint");
  }

  /** The {@code ReaderEndPoint.Address} attribute: The address of the reader endpoint. */
  default GetAtt attrReaderEndPointAddress() {
    return getAtt("ReaderEndPoint.Address");
  }

  /** The {@code ReaderEndPoint.Port} attribute: The port used by the reader endpoint. */
  default GetAtt attrReaderEndPointPort() {
    return getAtt("ReaderEndPoint.Port");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReplicationGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableReplicationGroup.Builder {

    public Builder atRestEncryptionEnabled(boolean value) {
      atRestEncryptionEnabled(Expr.of(value));
      return this;
    }

    public Builder authToken(String value) {
      authToken(Expr.of(value));
      return this;
    }

    public Builder autoMinorVersionUpgrade(boolean value) {
      autoMinorVersionUpgrade(Expr.of(value));
      return this;
    }

    public Builder automaticFailoverEnabled(boolean value) {
      automaticFailoverEnabled(Expr.of(value));
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

    public Builder clusterMode(String value) {
      clusterMode(Expr.of(value));
      return this;
    }

    public Builder dataTieringEnabled(boolean value) {
      dataTieringEnabled(Expr.of(value));
      return this;
    }

    public Builder durability(String value) {
      durability(Expr.of(value));
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

    public Builder globalReplicationGroupId(String value) {
      globalReplicationGroupId(Expr.of(value));
      return this;
    }

    public Builder ipDiscovery(String value) {
      ipDiscovery(Expr.of(value));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder logDeliveryConfigurations(List<? extends Expr> values) {
      logDeliveryConfigurations(Expr.list(values));
      return this;
    }

    public Builder multiAZEnabled(boolean value) {
      multiAZEnabled(Expr.of(value));
      return this;
    }

    public Builder networkType(String value) {
      networkType(Expr.of(value));
      return this;
    }

    public Builder nodeGroupConfiguration(List<? extends Expr> values) {
      nodeGroupConfiguration(Expr.list(values));
      return this;
    }

    public Builder notificationTopicArn(String value) {
      notificationTopicArn(Expr.of(value));
      return this;
    }

    public Builder numCacheClusters(long value) {
      numCacheClusters(Expr.of(value));
      return this;
    }

    public Builder numNodeGroups(long value) {
      numNodeGroups(Expr.of(value));
      return this;
    }

    public Builder port(long value) {
      port(Expr.of(value));
      return this;
    }

    public Builder preferredCacheClusterAZs(List<? extends Expr> values) {
      preferredCacheClusterAZs(Expr.list(values));
      return this;
    }

    public Builder preferredCacheClusterAZs(String... values) {
      preferredCacheClusterAZs(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder preferredMaintenanceWindow(String value) {
      preferredMaintenanceWindow(Expr.of(value));
      return this;
    }

    public Builder primaryClusterId(String value) {
      primaryClusterId(Expr.of(value));
      return this;
    }

    public Builder replicasPerNodeGroup(long value) {
      replicasPerNodeGroup(Expr.of(value));
      return this;
    }

    public Builder replicationGroupDescription(String value) {
      replicationGroupDescription(Expr.of(value));
      return this;
    }

    public Builder replicationGroupId(String value) {
      replicationGroupId(Expr.of(value));
      return this;
    }

    public Builder securityGroupIds(List<? extends Expr> values) {
      securityGroupIds(Expr.list(values));
      return this;
    }

    public Builder securityGroupIds(String... values) {
      securityGroupIds(Expr.ofStrings(List.of(values)));
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

    public Builder snapshottingClusterId(String value) {
      snapshottingClusterId(Expr.of(value));
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

    public Builder transitEncryptionMode(String value) {
      transitEncryptionMode(Expr.of(value));
      return this;
    }

    public Builder userGroupIds(List<? extends Expr> values) {
      userGroupIds(Expr.list(values));
      return this;
    }

    public Builder userGroupIds(String... values) {
      userGroupIds(Expr.ofStrings(List.of(values)));
      return this;
    }
  }

  /**
   * {@code AWS::ElastiCache::ReplicationGroup.CloudWatchLogsDestinationDetails}: The configuration
   * details of the CloudWatch Logs destination. Note that this field is marked as required but only
   * if CloudWatch Logs was chosen as the destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-replicationgroup-cloudwatchlogsdestinationdetails.html">AWS::ElastiCache::ReplicationGroup.CloudWatchLogsDestinationDetails</a>
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
    final class Builder extends ImmutableReplicationGroup.CloudWatchLogsDestinationDetails.Builder {

      public Builder logGroup(String value) {
        logGroup(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::ReplicationGroup.DestinationDetails}: Configuration details of either
   * a CloudWatch Logs destination or Kinesis Data Firehose destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-replicationgroup-destinationdetails.html">AWS::ElastiCache::ReplicationGroup.DestinationDetails</a>
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
    final class Builder extends ImmutableReplicationGroup.DestinationDetails.Builder {
    }
  }

  /**
   * {@code AWS::ElastiCache::ReplicationGroup.Endpoint}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-replicationgroup-endpoint.html">AWS::ElastiCache::ReplicationGroup.Endpoint</a>
   */
  @Value.Immutable
  interface Endpoint extends PropertyValue {

    /** The DNS hostname of the cache node. */
    Optional<Expr> address();

    /** The port number that the cache engine is listening on. */
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
    final class Builder extends ImmutableReplicationGroup.Endpoint.Builder {

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
   * {@code AWS::ElastiCache::ReplicationGroup.KinesisFirehoseDestinationDetails}: The configuration
   * details of the Kinesis Data Firehose destination. Note that this field is marked as required
   * but only if Kinesis Data Firehose was chosen as the destination.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-replicationgroup-kinesisfirehosedestinationdetails.html">AWS::ElastiCache::ReplicationGroup.KinesisFirehoseDestinationDetails</a>
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
    final class Builder extends ImmutableReplicationGroup.KinesisFirehoseDestinationDetails.Builder {

      public Builder deliveryStream(String value) {
        deliveryStream(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::ReplicationGroup.LogDeliveryConfigurationRequest}: Specifies the
   * destination, format and type of the logs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-replicationgroup-logdeliveryconfigurationrequest.html">AWS::ElastiCache::ReplicationGroup.LogDeliveryConfigurationRequest</a>
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
    final class Builder extends ImmutableReplicationGroup.LogDeliveryConfigurationRequest.Builder {

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

  /**
   * {@code AWS::ElastiCache::ReplicationGroup.NodeGroupConfiguration}: `NodeGroupConfiguration` is
   * a property of the `AWS::ElastiCache::ReplicationGroup` resource that configures an Amazon
   * ElastiCache (ElastiCache) Valkey or Redis OSS cluster node group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-replicationgroup-nodegroupconfiguration.html">AWS::ElastiCache::ReplicationGroup.NodeGroupConfiguration</a>
   */
  @Value.Immutable
  interface NodeGroupConfiguration extends PropertyValue {

    /**
     * Either the ElastiCache supplied 4-digit id or a user supplied id for the node group these
     * configuration values apply to.
     */
    Optional<Expr> nodeGroupId();

    /** The Availability Zone where the primary node of this node group (shard) is launched. */
    Optional<Expr> primaryAvailabilityZone();

    /**
     * A list of Availability Zones to be used for the read replicas. The number of Availability
     * Zones in this list must match the value of `ReplicaCount` or `ReplicasPerNodeGroup` if not
     * specified.
     */
    Optional<Expr> replicaAvailabilityZones();

    /** The number of read replica nodes in this node group (shard). */
    Optional<Expr> replicaCount();

    /**
     * A string of comma-separated values where the first set of values are the slot numbers (zero
     * based), and the second set of values are the keyspaces for each slot. The following example
     * specifies three slots (numbered 0, 1, and 2): `0,1,2,0-4999,5000-9999,10000-16,383` .
     */
    Optional<Expr> slots();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("NodeGroupId", nodeGroupId())
          .put("PrimaryAvailabilityZone", primaryAvailabilityZone())
          .put("ReplicaAvailabilityZones", replicaAvailabilityZones())
          .put("ReplicaCount", replicaCount())
          .put("Slots", slots())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link NodeGroupConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableReplicationGroup.NodeGroupConfiguration.Builder {

      public Builder nodeGroupId(String value) {
        nodeGroupId(Expr.of(value));
        return this;
      }

      public Builder primaryAvailabilityZone(String value) {
        primaryAvailabilityZone(Expr.of(value));
        return this;
      }

      public Builder replicaAvailabilityZones(List<? extends Expr> values) {
        replicaAvailabilityZones(Expr.list(values));
        return this;
      }

      public Builder replicaAvailabilityZones(String... values) {
        replicaAvailabilityZones(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder replicaCount(long value) {
        replicaCount(Expr.of(value));
        return this;
      }

      public Builder slots(String value) {
        slots(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::ReplicationGroup.ReadEndPoint}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-replicationgroup-readendpoint.html">AWS::ElastiCache::ReplicationGroup.ReadEndPoint</a>
   */
  @Value.Immutable
  interface ReadEndPoint extends PropertyValue {

    /**
     * A string containing a comma-separated list of endpoints for the primary and read-only
     * replicas, formatted as [address1, address2, ...]. The order of the addresses maps to the
     * order of the ports from the ReadEndPoint.Ports attribute.
     */
    Optional<Expr> addresses();

    /**
     * A list of endpoints for the read-only replicas. The order of the addresses maps to the order
     * of the ports from the ReadEndPoint.Ports attribute.
     */
    Optional<Expr> addressesList();

    /**
     * A string containing a comma-separated list of ports for the read-only replicas, formatted as
     * [port1, port2, ...]. The order of the ports maps to the order of the addresses from the
     * ReadEndPoint.Addresses attribute.
     */
    Optional<Expr> ports();

    /**
     * A list of ports for the read-only replicas. The order of the ports maps to the order of the
     * addresses from the ReadEndPoint.Addresses attribute.
     */
    Optional<Expr> portsList();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Addresses", addresses())
          .put("AddressesList", addressesList())
          .put("Ports", ports())
          .put("PortsList", portsList())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReadEndPoint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableReplicationGroup.ReadEndPoint.Builder {

      public Builder addresses(String value) {
        addresses(Expr.of(value));
        return this;
      }

      public Builder addressesList(List<? extends Expr> values) {
        addressesList(Expr.list(values));
        return this;
      }

      public Builder addressesList(String... values) {
        addressesList(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder ports(String value) {
        ports(Expr.of(value));
        return this;
      }

      public Builder portsList(List<? extends Expr> values) {
        portsList(Expr.list(values));
        return this;
      }

      public Builder portsList(String... values) {
        portsList(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
