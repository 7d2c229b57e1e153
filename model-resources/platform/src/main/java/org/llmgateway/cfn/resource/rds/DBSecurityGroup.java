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
 * {@code AWS::RDS::DBSecurityGroup}: The `AWS::RDS::DBSecurityGroup` resource creates or updates an
 * Amazon RDS DB security group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbsecuritygroup.html">AWS::RDS::DBSecurityGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DBSecurityGroup extends Resource {

  String TYPE = "AWS::RDS::DBSecurityGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. Ingress rules to be applied to the DB security group. */
  Expr dbSecurityGroupIngress();

  /**
   * The identifier of an Amazon virtual private cloud (VPC). This property indicates the VPC that
   * this DB security group belongs to.
   */
  Optional<Expr> ec2VpcId();

  /** Required. Provides the description of the DB security group. */
  Expr groupDescription();

  /** Metadata assigned to an Amazon RDS resource consisting of a key-value pair. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DBSecurityGroupIngress", dbSecurityGroupIngress())
        .put("EC2VpcId", ec2VpcId())
        .put("GroupDescription", groupDescription())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DBSecurityGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDBSecurityGroup.Builder {

    public Builder dbSecurityGroupIngress(List<? extends Expr> values) {
      dbSecurityGroupIngress(Expr.list(values));
      return this;
    }

    public Builder ec2VpcId(String value) {
      ec2VpcId(Expr.of(value));
      return this;
    }

    public Builder groupDescription(String value) {
      groupDescription(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::RDS::DBSecurityGroup.Ingress}: The `Ingress` property type specifies an individual
   * ingress rule within an `AWS::RDS::DBSecurityGroup` resource.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-rds-dbsecuritygroup-ingress.html">AWS::RDS::DBSecurityGroup.Ingress</a>
   */
  @Value.Immutable
  interface Ingress extends PropertyValue {

    /** The IP range to authorize. */
    Optional<Expr> cidrip();

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
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CIDRIP", cidrip())
          .put("EC2SecurityGroupId", ec2SecurityGroupId())
          .put("EC2SecurityGroupName", ec2SecurityGroupName())
          .put("EC2SecurityGroupOwnerId", ec2SecurityGroupOwnerId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Ingress}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableDBSecurityGroup.Ingress.Builder {

      public Builder cidrip(String value) {
        cidrip(Expr.of(value));
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
}
