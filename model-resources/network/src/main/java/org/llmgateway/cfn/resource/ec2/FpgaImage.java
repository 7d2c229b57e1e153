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
 * {@code AWS::EC2::FpgaImage}: Creates and manages an Amazon FPGA Image (AFI) from a design
 * checkpoint (DCP).
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-fpgaimage.html">AWS::EC2::FpgaImage</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface FpgaImage extends Resource {

  String TYPE = "AWS::EC2::FpgaImage";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A description for the AFI. */
  Optional<Expr> description();

  /** Describes a storage location in Amazon S3. */
  Optional<Expr> inputStorageLocation();

  /** Describes a storage location in Amazon S3. */
  Optional<Expr> logsStorageLocation();

  /** A name for the AFI. */
  Optional<Expr> name();

  /** The tags assigned to the FPGA image. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("InputStorageLocation", inputStorageLocation())
        .put("LogsStorageLocation", logsStorageLocation())
        .put("Name", name())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The ARN of the FPGA image. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code CreateTime} attribute: The date and time the AFI was created. */
  default GetAtt attrCreateTime() {
    return getAtt("CreateTime");
  }

  /**
   * The {@code DataRetentionSupport} attribute: Indicates whether data retention support is enabled
   * for the AFI.
   */
  default GetAtt attrDataRetentionSupport() {
    return getAtt("DataRetentionSupport");
  }

  /** The {@code FpgaImageGlobalId} attribute: The global FPGA image identifier (AGFI ID). */
  default GetAtt attrFpgaImageGlobalId() {
    return getAtt("FpgaImageGlobalId");
  }

  /** The {@code FpgaImageId} attribute: The FPGA image identifier (AFI ID). */
  default GetAtt attrFpgaImageId() {
    return getAtt("FpgaImageId");
  }

  /** The {@code OwnerId} attribute: The ID of the AWS account that owns the AFI. */
  default GetAtt attrOwnerId() {
    return getAtt("OwnerId");
  }

  /** The {@code Public} attribute: Indicates whether the AFI is public. */
  default GetAtt attrPublic() {
    return getAtt("Public");
  }

  /**
   * The {@code State} attribute: The state of the AFI (pending | available | failed | unavailable).
   */
  default GetAtt attrState() {
    return getAtt("State");
  }

  /** The {@code UpdateTime} attribute: The time of the most recent update to the AFI. */
  default GetAtt attrUpdateTime() {
    return getAtt("UpdateTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FpgaImage}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableFpgaImage.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
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
   * {@code AWS::EC2::FpgaImage.StorageLocation}: Describes a storage location in Amazon S3.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-fpgaimage-storagelocation.html">AWS::EC2::FpgaImage.StorageLocation</a>
   */
  @Value.Immutable
  interface StorageLocation extends PropertyValue {

    /** The name of the S3 bucket. */
    Optional<Expr> bucket();

    /** The key. */
    Optional<Expr> key();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Bucket", bucket())
          .put("Key", key())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link StorageLocation}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFpgaImage.StorageLocation.Builder {

      public Builder bucket(String value) {
        bucket(Expr.of(value));
        return this;
      }

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }
    }
  }
}
