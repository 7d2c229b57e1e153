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
 * {@code AWS::EC2::NetworkInterfaceAttachment}: Attaches an elastic network interface (ENI) to an
 * Amazon EC2 instance. You can use this resource type to attach additional network interfaces to an
 * instance without interruption.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkinterfaceattachment.html">AWS::EC2::NetworkInterfaceAttachment</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkInterfaceAttachment extends Resource {

  String TYPE = "AWS::EC2::NetworkInterfaceAttachment";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Whether to delete the network interface when the instance terminates. By default, this value is
   * set to `true` .
   */
  Optional<Expr> deleteOnTermination();

  /**
   * Required. The network interface's position in the attachment order. For example, the first
   * attached network interface has a `DeviceIndex` of 0.
   */
  Expr deviceIndex();

  /** The number of ENA queues created with the instance. */
  Optional<Expr> enaQueueCount();

  /** Configures ENA Express for the network interface that this action attaches to the instance. */
  Optional<Expr> enaSrdSpecification();

  /** Required. The ID of the instance to which you will attach the ENI. */
  Expr instanceId();

  /** Required. The ID of the ENI that you want to attach. */
  Expr networkInterfaceId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("DeleteOnTermination", deleteOnTermination())
        .put("DeviceIndex", deviceIndex())
        .put("EnaQueueCount", enaQueueCount())
        .put("EnaSrdSpecification", enaSrdSpecification())
        .put("InstanceId", instanceId())
        .put("NetworkInterfaceId", networkInterfaceId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AttachmentId} attribute: The ID of the network interface attachment. */
  default GetAtt attrAttachmentId() {
    return getAtt("AttachmentId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NetworkInterfaceAttachment}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableNetworkInterfaceAttachment.Builder {

    public Builder deleteOnTermination(boolean value) {
      deleteOnTermination(Expr.of(value));
      return this;
    }

    public Builder deviceIndex(String value) {
      deviceIndex(Expr.of(value));
      return this;
    }

    public Builder enaQueueCount(long value) {
      enaQueueCount(Expr.of(value));
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
  }

  /**
   * {@code AWS::EC2::NetworkInterfaceAttachment.EnaSrdSpecification}: ENA Express uses AWS Scalable
   * Reliable Datagram (SRD) technology to increase the maximum bandwidth used per stream and
   * minimize tail latency of network traffic between EC2 instances. With ENA Express, you can
   * communicate between two EC2 instances in the same subnet within the same account, or in
   * different accounts. Both sending and receiving instances must have ENA Express enabled.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinterfaceattachment-enasrdspecification.html">AWS::EC2::NetworkInterfaceAttachment.EnaSrdSpecification</a>
   */
  @Value.Immutable
  interface EnaSrdSpecification extends PropertyValue {

    /** Indicates whether ENA Express is enabled for the network interface. */
    Optional<Expr> enaSrdEnabled();

    /** Configures ENA Express for UDP network traffic. */
    Optional<Expr> enaSrdUdpSpecification();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnaSrdEnabled", enaSrdEnabled())
          .put("EnaSrdUdpSpecification", enaSrdUdpSpecification())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EnaSrdSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInterfaceAttachment.EnaSrdSpecification.Builder {

      public Builder enaSrdEnabled(boolean value) {
        enaSrdEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::EC2::NetworkInterfaceAttachment.EnaSrdUdpSpecification}: ENA Express is compatible
   * with both TCP and UDP transport protocols. When it's enabled, TCP traffic automatically uses
   * it. However, some UDP-based applications are designed to handle network packets that are out of
   * order, without a need for retransmission, such as live video broadcasting or other
   * near-real-time applications. For UDP traffic, you can specify whether to use ENA Express, based
   * on your application environment needs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-networkinterfaceattachment-enasrdudpspecification.html">AWS::EC2::NetworkInterfaceAttachment.EnaSrdUdpSpecification</a>
   */
  @Value.Immutable
  interface EnaSrdUdpSpecification extends PropertyValue {

    /**
     * Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this
     * setting, you must first enable ENA Express.
     */
    Optional<Expr> enaSrdUdpEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnaSrdUdpEnabled", enaSrdUdpEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EnaSrdUdpSpecification}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableNetworkInterfaceAttachment.EnaSrdUdpSpecification.Builder {

      public Builder enaSrdUdpEnabled(boolean value) {
        enaSrdUdpEnabled(Expr.of(value));
        return this;
      }
    }
  }
}
