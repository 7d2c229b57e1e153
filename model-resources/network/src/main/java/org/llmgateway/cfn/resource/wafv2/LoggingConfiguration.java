// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.wafv2;

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
 * {@code AWS::WAFv2::LoggingConfiguration}: Defines an association between logging destinations and
 * a web ACL resource, for logging from AWS WAF . As part of the association, you can specify parts
 * of the standard logging fields to keep out of the logs and you can specify filters so that you
 * log only a subset of the logging records.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-loggingconfiguration.html">AWS::WAFv2::LoggingConfiguration</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface LoggingConfiguration extends Resource {

  String TYPE = "AWS::WAFv2::LoggingConfiguration";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. The logging destination configuration that you want to associate with the web ACL.
   */
  Expr logDestinationConfigs();

  /**
   * Filtering that specifies which web requests are kept in the logs and which are dropped. You can
   * filter on the rule action and on the web request labels that were applied by matching rules
   * during web ACL evaluation.
   */
  Optional<Expr> loggingFilter();

  /** The parts of the request that you want to keep out of the logs. */
  Optional<Expr> redactedFields();

  /**
   * Required. The Amazon Resource Name (ARN) of the web ACL that you want to associate with
   * `LogDestinationConfigs` .
   */
  Expr resourceArn();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("LogDestinationConfigs", logDestinationConfigs())
        .put("LoggingFilter", loggingFilter())
        .put("RedactedFields", redactedFields())
        .put("ResourceArn", resourceArn())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code ManagedByFirewallManager} attribute: Indicates whether the logging configuration was
   * created by AWS Firewall Manager , as part of an AWS WAF policy configuration. If true, only
   * Firewall Manager can modify or delete the configuration.
   */
  default GetAtt attrManagedByFirewallManager() {
    return getAtt("ManagedByFirewallManager");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LoggingConfiguration}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableLoggingConfiguration.Builder {

    public Builder logDestinationConfigs(List<? extends Expr> values) {
      logDestinationConfigs(Expr.list(values));
      return this;
    }

    public Builder logDestinationConfigs(String... values) {
      logDestinationConfigs(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder redactedFields(List<? extends Expr> values) {
      redactedFields(Expr.list(values));
      return this;
    }

    public Builder resourceArn(String value) {
      resourceArn(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.ActionCondition}: A single action condition for a
   * condition in a logging filter.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-actioncondition.html">AWS::WAFv2::LoggingConfiguration.ActionCondition</a>
   */
  @Value.Immutable
  interface ActionCondition extends PropertyValue {

    /**
     * Required. The action setting that a log record must contain in order to meet the condition.
     * This is the action that AWS WAF applied to the web request.
     */
    Expr action();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Action", action())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ActionCondition}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.ActionCondition.Builder {

      public Builder action(String value) {
        action(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.Condition}: A single match condition for a log filter.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-condition.html">AWS::WAFv2::LoggingConfiguration.Condition</a>
   */
  @Value.Immutable
  interface Condition extends PropertyValue {

    /**
     * A single action condition. This is the action setting that a log record must contain in order
     * to meet the condition.
     */
    Optional<Expr> actionCondition();

    /**
     * A single label name condition. This is the fully qualified label name that a log record must
     * contain in order to meet the condition. Fully qualified labels have a prefix, optional
     * namespaces, and label name. The prefix identifies the rule group or web ACL context of the
     * rule that added the label.
     */
    Optional<Expr> labelNameCondition();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ActionCondition", actionCondition())
          .put("LabelNameCondition", labelNameCondition())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Condition}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.Condition.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.FieldToMatch}: The parts of the request that you want
   * to keep out of the logs. This is used in the logging configuration `RedactedFields`
   * specification.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-fieldtomatch.html">AWS::WAFv2::LoggingConfiguration.FieldToMatch</a>
   */
  @Value.Immutable
  interface FieldToMatch extends PropertyValue {

    /** {@code JsonBody}. */
    Optional<Expr> jsonBody();

    /**
     * Redact the indicated HTTP method. The method indicates the type of operation that the request
     * is asking the origin to perform.
     */
    Optional<Expr> method();

    /**
     * Redact the query string. This is the part of a URL that appears after a `?` character, if
     * any.
     */
    Optional<Expr> queryString();

    /**
     * Redact a single header. Provide the name of the header to inspect, for example, `User-Agent`
     * or `Referer` . This setting isn't case sensitive.
     */
    Optional<Expr> singleHeader();

    /**
     * Redact the request URI path. This is the part of the web request that identifies a resource,
     * for example, `/images/daily-ad.jpg` .
     */
    Optional<Expr> uriPath();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("JsonBody", jsonBody())
          .put("Method", method())
          .put("QueryString", queryString())
          .put("SingleHeader", singleHeader())
          .put("UriPath", uriPath())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FieldToMatch}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.FieldToMatch.Builder {

      public Builder jsonBody(JsonNode value) {
        jsonBody(Expr.json(value));
        return this;
      }

      public Builder method(JsonNode value) {
        method(Expr.json(value));
        return this;
      }

      public Builder queryString(JsonNode value) {
        queryString(Expr.json(value));
        return this;
      }

      public Builder uriPath(JsonNode value) {
        uriPath(Expr.json(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.Filter}: A single logging filter, used in
   * `LoggingFilter` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-filter.html">AWS::WAFv2::LoggingConfiguration.Filter</a>
   */
  @Value.Immutable
  interface Filter extends PropertyValue {

    /** Values CloudFormation accepts for {@code Behavior}. */
    String BEHAVIOR_KEEP = "KEEP";
    String BEHAVIOR_DROP = "DROP";

    /** Values CloudFormation accepts for {@code Requirement}. */
    String REQUIREMENT_MEETS_ALL = "MEETS_ALL";
    String REQUIREMENT_MEETS_ANY = "MEETS_ANY";

    /** Required. How to handle logs that satisfy the filter's conditions and requirement. */
    Expr behavior();

    /** Required. Match conditions for the filter. */
    Expr conditions();

    /**
     * Required. Logic to apply to the filtering conditions. You can specify that, in order to
     * satisfy the filter, a log must match all conditions or must match at least one condition.
     */
    Expr requirement();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Behavior", behavior())
          .put("Conditions", conditions())
          .put("Requirement", requirement())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Filter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.Filter.Builder {

      public Builder behavior(String value) {
        behavior(Expr.of(value));
        return this;
      }

      public Builder conditions(List<? extends Expr> values) {
        conditions(Expr.list(values));
        return this;
      }

      public Builder requirement(String value) {
        requirement(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.JsonBody}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-jsonbody.html">AWS::WAFv2::LoggingConfiguration.JsonBody</a>
   */
  @Value.Immutable
  interface JsonBody extends PropertyValue {

    /** {@code InvalidFallbackBehavior}. */
    Optional<Expr> invalidFallbackBehavior();

    /** Required. {@code MatchPattern}. */
    Expr matchPattern();

    /** Required. {@code MatchScope}. */
    Expr matchScope();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("InvalidFallbackBehavior", invalidFallbackBehavior())
          .put("MatchPattern", matchPattern())
          .put("MatchScope", matchScope())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link JsonBody}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.JsonBody.Builder {

      public Builder invalidFallbackBehavior(String value) {
        invalidFallbackBehavior(Expr.of(value));
        return this;
      }

      public Builder matchScope(String value) {
        matchScope(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.LabelNameCondition}: A single label name condition for
   * a condition in a logging filter.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-labelnamecondition.html">AWS::WAFv2::LoggingConfiguration.LabelNameCondition</a>
   */
  @Value.Immutable
  interface LabelNameCondition extends PropertyValue {

    /**
     * Required. The label name that a log record must contain in order to meet the condition. This
     * must be a fully qualified label name. Fully qualified labels have a prefix, optional
     * namespaces, and label name. The prefix identifies the rule group or web ACL context of the
     * rule that added the label.
     */
    Expr labelName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LabelName", labelName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LabelNameCondition}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.LabelNameCondition.Builder {

      public Builder labelName(String value) {
        labelName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.LoggingFilter}: Filtering that specifies which web
   * requests are kept in the logs and which are dropped, defined for a web ACL's
   * `LoggingConfiguration` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-loggingfilter.html">AWS::WAFv2::LoggingConfiguration.LoggingFilter</a>
   */
  @Value.Immutable
  interface LoggingFilter extends PropertyValue {

    /**
     * Required. Default handling for logs that don't match any of the specified filtering
     * conditions.
     */
    Expr defaultBehavior();

    /** Required. The filters that you want to apply to the logs. */
    Expr filters();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DefaultBehavior", defaultBehavior())
          .put("Filters", filters())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LoggingFilter}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.LoggingFilter.Builder {

      public Builder defaultBehavior(String value) {
        defaultBehavior(Expr.of(value));
        return this;
      }

      public Builder filters(List<? extends Expr> values) {
        filters(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.MatchPattern}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-matchpattern.html">AWS::WAFv2::LoggingConfiguration.MatchPattern</a>
   */
  @Value.Immutable
  interface MatchPattern extends PropertyValue {

    /** {@code All}. */
    Optional<Expr> all();

    /** {@code IncludedPaths}. */
    Optional<Expr> includedPaths();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("All", all())
          .put("IncludedPaths", includedPaths())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MatchPattern}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.MatchPattern.Builder {

      public Builder all(JsonNode value) {
        all(Expr.json(value));
        return this;
      }

      public Builder includedPaths(List<? extends Expr> values) {
        includedPaths(Expr.list(values));
        return this;
      }

      public Builder includedPaths(String... values) {
        includedPaths(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::LoggingConfiguration.SingleHeader}: Inspect one of the headers in the web
   * request, identified by name, for example, `User-Agent` or `Referer` . The name isn't case
   * sensitive.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-loggingconfiguration-singleheader.html">AWS::WAFv2::LoggingConfiguration.SingleHeader</a>
   */
  @Value.Immutable
  interface SingleHeader extends PropertyValue {

    /** Required. The name of the query header to inspect. */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SingleHeader}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableLoggingConfiguration.SingleHeader.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }
}
