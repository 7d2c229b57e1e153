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
 * {@code AWS::CloudFront::ConnectionFunction}: A connection function.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-connectionfunction.html">AWS::CloudFront::ConnectionFunction</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface ConnectionFunction extends Resource {

  String TYPE = "AWS::CloudFront::ConnectionFunction";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A flag that determines whether to automatically publish the function to the `LIVE` stage when
   * it’s created. To automatically publish to the `LIVE` stage, set this property to `true` .
   */
  Optional<Expr> autoPublish();

  /** Required. The code for the connection function. */
  Expr connectionFunctionCode();

  /** Required. Contains configuration information about a CloudFront function. */
  Expr connectionFunctionConfig();

  /** Required. The connection function name. */
  Expr name();

  /** A complex type that contains zero or more `Tag` elements. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AutoPublish", autoPublish())
        .put("ConnectionFunctionCode", connectionFunctionCode())
        .put("ConnectionFunctionConfig", connectionFunctionConfig())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code ConnectionFunctionArn} attribute: The connection function Amazon Resource Name
   * (ARN).
   */
  default GetAtt attrConnectionFunctionArn() {
    return getAtt("ConnectionFunctionArn");
  }

  /** The {@code CreatedTime} attribute: The connection function created time. */
  default GetAtt attrCreatedTime() {
    return getAtt("CreatedTime");
  }

  /** The {@code ETag} attribute: A complex type that contains `Tag` key and `Tag` value. */
  default GetAtt attrETag() {
    return getAtt("ETag");
  }

  /** The {@code Id} attribute: The connection function ID. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /** The {@code LastModifiedTime} attribute: The connection function last modified time. */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** The {@code Stage} attribute: The connection function stage. */
  default GetAtt attrStage() {
    return getAtt("Stage");
  }

  /** The {@code Status} attribute: The connection function status. */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionFunction}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableConnectionFunction.Builder {

    public Builder autoPublish(boolean value) {
      autoPublish(Expr.of(value));
      return this;
    }

    public Builder connectionFunctionCode(String value) {
      connectionFunctionCode(Expr.of(value));
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
   * {@code AWS::CloudFront::ConnectionFunction.ConnectionFunctionConfig}: Contains configuration
   * information about a CloudFront function.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-connectionfunction-connectionfunctionconfig.html">AWS::CloudFront::ConnectionFunction.ConnectionFunctionConfig</a>
   */
  @Value.Immutable
  interface ConnectionFunctionConfig extends PropertyValue {

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

    /**
     * Builds a {@link ConnectionFunctionConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableConnectionFunction.ConnectionFunctionConfig.Builder {

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
   * {@code AWS::CloudFront::ConnectionFunction.KeyValueStoreAssociation}: The key value store
   * association.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-connectionfunction-keyvaluestoreassociation.html">AWS::CloudFront::ConnectionFunction.KeyValueStoreAssociation</a>
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
    final class Builder extends ImmutableConnectionFunction.KeyValueStoreAssociation.Builder {

      public Builder keyValueStoreARN(String value) {
        keyValueStoreARN(Expr.of(value));
        return this;
      }
    }
  }
}
