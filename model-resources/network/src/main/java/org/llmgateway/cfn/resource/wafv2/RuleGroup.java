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
 * {@code AWS::WAFv2::RuleGroup}: &gt; This is the latest version of *AWS WAF* , named AWS WAF V2,
 * released in November, 2019. For information, including how to migrate your AWS WAF resources from
 * the prior release, see the [AWS WAF developer
 * guide](https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-rulegroup.html">AWS::WAFv2::RuleGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RuleGroup extends Resource {

  String TYPE = "AWS::WAFv2::RuleGroup";

  /** Values CloudFormation accepts for {@code Scope}. */
  String SCOPE_CLOUDFRONT = "CLOUDFRONT";
  String SCOPE_REGIONAL = "REGIONAL";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The labels that one or more rules in this rule group add to matching web requests. These labels
   * are defined in the `RuleLabels` for a `Rule` .
   */
  Optional<Expr> availableLabels();

  /** Required. The web ACL capacity units (WCUs) required for this rule group. */
  Expr capacity();

  /**
   * The labels that one or more rules in this rule group match against in label match statements.
   * These labels are defined in a `LabelMatchStatement` specification, in the `Statement`
   * definition of a rule.
   */
  Optional<Expr> consumedLabels();

  /**
   * A map of custom response keys and content bodies. When you create a rule with a block action,
   * you can send a custom response to the web request. You define these for the rule group, and
   * then use them in the rules that you define in the rule group.
   */
  Optional<Expr> customResponseBodies();

  /** A description of the rule group that helps with identification. */
  Optional<Expr> description();

  /** Configures monetization for the web ACL or rule group. */
  Optional<Expr> monetizationConfig();

  /** The name of the rule group. You cannot change the name of a rule group after you create it. */
  Optional<Expr> name();

  /**
   * The rule statements used to identify the web requests that you want to allow, block, or count.
   * Each rule includes one top-level statement that AWS WAF uses to identify matching web requests,
   * and parameters that govern how AWS WAF handles them.
   */
  Optional<Expr> rules();

  /**
   * Required. Specifies whether this is for an Amazon CloudFront distribution or for a regional
   * application. For an AWS Amplify application, use `CLOUDFRONT` . A regional application can be
   * an Application Load Balancer (ALB), an REST API, an AWS AppSync GraphQL API, an Amazon Cognito
   * user pool, an AWS App Runner service, or an AWS Verified Access instance. Valid Values are
   * `CLOUDFRONT` and `REGIONAL` .
   */
  Expr scope();

  /**
   * Key:value pairs associated with an AWS resource. The key:value pair can be anything you define.
   * Typically, the tag key represents a category (such as "environment") and the tag value
   * represents a specific value within that category (such as "test," "development," or
   * "production"). You can add up to 50 tags to each AWS resource.
   */
  Optional<Expr> tags();

  /** Required. Defines and enables Amazon CloudWatch metrics and web request sample collection. */
  Expr visibilityConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AvailableLabels", availableLabels())
        .put("Capacity", capacity())
        .put("ConsumedLabels", consumedLabels())
        .put("CustomResponseBodies", customResponseBodies())
        .put("Description", description())
        .put("MonetizationConfig", monetizationConfig())
        .put("Name", name())
        .put("Rules", rules())
        .put("Scope", scope())
        .put("Tags", tags())
        .put("VisibilityConfig", visibilityConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the rule group. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Id} attribute: The ID of the rule group. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LabelNamespace} attribute: The label namespace prefix for this rule group. All
   * labels added by rules in this rule group have this prefix.
   */
  default GetAtt attrLabelNamespace() {
    return getAtt("LabelNamespace");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRuleGroup.Builder {

    public Builder availableLabels(List<? extends Expr> values) {
      availableLabels(Expr.list(values));
      return this;
    }

    public Builder capacity(long value) {
      capacity(Expr.of(value));
      return this;
    }

    public Builder consumedLabels(List<? extends Expr> values) {
      consumedLabels(Expr.list(values));
      return this;
    }

    public Builder customResponseBodies(Map<String, ? extends Expr> entries) {
      customResponseBodies(Expr.map(entries));
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

    public Builder rules(List<? extends Expr> values) {
      rules(Expr.list(values));
      return this;
    }

    public Builder scope(String value) {
      scope(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Allow}: Allow traffic towards application.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-allow.html">AWS::WAFv2::RuleGroup.Allow</a>
   */
  @Value.Immutable
  interface Allow extends PropertyValue {

    /** Custom request handling. */
    Optional<Expr> customRequestHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomRequestHandling", customRequestHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Allow}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Allow.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.AndStatement}: A logical rule statement used to combine other rule
   * statements with AND logic. You provide more than one `Statement` within the `AndStatement` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-andstatement.html">AWS::WAFv2::RuleGroup.AndStatement</a>
   */
  @Value.Immutable
  interface AndStatement extends PropertyValue {

    /**
     * Required. The statements to combine with AND logic. You can use any statements that can be
     * nested.
     */
    Expr statements();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Statements", statements())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AndStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.AndStatement.Builder {

      public Builder statements(List<? extends Expr> values) {
        statements(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.AsnMatchStatement}: A rule statement that inspects web traffic
   * based on the Autonomous System Number (ASN) associated with the request's IP address.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-asnmatchstatement.html">AWS::WAFv2::RuleGroup.AsnMatchStatement</a>
   */
  @Value.Immutable
  interface AsnMatchStatement extends PropertyValue {

    /**
     * Contains one or more Autonomous System Numbers (ASNs). ASNs are unique identifiers assigned
     * to large internet networks managed by organizations such as internet service providers,
     * enterprises, universities, or government agencies.
     */
    Optional<Expr> asnList();

    /**
     * The configuration for inspecting IP addresses to match against an ASN in an HTTP header that
     * you specify, instead of using the IP address that's reported by the web request origin.
     * Commonly, this is the X-Forwarded-For (XFF) header, but you can specify any header name.
     */
    Optional<Expr> forwardedIPConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AsnList", asnList())
          .put("ForwardedIPConfig", forwardedIPConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AsnMatchStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.AsnMatchStatement.Builder {

      public Builder asnList(List<? extends Expr> values) {
        asnList(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Block}: Block traffic towards application.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-block.html">AWS::WAFv2::RuleGroup.Block</a>
   */
  @Value.Immutable
  interface Block extends PropertyValue {

    /** Custom response. */
    Optional<Expr> customResponse();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomResponse", customResponse())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Block}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Block.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Body}: Inspect the body of the web request. The body immediately
   * follows the request headers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-body.html">AWS::WAFv2::RuleGroup.Body</a>
   */
  @Value.Immutable
  interface Body extends PropertyValue {

    /** Values CloudFormation accepts for {@code OversizeHandling}. */
    String OVERSIZE_HANDLING_CONTINUE = "CONTINUE";
    String OVERSIZE_HANDLING_MATCH = "MATCH";
    String OVERSIZE_HANDLING_NO_MATCH = "NO_MATCH";

    /** What AWS WAF should do if the body is larger than AWS WAF can inspect. */
    Optional<Expr> oversizeHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OversizeHandling", oversizeHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Body}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Body.Builder {

      public Builder oversizeHandling(String value) {
        oversizeHandling(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.ByteMatchStatement}: A rule statement that defines a string match
   * search for AWS WAF to apply to web requests. The byte match statement provides the bytes to
   * search for, the location in requests that you want AWS WAF to search, and other settings. The
   * bytes to search for are typically a string that corresponds with ASCII characters. In the AWS
   * WAF console and the developer guide, this is called a string match statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-bytematchstatement.html">AWS::WAFv2::RuleGroup.ByteMatchStatement</a>
   */
  @Value.Immutable
  interface ByteMatchStatement extends PropertyValue {

    /** Values CloudFormation accepts for {@code PositionalConstraint}. */
    String POSITIONAL_CONSTRAINT_EXACTLY = "EXACTLY";
    String POSITIONAL_CONSTRAINT_STARTS_WITH = "STARTS_WITH";
    String POSITIONAL_CONSTRAINT_ENDS_WITH = "ENDS_WITH";
    String POSITIONAL_CONSTRAINT_CONTAINS = "CONTAINS";
    String POSITIONAL_CONSTRAINT_CONTAINS_WORD = "CONTAINS_WORD";

    /** Required. The part of the web request that you want AWS WAF to inspect. */
    Expr fieldToMatch();

    /**
     * Required. The area within the portion of the web request that you want AWS WAF to search for
     * `SearchString` . Valid values include the following:
     */
    Expr positionalConstraint();

    /** {@code PreParseTextTransformations}. */
    Optional<Expr> preParseTextTransformations();

    /**
     * A string value that you want AWS WAF to search for. AWS WAF searches only in the part of web
     * requests that you designate for inspection in `FieldToMatch` . The maximum length of the
     * value is 200 bytes. For alphabetic characters A-Z and a-z, the value is case sensitive.
     */
    Optional<Expr> searchString();

    /**
     * String to search for in a web request component, base64-encoded. If you don't want to encode
     * the string, specify the unencoded value in `SearchString` instead.
     */
    Optional<Expr> searchStringBase64();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. If you specify one or more transformations in
     * a rule statement, AWS WAF performs all transformations on the content of the request
     * component identified by `FieldToMatch` , starting from the lowest priority setting, before
     * inspecting the content for a match.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FieldToMatch", fieldToMatch())
          .put("PositionalConstraint", positionalConstraint())
          .put("PreParseTextTransformations", preParseTextTransformations())
          .put("SearchString", searchString())
          .put("SearchStringBase64", searchStringBase64())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ByteMatchStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.ByteMatchStatement.Builder {

      public Builder positionalConstraint(String value) {
        positionalConstraint(Expr.of(value));
        return this;
      }

      public Builder preParseTextTransformations(List<? extends Expr> values) {
        preParseTextTransformations(Expr.list(values));
        return this;
      }

      public Builder searchString(String value) {
        searchString(Expr.of(value));
        return this;
      }

      public Builder searchStringBase64(String value) {
        searchStringBase64(Expr.of(value));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Captcha}: Checks valid token exists with request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-captcha.html">AWS::WAFv2::RuleGroup.Captcha</a>
   */
  @Value.Immutable
  interface Captcha extends PropertyValue {

    /** Custom request handling. */
    Optional<Expr> customRequestHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomRequestHandling", customRequestHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Captcha}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Captcha.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.CaptchaConfig}: Specifies how AWS WAF should handle `CAPTCHA`
   * evaluations. This is available at the web ACL level and in each rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-captchaconfig.html">AWS::WAFv2::RuleGroup.CaptchaConfig</a>
   */
  @Value.Immutable
  interface CaptchaConfig extends PropertyValue {

    /**
     * Determines how long a `CAPTCHA` timestamp in the token remains valid after the client
     * successfully solves a `CAPTCHA` puzzle.
     */
    Optional<Expr> immunityTimeProperty();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ImmunityTimeProperty", immunityTimeProperty())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CaptchaConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.CaptchaConfig.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Challenge}: Checks that the request has a valid token with an
   * unexpired challenge timestamp and, if not, returns a browser challenge to the client.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-challenge.html">AWS::WAFv2::RuleGroup.Challenge</a>
   */
  @Value.Immutable
  interface Challenge extends PropertyValue {

    /** Custom request handling. */
    Optional<Expr> customRequestHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomRequestHandling", customRequestHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Challenge}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Challenge.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.ChallengeConfig}: Specifies how AWS WAF should handle `Challenge`
   * evaluations. This is available at the web ACL level and in each rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-challengeconfig.html">AWS::WAFv2::RuleGroup.ChallengeConfig</a>
   */
  @Value.Immutable
  interface ChallengeConfig extends PropertyValue {

    /**
     * Determines how long a challenge timestamp in the token remains valid after the client
     * successfully responds to a challenge.
     */
    Optional<Expr> immunityTimeProperty();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ImmunityTimeProperty", immunityTimeProperty())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ChallengeConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.ChallengeConfig.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.CookieMatchPattern}: The filter to use to identify the subset of
   * cookies to inspect in a web request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-cookiematchpattern.html">AWS::WAFv2::RuleGroup.CookieMatchPattern</a>
   */
  @Value.Immutable
  interface CookieMatchPattern extends PropertyValue {

    /** Inspect all cookies. */
    Optional<Expr> all();

    /** Inspect only the cookies whose keys don't match any of the strings specified here. */
    Optional<Expr> excludedCookies();

    /** Inspect only the cookies that have a key that matches one of the strings specified here. */
    Optional<Expr> includedCookies();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("All", all())
          .put("ExcludedCookies", excludedCookies())
          .put("IncludedCookies", includedCookies())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CookieMatchPattern}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.CookieMatchPattern.Builder {

      public Builder all(JsonNode value) {
        all(Expr.json(value));
        return this;
      }

      public Builder excludedCookies(List<? extends Expr> values) {
        excludedCookies(Expr.list(values));
        return this;
      }

      public Builder excludedCookies(String... values) {
        excludedCookies(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder includedCookies(List<? extends Expr> values) {
        includedCookies(Expr.list(values));
        return this;
      }

      public Builder includedCookies(String... values) {
        includedCookies(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Cookies}: Inspect the cookies in the web request. You can specify
   * the parts of the cookies to inspect and you can narrow the set of cookies to inspect by
   * including or excluding specific keys.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-cookies.html">AWS::WAFv2::RuleGroup.Cookies</a>
   */
  @Value.Immutable
  interface Cookies extends PropertyValue {

    /** Values CloudFormation accepts for {@code MatchScope}. */
    String MATCH_SCOPE_ALL = "ALL";
    String MATCH_SCOPE_KEY = "KEY";
    String MATCH_SCOPE_VALUE = "VALUE";

    /** Values CloudFormation accepts for {@code OversizeHandling}. */
    String OVERSIZE_HANDLING_CONTINUE = "CONTINUE";
    String OVERSIZE_HANDLING_MATCH = "MATCH";
    String OVERSIZE_HANDLING_NO_MATCH = "NO_MATCH";

    /**
     * Required. The filter to use to identify the subset of cookies to inspect in a web request.
     */
    Expr matchPattern();

    /**
     * Required. The parts of the cookies to inspect with the rule inspection criteria. If you
     * specify `ALL` , AWS WAF inspects both keys and values.
     */
    Expr matchScope();

    /**
     * Required. What AWS WAF should do if the cookies of the request are more numerous or larger
     * than AWS WAF can inspect. AWS WAF does not support inspecting the entire contents of request
     * cookies when they exceed 8 KB (8192 bytes) or 200 total cookies. The underlying host service
     * forwards a maximum of 200 cookies and at most 8 KB of cookie contents to AWS WAF .
     */
    Expr oversizeHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MatchPattern", matchPattern())
          .put("MatchScope", matchScope())
          .put("OversizeHandling", oversizeHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Cookies}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Cookies.Builder {

      public Builder matchScope(String value) {
        matchScope(Expr.of(value));
        return this;
      }

      public Builder oversizeHandling(String value) {
        oversizeHandling(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Count}: Count traffic towards application.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-count.html">AWS::WAFv2::RuleGroup.Count</a>
   */
  @Value.Immutable
  interface Count extends PropertyValue {

    /** Custom request handling. */
    Optional<Expr> customRequestHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomRequestHandling", customRequestHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Count}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Count.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.CryptoConfig}: Configures cryptocurrency payment settings.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-cryptoconfig.html">AWS::WAFv2::RuleGroup.CryptoConfig</a>
   */
  @Value.Immutable
  interface CryptoConfig extends PropertyValue {

    /** Required. List of payment network configurations. */
    Expr paymentNetworks();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PaymentNetworks", paymentNetworks())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CryptoConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.CryptoConfig.Builder {

      public Builder paymentNetworks(List<? extends Expr> values) {
        paymentNetworks(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.CustomHTTPHeader}: A custom header for custom request and response
   * handling. This is used in `CustomResponse` and `CustomRequestHandling`
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-customhttpheader.html">AWS::WAFv2::RuleGroup.CustomHTTPHeader</a>
   */
  @Value.Immutable
  interface CustomHTTPHeader extends PropertyValue {

    /** Required. The name of the custom header. */
    Expr name();

    /** Required. The value of the custom header. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CustomHTTPHeader}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.CustomHTTPHeader.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.CustomRequestHandling}: Custom request handling behavior that
   * inserts custom headers into a web request. You can add custom request handling for AWS WAF to
   * use when the rule action doesn't block the request. For example, `CaptchaAction` for requests
   * with valid t okens, and `AllowAction` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-customrequesthandling.html">AWS::WAFv2::RuleGroup.CustomRequestHandling</a>
   */
  @Value.Immutable
  interface CustomRequestHandling extends PropertyValue {

    /**
     * Required. The HTTP headers to insert into the request. Duplicate header names are not
     * allowed.
     */
    Expr insertHeaders();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("InsertHeaders", insertHeaders())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CustomRequestHandling}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRuleGroup.CustomRequestHandling.Builder {

      public Builder insertHeaders(List<? extends Expr> values) {
        insertHeaders(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.CustomResponse}: A custom response to send to the client. You can
   * define a custom response for rule actions and default web ACL actions that are set to `Block` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-customresponse.html">AWS::WAFv2::RuleGroup.CustomResponse</a>
   */
  @Value.Immutable
  interface CustomResponse extends PropertyValue {

    /**
     * References the response body that you want AWS WAF to return to the web request client. You
     * can define a custom response for a rule action or a default web ACL action that is set to
     * block. To do this, you first define the response body key and value in the
     * `CustomResponseBodies` setting for the `WebACL` or `RuleGroup` where you want to use it.
     * Then, in the rule action or web ACL default action `BlockAction` setting, you reference the
     * response body using this key.
     */
    Optional<Expr> customResponseBodyKey();

    /** Required. The HTTP status code to return to the client. */
    Expr responseCode();

    /**
     * The HTTP headers to use in the response. You can specify any header name except for
     * `content-type` . Duplicate header names are not allowed.
     */
    Optional<Expr> responseHeaders();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomResponseBodyKey", customResponseBodyKey())
          .put("ResponseCode", responseCode())
          .put("ResponseHeaders", responseHeaders())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CustomResponse}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.CustomResponse.Builder {

      public Builder customResponseBodyKey(String value) {
        customResponseBodyKey(Expr.of(value));
        return this;
      }

      public Builder responseCode(long value) {
        responseCode(Expr.of(value));
        return this;
      }

      public Builder responseHeaders(List<? extends Expr> values) {
        responseHeaders(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.CustomResponseBody}: The response body to use in a custom response
   * to a web request. This is referenced by key from `CustomResponse` `CustomResponseBodyKey` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-customresponsebody.html">AWS::WAFv2::RuleGroup.CustomResponseBody</a>
   */
  @Value.Immutable
  interface CustomResponseBody extends PropertyValue {

    /** Values CloudFormation accepts for {@code ContentType}. */
    String CONTENT_TYPE_TEXT_PLAIN = "TEXT_PLAIN";
    String CONTENT_TYPE_TEXT_HTML = "TEXT_HTML";
    String CONTENT_TYPE_APPLICATION_JSON = "APPLICATION_JSON";

    /** Required. The payload of the custom response. */
    Expr content();

    /**
     * Required. The type of content in the payload that you are defining in the `Content` string.
     */
    Expr contentType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Content", content())
          .put("ContentType", contentType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link CustomResponseBody}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.CustomResponseBody.Builder {

      public Builder content(String value) {
        content(Expr.of(value));
        return this;
      }

      public Builder contentType(String value) {
        contentType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.FieldToMatch}: Specifies a web request component to be used in a
   * rule match statement or in a logging configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-fieldtomatch.html">AWS::WAFv2::RuleGroup.FieldToMatch</a>
   */
  @Value.Immutable
  interface FieldToMatch extends PropertyValue {

    /** Inspect all query arguments. */
    Optional<Expr> allQueryArguments();

    /**
     * Inspect the request body as plain text. The request body immediately follows the request
     * headers. This is the part of a request that contains any additional data that you want to
     * send to your web server as the HTTP request body, such as data from a form.
     */
    Optional<Expr> body();

    /**
     * Inspect the request cookies. You must configure scope and pattern matching filters in the
     * `Cookies` object, to define the set of cookies and the parts of the cookies that AWS WAF
     * inspects.
     */
    Optional<Expr> cookies();

    /**
     * The string containing the list of a web request's header names, ordered as they appear in the
     * web request, separated by colons.
     */
    Optional<Expr> headerOrder();

    /**
     * Inspect the request headers. You must configure scope and pattern matching filters in the
     * `Headers` object, to define the set of headers to and the parts of the headers that AWS WAF
     * inspects.
     */
    Optional<Expr> headers();

    /**
     * Available for use with Amazon CloudFront distributions and Application Load Balancers. Match
     * against the request's JA3 fingerprint. The JA3 fingerprint is a 32-character hash derived
     * from the TLS Client Hello of an incoming request. This fingerprint serves as a unique
     * identifier for the client's TLS configuration. AWS WAF calculates and logs this fingerprint
     * for each request that has enough TLS Client Hello information for the calculation. Almost all
     * web requests include this information.
     */
    Optional<Expr> ja3Fingerprint();

    /**
     * Available for use with Amazon CloudFront distributions and Application Load Balancers. Match
     * against the request's JA4 fingerprint. The JA4 fingerprint is a 36-character hash derived
     * from the TLS Client Hello of an incoming request. This fingerprint serves as a unique
     * identifier for the client's TLS configuration. AWS WAF calculates and logs this fingerprint
     * for each request that has enough TLS Client Hello information for the calculation. Almost all
     * web requests include this information.
     */
    Optional<Expr> ja4Fingerprint();

    /**
     * Inspect the request body as JSON. The request body immediately follows the request headers.
     * This is the part of a request that contains any additional data that you want to send to your
     * web server as the HTTP request body, such as data from a form.
     */
    Optional<Expr> jsonBody();

    /**
     * Inspect the HTTP method. The method indicates the type of operation that the request is
     * asking the origin to perform.
     */
    Optional<Expr> method();

    /**
     * Inspect the query string. This is the part of a URL that appears after a `?` character, if
     * any.
     */
    Optional<Expr> queryString();

    /**
     * Inspect a single header. Provide the name of the header to inspect, for example, `User-Agent`
     * or `Referer` . This setting isn't case sensitive.
     */
    Optional<Expr> singleHeader();

    /**
     * Inspect a single query argument. Provide the name of the query argument to inspect, such as
     * *UserName* or *SalesRegion* . The name can be up to 30 characters long and isn't case
     * sensitive.
     */
    Optional<Expr> singleQueryArgument();

    /**
     * Inspect fragments of the request URI. You must configure scope and pattern matching filters
     * in the `UriFragment` object, to define the fragment of a URI that AWS WAF inspects.
     */
    Optional<Expr> uriFragment();

    /**
     * Inspect the request URI path. This is the part of the web request that identifies a resource,
     * for example, `/images/daily-ad.jpg` .
     */
    Optional<Expr> uriPath();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AllQueryArguments", allQueryArguments())
          .put("Body", body())
          .put("Cookies", cookies())
          .put("HeaderOrder", headerOrder())
          .put("Headers", headers())
          .put("JA3Fingerprint", ja3Fingerprint())
          .put("JA4Fingerprint", ja4Fingerprint())
          .put("JsonBody", jsonBody())
          .put("Method", method())
          .put("QueryString", queryString())
          .put("SingleHeader", singleHeader())
          .put("SingleQueryArgument", singleQueryArgument())
          .put("UriFragment", uriFragment())
          .put("UriPath", uriPath())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FieldToMatch}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.FieldToMatch.Builder {

      public Builder allQueryArguments(JsonNode value) {
        allQueryArguments(Expr.json(value));
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
   * {@code AWS::WAFv2::RuleGroup.ForwardedIPConfiguration}: The configuration for inspecting IP
   * addresses in an HTTP header that you specify, instead of using the IP address that's reported
   * by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can
   * specify any header name.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-forwardedipconfiguration.html">AWS::WAFv2::RuleGroup.ForwardedIPConfiguration</a>
   */
  @Value.Immutable
  interface ForwardedIPConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code FallbackBehavior}. */
    String FALLBACK_BEHAVIOR_MATCH = "MATCH";
    String FALLBACK_BEHAVIOR_NO_MATCH = "NO_MATCH";

    /**
     * Required. The match status to assign to the web request if the request doesn't have a valid
     * IP address in the specified position.
     */
    Expr fallbackBehavior();

    /**
     * Required. The name of the HTTP header to use for the IP address. For example, to use the
     * X-Forwarded-For (XFF) header, set this to `X-Forwarded-For` .
     */
    Expr headerName();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FallbackBehavior", fallbackBehavior())
          .put("HeaderName", headerName())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ForwardedIPConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.ForwardedIPConfiguration.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }

      public Builder headerName(String value) {
        headerName(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.GeoMatchStatement}: A rule statement that labels web requests by
   * country and region and that matches against web requests based on country code. A geo match
   * rule labels every request that it inspects regardless of whether it finds a match.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-geomatchstatement.html">AWS::WAFv2::RuleGroup.GeoMatchStatement</a>
   */
  @Value.Immutable
  interface GeoMatchStatement extends PropertyValue {

    /**
     * An array of two-character country codes that you want to match against, for example, `[ "US",
     * "CN" ]` , from the alpha-2 country ISO codes of the ISO 3166 international standard.
     */
    Optional<Expr> countryCodes();

    /**
     * The configuration for inspecting IP addresses in an HTTP header that you specify, instead of
     * using the IP address that's reported by the web request origin. Commonly, this is the
     * X-Forwarded-For (XFF) header, but you can specify any header name.
     */
    Optional<Expr> forwardedIPConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CountryCodes", countryCodes())
          .put("ForwardedIPConfig", forwardedIPConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link GeoMatchStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.GeoMatchStatement.Builder {

      public Builder countryCodes(List<? extends Expr> values) {
        countryCodes(Expr.list(values));
        return this;
      }

      public Builder countryCodes(String... values) {
        countryCodes(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.HeaderMatchPattern}: The filter to use to identify the subset of
   * headers to inspect in a web request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-headermatchpattern.html">AWS::WAFv2::RuleGroup.HeaderMatchPattern</a>
   */
  @Value.Immutable
  interface HeaderMatchPattern extends PropertyValue {

    /** Inspect all headers. */
    Optional<Expr> all();

    /** Inspect only the headers whose keys don't match any of the strings specified here. */
    Optional<Expr> excludedHeaders();

    /** Inspect only the headers that have a key that matches one of the strings specified here. */
    Optional<Expr> includedHeaders();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("All", all())
          .put("ExcludedHeaders", excludedHeaders())
          .put("IncludedHeaders", includedHeaders())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HeaderMatchPattern}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.HeaderMatchPattern.Builder {

      public Builder all(JsonNode value) {
        all(Expr.json(value));
        return this;
      }

      public Builder excludedHeaders(List<? extends Expr> values) {
        excludedHeaders(Expr.list(values));
        return this;
      }

      public Builder excludedHeaders(String... values) {
        excludedHeaders(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder includedHeaders(List<? extends Expr> values) {
        includedHeaders(Expr.list(values));
        return this;
      }

      public Builder includedHeaders(String... values) {
        includedHeaders(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.HeaderOrder}: The string containing the list of a web request's
   * header names, ordered as they appear in the web request, separated by colons.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-headerorder.html">AWS::WAFv2::RuleGroup.HeaderOrder</a>
   */
  @Value.Immutable
  interface HeaderOrder extends PropertyValue {

    /** Required. Handling of requests containing oversize fields */
    Expr oversizeHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("OversizeHandling", oversizeHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link HeaderOrder}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.HeaderOrder.Builder {

      public Builder oversizeHandling(String value) {
        oversizeHandling(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Headers}: Inspect all headers in the web request. You can specify
   * the parts of the headers to inspect and you can narrow the set of headers to inspect by
   * including or excluding specific keys.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-headers.html">AWS::WAFv2::RuleGroup.Headers</a>
   */
  @Value.Immutable
  interface Headers extends PropertyValue {

    /** Values CloudFormation accepts for {@code MatchScope}. */
    String MATCH_SCOPE_ALL = "ALL";
    String MATCH_SCOPE_KEY = "KEY";
    String MATCH_SCOPE_VALUE = "VALUE";

    /** Values CloudFormation accepts for {@code OversizeHandling}. */
    String OVERSIZE_HANDLING_CONTINUE = "CONTINUE";
    String OVERSIZE_HANDLING_MATCH = "MATCH";
    String OVERSIZE_HANDLING_NO_MATCH = "NO_MATCH";

    /**
     * Required. The filter to use to identify the subset of headers to inspect in a web request.
     */
    Expr matchPattern();

    /**
     * Required. The parts of the headers to match with the rule inspection criteria. If you specify
     * `ALL` , AWS WAF inspects both keys and values.
     */
    Expr matchScope();

    /**
     * Required. What AWS WAF should do if the headers determined by your match scope are more
     * numerous or larger than AWS WAF can inspect. AWS WAF does not support inspecting the entire
     * contents of request headers when they exceed 8 KB (8192 bytes) or 200 total headers. The
     * underlying host service forwards a maximum of 200 headers and at most 8 KB of header contents
     * to AWS WAF .
     */
    Expr oversizeHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("MatchPattern", matchPattern())
          .put("MatchScope", matchScope())
          .put("OversizeHandling", oversizeHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Headers}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Headers.Builder {

      public Builder matchScope(String value) {
        matchScope(Expr.of(value));
        return this;
      }

      public Builder oversizeHandling(String value) {
        oversizeHandling(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.IPSetForwardedIPConfiguration}: The configuration for inspecting
   * IP addresses in an HTTP header that you specify, instead of using the IP address that's
   * reported by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you
   * can specify any header name.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ipsetforwardedipconfiguration.html">AWS::WAFv2::RuleGroup.IPSetForwardedIPConfiguration</a>
   */
  @Value.Immutable
  interface IPSetForwardedIPConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code FallbackBehavior}. */
    String FALLBACK_BEHAVIOR_MATCH = "MATCH";
    String FALLBACK_BEHAVIOR_NO_MATCH = "NO_MATCH";

    /** Values CloudFormation accepts for {@code Position}. */
    String POSITION_FIRST = "FIRST";
    String POSITION_LAST = "LAST";
    String POSITION_ANY = "ANY";

    /**
     * Required. The match status to assign to the web request if the request doesn't have a valid
     * IP address in the specified position.
     */
    Expr fallbackBehavior();

    /**
     * Required. The name of the HTTP header to use for the IP address. For example, to use the
     * X-Forwarded-For (XFF) header, set this to `X-Forwarded-For` .
     */
    Expr headerName();

    /**
     * Required. The position in the header to search for the IP address. The header can contain IP
     * addresses of the original client and also of proxies. For example, the header value could be
     * `10.1.1.1, 127.0.0.0, 10.10.10.10` where the first IP address identifies the original client
     * and the rest identify proxies that the request went through.
     */
    Expr position();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FallbackBehavior", fallbackBehavior())
          .put("HeaderName", headerName())
          .put("Position", position())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IPSetForwardedIPConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.IPSetForwardedIPConfiguration.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }

      public Builder headerName(String value) {
        headerName(Expr.of(value));
        return this;
      }

      public Builder position(String value) {
        position(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.IPSetReferenceStatement}: A rule statement used to detect web
   * requests coming from particular IP addresses or address ranges. To use this, create an `IPSet`
   * that specifies the addresses you want to detect, then use the ARN of that set in this
   * statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ipsetreferencestatement.html">AWS::WAFv2::RuleGroup.IPSetReferenceStatement</a>
   */
  @Value.Immutable
  interface IPSetReferenceStatement extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the `IPSet` that this statement references. */
    Expr arn();

    /**
     * The configuration for inspecting IP addresses in an HTTP header that you specify, instead of
     * using the IP address that's reported by the web request origin. Commonly, this is the
     * X-Forwarded-For (XFF) header, but you can specify any header name.
     */
    Optional<Expr> ipSetForwardedIPConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .put("IPSetForwardedIPConfig", ipSetForwardedIPConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link IPSetReferenceStatement}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.IPSetReferenceStatement.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.ImmunityTimeProperty}: Used for CAPTCHA and challenge token
   * settings. Determines how long a `CAPTCHA` or challenge timestamp remains valid after AWS WAF
   * updates it for a successful `CAPTCHA` or challenge response.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-immunitytimeproperty.html">AWS::WAFv2::RuleGroup.ImmunityTimeProperty</a>
   */
  @Value.Immutable
  interface ImmunityTimeProperty extends PropertyValue {

    /**
     * Required. The amount of time, in seconds, that a `CAPTCHA` or challenge timestamp is
     * considered valid by AWS WAF . The default setting is 300.
     */
    Expr immunityTime();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ImmunityTime", immunityTime())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ImmunityTimeProperty}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRuleGroup.ImmunityTimeProperty.Builder {

      public Builder immunityTime(long value) {
        immunityTime(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.JA3Fingerprint}: Available for use with Amazon CloudFront
   * distributions and Application Load Balancers. Match against the request's JA3 fingerprint. The
   * JA3 fingerprint is a 32-character hash derived from the TLS Client Hello of an incoming
   * request. This fingerprint serves as a unique identifier for the client's TLS configuration. AWS
   * WAF calculates and logs this fingerprint for each request that has enough TLS Client Hello
   * information for the calculation. Almost all web requests include this information.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ja3fingerprint.html">AWS::WAFv2::RuleGroup.JA3Fingerprint</a>
   */
  @Value.Immutable
  interface JA3Fingerprint extends PropertyValue {

    /** Values CloudFormation accepts for {@code FallbackBehavior}. */
    String FALLBACK_BEHAVIOR_MATCH = "MATCH";
    String FALLBACK_BEHAVIOR_NO_MATCH = "NO_MATCH";

    /**
     * Required. The match status to assign to the web request if the request doesn't have a JA3
     * fingerprint.
     */
    Expr fallbackBehavior();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FallbackBehavior", fallbackBehavior())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link JA3Fingerprint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.JA3Fingerprint.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.JA4Fingerprint}: Available for use with Amazon CloudFront
   * distributions and Application Load Balancers. Match against the request's JA4 fingerprint. The
   * JA4 fingerprint is a 36-character hash derived from the TLS Client Hello of an incoming
   * request. This fingerprint serves as a unique identifier for the client's TLS configuration. AWS
   * WAF calculates and logs this fingerprint for each request that has enough TLS Client Hello
   * information for the calculation. Almost all web requests include this information.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ja4fingerprint.html">AWS::WAFv2::RuleGroup.JA4Fingerprint</a>
   */
  @Value.Immutable
  interface JA4Fingerprint extends PropertyValue {

    /**
     * Required. The match status to assign to the web request if the request doesn't have a JA4
     * fingerprint.
     */
    Expr fallbackBehavior();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FallbackBehavior", fallbackBehavior())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link JA4Fingerprint}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.JA4Fingerprint.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.JsonBody}: Inspect the body of the web request as JSON. The body
   * immediately follows the request headers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-jsonbody.html">AWS::WAFv2::RuleGroup.JsonBody</a>
   */
  @Value.Immutable
  interface JsonBody extends PropertyValue {

    /** Values CloudFormation accepts for {@code InvalidFallbackBehavior}. */
    String INVALID_FALLBACK_BEHAVIOR_MATCH = "MATCH";
    String INVALID_FALLBACK_BEHAVIOR_NO_MATCH = "NO_MATCH";
    String INVALID_FALLBACK_BEHAVIOR_EVALUATE_AS_STRING = "EVALUATE_AS_STRING";

    /** Values CloudFormation accepts for {@code MatchScope}. */
    String MATCH_SCOPE_ALL = "ALL";
    String MATCH_SCOPE_KEY = "KEY";
    String MATCH_SCOPE_VALUE = "VALUE";

    /** Values CloudFormation accepts for {@code OversizeHandling}. */
    String OVERSIZE_HANDLING_CONTINUE = "CONTINUE";
    String OVERSIZE_HANDLING_MATCH = "MATCH";
    String OVERSIZE_HANDLING_NO_MATCH = "NO_MATCH";

    /**
     * What AWS WAF should do if it fails to completely parse the JSON body. The options are the
     * following:
     */
    Optional<Expr> invalidFallbackBehavior();

    /**
     * Required. The patterns to look for in the JSON body. AWS WAF inspects the results of these
     * pattern matches against the rule inspection criteria.
     */
    Expr matchPattern();

    /**
     * Required. The parts of the JSON to match against using the `MatchPattern` . If you specify
     * `ALL` , AWS WAF matches against keys and values.
     */
    Expr matchScope();

    /** What AWS WAF should do if the body is larger than AWS WAF can inspect. */
    Optional<Expr> oversizeHandling();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("InvalidFallbackBehavior", invalidFallbackBehavior())
          .put("MatchPattern", matchPattern())
          .put("MatchScope", matchScope())
          .put("OversizeHandling", oversizeHandling())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link JsonBody}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.JsonBody.Builder {

      public Builder invalidFallbackBehavior(String value) {
        invalidFallbackBehavior(Expr.of(value));
        return this;
      }

      public Builder matchScope(String value) {
        matchScope(Expr.of(value));
        return this;
      }

      public Builder oversizeHandling(String value) {
        oversizeHandling(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.JsonMatchPattern}: The patterns to look for in the JSON body. AWS
   * WAF inspects the results of these pattern matches against the rule inspection criteria. This is
   * used with the `FieldToMatch` option `JsonBody` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-jsonmatchpattern.html">AWS::WAFv2::RuleGroup.JsonMatchPattern</a>
   */
  @Value.Immutable
  interface JsonMatchPattern extends PropertyValue {

    /**
     * Match all of the elements. See also `MatchScope` in the `JsonBody` `FieldToMatch`
     * specification.
     */
    Optional<Expr> all();

    /**
     * Match only the specified include paths. See also `MatchScope` in the `JsonBody`
     * `FieldToMatch` specification.
     */
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

    /** Builds a {@link JsonMatchPattern}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.JsonMatchPattern.Builder {

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
   * {@code AWS::WAFv2::RuleGroup.Label}: A single label container. This is used as an element of a
   * label array in `RuleLabels` inside a rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-label.html">AWS::WAFv2::RuleGroup.Label</a>
   */
  @Value.Immutable
  interface Label extends PropertyValue {

    /** Required. The label string. */
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

    /** Builds a {@link Label}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Label.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.LabelMatchStatement}: A rule statement to match against labels
   * that have been added to the web request by rules that have already run in the web ACL.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-labelmatchstatement.html">AWS::WAFv2::RuleGroup.LabelMatchStatement</a>
   */
  @Value.Immutable
  interface LabelMatchStatement extends PropertyValue {

    /** Values CloudFormation accepts for {@code Scope}. */
    String SCOPE_LABEL = "LABEL";
    String SCOPE_NAMESPACE = "NAMESPACE";

    /**
     * Required. The string to match against. The setting you provide for this depends on the match
     * statement's `Scope` setting:
     */
    Expr key();

    /** Required. Specify whether you want to match using the label name or just the namespace. */
    Expr scope();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Scope", scope())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link LabelMatchStatement}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRuleGroup.LabelMatchStatement.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder scope(String value) {
        scope(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.LabelSummary}: List of labels used by one or more of the rules of
   * a `RuleGroup` . This summary object is used for the following rule group lists:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-labelsummary.html">AWS::WAFv2::RuleGroup.LabelSummary</a>
   */
  @Value.Immutable
  interface LabelSummary extends PropertyValue {

    /** An individual label specification. */
    Optional<Expr> name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LabelSummary}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.LabelSummary.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.MonetizationConfig}: Configures monetization for the web ACL or
   * rule group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-monetizationconfig.html">AWS::WAFv2::RuleGroup.MonetizationConfig</a>
   */
  @Value.Immutable
  interface MonetizationConfig extends PropertyValue {

    /** Configures cryptocurrency payment settings. */
    Optional<Expr> cryptoConfig();

    /**
     * The currency mode for monetization. Use REAL for production payments and TEST for testing
     * with testnet currencies.
     */
    Optional<Expr> currencyMode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CryptoConfig", cryptoConfig())
          .put("CurrencyMode", currencyMode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MonetizationConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.MonetizationConfig.Builder {

      public Builder currencyMode(String value) {
        currencyMode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.MonetizeAction}: Monetize action for rules.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-monetizeaction.html">AWS::WAFv2::RuleGroup.MonetizeAction</a>
   */
  @Value.Immutable
  interface MonetizeAction extends PropertyValue {

    /** The price multiplier for the monetize action. */
    Optional<Expr> priceMultiplier();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PriceMultiplier", priceMultiplier())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link MonetizeAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.MonetizeAction.Builder {

      public Builder priceMultiplier(String value) {
        priceMultiplier(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.NotStatement}: A logical rule statement used to negate the results
   * of another rule statement. You provide one `Statement` within the `NotStatement` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-notstatement.html">AWS::WAFv2::RuleGroup.NotStatement</a>
   */
  @Value.Immutable
  interface NotStatement extends PropertyValue {

    /** Required. The statement to negate. You can use any statement that can be nested. */
    Expr statement();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Statement", statement())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link NotStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.NotStatement.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.OrStatement}: A logical rule statement used to combine other rule
   * statements with OR logic. You provide more than one `Statement` within the `OrStatement` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-orstatement.html">AWS::WAFv2::RuleGroup.OrStatement</a>
   */
  @Value.Immutable
  interface OrStatement extends PropertyValue {

    /**
     * Required. The statements to combine with OR logic. You can use any statements that can be
     * nested.
     */
    Expr statements();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Statements", statements())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OrStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.OrStatement.Builder {

      public Builder statements(List<? extends Expr> values) {
        statements(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.PaymentNetwork}: Configuration for a single payment network.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-paymentnetwork.html">AWS::WAFv2::RuleGroup.PaymentNetwork</a>
   */
  @Value.Immutable
  interface PaymentNetwork extends PropertyValue {

    /** Required. The blockchain chain to use. */
    Expr chain();

    /** Required. List of price configurations. */
    Expr prices();

    /** Required. The wallet address for receiving payments. */
    Expr walletAddress();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Chain", chain())
          .put("Prices", prices())
          .put("WalletAddress", walletAddress())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PaymentNetwork}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.PaymentNetwork.Builder {

      public Builder chain(String value) {
        chain(Expr.of(value));
        return this;
      }

      public Builder prices(List<? extends Expr> values) {
        prices(Expr.list(values));
        return this;
      }

      public Builder walletAddress(String value) {
        walletAddress(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.PreParseTextTransformation}: Text Transformation applied before
   * parsing the query string.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-preparsetexttransformation.html">AWS::WAFv2::RuleGroup.PreParseTextTransformation</a>
   */
  @Value.Immutable
  interface PreParseTextTransformation extends PropertyValue {

    /** Required. Priority of PreParseTextTransformation being applied. */
    Expr priority();

    /** Required. Type of pre-parse text transformation. */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Priority", priority())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link PreParseTextTransformation}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.PreParseTextTransformation.Builder {

      public Builder priority(long value) {
        priority(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Price}: A price configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-price.html">AWS::WAFv2::RuleGroup.Price</a>
   */
  @Value.Immutable
  interface Price extends PropertyValue {

    /** Required. The price amount. */
    Expr amount();

    /** Required. The cryptocurrency to use for payment. */
    Expr currency();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Amount", amount())
          .put("Currency", currency())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Price}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Price.Builder {

      public Builder amount(String value) {
        amount(Expr.of(value));
        return this;
      }

      public Builder currency(String value) {
        currency(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateBasedStatement}: A rate-based rule counts incoming requests
   * and rate limits requests when they are coming at too fast a rate. The rule categorizes requests
   * according to your aggregation criteria, collects them into aggregation instances, and counts
   * and rate limits the requests for each instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratebasedstatement.html">AWS::WAFv2::RuleGroup.RateBasedStatement</a>
   */
  @Value.Immutable
  interface RateBasedStatement extends PropertyValue {

    /** Values CloudFormation accepts for {@code AggregateKeyType}. */
    String AGGREGATE_KEY_TYPE_IP = "IP";
    String AGGREGATE_KEY_TYPE_FORWARDED_IP = "FORWARDED_IP";
    String AGGREGATE_KEY_TYPE_CONSTANT = "CONSTANT";
    String AGGREGATE_KEY_TYPE_CUSTOM_KEYS = "CUSTOM_KEYS";

    /** Required. Setting that indicates how to aggregate the request counts. */
    Expr aggregateKeyType();

    /** Specifies the aggregate keys to use in a rate-base rule. */
    Optional<Expr> customKeys();

    /**
     * The amount of time, in seconds, that AWS WAF should include in its request counts, looking
     * back from the current time. For example, for a setting of 120, when AWS WAF checks the rate,
     * it counts the requests for the 2 minutes immediately preceding the current time. Valid
     * settings are 60, 120, 300, and 600.
     */
    Optional<Expr> evaluationWindowSec();

    /**
     * The configuration for inspecting IP addresses in an HTTP header that you specify, instead of
     * using the IP address that's reported by the web request origin. Commonly, this is the
     * X-Forwarded-For (XFF) header, but you can specify any header name.
     */
    Optional<Expr> forwardedIPConfig();

    /**
     * Required. The limit on requests during the specified evaluation window for a single
     * aggregation instance for the rate-based rule. If the rate-based statement includes a
     * `ScopeDownStatement` , this limit is applied only to the requests that match the statement.
     */
    Expr limit();

    /**
     * An optional nested statement that narrows the scope of the web requests that are evaluated
     * and managed by the rate-based statement. When you use a scope-down statement, the rate-based
     * rule only tracks and rate limits requests that match the scope-down statement. You can use
     * any nestable `Statement` in the scope-down statement, and you can nest statements at any
     * level, the same as you can for a rule statement.
     */
    Optional<Expr> scopeDownStatement();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AggregateKeyType", aggregateKeyType())
          .put("CustomKeys", customKeys())
          .put("EvaluationWindowSec", evaluationWindowSec())
          .put("ForwardedIPConfig", forwardedIPConfig())
          .put("Limit", limit())
          .put("ScopeDownStatement", scopeDownStatement())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RateBasedStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.RateBasedStatement.Builder {

      public Builder aggregateKeyType(String value) {
        aggregateKeyType(Expr.of(value));
        return this;
      }

      public Builder customKeys(List<? extends Expr> values) {
        customKeys(Expr.list(values));
        return this;
      }

      public Builder evaluationWindowSec(long value) {
        evaluationWindowSec(Expr.of(value));
        return this;
      }

      public Builder limit(long value) {
        limit(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateBasedStatementCustomKey}: Specifies a single custom aggregate
   * key for a rate-base rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratebasedstatementcustomkey.html">AWS::WAFv2::RuleGroup.RateBasedStatementCustomKey</a>
   */
  @Value.Immutable
  interface RateBasedStatementCustomKey extends PropertyValue {

    /**
     * Use an Autonomous System Number (ASN) derived from the request's originating or forwarded IP
     * address as an aggregate key. Each distinct ASN contributes to the aggregation instance.
     */
    Optional<Expr> asn();

    /**
     * Use the value of a cookie in the request as an aggregate key. Each distinct value in the
     * cookie contributes to the aggregation instance. If you use a single cookie as your custom
     * key, then each value fully defines an aggregation instance.
     */
    Optional<Expr> cookie();

    /**
     * Use the first IP address in an HTTP header as an aggregate key. Each distinct forwarded IP
     * address contributes to the aggregation instance.
     */
    Optional<Expr> forwardedIP();

    /**
     * Use the request's HTTP method as an aggregate key. Each distinct HTTP method contributes to
     * the aggregation instance. If you use just the HTTP method as your custom key, then each
     * method fully defines an aggregation instance.
     */
    Optional<Expr> httpMethod();

    /**
     * Use the value of a header in the request as an aggregate key. Each distinct value in the
     * header contributes to the aggregation instance. If you use a single header as your custom
     * key, then each value fully defines an aggregation instance.
     */
    Optional<Expr> header();

    /**
     * Use the request's originating IP address as an aggregate key. Each distinct IP address
     * contributes to the aggregation instance.
     */
    Optional<Expr> ip();

    /**
     * Use the request's JA3 fingerprint as an aggregate key. If you use a single JA3 fingerprint as
     * your custom key, then each value fully defines an aggregation instance.
     */
    Optional<Expr> ja3Fingerprint();

    /**
     * Use the request's JA4 fingerprint as an aggregate key. If you use a single JA4 fingerprint as
     * your custom key, then each value fully defines an aggregation instance.
     */
    Optional<Expr> ja4Fingerprint();

    /**
     * Use the specified label namespace as an aggregate key. Each distinct fully qualified label
     * name that has the specified label namespace contributes to the aggregation instance. If you
     * use just one label namespace as your custom key, then each label name fully defines an
     * aggregation instance.
     */
    Optional<Expr> labelNamespace();

    /**
     * Use the specified query argument as an aggregate key. Each distinct value for the named query
     * argument contributes to the aggregation instance. If you use a single query argument as your
     * custom key, then each value fully defines an aggregation instance.
     */
    Optional<Expr> queryArgument();

    /**
     * Use the request's query string as an aggregate key. Each distinct string contributes to the
     * aggregation instance. If you use just the query string as your custom key, then each string
     * fully defines an aggregation instance.
     */
    Optional<Expr> queryString();

    /**
     * Use the request's URI path as an aggregate key. Each distinct URI path contributes to the
     * aggregation instance. If you use just the URI path as your custom key, then each URI path
     * fully defines an aggregation instance.
     */
    Optional<Expr> uriPath();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ASN", asn())
          .put("Cookie", cookie())
          .put("ForwardedIP", forwardedIP())
          .put("HTTPMethod", httpMethod())
          .put("Header", header())
          .put("IP", ip())
          .put("JA3Fingerprint", ja3Fingerprint())
          .put("JA4Fingerprint", ja4Fingerprint())
          .put("LabelNamespace", labelNamespace())
          .put("QueryArgument", queryArgument())
          .put("QueryString", queryString())
          .put("UriPath", uriPath())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RateBasedStatementCustomKey}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.RateBasedStatementCustomKey.Builder {

      public Builder asn(JsonNode value) {
        asn(Expr.json(value));
        return this;
      }

      public Builder forwardedIP(JsonNode value) {
        forwardedIP(Expr.json(value));
        return this;
      }

      public Builder httpMethod(JsonNode value) {
        httpMethod(Expr.json(value));
        return this;
      }

      public Builder ip(JsonNode value) {
        ip(Expr.json(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateLimitCookie}: Specifies a cookie as an aggregate key for a
   * rate-based rule. Each distinct value in the cookie contributes to the aggregation instance. If
   * you use a single cookie as your custom key, then each value fully defines an aggregation
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratelimitcookie.html">AWS::WAFv2::RuleGroup.RateLimitCookie</a>
   */
  @Value.Immutable
  interface RateLimitCookie extends PropertyValue {

    /** Required. The name of the cookie to use. */
    Expr name();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the `FieldToMatch` request component before inspecting it, and
     * they're used in rate-based rule statements, to transform request components before using them
     * as custom aggregation keys. If you specify one or more transformations to apply, AWS WAF
     * performs all transformations on the specified content, starting from the lowest priority
     * setting, and then uses the transformed component contents.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RateLimitCookie}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.RateLimitCookie.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateLimitHeader}: Specifies a header as an aggregate key for a
   * rate-based rule. Each distinct value in the header contributes to the aggregation instance. If
   * you use a single header as your custom key, then each value fully defines an aggregation
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratelimitheader.html">AWS::WAFv2::RuleGroup.RateLimitHeader</a>
   */
  @Value.Immutable
  interface RateLimitHeader extends PropertyValue {

    /** Required. The name of the header to use. */
    Expr name();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the `FieldToMatch` request component before inspecting it, and
     * they're used in rate-based rule statements, to transform request components before using them
     * as custom aggregation keys. If you specify one or more transformations to apply, AWS WAF
     * performs all transformations on the specified content, starting from the lowest priority
     * setting, and then uses the transformed component contents.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RateLimitHeader}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.RateLimitHeader.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateLimitJA3Fingerprint}: Use the request's JA3 fingerprint
   * derived from the TLS Client Hello of an incoming request as an aggregate key. If you use a
   * single JA3 fingerprint as your custom key, then each value fully defines an aggregation
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratelimitja3fingerprint.html">AWS::WAFv2::RuleGroup.RateLimitJA3Fingerprint</a>
   */
  @Value.Immutable
  interface RateLimitJA3Fingerprint extends PropertyValue {

    /**
     * Required. The match status to assign to the web request if there is insufficient TSL Client
     * Hello information to compute the JA3 fingerprint.
     */
    Expr fallbackBehavior();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FallbackBehavior", fallbackBehavior())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RateLimitJA3Fingerprint}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.RateLimitJA3Fingerprint.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateLimitJA4Fingerprint}: Use the request's JA4 fingerprint
   * derived from the TLS Client Hello of an incoming request as an aggregate key. If you use a
   * single JA4 fingerprint as your custom key, then each value fully defines an aggregation
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratelimitja4fingerprint.html">AWS::WAFv2::RuleGroup.RateLimitJA4Fingerprint</a>
   */
  @Value.Immutable
  interface RateLimitJA4Fingerprint extends PropertyValue {

    /**
     * Required. The match status to assign to the web request if there is insufficient TSL Client
     * Hello information to compute the JA4 fingerprint.
     */
    Expr fallbackBehavior();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FallbackBehavior", fallbackBehavior())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RateLimitJA4Fingerprint}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.RateLimitJA4Fingerprint.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateLimitLabelNamespace}: Specifies a label namespace to use as an
   * aggregate key for a rate-based rule. Each distinct fully qualified label name that has the
   * specified label namespace contributes to the aggregation instance. If you use just one label
   * namespace as your custom key, then each label name fully defines an aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratelimitlabelnamespace.html">AWS::WAFv2::RuleGroup.RateLimitLabelNamespace</a>
   */
  @Value.Immutable
  interface RateLimitLabelNamespace extends PropertyValue {

    /** Required. The namespace to use for aggregation. */
    Expr namespace();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Namespace", namespace())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RateLimitLabelNamespace}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.RateLimitLabelNamespace.Builder {

      public Builder namespace(String value) {
        namespace(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateLimitQueryArgument}: Specifies a query argument in the request
   * as an aggregate key for a rate-based rule. Each distinct value for the named query argument
   * contributes to the aggregation instance. If you use a single query argument as your custom key,
   * then each value fully defines an aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratelimitqueryargument.html">AWS::WAFv2::RuleGroup.RateLimitQueryArgument</a>
   */
  @Value.Immutable
  interface RateLimitQueryArgument extends PropertyValue {

    /** Required. The name of the query argument to use. */
    Expr name();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the `FieldToMatch` request component before inspecting it, and
     * they're used in rate-based rule statements, to transform request components before using them
     * as custom aggregation keys. If you specify one or more transformations to apply, AWS WAF
     * performs all transformations on the specified content, starting from the lowest priority
     * setting, and then uses the transformed component contents.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RateLimitQueryArgument}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRuleGroup.RateLimitQueryArgument.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateLimitQueryString}: Specifies the request's query string as an
   * aggregate key for a rate-based rule. Each distinct string contributes to the aggregation
   * instance. If you use just the query string as your custom key, then each string fully defines
   * an aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratelimitquerystring.html">AWS::WAFv2::RuleGroup.RateLimitQueryString</a>
   */
  @Value.Immutable
  interface RateLimitQueryString extends PropertyValue {

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the `FieldToMatch` request component before inspecting it, and
     * they're used in rate-based rule statements, to transform request components before using them
     * as custom aggregation keys. If you specify one or more transformations to apply, AWS WAF
     * performs all transformations on the specified content, starting from the lowest priority
     * setting, and then uses the transformed component contents.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RateLimitQueryString}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRuleGroup.RateLimitQueryString.Builder {

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RateLimitUriPath}: Specifies the request's URI path as an
   * aggregate key for a rate-based rule. Each distinct URI path contributes to the aggregation
   * instance. If you use just the URI path as your custom key, then each URI path fully defines an
   * aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ratelimituripath.html">AWS::WAFv2::RuleGroup.RateLimitUriPath</a>
   */
  @Value.Immutable
  interface RateLimitUriPath extends PropertyValue {

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the `FieldToMatch` request component before inspecting it, and
     * they're used in rate-based rule statements, to transform request components before using them
     * as custom aggregation keys. If you specify one or more transformations to apply, AWS WAF
     * performs all transformations on the specified content, starting from the lowest priority
     * setting, and then uses the transformed component contents.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RateLimitUriPath}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.RateLimitUriPath.Builder {

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RegexMatchStatement}: A rule statement used to search web request
   * components for a match against a single regular expression.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-regexmatchstatement.html">AWS::WAFv2::RuleGroup.RegexMatchStatement</a>
   */
  @Value.Immutable
  interface RegexMatchStatement extends PropertyValue {

    /** Required. The part of the web request that you want AWS WAF to inspect. */
    Expr fieldToMatch();

    /** {@code PreParseTextTransformations}. */
    Optional<Expr> preParseTextTransformations();

    /** Required. The string representing the regular expression. */
    Expr regexString();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. If you specify one or more transformations in
     * a rule statement, AWS WAF performs all transformations on the content of the request
     * component identified by `FieldToMatch` , starting from the lowest priority setting, before
     * inspecting the content for a match.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FieldToMatch", fieldToMatch())
          .put("PreParseTextTransformations", preParseTextTransformations())
          .put("RegexString", regexString())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RegexMatchStatement}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRuleGroup.RegexMatchStatement.Builder {

      public Builder preParseTextTransformations(List<? extends Expr> values) {
        preParseTextTransformations(Expr.list(values));
        return this;
      }

      public Builder regexString(String value) {
        regexString(Expr.of(value));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RegexPatternSetReferenceStatement}: A rule statement used to
   * search web request components for matches with regular expressions. To use this, create a
   * `RegexPatternSet` that specifies the expressions that you want to detect, then use the ARN of
   * that set in this statement. A web request matches the pattern set rule statement if the request
   * component matches any of the patterns in the set.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-regexpatternsetreferencestatement.html">AWS::WAFv2::RuleGroup.RegexPatternSetReferenceStatement</a>
   */
  @Value.Immutable
  interface RegexPatternSetReferenceStatement extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) of the `RegexPatternSet` that this statement
     * references.
     */
    Expr arn();

    /** Required. The part of the web request that you want AWS WAF to inspect. */
    Expr fieldToMatch();

    /** {@code PreParseTextTransformations}. */
    Optional<Expr> preParseTextTransformations();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. If you specify one or more transformations in
     * a rule statement, AWS WAF performs all transformations on the content of the request
     * component identified by `FieldToMatch` , starting from the lowest priority setting, before
     * inspecting the content for a match.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .put("FieldToMatch", fieldToMatch())
          .put("PreParseTextTransformations", preParseTextTransformations())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RegexPatternSetReferenceStatement}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableRuleGroup.RegexPatternSetReferenceStatement.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder preParseTextTransformations(List<? extends Expr> values) {
        preParseTextTransformations(Expr.list(values));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Rule}: A single rule, which you can use in a `WebACL` or
   * `RuleGroup` to identify web requests that you want to manage in some way. Each rule includes
   * one top-level `Statement` that AWS WAF uses to identify matching web requests, and parameters
   * that govern how AWS WAF handles them.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-rule.html">AWS::WAFv2::RuleGroup.Rule</a>
   */
  @Value.Immutable
  interface Rule extends PropertyValue {

    /**
     * The action that AWS WAF should take on a web request when it matches the rule statement.
     * Settings at the web ACL level can override the rule action setting.
     */
    Optional<Expr> action();

    /**
     * Specifies how AWS WAF should handle `CAPTCHA` evaluations. If you don't specify this, AWS WAF
     * uses the `CAPTCHA` configuration that's defined for the web ACL.
     */
    Optional<Expr> captchaConfig();

    /**
     * Specifies how AWS WAF should handle `Challenge` evaluations. If you don't specify this, AWS
     * WAF uses the challenge configuration that's defined for the web ACL.
     */
    Optional<Expr> challengeConfig();

    /** Required. The name of the rule. */
    Expr name();

    /**
     * Required. If you define more than one `Rule` in a `WebACL` , AWS WAF evaluates each request
     * against the `Rules` in order based on the value of `Priority` . AWS WAF processes rules with
     * lower priority first. The priorities don't need to be consecutive, but they must all be
     * different.
     */
    Expr priority();

    /**
     * Labels to apply to web requests that match the rule match statement. AWS WAF applies fully
     * qualified labels to matching web requests. A fully qualified label is the concatenation of a
     * label namespace and a rule label. The rule's rule group or web ACL defines the label
     * namespace.
     */
    Optional<Expr> ruleLabels();

    /**
     * Required. The AWS WAF processing statement for the rule, for example `ByteMatchStatement` or
     * `SizeConstraintStatement` .
     */
    Expr statement();

    /**
     * Required. Defines and enables Amazon CloudWatch metrics and web request sample collection.
     */
    Expr visibilityConfig();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Action", action())
          .put("CaptchaConfig", captchaConfig())
          .put("ChallengeConfig", challengeConfig())
          .put("Name", name())
          .put("Priority", priority())
          .put("RuleLabels", ruleLabels())
          .put("Statement", statement())
          .put("VisibilityConfig", visibilityConfig())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Rule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Rule.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder priority(long value) {
        priority(Expr.of(value));
        return this;
      }

      public Builder ruleLabels(List<? extends Expr> values) {
        ruleLabels(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.RuleAction}: The action that AWS WAF should take on a web request
   * when it matches a rule's statement. Settings at the web ACL level can override the rule action
   * setting.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-ruleaction.html">AWS::WAFv2::RuleGroup.RuleAction</a>
   */
  @Value.Immutable
  interface RuleAction extends PropertyValue {

    /** Instructs AWS WAF to allow the web request. */
    Optional<Expr> allow();

    /** Instructs AWS WAF to block the web request. */
    Optional<Expr> block();

    /** Specifies that AWS WAF should run a `CAPTCHA` check against the request: */
    Optional<Expr> captcha();

    /** Instructs AWS WAF to run a `Challenge` check against the web request. */
    Optional<Expr> challenge();

    /**
     * Instructs AWS WAF to count the web request and then continue evaluating the request using the
     * remaining rules in the web ACL.
     */
    Optional<Expr> count();

    /** Monetize action for rules. */
    Optional<Expr> monetize();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Allow", allow())
          .put("Block", block())
          .put("Captcha", captcha())
          .put("Challenge", challenge())
          .put("Count", count())
          .put("Monetize", monetize())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RuleAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.RuleAction.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.SingleHeader}: Inspect one of the headers in the web request,
   * identified by name, for example, `User-Agent` or `Referer` . The name isn't case sensitive.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-singleheader.html">AWS::WAFv2::RuleGroup.SingleHeader</a>
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
    final class Builder extends ImmutableRuleGroup.SingleHeader.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.SingleQueryArgument}: Inspect one query argument in the web
   * request, identified by name, for example *UserName* or *SalesRegion* . The name isn't case
   * sensitive.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-singlequeryargument.html">AWS::WAFv2::RuleGroup.SingleQueryArgument</a>
   */
  @Value.Immutable
  interface SingleQueryArgument extends PropertyValue {

    /** Required. The name of the query argument to inspect. */
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

    /**
     * Builds a {@link SingleQueryArgument}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableRuleGroup.SingleQueryArgument.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.SizeConstraintStatement}: A rule statement that compares a number
   * of bytes against the size of a request component, using a comparison operator, such as greater
   * than (&gt;) or less than (&lt;). For example, you can use a size constraint statement to look
   * for query strings that are longer than 100 bytes.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-sizeconstraintstatement.html">AWS::WAFv2::RuleGroup.SizeConstraintStatement</a>
   */
  @Value.Immutable
  interface SizeConstraintStatement extends PropertyValue {

    /** Values CloudFormation accepts for {@code ComparisonOperator}. */
    String COMPARISON_OPERATOR_EQ = "EQ";
    String COMPARISON_OPERATOR_NE = "NE";
    String COMPARISON_OPERATOR_LE = "LE";
    String COMPARISON_OPERATOR_LT = "LT";
    String COMPARISON_OPERATOR_GE = "GE";
    String COMPARISON_OPERATOR_GT = "GT";

    /** Required. The operator to use to compare the request part to the size setting. */
    Expr comparisonOperator();

    /** Required. The part of the web request that you want AWS WAF to inspect. */
    Expr fieldToMatch();

    /** {@code PreParseTextTransformations}. */
    Optional<Expr> preParseTextTransformations();

    /** Required. The size, in byte, to compare to the request part, after any transformations. */
    Expr size();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. If you specify one or more transformations in
     * a rule statement, AWS WAF performs all transformations on the content of the request
     * component identified by `FieldToMatch` , starting from the lowest priority setting, before
     * inspecting the content for a match.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ComparisonOperator", comparisonOperator())
          .put("FieldToMatch", fieldToMatch())
          .put("PreParseTextTransformations", preParseTextTransformations())
          .put("Size", size())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link SizeConstraintStatement}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRuleGroup.SizeConstraintStatement.Builder {

      public Builder comparisonOperator(String value) {
        comparisonOperator(Expr.of(value));
        return this;
      }

      public Builder preParseTextTransformations(List<? extends Expr> values) {
        preParseTextTransformations(Expr.list(values));
        return this;
      }

      public Builder size(long value) {
        size(Expr.of(value));
        return this;
      }

      public Builder size(double value) {
        size(Expr.of(value));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.SqliMatchStatement}: A rule statement that inspects for malicious
   * SQL code. Attackers insert malicious SQL code into web requests to do things like modify your
   * database or extract data from it.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-sqlimatchstatement.html">AWS::WAFv2::RuleGroup.SqliMatchStatement</a>
   */
  @Value.Immutable
  interface SqliMatchStatement extends PropertyValue {

    /** Values CloudFormation accepts for {@code SensitivityLevel}. */
    String SENSITIVITY_LEVEL_LOW = "LOW";
    String SENSITIVITY_LEVEL_HIGH = "HIGH";

    /** Required. The part of the web request that you want AWS WAF to inspect. */
    Expr fieldToMatch();

    /** {@code PreParseTextTransformations}. */
    Optional<Expr> preParseTextTransformations();

    /** The sensitivity that you want AWS WAF to use to inspect for SQL injection attacks. */
    Optional<Expr> sensitivityLevel();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. If you specify one or more transformations in
     * a rule statement, AWS WAF performs all transformations on the content of the request
     * component identified by `FieldToMatch` , starting from the lowest priority setting, before
     * inspecting the content for a match.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FieldToMatch", fieldToMatch())
          .put("PreParseTextTransformations", preParseTextTransformations())
          .put("SensitivityLevel", sensitivityLevel())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SqliMatchStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.SqliMatchStatement.Builder {

      public Builder preParseTextTransformations(List<? extends Expr> values) {
        preParseTextTransformations(Expr.list(values));
        return this;
      }

      public Builder sensitivityLevel(String value) {
        sensitivityLevel(Expr.of(value));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.Statement}: The processing guidance for a rule, used by AWS WAF to
   * determine whether a web request matches the rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-statement.html">AWS::WAFv2::RuleGroup.Statement</a>
   */
  @Value.Immutable
  interface Statement extends PropertyValue {

    /**
     * A logical rule statement used to combine other rule statements with AND logic. You provide
     * more than one `Statement` within the `AndStatement` .
     */
    Optional<Expr> andStatement();

    /**
     * A rule statement that inspects web traffic based on the Autonomous System Number (ASN)
     * associated with the request's IP address.
     */
    Optional<Expr> asnMatchStatement();

    /**
     * A rule statement that defines a string match search for AWS WAF to apply to web requests. The
     * byte match statement provides the bytes to search for, the location in requests that you want
     * AWS WAF to search, and other settings. The bytes to search for are typically a string that
     * corresponds with ASCII characters. In the AWS WAF console and the developer guide, this is
     * called a string match statement.
     */
    Optional<Expr> byteMatchStatement();

    /**
     * A rule statement that labels web requests by country and region and that matches against web
     * requests based on country code. A geo match rule labels every request that it inspects
     * regardless of whether it finds a match.
     */
    Optional<Expr> geoMatchStatement();

    /**
     * A rule statement used to detect web requests coming from particular IP addresses or address
     * ranges. To use this, create an `IPSet` that specifies the addresses you want to detect, then
     * use the ARN of that set in this statement.
     */
    Optional<Expr> ipSetReferenceStatement();

    /**
     * A rule statement to match against labels that have been added to the web request by rules
     * that have already run in the web ACL.
     */
    Optional<Expr> labelMatchStatement();

    /**
     * A logical rule statement used to negate the results of another rule statement. You provide
     * one `Statement` within the `NotStatement` .
     */
    Optional<Expr> notStatement();

    /**
     * A logical rule statement used to combine other rule statements with OR logic. You provide
     * more than one `Statement` within the `OrStatement` .
     */
    Optional<Expr> orStatement();

    /**
     * A rate-based rule counts incoming requests and rate limits requests when they are coming at
     * too fast a rate. The rule categorizes requests according to your aggregation criteria,
     * collects them into aggregation instances, and counts and rate limits the requests for each
     * instance.
     */
    Optional<Expr> rateBasedStatement();

    /**
     * A rule statement used to search web request components for a match against a single regular
     * expression.
     */
    Optional<Expr> regexMatchStatement();

    /**
     * A rule statement used to search web request components for matches with regular expressions.
     * To use this, create a `RegexPatternSet` that specifies the expressions that you want to
     * detect, then use the ARN of that set in this statement. A web request matches the pattern set
     * rule statement if the request component matches any of the patterns in the set.
     */
    Optional<Expr> regexPatternSetReferenceStatement();

    /**
     * A rule statement that compares a number of bytes against the size of a request component,
     * using a comparison operator, such as greater than (&gt;) or less than (&lt;). For example,
     * you can use a size constraint statement to look for query strings that are longer than 100
     * bytes.
     */
    Optional<Expr> sizeConstraintStatement();

    /**
     * A rule statement that inspects for malicious SQL code. Attackers insert malicious SQL code
     * into web requests to do things like modify your database or extract data from it.
     */
    Optional<Expr> sqliMatchStatement();

    /**
     * A rule statement that inspects for cross-site scripting (XSS) attacks. In XSS attacks, the
     * attacker uses vulnerabilities in a benign website as a vehicle to inject malicious
     * client-site scripts into other legitimate web browsers.
     */
    Optional<Expr> xssMatchStatement();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AndStatement", andStatement())
          .put("AsnMatchStatement", asnMatchStatement())
          .put("ByteMatchStatement", byteMatchStatement())
          .put("GeoMatchStatement", geoMatchStatement())
          .put("IPSetReferenceStatement", ipSetReferenceStatement())
          .put("LabelMatchStatement", labelMatchStatement())
          .put("NotStatement", notStatement())
          .put("OrStatement", orStatement())
          .put("RateBasedStatement", rateBasedStatement())
          .put("RegexMatchStatement", regexMatchStatement())
          .put("RegexPatternSetReferenceStatement", regexPatternSetReferenceStatement())
          .put("SizeConstraintStatement", sizeConstraintStatement())
          .put("SqliMatchStatement", sqliMatchStatement())
          .put("XssMatchStatement", xssMatchStatement())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Statement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.Statement.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.TextTransformation}: Text transformations eliminate some of the
   * unusual formatting that attackers use in web requests in an effort to bypass detection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-texttransformation.html">AWS::WAFv2::RuleGroup.TextTransformation</a>
   */
  @Value.Immutable
  interface TextTransformation extends PropertyValue {

    /** Values CloudFormation accepts for {@code Type}. */
    String TYPE_NONE = "NONE";
    String TYPE_COMPRESS_WHITE_SPACE = "COMPRESS_WHITE_SPACE";
    String TYPE_HTML_ENTITY_DECODE = "HTML_ENTITY_DECODE";
    String TYPE_LOWERCASE = "LOWERCASE";
    String TYPE_CMD_LINE = "CMD_LINE";
    String TYPE_URL_DECODE = "URL_DECODE";
    String TYPE_BASE64_DECODE = "BASE64_DECODE";
    String TYPE_HEX_DECODE = "HEX_DECODE";
    String TYPE_MD5 = "MD5";
    String TYPE_REPLACE_COMMENTS = "REPLACE_COMMENTS";
    String TYPE_ESCAPE_SEQ_DECODE = "ESCAPE_SEQ_DECODE";
    String TYPE_SQL_HEX_DECODE = "SQL_HEX_DECODE";
    String TYPE_CSS_DECODE = "CSS_DECODE";
    String TYPE_JS_DECODE = "JS_DECODE";
    String TYPE_NORMALIZE_PATH = "NORMALIZE_PATH";
    String TYPE_NORMALIZE_PATH_WIN = "NORMALIZE_PATH_WIN";
    String TYPE_REMOVE_NULLS = "REMOVE_NULLS";
    String TYPE_REPLACE_NULLS = "REPLACE_NULLS";
    String TYPE_BASE64_DECODE_EXT = "BASE64_DECODE_EXT";
    String TYPE_URL_DECODE_UNI = "URL_DECODE_UNI";
    String TYPE_UTF8_TO_UNICODE = "UTF8_TO_UNICODE";

    /**
     * Required. Sets the relative processing order for multiple transformations. AWS WAF processes
     * all transformations, from lowest priority to highest, before inspecting the transformed
     * content. The priorities don't need to be consecutive, but they must all be different.
     */
    Expr priority();

    /**
     * Required. For detailed descriptions of each of the transformation types, see [Text
     * transformations](https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-transformation.html)
     * in the *AWS WAF Developer Guide* .
     */
    Expr type();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Priority", priority())
          .put("Type", type())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TextTransformation}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.TextTransformation.Builder {

      public Builder priority(long value) {
        priority(Expr.of(value));
        return this;
      }

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.UriFragment}: Inspect fragments of the request URI. You can
   * specify the parts of the URI fragment to inspect and you can narrow the set of URI fragments to
   * inspect by including or excluding specific keys.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-urifragment.html">AWS::WAFv2::RuleGroup.UriFragment</a>
   */
  @Value.Immutable
  interface UriFragment extends PropertyValue {

    /**
     * What AWS WAF should do if it fails to completely parse the JSON body. The options are the
     * following:
     */
    Optional<Expr> fallbackBehavior();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FallbackBehavior", fallbackBehavior())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link UriFragment}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.UriFragment.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.VisibilityConfig}: Defines and enables Amazon CloudWatch metrics
   * and web request sample collection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-visibilityconfig.html">AWS::WAFv2::RuleGroup.VisibilityConfig</a>
   */
  @Value.Immutable
  interface VisibilityConfig extends PropertyValue {

    /**
     * Required. Indicates whether the associated resource sends metrics to Amazon CloudWatch. For
     * the list of available metrics, see [AWS WAF
     * Metrics](https://docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html#waf-metrics)
     * in the *AWS WAF Developer Guide* .
     */
    Expr cloudWatchMetricsEnabled();

    /**
     * Required. A name of the Amazon CloudWatch metric dimension. The name can contain only the
     * characters: A-Z, a-z, 0-9, - (hyphen), and _ (underscore). The name can be from one to 128
     * characters long. It can't contain whitespace or metric names that are reserved for AWS WAF ,
     * for example `All` and `Default_Action` .
     */
    Expr metricName();

    /**
     * Required. Indicates whether AWS WAF should store a sampling of the web requests that match
     * the rules. You can view the sampled requests through the AWS WAF console.
     */
    Expr sampledRequestsEnabled();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CloudWatchMetricsEnabled", cloudWatchMetricsEnabled())
          .put("MetricName", metricName())
          .put("SampledRequestsEnabled", sampledRequestsEnabled())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link VisibilityConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.VisibilityConfig.Builder {

      public Builder cloudWatchMetricsEnabled(boolean value) {
        cloudWatchMetricsEnabled(Expr.of(value));
        return this;
      }

      public Builder metricName(String value) {
        metricName(Expr.of(value));
        return this;
      }

      public Builder sampledRequestsEnabled(boolean value) {
        sampledRequestsEnabled(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::RuleGroup.XssMatchStatement}: A rule statement that inspects for cross-site
   * scripting (XSS) attacks. In XSS attacks, the attacker uses vulnerabilities in a benign website
   * as a vehicle to inject malicious client-site scripts into other legitimate web browsers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-rulegroup-xssmatchstatement.html">AWS::WAFv2::RuleGroup.XssMatchStatement</a>
   */
  @Value.Immutable
  interface XssMatchStatement extends PropertyValue {

    /** Required. The part of the web request that you want AWS WAF to inspect. */
    Expr fieldToMatch();

    /** {@code PreParseTextTransformations}. */
    Optional<Expr> preParseTextTransformations();

    /**
     * Required. Text transformations eliminate some of the unusual formatting that attackers use in
     * web requests in an effort to bypass detection. If you specify one or more transformations in
     * a rule statement, AWS WAF performs all transformations on the content of the request
     * component identified by `FieldToMatch` , starting from the lowest priority setting, before
     * inspecting the content for a match.
     */
    Expr textTransformations();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FieldToMatch", fieldToMatch())
          .put("PreParseTextTransformations", preParseTextTransformations())
          .put("TextTransformations", textTransformations())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link XssMatchStatement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRuleGroup.XssMatchStatement.Builder {

      public Builder preParseTextTransformations(List<? extends Expr> values) {
        preParseTextTransformations(Expr.list(values));
        return this;
      }

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }
}
