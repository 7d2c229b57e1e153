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
 * {@code AWS::ElastiCache::ServerlessCache}: The resource representing a serverless cache.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-serverlesscache.html">AWS::ElastiCache::ServerlessCache</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ServerlessCache extends Resource {

  String TYPE = "AWS::ElastiCache::ServerlessCache";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The cache usage limit for the serverless cache. */
  Optional<Expr> cacheUsageLimits();

  /**
   * The daily time that a cache snapshot will be created. Default is NULL, i.e. snapshots will not
   * be created at a specific time on a daily basis. Available for Valkey, Redis OSS and Serverless
   * Memcached only.
   */
  Optional<Expr> dailySnapshotTime();

  /** A description of the serverless cache. */
  Optional<Expr> description();

  /**
   * Represents the information required for client programs to connect to a cache node. This value
   * is read-only.
   */
  Optional<Expr> endpoint();

  /** Required. The engine the serverless cache is compatible with. */
  Expr engine();

  /** The name of the final snapshot taken of a cache before the cache is deleted. */
  Optional<Expr> finalSnapshotName();

  /**
   * The ID of the AWS Key Management Service (KMS) key that is used to encrypt data at rest in the
   * serverless cache.
   */
  Optional<Expr> kmsKeyId();

  /** The version number of the engine the serverless cache is compatible with. */
  Optional<Expr> majorEngineVersion();

  /** The network type for the serverless cache. Valid values are ipv4, ipv6, or dual_stack. */
  Optional<Expr> networkType();

  /**
   * Represents the information required for client programs to connect to a cache node. This value
   * is read-only.
   */
  Optional<Expr> readerEndpoint();

  /** The IDs of the EC2 security groups associated with the serverless cache. */
  Optional<Expr> securityGroupIds();

  /** Required. The unique identifier of the serverless cache. */
  Expr serverlessCacheName();

  /** The ARN of the snapshot from which to restore data into the new cache. */
  Optional<Expr> snapshotArnsToRestore();

  /**
   * The current setting for the number of serverless cache snapshots the system will retain.
   * Available for Valkey, Redis OSS and Serverless Memcached only.
   */
  Optional<Expr> snapshotRetentionLimit();

  /**
   * If no subnet IDs are given and your VPC is in us-west-1, then ElastiCache will select 2 default
   * subnets across AZs in your VPC. For all other Regions, if no subnet IDs are given then
   * ElastiCache will select 3 default subnets across AZs in your default VPC.
   */
  Optional<Expr> subnetIds();

  /** A list of tags to be added to this resource. */
  Optional<Expr> tags();

  /**
   * The identifier of the user group associated with the serverless cache. Available for Valkey and
   * Redis OSS only. Default is NULL.
   */
  Optional<Expr> userGroupId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CacheUsageLimits", cacheUsageLimits())
        .put("DailySnapshotTime", dailySnapshotTime())
        .put("Description", description())
        .put("Endpoint", endpoint())
        .put("Engine", engine())
        .put("FinalSnapshotName", finalSnapshotName())
        .put("KmsKeyId", kmsKeyId())
        .put("MajorEngineVersion", majorEngineVersion())
        .put("NetworkType", networkType())
        .put("ReaderEndpoint", readerEndpoint())
        .put("SecurityGroupIds", securityGroupIds())
        .put("ServerlessCacheName", serverlessCacheName())
        .put("SnapshotArnsToRestore", snapshotArnsToRestore())
        .put("SnapshotRetentionLimit", snapshotRetentionLimit())
        .put("SubnetIds", subnetIds())
        .put("Tags", tags())
        .put("UserGroupId", userGroupId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ARN} attribute: The Amazon Resource Name (ARN) of the serverless cache. */
  default GetAtt attrARN() {
    return getAtt("ARN");
  }

  /** The {@code CreateTime} attribute: When the serverless cache was created. */
  default GetAtt attrCreateTime() {
    return getAtt("CreateTime");
  }

  /** The {@code Endpoint.Address} attribute: The DNS hostname of the cache node. */
  default GetAtt attrEndpointAddress() {
    return getAtt("Endpoint.Address");
  }

  /** The {@code Endpoint.Port} attribute: The port number that the cache engine is listening on. */
  default GetAtt attrEndpointPort() {
    return getAtt("Endpoint.Port");
  }

  /**
   * The {@code FullEngineVersion} attribute: The name and version number of the engine the
   * serverless cache is compatible with.
   */
  default GetAtt attrFullEngineVersion() {
    return getAtt("FullEngineVersion");
  }

  /** The {@code ReaderEndpoint.Address} attribute: The DNS hostname of the cache node. */
  default GetAtt attrReaderEndpointAddress() {
    return getAtt("ReaderEndpoint.Address");
  }

  /**
   * The {@code ReaderEndpoint.Port} attribute: The port number that the cache engine is listening
   * on.
   */
  default GetAtt attrReaderEndpointPort() {
    return getAtt("ReaderEndpoint.Port");
  }

  /**
   * The {@code Status} attribute: The current status of the serverless cache. The allowed values
   * are CREATING, AVAILABLE, DELETING, CREATE-FAILED and MODIFYING.
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServerlessCache}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableServerlessCache.Builder {

    public Builder dailySnapshotTime(String value) {
      dailySnapshotTime(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder engine(String value) {
      engine(Expr.of(value));
      return this;
    }

    public Builder finalSnapshotName(String value) {
      finalSnapshotName(Expr.of(value));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder majorEngineVersion(String value) {
      majorEngineVersion(Expr.of(value));
      return this;
    }

    public Builder networkType(String value) {
      networkType(Expr.of(value));
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

    public Builder serverlessCacheName(String value) {
      serverlessCacheName(Expr.of(value));
      return this;
    }

    public Builder snapshotArnsToRestore(List<? extends Expr> values) {
      snapshotArnsToRestore(Expr.list(values));
      return this;
    }

    public Builder snapshotArnsToRestore(String... values) {
      snapshotArnsToRestore(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder snapshotRetentionLimit(long value) {
      snapshotRetentionLimit(Expr.of(value));
      return this;
    }

    public Builder subnetIds(List<? extends Expr> values) {
      subnetIds(Expr.list(values));
      return this;
    }

    public Builder subnetIds(String... values) {
      subnetIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder userGroupId(String value) {
      userGroupId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::ElastiCache::ServerlessCache.CacheUsageLimits}: The usage limits for storage and
   * ElastiCache Processing Units for the cache.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-serverlesscache-cacheusagelimits.html">AWS::ElastiCache::ServerlessCache.CacheUsageLimits</a>
   */
  @Value.Immutable
  interface CacheUsageLimits extends PropertyValue {

    /** The maximum data storage limit in the cache, expressed in Gigabytes. */
    Optional<Expr> dataStorage();

    /** The number of ElastiCache Processing Units (ECPU) the cache can consume per second. */
    Optional<Expr> ecpuPerSecond();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DataStorage", dataStorage())
          .put("ECPUPerSecond", ecpuPerSecond())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CacheUsageLimits}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableServerlessCache.CacheUsageLimits.Builder {
    }
  }

  /**
   * {@code AWS::ElastiCache::ServerlessCache.DataStorage}: The data storage limit.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-serverlesscache-datastorage.html">AWS::ElastiCache::ServerlessCache.DataStorage</a>
   */
  @Value.Immutable
  interface DataStorage extends PropertyValue {

    /** Values CloudFormation accepts for {@code Unit}. */
    String UNIT_GB = "GB";

    /** The upper limit for data storage the cache is set to use. */
    Optional<Expr> maximum();

    /** The lower limit for data storage the cache is set to use. */
    Optional<Expr> minimum();

    /** Required. The unit that the storage is measured in, in GB. */
    Expr unit();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Maximum", maximum())
          .put("Minimum", minimum())
          .put("Unit", unit())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DataStorage}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableServerlessCache.DataStorage.Builder {

      public Builder maximum(long value) {
        maximum(Expr.of(value));
        return this;
      }

      public Builder minimum(long value) {
        minimum(Expr.of(value));
        return this;
      }

      public Builder unit(String value) {
        unit(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::ServerlessCache.ECPUPerSecond}: The configuration for the number of
   * ElastiCache Processing Units (ECPU) the cache can consume per second.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-serverlesscache-ecpupersecond.html">AWS::ElastiCache::ServerlessCache.ECPUPerSecond</a>
   */
  @Value.Immutable
  interface ECPUPerSecond extends PropertyValue {

    /** The configuration for the maximum number of ECPUs the cache can consume per second. */
    Optional<Expr> maximum();

    /**
     * The configuration for the minimum number of ECPUs the cache should be able consume per
     * second.
     */
    Optional<Expr> minimum();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Maximum", maximum())
          .put("Minimum", minimum())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ECPUPerSecond}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableServerlessCache.ECPUPerSecond.Builder {

      public Builder maximum(long value) {
        maximum(Expr.of(value));
        return this;
      }

      public Builder minimum(long value) {
        minimum(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::ServerlessCache.Endpoint}: Represents the information required for
   * client programs to connect to a cache node. This value is read-only.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-serverlesscache-endpoint.html">AWS::ElastiCache::ServerlessCache.Endpoint</a>
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
    final class Builder extends ImmutableServerlessCache.Endpoint.Builder {

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
}
