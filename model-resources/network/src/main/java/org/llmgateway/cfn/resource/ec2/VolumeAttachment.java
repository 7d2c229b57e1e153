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
 * {@code AWS::EC2::VolumeAttachment}: Attaches an Amazon EBS volume to a running instance and
 * exposes it to the instance with the specified device name.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-volumeattachment.html">AWS::EC2::VolumeAttachment</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VolumeAttachment extends Resource {

  String TYPE = "AWS::EC2::VolumeAttachment";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The device name (for example, `/dev/sdh` or `xvdh` ). */
  Optional<Expr> device();

  /**
   * The index of the EBS card. Some instance types support multiple EBS cards. The default EBS card
   * index is 0.
   */
  Optional<Expr> ebsCardIndex();

  /**
   * Required. The ID of the instance to which the volume attaches. This value can be a reference to
   * an
   * [`AWS::EC2::Instance`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html)
   * resource, or it can be the physical ID of an existing EC2 instance.
   */
  Expr instanceId();

  /**
   * Required. The ID of the Amazon EBS volume. The volume and instance must be within the same
   * Availability Zone. This value can be a reference to an
   * [`AWS::EC2::Volume`](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-ebs-volume.html)
   * resource, or it can be the volume ID of an existing Amazon EBS volume.
   */
  Expr volumeId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Device", device())
        .put("EbsCardIndex", ebsCardIndex())
        .put("InstanceId", instanceId())
        .put("VolumeId", volumeId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VolumeAttachment}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVolumeAttachment.Builder {

    public Builder device(String value) {
      device(Expr.of(value));
      return this;
    }

    public Builder ebsCardIndex(long value) {
      ebsCardIndex(Expr.of(value));
      return this;
    }

    public Builder instanceId(String value) {
      instanceId(Expr.of(value));
      return this;
    }

    public Builder volumeId(String value) {
      volumeId(Expr.of(value));
      return this;
    }
  }
}
