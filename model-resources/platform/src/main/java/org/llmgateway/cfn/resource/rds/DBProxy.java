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
 * {@code AWS::RDS::DBProxy}: The `AWS::RDS::DBProxy` resource creates or updates a DB proxy.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbproxy.html">AWS::RDS::DBProxy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBProxy extends Resource {

  String TYPE = "AWS::RDS::DBProxy";

  /** Values CloudFormation accepts for {@code EngineFamily}. */
  String ENGINE_FAMILY_MYSQL = "MYSQL";
  String ENGINE_FAMILY_POSTGRESQL = "POSTGRESQL";
  String ENGINE_FAMILY_SQLSERVER = "SQLSERVER";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The authorization mechanism that the proxy uses. */
  Optional<Expr> auth();

  /**
   * Required. The identifier for the proxy. This name must be unique for all proxies owned by your
   * AWS account in the specified AWS Region . An identifier must begin with a letter and must
   * contain only ASCII letters, digits, and hyphens; it can't end with a hyphen or contain two
   * consecutive hyphens.
   */
  Expr dbProxyName();

  /**
   * Specifies whether the proxy logs detailed connection and query information. When you enable
   * `DebugLogging` , the proxy captures connection details and connection pool behavior from your
   * queries. Debug logging increases CloudWatch costs and can impact proxy performance. Enable this
   * option only when you need to troubleshoot connection or performance issues.
   */
  Optional<Expr> debugLogging();

  /**
   * The default authentication scheme that the proxy uses for client connections to the proxy and
   * connections from the proxy to the underlying database. Valid values are `NONE` and `IAM_AUTH` .
   * When set to `IAM_AUTH` , the proxy uses end-to-end IAM authentication to connect to the
   * database.
   */
  Optional<Expr> defaultAuthScheme();

  /**
   * The network type of the DB proxy endpoint. The network type determines the IP version that the
   * proxy endpoint supports.
   */
  Optional<Expr> endpointNetworkType();

  /**
   * Required. The kinds of databases that the proxy can connect to. This value determines which
   * database network protocol the proxy recognizes when it interprets network traffic to and from
   * the database. For Aurora MySQL, RDS for MariaDB, and RDS for MySQL databases, specify `MYSQL` .
   * For Aurora PostgreSQL and RDS for PostgreSQL databases, specify `POSTGRESQL` . For RDS for
   * Microsoft SQL Server, specify `SQLSERVER` .
   */
  Expr engineFamily();

  /**
   * The number of seconds that a connection to the proxy can be inactive before the proxy
   * disconnects it. You can set this value higher or lower than the connection timeout limit for
   * the associated database.
   */
  Optional<Expr> idleClientTimeout();

  /**
   * Specifies whether Transport Layer Security (TLS) encryption is required for connections to the
   * proxy. By enabling this setting, you can enforce encrypted TLS connections to the proxy.
   */
  Optional<Expr> requireTLS();

  /**
   * Required. The Amazon Resource Name (ARN) of the IAM role that the proxy uses to access secrets
   * in AWS Secrets Manager.
   */
  Expr roleArn();

  /**
   * An optional set of key-value pairs to associate arbitrary data of your choosing with the proxy.
   */
  Optional<Expr> tags();

  /**
   * The network type that the proxy uses to connect to the target database. The network type
   * determines the IP version that the proxy uses for connections to the database.
   */
  Optional<Expr> targetConnectionNetworkType();

  /** One or more VPC security group IDs to associate with the new proxy. */
  Optional<Expr> vpcSecurityGroupIds();

  /** Required. One or more VPC subnet IDs to associate with the new proxy. */
  Expr vpcSubnetIds();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Auth", auth())
        .put("DBProxyName", dbProxyName())
        .put("DebugLogging", debugLogging())
        .put("DefaultAuthScheme", defaultAuthScheme())
        .put("EndpointNetworkType", endpointNetworkType())
        .put("EngineFamily", engineFamily())
        .put("IdleClientTimeout", idleClientTimeout())
        .put("RequireTLS", requireTLS())
        .put("RoleArn", roleArn())
        .put("Tags", tags())
        .put("TargetConnectionNetworkType", targetConnectionNetworkType())
        .put("VpcSecurityGroupIds", vpcSecurityGroupIds())
        .put("VpcSubnetIds", vpcSubnetIds())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code DBProxyArn} attribute: The Amazon Resource Name (ARN) for the proxy. */
  default GetAtt attrDBProxyArn() {
    return getAtt("DBProxyArn");
  }

  /**
   * The {@code Endpoint} attribute: The endpoint that you can use to connect to the DB proxy. You
   * include the endpoint value in the connection string for a database client application.
   */
  default GetAtt attrEndpoint() {
    return getAtt("Endpoint");
  }

  /** The {@code VpcId} attribute: The VPC ID to associate with the DB proxy. */
  default GetAtt attrVpcId() {
    return getAtt("VpcId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBProxy}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBProxy.Builder {

    public Builder auth(List<? extends Expr> values) {
      auth(Expr.list(values));
      return this;
    }

    public Builder dbProxyName(String value) {
      dbProxyName(Expr.of(value));
      return this;
    }

    public Builder debugLogging(boolean value) {
      debugLogging(Expr.of(value));
      return this;
    }

    public Builder defaultAuthScheme(String value) {
      defaultAuthScheme(Expr.of(value));
      return this;
    }

    public Builder endpointNetworkType(String value) {
      endpointNetworkType(Expr.of(value));
      return this;
    }

    public Builder engineFamily(String value) {
      engineFamily(Expr.of(value));
      return this;
    }

    public Builder idleClientTimeout(long value) {
      idleClientTimeout(Expr.of(value));
      return this;
    }

    public Builder requireTLS(boolean value) {
      requireTLS(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targetConnectionNetworkType(String value) {
      targetConnectionNetworkType(Expr.of(value));
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
   * {@code AWS::RDS::DBProxy.AuthFormat}: Specifies the details of authentication used by a proxy
   * to log in as a specific database user.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbproxy-authformat.html">AWS::RDS::DBProxy.AuthFormat</a>
   */
  @Value.Immutable
  interface AuthFormat extends PropertyValue {

    /** Values CloudFormation accepts for {@code AuthScheme}. */
    String AUTH_SCHEME_SECRETS = "SECRETS";

    /** Values CloudFormation accepts for {@code ClientPasswordAuthType}. */
    String CLIENT_PASSWORD_AUTH_TYPE_MYSQL_NATIVE_PASSWORD = "MYSQL_NATIVE_PASSWORD";
    String CLIENT_PASSWORD_AUTH_TYPE_POSTGRES_SCRAM_SHA_256 = "POSTGRES_SCRAM_SHA_256";
    String CLIENT_PASSWORD_AUTH_TYPE_POSTGRES_MD5 = "POSTGRES_MD5";
    String CLIENT_PASSWORD_AUTH_TYPE_SQL_SERVER_AUTHENTICATION = "SQL_SERVER_AUTHENTICATION";

    /** Values CloudFormation accepts for {@code IAMAuth}. */
    String IAM_AUTH_DISABLED = "DISABLED";
    String IAM_AUTH_REQUIRED = "REQUIRED";
    String IAM_AUTH_ENABLED = "ENABLED";

    /**
     * The type of authentication that the proxy uses for connections from the proxy to the
     * underlying database.
     */
    Optional<Expr> authScheme();

    /**
     * Specifies the details of authentication used by a proxy to log in as a specific database
     * user.
     */
    Optional<Expr> clientPasswordAuthType();

    /**
     * A user-specified description about the authentication used by a proxy to log in as a specific
     * database user.
     */
    Optional<Expr> description();

    /**
     * A value that indicates whether to require or disallow AWS Identity and Access Management
     * (IAM) authentication for connections to the proxy. The `ENABLED` value is valid only for
     * proxies with RDS for Microsoft SQL Server.
     */
    Optional<Expr> iamAuth();

    /**
     * The Amazon Resource Name (ARN) representing the secret that the proxy uses to authenticate to
     * the RDS DB instance or Aurora DB cluster. These secrets are stored within Amazon Secrets
     * Manager.
     */
    Optional<Expr> secretArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AuthScheme", authScheme())
          .put("ClientPasswordAuthType", clientPasswordAuthType())
          .put("Description", description())
          .put("IAMAuth", iamAuth())
          .put("SecretArn", secretArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AuthFormat}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBProxy.AuthFormat.Builder {

      public Builder authScheme(String value) {
        authScheme(Expr.of(value));
        return this;
      }

      public Builder clientPasswordAuthType(String value) {
        clientPasswordAuthType(Expr.of(value));
        return this;
      }

      public Builder description(String value) {
        description(Expr.of(value));
        return this;
      }

      public Builder iamAuth(String value) {
        iamAuth(Expr.of(value));
        return this;
      }

      public Builder secretArn(String value) {
        secretArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::RDS::DBProxy.TagFormat}: Metadata assigned to an Amazon RDS resource consisting of
   * a key-value pair.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbproxy-tagformat.html">AWS::RDS::DBProxy.TagFormat</a>
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
    final class Builder extends ImmutableDBProxy.TagFormat.Builder {

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
