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
 * {@code AWS::EC2::ClientVpnAuthorizationRule}: Specifies an ingress authorization rule to add to a
 * Client VPN endpoint. Ingress authorization rules act as firewall rules that grant access to
 * networks. You must configure ingress authorization rules to enable clients to access resources in
 * AWS or on-premises networks.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-clientvpnauthorizationrule.html">AWS::EC2::ClientVpnAuthorizationRule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ClientVpnAuthorizationRule extends Resource {

  String TYPE = "AWS::EC2::ClientVpnAuthorizationRule";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The ID of the group to grant access to, for example, the Active Directory group or identity
   * provider (IdP) group. Required if `AuthorizeAllGroups` is `false` or not specified.
   */
  Optional<Expr> accessGroupId();

  /**
   * Indicates whether to grant access to all clients. Specify `true` to grant all clients who
   * successfully establish a VPN connection access to the network. Must be set to `true` if
   * `AccessGroupId` is not specified.
   */
  Optional<Expr> authorizeAllGroups();

  /** Required. The ID of the Client VPN endpoint. */
  Expr clientVpnEndpointId();

  /** A brief description of the authorization rule. */
  Optional<Expr> description();

  /**
   * Required. The IPv4 address range, in CIDR notation, of the network for which access is being
   * authorized.
   */
  Expr targetNetworkCidr();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AccessGroupId", accessGroupId())
        .put("AuthorizeAllGroups", authorizeAllGroups())
        .put("ClientVpnEndpointId", clientVpnEndpointId())
        .put("Description", description())
        .put("TargetNetworkCidr", targetNetworkCidr())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ClientVpnAuthorizationRule}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableClientVpnAuthorizationRule.Builder {

    public Builder accessGroupId(String value) {
      accessGroupId(Expr.of(value));
      return this;
    }

    public Builder authorizeAllGroups(boolean value) {
      authorizeAllGroups(Expr.of(value));
      return this;
    }

    public Builder clientVpnEndpointId(String value) {
      clientVpnEndpointId(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder targetNetworkCidr(String value) {
      targetNetworkCidr(Expr.of(value));
      return this;
    }
  }
}
