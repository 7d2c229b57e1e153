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
 * {@code AWS::EC2::DHCPOptions}: Specifies a set of DHCP options for your VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-dhcpoptions.html">AWS::EC2::DHCPOptions</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface DHCPOptions extends Resource {

  String TYPE = "AWS::EC2::DHCPOptions";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * This value is used to complete unqualified DNS hostnames. If you're using AmazonProvidedDNS in
   * `us-east-1` , specify `ec2.internal` . If you're using AmazonProvidedDNS in another Region,
   * specify *region* . `compute.internal` (for example, `ap-northeast-1.compute.internal` ).
   * Otherwise, specify a domain name (for example, *MyCompany.com* ).
   */
  Optional<Expr> domainName();

  /**
   * The IPv4 addresses of up to four domain name servers, or `AmazonProvidedDNS` . The default is
   * `AmazonProvidedDNS` . To have your instance receive a custom DNS hostname as specified in
   * `DomainName` , you must set this property to a custom DNS server.
   */
  Optional<Expr> domainNameServers();

  /**
   * A value (in seconds, minutes, hours, or years) for how frequently a running instance with an
   * IPv6 assigned to it goes through DHCPv6 lease renewal. Acceptable values are between 140 and
   * 2147483647 seconds (approximately 68 years). If no value is entered, the default lease time is
   * 140 seconds. If you use long-term addressing for EC2 instances, you can increase the lease time
   * and avoid frequent lease renewal requests. Lease renewal typically occurs when half of the
   * lease time has elapsed.
   */
  Optional<Expr> ipv6AddressPreferredLeaseTime();

  /** The IPv4 addresses of up to four NetBIOS name servers. */
  Optional<Expr> netbiosNameServers();

  /**
   * The NetBIOS node type (1, 2, 4, or 8). We recommend that you specify 2 (broadcast and multicast
   * are not currently supported).
   */
  Optional<Expr> netbiosNodeType();

  /** The IPv4 addresses of up to four Network Time Protocol (NTP) servers. */
  Optional<Expr> ntpServers();

  /** Any tags assigned to the DHCP options set. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DomainName", domainName())
        .put("DomainNameServers", domainNameServers())
        .put("Ipv6AddressPreferredLeaseTime", ipv6AddressPreferredLeaseTime())
        .put("NetbiosNameServers", netbiosNameServers())
        .put("NetbiosNodeType", netbiosNodeType())
        .put("NtpServers", ntpServers())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code DhcpOptionsId} attribute: The ID of the DHCP options set. */
  default GetAtt attrDhcpOptionsId() {
    return getAtt("DhcpOptionsId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DHCPOptions}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableDHCPOptions.Builder {

    public Builder domainName(String value) {
      domainName(Expr.of(value));
      return this;
    }

    public Builder domainNameServers(List<? extends Expr> values) {
      domainNameServers(Expr.list(values));
      return this;
    }

    public Builder domainNameServers(String... values) {
      domainNameServers(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder ipv6AddressPreferredLeaseTime(long value) {
      ipv6AddressPreferredLeaseTime(Expr.of(value));
      return this;
    }

    public Builder netbiosNameServers(List<? extends Expr> values) {
      netbiosNameServers(Expr.list(values));
      return this;
    }

    public Builder netbiosNameServers(String... values) {
      netbiosNameServers(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder netbiosNodeType(long value) {
      netbiosNodeType(Expr.of(value));
      return this;
    }

    public Builder ntpServers(List<? extends Expr> values) {
      ntpServers(Expr.list(values));
      return this;
    }

    public Builder ntpServers(String... values) {
      ntpServers(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
