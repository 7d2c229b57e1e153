// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ssm;

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
 * {@code AWS::SSM::ServiceSetting}: Resource Type definition for AWS::SSM::ServiceSetting.
 * ServiceSetting is an account-level setting for an AWS service that defines how a user interacts
 * with or uses a service or feature.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ssm-servicesetting.html">AWS::SSM::ServiceSetting</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ServiceSetting extends Resource {

  String TYPE = "AWS::SSM::ServiceSetting";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The ID of the service setting, such as /ssm/parameter-store/high-throughput-enabled.
   */
  Expr settingId();

  /** Required. The value of the service setting. */
  Expr settingValue();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("SettingId", settingId())
        .put("SettingValue", settingValue())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the service setting. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code LastModifiedDate} attribute: The last time the service setting was modified. */
  default GetAtt attrLastModifiedDate() {
    return getAtt("LastModifiedDate");
  }

  /** The {@code LastModifiedUser} attribute: The ARN of the last modified user. */
  default GetAtt attrLastModifiedUser() {
    return getAtt("LastModifiedUser");
  }

  /**
   * The {@code Status} attribute: The status of the service setting. The value can be Default,
   * Customized or PendingUpdate.
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServiceSetting}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableServiceSetting.Builder {

    public Builder settingId(String value) {
      settingId(Expr.of(value));
      return this;
    }

    public Builder settingValue(String value) {
      settingValue(Expr.of(value));
      return this;
    }
  }
}
