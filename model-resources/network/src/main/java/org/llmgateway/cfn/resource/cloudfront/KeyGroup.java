// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudfront;

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
 * {@code AWS::CloudFront::KeyGroup}: A key group.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-keygroup.html">AWS::CloudFront::KeyGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface KeyGroup extends Resource {

  String TYPE = "AWS::CloudFront::KeyGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The key group configuration. */
  Expr keyGroupConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("KeyGroupConfig", keyGroupConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The identifier for the key group. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LastModifiedTime} attribute: The date and time when the key group was last modified.
   */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableKeyGroup.Builder {
  }

  /**
   * {@code AWS::CloudFront::KeyGroup.KeyGroupConfig}: A key group configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-keygroup-keygroupconfig.html">AWS::CloudFront::KeyGroup.KeyGroupConfig</a>
   */
  @Value.Immutable
  interface KeyGroupConfig extends PropertyValue {

    /** A comment to describe the key group. The comment cannot be longer than 128 characters. */
    Optional<Expr> comment();

    /** Required. A list of the identifiers of the public keys in the key group. */
    Expr items();

    /** Required. A name to identify the key group. */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Comment", comment())
          .put("Items", items())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link KeyGroupConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableKeyGroup.KeyGroupConfig.Builder {

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder items(List<? extends Expr> values) {
        items(Expr.list(values));
        return this;
      }

      public Builder items(String... values) {
        items(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }
}
