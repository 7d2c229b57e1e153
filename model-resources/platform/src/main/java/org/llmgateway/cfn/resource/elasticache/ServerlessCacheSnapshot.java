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
 * {@code AWS::ElastiCache::ServerlessCacheSnapshot}: Resource Type definition for
 * AWS::ElastiCache::ServerlessCacheSnapshot. A serverless cache snapshot is a point-in-time backup
 * of an ElastiCache serverless cache. Available for Valkey, Redis OSS and Serverless Memcached
 * only.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-serverlesscachesnapshot.html">AWS::ElastiCache::ServerlessCacheSnapshot</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ServerlessCacheSnapshot extends Resource {

  String TYPE = "AWS::ElastiCache::ServerlessCacheSnapshot";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS KMS key used to encrypt the snapshot. Provide the key
   * ARN: the resource returns the key ARN on read, so supplying a bare key ID or alias for this
   * createOnly property may be reported as drift by CloudFormation.
   */
  Optional<Expr> kmsKeyId();

  /**
   * Required. The name of an existing serverless cache. The snapshot is created from this cache.
   */
  Expr serverlessCacheName();

  /**
   * Required. The name of the serverless cache snapshot. Must be unique for the customer account.
   * This value is stored as a lowercase string.
   */
  Expr serverlessCacheSnapshotName();

  /** A list of tags to be added to the serverless cache snapshot resource. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("KmsKeyId", kmsKeyId())
        .put("ServerlessCacheName", serverlessCacheName())
        .put("ServerlessCacheSnapshotName", serverlessCacheSnapshotName())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ARN} attribute: The Amazon Resource Name (ARN) of the serverless cache snapshot. */
  default GetAtt attrARN() {
    return getAtt("ARN");
  }

  /**
   * The {@code BytesUsedForCache} attribute: The total size of the serverless cache snapshot, in
   * bytes.
   */
  default GetAtt attrBytesUsedForCache() {
    return getAtt("BytesUsedForCache");
  }

  /**
   * The {@code CreateTime} attribute: The date and time that the source serverless cache's metadata
   * and cache data set was obtained for the snapshot.
   */
  default GetAtt attrCreateTime() {
    return getAtt("CreateTime");
  }

  /** The {@code ServerlessCacheConfiguration} attribute. */
  default GetAtt attrServerlessCacheConfiguration() {
    return getAtt("ServerlessCacheConfiguration");
  }

  /** The {@code SnapshotType} attribute: The type of snapshot of the serverless cache. */
  default GetAtt attrSnapshotType() {
    return getAtt("SnapshotType");
  }

  /** The {@code Status} attribute: The current status of the serverless cache snapshot. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ServerlessCacheSnapshot}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableServerlessCacheSnapshot.Builder {

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder serverlessCacheName(String value) {
      serverlessCacheName(Expr.of(value));
      return this;
    }

    public Builder serverlessCacheSnapshotName(String value) {
      serverlessCacheSnapshotName(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ElastiCache::ServerlessCacheSnapshot.ServerlessCacheConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-serverlesscachesnapshot-serverlesscacheconfiguration.html">AWS::ElastiCache::ServerlessCacheSnapshot.ServerlessCacheConfiguration</a>
   */
  @Value.Immutable
  interface ServerlessCacheConfiguration extends PropertyValue {

    /** The engine that the serverless cache is configured with. */
    Optional<Expr> engine();

    /** The engine version number that the serverless cache is configured with. */
    Optional<Expr> majorEngineVersion();

    /** The identifier of the serverless cache. */
    Optional<Expr> serverlessCacheName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Engine", engine())
          .put("MajorEngineVersion", majorEngineVersion())
          .put("ServerlessCacheName", serverlessCacheName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ServerlessCacheConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableServerlessCacheSnapshot.ServerlessCacheConfiguration.Builder {

      public Builder engine(String value) {
        engine(Expr.of(value));
        return this;
      }

      public Builder majorEngineVersion(String value) {
        majorEngineVersion(Expr.of(value));
        return this;
      }

      public Builder serverlessCacheName(String value) {
        serverlessCacheName(Expr.of(value));
        return this;
      }
    }
  }
}
