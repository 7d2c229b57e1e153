// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.rds;

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
 * {@code AWS::RDS::GlobalCluster}: The `AWS::RDS::GlobalCluster` resource creates or updates an
 * Amazon Aurora global database spread across multiple AWS Regions.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-globalcluster.html">AWS::RDS::GlobalCluster</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface GlobalCluster extends Resource {

  String TYPE = "AWS::RDS::GlobalCluster";

  /** Values CloudFormation accepts for {@code Engine}. */
  String ENGINE_AURORA = "aurora";
  String ENGINE_AURORA_MYSQL = "aurora-mysql";
  String ENGINE_AURORA_POSTGRESQL = "aurora-postgresql";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Specifies whether to enable deletion protection for the new global database cluster. The global
   * database can't be deleted when deletion protection is enabled.
   */
  Optional<Expr> deletionProtection();

  /** The database engine to use for this global database cluster. */
  Optional<Expr> engine();

  /** The life cycle type for this global database cluster. */
  Optional<Expr> engineLifecycleSupport();

  /** The engine version to use for this global database cluster. */
  Optional<Expr> engineVersion();

  /**
   * The cluster identifier for this global database cluster. This parameter is stored as a
   * lowercase string.
   */
  Optional<Expr> globalClusterIdentifier();

  /** The Amazon Resource Name (ARN) to use as the primary cluster of the global database. */
  Optional<Expr> sourceDBClusterIdentifier();

  /** Specifies whether to enable storage encryption for the new global database cluster. */
  Optional<Expr> storageEncrypted();

  /** Metadata assigned to an Amazon RDS resource consisting of a key-value pair. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DeletionProtection", deletionProtection())
        .put("Engine", engine())
        .put("EngineLifecycleSupport", engineLifecycleSupport())
        .put("EngineVersion", engineVersion())
        .put("GlobalClusterIdentifier", globalClusterIdentifier())
        .put("SourceDBClusterIdentifier", sourceDBClusterIdentifier())
        .put("StorageEncrypted", storageEncrypted())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code GlobalEndpoint} attribute. */
  default GetAtt attrGlobalEndpoint() {
    return getAtt("GlobalEndpoint");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GlobalCluster}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableGlobalCluster.Builder {

    public Builder deletionProtection(boolean value) {
      deletionProtection(Expr.of(value));
      return this;
    }

    public Builder engine(String value) {
      engine(Expr.of(value));
      return this;
    }

    public Builder engineLifecycleSupport(String value) {
      engineLifecycleSupport(Expr.of(value));
      return this;
    }

    public Builder engineVersion(String value) {
      engineVersion(Expr.of(value));
      return this;
    }

    public Builder globalClusterIdentifier(String value) {
      globalClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder sourceDBClusterIdentifier(String value) {
      sourceDBClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder storageEncrypted(boolean value) {
      storageEncrypted(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::RDS::GlobalCluster.GlobalEndpoint}: The writer endpoint for the new global database
   * cluster. This endpoint always points to the writer DB instance in the current primary cluster.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-globalcluster-globalendpoint.html">AWS::RDS::GlobalCluster.GlobalEndpoint</a>
   */
  @Value.Immutable
  interface GlobalEndpoint extends PropertyValue {

    /**
     * The writer endpoint for the new global database cluster. This endpoint always points to the
     * writer DB instance in the current primary cluster.
     */
    Optional<Expr> address();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Address", address())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link GlobalEndpoint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableGlobalCluster.GlobalEndpoint.Builder {

      public Builder address(String value) {
        address(Expr.of(value));
        return this;
      }
    }
  }
}
