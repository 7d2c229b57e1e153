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
 * {@code AWS::CloudFront::Function}: Creates a CloudFront function.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-function.html">AWS::CloudFront::Function</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Function extends Resource {

  String TYPE = "AWS::CloudFront::Function";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A flag that determines whether to automatically publish the function to the `LIVE` stage when
   * it’s created. To automatically publish to the `LIVE` stage, set this property to `true` .
   */
  Optional<Expr> autoPublish();

  /**
   * Required. The function code. For more information about writing a CloudFront function, see
   * [Writing function code for CloudFront
   * Functions](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/writing-function-code.html)
   * in the *Amazon CloudFront Developer Guide* .
   */
  Expr functionCode();

  /** Required. Contains configuration information about a CloudFront function. */
  Expr functionConfig();

  /** Contains metadata about a CloudFront function. */
  Optional<Expr> functionMetadata();

  /** Required. A name to identify the function. */
  Expr name();

  /** A complex type that contains zero or more ``Tag`` elements. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AutoPublish", autoPublish())
        .put("FunctionCode", functionCode())
        .put("FunctionConfig", functionConfig())
        .put("FunctionMetadata", functionMetadata())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code FunctionARN} attribute: The ARN of the function. For example: */
  default GetAtt attrFunctionARN() {
    return getAtt("FunctionARN");
  }

  /**
   * The {@code FunctionMetadata.FunctionARN} attribute: The Amazon Resource Name (ARN) of the
   * function. The ARN uniquely identifies the function.
   */
  default GetAtt attrFunctionMetadataFunctionARN() {
    return getAtt("FunctionMetadata.FunctionARN");
  }

  /** The {@code Stage} attribute. */
  default GetAtt attrStage() {
    return getAtt("Stage");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Function}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableFunction.Builder {

    public Builder autoPublish(boolean value) {
      autoPublish(Expr.of(value));
      return this;
    }

    public Builder functionCode(String value) {
      functionCode(Expr.of(value));
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
   * {@code AWS::CloudFront::Function.FunctionConfig}: Contains configuration information about a
   * CloudFront function.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-function-functionconfig.html">AWS::CloudFront::Function.FunctionConfig</a>
   */
  @Value.Immutable
  interface FunctionConfig extends PropertyValue {

    /** Required. A comment to describe the function. */
    Expr comment();

    /** The configuration for the key value store associations. */
    Optional<Expr> keyValueStoreAssociations();

    /** Required. The function's runtime environment version. */
    Expr runtime();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Comment", comment())
          .put("KeyValueStoreAssociations", keyValueStoreAssociations())
          .put("Runtime", runtime())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FunctionConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.FunctionConfig.Builder {

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder keyValueStoreAssociations(List<? extends Expr> values) {
        keyValueStoreAssociations(Expr.list(values));
        return this;
      }

      public Builder runtime(String value) {
        runtime(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Function.FunctionMetadata}: Contains metadata about a CloudFront
   * function.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-function-functionmetadata.html">AWS::CloudFront::Function.FunctionMetadata</a>
   */
  @Value.Immutable
  interface FunctionMetadata extends PropertyValue {

    /** The Amazon Resource Name (ARN) of the function. The ARN uniquely identifies the function. */
    Optional<Expr> functionARN();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FunctionARN", functionARN())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FunctionMetadata}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFunction.FunctionMetadata.Builder {

      public Builder functionARN(String value) {
        functionARN(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::Function.KeyValueStoreAssociation}: The key value store association.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-function-keyvaluestoreassociation.html">AWS::CloudFront::Function.KeyValueStoreAssociation</a>
   */
  @Value.Immutable
  interface KeyValueStoreAssociation extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the key value store association. */
    Expr keyValueStoreARN();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KeyValueStoreARN", keyValueStoreARN())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link KeyValueStoreAssociation}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableFunction.KeyValueStoreAssociation.Builder {

      public Builder keyValueStoreARN(String value) {
        keyValueStoreARN(Expr.of(value));
        return this;
      }
    }
  }
}
