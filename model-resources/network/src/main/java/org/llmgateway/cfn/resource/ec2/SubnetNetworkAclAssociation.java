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
 * {@code AWS::EC2::SubnetNetworkAclAssociation}: Associates a subnet with a network ACL. For more
 * information, see
 * [ReplaceNetworkAclAssociation](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/ApiReference-query-ReplaceNetworkAclAssociation.html)
 * in the *Amazon EC2 API Reference* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-subnetnetworkaclassociation.html">AWS::EC2::SubnetNetworkAclAssociation</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface SubnetNetworkAclAssociation extends Resource {

  String TYPE = "AWS::EC2::SubnetNetworkAclAssociation";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the network ACL. */
  Expr networkAclId();

  /** Required. The ID of the subnet. */
  Expr subnetId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("NetworkAclId", networkAclId())
        .put("SubnetId", subnetId())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AssociationId} attribute: Returns the value of this object's AssociationId property.
   */
  default GetAtt attrAssociationId() {
    return getAtt("AssociationId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SubnetNetworkAclAssociation}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableSubnetNetworkAclAssociation.Builder {

    public Builder networkAclId(String value) {
      networkAclId(Expr.of(value));
      return this;
    }

    public Builder subnetId(String value) {
      subnetId(Expr.of(value));
      return this;
    }
  }
}
