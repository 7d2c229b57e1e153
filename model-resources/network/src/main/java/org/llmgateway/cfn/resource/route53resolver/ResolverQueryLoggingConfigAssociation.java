// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.route53resolver;

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
 * {@code AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation}: The
 * AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation resource is a configuration for DNS
 * query logging. After you create a query logging configuration, Amazon Route 53 begins to publish
 * log data to an Amazon CloudWatch Logs log group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-resolverqueryloggingconfigassociation.html">AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResolverQueryLoggingConfigAssociation extends Resource {

  String TYPE = "AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ID of the query logging configuration that a VPC is associated with. */
  Optional<Expr> resolverQueryLogConfigId();

  /** The ID of the Amazon VPC that is associated with the query logging configuration. */
  Optional<Expr> resourceId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ResolverQueryLogConfigId", resolverQueryLogConfigId())
        .put("ResourceId", resourceId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CreationTime} attribute: The date and time that the VPC was associated with the
   * query logging configuration, in Unix time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The {@code Error} attribute: If the value of `Status` is `FAILED` , the value of `Error`
   * indicates the cause:
   */
  default GetAtt attrError() {
    return getAtt("Error");
  }

  /**
   * The {@code ErrorMessage} attribute: Contains additional information about the error. If the
   * value or `Error` is null, the value of `ErrorMessage` is also null.
   */
  default GetAtt attrErrorMessage() {
    return getAtt("ErrorMessage");
  }

  /** The {@code Id} attribute: The ID of the query logging association. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code Status} attribute: The status of the specified query logging association. Valid
   * values include the following:
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResolverQueryLoggingConfigAssociation}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableResolverQueryLoggingConfigAssociation.Builder {

    public Builder resolverQueryLogConfigId(String value) {
      resolverQueryLogConfigId(Expr.of(value));
      return this;
    }

    public Builder resourceId(String value) {
      resourceId(Expr.of(value));
      return this;
    }
  }
}
