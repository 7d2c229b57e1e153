// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::SqlHaStandbyDetectedInstance}: Resource Type definition for
 * AWS::EC2::SqlHaStandbyDetectedInstance
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-sqlhastandbydetectedinstance.html">AWS::EC2::SqlHaStandbyDetectedInstance</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SqlHaStandbyDetectedInstance extends Resource {

  String TYPE = "AWS::EC2::SqlHaStandbyDetectedInstance";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The ID of the EC2 instance to enable for SQL Server high availability standby
   * detection.
   */
  Expr instanceId();

  /**
   * The ARN of the AWS Secrets Manager secret containing SQL Server access credentials to the EC2
   * instance. If not specified, AWS Systems Manager agent will use default local user credentials.
   */
  Optional<Expr> sqlServerCredentials();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("InstanceId", instanceId())
        .put("SqlServerCredentials", sqlServerCredentials())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code HaStatus} attribute: The SQL Server high availability status of the EC2 instance.
   */
  default GetAtt attrHaStatus() {
    return getAtt("HaStatus");
  }

  /**
   * The {@code LastUpdatedTime} attribute: The timestamp when the EC2 instance's SQL Server high
   * availability status was last updated.
   */
  default GetAtt attrLastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The {@code SqlServerLicenseUsage} attribute: The SQL Server license type of the EC2 instance.
   */
  default GetAtt attrSqlServerLicenseUsage() {
    return getAtt("SqlServerLicenseUsage");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SqlHaStandbyDetectedInstance}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableSqlHaStandbyDetectedInstance.Builder {

    public Builder instanceId(String value) {
      instanceId(Expr.of(value));
      return this;
    }

    public Builder sqlServerCredentials(String value) {
      sqlServerCredentials(Expr.of(value));
      return this;
    }
  }
}
