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
 * {@code AWS::WAFv2::WebACL}: &gt; This is the latest version of *AWS WAF* , named AWS WAF V2,
 * released in November, 2019. For information, including how to migrate your AWS WAF resources from
 * the prior release, see the [AWS WAF developer
 * guide](https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-webacl.html">AWS::WAFv2::WebACL</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface WebACL extends Resource {

  String TYPE = "AWS::WAFv2::WebACL";

  /** Values CloudFormation accepts for {@code Scope}. */
  String SCOPE_CLOUDFRONT = "CLOUDFRONT";
  String SCOPE_REGIONAL = "REGIONAL";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Returns a list of `ApplicationAttribute` s. */
  Optional<Expr> applicationConfig();

  /**
   * Specifies custom configurations for the associations between the web ACL and protected
   * resources.
   */
  Optional<Expr> associationConfig();

  /**
   * Specifies how AWS WAF should handle `CAPTCHA` evaluations for rules that don't have their own
   * `CaptchaConfig` settings. If you don't specify this, AWS WAF uses its default settings for
   * `CaptchaConfig` .
   */
  Optional<Expr> captchaConfig();

  /**
   * Specifies how AWS WAF should handle challenge evaluations for rules that don't have their own
   * `ChallengeConfig` settings. If you don't specify this, AWS WAF uses its default settings for
   * `ChallengeConfig` .
   */
  Optional<Expr> challengeConfig();

  /**
   * A map of custom response keys and content bodies. When you create a rule with a block action,
   * you can send a custom response to the web request. You define these for the web ACL, and then
   * use them in the rules and default actions that you define in the web ACL.
   */
  Optional<Expr> customResponseBodies();

  /**
   * Specifies data protection to apply to the web request data for the web ACL. This is a web ACL
   * level data protection option.
   */
  Optional<Expr> dataProtectionConfig();

  /** Required. The action to perform if none of the `Rules` contained in the `WebACL` match. */
  Expr defaultAction();

  /** A description of the web ACL that helps with identification. */
  Optional<Expr> description();

  /** Configures monetization for the web ACL or rule group. */
  Optional<Expr> monetizationConfig();

  /** The name of the web ACL. You cannot change the name of a web ACL after you create it. */
  Optional<Expr> name();

  /**
   * Configures the level of DDoS protection that applies to web ACLs associated with Application
   * Load Balancers.
   */
  Optional<Expr> onSourceDDoSProtectionConfig();

  /**
   * The rule statements used to identify the web requests that you want to manage. Each rule
   * includes one top-level statement that AWS WAF uses to identify matching web requests, and
   * parameters that govern how AWS WAF handles them.
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

  /**
   * Specifies the domains that AWS WAF should accept in a web request token. This enables the use
   * of tokens across multiple protected websites. When AWS WAF provides a token, it uses the domain
   * of the AWS resource that the web ACL is protecting. If you don't specify a list of token
   * domains, AWS WAF accepts tokens only for the domain of the protected resource. With a token
   * domain list, AWS WAF accepts the resource's host domain plus all domains in the token domain
   * list, including their prefixed subdomains.
   */
  Optional<Expr> tokenDomains();

  /** Required. Defines and enables Amazon CloudWatch metrics and web request sample collection. */
  Expr visibilityConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ApplicationConfig", applicationConfig())
        .put("AssociationConfig", associationConfig())
        .put("CaptchaConfig", captchaConfig())
        .put("ChallengeConfig", challengeConfig())
        .put("CustomResponseBodies", customResponseBodies())
        .put("DataProtectionConfig", dataProtectionConfig())
        .put("DefaultAction", defaultAction())
        .put("Description", description())
        .put("MonetizationConfig", monetizationConfig())
        .put("Name", name())
        .put("OnSourceDDoSProtectionConfig", onSourceDDoSProtectionConfig())
        .put("Rules", rules())
        .put("Scope", scope())
        .put("Tags", tags())
        .put("TokenDomains", tokenDomains())
        .put("VisibilityConfig", visibilityConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the web ACL. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Capacity} attribute: The web ACL capacity units (WCUs) currently being used by this
   * web ACL.
   */
  default GetAtt attrCapacity() {
    return getAtt("Capacity");
  }

  /** The {@code Id} attribute: The ID of the web ACL. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LabelNamespace} attribute: The label namespace prefix for this web ACL. All labels
   * added by rules in this web ACL have this prefix.
   */
  default GetAtt attrLabelNamespace() {
    return getAtt("LabelNamespace");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WebACL}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableWebACL.Builder {

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

    public Builder tokenDomains(List<? extends Expr> values) {
      tokenDomains(Expr.list(values));
      return this;
    }

    public Builder tokenDomains(String... values) {
      tokenDomains(Expr.ofStrings(List.of(values)));
      return this;
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.AWSManagedRulesACFPRuleSet}: Details for your use of the account
   * creation fraud prevention managed rule group, `AWSManagedRulesACFPRuleSet` . This configuration
   * is used in `ManagedRuleGroupConfig` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-awsmanagedrulesacfpruleset.html">AWS::WAFv2::WebACL.AWSManagedRulesACFPRuleSet</a>
   */
  @Value.Immutable
  interface AWSManagedRulesACFPRuleSet extends PropertyValue {

    /**
     * Required. The path of the account creation endpoint for your application. This is the page on
     * your website that accepts the completed registration form for a new user. This page must
     * accept `POST` requests.
     */
    Expr creationPath();

    /**
     * Allow the use of regular expressions in the registration page path and the account creation
     * path.
     */
    Optional<Expr> enableRegexInPath();

    /**
     * Required. The path of the account registration endpoint for your application. This is the
     * page on your website that presents the registration form to new users.
     */
    Expr registrationPagePath();

    /**
     * Required. The criteria for inspecting account creation requests, used by the ACFP rule group
     * to validate and track account creation attempts.
     */
    Expr requestInspection();

    /**
     * The criteria for inspecting responses to account creation requests, used by the ACFP rule
     * group to track account creation success rates.
     */
    Optional<Expr> responseInspection();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CreationPath", creationPath())
          .put("EnableRegexInPath", enableRegexInPath())
          .put("RegistrationPagePath", registrationPagePath())
          .put("RequestInspection", requestInspection())
          .put("ResponseInspection", responseInspection())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AWSManagedRulesACFPRuleSet}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.AWSManagedRulesACFPRuleSet.Builder {

      public Builder creationPath(String value) {
        creationPath(Expr.of(value));
        return this;
      }

      public Builder enableRegexInPath(boolean value) {
        enableRegexInPath(Expr.of(value));
        return this;
      }

      public Builder registrationPagePath(String value) {
        registrationPagePath(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.AWSManagedRulesATPRuleSet}: Details for your use of the account
   * takeover prevention managed rule group, `AWSManagedRulesATPRuleSet` . This configuration is
   * used in `ManagedRuleGroupConfig` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-awsmanagedrulesatpruleset.html">AWS::WAFv2::WebACL.AWSManagedRulesATPRuleSet</a>
   */
  @Value.Immutable
  interface AWSManagedRulesATPRuleSet extends PropertyValue {

    /** Allow the use of regular expressions in the login page path. */
    Optional<Expr> enableRegexInPath();

    /**
     * Required. The path of the login endpoint for your application. For example, for the URL
     * `https://example.com/web/login` , you would provide the path `/web/login` . Login paths that
     * start with the path that you provide are considered a match. For example `/web/login` matches
     * the login paths `/web/login` , `/web/login/` , `/web/loginPage` , and `/web/login/thisPage` ,
     * but doesn't match the login path `/home/web/login` or `/website/login` .
     */
    Expr loginPath();

    /**
     * The criteria for inspecting login requests, used by the ATP rule group to validate
     * credentials usage.
     */
    Optional<Expr> requestInspection();

    /**
     * The criteria for inspecting responses to login requests, used by the ATP rule group to track
     * login failure rates.
     */
    Optional<Expr> responseInspection();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnableRegexInPath", enableRegexInPath())
          .put("LoginPath", loginPath())
          .put("RequestInspection", requestInspection())
          .put("ResponseInspection", responseInspection())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AWSManagedRulesATPRuleSet}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.AWSManagedRulesATPRuleSet.Builder {

      public Builder enableRegexInPath(boolean value) {
        enableRegexInPath(Expr.of(value));
        return this;
      }

      public Builder loginPath(String value) {
        loginPath(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.AWSManagedRulesAntiDDoSRuleSet}: Configures the use of the anti-DDoS
   * managed rule group, `AWSManagedRulesAntiDDoSRuleSet` . This configuration is used in
   * `ManagedRuleGroupConfig` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-awsmanagedrulesantiddosruleset.html">AWS::WAFv2::WebACL.AWSManagedRulesAntiDDoSRuleSet</a>
   */
  @Value.Immutable
  interface AWSManagedRulesAntiDDoSRuleSet extends PropertyValue {

    /**
     * Required. Configures the request handling that's applied by the managed rule group rules
     * `ChallengeAllDuringEvent` and `ChallengeDDoSRequests` during a distributed denial of service
     * (DDoS) attack.
     */
    Expr clientSideActionConfig();

    /**
     * The sensitivity that the rule group rule `DDoSRequests` uses when matching against the DDoS
     * suspicion labeling on a request. The managed rule group adds the labeling during DDoS events,
     * before the `DDoSRequests` rule runs.
     */
    Optional<Expr> sensitivityToBlock();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ClientSideActionConfig", clientSideActionConfig())
          .put("SensitivityToBlock", sensitivityToBlock())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AWSManagedRulesAntiDDoSRuleSet}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.AWSManagedRulesAntiDDoSRuleSet.Builder {

      public Builder sensitivityToBlock(String value) {
        sensitivityToBlock(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.AWSManagedRulesBotControlRuleSet}: Details for your use of the Bot
   * Control managed rule group, `AWSManagedRulesBotControlRuleSet` . This configuration is used in
   * `ManagedRuleGroupConfig` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-awsmanagedrulesbotcontrolruleset.html">AWS::WAFv2::WebACL.AWSManagedRulesBotControlRuleSet</a>
   */
  @Value.Immutable
  interface AWSManagedRulesBotControlRuleSet extends PropertyValue {

    /** Values CloudFormation accepts for {@code InspectionLevel}. */
    String INSPECTION_LEVEL_COMMON = "COMMON";
    String INSPECTION_LEVEL_TARGETED = "TARGETED";

    /** Applies only to the targeted inspection level. */
    Optional<Expr> enableMachineLearning();

    /**
     * Required. The inspection level to use for the Bot Control rule group. The common level is the
     * least expensive. The targeted level includes all common level rules and adds rules with more
     * advanced inspection criteria. For details, see [AWS WAF Bot Control rule
     * group](https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-bot.html)
     * in the *AWS WAF Developer Guide* .
     */
    Expr inspectionLevel();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EnableMachineLearning", enableMachineLearning())
          .put("InspectionLevel", inspectionLevel())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link AWSManagedRulesBotControlRuleSet}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableWebACL.AWSManagedRulesBotControlRuleSet.Builder {

      public Builder enableMachineLearning(boolean value) {
        enableMachineLearning(Expr.of(value));
        return this;
      }

      public Builder inspectionLevel(String value) {
        inspectionLevel(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.AllowAction}: Specifies that AWS WAF should allow the request and
   * optionally defines additional custom handling for the request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-allowaction.html">AWS::WAFv2::WebACL.AllowAction</a>
   */
  @Value.Immutable
  interface AllowAction extends PropertyValue {

    /** Defines custom handling for the web request. */
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

    /** Builds a {@link AllowAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.AllowAction.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.AndStatement}: A logical rule statement used to combine other rule
   * statements with AND logic. You provide more than one `Statement` within the `AndStatement` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-andstatement.html">AWS::WAFv2::WebACL.AndStatement</a>
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
    final class Builder extends ImmutableWebACL.AndStatement.Builder {

      public Builder statements(List<? extends Expr> values) {
        statements(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ApplicationAttribute}: Application details defined during the web ACL
   * creation process. Application attributes help AWS WAF give recommendations for protection
   * packs.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-applicationattribute.html">AWS::WAFv2::WebACL.ApplicationAttribute</a>
   */
  @Value.Immutable
  interface ApplicationAttribute extends PropertyValue {

    /** Required. Specifies the attribute name. */
    Expr name();

    /** Required. Specifies the attribute value. */
    Expr values();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Name", name())
          .put("Values", values())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ApplicationAttribute}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableWebACL.ApplicationAttribute.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder values(List<? extends Expr> values) {
        values(Expr.list(values));
        return this;
      }

      public Builder values(String... values) {
        values(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ApplicationConfig}: A list of `ApplicationAttribute` s that contains
   * information about the application.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-applicationconfig.html">AWS::WAFv2::WebACL.ApplicationConfig</a>
   */
  @Value.Immutable
  interface ApplicationConfig extends PropertyValue {

    /** Required. Contains the attribute name and a list of values for that attribute. */
    Expr attributes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Attributes", attributes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ApplicationConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.ApplicationConfig.Builder {

      public Builder attributes(List<? extends Expr> values) {
        attributes(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.AsnMatchStatement}: A rule statement that inspects web traffic based
   * on the Autonomous System Number (ASN) associated with the request's IP address.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-asnmatchstatement.html">AWS::WAFv2::WebACL.AsnMatchStatement</a>
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
    final class Builder extends ImmutableWebACL.AsnMatchStatement.Builder {

      public Builder asnList(List<? extends Expr> values) {
        asnList(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.AssociationConfig}: Specifies custom configurations for the
   * associations between the web ACL and protected resources.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-associationconfig.html">AWS::WAFv2::WebACL.AssociationConfig</a>
   */
  @Value.Immutable
  interface AssociationConfig extends PropertyValue {

    /**
     * Customizes the maximum size of the request body that your protected CloudFront, API Gateway,
     * Amazon Cognito, App Runner, and Verified Access resources forward to AWS WAF for inspection.
     * The default size is 16 KB (16,384 bytes). You can change the setting for any of the available
     * resource types.
     */
    Optional<Expr> requestBody();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RequestBody", requestBody())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AssociationConfig}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.AssociationConfig.Builder {

      public Builder requestBody(Map<String, ? extends Expr> entries) {
        requestBody(Expr.map(entries));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.BlockAction}: Specifies that AWS WAF should block the request and
   * optionally defines additional custom handling for the response to the web request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-blockaction.html">AWS::WAFv2::WebACL.BlockAction</a>
   */
  @Value.Immutable
  interface BlockAction extends PropertyValue {

    /** Defines a custom response for the web request. */
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

    /** Builds a {@link BlockAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.BlockAction.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.Body}: Inspect the body of the web request. The body immediately
   * follows the request headers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-body.html">AWS::WAFv2::WebACL.Body</a>
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
    final class Builder extends ImmutableWebACL.Body.Builder {

      public Builder oversizeHandling(String value) {
        oversizeHandling(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ByteMatchStatement}: A rule statement that defines a string match
   * search for AWS WAF to apply to web requests. The byte match statement provides the bytes to
   * search for, the location in requests that you want AWS WAF to search, and other settings. The
   * bytes to search for are typically a string that corresponds with ASCII characters. In the AWS
   * WAF console and the developer guide, this is called a string match statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-bytematchstatement.html">AWS::WAFv2::WebACL.ByteMatchStatement</a>
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
    final class Builder extends ImmutableWebACL.ByteMatchStatement.Builder {

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
   * {@code AWS::WAFv2::WebACL.CaptchaAction}: Specifies that AWS WAF should run a `CAPTCHA` check
   * against the request:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-captchaaction.html">AWS::WAFv2::WebACL.CaptchaAction</a>
   */
  @Value.Immutable
  interface CaptchaAction extends PropertyValue {

    /**
     * Defines custom handling for the web request, used when the `CAPTCHA` inspection determines
     * that the request's token is valid and unexpired.
     */
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

    /** Builds a {@link CaptchaAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.CaptchaAction.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.CaptchaConfig}: Specifies how AWS WAF should handle `CAPTCHA`
   * evaluations for rules that don't have their own `CaptchaConfig` settings. If you don't specify
   * this, AWS WAF uses its default settings for `CaptchaConfig` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-captchaconfig.html">AWS::WAFv2::WebACL.CaptchaConfig</a>
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
    final class Builder extends ImmutableWebACL.CaptchaConfig.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ChallengeAction}: Specifies that AWS WAF should run a `Challenge`
   * check against the request to verify that the request is coming from a legitimate client
   * session:
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-challengeaction.html">AWS::WAFv2::WebACL.ChallengeAction</a>
   */
  @Value.Immutable
  interface ChallengeAction extends PropertyValue {

    /**
     * Defines custom handling for the web request, used when the challenge inspection determines
     * that the request's token is valid and unexpired.
     */
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

    /** Builds a {@link ChallengeAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.ChallengeAction.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ChallengeConfig}: Specifies how AWS WAF should handle `Challenge`
   * evaluations. This is available at the web ACL level and in each rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-challengeconfig.html">AWS::WAFv2::WebACL.ChallengeConfig</a>
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
    final class Builder extends ImmutableWebACL.ChallengeConfig.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ClientSideAction}: This is part of the
   * `AWSManagedRulesAntiDDoSRuleSet` `ClientSideActionConfig` configuration in
   * `ManagedRuleGroupConfig` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-clientsideaction.html">AWS::WAFv2::WebACL.ClientSideAction</a>
   */
  @Value.Immutable
  interface ClientSideAction extends PropertyValue {

    /**
     * The regular expression to match against the web request URI, used to identify requests that
     * can't handle a silent browser challenge. When the `ClientSideAction` setting `UsageOfAction`
     * is enabled, the managed rule group uses this setting to determine which requests to label
     * with `awswaf:managed:aws:anti-ddos:challengeable-request` . If `UsageOfAction` is disabled,
     * this setting has no effect and the managed rule group doesn't add the label to any requests.
     */
    Optional<Expr> exemptUriRegularExpressions();

    /**
     * The sensitivity that the rule group rule `ChallengeDDoSRequests` uses when matching against
     * the DDoS suspicion labeling on a request. The managed rule group adds the labeling during
     * DDoS events, before the `ChallengeDDoSRequests` rule runs.
     */
    Optional<Expr> sensitivity();

    /**
     * Required. Determines whether to use the `AWSManagedRulesAntiDDoSRuleSet` rules
     * `ChallengeAllDuringEvent` and `ChallengeDDoSRequests` in the rule group evaluation and the
     * related label `awswaf:managed:aws:anti-ddos:challengeable-request` .
     */
    Expr usageOfAction();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExemptUriRegularExpressions", exemptUriRegularExpressions())
          .put("Sensitivity", sensitivity())
          .put("UsageOfAction", usageOfAction())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ClientSideAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.ClientSideAction.Builder {

      public Builder exemptUriRegularExpressions(List<? extends Expr> values) {
        exemptUriRegularExpressions(Expr.list(values));
        return this;
      }

      public Builder sensitivity(String value) {
        sensitivity(Expr.of(value));
        return this;
      }

      public Builder usageOfAction(String value) {
        usageOfAction(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ClientSideActionConfig}: This is part of the configuration for the
   * managed rules `AWSManagedRulesAntiDDoSRuleSet` in `ManagedRuleGroupConfig` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-clientsideactionconfig.html">AWS::WAFv2::WebACL.ClientSideActionConfig</a>
   */
  @Value.Immutable
  interface ClientSideActionConfig extends PropertyValue {

    /**
     * Required. Configuration for the use of the `AWSManagedRulesAntiDDoSRuleSet` rules
     * `ChallengeAllDuringEvent` and `ChallengeDDoSRequests` .
     */
    Expr challenge();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Challenge", challenge())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ClientSideActionConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableWebACL.ClientSideActionConfig.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.CookieMatchPattern}: The filter to use to identify the subset of
   * cookies to inspect in a web request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-cookiematchpattern.html">AWS::WAFv2::WebACL.CookieMatchPattern</a>
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
    final class Builder extends ImmutableWebACL.CookieMatchPattern.Builder {

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
   * {@code AWS::WAFv2::WebACL.Cookies}: Inspect the cookies in the web request. You can specify the
   * parts of the cookies to inspect and you can narrow the set of cookies to inspect by including
   * or excluding specific keys.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-cookies.html">AWS::WAFv2::WebACL.Cookies</a>
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
    final class Builder extends ImmutableWebACL.Cookies.Builder {

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
   * {@code AWS::WAFv2::WebACL.CountAction}: Specifies that AWS WAF should count the request.
   * Optionally defines additional custom handling for the request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-countaction.html">AWS::WAFv2::WebACL.CountAction</a>
   */
  @Value.Immutable
  interface CountAction extends PropertyValue {

    /** Defines custom handling for the web request. */
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

    /** Builds a {@link CountAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.CountAction.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.CryptoConfig}: Configures cryptocurrency payment settings.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-cryptoconfig.html">AWS::WAFv2::WebACL.CryptoConfig</a>
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
    final class Builder extends ImmutableWebACL.CryptoConfig.Builder {

      public Builder paymentNetworks(List<? extends Expr> values) {
        paymentNetworks(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.CustomHTTPHeader}: A custom header for custom request and response
   * handling. This is used in `CustomResponse` and `CustomRequestHandling` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-customhttpheader.html">AWS::WAFv2::WebACL.CustomHTTPHeader</a>
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
    final class Builder extends ImmutableWebACL.CustomHTTPHeader.Builder {

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
   * {@code AWS::WAFv2::WebACL.CustomRequestHandling}: Custom request handling behavior that inserts
   * custom headers into a web request. You can add custom request handling for AWS WAF to use when
   * the rule action doesn't block the request. For example, `CaptchaAction` for requests with valid
   * t okens, and `AllowAction` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-customrequesthandling.html">AWS::WAFv2::WebACL.CustomRequestHandling</a>
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
    final class Builder extends ImmutableWebACL.CustomRequestHandling.Builder {

      public Builder insertHeaders(List<? extends Expr> values) {
        insertHeaders(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.CustomResponse}: A custom response to send to the client. You can
   * define a custom response for rule actions and default web ACL actions that are set to the block
   * action.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-customresponse.html">AWS::WAFv2::WebACL.CustomResponse</a>
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
    final class Builder extends ImmutableWebACL.CustomResponse.Builder {

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
   * {@code AWS::WAFv2::WebACL.CustomResponseBody}: The response body to use in a custom response to
   * a web request. This is referenced by key from `CustomResponse` `CustomResponseBodyKey` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-customresponsebody.html">AWS::WAFv2::WebACL.CustomResponseBody</a>
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
    final class Builder extends ImmutableWebACL.CustomResponseBody.Builder {

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
   * {@code AWS::WAFv2::WebACL.DataProtect}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-dataprotect.html">AWS::WAFv2::WebACL.DataProtect</a>
   */
  @Value.Immutable
  interface DataProtect extends PropertyValue {

    /** Required. {@code Action}. */
    Expr action();

    /** {@code ExcludeRateBasedDetails}. */
    Optional<Expr> excludeRateBasedDetails();

    /** {@code ExcludeRuleMatchDetails}. */
    Optional<Expr> excludeRuleMatchDetails();

    /** Required. Field in log to protect. */
    Expr field();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Action", action())
          .put("ExcludeRateBasedDetails", excludeRateBasedDetails())
          .put("ExcludeRuleMatchDetails", excludeRuleMatchDetails())
          .put("Field", field())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DataProtect}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.DataProtect.Builder {

      public Builder action(String value) {
        action(Expr.of(value));
        return this;
      }

      public Builder excludeRateBasedDetails(boolean value) {
        excludeRateBasedDetails(Expr.of(value));
        return this;
      }

      public Builder excludeRuleMatchDetails(boolean value) {
        excludeRuleMatchDetails(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.DataProtectionConfig}: Specifies data protection to apply to the web
   * request data for the web ACL. This is a web ACL level data protection option.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-dataprotectionconfig.html">AWS::WAFv2::WebACL.DataProtectionConfig</a>
   */
  @Value.Immutable
  interface DataProtectionConfig extends PropertyValue {

    /**
     * Required. An array of data protection configurations for specific web request field types.
     * This is defined for each web ACL. AWS WAF applies the specified protection to all web
     * requests that the web ACL inspects.
     */
    Expr dataProtections();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DataProtections", dataProtections())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link DataProtectionConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableWebACL.DataProtectionConfig.Builder {

      public Builder dataProtections(List<? extends Expr> values) {
        dataProtections(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.DefaultAction}: In a `WebACL` , this is the action that you want AWS
   * WAF to perform when a web request doesn't match any of the rules in the `WebACL` . The default
   * action must be a terminating action.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-defaultaction.html">AWS::WAFv2::WebACL.DefaultAction</a>
   */
  @Value.Immutable
  interface DefaultAction extends PropertyValue {

    /** Specifies that AWS WAF should allow requests by default. */
    Optional<Expr> allow();

    /** Specifies that AWS WAF should block requests by default. */
    Optional<Expr> block();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Allow", allow())
          .put("Block", block())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link DefaultAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.DefaultAction.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ExcludedRule}: Specifies a single rule in a rule group whose action
   * you want to override to `Count` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-excludedrule.html">AWS::WAFv2::WebACL.ExcludedRule</a>
   */
  @Value.Immutable
  interface ExcludedRule extends PropertyValue {

    /** Required. The name of the rule whose action you want to override to `Count` . */
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

    /** Builds a {@link ExcludedRule}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.ExcludedRule.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.FieldIdentifier}: The identifier of a field in the web request
   * payload that contains customer data.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-fieldidentifier.html">AWS::WAFv2::WebACL.FieldIdentifier</a>
   */
  @Value.Immutable
  interface FieldIdentifier extends PropertyValue {

    /** Required. The name of the field. */
    Expr identifier();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Identifier", identifier())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FieldIdentifier}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.FieldIdentifier.Builder {

      public Builder identifier(String value) {
        identifier(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.FieldToMatch}: Specifies a web request component to be used in a rule
   * match statement or in a logging configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-fieldtomatch.html">AWS::WAFv2::WebACL.FieldToMatch</a>
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
    final class Builder extends ImmutableWebACL.FieldToMatch.Builder {

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
   * {@code AWS::WAFv2::WebACL.FieldToProtect}: Specifies a field type and keys to protect in stored
   * web request data. This is part of the data protection configuration for a web ACL.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-fieldtoprotect.html">AWS::WAFv2::WebACL.FieldToProtect</a>
   */
  @Value.Immutable
  interface FieldToProtect extends PropertyValue {

    /**
     * Specifies the keys to protect for the specified field type. If you don't specify any key,
     * then all keys for the field type are protected.
     */
    Optional<Expr> fieldKeys();

    /** Required. Specifies the web request component type to protect. */
    Expr fieldType();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FieldKeys", fieldKeys())
          .put("FieldType", fieldType())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link FieldToProtect}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.FieldToProtect.Builder {

      public Builder fieldKeys(List<? extends Expr> values) {
        fieldKeys(Expr.list(values));
        return this;
      }

      public Builder fieldKeys(String... values) {
        fieldKeys(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder fieldType(String value) {
        fieldType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ForwardedIPConfiguration}: The configuration for inspecting IP
   * addresses in an HTTP header that you specify, instead of using the IP address that's reported
   * by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can
   * specify any header name.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-forwardedipconfiguration.html">AWS::WAFv2::WebACL.ForwardedIPConfiguration</a>
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
    final class Builder extends ImmutableWebACL.ForwardedIPConfiguration.Builder {

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
   * {@code AWS::WAFv2::WebACL.GeoMatchStatement}: A rule statement that labels web requests by
   * country and region and that matches against web requests based on country code. A geo match
   * rule labels every request that it inspects regardless of whether it finds a match.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-geomatchstatement.html">AWS::WAFv2::WebACL.GeoMatchStatement</a>
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
    final class Builder extends ImmutableWebACL.GeoMatchStatement.Builder {

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
   * {@code AWS::WAFv2::WebACL.HeaderMatchPattern}: The filter to use to identify the subset of
   * headers to inspect in a web request.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-headermatchpattern.html">AWS::WAFv2::WebACL.HeaderMatchPattern</a>
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
    final class Builder extends ImmutableWebACL.HeaderMatchPattern.Builder {

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
   * {@code AWS::WAFv2::WebACL.HeaderOrder}: The string containing the list of a web request's
   * header names, ordered as they appear in the web request, separated by colons.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-headerorder.html">AWS::WAFv2::WebACL.HeaderOrder</a>
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
    final class Builder extends ImmutableWebACL.HeaderOrder.Builder {

      public Builder oversizeHandling(String value) {
        oversizeHandling(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.Headers}: Inspect all headers in the web request. You can specify the
   * parts of the headers to inspect and you can narrow the set of headers to inspect by including
   * or excluding specific keys.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-headers.html">AWS::WAFv2::WebACL.Headers</a>
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
    final class Builder extends ImmutableWebACL.Headers.Builder {

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
   * {@code AWS::WAFv2::WebACL.IPSetForwardedIPConfiguration}: The configuration for inspecting IP
   * addresses in an HTTP header that you specify, instead of using the IP address that's reported
   * by the web request origin. Commonly, this is the X-Forwarded-For (XFF) header, but you can
   * specify any header name.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ipsetforwardedipconfiguration.html">AWS::WAFv2::WebACL.IPSetForwardedIPConfiguration</a>
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
    final class Builder extends ImmutableWebACL.IPSetForwardedIPConfiguration.Builder {

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
   * {@code AWS::WAFv2::WebACL.IPSetReferenceStatement}: A rule statement used to detect web
   * requests coming from particular IP addresses or address ranges. To use this, create an `IPSet`
   * that specifies the addresses you want to detect, then use the ARN of that set in this
   * statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ipsetreferencestatement.html">AWS::WAFv2::WebACL.IPSetReferenceStatement</a>
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
    final class Builder extends ImmutableWebACL.IPSetReferenceStatement.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ImmunityTimeProperty}: Used for CAPTCHA and challenge token settings.
   * Determines how long a `CAPTCHA` or challenge timestamp remains valid after AWS WAF updates it
   * for a successful `CAPTCHA` or challenge response.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-immunitytimeproperty.html">AWS::WAFv2::WebACL.ImmunityTimeProperty</a>
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
    final class Builder extends ImmutableWebACL.ImmunityTimeProperty.Builder {

      public Builder immunityTime(long value) {
        immunityTime(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.JA3Fingerprint}: Available for use with Amazon CloudFront
   * distributions and Application Load Balancers. Match against the request's JA3 fingerprint. The
   * JA3 fingerprint is a 32-character hash derived from the TLS Client Hello of an incoming
   * request. This fingerprint serves as a unique identifier for the client's TLS configuration. AWS
   * WAF calculates and logs this fingerprint for each request that has enough TLS Client Hello
   * information for the calculation. Almost all web requests include this information.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ja3fingerprint.html">AWS::WAFv2::WebACL.JA3Fingerprint</a>
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
    final class Builder extends ImmutableWebACL.JA3Fingerprint.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.JA4Fingerprint}: Available for use with Amazon CloudFront
   * distributions and Application Load Balancers. Match against the request's JA4 fingerprint. The
   * JA4 fingerprint is a 36-character hash derived from the TLS Client Hello of an incoming
   * request. This fingerprint serves as a unique identifier for the client's TLS configuration. AWS
   * WAF calculates and logs this fingerprint for each request that has enough TLS Client Hello
   * information for the calculation. Almost all web requests include this information.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ja4fingerprint.html">AWS::WAFv2::WebACL.JA4Fingerprint</a>
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
    final class Builder extends ImmutableWebACL.JA4Fingerprint.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.JsonBody}: Inspect the body of the web request as JSON. The body
   * immediately follows the request headers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-jsonbody.html">AWS::WAFv2::WebACL.JsonBody</a>
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
    final class Builder extends ImmutableWebACL.JsonBody.Builder {

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
   * {@code AWS::WAFv2::WebACL.JsonMatchPattern}: The patterns to look for in the JSON body. AWS WAF
   * inspects the results of these pattern matches against the rule inspection criteria. This is
   * used with the `FieldToMatch` option `JsonBody` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-jsonmatchpattern.html">AWS::WAFv2::WebACL.JsonMatchPattern</a>
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
    final class Builder extends ImmutableWebACL.JsonMatchPattern.Builder {

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
   * {@code AWS::WAFv2::WebACL.Label}: A single label container. This is used as an element of a
   * label array in `RuleLabels` inside a rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-label.html">AWS::WAFv2::WebACL.Label</a>
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
    final class Builder extends ImmutableWebACL.Label.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.LabelMatchStatement}: A rule statement to match against labels that
   * have been added to the web request by rules that have already run in the web ACL.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-labelmatchstatement.html">AWS::WAFv2::WebACL.LabelMatchStatement</a>
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
    final class Builder extends ImmutableWebACL.LabelMatchStatement.Builder {

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
   * {@code AWS::WAFv2::WebACL.ManagedRuleGroupConfig}: Additional information that's used by a
   * managed rule group. Many managed rule groups don't require this.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-managedrulegroupconfig.html">AWS::WAFv2::WebACL.ManagedRuleGroupConfig</a>
   */
  @Value.Immutable
  interface ManagedRuleGroupConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code PayloadType}. */
    String PAYLOAD_TYPE_JSON = "JSON";
    String PAYLOAD_TYPE_FORM_ENCODED = "FORM_ENCODED";

    /**
     * Additional configuration for using the account creation fraud prevention (ACFP) managed rule
     * group, `AWSManagedRulesACFPRuleSet` . Use this to provide account creation request
     * information to the rule group. For web ACLs that protect CloudFront distributions, use this
     * to also provide the information about how your distribution responds to account creation
     * requests.
     */
    Optional<Expr> awsManagedRulesACFPRuleSet();

    /**
     * Additional configuration for using the account takeover prevention (ATP) managed rule group,
     * `AWSManagedRulesATPRuleSet` . Use this to provide login request information to the rule
     * group. For web ACLs that protect CloudFront distributions, use this to also provide the
     * information about how your distribution responds to login requests.
     */
    Optional<Expr> awsManagedRulesATPRuleSet();

    /**
     * Additional configuration for using the anti-DDoS managed rule group,
     * `AWSManagedRulesAntiDDoSRuleSet` . Use this to configure anti-DDoS behavior for the rule
     * group.
     */
    Optional<Expr> awsManagedRulesAntiDDoSRuleSet();

    /**
     * Additional configuration for using the Bot Control managed rule group. Use this to specify
     * the inspection level that you want to use. For information about using the Bot Control
     * managed rule group, see [AWS WAF Bot Control rule
     * group](https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-bot.html)
     * and [AWS WAF Bot
     * Control](https://docs.aws.amazon.com/waf/latest/developerguide/waf-bot-control.html) in the
     * *AWS WAF Developer Guide* .
     */
    Optional<Expr> awsManagedRulesBotControlRuleSet();

    /**
     * &gt; Instead of this setting, provide your configuration under `AWSManagedRulesATPRuleSet` .
     */
    Optional<Expr> loginPath();

    /**
     * &gt; Instead of this setting, provide your configuration under the request inspection
     * configuration for `AWSManagedRulesATPRuleSet` or `AWSManagedRulesACFPRuleSet` .
     */
    Optional<Expr> passwordField();

    /**
     * &gt; Instead of this setting, provide your configuration under the request inspection
     * configuration for `AWSManagedRulesATPRuleSet` or `AWSManagedRulesACFPRuleSet` .
     */
    Optional<Expr> payloadType();

    /**
     * &gt; Instead of this setting, provide your configuration under the request inspection
     * configuration for `AWSManagedRulesATPRuleSet` or `AWSManagedRulesACFPRuleSet` .
     */
    Optional<Expr> usernameField();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AWSManagedRulesACFPRuleSet", awsManagedRulesACFPRuleSet())
          .put("AWSManagedRulesATPRuleSet", awsManagedRulesATPRuleSet())
          .put("AWSManagedRulesAntiDDoSRuleSet", awsManagedRulesAntiDDoSRuleSet())
          .put("AWSManagedRulesBotControlRuleSet", awsManagedRulesBotControlRuleSet())
          .put("LoginPath", loginPath())
          .put("PasswordField", passwordField())
          .put("PayloadType", payloadType())
          .put("UsernameField", usernameField())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ManagedRuleGroupConfig}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableWebACL.ManagedRuleGroupConfig.Builder {

      public Builder loginPath(String value) {
        loginPath(Expr.of(value));
        return this;
      }

      public Builder payloadType(String value) {
        payloadType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ManagedRuleGroupStatement}: A rule statement used to run the rules
   * that are defined in a managed rule group. To use this, provide the vendor name and the name of
   * the rule group in this statement. You can retrieve the required names through the API call
   * `ListAvailableManagedRuleGroups` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-managedrulegroupstatement.html">AWS::WAFv2::WebACL.ManagedRuleGroupStatement</a>
   */
  @Value.Immutable
  interface ManagedRuleGroupStatement extends PropertyValue {

    /** Rules in the referenced rule group whose actions are set to `Count` . */
    Optional<Expr> excludedRules();

    /**
     * Additional information that's used by a managed rule group. Many managed rule groups don't
     * require this.
     */
    Optional<Expr> managedRuleGroupConfigs();

    /**
     * Required. The name of the managed rule group. You use this, along with the vendor name, to
     * identify the rule group.
     */
    Expr name();

    /**
     * Action settings to use in the place of the rule actions that are configured inside the rule
     * group. You specify one override for each rule whose action you want to change.
     */
    Optional<Expr> ruleActionOverrides();

    /**
     * An optional nested statement that narrows the scope of the web requests that are evaluated by
     * the managed rule group. Requests are only evaluated by the rule group if they match the
     * scope-down statement. You can use any nestable `Statement` in the scope-down statement, and
     * you can nest statements at any level, the same as you can for a rule statement.
     */
    Optional<Expr> scopeDownStatement();

    /**
     * Required. The name of the managed rule group vendor. You use this, along with the rule group
     * name, to identify a rule group.
     */
    Expr vendorName();

    /**
     * The version of the managed rule group to use. If you specify this, the version setting is
     * fixed until you change it. If you don't specify this, AWS WAF uses the vendor's default
     * version, and then keeps the version at the vendor's default when the vendor updates the
     * managed rule group settings.
     */
    Optional<Expr> version();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExcludedRules", excludedRules())
          .put("ManagedRuleGroupConfigs", managedRuleGroupConfigs())
          .put("Name", name())
          .put("RuleActionOverrides", ruleActionOverrides())
          .put("ScopeDownStatement", scopeDownStatement())
          .put("VendorName", vendorName())
          .put("Version", version())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ManagedRuleGroupStatement}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.ManagedRuleGroupStatement.Builder {

      public Builder excludedRules(List<? extends Expr> values) {
        excludedRules(Expr.list(values));
        return this;
      }

      public Builder managedRuleGroupConfigs(List<? extends Expr> values) {
        managedRuleGroupConfigs(Expr.list(values));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder ruleActionOverrides(List<? extends Expr> values) {
        ruleActionOverrides(Expr.list(values));
        return this;
      }

      public Builder vendorName(String value) {
        vendorName(Expr.of(value));
        return this;
      }

      public Builder version(String value) {
        version(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.MonetizationConfig}: Configures monetization for the web ACL or rule
   * group.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-monetizationconfig.html">AWS::WAFv2::WebACL.MonetizationConfig</a>
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
    final class Builder extends ImmutableWebACL.MonetizationConfig.Builder {

      public Builder currencyMode(String value) {
        currencyMode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.MonetizeAction}: Monetize action for rules.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-monetizeaction.html">AWS::WAFv2::WebACL.MonetizeAction</a>
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
    final class Builder extends ImmutableWebACL.MonetizeAction.Builder {

      public Builder priceMultiplier(String value) {
        priceMultiplier(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.NotStatement}: A logical rule statement used to negate the results of
   * another rule statement. You provide one `Statement` within the `NotStatement` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-notstatement.html">AWS::WAFv2::WebACL.NotStatement</a>
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
    final class Builder extends ImmutableWebACL.NotStatement.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.OnSourceDDoSProtectionConfig}: Configures the level of DDoS
   * protection that applies to web ACLs associated with Application Load Balancers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-onsourceddosprotectionconfig.html">AWS::WAFv2::WebACL.OnSourceDDoSProtectionConfig</a>
   */
  @Value.Immutable
  interface OnSourceDDoSProtectionConfig extends PropertyValue {

    /**
     * Required. The level of DDoS protection that applies to web ACLs associated with Application
     * Load Balancers. `ACTIVE_UNDER_DDOS` protection is enabled by default whenever a web ACL is
     * associated with an Application Load Balancer. In the event that an Application Load Balancer
     * experiences high-load conditions or suspected DDoS attacks, the `ACTIVE_UNDER_DDOS`
     * protection automatically rate limits traffic from known low reputation sources without
     * disrupting Application Load Balancer availability. `ALWAYS_ON` protection provides constant,
     * always-on monitoring of known low reputation sources for suspected DDoS attacks. While this
     * provides a higher level of protection, there may be potential impacts on legitimate traffic.
     */
    Expr albLowReputationMode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ALBLowReputationMode", albLowReputationMode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link OnSourceDDoSProtectionConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.OnSourceDDoSProtectionConfig.Builder {

      public Builder albLowReputationMode(String value) {
        albLowReputationMode(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.OrStatement}: A logical rule statement used to combine other rule
   * statements with OR logic. You provide more than one `Statement` within the `OrStatement` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-orstatement.html">AWS::WAFv2::WebACL.OrStatement</a>
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
    final class Builder extends ImmutableWebACL.OrStatement.Builder {

      public Builder statements(List<? extends Expr> values) {
        statements(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.OverrideAction}: The action to use in the place of the action that
   * results from the rule group evaluation. Set the override action to none to leave the result of
   * the rule group alone. Set it to count to override the result to count only.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-overrideaction.html">AWS::WAFv2::WebACL.OverrideAction</a>
   */
  @Value.Immutable
  interface OverrideAction extends PropertyValue {

    /** Override the rule group evaluation result to count only. */
    Optional<Expr> count();

    /** Don't override the rule group evaluation result. This is the most common setting. */
    Optional<Expr> none();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Count", count())
          .put("None", none())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link OverrideAction}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.OverrideAction.Builder {

      public Builder count(JsonNode value) {
        count(Expr.json(value));
        return this;
      }

      public Builder none(JsonNode value) {
        none(Expr.json(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.PaymentNetwork}: Configuration for a single payment network.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-paymentnetwork.html">AWS::WAFv2::WebACL.PaymentNetwork</a>
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
    final class Builder extends ImmutableWebACL.PaymentNetwork.Builder {

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
   * {@code AWS::WAFv2::WebACL.PreParseTextTransformation}: Text Transformation applied before
   * parsing the query string.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-preparsetexttransformation.html">AWS::WAFv2::WebACL.PreParseTextTransformation</a>
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
    final class Builder extends ImmutableWebACL.PreParseTextTransformation.Builder {

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
   * {@code AWS::WAFv2::WebACL.Price}: A price configuration.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-price.html">AWS::WAFv2::WebACL.Price</a>
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
    final class Builder extends ImmutableWebACL.Price.Builder {

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
   * {@code AWS::WAFv2::WebACL.RateBasedStatement}: A rate-based rule counts incoming requests and
   * rate limits requests when they are coming at too fast a rate. The rule categorizes requests
   * according to your aggregation criteria, collects them into aggregation instances, and counts
   * and rate limits the requests for each instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratebasedstatement.html">AWS::WAFv2::WebACL.RateBasedStatement</a>
   */
  @Value.Immutable
  interface RateBasedStatement extends PropertyValue {

    /** Values CloudFormation accepts for {@code AggregateKeyType}. */
    String AGGREGATE_KEY_TYPE_CONSTANT = "CONSTANT";
    String AGGREGATE_KEY_TYPE_IP = "IP";
    String AGGREGATE_KEY_TYPE_FORWARDED_IP = "FORWARDED_IP";
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
    final class Builder extends ImmutableWebACL.RateBasedStatement.Builder {

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
   * {@code AWS::WAFv2::WebACL.RateBasedStatementCustomKey}: Specifies a single custom aggregate key
   * for a rate-base rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratebasedstatementcustomkey.html">AWS::WAFv2::WebACL.RateBasedStatementCustomKey</a>
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
    final class Builder extends ImmutableWebACL.RateBasedStatementCustomKey.Builder {

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
   * {@code AWS::WAFv2::WebACL.RateLimitCookie}: Specifies a cookie as an aggregate key for a
   * rate-based rule. Each distinct value in the cookie contributes to the aggregation instance. If
   * you use a single cookie as your custom key, then each value fully defines an aggregation
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratelimitcookie.html">AWS::WAFv2::WebACL.RateLimitCookie</a>
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
    final class Builder extends ImmutableWebACL.RateLimitCookie.Builder {

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
   * {@code AWS::WAFv2::WebACL.RateLimitHeader}: Specifies a header as an aggregate key for a
   * rate-based rule. Each distinct value in the header contributes to the aggregation instance. If
   * you use a single header as your custom key, then each value fully defines an aggregation
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratelimitheader.html">AWS::WAFv2::WebACL.RateLimitHeader</a>
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
    final class Builder extends ImmutableWebACL.RateLimitHeader.Builder {

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
   * {@code AWS::WAFv2::WebACL.RateLimitJA3Fingerprint}: Use the request's JA3 fingerprint derived
   * from the TLS Client Hello of an incoming request as an aggregate key. If you use a single JA3
   * fingerprint as your custom key, then each value fully defines an aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratelimitja3fingerprint.html">AWS::WAFv2::WebACL.RateLimitJA3Fingerprint</a>
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
    final class Builder extends ImmutableWebACL.RateLimitJA3Fingerprint.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RateLimitJA4Fingerprint}: Use the request's JA4 fingerprint derived
   * from the TLS Client Hello of an incoming request as an aggregate key. If you use a single JA4
   * fingerprint as your custom key, then each value fully defines an aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratelimitja4fingerprint.html">AWS::WAFv2::WebACL.RateLimitJA4Fingerprint</a>
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
    final class Builder extends ImmutableWebACL.RateLimitJA4Fingerprint.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RateLimitLabelNamespace}: Specifies a label namespace to use as an
   * aggregate key for a rate-based rule. Each distinct fully qualified label name that has the
   * specified label namespace contributes to the aggregation instance. If you use just one label
   * namespace as your custom key, then each label name fully defines an aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratelimitlabelnamespace.html">AWS::WAFv2::WebACL.RateLimitLabelNamespace</a>
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
    final class Builder extends ImmutableWebACL.RateLimitLabelNamespace.Builder {

      public Builder namespace(String value) {
        namespace(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RateLimitQueryArgument}: Specifies a query argument in the request as
   * an aggregate key for a rate-based rule. Each distinct value for the named query argument
   * contributes to the aggregation instance. If you use a single query argument as your custom key,
   * then each value fully defines an aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratelimitqueryargument.html">AWS::WAFv2::WebACL.RateLimitQueryArgument</a>
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
    final class Builder extends ImmutableWebACL.RateLimitQueryArgument.Builder {

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
   * {@code AWS::WAFv2::WebACL.RateLimitQueryString}: Specifies the request's query string as an
   * aggregate key for a rate-based rule. Each distinct string contributes to the aggregation
   * instance. If you use just the query string as your custom key, then each string fully defines
   * an aggregation instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratelimitquerystring.html">AWS::WAFv2::WebACL.RateLimitQueryString</a>
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
    final class Builder extends ImmutableWebACL.RateLimitQueryString.Builder {

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RateLimitUriPath}: Specifies the request's URI path as an aggregate
   * key for a rate-based rule. Each distinct URI path contributes to the aggregation instance. If
   * you use just the URI path as your custom key, then each URI path fully defines an aggregation
   * instance.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ratelimituripath.html">AWS::WAFv2::WebACL.RateLimitUriPath</a>
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
    final class Builder extends ImmutableWebACL.RateLimitUriPath.Builder {

      public Builder textTransformations(List<? extends Expr> values) {
        textTransformations(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.Regex}: A single regular expression. This is used in a
   * `RegexPatternSet` and also in the configuration for the AWS Managed Rules rule group
   * `AWSManagedRulesAntiDDoSRuleSet` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-regex.html">AWS::WAFv2::WebACL.Regex</a>
   */
  @Value.Immutable
  interface Regex extends PropertyValue {

    /** The string representing the regular expression. */
    Optional<Expr> regexString();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("RegexString", regexString())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Regex}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.Regex.Builder {

      public Builder regexString(String value) {
        regexString(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RegexMatchStatement}: A rule statement used to search web request
   * components for a match against a single regular expression.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-regexmatchstatement.html">AWS::WAFv2::WebACL.RegexMatchStatement</a>
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
    final class Builder extends ImmutableWebACL.RegexMatchStatement.Builder {

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
   * {@code AWS::WAFv2::WebACL.RegexPatternSetReferenceStatement}: A rule statement used to search
   * web request components for matches with regular expressions. To use this, create a
   * `RegexPatternSet` that specifies the expressions that you want to detect, then use that set in
   * this statement. A web request matches the pattern set rule statement if the request component
   * matches any of the patterns in the set.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-regexpatternsetreferencestatement.html">AWS::WAFv2::WebACL.RegexPatternSetReferenceStatement</a>
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
    final class Builder extends ImmutableWebACL.RegexPatternSetReferenceStatement.Builder {

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
   * {@code AWS::WAFv2::WebACL.RequestBodyAssociatedResourceTypeConfig}: Customizes the maximum size
   * of the request body that your protected CloudFront, API Gateway, Amazon Cognito, App Runner,
   * and Verified Access resources forward to AWS WAF for inspection. The default size is 16 KB
   * (16,384 bytes). You can change the setting for any of the available resource types.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-requestbodyassociatedresourcetypeconfig.html">AWS::WAFv2::WebACL.RequestBodyAssociatedResourceTypeConfig</a>
   */
  @Value.Immutable
  interface RequestBodyAssociatedResourceTypeConfig extends PropertyValue {

    /** Values CloudFormation accepts for {@code DefaultSizeInspectionLimit}. */
    String DEFAULT_SIZE_INSPECTION_LIMIT_KB_16 = "KB_16";
    String DEFAULT_SIZE_INSPECTION_LIMIT_KB_32 = "KB_32";
    String DEFAULT_SIZE_INSPECTION_LIMIT_KB_48 = "KB_48";
    String DEFAULT_SIZE_INSPECTION_LIMIT_KB_64 = "KB_64";

    /**
     * Required. Specifies the maximum size of the web request body component that an associated
     * CloudFront, API Gateway, Amazon Cognito, App Runner, or Verified Access resource should send
     * to AWS WAF for inspection. This applies to statements in the web ACL that inspect the body or
     * JSON body.
     */
    Expr defaultSizeInspectionLimit();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("DefaultSizeInspectionLimit", defaultSizeInspectionLimit())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RequestBodyAssociatedResourceTypeConfig}; every setter also takes an
     * intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableWebACL.RequestBodyAssociatedResourceTypeConfig.Builder {

      public Builder defaultSizeInspectionLimit(String value) {
        defaultSizeInspectionLimit(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RequestInspection}: The criteria for inspecting login requests, used
   * by the ATP rule group to validate credentials usage.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-requestinspection.html">AWS::WAFv2::WebACL.RequestInspection</a>
   */
  @Value.Immutable
  interface RequestInspection extends PropertyValue {

    /** Values CloudFormation accepts for {@code PayloadType}. */
    String PAYLOAD_TYPE_JSON = "JSON";
    String PAYLOAD_TYPE_FORM_ENCODED = "FORM_ENCODED";

    /**
     * Required. The name of the field in the request payload that contains your customer's
     * password.
     */
    Expr passwordField();

    /** Required. The payload type for your login endpoint, either JSON or form encoded. */
    Expr payloadType();

    /**
     * Required. The name of the field in the request payload that contains your customer's
     * username.
     */
    Expr usernameField();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("PasswordField", passwordField())
          .put("PayloadType", payloadType())
          .put("UsernameField", usernameField())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RequestInspection}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.RequestInspection.Builder {

      public Builder payloadType(String value) {
        payloadType(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RequestInspectionACFP}: The criteria for inspecting account creation
   * requests, used by the ACFP rule group to validate and track account creation attempts.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-requestinspectionacfp.html">AWS::WAFv2::WebACL.RequestInspectionACFP</a>
   */
  @Value.Immutable
  interface RequestInspectionACFP extends PropertyValue {

    /** Values CloudFormation accepts for {@code PayloadType}. */
    String PAYLOAD_TYPE_JSON = "JSON";
    String PAYLOAD_TYPE_FORM_ENCODED = "FORM_ENCODED";

    /**
     * The names of the fields in the request payload that contain your customer's primary physical
     * address.
     */
    Optional<Expr> addressFields();

    /** The name of the field in the request payload that contains your customer's email. */
    Optional<Expr> emailField();

    /** The name of the field in the request payload that contains your customer's password. */
    Optional<Expr> passwordField();

    /**
     * Required. The payload type for your account creation endpoint, either JSON or form encoded.
     */
    Expr payloadType();

    /**
     * The names of the fields in the request payload that contain your customer's primary phone
     * number.
     */
    Optional<Expr> phoneNumberFields();

    /** The name of the field in the request payload that contains your customer's username. */
    Optional<Expr> usernameField();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AddressFields", addressFields())
          .put("EmailField", emailField())
          .put("PasswordField", passwordField())
          .put("PayloadType", payloadType())
          .put("PhoneNumberFields", phoneNumberFields())
          .put("UsernameField", usernameField())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RequestInspectionACFP}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableWebACL.RequestInspectionACFP.Builder {

      public Builder addressFields(List<? extends Expr> values) {
        addressFields(Expr.list(values));
        return this;
      }

      public Builder payloadType(String value) {
        payloadType(Expr.of(value));
        return this;
      }

      public Builder phoneNumberFields(List<? extends Expr> values) {
        phoneNumberFields(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ResponseInspection}: The criteria for inspecting responses to login
   * requests and account creation requests, used by the ATP and ACFP rule groups to track login and
   * account creation success and failure rates.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-responseinspection.html">AWS::WAFv2::WebACL.ResponseInspection</a>
   */
  @Value.Immutable
  interface ResponseInspection extends PropertyValue {

    /**
     * Configures inspection of the response body for success and failure indicators. AWS WAF can
     * inspect the first 65,536 bytes (64 KB) of the response body.
     */
    Optional<Expr> bodyContains();

    /** Configures inspection of the response header for success and failure indicators. */
    Optional<Expr> header();

    /**
     * Configures inspection of the response JSON for success and failure indicators. AWS WAF can
     * inspect the first 65,536 bytes (64 KB) of the response JSON.
     */
    Optional<Expr> json();

    /** Configures inspection of the response status code for success and failure indicators. */
    Optional<Expr> statusCode();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("BodyContains", bodyContains())
          .put("Header", header())
          .put("Json", json())
          .put("StatusCode", statusCode())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ResponseInspection}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.ResponseInspection.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ResponseInspectionBodyContains}: Configures inspection of the
   * response body. AWS WAF can inspect the first 65,536 bytes (64 KB) of the response body. This is
   * part of the `ResponseInspection` configuration for `AWSManagedRulesATPRuleSet` and
   * `AWSManagedRulesACFPRuleSet` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-responseinspectionbodycontains.html">AWS::WAFv2::WebACL.ResponseInspectionBodyContains</a>
   */
  @Value.Immutable
  interface ResponseInspectionBodyContains extends PropertyValue {

    /**
     * Required. Strings in the body of the response that indicate a failed login or account
     * creation attempt. To be counted as a failure, the string can be anywhere in the body and must
     * be an exact match, including case. Each string must be unique among the success and failure
     * strings.
     */
    Expr failureStrings();

    /**
     * Required. Strings in the body of the response that indicate a successful login or account
     * creation attempt. To be counted as a success, the string can be anywhere in the body and must
     * be an exact match, including case. Each string must be unique among the success and failure
     * strings.
     */
    Expr successStrings();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FailureStrings", failureStrings())
          .put("SuccessStrings", successStrings())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ResponseInspectionBodyContains}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.ResponseInspectionBodyContains.Builder {

      public Builder failureStrings(List<? extends Expr> values) {
        failureStrings(Expr.list(values));
        return this;
      }

      public Builder failureStrings(String... values) {
        failureStrings(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder successStrings(List<? extends Expr> values) {
        successStrings(Expr.list(values));
        return this;
      }

      public Builder successStrings(String... values) {
        successStrings(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ResponseInspectionHeader}: Configures inspection of the response
   * header. This is part of the `ResponseInspection` configuration for `AWSManagedRulesATPRuleSet`
   * and `AWSManagedRulesACFPRuleSet` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-responseinspectionheader.html">AWS::WAFv2::WebACL.ResponseInspectionHeader</a>
   */
  @Value.Immutable
  interface ResponseInspectionHeader extends PropertyValue {

    /**
     * Required. Values in the response header with the specified name that indicate a failed login
     * or account creation attempt. To be counted as a failure, the value must be an exact match,
     * including case. Each value must be unique among the success and failure values.
     */
    Expr failureValues();

    /**
     * Required. The name of the header to match against. The name must be an exact match, including
     * case.
     */
    Expr name();

    /**
     * Required. Values in the response header with the specified name that indicate a successful
     * login or account creation attempt. To be counted as a success, the value must be an exact
     * match, including case. Each value must be unique among the success and failure values.
     */
    Expr successValues();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FailureValues", failureValues())
          .put("Name", name())
          .put("SuccessValues", successValues())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ResponseInspectionHeader}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.ResponseInspectionHeader.Builder {

      public Builder failureValues(List<? extends Expr> values) {
        failureValues(Expr.list(values));
        return this;
      }

      public Builder failureValues(String... values) {
        failureValues(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder successValues(List<? extends Expr> values) {
        successValues(Expr.list(values));
        return this;
      }

      public Builder successValues(String... values) {
        successValues(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ResponseInspectionJson}: Configures inspection of the response JSON.
   * AWS WAF can inspect the first 65,536 bytes (64 KB) of the response JSON. This is part of the
   * `ResponseInspection` configuration for `AWSManagedRulesATPRuleSet` and
   * `AWSManagedRulesACFPRuleSet` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-responseinspectionjson.html">AWS::WAFv2::WebACL.ResponseInspectionJson</a>
   */
  @Value.Immutable
  interface ResponseInspectionJson extends PropertyValue {

    /**
     * Required. Values for the specified identifier in the response JSON that indicate a failed
     * login or account creation attempt. To be counted as a failure, the value must be an exact
     * match, including case. Each value must be unique among the success and failure values.
     */
    Expr failureValues();

    /**
     * Required. The identifier for the value to match against in the JSON. The identifier must be
     * an exact match, including case.
     */
    Expr identifier();

    /**
     * Required. Values for the specified identifier in the response JSON that indicate a successful
     * login or account creation attempt. To be counted as a success, the value must be an exact
     * match, including case. Each value must be unique among the success and failure values.
     */
    Expr successValues();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FailureValues", failureValues())
          .put("Identifier", identifier())
          .put("SuccessValues", successValues())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ResponseInspectionJson}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableWebACL.ResponseInspectionJson.Builder {

      public Builder failureValues(List<? extends Expr> values) {
        failureValues(Expr.list(values));
        return this;
      }

      public Builder failureValues(String... values) {
        failureValues(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder identifier(String value) {
        identifier(Expr.of(value));
        return this;
      }

      public Builder successValues(List<? extends Expr> values) {
        successValues(Expr.list(values));
        return this;
      }

      public Builder successValues(String... values) {
        successValues(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.ResponseInspectionStatusCode}: Configures inspection of the response
   * status code. This is part of the `ResponseInspection` configuration for
   * `AWSManagedRulesATPRuleSet` and `AWSManagedRulesACFPRuleSet` .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-responseinspectionstatuscode.html">AWS::WAFv2::WebACL.ResponseInspectionStatusCode</a>
   */
  @Value.Immutable
  interface ResponseInspectionStatusCode extends PropertyValue {

    /**
     * Required. Status codes in the response that indicate a failed login or account creation
     * attempt. To be counted as a failure, the response status code must match one of these. Each
     * code must be unique among the success and failure status codes.
     */
    Expr failureCodes();

    /**
     * Required. Status codes in the response that indicate a successful login or account creation
     * attempt. To be counted as a success, the response status code must match one of these. Each
     * code must be unique among the success and failure status codes.
     */
    Expr successCodes();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FailureCodes", failureCodes())
          .put("SuccessCodes", successCodes())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ResponseInspectionStatusCode}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.ResponseInspectionStatusCode.Builder {

      public Builder failureCodes(List<? extends Expr> values) {
        failureCodes(Expr.list(values));
        return this;
      }

      public Builder successCodes(List<? extends Expr> values) {
        successCodes(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.Rule}: A single rule, which you can use in a `WebACL` or `RuleGroup`
   * to identify web requests that you want to manage in some way. Each rule includes one top-level
   * `Statement` that AWS WAF uses to identify matching web requests, and parameters that govern how
   * AWS WAF handles them.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-rule.html">AWS::WAFv2::WebACL.Rule</a>
   */
  @Value.Immutable
  interface Rule extends PropertyValue {

    /**
     * The action that AWS WAF should take on a web request when it matches the rule's statement.
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
     * The override action to apply to the rules in a rule group, instead of the individual rule
     * action settings. This is used only for rules whose statements reference a rule group. Rule
     * statements that reference a rule group are `RuleGroupReferenceStatement` and
     * `ManagedRuleGroupStatement` .
     */
    Optional<Expr> overrideAction();

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
          .put("OverrideAction", overrideAction())
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
    final class Builder extends ImmutableWebACL.Rule.Builder {

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
   * {@code AWS::WAFv2::WebACL.RuleAction}: The action that AWS WAF should take on a web request
   * when it matches a rule's statement. Settings at the web ACL level can override the rule action
   * setting.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ruleaction.html">AWS::WAFv2::WebACL.RuleAction</a>
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
    final class Builder extends ImmutableWebACL.RuleAction.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RuleActionOverride}: Action setting to use in the place of a rule
   * action that is configured inside the rule group. You specify one override for each rule whose
   * action you want to change.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-ruleactionoverride.html">AWS::WAFv2::WebACL.RuleActionOverride</a>
   */
  @Value.Immutable
  interface RuleActionOverride extends PropertyValue {

    /**
     * Required. The override action to use, in place of the configured action of the rule in the
     * rule group.
     */
    Expr actionToUse();

    /** Required. The name of the rule to override. */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ActionToUse", actionToUse())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link RuleActionOverride}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.RuleActionOverride.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.RuleGroupReferenceStatement}: A rule statement used to run the rules
   * that are defined in a `RuleGroup` . To use this, create a rule group with your rules, then
   * provide the ARN of the rule group in this statement.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-rulegroupreferencestatement.html">AWS::WAFv2::WebACL.RuleGroupReferenceStatement</a>
   */
  @Value.Immutable
  interface RuleGroupReferenceStatement extends PropertyValue {

    /** Required. The Amazon Resource Name (ARN) of the entity. */
    Expr arn();

    /** Rules in the referenced rule group whose actions are set to `Count` . */
    Optional<Expr> excludedRules();

    /**
     * Action settings to use in the place of the rule actions that are configured inside the rule
     * group. You specify one override for each rule whose action you want to change.
     */
    Optional<Expr> ruleActionOverrides();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Arn", arn())
          .put("ExcludedRules", excludedRules())
          .put("RuleActionOverrides", ruleActionOverrides())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RuleGroupReferenceStatement}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableWebACL.RuleGroupReferenceStatement.Builder {

      public Builder arn(String value) {
        arn(Expr.of(value));
        return this;
      }

      public Builder excludedRules(List<? extends Expr> values) {
        excludedRules(Expr.list(values));
        return this;
      }

      public Builder ruleActionOverrides(List<? extends Expr> values) {
        ruleActionOverrides(Expr.list(values));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.SingleHeader}: Inspect one of the headers in the web request,
   * identified by name, for example, `User-Agent` or `Referer` . The name isn't case sensitive.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-singleheader.html">AWS::WAFv2::WebACL.SingleHeader</a>
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
    final class Builder extends ImmutableWebACL.SingleHeader.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.SingleQueryArgument}: Inspect one query argument in the web request,
   * identified by name, for example *UserName* or *SalesRegion* . The name isn't case sensitive.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-singlequeryargument.html">AWS::WAFv2::WebACL.SingleQueryArgument</a>
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
    final class Builder extends ImmutableWebACL.SingleQueryArgument.Builder {

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.SizeConstraintStatement}: A rule statement that compares a number of
   * bytes against the size of a request component, using a comparison operator, such as greater
   * than (&gt;) or less than (&lt;). For example, you can use a size constraint statement to look
   * for query strings that are longer than 100 bytes.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-sizeconstraintstatement.html">AWS::WAFv2::WebACL.SizeConstraintStatement</a>
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
    final class Builder extends ImmutableWebACL.SizeConstraintStatement.Builder {

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
   * {@code AWS::WAFv2::WebACL.SqliMatchStatement}: A rule statement that inspects for malicious SQL
   * code. Attackers insert malicious SQL code into web requests to do things like modify your
   * database or extract data from it.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-sqlimatchstatement.html">AWS::WAFv2::WebACL.SqliMatchStatement</a>
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
    final class Builder extends ImmutableWebACL.SqliMatchStatement.Builder {

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
   * {@code AWS::WAFv2::WebACL.Statement}: The processing guidance for a rule, used by AWS WAF to
   * determine whether a web request matches the rule.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-statement.html">AWS::WAFv2::WebACL.Statement</a>
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
     * A rule statement used to run the rules that are defined in a managed rule group. To use this,
     * provide the vendor name and the name of the rule group in this statement. You can retrieve
     * the required names through the API call `ListAvailableManagedRuleGroups` .
     */
    Optional<Expr> managedRuleGroupStatement();

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
     * A rule statement used to run the rules that are defined in a `RuleGroup` . To use this,
     * create a rule group with your rules, then provide the ARN of the rule group in this
     * statement.
     */
    Optional<Expr> ruleGroupReferenceStatement();

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
          .put("ManagedRuleGroupStatement", managedRuleGroupStatement())
          .put("NotStatement", notStatement())
          .put("OrStatement", orStatement())
          .put("RateBasedStatement", rateBasedStatement())
          .put("RegexMatchStatement", regexMatchStatement())
          .put("RegexPatternSetReferenceStatement", regexPatternSetReferenceStatement())
          .put("RuleGroupReferenceStatement", ruleGroupReferenceStatement())
          .put("SizeConstraintStatement", sizeConstraintStatement())
          .put("SqliMatchStatement", sqliMatchStatement())
          .put("XssMatchStatement", xssMatchStatement())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Statement}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableWebACL.Statement.Builder {
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.TextTransformation}: Text transformations eliminate some of the
   * unusual formatting that attackers use in web requests in an effort to bypass detection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-texttransformation.html">AWS::WAFv2::WebACL.TextTransformation</a>
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
    final class Builder extends ImmutableWebACL.TextTransformation.Builder {

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
   * {@code AWS::WAFv2::WebACL.UriFragment}: Inspect fragments of the request URI. You can specify
   * the parts of the URI fragment to inspect and you can narrow the set of URI fragments to inspect
   * by including or excluding specific keys.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-urifragment.html">AWS::WAFv2::WebACL.UriFragment</a>
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
    final class Builder extends ImmutableWebACL.UriFragment.Builder {

      public Builder fallbackBehavior(String value) {
        fallbackBehavior(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::WAFv2::WebACL.VisibilityConfig}: Defines and enables Amazon CloudWatch metrics and
   * web request sample collection.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-visibilityconfig.html">AWS::WAFv2::WebACL.VisibilityConfig</a>
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
    final class Builder extends ImmutableWebACL.VisibilityConfig.Builder {

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
   * {@code AWS::WAFv2::WebACL.XssMatchStatement}: A rule statement that inspects for cross-site
   * scripting (XSS) attacks. In XSS attacks, the attacker uses vulnerabilities in a benign website
   * as a vehicle to inject malicious client-site scripts into other legitimate web browsers.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-wafv2-webacl-xssmatchstatement.html">AWS::WAFv2::WebACL.XssMatchStatement</a>
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
    final class Builder extends ImmutableWebACL.XssMatchStatement.Builder {

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
