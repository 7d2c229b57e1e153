// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.kms;

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
 * {@code AWS::KMS::Alias}: The `AWS::KMS::Alias` resource specifies a display name for a [KMS
 * key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) . You can use
 * an alias to identify a KMS key in the AWS console, in the
 * [DescribeKey](https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html)
 * operation, and in [cryptographic
 * operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations)
 * , such as [Decrypt](https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html) and
 * [GenerateDataKey](https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-alias.html">AWS::KMS::Alias</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Alias extends Resource {

  String TYPE = "AWS::KMS::Alias";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Specifies the alias name. This value must begin with `alias/` followed by a name,
   * such as `alias/ExampleAlias` .
   */
  Expr aliasName();

  /**
   * Required. Associates the alias with the specified [customer managed
   * key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk) . The
   * KMS key must be in the same AWS account and Region.
   */
  Expr targetKeyId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AliasName", aliasName())
        .put("TargetKeyId", targetKeyId())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Alias}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableAlias.Builder {

    public Builder aliasName(String value) {
      aliasName(Expr.of(value));
      return this;
    }

    public Builder targetKeyId(String value) {
      targetKeyId(Expr.of(value));
      return this;
    }
  }
}
