// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.iam;

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
 * {@code AWS::IAM::VirtualMFADevice}: Creates a new virtual MFA device for the AWS account . After
 * creating the virtual MFA, use
 * [EnableMFADevice](https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html)
 * to attach the MFA device to an IAM user. For more information about creating and working with
 * virtual MFA devices, see [Using a virtual MFA
 * device](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_VirtualMFA.html) in the *IAM User
 * Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-virtualmfadevice.html">AWS::IAM::VirtualMFADevice</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VirtualMFADevice extends Resource {

  String TYPE = "AWS::IAM::VirtualMFADevice";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The path for the virtual MFA device. For more information about paths, see [IAM
   * identifiers](https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html) in the
   * *IAM User Guide* .
   */
  Optional<Expr> path();

  /**
   * A list of tags that you want to attach to the new IAM virtual MFA device. Each tag consists of
   * a key name and an associated value. For more information about tagging, see [Tagging IAM
   * resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
   * Guide* .
   */
  Optional<Expr> tags();

  /** Required. The IAM user associated with this virtual MFA device. */
  Expr users();

  /**
   * The name of the virtual MFA device, which must be unique. Use with path to uniquely identify a
   * virtual MFA device.
   */
  Optional<Expr> virtualMfaDeviceName();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Path", path())
        .put("Tags", tags())
        .put("Users", users())
        .put("VirtualMfaDeviceName", virtualMfaDeviceName())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code SerialNumber} attribute: Returns the serial number for the specified
   * `AWS::IAM::VirtualMFADevice` resource.
   */
  default GetAtt attrSerialNumber() {
    return getAtt("SerialNumber");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VirtualMFADevice}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVirtualMFADevice.Builder {

    public Builder path(String value) {
      path(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder users(List<? extends Expr> values) {
      users(Expr.list(values));
      return this;
    }

    public Builder users(String... values) {
      users(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder virtualMfaDeviceName(String value) {
      virtualMfaDeviceName(Expr.of(value));
      return this;
    }
  }
}
