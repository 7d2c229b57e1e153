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
 * {@code AWS::Route53Resolver::ResolverConfig}: A complex type that contains information about a
 * Resolver configuration for a VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-resolverconfig.html">AWS::Route53Resolver::ResolverConfig</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResolverConfig extends Resource {

  String TYPE = "AWS::Route53Resolver::ResolverConfig";

  /** Values CloudFormation accepts for {@code AutodefinedReverseFlag}. */
  String AUTODEFINED_REVERSE_FLAG_DISABLE = "DISABLE";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Represents the desired status of `AutodefinedReverse` . The only supported value on
   * creation is `DISABLE` . Deletion of this resource will return `AutodefinedReverse` to its
   * default value of `ENABLED` .
   */
  Expr autodefinedReverseFlag();

  /**
   * Required. The ID of the Amazon Virtual Private Cloud VPC or a Route 53 Profile that you're
   * configuring Resolver for.
   */
  Expr resourceId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AutodefinedReverseFlag", autodefinedReverseFlag())
        .put("ResourceId", resourceId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AutodefinedReverse} attribute: The status of whether or not the Route 53 Resolver
   * will create autodefined rules for reverse DNS lookups. This is enabled by default.
   */
  default GetAtt attrAutodefinedReverse() {
    return getAtt("AutodefinedReverse");
  }

  /** The {@code Id} attribute: ID for the Route 53 Resolver configuration. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code OwnerId} attribute: The owner account ID of the Amazon Virtual Private Cloud VPC.
   */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResolverConfig}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableResolverConfig.Builder {

    public Builder autodefinedReverseFlag(String value) {
      autodefinedReverseFlag(Expr.of(value));
      return this;
    }

    public Builder resourceId(String value) {
      resourceId(Expr.of(value));
      return this;
    }
  }
}
