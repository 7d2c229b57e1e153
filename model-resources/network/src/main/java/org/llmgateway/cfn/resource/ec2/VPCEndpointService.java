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
 * {@code AWS::EC2::VPCEndpointService}: Creates a VPC endpoint service configuration to which
 * service consumers ( AWS accounts, users, and IAM roles) can connect.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcendpointservice.html">AWS::EC2::VPCEndpointService</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCEndpointService extends Resource {

  String TYPE = "AWS::EC2::VPCEndpointService";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Indicates whether requests from service consumers to create an endpoint to your service must be
   * accepted.
   */
  Optional<Expr> acceptanceRequired();

  /**
   * Indicates whether to enable the built-in Contributor Insights rules provided by AWS PrivateLink
   * .
   */
  Optional<Expr> contributorInsightsEnabled();

  /** The Amazon Resource Names (ARNs) of the Gateway Load Balancers. */
  Optional<Expr> gatewayLoadBalancerArns();

  /** The Amazon Resource Names (ARNs) of the Network Load Balancers. */
  Optional<Expr> networkLoadBalancerArns();

  /**
   * The entity that is responsible for the endpoint costs. The default is the endpoint owner. If
   * you set the payer responsibility to the service owner, you cannot set it back to the endpoint
   * owner.
   */
  Optional<Expr> payerResponsibility();

  /** {@code PrivateDnsName}. */
  Optional<Expr> privateDnsName();

  /** {@code PrivateDnsNameConfiguration}. */
  Optional<Expr> privateDnsNameConfiguration();

  /** The supported IP address types. The possible values are `ipv4` and `ipv6` . */
  Optional<Expr> supportedIpAddressTypes();

  /** The Regions from which service consumers can access the service. */
  Optional<Expr> supportedRegions();

  /** The tags to associate with the service. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AcceptanceRequired", acceptanceRequired())
        .put("ContributorInsightsEnabled", contributorInsightsEnabled())
        .put("GatewayLoadBalancerArns", gatewayLoadBalancerArns())
        .put("NetworkLoadBalancerArns", networkLoadBalancerArns())
        .put("PayerResponsibility", payerResponsibility())
        .put("PrivateDnsName", privateDnsName())
        .put("PrivateDnsNameConfiguration", privateDnsNameConfiguration())
        .put("SupportedIpAddressTypes", supportedIpAddressTypes())
        .put("SupportedRegions", supportedRegions())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code PrivateDnsNameConfiguration.Name} attribute. */
  default GetAtt attrPrivateDnsNameConfigurationName() {
    return getAtt("PrivateDnsNameConfiguration.Name");
  }

  /** The {@code PrivateDnsNameConfiguration.State} attribute. */
  default GetAtt attrPrivateDnsNameConfigurationState() {
    return getAtt("PrivateDnsNameConfiguration.State");
  }

  /** The {@code PrivateDnsNameConfiguration.Type} attribute. */
  default GetAtt attrPrivateDnsNameConfigurationType() {
    return getAtt("PrivateDnsNameConfiguration.Type");
  }

  /** The {@code PrivateDnsNameConfiguration.Value} attribute. */
  default GetAtt attrPrivateDnsNameConfigurationValue() {
    return getAtt("PrivateDnsNameConfiguration.Value");
  }

  /** The {@code ServiceId} attribute: The ID of the endpoint service. */
  default GetAtt attrServiceId() {
    return getAtt("ServiceId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPCEndpointService}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPCEndpointService.Builder {

    public Builder acceptanceRequired(boolean value) {
      acceptanceRequired(Expr.of(value));
      return this;
    }

    public Builder contributorInsightsEnabled(boolean value) {
      contributorInsightsEnabled(Expr.of(value));
      return this;
    }

    public Builder gatewayLoadBalancerArns(List<? extends Expr> values) {
      gatewayLoadBalancerArns(Expr.list(values));
      return this;
    }

    public Builder gatewayLoadBalancerArns(String... values) {
      gatewayLoadBalancerArns(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder networkLoadBalancerArns(List<? extends Expr> values) {
      networkLoadBalancerArns(Expr.list(values));
      return this;
    }

    public Builder networkLoadBalancerArns(String... values) {
      networkLoadBalancerArns(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder payerResponsibility(String value) {
      payerResponsibility(Expr.of(value));
      return this;
    }

    public Builder privateDnsName(String value) {
      privateDnsName(Expr.of(value));
      return this;
    }

    public Builder supportedIpAddressTypes(List<? extends Expr> values) {
      supportedIpAddressTypes(Expr.list(values));
      return this;
    }

    public Builder supportedIpAddressTypes(String... values) {
      supportedIpAddressTypes(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder supportedRegions(List<? extends Expr> values) {
      supportedRegions(Expr.list(values));
      return this;
    }

    public Builder supportedRegions(String... values) {
      supportedRegions(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::VPCEndpointService.PrivateDnsNameConfiguration}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpcendpointservice-privatednsnameconfiguration.html">AWS::EC2::VPCEndpointService.PrivateDnsNameConfiguration</a>
   */
  @Value.Immutable
  interface PrivateDnsNameConfiguration extends PropertyValue {

    /** {@code Name}. */
    Optional<Expr> name();

    /** {@code State}. */
    Optional<Expr> state();

    /** {@code Type}. */
    Optional<Expr> type();

    /** {@code Value}. */
    Optional<Expr> value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("State", state())
          .put("Type", type())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PrivateDnsNameConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVPCEndpointService.PrivateDnsNameConfiguration.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder state(String value) {
        state(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }
}
