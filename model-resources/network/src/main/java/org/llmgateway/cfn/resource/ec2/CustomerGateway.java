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
 * {@code AWS::EC2::CustomerGateway}: Specifies a customer gateway.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-customergateway.html">AWS::EC2::CustomerGateway</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CustomerGateway extends Resource {

  String TYPE = "AWS::EC2::CustomerGateway";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * For customer gateway devices that support BGP, specify the device's ASN. You must specify
   * either `BgpAsn` or `BgpAsnExtended` when creating the customer gateway. If the ASN is larger
   * than `2,147,483,647` , you must use `BgpAsnExtended` .
   */
  Optional<Expr> bgpAsn();

  /**
   * For customer gateway devices that support BGP, specify the device's ASN. You must specify
   * either `BgpAsn` or `BgpAsnExtended` when creating the customer gateway. If the ASN is larger
   * than `2,147,483,647` , you must use `BgpAsnExtended` .
   */
  Optional<Expr> bgpAsnExtended();

  /** The Amazon Resource Name (ARN) for the customer gateway certificate. */
  Optional<Expr> certificateArn();

  /** The name of customer gateway device. */
  Optional<Expr> deviceName();

  /**
   * Required. The IP address for the customer gateway device's outside interface. The address must
   * be static. If `OutsideIpAddressType` in your VPN connection options is set to `PrivateIpv4` ,
   * you can use an RFC6598 or RFC1918 private IPv4 address. If `OutsideIpAddressType` is set to
   * `Ipv6` , you can use an IPv6 address.
   */
  Expr ipAddress();

  /** One or more tags for the customer gateway. */
  Optional<Expr> tags();

  /** Required. The type of VPN connection that this customer gateway supports ( `ipsec.1` ). */
  Expr type();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BgpAsn", bgpAsn())
        .put("BgpAsnExtended", bgpAsnExtended())
        .put("CertificateArn", certificateArn())
        .put("DeviceName", deviceName())
        .put("IpAddress", ipAddress())
        .put("Tags", tags())
        .put("Type", type())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CustomerGatewayId} attribute: The ID of the customer gateway. */
  default GetAtt attrCustomerGatewayId() {
    return getAtt("CustomerGatewayId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CustomerGateway}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCustomerGateway.Builder {

    public Builder bgpAsn(long value) {
      bgpAsn(Expr.of(value));
      return this;
    }

    public Builder bgpAsnExtended(long value) {
      bgpAsnExtended(Expr.of(value));
      return this;
    }

    public Builder bgpAsnExtended(double value) {
      bgpAsnExtended(Expr.of(value));
      return this;
    }

    public Builder certificateArn(String value) {
      certificateArn(Expr.of(value));
      return this;
    }

    public Builder deviceName(String value) {
      deviceName(Expr.of(value));
      return this;
    }

    public Builder ipAddress(String value) {
      ipAddress(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder type(String value) {
      type(Expr.of(value));
      return this;
    }
  }
}
