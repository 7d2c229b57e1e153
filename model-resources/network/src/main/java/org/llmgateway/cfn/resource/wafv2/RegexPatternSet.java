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
 * {@code AWS::WAFv2::RegexPatternSet}: &gt; This is the latest version of *AWS WAF* , named AWS WAF
 * V2, released in November, 2019. For information, including how to migrate your AWS WAF resources
 * from the prior release, see the [AWS WAF developer
 * guide](https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-regexpatternset.html">AWS::WAFv2::RegexPatternSet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RegexPatternSet extends Resource {

  String TYPE = "AWS::WAFv2::RegexPatternSet";

  /** Values CloudFormation accepts for {@code Scope}. */
  String SCOPE_CLOUDFRONT = "CLOUDFRONT";
  String SCOPE_REGIONAL = "REGIONAL";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A description of the set that helps with identification. */
  Optional<Expr> description();

  /** The name of the set. You cannot change the name after you create the set. */
  Optional<Expr> name();

  /** Required. The regular expression patterns in the set. */
  Expr regularExpressionList();

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

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("Name", name())
        .put("RegularExpressionList", regularExpressionList())
        .put("Scope", scope())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the regex pattern set. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Id} attribute: The ID of the regex pattern set. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegexPatternSet}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRegexPatternSet.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder regularExpressionList(List<? extends Expr> values) {
      regularExpressionList(Expr.list(values));
      return this;
    }

    public Builder regularExpressionList(String... values) {
      regularExpressionList(Expr.ofStrings(List.of(values)));
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
}
