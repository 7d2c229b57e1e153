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
 * {@code AWS::RDS::DBProxyEndpoint}: The `AWS::RDS::DBProxyEndpoint` resource creates or updates a
 * DB proxy endpoint. You can use custom proxy endpoints to access a proxy through a different VPC
 * than the proxy's default VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbproxyendpoint.html">AWS::RDS::DBProxyEndpoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBProxyEndpoint extends Resource {

  String TYPE = "AWS::RDS::DBProxyEndpoint";

  /** Values CloudFormation accepts for {@code TargetRole}. */
  String TARGET_ROLE_READ_WRITE = "READ_WRITE";
  String TARGET_ROLE_READ_ONLY = "READ_ONLY";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the DB proxy endpoint to create. */
  Expr dbProxyEndpointName();

  /** Required. The name of the DB proxy associated with the DB proxy endpoint that you create. */
  Expr dbProxyName();

  /**
   * The network type of the DB proxy endpoint. The network type determines the IP version that the
   * proxy endpoint supports.
   */
  Optional<Expr> endpointNetworkType();

  /**
   * An optional set of key-value pairs to associate arbitrary data of your choosing with the proxy.
   */
  Optional<Expr> tags();

  /**
   * A value that indicates whether the DB proxy endpoint can be used for read/write or read-only
   * operations.
   */
  Optional<Expr> targetRole();

  /**
   * The VPC security group IDs for the DB proxy endpoint that you create. You can specify a
   * different set of security group IDs than for the original DB proxy. The default is the default
   * security group for the VPC.
   */
  Optional<Expr> vpcSecurityGroupIds();

  /**
   * Required. The VPC subnet IDs for the DB proxy endpoint that you create. You can specify a
   * different set of subnet IDs than for the original DB proxy.
   */
  Expr vpcSubnetIds();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DBProxyEndpointName", dbProxyEndpointName())
        .put("DBProxyName", dbProxyName())
        .put("EndpointNetworkType", endpointNetworkType())
        .put("Tags", tags())
        .put("TargetRole", targetRole())
        .put("VpcSecurityGroupIds", vpcSecurityGroupIds())
        .put("VpcSubnetIds", vpcSubnetIds())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code DBProxyEndpointArn} attribute: The Amazon Resource Name (ARN) for the DB proxy
   * endpoint.
   */
  default GetAtt attrDBProxyEndpointArn() {
    return getAtt("DBProxyEndpointArn");
  }

  /**
   * The {@code Endpoint} attribute: The endpoint that you can use to connect to the DB proxy. You
   * include the endpoint value in the connection string for a database client application.
   */
  default GetAtt attrEndpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The {@code IsDefault} attribute: Indicates whether this endpoint is the default endpoint for
   * the associated DB proxy. Default DB proxy endpoints always have read/write capability. Other
   * endpoints that you associate with the DB proxy can be either read/write or read-only.
   */
  default GetAtt attrIsDefault() {
    return getAtt("IsDefault");
  }

  /** The {@code VpcId} attribute: Provides the VPC ID of the DB proxy endpoint. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBProxyEndpoint}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBProxyEndpoint.Builder {

    public Builder dbProxyEndpointName(String value) {
      dbProxyEndpointName(Expr.of(value));
      return this;
    }

    public Builder dbProxyName(String value) {
      dbProxyName(Expr.of(value));
      return this;
    }

    public Builder endpointNetworkType(String value) {
      endpointNetworkType(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targetRole(String value) {
      targetRole(Expr.of(value));
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

    public Builder vpcSubnetIds(List<? extends Expr> values) {
      vpcSubnetIds(Expr.list(values));
      return this;
    }

    public Builder vpcSubnetIds(String... values) {
      vpcSubnetIds(Expr.ofStrings(List.of(values)));
      return this;
    }
  }

  /**
   * {@code AWS::RDS::DBProxyEndpoint.TagFormat}: Metadata assigned to an Amazon RDS resource
   * consisting of a key-value pair.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbproxyendpoint-tagformat.html">AWS::RDS::DBProxyEndpoint.TagFormat</a>
   */
  @Value.Immutable
  interface TagFormat extends PropertyValue {

    /**
     * A key is the required name of the tag. The string value can be from 1 to 128 Unicode
     * characters in length and can't be prefixed with `aws:` or `rds:` . The string can only
     * contain only the set of Unicode letters, digits, white-space, '_', '.', ':', '/', '=', '+',
     * '-', '&#64;' (Java regex:
     * "^([&#92;&#92;p{L}&#92;&#92;p{Z}&#92;&#92;p{N}_.:/=+&#92;&#92;-&#64;]*)$").
     */
    Optional<Expr> key();

    /**
     * A value is the optional value of the tag. The string value can be from 1 to 256 Unicode
     * characters in length and can't be prefixed with `aws:` or `rds:` . The string can only
     * contain only the set of Unicode letters, digits, white-space, '_', '.', ':', '/', '=', '+',
     * '-', '&#64;' (Java regex:
     * "^([&#92;&#92;p{L}&#92;&#92;p{Z}&#92;&#92;p{N}_.:/=+&#92;&#92;-&#64;]*)$").
     */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TagFormat}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBProxyEndpoint.TagFormat.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }
}
