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
 * {@code AWS::ElastiCache::GlobalReplicationGroup}: Consists of a primary cluster that accepts
 * writes and an associated secondary cluster that resides in a different Amazon region. The
 * secondary cluster accepts only reads. The primary cluster automatically replicates updates to the
 * secondary cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-globalreplicationgroup.html">AWS::ElastiCache::GlobalReplicationGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface GlobalReplicationGroup extends Resource {

  String TYPE = "AWS::ElastiCache::GlobalReplicationGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Specifies whether a read-only replica is automatically promoted to read/write primary if the
   * existing primary fails.
   */
  Optional<Expr> automaticFailoverEnabled();

  /** The cache node type of the Global datastore */
  Optional<Expr> cacheNodeType();

  /**
   * The name of the cache parameter group to use with the Global datastore. It must be compatible
   * with the major engine version used by the Global datastore.
   */
  Optional<Expr> cacheParameterGroupName();

  /** The ElastiCache engine. For Valkey or Redis OSS only. */
  Optional<Expr> engine();

  /** The Elasticache Valkey or Redis OSS engine version. */
  Optional<Expr> engineVersion();

  /** The number of node groups that comprise the Global Datastore. */
  Optional<Expr> globalNodeGroupCount();

  /** The optional description of the Global datastore */
  Optional<Expr> globalReplicationGroupDescription();

  /**
   * The suffix name of a Global Datastore. The suffix guarantees uniqueness of the Global Datastore
   * name across multiple regions.
   */
  Optional<Expr> globalReplicationGroupIdSuffix();

  /** Required. The replication groups that comprise the Global datastore. */
  Expr members();

  /** The Regions that comprise the Global Datastore. */
  Optional<Expr> regionalConfigurations();

  /** An array of key-value pairs to apply to this Global Datastore. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AutomaticFailoverEnabled", automaticFailoverEnabled())
        .put("CacheNodeType", cacheNodeType())
        .put("CacheParameterGroupName", cacheParameterGroupName())
        .put("Engine", engine())
        .put("EngineVersion", engineVersion())
        .put("GlobalNodeGroupCount", globalNodeGroupCount())
        .put("GlobalReplicationGroupDescription", globalReplicationGroupDescription())
        .put("GlobalReplicationGroupIdSuffix", globalReplicationGroupIdSuffix())
        .put("Members", members())
        .put("RegionalConfigurations", regionalConfigurations())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN (Amazon Resource Name) of the Global Datastore. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code GlobalReplicationGroupId} attribute: The ID used to associate a secondary cluster to
   * the Global Replication Group.
   */
  default GetAtt attrGlobalReplicationGroupId() {
    return getAtt("GlobalReplicationGroupId");
  }

  /**
   * The {@code Status} attribute: The status of the Global Datastore. Can be `Creating` ,
   * `Modifying` , `Available` , `Deleting` or `Primary-Only` . Primary-only status indicates the
   * global datastore contains only a primary cluster. Either all secondary clusters are deleted or
   * not successfully created.
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GlobalReplicationGroup}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableGlobalReplicationGroup.Builder {

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

    public Builder engine(String value) {
      engine(Expr.of(value));
      return this;
    }

    public Builder engineVersion(String value) {
      engineVersion(Expr.of(value));
      return this;
    }

    public Builder globalNodeGroupCount(long value) {
      globalNodeGroupCount(Expr.of(value));
      return this;
    }

    public Builder globalReplicationGroupDescription(String value) {
      globalReplicationGroupDescription(Expr.of(value));
      return this;
    }

    public Builder globalReplicationGroupIdSuffix(String value) {
      globalReplicationGroupIdSuffix(Expr.of(value));
      return this;
    }

    public Builder members(List<? extends Expr> values) {
      members(Expr.list(values));
      return this;
    }

    public Builder regionalConfigurations(List<? extends Expr> values) {
      regionalConfigurations(Expr.list(values));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ElastiCache::GlobalReplicationGroup.GlobalReplicationGroupMember}: A member of a
   * Global datastore. It contains the Replication Group Id, the Amazon region and the role of the
   * replication group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-globalreplicationgroup-globalreplicationgroupmember.html">AWS::ElastiCache::GlobalReplicationGroup.GlobalReplicationGroupMember</a>
   */
  @Value.Immutable
  interface GlobalReplicationGroupMember extends PropertyValue {

    /** Values CloudFormation accepts for {@code Role}. */
    String ROLE_PRIMARY = "PRIMARY";
    String ROLE_SECONDARY = "SECONDARY";

    /** The replication group id of the Global datastore member. */
    Optional<Expr> replicationGroupId();

    /** The Amazon region of the Global datastore member. */
    Optional<Expr> replicationGroupRegion();

    /** Indicates the role of the replication group, `PRIMARY` or `SECONDARY` . */
    Optional<Expr> role();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ReplicationGroupId", replicationGroupId())
          .put("ReplicationGroupRegion", replicationGroupRegion())
          .put("Role", role())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link GlobalReplicationGroupMember}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableGlobalReplicationGroup.GlobalReplicationGroupMember.Builder {

      public Builder replicationGroupId(String value) {
        replicationGroupId(Expr.of(value));
        return this;
      }

      public Builder replicationGroupRegion(String value) {
        replicationGroupRegion(Expr.of(value));
        return this;
      }

      public Builder role(String value) {
        role(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::GlobalReplicationGroup.RegionalConfiguration}: A list of the
   * replication groups
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-globalreplicationgroup-regionalconfiguration.html">AWS::ElastiCache::GlobalReplicationGroup.RegionalConfiguration</a>
   */
  @Value.Immutable
  interface RegionalConfiguration extends PropertyValue {

    /** The name of the secondary cluster */
    Optional<Expr> replicationGroupId();

    /** The Amazon region where the cluster is stored */
    Optional<Expr> replicationGroupRegion();

    /**
     * A list of PreferredAvailabilityZones objects that specifies the configuration of a node group
     * in the resharded cluster.
     */
    Optional<Expr> reshardingConfigurations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ReplicationGroupId", replicationGroupId())
          .put("ReplicationGroupRegion", replicationGroupRegion())
          .put("ReshardingConfigurations", reshardingConfigurations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RegionalConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableGlobalReplicationGroup.RegionalConfiguration.Builder {

      public Builder replicationGroupId(String value) {
        replicationGroupId(Expr.of(value));
        return this;
      }

      public Builder replicationGroupRegion(String value) {
        replicationGroupRegion(Expr.of(value));
        return this;
      }

      public Builder reshardingConfigurations(List<? extends Expr> values) {
        reshardingConfigurations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ElastiCache::GlobalReplicationGroup.ReshardingConfiguration}: A list of
   * `PreferredAvailabilityZones` objects that specifies the configuration of a node group in the
   * resharded cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-elasticache-globalreplicationgroup-reshardingconfiguration.html">AWS::ElastiCache::GlobalReplicationGroup.ReshardingConfiguration</a>
   */
  @Value.Immutable
  interface ReshardingConfiguration extends PropertyValue {

    /**
     * Either the ElastiCache supplied 4-digit id or a user supplied id for the node group these
     * configuration values apply to.
     */
    Optional<Expr> nodeGroupId();

    /** A list of preferred availability zones for the nodes in this cluster. */
    Optional<Expr> preferredAvailabilityZones();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("NodeGroupId", nodeGroupId())
          .put("PreferredAvailabilityZones", preferredAvailabilityZones())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ReshardingConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableGlobalReplicationGroup.ReshardingConfiguration.Builder {

      public Builder nodeGroupId(String value) {
        nodeGroupId(Expr.of(value));
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
    }
  }
}
