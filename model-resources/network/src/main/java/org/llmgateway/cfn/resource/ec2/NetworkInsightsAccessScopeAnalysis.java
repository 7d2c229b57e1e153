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
 * {@code AWS::EC2::NetworkInsightsAccessScopeAnalysis}: Describes a Network Access Scope analysis.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-networkinsightsaccessscopeanalysis.html">AWS::EC2::NetworkInsightsAccessScopeAnalysis</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface NetworkInsightsAccessScopeAnalysis extends Resource {

  String TYPE = "AWS::EC2::NetworkInsightsAccessScopeAnalysis";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ID of the Network Access Scope. */
  Expr networkInsightsAccessScopeId();

  /** The tags. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("NetworkInsightsAccessScopeId", networkInsightsAccessScopeId())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code AnalyzedEniCount} attribute: The number of network interfaces analyzed. */
  default GetAtt attrAnalyzedEniCount() {
    return getAtt("AnalyzedEniCount");
  }

  /** The {@code EndDate} attribute: The end date of the analysis. */
  default GetAtt attrEndDate() {
    return getAtt("EndDate");
  }

  /**
   * The {@code FindingsFound} attribute: Indicates whether there are findings (true | false |
   * unknown).
   */
  default GetAtt attrFindingsFound() {
    return getAtt("FindingsFound");
  }

  /**
   * The {@code NetworkInsightsAccessScopeAnalysisArn} attribute: The ARN of the Network Access
   * Scope analysis.
   */
  default GetAtt attrNetworkInsightsAccessScopeAnalysisArn() {
    return getAtt("NetworkInsightsAccessScopeAnalysisArn");
  }

  /**
   * The {@code NetworkInsightsAccessScopeAnalysisId} attribute: The ID of the Network Access Scope
   * analysis.
   */
  default GetAtt attrNetworkInsightsAccessScopeAnalysisId() {
    return getAtt("NetworkInsightsAccessScopeAnalysisId");
  }

  /** The {@code StartDate} attribute: The start date of the analysis. */
  default GetAtt attrStartDate() {
    return getAtt("StartDate");
  }

  /** The {@code Status} attribute: The status of the analysis (running | succeeded | failed). */
  default GetAtt attrStatus() {
    return getAtt("Status");
  }

  /** The {@code StatusMessage} attribute: The status message. */
  default GetAtt attrStatusMessage() {
    return getAtt("StatusMessage");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NetworkInsightsAccessScopeAnalysis}; every setter also takes an intrinsic
   * ({@code Expr}).
   */
  final class Builder extends ImmutableNetworkInsightsAccessScopeAnalysis.Builder {

    public Builder networkInsightsAccessScopeId(String value) {
      networkInsightsAccessScopeId(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
