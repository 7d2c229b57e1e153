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
 * {@code AWS::ElastiCache::SecurityGroupIngress}: The AWS::ElastiCache::SecurityGroupIngress type
 * authorizes ingress to a cache security group from hosts in specified Amazon EC2 security groups.
 * For more information about ElastiCache security group ingress, go to
 * [AuthorizeCacheSecurityGroupIngress](https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_AuthorizeCacheSecurityGroupIngress.html)
 * in the *Amazon ElastiCache API Reference Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-securitygroupingress.html">AWS::ElastiCache::SecurityGroupIngress</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SecurityGroupIngress extends Resource {

  String TYPE = "AWS::ElastiCache::SecurityGroupIngress";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the Cache Security Group to authorize. */
  Expr cacheSecurityGroupName();

  /** Required. Name of the EC2 Security Group to include in the authorization. */
  Expr ec2SecurityGroupName();

  /**
   * Specifies the Amazon Account ID of the owner of the EC2 security group specified in the
   * EC2SecurityGroupName property. The Amazon access key ID is not an acceptable value.
   */
  Optional<Expr> ec2SecurityGroupOwnerId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CacheSecurityGroupName", cacheSecurityGroupName())
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

  /** Builds a {@link SecurityGroupIngress}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSecurityGroupIngress.Builder {

    public Builder cacheSecurityGroupName(String value) {
      cacheSecurityGroupName(Expr.of(value));
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
