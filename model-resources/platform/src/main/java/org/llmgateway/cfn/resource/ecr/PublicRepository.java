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
 * {@code AWS::ECR::PublicRepository}: The `AWS::ECR::PublicRepository` resource specifies an Amazon
 * Elastic Container Registry Public (Amazon ECR Public) repository, where users can push and pull
 * Docker images, Open Container Initiative (OCI) images, and OCI compatible artifacts. For more
 * information, see [Amazon ECR public
 * repositories](https://docs.aws.amazon.com/AmazonECR/latest/public/public-repositories.html) in
 * the *Amazon ECR Public User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-publicrepository.html">AWS::ECR::PublicRepository</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface PublicRepository extends Resource {

  String TYPE = "AWS::ECR::PublicRepository";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * The details about the repository that are publicly visible in the Amazon ECR Public Gallery.
   * For more information, see [Amazon ECR Public repository catalog
   * data](https://docs.aws.amazon.com/AmazonECR/latest/public/public-repository-catalog-data.html)
   * in the *Amazon ECR Public User Guide* .
   */
  Optional<Expr> repositoryCatalogData();

  /**
   * The name to use for the public repository. The repository name may be specified on its own
   * (such as `nginx-web-app` ) or it can be prepended with a namespace to group the repository into
   * a category (such as `project-a/nginx-web-app` ). If you don't specify a name, AWS
   * CloudFormation generates a unique physical ID and uses that ID for the repository name. For
   * more information, see [Name
   * Type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html)
   * .
   */
  Optional<Expr> repositoryName();

  /**
   * The JSON repository policy text to apply to the public repository. For more information, see
   * [Amazon ECR Public repository
   * policies](https://docs.aws.amazon.com/AmazonECR/latest/public/public-repository-policies.html)
   * in the *Amazon ECR Public User Guide* .
   */
  Optional<Expr> repositoryPolicyText();

  /** An array of key-value pairs to apply to this resource. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("RepositoryCatalogData", repositoryCatalogData())
        .put("RepositoryName", repositoryName())
        .put("RepositoryPolicyText", repositoryPolicyText())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) for the specified
   * `AWS::ECR::PublicRepository` resource. For example, `arn:aws:ecr-public:: *123456789012*
   * :repository/ *test-repository*` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublicRepository}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutablePublicRepository.Builder {

    public Builder repositoryName(String value) {
      repositoryName(Expr.of(value));
      return this;
    }

    public Builder repositoryPolicyText(JsonNode value) {
      repositoryPolicyText(Expr.json(value));
      return this;
    }

    public Builder repositoryPolicyText(String value) {
      repositoryPolicyText(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECR::PublicRepository.RepositoryCatalogData}: The details about the repository that
   * are publicly visible in the Amazon ECR Public Gallery. For more information, see [Amazon ECR
   * Public repository catalog
   * data](https://docs.aws.amazon.com/AmazonECR/latest/public/public-repository-catalog-data.html)
   * in the *Amazon ECR Public User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-publicrepository-repositorycatalogdata.html">AWS::ECR::PublicRepository.RepositoryCatalogData</a>
   */
  @Value.Immutable
  interface RepositoryCatalogData extends PropertyValue {

    /**
     * The longform description of the contents of the repository. This text appears in the
     * repository details on the Amazon ECR Public Gallery.
     */
    Optional<Expr> aboutText();

    /** The architecture tags that are associated with the repository. */
    Optional<Expr> architectures();

    /** The operating system tags that are associated with the repository. */
    Optional<Expr> operatingSystems();

    /** The short description of the repository. */
    Optional<Expr> repositoryDescription();

    /**
     * The longform usage details of the contents of the repository. The usage text provides context
     * for users of the repository.
     */
    Optional<Expr> usageText();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("AboutText", aboutText())
          .put("Architectures", architectures())
          .put("OperatingSystems", operatingSystems())
          .put("RepositoryDescription", repositoryDescription())
          .put("UsageText", usageText())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link RepositoryCatalogData}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutablePublicRepository.RepositoryCatalogData.Builder {

      public Builder aboutText(String value) {
        aboutText(Expr.of(value));
        return this;
      }

      public Builder architectures(List<? extends Expr> values) {
        architectures(Expr.list(values));
        return this;
      }

      public Builder architectures(String... values) {
        architectures(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder operatingSystems(List<? extends Expr> values) {
        operatingSystems(Expr.list(values));
        return this;
      }

      public Builder operatingSystems(String... values) {
        operatingSystems(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder repositoryDescription(String value) {
        repositoryDescription(Expr.of(value));
        return this;
      }

      public Builder usageText(String value) {
        usageText(Expr.of(value));
        return this;
      }
    }
  }
}
