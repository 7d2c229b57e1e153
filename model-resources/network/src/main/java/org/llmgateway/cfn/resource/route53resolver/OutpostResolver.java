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
 * {@code AWS::Route53Resolver::OutpostResolver}: Creates a Amazon Route 53 Resolver on an Outpost.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-outpostresolver.html">AWS::Route53Resolver::OutpostResolver</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface OutpostResolver extends Resource {

  String TYPE = "AWS::Route53Resolver::OutpostResolver";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Amazon EC2 instance count for the Resolver on the Outpost. */
  Optional<Expr> instanceCount();

  /** Required. Name of the Resolver. */
  Expr name();

  /** Required. The ARN (Amazon Resource Name) for the Outpost. */
  Expr outpostArn();

  /**
   * Required. The Amazon EC2 instance type. If you specify this, you must also specify a value for
   * the `OutpostArn` .
   */
  Expr preferredInstanceType();

  /** A key value pair that helps you identify a Route 53 Resolver . */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("InstanceCount", instanceCount())
        .put("Name", name())
        .put("OutpostArn", outpostArn())
        .put("PreferredInstanceType", preferredInstanceType())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN (Amazon Resource Name) for the Resolver on an Outpost. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code CreationTime} attribute: The date and time that the Outpost Resolver was created, in
   * Unix time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The {@code CreatorRequestId} attribute: A unique string that identifies the request that
   * created the Resolver endpoint. The `CreatorRequestId` allows failed requests to be retried
   * without the risk of running the operation twice.
   */
  default GetAtt attrCreatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /** The {@code Id} attribute: The ID of the Resolver on Outpost. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code ModificationTime} attribute: The date and time that the Outpost Resolver was
   * modified, in Unix time format and Coordinated Universal Time (UTC).
   */
  default GetAtt attrModificationTime() {
    return getAtt("ModificationTime");
  }

  /** The {@code Status} attribute: Status of the Resolver. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code StatusMessage} attribute: A detailed description of the Resolver. */
  default GetAtt attrStatusMessage() {
    return getAtt("StatusMessage");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OutpostResolver}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableOutpostResolver.Builder {

    public Builder instanceCount(long value) {
      instanceCount(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder outpostArn(String value) {
      outpostArn(Expr.of(value));
      return this;
    }

    public Builder preferredInstanceType(String value) {
      preferredInstanceType(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
