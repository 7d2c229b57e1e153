// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.lambda;

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
 * {@code AWS::Lambda::LayerVersion}: The `AWS::Lambda::LayerVersion` resource creates a [Lambda
 * layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) from a ZIP
 * archive.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-layerversion.html">AWS::Lambda::LayerVersion</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LayerVersion extends Resource {

  String TYPE = "AWS::Lambda::LayerVersion";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A list of compatible [instruction set
   * architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html) .
   */
  Optional<Expr> compatibleArchitectures();

  /**
   * A list of compatible [function
   * runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) . Used for
   * filtering with [ListLayers](https://docs.aws.amazon.com/lambda/latest/dg/API_ListLayers.html)
   * and
   * [ListLayerVersions](https://docs.aws.amazon.com/lambda/latest/dg/API_ListLayerVersions.html) .
   */
  Optional<Expr> compatibleRuntimes();

  /** Required. The function layer archive. */
  Expr content();

  /** The description of the version. */
  Optional<Expr> description();

  /** The name or Amazon Resource Name (ARN) of the layer. */
  Optional<Expr> layerName();

  /** The layer's software license. It can be any of the following: */
  Optional<Expr> licenseInfo();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CompatibleArchitectures", compatibleArchitectures())
        .put("CompatibleRuntimes", compatibleRuntimes())
        .put("Content", content())
        .put("Description", description())
        .put("LayerName", layerName())
        .put("LicenseInfo", licenseInfo())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code LayerVersionArn} attribute: The ARN of the layer version. */
  default GetAtt attrLayerVersionArn() {
    return getAtt("LayerVersionArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LayerVersion}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLayerVersion.Builder {

    public Builder compatibleArchitectures(List<? extends Expr> values) {
      compatibleArchitectures(Expr.list(values));
      return this;
    }

    public Builder compatibleArchitectures(String... values) {
      compatibleArchitectures(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder compatibleRuntimes(List<? extends Expr> values) {
      compatibleRuntimes(Expr.list(values));
      return this;
    }

    public Builder compatibleRuntimes(String... values) {
      compatibleRuntimes(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder layerName(String value) {
      layerName(Expr.of(value));
      return this;
    }

    public Builder licenseInfo(String value) {
      licenseInfo(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::LayerVersion.Content}: A ZIP archive that contains the contents of an
   * [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-layerversion-content.html">AWS::Lambda::LayerVersion.Content</a>
   */
  @Value.Immutable
  interface Content extends PropertyValue {

    /** Required. The Amazon S3 bucket of the layer archive. */
    Expr s3Bucket();

    /** Required. The Amazon S3 key of the layer archive. */
    Expr s3Key();

    /**
     * Specifies whether Lambda should copy the deployment package to its internal storage (COPY) or
     * reference it directly from your S3 bucket (REFERENCE).
     */
    Optional<Expr> s3ObjectStorageMode();

    /** For versioned objects, the version of the layer archive object to use. */
    Optional<Expr> s3ObjectVersion();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("S3Bucket", s3Bucket())
          .put("S3Key", s3Key())
          .put("S3ObjectStorageMode", s3ObjectStorageMode())
          .put("S3ObjectVersion", s3ObjectVersion())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Content}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLayerVersion.Content.Builder {

      public Builder s3Bucket(String value) {
        s3Bucket(Expr.of(value));
        return this;
      }

      public Builder s3Key(String value) {
        s3Key(Expr.of(value));
        return this;
      }

      public Builder s3ObjectStorageMode(String value) {
        s3ObjectStorageMode(Expr.of(value));
        return this;
      }

      public Builder s3ObjectVersion(String value) {
        s3ObjectVersion(Expr.of(value));
        return this;
      }
    }
  }
}
