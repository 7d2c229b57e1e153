// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudfront;

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
 * {@code AWS::CloudFront::AnycastIpList}: An Anycast static IP list. For more information, see
 * [Request Anycast static IPs to use for
 * allowlisting](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/request-static-ips.html)
 * in the *Amazon CloudFront Developer Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-anycastiplist.html">AWS::CloudFront::AnycastIpList</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AnycastIpList extends Resource {

  String TYPE = "AWS::CloudFront::AnycastIpList";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The IP address type for the Anycast static IP list. */
  Optional<Expr> ipAddressType();

  /** Required. The number of IP addresses in the Anycast static IP list. */
  Expr ipCount();

  /**
   * A list of IPAM CIDR configurations that define the IP address ranges, IPAM pools, and
   * associated Anycast IP addresses.
   */
  Optional<Expr> ipamCidrConfigs();

  /** Required. The name of the Anycast static IP list. */
  Expr name();

  /** A complex type that contains zero or more `Tag` elements. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("IpAddressType", ipAddressType())
        .put("IpCount", ipCount())
        .put("IpamCidrConfigs", ipamCidrConfigs())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AnycastIpList} attribute: An Anycast static IP list. For more information, see
   * [Request Anycast static IPs to use for
   * allowlisting](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/request-static-ips.html)
   * in the *Amazon CloudFront Developer Guide*.
   */
  default GetAtt attrAnycastIpList() {
    return getAtt("AnycastIpList");
  }

  /** The {@code ETag} attribute: A complex type that contains `Tag` key and `Tag` value. */
  default GetAtt attrETag() {
    return getAtt("ETag");
  }

  /** The {@code Id} attribute: The ID of the Anycast static IP list. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code IpamCidrConfigResults} attribute: The results for the IPAM CIDRs that defines a
   * specific IP address range, IPAM pool, and associated Anycast IP address.
   */
  default GetAtt attrIpamCidrConfigResults() {
    return getAtt("IpamCidrConfigResults");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AnycastIpList}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAnycastIpList.Builder {

    public Builder ipAddressType(String value) {
      ipAddressType(Expr.of(value));
      return this;
    }

    public Builder ipCount(long value) {
      ipCount(Expr.of(value));
      return this;
    }

    public Builder ipamCidrConfigs(List<? extends Expr> values) {
      ipamCidrConfigs(Expr.list(values));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::AnycastIpList.AnycastIpList}: An Anycast static IP list. For more
   * information, see [Request Anycast static IPs to use for
   * allowlisting](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/request-static-ips.html)
   * in the *Amazon CloudFront Developer Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-anycastiplist-anycastiplist.html">AWS::CloudFront::AnycastIpList.AnycastIpList</a>
   */
  @Value.Immutable
  interface AnycastIpListProperty extends PropertyValue {

    /** Required. The static IP addresses that are allocated to the Anycast static IP list. */
    Expr anycastIps();

    /** Required. The Amazon Resource Name (ARN) of the Anycast static IP list. */
    Expr arn();

    /** Required. The ID of the Anycast static IP list. */
    Expr id();

    /** The IP address type for the Anycast static IP list. */
    Optional<Expr> ipAddressType();

    /** Required. The number of IP addresses in the Anycast static IP list. */
    Expr ipCount();

    /**
     * The results for the IPAM CIDRs that defines a specific IP address range, IPAM pool, and
     * associated Anycast IP address.
     */
    Optional<Expr> ipamCidrConfigResults();

    /** Required. The last time the Anycast static IP list was modified. */
    Expr lastModifiedTime();

    /** Required. The name of the Anycast static IP list. */
    Expr name();

    /**
     * Required. The status of the Anycast static IP list. Valid values: `Deployed` , `Deploying` ,
     * or `Failed` .
     */
    Expr status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AnycastIps", anycastIps())
          .put("Arn", arn())
          .put("Id", id())
          .put("IpAddressType", ipAddressType())
          .put("IpCount", ipCount())
          .put("IpamCidrConfigResults", ipamCidrConfigResults())
          .put("LastModifiedTime", lastModifiedTime())
          .put("Name", name())
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AnycastIpListProperty}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableAnycastIpList.AnycastIpListProperty.Builder {

      public Builder anycastIps(List<? extends Expr> values) {
        anycastIps(Expr.list(values));
        return this;
      }

      public Builder anycastIps(String... values) {
        anycastIps(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder id(String value) {
        id(Expr.of(value));
        return this;
      }

      public Builder ipAddressType(String value) {
        ipAddressType(Expr.of(value));
        return this;
      }

      public Builder ipCount(long value) {
        ipCount(Expr.of(value));
        return this;
      }

      public Builder ipamCidrConfigResults(List<? extends Expr> values) {
        ipamCidrConfigResults(Expr.list(values));
        return this;
      }

      public Builder lastModifiedTime(String value) {
        lastModifiedTime(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::AnycastIpList.IpamCidrConfig}: Configuration for an IPAM CIDR that
   * defines a specific IP address range, IPAM pool, and associated Anycast IP address.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-anycastiplist-ipamcidrconfig.html">AWS::CloudFront::AnycastIpList.IpamCidrConfig</a>
   */
  @Value.Immutable
  interface IpamCidrConfig extends PropertyValue {

    /** Required. The CIDR that specifies the IP address range for this IPAM configuration. */
    Expr cidr();

    /**
     * Required. The Amazon Resource Name (ARN) of the IPAM pool that the CIDR block is assigned to.
     */
    Expr ipamPoolArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Cidr", cidr())
          .put("IpamPoolArn", ipamPoolArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link IpamCidrConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAnycastIpList.IpamCidrConfig.Builder {

      public Builder cidr(String value) {
        cidr(Expr.of(value));
        return this;
      }

      public Builder ipamPoolArn(String value) {
        ipamPoolArn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::AnycastIpList.IpamCidrConfigResult}: The result for the IPAM CIDR that
   * defines a specific IP address range, IPAM pool, and associated Anycast IP address.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-anycastiplist-ipamcidrconfigresult.html">AWS::CloudFront::AnycastIpList.IpamCidrConfigResult</a>
   */
  @Value.Immutable
  interface IpamCidrConfigResult extends PropertyValue {

    /**
     * The specified Anycast IP address allocated from the IPAM pool for this CIDR configuration.
     */
    Optional<Expr> anycastIp();

    /** The CIDR that specifies the IP address range for this IPAM configuration. */
    Optional<Expr> cidr();

    /** The Amazon Resource Name (ARN) of the IPAM pool that the CIDR block is assigned to. */
    Optional<Expr> ipamPoolArn();

    /** The current status of the IPAM CIDR configuration. */
    Optional<Expr> status();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AnycastIp", anycastIp())
          .put("Cidr", cidr())
          .put("IpamPoolArn", ipamPoolArn())
          .put("Status", status())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IpamCidrConfigResult}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableAnycastIpList.IpamCidrConfigResult.Builder {

      public Builder anycastIp(String value) {
        anycastIp(Expr.of(value));
        return this;
      }

      public Builder cidr(String value) {
        cidr(Expr.of(value));
        return this;
      }

      public Builder ipamPoolArn(String value) {
        ipamPoolArn(Expr.of(value));
        return this;
      }

      public Builder status(String value) {
        status(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::AnycastIpList.Tags}: A complex type that contains zero or more `Tag`
   * elements.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-anycastiplist-tags.html">AWS::CloudFront::AnycastIpList.Tags</a>
   */
  @Value.Immutable
  interface Tags extends PropertyValue {

    /** A complex type that contains `Tag` elements. */
    Optional<Expr> items();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Items", items())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Tags}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAnycastIpList.Tags.Builder {

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }
    }
  }
}
