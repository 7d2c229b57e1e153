// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.logs;

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
 * {@code AWS::Logs::QueryDefinition}: Creates a query definition for CloudWatch Logs Insights. For
 * more information, see [Analyzing Log Data with CloudWatch Logs
 * Insights](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-logs-querydefinition.html">AWS::Logs::QueryDefinition</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface QueryDefinition extends Resource {

  String TYPE = "AWS::Logs::QueryDefinition";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Use this parameter if you want the query to query only certain log groups. */
  Optional<Expr> logGroupNames();

  /** Required. A name for the query definition. */
  Expr name();

  /**
   * Use this parameter to include specific query parameters as part of your query definition. Query
   * parameters are supported only for Logs Insights QL queries. Query parameters allow you to use
   * placeholder variables in your query string that are substituted with values at execution time.
   * Use the {{parameterName}} syntax in your query string to reference a parameter.
   */
  Optional<Expr> parameters();

  /**
   * The query language used for this query. For more information about the query languages that
   * CloudWatch Logs supports, see [Supported query
   * languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html)
   * .
   */
  Optional<Expr> queryLanguage();

  /**
   * Required. The query string to use for this query definition. For more information, see
   * [CloudWatch Logs Insights Query
   * Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html) .
   */
  Expr queryString();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LogGroupNames", logGroupNames())
        .put("Name", name())
        .put("Parameters", parameters())
        .put("QueryLanguage", queryLanguage())
        .put("QueryString", queryString())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code QueryDefinitionId} attribute: The ID of the query definition. */
  default GetAtt attrQueryDefinitionId() {
    return getAtt("QueryDefinitionId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QueryDefinition}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableQueryDefinition.Builder {

    public Builder logGroupNames(List<? extends Expr> values) {
      logGroupNames(Expr.list(values));
      return this;
    }

    public Builder logGroupNames(String... values) {
      logGroupNames(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder parameters(List<? extends Expr> values) {
      parameters(Expr.list(values));
      return this;
    }

    public Builder queryLanguage(String value) {
      queryLanguage(Expr.of(value));
      return this;
    }

    public Builder queryString(String value) {
      queryString(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::Logs::QueryDefinition.QueryParameter}: This structure defines a query parameter for
   * a saved CloudWatch Logs Insights query definition. Query parameters are supported only for Logs
   * Insights QL queries. They are placeholder variables that you can reference in a query string
   * using the {{parameterName}} syntax. Each parameter can include a default value and a
   * description.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-logs-querydefinition-queryparameter.html">AWS::Logs::QueryDefinition.QueryParameter</a>
   */
  @Value.Immutable
  interface QueryParameter extends PropertyValue {

    /**
     * The default value to use for this query parameter if no value is supplied at execution time.
     */
    Optional<Expr> defaultValue();

    /** A description of the query parameter that explains its purpose or expected values. */
    Optional<Expr> description();

    /**
     * Required. The name of the query parameter. A query parameter name must start with a letter or
     * underscore, and contain only letters, digits, and underscores.
     */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DefaultValue", defaultValue())
          .put("Description", description())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link QueryParameter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableQueryDefinition.QueryParameter.Builder {

      public Builder defaultValue(String value) {
        defaultValue(Expr.of(value));
        return this;
      }

      public Builder description(String value) {
        description(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }
}
