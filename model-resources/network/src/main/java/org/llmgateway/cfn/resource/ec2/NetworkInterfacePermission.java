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
 * {@code AWS::EC2::NetworkInterfacePermission}: Specifies a permission for the network interface,
 * For example, you can grant an AWS -authorized account permission to attach the network interface
 * to an instance in their account.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkinterfacepermission.html">AWS::EC2::NetworkInterfacePermission</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkInterfacePermission extends Resource {

  String TYPE = "AWS::EC2::NetworkInterfacePermission";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The AWS account ID. */
  Expr awsAccountId();

  /** Required. The ID of the network interface. */
  Expr networkInterfaceId();

  /** Required. The type of permission to grant: `INSTANCE-ATTACH` or `EIP-ASSOCIATE` . */
  Expr permission();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AwsAccountId", awsAccountId())
        .put("NetworkInterfaceId", networkInterfaceId())
        .put("Permission", permission())
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
   * Builds a {@link NetworkInterfacePermission}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableNetworkInterfacePermission.Builder {

    public Builder awsAccountId(String value) {
      awsAccountId(Expr.of(value));
      return this;
    }

    public Builder networkInterfaceId(String value) {
      networkInterfaceId(Expr.of(value));
      return this;
    }

    public Builder permission(String value) {
      permission(Expr.of(value));
      return this;
    }
  }
}
