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
 * {@code AWS::IAM::ServiceLinkedRole}: Creates an IAM role that is linked to a specific AWS
 * service. The service controls the attached policies and when the role can be deleted. This helps
 * ensure that the service is not broken by an unexpectedly changed or deleted role, which could put
 * your AWS resources into an unknown state. Allowing the service to control the role helps improve
 * service stability and proper cleanup when a service and its role are no longer needed. For more
 * information, see [Using service-linked
 * roles](https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html) in the
 * *IAM User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-servicelinkedrole.html">AWS::IAM::ServiceLinkedRole</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ServiceLinkedRole extends Resource {

  String TYPE = "AWS::IAM::ServiceLinkedRole";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The service principal for the AWS service to which this role is attached. You use a string
   * similar to a URL but without the http:// in front. For example:
   * `elasticbeanstalk.amazonaws.com` .
   */
  Optional<Expr> awsServiceName();

  /**
   * A string that you provide, which is combined with the service-provided prefix to form the
   * complete role name. If you make multiple requests for the same service, then you must supply a
   * different `CustomSuffix` for each request. Otherwise the request fails with a duplicate role
   * name error. For example, you could add `-1` or `-debug` to the suffix.
   */
  Optional<Expr> customSuffix();

  /** The description of the role. */
  Optional<Expr> description();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AWSServiceName", awsServiceName())
        .put("CustomSuffix", customSuffix())
        .put("Description", description())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code RoleName} attribute: Returns the friendly name that identifies the role. For
   * example, `AWSServiceRoleForAutoScaling` or `AWSServiceRoleForAutoScaling_TestSuffix` if a
   * `CustomSuffix` is specified.
   */
  default GetAtt attrRoleName() {
    return getAtt("RoleName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceLinkedRole}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableServiceLinkedRole.Builder {

    public Builder awsServiceName(String value) {
      awsServiceName(Expr.of(value));
      return this;
    }

    public Builder customSuffix(String value) {
      customSuffix(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }
  }
}
