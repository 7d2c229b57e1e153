// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.lambda;

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
 * {@code AWS::Lambda::NetworkConnector}: Resource Type definition for AWS::Lambda::NetworkConnector
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-networkconnector.html">AWS::Lambda::NetworkConnector</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkConnector extends Resource {

  String TYPE = "AWS::Lambda::NetworkConnector";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The network configuration for the connector. Specify a VpcEgressConfiguration to
   * enable outbound traffic routing through your VPC.
   */
  Expr configuration();

  /**
   * A unique name for the network connector within your account and Region. Must be 1 to 64
   * alphanumeric characters, hyphens, or underscores.
   */
  Optional<Expr> name();

  /**
   * The ARN of the IAM role that Lambda assumes to manage elastic network interfaces in your VPC.
   * This role must have permissions for ec2:CreateNetworkInterface and related describe operations.
   */
  Optional<Expr> operatorRole();

  /**
   * A list of tags to apply to the network connector. Use tags to categorize network connectors for
   * cost allocation, access control, or operational management.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Configuration", configuration())
        .put("Name", name())
        .put("OperatorRole", operatorRole())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the network connector. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code State} attribute: The current state of the network connector. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NetworkConnector}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableNetworkConnector.Builder {

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder operatorRole(String value) {
      operatorRole(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::NetworkConnector.Config}: The network configuration for the connector.
   * Specify a VpcEgressConfiguration to enable outbound traffic routing through your VPC.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-networkconnector-config.html">AWS::Lambda::NetworkConnector.Config</a>
   */
  @Value.Immutable
  interface Config extends PropertyValue {

    /**
     * Required. The VPC egress configuration for the network connector. Specifies the subnets,
     * security groups, and network protocol for routing outbound traffic through your VPC.
     */
    Expr vpcEgressConfiguration();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("VpcEgressConfiguration", vpcEgressConfiguration())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Config}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableNetworkConnector.Config.Builder {
    }
  }

  /**
   * {@code AWS::Lambda::NetworkConnector.VpcEgressConfiguration}: The VPC egress configuration for
   * the network connector. Specifies the subnets, security groups, and network protocol for routing
   * outbound traffic through your VPC.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-networkconnector-vpcegressconfiguration.html">AWS::Lambda::NetworkConnector.VpcEgressConfiguration</a>
   */
  @Value.Immutable
  interface VpcEgressConfiguration extends PropertyValue {

    /**
     * Required. The types of Lambda compute resources that can use this connector. Currently, only
     * MicroVm is supported.
     */
    Expr associatedComputeResourceTypes();

    /**
     * The network protocol for the connector. Specify IPv4 for IPv4-only networking, or DualStack
     * for both IPv4 and IPv6.
     */
    Optional<Expr> networkProtocol();

    /**
     * The IDs of the VPC security groups to attach to the ENIs. Specify 0 to 5 security groups. All
     * security groups must be in the same VPC as the subnets.
     */
    Optional<Expr> securityGroupIds();

    /**
     * Required. The IDs of the VPC subnets where Lambda provisions elastic network interfaces
     * (ENIs). Specify 1 to 16 subnets. All subnets must be in the same VPC.
     */
    Expr subnetIds();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AssociatedComputeResourceTypes", associatedComputeResourceTypes())
          .put("NetworkProtocol", networkProtocol())
          .put("SecurityGroupIds", securityGroupIds())
          .put("SubnetIds", subnetIds())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpcEgressConfiguration}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkConnector.VpcEgressConfiguration.Builder {

      public Builder associatedComputeResourceTypes(List<? extends Expr> values) {
        associatedComputeResourceTypes(Expr.list(values));
        return this;
      }

      public Builder associatedComputeResourceTypes(String... values) {
        associatedComputeResourceTypes(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder networkProtocol(String value) {
        networkProtocol(Expr.of(value));
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

      public Builder subnetIds(List<? extends Expr> values) {
        subnetIds(Expr.list(values));
        return this;
      }

      public Builder subnetIds(String... values) {
        subnetIds(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }
}
