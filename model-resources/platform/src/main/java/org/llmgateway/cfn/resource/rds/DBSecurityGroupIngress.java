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
 * {@code AWS::RDS::DBSecurityGroupIngress}: The `AWS::RDS::DBSecurityGroupIngress` resource enables
 * ingress to a DB security group using one of two forms of authorization. First, you can add EC2 or
 * VPC security groups to the DB security group if the application using the database is running on
 * EC2 or VPC instances. Second, IP ranges are available if the application accessing your database
 * is running on the Internet.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbsecuritygroupingress.html">AWS::RDS::DBSecurityGroupIngress</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBSecurityGroupIngress extends Resource {

  String TYPE = "AWS::RDS::DBSecurityGroupIngress";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The IP range to authorize. */
  Optional<Expr> cidrip();

  /** Required. The name of the DB security group to add authorization to. */
  Expr dbSecurityGroupName();

  /**
   * Id of the EC2 security group to authorize. For VPC DB security groups, `EC2SecurityGroupId`
   * must be provided. Otherwise, `EC2SecurityGroupOwnerId` and either `EC2SecurityGroupName` or
   * `EC2SecurityGroupId` must be provided.
   */
  Optional<Expr> ec2SecurityGroupId();

  /**
   * Name of the EC2 security group to authorize. For VPC DB security groups, `EC2SecurityGroupId`
   * must be provided. Otherwise, `EC2SecurityGroupOwnerId` and either `EC2SecurityGroupName` or
   * `EC2SecurityGroupId` must be provided.
   */
  Optional<Expr> ec2SecurityGroupName();

  /**
   * AWS account number of the owner of the EC2 security group specified in the
   * `EC2SecurityGroupName` parameter. The AWS access key ID isn't an acceptable value. For VPC DB
   * security groups, `EC2SecurityGroupId` must be provided. Otherwise, `EC2SecurityGroupOwnerId`
   * and either `EC2SecurityGroupName` or `EC2SecurityGroupId` must be provided.
   */
  Optional<Expr> ec2SecurityGroupOwnerId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CIDRIP", cidrip())
        .put("DBSecurityGroupName", dbSecurityGroupName())
        .put("EC2SecurityGroupId", ec2SecurityGroupId())
        .put("EC2SecurityGroupName", ec2SecurityGroupName())
        .put("EC2SecurityGroupOwnerId", ec2SecurityGroupOwnerId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DBSecurityGroupIngress}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableDBSecurityGroupIngress.Builder {

    public Builder cidrip(String value) {
      cidrip(Expr.of(value));
      return this;
    }

    public Builder dbSecurityGroupName(String value) {
      dbSecurityGroupName(Expr.of(value));
      return this;
    }

    public Builder ec2SecurityGroupId(String value) {
      ec2SecurityGroupId(Expr.of(value));
      return this;
    }

    public Builder ec2SecurityGroupName(String value) {
      ec2SecurityGroupName(Expr.of(value));
      return this;
    }

    public Builder ec2SecurityGroupOwnerId(String value) {
      ec2SecurityGroupOwnerId(Expr.of(value));
      return this;
    }
  }
}
