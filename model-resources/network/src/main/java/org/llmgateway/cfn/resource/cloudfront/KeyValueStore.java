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
 * {@code AWS::CloudFront::KeyValueStore}: The key value store. Use this to separate data from
 * function code, allowing you to update data without having to publish a new version of a function.
 * The key value store holds keys and their corresponding values.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-keyvaluestore.html">AWS::CloudFront::KeyValueStore</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface KeyValueStore extends Resource {

  String TYPE = "AWS::CloudFront::KeyValueStore";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A comment for the key value store. */
  Optional<Expr> comment();

  /** The import source for the key value store. */
  Optional<Expr> importSource();

  /** Required. The name of the key value store. */
  Expr name();

  /** A complex type that contains zero or more ``Tag`` elements. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Comment", comment())
        .put("ImportSource", importSource())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the key value store. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Id} attribute: The unique Id for the key value store. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code Status} attribute: The current status of the key value store. For more information,
   * see [Key value store
   * statuses](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/kvs-with-functions-create.html#key-value-store-status)
   * in the *.*
   */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link KeyValueStore}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableKeyValueStore.Builder {

    public Builder comment(String value) {
      comment(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CloudFront::KeyValueStore.ImportSource}: The import source for the key value store.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-keyvaluestore-importsource.html">AWS::CloudFront::KeyValueStore.ImportSource</a>
   */
  @Value.Immutable
  interface ImportSource extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the import source for the key value store. */
    Expr sourceArn();

    /** Required. The source type of the import source for the key value store. */
    Expr sourceType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SourceArn", sourceArn())
          .put("SourceType", sourceType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ImportSource}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableKeyValueStore.ImportSource.Builder {

      public Builder sourceArn(String value) {
        sourceArn(Expr.of(value));
        return this;
      }

      public Builder sourceType(String value) {
        sourceType(Expr.of(value));
        return this;
      }
    }
  }
}
