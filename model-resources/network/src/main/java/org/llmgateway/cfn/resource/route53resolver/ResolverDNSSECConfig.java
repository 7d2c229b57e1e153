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
 * {@code AWS::Route53Resolver::ResolverDNSSECConfig}: The
 * `AWS::Route53Resolver::ResolverDNSSECConfig` resource is a complex type that contains information
 * about a configuration for DNSSEC validation.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-resolverdnssecconfig.html">AWS::Route53Resolver::ResolverDNSSECConfig</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResolverDNSSECConfig extends Resource {

  String TYPE = "AWS::Route53Resolver::ResolverDNSSECConfig";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The ID of the virtual private cloud (VPC) that you're configuring the DNSSEC validation status
   * for.
   */
  Optional<Expr> resourceId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ResourceId", resourceId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Id} attribute: The primary identifier of this `ResolverDNSSECConfig` resource. For
   * example: `rdsc-689d45d1ae623bf3` .
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /** The {@code OwnerId} attribute: The AWS account of the owner. For example: `111122223333` . */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /**
   * The {@code ValidationStatus} attribute: The current status of this `ResolverDNSSECConfig`
   * resource. For example: `Enabled` .
   */
  default GetAtt attrValidationStatus() {
    return getAtt("ValidationStatus");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResolverDNSSECConfig}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableResolverDNSSECConfig.Builder {

    public Builder resourceId(String value) {
      resourceId(Expr.of(value));
      return this;
    }
  }
}
