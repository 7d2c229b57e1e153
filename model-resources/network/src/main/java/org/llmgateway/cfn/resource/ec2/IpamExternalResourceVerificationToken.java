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
 * {@code AWS::EC2::IpamExternalResourceVerificationToken}: A verification token is an AWS-generated
 * random value that you can use to prove ownership of an external resource. For example, you can
 * use a verification token to validate that you control a public IP address range when you bring an
 * IP address range to AWS (BYOIP).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipamexternalresourceverificationtoken.html">AWS::EC2::IpamExternalResourceVerificationToken</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IpamExternalResourceVerificationToken extends Resource {

  String TYPE = "AWS::EC2::IpamExternalResourceVerificationToken";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the IPAM that will create the token. */
  Expr ipamId();

  /** The tags for the token. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("IpamId", ipamId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code IpamArn} attribute: The ARN of the IPAM that created the token. */
  default GetAtt attrIpamArn() {
    return getAtt("IpamArn");
  }

  /**
   * The {@code IpamExternalResourceVerificationTokenArn} attribute: The ARN of the IPAM external
   * resource verification token.
   */
  default GetAtt attrIpamExternalResourceVerificationTokenArn() {
    return getAtt("IpamExternalResourceVerificationTokenArn");
  }

  /** The {@code IpamExternalResourceVerificationTokenId} attribute: The ID of the token. */
  default GetAtt attrIpamExternalResourceVerificationTokenId() {
    return getAtt("IpamExternalResourceVerificationTokenId");
  }

  /** The {@code IpamRegion} attribute: The Region of the IPAM that created the token. */
  default GetAtt attrIpamRegion() {
    return getAtt("IpamRegion");
  }

  /** The {@code NotAfter} attribute: The token expiration. */
  default GetAtt attrNotAfter() {
    return getAtt("NotAfter");
  }

  /** The {@code State} attribute: The token state. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code Status} attribute: The token status. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code TokenName} attribute: The token name. */
  default GetAtt attrTokenName() {
    return getAtt("TokenName");
  }

  /** The {@code TokenValue} attribute: The token value. */
  default GetAtt attrTokenValue() {
    return getAtt("TokenValue");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link IpamExternalResourceVerificationToken}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableIpamExternalResourceVerificationToken.Builder {

    public Builder ipamId(String value) {
      ipamId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
