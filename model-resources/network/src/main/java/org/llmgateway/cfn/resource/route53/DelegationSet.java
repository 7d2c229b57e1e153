// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.route53;

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
 * {@code AWS::Route53::DelegationSet}: Resource Type definition for AWS::Route53::DelegationSet.
 * Creates a reusable delegation set (a group of four name servers) that can be associated with
 * multiple hosted zones.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-delegationset.html">AWS::Route53::DelegationSet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DelegationSet extends Resource {

  String TYPE = "AWS::Route53::DelegationSet";

  @Override
  default String resourceType() {
    return TYPE;
  }

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson().overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the delegation set. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code CallerReference} attribute: A unique string that identifies the request and allows
   * retrying failed CreateReusableDelegationSet requests without risk of executing the operation
   * twice.
   */
  default GetAtt attrCallerReference() {
    return getAtt("CallerReference");
  }

  /** The {@code Id} attribute: The ID that Amazon Route 53 assigns to a reusable delegation set. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code NameServers} attribute: A list of the authoritative name servers for the delegation
   * set.
   */
  default GetAtt attrNameServers() {
    return getAtt("NameServers");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DelegationSet}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDelegationSet.Builder {
  }
}
