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
 * {@code AWS::Route53Resolver::ResolverRuleAssociation}: In the response to an
 * [AssociateResolverRule](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_AssociateResolverRule.html)
 * ,
 * [DisassociateResolverRule](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_DisassociateResolverRule.html)
 * , or
 * [ListResolverRuleAssociations](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListResolverRuleAssociations.html)
 * request, provides information about an association between a resolver rule and a VPC. The
 * association determines which DNS queries that originate in the VPC are forwarded to your network.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-resolverruleassociation.html">AWS::Route53Resolver::ResolverRuleAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResolverRuleAssociation extends Resource {

  String TYPE = "AWS::Route53Resolver::ResolverRuleAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The name of an association between a Resolver rule and a VPC. */
  Optional<Expr> name();

  /**
   * Required. The ID of the Resolver rule that you associated with the VPC that is specified by
   * `VPCId` .
   */
  Expr resolverRuleId();

  /** Required. The ID of the VPC that you associated the Resolver rule with. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Name", name())
        .put("ResolverRuleId", resolverRuleId())
        .put("VPCId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Name} attribute: The name of an association between a resolver rule and a VPC, such
   * as `test.example.com in beta VPC` .
   */
  default GetAtt attrName() {
    return getAtt("Name");
  }

  /**
   * The {@code ResolverRuleAssociationId} attribute: The ID of the resolver rule association that
   * you want to get information about, such as `rslvr-rrassoc-97242eaf88example` .
   */
  default GetAtt attrResolverRuleAssociationId() {
    return getAtt("ResolverRuleAssociationId");
  }

  /**
   * The {@code ResolverRuleId} attribute: The ID of the resolver rule that you associated with the
   * VPC that is specified by `VPCId` , such as `rslvr-rr-5328a0899example` .
   */
  default GetAtt attrResolverRuleId() {
    return getAtt("ResolverRuleId");
  }

  /**
   * The {@code VPCId} attribute: The ID of the VPC that you associated the resolver rule with, such
   * as `vpc-03cf94c75cexample` .
   */
  default GetAtt attrVPCId() {
    return getAtt("VPCId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResolverRuleAssociation}; every setter also takes an intrinsic ({@code Expr}).
   */
  final class Builder extends ImmutableResolverRuleAssociation.Builder {

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder resolverRuleId(String value) {
      resolverRuleId(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }
}
