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
 * {@code AWS::Route53Resolver::ResolverEndpoint}: Creates a Resolver endpoint. There are two types
 * of Resolver endpoints, inbound and outbound:
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53resolver-resolverendpoint.html">AWS::Route53Resolver::ResolverEndpoint</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ResolverEndpoint extends Resource {

  String TYPE = "AWS::Route53Resolver::ResolverEndpoint";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. Indicates whether the Resolver endpoint allows inbound or outbound DNS queries: */
  Expr direction();

  /**
   * Specifies whether DNS64 is enabled for the Inbound Resolver Endpoint. When set to true, if a
   * DNS AAAA query is made for a domain that has only an A (IPv4) record, the resolver
   * automatically synthesizes an AAAA (IPv6) response by embedding the IPv4 address into the
   * well-known prefix 64:ff9b::/96. Default is false.
   */
  Optional<Expr> dns64Enabled();

  /**
   * Required. The subnets and IP addresses in your VPC that DNS queries originate from (for
   * outbound endpoints) or that you forward DNS queries to (for inbound endpoints). The subnet ID
   * uniquely identifies a VPC.
   */
  Expr ipAddresses();

  /**
   * Specifies whether IPv6 Internet Gateway access is enabled through the Outbound Resolver
   * Endpoint. When set to true, this property allows your Endpoint ENIs to reach public IPv6 target
   * nameservers through an internet gateway. Default is false.
   */
  Optional<Expr> ipv6InternetAccessEnabled();

  /**
   * A friendly name that lets you easily find a configuration in the Resolver dashboard in the
   * Route 53 console.
   */
  Optional<Expr> name();

  /** The ARN (Amazon Resource Name) for the Outpost. */
  Optional<Expr> outpostArn();

  /** The Amazon EC2 instance type. */
  Optional<Expr> preferredInstanceType();

  /**
   * Protocols used for the endpoint. DoH-FIPS is applicable for a default inbound endpoints only.
   */
  Optional<Expr> protocols();

  /** The Resolver endpoint IP address type. */
  Optional<Expr> resolverEndpointType();

  /**
   * Indicates whether RNI enhanced metrics are enabled for the Resolver endpoint. When enabled,
   * one-minute granular metrics are published in CloudWatch for each RNI associated with this
   * endpoint. When disabled, these metrics are not published.
   */
  Optional<Expr> rniEnhancedMetricsEnabled();

  /**
   * Required. The ID of one or more security groups that control access to this VPC. The security
   * group must include one or more inbound rules (for inbound endpoints) or outbound rules (for
   * outbound endpoints). Inbound and outbound rules must allow TCP and UDP access. For inbound
   * access, open port 53. For outbound access, open the port that you're using for DNS queries on
   * your network.
   */
  Expr securityGroupIds();

  /** Route 53 Resolver doesn't support updating tags through CloudFormation. */
  Optional<Expr> tags();

  /**
   * Indicates whether target name server metrics are enabled for the outbound Resolver endpoint.
   * When enabled, one-minute granular metrics are published in CloudWatch for each target name
   * server associated with this endpoint. When disabled, these metrics are not published. This
   * feature is not supported for inbound Resolver endpoint.
   */
  Optional<Expr> targetNameServerMetricsEnabled();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Direction", direction())
        .put("Dns64Enabled", dns64Enabled())
        .put("IpAddresses", ipAddresses())
        .put("Ipv6InternetAccessEnabled", ipv6InternetAccessEnabled())
        .put("Name", name())
        .put("OutpostArn", outpostArn())
        .put("PreferredInstanceType", preferredInstanceType())
        .put("Protocols", protocols())
        .put("ResolverEndpointType", resolverEndpointType())
        .put("RniEnhancedMetricsEnabled", rniEnhancedMetricsEnabled())
        .put("SecurityGroupIds", securityGroupIds())
        .put("Tags", tags())
        .put("TargetNameServerMetricsEnabled", targetNameServerMetricsEnabled())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the resolver endpoint, such as
   * `arn:aws:route53resolver:us-east-1:123456789012:resolver-endpoint/resolver-endpoint-a1bzhi` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Direction} attribute: Indicates whether the resolver endpoint allows inbound or
   * outbound DNS queries.
   */
  default GetAtt attrDirection() {
    return getAtt("Direction");
  }

  /**
   * The {@code HostVPCId} attribute: The ID of the VPC that you want to create the resolver
   * endpoint in.
   */
  default GetAtt attrHostVPCId() {
    return getAtt("HostVPCId");
  }

  /**
   * The {@code IpAddressCount} attribute: The number of IP addresses that the resolver endpoint can
   * use for DNS queries.
   */
  default GetAtt attrIpAddressCount() {
    return getAtt("IpAddressCount");
  }

  /**
   * The {@code Name} attribute: The name that you assigned to the resolver endpoint when you
   * created the endpoint.
   */
  default GetAtt attrName() {
    return getAtt("Name");
  }

  /** The {@code OutpostArn} attribute. */
  default GetAtt attrOutpostArn() {
    return getAtt("OutpostArn");
  }

  /** The {@code PreferredInstanceType} attribute. */
  default GetAtt attrPreferredInstanceType() {
    return getAtt("PreferredInstanceType");
  }

  /** The {@code ResolverEndpointId} attribute: The ID of the resolver endpoint. */
  default GetAtt attrResolverEndpointId() {
    return getAtt("ResolverEndpointId");
  }

  /** The {@code ResolverEndpointType} attribute. */
  default GetAtt attrResolverEndpointType() {
    return getAtt("ResolverEndpointType");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResolverEndpoint}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableResolverEndpoint.Builder {

    public Builder direction(String value) {
      direction(Expr.of(value));
      return this;
    }

    public Builder dns64Enabled(boolean value) {
      dns64Enabled(Expr.of(value));
      return this;
    }

    public Builder ipAddresses(List<? extends Expr> values) {
      ipAddresses(Expr.list(values));
      return this;
    }

    public Builder ipv6InternetAccessEnabled(boolean value) {
      ipv6InternetAccessEnabled(Expr.of(value));
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

    public Builder protocols(List<? extends Expr> values) {
      protocols(Expr.list(values));
      return this;
    }

    public Builder protocols(String... values) {
      protocols(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder resolverEndpointType(String value) {
      resolverEndpointType(Expr.of(value));
      return this;
    }

    public Builder rniEnhancedMetricsEnabled(boolean value) {
      rniEnhancedMetricsEnabled(Expr.of(value));
      return this;
    }

    public Builder securityGroupIds(List<? extends Expr> values) {
      securityGroupIds(Expr.list(values));
      return this;
    }

    public Builder securityGroupIds(String... values) {
      securityGroupIds(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder targetNameServerMetricsEnabled(boolean value) {
      targetNameServerMetricsEnabled(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Route53Resolver::ResolverEndpoint.IpAddressRequest}: In a
   * [CreateResolverEndpoint](https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateResolverEndpoint.html)
   * request, the IP address that DNS queries originate from (for outbound endpoints) or that you
   * forward DNS queries to (for inbound endpoints). `IpAddressRequest` also includes the ID of the
   * subnet that contains the IP address.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53resolver-resolverendpoint-ipaddressrequest.html">AWS::Route53Resolver::ResolverEndpoint.IpAddressRequest</a>
   */
  @Value.Immutable
  interface IpAddressRequest extends PropertyValue {

    /** The IPv4 address that you want to use for DNS queries. */
    Optional<Expr> ip();

    /** The IPv6 address that you want to use for DNS queries. */
    Optional<Expr> ipv6();

    /** Required. The ID of the subnet that contains the IP address. */
    Expr subnetId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Ip", ip())
          .put("Ipv6", ipv6())
          .put("SubnetId", subnetId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link IpAddressRequest}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableResolverEndpoint.IpAddressRequest.Builder {

      public Builder ip(String value) {
        ip(Expr.of(value));
        return this;
      }

      public Builder ipv6(String value) {
        ipv6(Expr.of(value));
        return this;
      }

      public Builder subnetId(String value) {
        subnetId(Expr.of(value));
        return this;
      }
    }
  }
}
