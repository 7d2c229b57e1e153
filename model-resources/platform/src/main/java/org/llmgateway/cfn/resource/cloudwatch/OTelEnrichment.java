// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudwatch;

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
 * {@code AWS::CloudWatch::OTelEnrichment}: AWS::CloudWatch::OTelEnrichment enables OTel metric
 * enrichment in CloudWatch, allowing CloudWatch vended metrics to be available for PromQL querying
 * enriched with AWS resource tags and metadata.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-otelenrichment.html">AWS::CloudWatch::OTelEnrichment</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface OTelEnrichment extends Resource {

  String TYPE = "AWS::CloudWatch::OTelEnrichment";

  @Override
  default String resourceType() {
    return TYPE;
  }

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson().overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AccountId} attribute: The AWS account ID. This is the primary identifier for this
   * singleton resource.
   */
  default GetAtt attrAccountId() {
    return getAtt("AccountId");
  }

  /** The {@code Status} attribute: Current status of OTel enrichment (RUNNING or STOPPED). */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OTelEnrichment}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableOTelEnrichment.Builder {
  }
}
