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
 * {@code AWS::RDS::DBShardGroup}: Creates a new DB shard group for Aurora Limitless Database. You
 * must enable Aurora Limitless Database to create a DB shard group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbshardgroup.html">AWS::RDS::DBShardGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBShardGroup extends Resource {

  String TYPE = "AWS::RDS::DBShardGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Specifies whether to create standby standby DB data access shard for the DB shard group. Valid
   * values are the following:
   */
  Optional<Expr> computeRedundancy();

  /** Required. The name of the primary DB cluster for the DB shard group. */
  Expr dbClusterIdentifier();

  /** The name of the DB shard group. */
  Optional<Expr> dbShardGroupIdentifier();

  /** Required. The maximum capacity of the DB shard group in Aurora capacity units (ACUs). */
  Expr maxACU();

  /** The minimum capacity of the DB shard group in Aurora capacity units (ACUs). */
  Optional<Expr> minACU();

  /** Specifies whether the DB shard group is publicly accessible. */
  Optional<Expr> publiclyAccessible();

  /**
   * An optional set of key-value pairs to associate arbitrary data of your choosing with the DB
   * shard group.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ComputeRedundancy", computeRedundancy())
        .put("DBClusterIdentifier", dbClusterIdentifier())
        .put("DBShardGroupIdentifier", dbShardGroupIdentifier())
        .put("MaxACU", maxACU())
        .put("MinACU", minACU())
        .put("PubliclyAccessible", publiclyAccessible())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code DBShardGroupResourceId} attribute: The AWS Region -unique, immutable identifier for
   * the DB shard group.
   */
  default GetAtt attrDBShardGroupResourceId() {
    return getAtt("DBShardGroupResourceId");
  }

  /**
   * The {@code Endpoint} attribute: This data type represents the information you need to connect
   * to an Amazon RDS DB instance. This data type is used as a response element in the following
   * actions:
   */
  default GetAtt attrEndpoint() {
    return getAtt("Endpoint");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBShardGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBShardGroup.Builder {

    public Builder computeRedundancy(long value) {
      computeRedundancy(Expr.of(value));
      return this;
    }

    public Builder dbClusterIdentifier(String value) {
      dbClusterIdentifier(Expr.of(value));
      return this;
    }

    public Builder dbShardGroupIdentifier(String value) {
      dbShardGroupIdentifier(Expr.of(value));
      return this;
    }

    public Builder maxACU(long value) {
      maxACU(Expr.of(value));
      return this;
    }

    public Builder maxACU(double value) {
      maxACU(Expr.of(value));
      return this;
    }

    public Builder minACU(long value) {
      minACU(Expr.of(value));
      return this;
    }

    public Builder minACU(double value) {
      minACU(Expr.of(value));
      return this;
    }

    public Builder publiclyAccessible(boolean value) {
      publiclyAccessible(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
