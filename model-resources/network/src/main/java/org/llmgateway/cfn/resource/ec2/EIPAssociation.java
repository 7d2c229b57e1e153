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
 * {@code AWS::EC2::EIPAssociation}: Associates an Elastic IP address with an instance or a network
 * interface. Before you can use an Elastic IP address, you must allocate it to your account. For
 * more information about working with Elastic IP addresses, see [Elastic IP address concepts and
 * rules](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#vpc-eip-overview) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-eipassociation.html">AWS::EC2::EIPAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface EIPAssociation extends Resource {

  String TYPE = "AWS::EC2::EIPAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The allocation ID. This is required. */
  Optional<Expr> allocationId();

  /** {@code EIP}. */
  Optional<Expr> eip();

  /**
   * The ID of the instance. The instance must have exactly one attached network interface. You can
   * specify either the instance ID or the network interface ID, but not both.
   */
  Optional<Expr> instanceId();

  /**
   * The ID of the network interface. If the instance has more than one network interface, you must
   * specify a network interface ID.
   */
  Optional<Expr> networkInterfaceId();

  /**
   * The primary or secondary private IP address to associate with the Elastic IP address. If no
   * private IP address is specified, the Elastic IP address is associated with the primary private
   * IP address.
   */
  Optional<Expr> privateIpAddress();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AllocationId", allocationId())
        .put("EIP", eip())
        .put("InstanceId", instanceId())
        .put("NetworkInterfaceId", networkInterfaceId())
        .put("PrivateIpAddress", privateIpAddress())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ID of the association. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link EIPAssociation}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableEIPAssociation.Builder {

    public Builder allocationId(String value) {
      allocationId(Expr.of(value));
      return this;
    }

    public Builder eip(String value) {
      eip(Expr.of(value));
      return this;
    }

    public Builder instanceId(String value) {
      instanceId(Expr.of(value));
      return this;
    }

    public Builder networkInterfaceId(String value) {
      networkInterfaceId(Expr.of(value));
      return this;
    }

    public Builder privateIpAddress(String value) {
      privateIpAddress(Expr.of(value));
      return this;
    }
  }
}
