// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ecr;

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
 * {@code AWS::ECR::PullThroughCacheRule}: The `AWS::ECR::PullThroughCacheRule` resource creates or
 * updates a pull through cache rule. A pull through cache rule provides a way to cache images from
 * an upstream registry in your Amazon ECR private registry.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-pullthroughcacherule.html">AWS::ECR::PullThroughCacheRule</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface PullThroughCacheRule extends Resource {

  String TYPE = "AWS::ECR::PullThroughCacheRule";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The ARN of the Secrets Manager secret associated with the pull through cache rule. */
  Optional<Expr> credentialArn();

  /** The ARN of the IAM role associated with the pull through cache rule. */
  Optional<Expr> customRoleArn();

  /** The Amazon ECR repository prefix associated with the pull through cache rule. */
  Optional<Expr> ecrRepositoryPrefix();

  /** The name of the upstream source registry associated with the pull through cache rule. */
  Optional<Expr> upstreamRegistry();

  /** The upstream registry URL associated with the pull through cache rule. */
  Optional<Expr> upstreamRegistryUrl();

  /** The upstream repository prefix associated with the pull through cache rule. */
  Optional<Expr> upstreamRepositoryPrefix();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("CredentialArn", credentialArn())
        .put("CustomRoleArn", customRoleArn())
        .put("EcrRepositoryPrefix", ecrRepositoryPrefix())
        .put("UpstreamRegistry", upstreamRegistry())
        .put("UpstreamRegistryUrl", upstreamRegistryUrl())
        .put("UpstreamRepositoryPrefix", upstreamRepositoryPrefix())
        .overriddenBy(propertyOverrides());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PullThroughCacheRule}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePullThroughCacheRule.Builder {

    public Builder credentialArn(String value) {
      credentialArn(Expr.of(value));
      return this;
    }

    public Builder customRoleArn(String value) {
      customRoleArn(Expr.of(value));
      return this;
    }

    public Builder ecrRepositoryPrefix(String value) {
      ecrRepositoryPrefix(Expr.of(value));
      return this;
    }

    public Builder upstreamRegistry(String value) {
      upstreamRegistry(Expr.of(value));
      return this;
    }

    public Builder upstreamRegistryUrl(String value) {
      upstreamRegistryUrl(Expr.of(value));
      return this;
    }

    public Builder upstreamRepositoryPrefix(String value) {
      upstreamRepositoryPrefix(Expr.of(value));
      return this;
    }
  }
}
