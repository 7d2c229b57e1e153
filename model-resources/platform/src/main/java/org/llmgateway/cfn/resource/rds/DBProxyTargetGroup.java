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
 * {@code AWS::RDS::DBProxyTargetGroup}: The `AWS::RDS::DBProxyTargetGroup` resource represents a
 * set of RDS DB instances, Aurora DB clusters, or both that a proxy can connect to. Currently, each
 * target group is associated with exactly one RDS DB instance or Aurora DB cluster.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbproxytargetgroup.html">AWS::RDS::DBProxyTargetGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBProxyTargetGroup extends Resource {

  String TYPE = "AWS::RDS::DBProxyTargetGroup";

  /** Values CloudFormation accepts for {@code TargetGroupName}. */
  String TARGET_GROUP_NAME_DEFAULT = "default";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Displays the settings that control the size and behavior of the connection pool associated with
   * a `DBProxyTarget` .
   */
  Optional<Expr> connectionPoolConfigurationInfo();

  /** One or more DB cluster identifiers. */
  Optional<Expr> dbClusterIdentifiers();

  /** One or more DB instance identifiers. */
  Optional<Expr> dbInstanceIdentifiers();

  /**
   * Required. The identifier of the `DBProxy` that is associated with the `DBProxyTargetGroup` .
   */
  Expr dbProxyName();

  /** Required. The identifier for the target group. */
  Expr targetGroupName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ConnectionPoolConfigurationInfo", connectionPoolConfigurationInfo())
        .put("DBClusterIdentifiers", dbClusterIdentifiers())
        .put("DBInstanceIdentifiers", dbInstanceIdentifiers())
        .put("DBProxyName", dbProxyName())
        .put("TargetGroupName", targetGroupName())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code TargetGroupArn} attribute: The Amazon Resource Name (ARN) representing the target
   * group.
   */
  default GetAtt attrTargetGroupArn() {
    return getAtt("TargetGroupArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBProxyTargetGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBProxyTargetGroup.Builder {

    public Builder dbClusterIdentifiers(List<? extends Expr> values) {
      dbClusterIdentifiers(Expr.list(values));
      return this;
    }

    public Builder dbClusterIdentifiers(String... values) {
      dbClusterIdentifiers(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder dbInstanceIdentifiers(List<? extends Expr> values) {
      dbInstanceIdentifiers(Expr.list(values));
      return this;
    }

    public Builder dbInstanceIdentifiers(String... values) {
      dbInstanceIdentifiers(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder dbProxyName(String value) {
      dbProxyName(Expr.of(value));
      return this;
    }

    public Builder targetGroupName(String value) {
      targetGroupName(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::RDS::DBProxyTargetGroup.ConnectionPoolConfigurationInfoFormat}: Specifies the
   * settings that control the size and behavior of the connection pool associated with a
   * `DBProxyTargetGroup` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbproxytargetgroup-connectionpoolconfigurationinfoformat.html">AWS::RDS::DBProxyTargetGroup.ConnectionPoolConfigurationInfoFormat</a>
   */
  @Value.Immutable
  interface ConnectionPoolConfigurationInfoFormat extends PropertyValue {

    /**
     * The number of seconds for a proxy to wait for a connection to become available in the
     * connection pool. This setting only applies when the proxy has opened its maximum number of
     * connections and all connections are busy with client sessions.
     */
    Optional<Expr> connectionBorrowTimeout();

    /**
     * Add an initialization query, or modify the current one. You can specify one or more SQL
     * statements for the proxy to run when opening each new database connection. The setting is
     * typically used with `SET` statements to make sure that each connection has identical
     * settings. Make sure the query added here is valid. This is an optional field, so you can
     * choose to leave it empty. For including multiple variables in a single SET statement, use a
     * comma separator.
     */
    Optional<Expr> initQuery();

    /**
     * The maximum size of the connection pool for each target in a target group. The value is
     * expressed as a percentage of the `max_connections` setting for the RDS DB instance or Aurora
     * DB cluster used by the target group.
     */
    Optional<Expr> maxConnectionsPercent();

    /**
     * A value that controls how actively the proxy closes idle database connections in the
     * connection pool. The value is expressed as a percentage of the `max_connections` setting for
     * the RDS DB instance or Aurora DB cluster used by the target group. With a high value, the
     * proxy leaves a high percentage of idle database connections open. A low value causes the
     * proxy to close more idle connections and return them to the database.
     */
    Optional<Expr> maxIdleConnectionsPercent();

    /**
     * Each item in the list represents a class of SQL operations that normally cause all later
     * statements in a session using a proxy to be pinned to the same underlying database
     * connection. Including an item in the list exempts that class of SQL operations from the
     * pinning behavior.
     */
    Optional<Expr> sessionPinningFilters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ConnectionBorrowTimeout", connectionBorrowTimeout())
          .put("InitQuery", initQuery())
          .put("MaxConnectionsPercent", maxConnectionsPercent())
          .put("MaxIdleConnectionsPercent", maxIdleConnectionsPercent())
          .put("SessionPinningFilters", sessionPinningFilters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ConnectionPoolConfigurationInfoFormat}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableDBProxyTargetGroup.ConnectionPoolConfigurationInfoFormat.Builder {

      public Builder connectionBorrowTimeout(long value) {
        connectionBorrowTimeout(Expr.of(value));
        return this;
      }

      public Builder initQuery(String value) {
        initQuery(Expr.of(value));
        return this;
      }

      public Builder maxConnectionsPercent(long value) {
        maxConnectionsPercent(Expr.of(value));
        return this;
      }

      public Builder maxIdleConnectionsPercent(long value) {
        maxIdleConnectionsPercent(Expr.of(value));
        return this;
      }

      public Builder sessionPinningFilters(List<? extends Expr> values) {
        sessionPinningFilters(Expr.list(values));
        return this;
      }

      public Builder sessionPinningFilters(String... values) {
        sessionPinningFilters(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
