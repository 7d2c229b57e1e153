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
 * {@code AWS::Route53Resolver::ResolverQueryLoggingConfig}: The
 * AWS::Route53Resolver::ResolverQueryLoggingConfig resource is a complex type that contains
 * settings for one query logging configuration.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-resolverqueryloggingconfig.html">AWS::Route53Resolver::ResolverQueryLoggingConfig</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResolverQueryLoggingConfig extends Resource {

  String TYPE = "AWS::Route53Resolver::ResolverQueryLoggingConfig";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The ARN of the resource that you want Resolver to send query logs: an Amazon S3 bucket, a
   * CloudWatch Logs log group, or a Kinesis Data Firehose delivery stream.
   */
  Optional<Expr> destinationArn();

  /** The name of the query logging configuration. */
  Optional<Expr> name();

  /** An array of key-value pairs to apply to this resource. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DestinationArn", destinationArn())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) for the query logging configuration.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code AssociationCount} attribute: The number of VPCs that are associated with the query
   * logging configuration.
   */
  default GetAtt attrAssociationCount() {
    return getAtt("AssociationCount");
  }

  /**
   * The {@code CreationTime} attribute: The date and time that the query logging configuration was
   * created, in Unix time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The {@code CreatorRequestId} attribute: A unique string that identifies the request that
   * created the query logging configuration. The `CreatorRequestId` allows failed requests to be
   * retried without the risk of running the operation twice.
   */
  default GetAtt attrCreatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /** The {@code Id} attribute: The ID for the query logging configuration. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code OwnerId} attribute: The AWS account ID for the account that created the query
   * logging configuration.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /**
   * The {@code ShareStatus} attribute: An indication of whether the query logging configuration is
   * shared with other AWS account s, or was shared with the current account by another AWS account
   * . Sharing is configured through AWS Resource Access Manager ( AWS RAM ).
   */
  default GetAtt attrShareStatus() {
    return getAtt("ShareStatus");
  }

  /**
   * The {@code Status} attribute: The status of the specified query logging configuration. Valid
   * values include the following:
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResolverQueryLoggingConfig}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableResolverQueryLoggingConfig.Builder {

    public Builder destinationArn(String value) {
      destinationArn(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
