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
 * {@code AWS::WAFv2::IPSet}: &gt; This is the latest version of *AWS WAF* , named AWS WAF V2,
 * released in November, 2019. For information, including how to migrate your AWS WAF resources from
 * the prior release, see the [AWS WAF developer
 * guide](https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-wafv2-ipset.html">AWS::WAFv2::IPSet</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface IPSet extends Resource {

  String TYPE = "AWS::WAFv2::IPSet";

  /** Values CloudFormation accepts for {@code IPAddressVersion}. */
  String IP_ADDRESS_VERSION_IPV4 = "IPV4";
  String IP_ADDRESS_VERSION_IPV6 = "IPV6";

  /** Values CloudFormation accepts for {@code Scope}. */
  String SCOPE_CLOUDFRONT = "CLOUDFRONT";
  String SCOPE_REGIONAL = "REGIONAL";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. Contains an array of strings that specifies zero or more IP addresses or blocks of IP
   * addresses that you want AWS WAF to inspect for in incoming requests. All addresses must be
   * specified using Classless Inter-Domain Routing (CIDR) notation. AWS WAF supports all IPv4 and
   * IPv6 CIDR ranges except for `/0` .
   */
  Expr addresses();

  /** A description of the IP set that helps with identification. */
  Optional<Expr> description();

  /** Required. The version of the IP addresses, either `IPV4` or `IPV6` . */
  Expr ipAddressVersion();

  /** The name of the IP set. You cannot change the name of an `IPSet` after you create it. */
  Optional<Expr> name();

  /**
   * Required. Specifies whether this is for an Amazon CloudFront distribution or for a regional
   * application. A regional application can be an Application Load Balancer (ALB), an REST API, an
   * AWS AppSync GraphQL API, an Amazon Cognito user pool, an AWS App Runner service, or an AWS
   * Verified Access instance. Valid Values are `CLOUDFRONT` and `REGIONAL` .
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
        .put("Addresses", addresses())
        .put("Description", description())
        .put("IPAddressVersion", ipAddressVersion())
        .put("Name", name())
        .put("Scope", scope())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Arn} attribute: The Amazon Resource Name (ARN) of the IP set. */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /** The {@code Id} attribute: The ID of the IP set. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IPSet}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableIPSet.Builder {

    public Builder addresses(List<? extends Expr> values) {
      addresses(Expr.list(values));
      return this;
    }

    public Builder addresses(String... values) {
      addresses(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder ipAddressVersion(String value) {
      ipAddressVersion(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
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
