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
 * {@code AWS::EC2::CapacityManagerDataExport}: Creates a new data export configuration for EC2
 * Capacity Manager. This allows you to automatically export capacity usage data to an S3 bucket on
 * a scheduled basis. The exported data includes metrics for On-Demand, Spot, and Capacity
 * Reservations usage across your organization.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-capacitymanagerdataexport.html">AWS::EC2::CapacityManagerDataExport</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CapacityManagerDataExport extends Resource {

  String TYPE = "AWS::EC2::CapacityManagerDataExport";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The file format of the exported data. */
  Expr outputFormat();

  /** Required. The name of the S3 bucket where export files are delivered. */
  Expr s3BucketName();

  /** The S3 key prefix used for organizing export files within the bucket. */
  Optional<Expr> s3BucketPrefix();

  /** Required. The frequency at which data exports are generated. */
  Expr schedule();

  /** The tags associated with the data export configuration. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("OutputFormat", outputFormat())
        .put("S3BucketName", s3BucketName())
        .put("S3BucketPrefix", s3BucketPrefix())
        .put("Schedule", schedule())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CapacityManagerDataExportId} attribute: The unique identifier for the data export
   * configuration.
   */
  default GetAtt attrCapacityManagerDataExportId() {
    return getAtt("CapacityManagerDataExportId");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CapacityManagerDataExport}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableCapacityManagerDataExport.Builder {

    public Builder outputFormat(String value) {
      outputFormat(Expr.of(value));
      return this;
    }

    public Builder s3BucketName(String value) {
      s3BucketName(Expr.of(value));
      return this;
    }

    public Builder s3BucketPrefix(String value) {
      s3BucketPrefix(Expr.of(value));
      return this;
    }

    public Builder schedule(String value) {
      schedule(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
