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
 * {@code AWS::EC2::SecurityGroupVpcAssociation}: A security group association with a VPC.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-securitygroupvpcassociation.html">AWS::EC2::SecurityGroupVpcAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SecurityGroupVpcAssociation extends Resource {

  String TYPE = "AWS::EC2::SecurityGroupVpcAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The association's security group ID. */
  Expr groupId();

  /** Required. The association's VPC ID. */
  Expr vpcId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("GroupId", groupId())
        .put("VpcId", vpcId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code State} attribute: The association's state. */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code StateReason} attribute: The association's state reason. */
  default GetAtt attrStateReason() {
    return getAtt("StateReason");
  }

  /** The {@code VpcOwnerId} attribute: The AWS account ID of the owner of the VPC. */
  default GetAtt attrVpcOwnerId() {
    return getAtt("VpcOwnerId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SecurityGroupVpcAssociation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableSecurityGroupVpcAssociation.Builder {

    public Builder groupId(String value) {
      groupId(Expr.of(value));
      return this;
    }

    public Builder vpcId(String value) {
      vpcId(Expr.of(value));
      return this;
    }
  }
}
