// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.iam;

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
 * {@code AWS::IAM::OIDCProvider}: Creates or updates an IAM entity to describe an identity provider
 * (IdP) that supports [OpenID Connect
 * (OIDC)](https://docs.aws.amazon.com/http://openid.net/connect/) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-iam-oidcprovider.html">AWS::IAM::OIDCProvider</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface OIDCProvider extends Resource {

  String TYPE = "AWS::IAM::OIDCProvider";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * A list of client IDs (also known as audiences) that are associated with the specified IAM OIDC
   * provider resource object. For more information, see
   * [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html)
   * .
   */
  Optional<Expr> clientIdList();

  /**
   * A list of tags that are attached to the specified IAM OIDC provider. The returned list of tags
   * is sorted by tag key. For more information about tagging, see [Tagging IAM
   * resources](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html) in the *IAM User
   * Guide* .
   */
  Optional<Expr> tags();

  /**
   * A list of certificate thumbprints that are associated with the specified IAM OIDC provider
   * resource object. For more information, see
   * [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html)
   * .
   */
  Optional<Expr> thumbprintList();

  /**
   * The URL that the IAM OIDC provider resource object is associated with. For more information,
   * see
   * [CreateOpenIDConnectProvider](https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html)
   * .
   */
  Optional<Expr> url();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("ClientIdList", clientIdList())
        .put("Tags", tags())
        .put("ThumbprintList", thumbprintList())
        .put("Url", url())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) for the specified
   * `AWS::IAM::OIDCProvider` resource.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OIDCProvider}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableOIDCProvider.Builder {

    public Builder clientIdList(List<? extends Expr> values) {
      clientIdList(Expr.list(values));
      return this;
    }

    public Builder clientIdList(String... values) {
      clientIdList(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder thumbprintList(List<? extends Expr> values) {
      thumbprintList(Expr.list(values));
      return this;
    }

    public Builder thumbprintList(String... values) {
      thumbprintList(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder url(String value) {
      url(Expr.of(value));
      return this;
    }
  }
}
