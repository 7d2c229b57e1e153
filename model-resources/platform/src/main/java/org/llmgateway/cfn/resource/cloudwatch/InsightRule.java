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
 * {@code AWS::CloudWatch::InsightRule}: Creates or updates a Contributor Insights rule. Rules
 * evaluate log events in a CloudWatch Logs log group, enabling you to find contributor data for the
 * log events in that log group. For more information, see [Using Contributor Insights to Analyze
 * High-Cardinality
 * Data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights.html) in
 * the *Amazon CloudWatch User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-insightrule.html">AWS::CloudWatch::InsightRule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface InsightRule extends Resource {

  String TYPE = "AWS::CloudWatch::InsightRule";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Determines whether the rules is evaluated on transformed versions of logs. Valid values are
   * `TRUE` and `FALSE` .
   */
  Optional<Expr> applyOnTransformedLogs();

  /**
   * Required. The definition of the rule, as a JSON object. For details about the syntax, see
   * [Contributor Insights Rule
   * Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights-RuleSyntax.html)
   * in the *Amazon CloudWatch User Guide* .
   */
  Expr ruleBody();

  /** Required. The name of the rule. */
  Expr ruleName();

  /** Required. The current state of the rule. Valid values are `ENABLED` and `DISABLED` . */
  Expr ruleState();

  /**
   * A list of key-value pairs to associate with the Contributor Insights rule. You can associate as
   * many as 50 tags with a rule.
   */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ApplyOnTransformedLogs", applyOnTransformedLogs())
        .put("RuleBody", ruleBody())
        .put("RuleName", ruleName())
        .put("RuleState", ruleState())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The ARN of the Contributor Insights rule, such as
   * `arn:aws:cloudwatch:us-west-2:123456789012:insight-rule/MyInsightRuleName` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code RuleName} attribute: The name of the Contributor Insights rule. */
  default GetAtt attrRuleName() {
    return getAtt("RuleName");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InsightRule}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableInsightRule.Builder {

    public Builder applyOnTransformedLogs(boolean value) {
      applyOnTransformedLogs(Expr.of(value));
      return this;
    }

    public Builder ruleBody(String value) {
      ruleBody(Expr.of(value));
      return this;
    }

    public Builder ruleName(String value) {
      ruleName(Expr.of(value));
      return this;
    }

    public Builder ruleState(String value) {
      ruleState(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
