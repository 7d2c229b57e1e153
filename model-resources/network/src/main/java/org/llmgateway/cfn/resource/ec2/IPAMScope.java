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
 * {@code AWS::EC2::IPAMScope}: In IPAM, a scope is the highest-level container within IPAM. An IPAM
 * contains two default scopes. Each scope represents the IP space for a single network. The private
 * scope is intended for all private IP address space. The public scope is intended for all public
 * IP address space. Scopes enable you to reuse IP addresses across multiple unconnected networks
 * without causing IP address overlap or conflict.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-ipamscope.html">AWS::EC2::IPAMScope</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPAMScope extends Resource {

  String TYPE = "AWS::EC2::IPAMScope";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The description of the scope. */
  Optional<Expr> description();

  /**
   * The configuration that links an Amazon VPC IPAM scope to an external authority system. It
   * specifies the type of external system and the external resource identifier that identifies your
   * account or instance in that system.
   */
  Optional<Expr> externalAuthorityConfiguration();

  /** Required. The ID of the IPAM for which you're creating this scope. */
  Expr ipamId();

  /**
   * The key/value combination of a tag assigned to the resource. Use the tag key in the filter name
   * and the tag value as the filter value. For example, to find all resources that have a tag with
   * the key `Owner` and the value `TeamA` , specify `tag:Owner` for the filter name and `TeamA` for
   * the filter value.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("ExternalAuthorityConfiguration", externalAuthorityConfiguration())
        .put("IpamId", ipamId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the scope. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code IpamArn} attribute: The ARN of an IPAM. */
  default GetAtt attrIpamArn() {
    return getAtt("IpamArn");
  }

  /** The {@code IpamScopeId} attribute: The ID of an IPAM scope. */
  default GetAtt attrIpamScopeId() {
    return getAtt("IpamScopeId");
  }

  /** The {@code IpamScopeType} attribute: The type of the scope. */
  default GetAtt attrIpamScopeType() {
    return getAtt("IpamScopeType");
  }

  /** The {@code IsDefault} attribute: Defines if the scope is the default scope or not. */
  default GetAtt attrIsDefault() {
    return getAtt("IsDefault");
  }

  /** The {@code PoolCount} attribute: The number of pools in a scope. */
  default GetAtt attrPoolCount() {
    return getAtt("PoolCount");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IPAMScope}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIPAMScope.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder ipamId(String value) {
      ipamId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::IPAMScope.IpamScopeExternalAuthorityConfiguration}: The configuration that
   * links an Amazon VPC IPAM scope to an external authority system. It specifies the type of
   * external system and the external resource identifier that identifies your account or instance
   * in that system.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-ipamscope-ipamscopeexternalauthorityconfiguration.html">AWS::EC2::IPAMScope.IpamScopeExternalAuthorityConfiguration</a>
   */
  @Value.Immutable
  interface IpamScopeExternalAuthorityConfiguration extends PropertyValue {

    /**
     * Required. The identifier for the external resource managing this scope. For Infoblox
     * integrations, this is the Infoblox resource identifier in the format
     * `&lt;version&gt;.identity.account.&lt;entity_realm&gt;.&lt;entity_id&gt;` .
     */
    Expr externalResourceIdentifier();

    /**
     * Required. The type of external authority managing this scope. Currently supports `Infoblox`
     * for integration with Infoblox Universal DDI.
     */
    Expr ipamScopeExternalAuthorityType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExternalResourceIdentifier", externalResourceIdentifier())
          .put("IpamScopeExternalAuthorityType", ipamScopeExternalAuthorityType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IpamScopeExternalAuthorityConfiguration}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableIPAMScope.IpamScopeExternalAuthorityConfiguration.Builder {

      public Builder externalResourceIdentifier(String value) {
        externalResourceIdentifier(Expr.of(value));
        return this;
      }

      public Builder ipamScopeExternalAuthorityType(String value) {
        ipamScopeExternalAuthorityType(Expr.of(value));
        return this;
      }
    }
  }
}
