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
 * {@code AWS::EC2::VPCEndpointServicePermissions}: Grant or revoke permissions for service
 * consumers (users, IAM roles, and AWS accounts) to connect to a VPC endpoint service.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcendpointservicepermissions.html">AWS::EC2::VPCEndpointServicePermissions</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VPCEndpointServicePermissions extends Resource {

  String TYPE = "AWS::EC2::VPCEndpointServicePermissions";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The Amazon Resource Names (ARN) of one or more principals (for example, users, IAM roles, and
   * AWS accounts ). Permissions are granted to the principals in this list. To grant permissions to
   * all principals, specify an asterisk (*). Permissions are revoked for principals not in this
   * list. If the list is empty, then all permissions are revoked.
   */
  Optional<Expr> allowedPrincipals();

  /** Required. The ID of the service. */
  Expr serviceId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AllowedPrincipals", allowedPrincipals())
        .put("ServiceId", serviceId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link VPCEndpointServicePermissions}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableVPCEndpointServicePermissions.Builder {

    public Builder allowedPrincipals(List<? extends Expr> values) {
      allowedPrincipals(Expr.list(values));
      return this;
    }

    public Builder allowedPrincipals(String... values) {
      allowedPrincipals(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder serviceId(String value) {
      serviceId(Expr.of(value));
      return this;
    }
  }
}
