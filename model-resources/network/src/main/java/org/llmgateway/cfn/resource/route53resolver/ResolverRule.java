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
 * {@code AWS::Route53Resolver::ResolverRule}: For DNS queries that originate in your VPCs,
 * specifies which Resolver endpoint the queries pass through, one domain name that you want to
 * forward to your network, and the IP addresses of the DNS resolvers in your network.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-resolverrule.html">AWS::Route53Resolver::ResolverRule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResolverRule extends Resource {

  String TYPE = "AWS::Route53Resolver::ResolverRule";

  /** Values CloudFormation accepts for {@code RuleType}. */
  String RULE_TYPE_FORWARD = "FORWARD";
  String RULE_TYPE_SYSTEM = "SYSTEM";
  String RULE_TYPE_RECURSIVE = "RECURSIVE";
  String RULE_TYPE_DELEGATE = "DELEGATE";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * DNS queries with delegation records that point to this domain name are forwarded to resolvers
   * on your network.
   */
  Optional<Expr> delegationRecord();

  /**
   * DNS queries for this domain name are forwarded to the IP addresses that are specified in
   * `TargetIps` . If a query matches multiple Resolver rules (example.com and www.example.com), the
   * query is routed using the Resolver rule that contains the most specific domain name
   * (www.example.com).
   */
  Optional<Expr> domainName();

  /** The name for the Resolver rule, which you specified when you created the Resolver rule. */
  Optional<Expr> name();

  /** The ID of the endpoint that the rule is associated with. */
  Optional<Expr> resolverEndpointId();

  /**
   * Required. When you want to forward DNS queries for specified domain name to resolvers on your
   * network, specify `FORWARD` or `DELEGATE` . If a query matches multiple Resolver rules
   * (example.com and www.example.com), outbound DNS queries are routed using the Resolver rule that
   * contains the most specific domain name (www.example.com).
   */
  Expr ruleType();

  /**
   * Tags help organize and categorize your Resolver rules. Each tag consists of a key and an
   * optional value, both of which you define.
   */
  Optional<Expr> tags();

  /**
   * An array that contains the IP addresses and ports that an outbound endpoint forwards DNS
   * queries to. Typically, these are the IP addresses of DNS resolvers on your network.
   */
  Optional<Expr> targetIps();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DelegationRecord", delegationRecord())
        .put("DomainName", domainName())
        .put("Name", name())
        .put("ResolverEndpointId", resolverEndpointId())
        .put("RuleType", ruleType())
        .put("Tags", tags())
        .put("TargetIps", targetIps())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the resolver rule, such as
   * `arn:aws:route53resolver:us-east-1:123456789012:resolver-rule/resolver-rule-a1bzhi` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code DomainName} attribute: DNS queries for this domain name are forwarded to the IP
   * addresses that are specified in TargetIps. If a query matches multiple resolver rules
   * (example.com and www.example.com), the query is routed using the resolver rule that contains
   * the most specific domain name (www.example.com).
   */
  default GetAtt attrDomainName() {
    return getAtt("DomainName");
  }

  /**
   * The {@code Name} attribute: A friendly name that lets you easily find a rule in the Resolver
   * dashboard in the Route 53 console.
   */
  default GetAtt attrName() {
    return getAtt("Name");
  }

  /**
   * The {@code ResolverEndpointId} attribute: The ID of the outbound endpoint that the rule is
   * associated with, such as `rslvr-out-fdc049932dexample` .
   */
  default GetAtt attrResolverEndpointId() {
    return getAtt("ResolverEndpointId");
  }

  /**
   * The {@code ResolverRuleId} attribute: When the value of `RuleType` is `FORWARD` , the ID that
   * Resolver assigned to the resolver rule when you created it, such as
   * `rslvr-rr-5328a0899aexample` . This value isn't applicable when `RuleType` is `SYSTEM` .
   */
  default GetAtt attrResolverRuleId() {
    return getAtt("ResolverRuleId");
  }

  /**
   * The {@code TargetIps} attribute: When the value of `RuleType` is `FORWARD` , the IP addresses
   * that the outbound endpoint forwards DNS queries to, typically the IP addresses for DNS
   * resolvers on your network. This value isn't applicable when `RuleType` is `SYSTEM` .
   */
  default GetAtt attrTargetIps() {
    return getAtt("TargetIps");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResolverRule}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableResolverRule.Builder {

    public Builder delegationRecord(String value) {
      delegationRecord(Expr.of(value));
      return this;
    }

    public Builder domainName(String value) {
      domainName(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder resolverEndpointId(String value) {
      resolverEndpointId(Expr.of(value));
      return this;
    }

    public Builder ruleType(String value) {
      ruleType(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targetIps(List<? extends Expr> values) {
      targetIps(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Route53Resolver::ResolverRule.TargetAddress}: In a
   * [CreateResolverRule](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateResolverRule.html)
   * request, an array of the IPs that you want to forward DNS queries to.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53resolver-resolverrule-targetaddress.html">AWS::Route53Resolver::ResolverRule.TargetAddress</a>
   */
  @Value.Immutable
  interface TargetAddress extends PropertyValue {

    /** Values CloudFormation accepts for {@code Protocol}. */
    String PROTOCOL_DO53 = "Do53";
    String PROTOCOL_DO_H = "DoH";

    /** One IPv4 address that you want to forward DNS queries to. */
    Optional<Expr> ip();

    /** One IPv6 address that you want to forward DNS queries to. */
    Optional<Expr> ipv6();

    /** The port at `Ip` that you want to forward DNS queries to. */
    Optional<Expr> port();

    /**
     * The protocols for the target address. The protocol you choose needs to be supported by the
     * outbound endpoint of the Resolver rule.
     */
    Optional<Expr> protocol();

    /**
     * The Server Name Indication of the DoH server that you want to forward queries to. This is
     * only used if the Protocol of the `TargetAddress` is `DoH` .
     */
    Optional<Expr> serverNameIndication();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ip", ip())
          .put("Ipv6", ipv6())
          .put("Port", port())
          .put("Protocol", protocol())
          .put("ServerNameIndication", serverNameIndication())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TargetAddress}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResolverRule.TargetAddress.Builder {

      public Builder ip(String value) {
        ip(Expr.of(value));
        return this;
      }

      public Builder ipv6(String value) {
        ipv6(Expr.of(value));
        return this;
      }

      public Builder port(String value) {
        port(Expr.of(value));
        return this;
      }

      public Builder protocol(String value) {
        protocol(Expr.of(value));
        return this;
      }

      public Builder serverNameIndication(String value) {
        serverNameIndication(Expr.of(value));
        return this;
      }
    }
  }
}
