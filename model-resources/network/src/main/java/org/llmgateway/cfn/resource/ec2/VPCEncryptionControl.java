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
 * {@code AWS::EC2::VPCEncryptionControl}: Describes the configuration and state of VPC encryption
 * controls.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcencryptioncontrol.html">AWS::EC2::VPCEncryptionControl</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCEncryptionControl extends Resource {

  String TYPE = "AWS::EC2::VPCEncryptionControl";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Specifies whether to exclude egress-only internet gateway traffic from encryption enforcement.
   */
  Optional<Expr> egressOnlyInternetGatewayExclusionInput();

  /** Specifies whether to exclude Elastic File System traffic from encryption enforcement. */
  Optional<Expr> elasticFileSystemExclusionInput();

  /** Specifies whether to exclude internet gateway traffic from encryption enforcement. */
  Optional<Expr> internetGatewayExclusionInput();

  /** Specifies whether to exclude Lambda function traffic from encryption enforcement. */
  Optional<Expr> lambdaExclusionInput();

  /** The encryption mode for the VPC Encryption Control configuration. */
  Optional<Expr> mode();

  /** Specifies whether to exclude NAT gateway traffic from encryption enforcement. */
  Optional<Expr> natGatewayExclusionInput();

  /** The tags assigned to the VPC Encryption Control configuration. */
  Optional<Expr> tags();

  /** Specifies whether to exclude virtual private gateway traffic from encryption enforcement. */
  Optional<Expr> virtualPrivateGatewayExclusionInput();

  /** The ID of the VPC for which to create the encryption control configuration. */
  Optional<Expr> vpcId();

  /** Specifies whether to exclude VPC Lattice traffic from encryption enforcement. */
  Optional<Expr> vpcLatticeExclusionInput();

  /** Specifies whether to exclude VPC peering connection traffic from encryption enforcement. */
  Optional<Expr> vpcPeeringExclusionInput();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("EgressOnlyInternetGatewayExclusionInput", egressOnlyInternetGatewayExclusionInput())
        .put("ElasticFileSystemExclusionInput", elasticFileSystemExclusionInput())
        .put("InternetGatewayExclusionInput", internetGatewayExclusionInput())
        .put("LambdaExclusionInput", lambdaExclusionInput())
        .put("Mode", mode())
        .put("NatGatewayExclusionInput", natGatewayExclusionInput())
        .put("Tags", tags())
        .put("VirtualPrivateGatewayExclusionInput", virtualPrivateGatewayExclusionInput())
        .put("VpcId", vpcId())
        .put("VpcLatticeExclusionInput", vpcLatticeExclusionInput())
        .put("VpcPeeringExclusionInput", vpcPeeringExclusionInput())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code ResourceExclusions} attribute. */
  default GetAtt attrResourceExclusions() {
    return getAtt("ResourceExclusions");
  }

  /**
   * The {@code ResourceExclusions.EgressOnlyInternetGateway} attribute: Specifies whether to
   * exclude egress-only internet gateway traffic from encryption enforcement.
   */
  default GetAtt attrResourceExclusionsEgressOnlyInternetGateway() {
    return getAtt("ResourceExclusions.EgressOnlyInternetGateway");
  }

  /**
   * The {@code ResourceExclusions.EgressOnlyInternetGateway.State} attribute: The current state of
   * the exclusion configuration.
   */
  default GetAtt attrResourceExclusionsEgressOnlyInternetGatewayState() {
    return getAtt("ResourceExclusions.EgressOnlyInternetGateway.State");
  }

  /**
   * The {@code ResourceExclusions.EgressOnlyInternetGateway.StateMessage} attribute: A message
   * providing additional information about the exclusion state.
   */
  default GetAtt attrResourceExclusionsEgressOnlyInternetGatewayStateMessage() {
    return getAtt("ResourceExclusions.EgressOnlyInternetGateway.StateMessage");
  }

  /**
   * The {@code ResourceExclusions.ElasticFileSystem} attribute: Specifies whether to exclude
   * Elastic File System traffic from encryption enforcement.
   */
  default GetAtt attrResourceExclusionsElasticFileSystem() {
    return getAtt("ResourceExclusions.ElasticFileSystem");
  }

  /**
   * The {@code ResourceExclusions.ElasticFileSystem.State} attribute: The current state of the
   * exclusion configuration.
   */
  default GetAtt attrResourceExclusionsElasticFileSystemState() {
    return getAtt("ResourceExclusions.ElasticFileSystem.State");
  }

  /**
   * The {@code ResourceExclusions.ElasticFileSystem.StateMessage} attribute: A message providing
   * additional information about the exclusion state.
   */
  default GetAtt attrResourceExclusionsElasticFileSystemStateMessage() {
    return getAtt("ResourceExclusions.ElasticFileSystem.StateMessage");
  }

  /**
   * The {@code ResourceExclusions.InternetGateway} attribute: Specifies whether to exclude internet
   * gateway traffic from encryption enforcement.
   */
  default GetAtt attrResourceExclusionsInternetGateway() {
    return getAtt("ResourceExclusions.InternetGateway");
  }

  /**
   * The {@code ResourceExclusions.InternetGateway.State} attribute: The current state of the
   * exclusion configuration.
   */
  default GetAtt attrResourceExclusionsInternetGatewayState() {
    return getAtt("ResourceExclusions.InternetGateway.State");
  }

  /**
   * The {@code ResourceExclusions.InternetGateway.StateMessage} attribute: A message providing
   * additional information about the exclusion state.
   */
  default GetAtt attrResourceExclusionsInternetGatewayStateMessage() {
    return getAtt("ResourceExclusions.InternetGateway.StateMessage");
  }

  /**
   * The {@code ResourceExclusions.Lambda} attribute: Specifies whether to exclude Lambda function
   * traffic from encryption enforcement.
   */
  default GetAtt attrResourceExclusionsLambda() {
    return getAtt("ResourceExclusions.Lambda");
  }

  /**
   * The {@code ResourceExclusions.Lambda.State} attribute: The current state of the exclusion
   * configuration.
   */
  default GetAtt attrResourceExclusionsLambdaState() {
    return getAtt("ResourceExclusions.Lambda.State");
  }

  /**
   * The {@code ResourceExclusions.Lambda.StateMessage} attribute: A message providing additional
   * information about the exclusion state.
   */
  default GetAtt attrResourceExclusionsLambdaStateMessage() {
    return getAtt("ResourceExclusions.Lambda.StateMessage");
  }

  /**
   * The {@code ResourceExclusions.NatGateway} attribute: Specifies whether to exclude NAT gateway
   * traffic from encryption enforcement.
   */
  default GetAtt attrResourceExclusionsNatGateway() {
    return getAtt("ResourceExclusions.NatGateway");
  }

  /**
   * The {@code ResourceExclusions.NatGateway.State} attribute: The current state of the exclusion
   * configuration.
   */
  default GetAtt attrResourceExclusionsNatGatewayState() {
    return getAtt("ResourceExclusions.NatGateway.State");
  }

  /**
   * The {@code ResourceExclusions.NatGateway.StateMessage} attribute: A message providing
   * additional information about the exclusion state.
   */
  default GetAtt attrResourceExclusionsNatGatewayStateMessage() {
    return getAtt("ResourceExclusions.NatGateway.StateMessage");
  }

  /**
   * The {@code ResourceExclusions.VirtualPrivateGateway} attribute: Specifies whether to exclude
   * virtual private gateway traffic from encryption enforcement.
   */
  default GetAtt attrResourceExclusionsVirtualPrivateGateway() {
    return getAtt("ResourceExclusions.VirtualPrivateGateway");
  }

  /**
   * The {@code ResourceExclusions.VirtualPrivateGateway.State} attribute: The current state of the
   * exclusion configuration.
   */
  default GetAtt attrResourceExclusionsVirtualPrivateGatewayState() {
    return getAtt("ResourceExclusions.VirtualPrivateGateway.State");
  }

  /**
   * The {@code ResourceExclusions.VirtualPrivateGateway.StateMessage} attribute: A message
   * providing additional information about the exclusion state.
   */
  default GetAtt attrResourceExclusionsVirtualPrivateGatewayStateMessage() {
    return getAtt("ResourceExclusions.VirtualPrivateGateway.StateMessage");
  }

  /**
   * The {@code ResourceExclusions.VpcLattice} attribute: Specifies whether to exclude VPC Lattice
   * traffic from encryption enforcement.
   */
  default GetAtt attrResourceExclusionsVpcLattice() {
    return getAtt("ResourceExclusions.VpcLattice");
  }

  /**
   * The {@code ResourceExclusions.VpcLattice.State} attribute: The current state of the exclusion
   * configuration.
   */
  default GetAtt attrResourceExclusionsVpcLatticeState() {
    return getAtt("ResourceExclusions.VpcLattice.State");
  }

  /**
   * The {@code ResourceExclusions.VpcLattice.StateMessage} attribute: A message providing
   * additional information about the exclusion state.
   */
  default GetAtt attrResourceExclusionsVpcLatticeStateMessage() {
    return getAtt("ResourceExclusions.VpcLattice.StateMessage");
  }

  /**
   * The {@code ResourceExclusions.VpcPeering} attribute: Specifies whether to exclude VPC peering
   * connection traffic from encryption enforcement.
   */
  default GetAtt attrResourceExclusionsVpcPeering() {
    return getAtt("ResourceExclusions.VpcPeering");
  }

  /**
   * The {@code ResourceExclusions.VpcPeering.State} attribute: The current state of the exclusion
   * configuration.
   */
  default GetAtt attrResourceExclusionsVpcPeeringState() {
    return getAtt("ResourceExclusions.VpcPeering.State");
  }

  /**
   * The {@code ResourceExclusions.VpcPeering.StateMessage} attribute: A message providing
   * additional information about the exclusion state.
   */
  default GetAtt attrResourceExclusionsVpcPeeringStateMessage() {
    return getAtt("ResourceExclusions.VpcPeering.StateMessage");
  }

  /** The {@code State} attribute: The current state of the VPC Encryption Control configuration. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /**
   * The {@code StateMessage} attribute: A message providing additional information about the
   * encryption control state.
   */
  default GetAtt attrStateMessage() {
    return getAtt("StateMessage");
  }

  /**
   * The {@code VpcEncryptionControlId} attribute: The ID of the VPC Encryption Control
   * configuration.
   */
  default GetAtt attrVpcEncryptionControlId() {
    return getAtt("VpcEncryptionControlId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPCEncryptionControl}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPCEncryptionControl.Builder {

    public Builder egressOnlyInternetGatewayExclusionInput(String value) {
      egressOnlyInternetGatewayExclusionInput(Expr.of(value));
      return this;
    }

    public Builder elasticFileSystemExclusionInput(String value) {
      elasticFileSystemExclusionInput(Expr.of(value));
      return this;
    }

    public Builder internetGatewayExclusionInput(String value) {
      internetGatewayExclusionInput(Expr.of(value));
      return this;
    }

    public Builder lambdaExclusionInput(String value) {
      lambdaExclusionInput(Expr.of(value));
      return this;
    }

    public Builder mode(String value) {
      mode(Expr.of(value));
      return this;
    }

    public Builder natGatewayExclusionInput(String value) {
      natGatewayExclusionInput(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder virtualPrivateGatewayExclusionInput(String value) {
      virtualPrivateGatewayExclusionInput(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }

    public Builder vpcLatticeExclusionInput(String value) {
      vpcLatticeExclusionInput(Expr.of(value));
      return this;
    }

    public Builder vpcPeeringExclusionInput(String value) {
      vpcPeeringExclusionInput(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::VPCEncryptionControl.ResourceExclusions}: Information about resource
   * exclusions for the VPC Encryption Control configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpcencryptioncontrol-resourceexclusions.html">AWS::EC2::VPCEncryptionControl.ResourceExclusions</a>
   */
  @Value.Immutable
  interface ResourceExclusions extends PropertyValue {

    /**
     * Specifies whether to exclude egress-only internet gateway traffic from encryption
     * enforcement.
     */
    Optional<Expr> egressOnlyInternetGateway();

    /** Specifies whether to exclude Elastic File System traffic from encryption enforcement. */
    Optional<Expr> elasticFileSystem();

    /** Specifies whether to exclude internet gateway traffic from encryption enforcement. */
    Optional<Expr> internetGateway();

    /** Specifies whether to exclude Lambda function traffic from encryption enforcement. */
    Optional<Expr> lambda();

    /** Specifies whether to exclude NAT gateway traffic from encryption enforcement. */
    Optional<Expr> natGateway();

    /** Specifies whether to exclude virtual private gateway traffic from encryption enforcement. */
    Optional<Expr> virtualPrivateGateway();

    /** Specifies whether to exclude VPC Lattice traffic from encryption enforcement. */
    Optional<Expr> vpcLattice();

    /** Specifies whether to exclude VPC peering connection traffic from encryption enforcement. */
    Optional<Expr> vpcPeering();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EgressOnlyInternetGateway", egressOnlyInternetGateway())
          .put("ElasticFileSystem", elasticFileSystem())
          .put("InternetGateway", internetGateway())
          .put("Lambda", lambda())
          .put("NatGateway", natGateway())
          .put("VirtualPrivateGateway", virtualPrivateGateway())
          .put("VpcLattice", vpcLattice())
          .put("VpcPeering", vpcPeering())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ResourceExclusions}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVPCEncryptionControl.ResourceExclusions.Builder {
    }
  }

  /**
   * {@code AWS::EC2::VPCEncryptionControl.VpcEncryptionControlExclusion}: Describes an exclusion
   * configuration for VPC Encryption Control.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-vpcencryptioncontrol-vpcencryptioncontrolexclusion.html">AWS::EC2::VPCEncryptionControl.VpcEncryptionControlExclusion</a>
   */
  @Value.Immutable
  interface VpcEncryptionControlExclusion extends PropertyValue {

    /** The current state of the exclusion configuration. */
    Optional<Expr> state();

    /** A message providing additional information about the exclusion state. */
    Optional<Expr> stateMessage();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("State", state())
          .put("StateMessage", stateMessage())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link VpcEncryptionControlExclusion}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableVPCEncryptionControl.VpcEncryptionControlExclusion.Builder {

      public Builder state(String value) {
        state(Expr.of(value));
        return this;
      }

      public Builder stateMessage(String value) {
        stateMessage(Expr.of(value));
        return this;
      }
    }
  }
}
