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
 * {@code AWS::EC2::VPCPeeringConnection}: Requests a VPC peering connection between two VPCs: a
 * requester VPC that you own and an accepter VPC with which to create the connection. The accepter
 * VPC can belong to a different AWS account and can be in a different Region than the requester
 * VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcpeeringconnection.html">AWS::EC2::VPCPeeringConnection</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCPeeringConnection extends Resource {

  String TYPE = "AWS::EC2::VPCPeeringConnection";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The Region code to use when calling Security Token Service (STS) to assume the PeerRoleArn, if
   * provided.
   */
  Optional<Expr> assumeRoleRegion();

  /** The AWS account ID of the owner of the accepter VPC. */
  Optional<Expr> peerOwnerId();

  /**
   * The Region code for the accepter VPC, if the accepter VPC is located in a Region other than the
   * Region in which you make the request.
   */
  Optional<Expr> peerRegion();

  /**
   * The Amazon Resource Name (ARN) of the VPC peer role for the peering connection in another AWS
   * account.
   */
  Optional<Expr> peerRoleArn();

  /**
   * Required. The ID of the VPC with which you are creating the VPC peering connection. You must
   * specify this parameter in the request.
   */
  Expr peerVpcId();

  /** Any tags assigned to the resource. */
  Optional<Expr> tags();

  /** Required. The ID of the VPC. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AssumeRoleRegion", assumeRoleRegion())
        .put("PeerOwnerId", peerOwnerId())
        .put("PeerRegion", peerRegion())
        .put("PeerRoleArn", peerRoleArn())
        .put("PeerVpcId", peerVpcId())
        .put("Tags", tags())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the peering connection. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VPCPeeringConnection}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVPCPeeringConnection.Builder {

    public Builder assumeRoleRegion(String value) {
      assumeRoleRegion(Expr.of(value));
      return this;
    }

    public Builder peerOwnerId(String value) {
      peerOwnerId(Expr.of(value));
      return this;
    }

    public Builder peerRegion(String value) {
      peerRegion(Expr.of(value));
      return this;
    }

    public Builder peerRoleArn(String value) {
      peerRoleArn(Expr.of(value));
      return this;
    }

    public Builder peerVpcId(String value) {
      peerVpcId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }
}
