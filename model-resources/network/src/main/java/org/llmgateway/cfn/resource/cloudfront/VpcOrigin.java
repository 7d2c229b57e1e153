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
 * {@code AWS::CloudFront::VpcOrigin}: An Amazon CloudFront VPC origin.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-vpcorigin.html">AWS::CloudFront::VpcOrigin</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VpcOrigin extends Resource {

  String TYPE = "AWS::CloudFront::VpcOrigin";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A complex type that contains zero or more `Tag` elements. */
  Optional<Expr> tags();

  /** Required. The VPC origin endpoint configuration. */
  Expr vpcOriginEndpointConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Tags", tags())
        .put("VpcOriginEndpointConfig", vpcOriginEndpointConfig())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AccountId} attribute: The account ID of the AWS account that owns the VPC origin.
   */
  default GetAtt attrAccountId() {
    return getAtt("AccountId");
  }

  /** The {@code Arn} attribute: The VPC origin ARN. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code CreatedTime} attribute: The VPC origin created time. */
  default GetAtt attrCreatedTime() {
    return getAtt("CreatedTime");
  }

  /** The {@code Id} attribute: The VPC origin ID. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /** The {@code LastModifiedTime} attribute: The VPC origin last modified time. */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** The {@code Status} attribute: The VPC origin status. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VpcOrigin}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVpcOrigin.Builder {

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::VpcOrigin.VpcOriginEndpointConfig}: An Amazon CloudFront VPC origin
   * endpoint configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-vpcorigin-vpcoriginendpointconfig.html">AWS::CloudFront::VpcOrigin.VpcOriginEndpointConfig</a>
   */
  @Value.Immutable
  interface VpcOriginEndpointConfig extends PropertyValue {

    /** Required. The ARN of the CloudFront VPC origin endpoint configuration. */
    Expr arn();

    /**
     * The HTTP port for the CloudFront VPC origin endpoint configuration. The default value is `80`
     * .
     */
    Optional<Expr> httpPort();

    /**
     * The HTTPS port of the CloudFront VPC origin endpoint configuration. The default value is
     * `443` .
     */
    Optional<Expr> httpsPort();

    /** {@code IpAddressType}. */
    Optional<Expr> ipAddressType();

    /** Required. The name of the CloudFront VPC origin endpoint configuration. */
    Expr name();

    /** The origin protocol policy for the CloudFront VPC origin endpoint configuration. */
    Optional<Expr> originProtocolPolicy();

    /**
     * Specifies the minimum SSL/TLS protocol that CloudFront uses when connecting to your origin
     * over HTTPS. Valid values include `SSLv3` , `TLSv1` , `TLSv1.1` , and `TLSv1.2` .
     */
    Optional<Expr> originSSLProtocols();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .put("HTTPPort", httpPort())
          .put("HTTPSPort", httpsPort())
          .put("IpAddressType", ipAddressType())
          .put("Name", name())
          .put("OriginProtocolPolicy", originProtocolPolicy())
          .put("OriginSSLProtocols", originSSLProtocols())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpcOriginEndpointConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVpcOrigin.VpcOriginEndpointConfig.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder httpPort(long value) {
        httpPort(Expr.of(value));
        return this;
      }

      public Builder httpsPort(long value) {
        httpsPort(Expr.of(value));
        return this;
      }

      public Builder ipAddressType(String value) {
        ipAddressType(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder originProtocolPolicy(String value) {
        originProtocolPolicy(Expr.of(value));
        return this;
      }

      public Builder originSSLProtocols(List<? extends Expr> values) {
        originSSLProtocols(Expr.list(values));
        return this;
      }

      public Builder originSSLProtocols(String... values) {
        originSSLProtocols(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
