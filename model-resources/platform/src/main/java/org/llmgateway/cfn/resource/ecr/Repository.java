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
 * {@code AWS::ECR::Repository}: The `AWS::ECR::Repository` resource specifies an Amazon Elastic
 * Container Registry (Amazon ECR) repository, where users can push and pull Docker images, Open
 * Container Initiative (OCI) images, and OCI compatible artifacts. For more information, see
 * [Amazon ECR private
 * repositories](https://docs.aws.amazon.com/AmazonECR/latest/userguide/Repositories.html) in the
 * *Amazon ECR User Guide* .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-repository.html">AWS::ECR::Repository</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Repository extends Resource {

  String TYPE = "AWS::ECR::Repository";

  /** Values CloudFormation accepts for {@code ImageTagMutability}. */
  String IMAGE_TAG_MUTABILITY_MUTABLE = "MUTABLE";
  String IMAGE_TAG_MUTABILITY_IMMUTABLE = "IMMUTABLE";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * If true, deleting the repository force deletes the contents of the repository. If false, the
   * repository must be empty before attempting to delete it.
   */
  Optional<Expr> emptyOnDelete();

  /**
   * The encryption configuration for the repository. This determines how the contents of your
   * repository are encrypted at rest.
   */
  Optional<Expr> encryptionConfiguration();

  /**
   * &gt; The `imageScanningConfiguration` parameter is being deprecated, in favor of specifying the
   * image scanning configuration at the registry level. For more information, see
   * `PutRegistryScanningConfiguration` .
   */
  Optional<Expr> imageScanningConfiguration();

  /**
   * The tag mutability setting for the repository. If this parameter is omitted, the default
   * setting of `MUTABLE` will be used which will allow image tags to be overwritten. If `IMMUTABLE`
   * is specified, all image tags within the repository will be immutable which will prevent them
   * from being overwritten.
   */
  Optional<Expr> imageTagMutability();

  /**
   * A list of filters that specify which image tags are excluded from the repository's image tag
   * mutability setting.
   */
  Optional<Expr> imageTagMutabilityExclusionFilters();

  /**
   * Creates or updates a lifecycle policy. For information about lifecycle policy syntax, see
   * [Lifecycle policy
   * template](https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html) .
   */
  Optional<Expr> lifecyclePolicy();

  /**
   * The name to use for the repository. The repository name may be specified on its own (such as
   * `nginx-web-app` ) or it can be prepended with a namespace to group the repository into a
   * category (such as `project-a/nginx-web-app` ). If you don't specify a name, AWS CloudFormation
   * generates a unique physical ID and uses that ID for the repository name. For more information,
   * see [Name
   * type](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html)
   * .
   */
  Optional<Expr> repositoryName();

  /**
   * The JSON repository policy text to apply to the repository. For more information, see [Amazon
   * ECR repository
   * policies](https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policy-examples.html)
   * in the *Amazon Elastic Container Registry User Guide* .
   */
  Optional<Expr> repositoryPolicyText();

  /** An array of key-value pairs to apply to this resource. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("EmptyOnDelete", emptyOnDelete())
        .put("EncryptionConfiguration", encryptionConfiguration())
        .put("ImageScanningConfiguration", imageScanningConfiguration())
        .put("ImageTagMutability", imageTagMutability())
        .put("ImageTagMutabilityExclusionFilters", imageTagMutabilityExclusionFilters())
        .put("LifecyclePolicy", lifecyclePolicy())
        .put("RepositoryName", repositoryName())
        .put("RepositoryPolicyText", repositoryPolicyText())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: Returns the Amazon Resource Name (ARN) for the specified
   * `AWS::ECR::Repository` resource. For example, `arn:aws:ecr: *eu-west-1* : *123456789012*
   * :repository/ *test-repository*` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code RepositoryUri} attribute: Returns the URI for the specified `AWS::ECR::Repository`
   * resource. For example, `*123456789012* .dkr.ecr. *us-west-2* .amazonaws.com/repository` .
   */
  default GetAtt attrRepositoryUri() {
    return getAtt("RepositoryUri");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Repository}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableRepository.Builder {

    public Builder emptyOnDelete(boolean value) {
      emptyOnDelete(Expr.of(value));
      return this;
    }

    public Builder imageTagMutability(String value) {
      imageTagMutability(Expr.of(value));
      return this;
    }

    public Builder imageTagMutabilityExclusionFilters(List<? extends Expr> values) {
      imageTagMutabilityExclusionFilters(Expr.list(values));
      return this;
    }

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
   * {@code AWS::ECR::Repository.EncryptionConfiguration}: The encryption configuration for the
   * repository. This determines how the contents of your repository are encrypted at rest.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repository-encryptionconfiguration.html">AWS::ECR::Repository.EncryptionConfiguration</a>
   */
  @Value.Immutable
  interface EncryptionConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code EncryptionType}. */
    String ENCRYPTION_TYPE_AES256 = "AES256";
    String ENCRYPTION_TYPE_KMS = "KMS";
    String ENCRYPTION_TYPE_KMS_DSSE = "KMS_DSSE";

    /** Required. The encryption type to use. */
    Expr encryptionType();

    /**
     * If you use the `KMS` encryption type, specify the AWS key to use for encryption. The alias,
     * key ID, or full ARN of the AWS key can be specified. The key must exist in the same Region as
     * the repository. If no key is specified, the default AWS managed AWS key for Amazon ECR will
     * be used.
     */
    Optional<Expr> kmsKey();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("EncryptionType", encryptionType())
          .put("KmsKey", kmsKey())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link EncryptionConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRepository.EncryptionConfiguration.Builder {

      public Builder encryptionType(String value) {
        encryptionType(Expr.of(value));
        return this;
      }

      public Builder kmsKey(String value) {
        kmsKey(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECR::Repository.ImageScanningConfiguration}: The image scanning configuration for a
   * repository.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repository-imagescanningconfiguration.html">AWS::ECR::Repository.ImageScanningConfiguration</a>
   */
  @Value.Immutable
  interface ImageScanningConfiguration extends PropertyValue {

    /**
     * The setting that determines whether images are scanned after being pushed to a repository. If
     * set to `true` , images will be scanned after being pushed. If this parameter is not
     * specified, it will default to `false` and images will not be scanned unless a scan is
     * manually started.
     */
    Optional<Expr> scanOnPush();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ScanOnPush", scanOnPush())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ImageScanningConfiguration}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableRepository.ImageScanningConfiguration.Builder {

      public Builder scanOnPush(boolean value) {
        scanOnPush(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECR::Repository.ImageTagMutabilityExclusionFilter}: A filter that specifies which
   * image tags should be excluded from the repository's image tag mutability setting.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repository-imagetagmutabilityexclusionfilter.html">AWS::ECR::Repository.ImageTagMutabilityExclusionFilter</a>
   */
  @Value.Immutable
  interface ImageTagMutabilityExclusionFilter extends PropertyValue {

    /**
     * Required. Specifies the type of filter to use for excluding image tags from the repository's
     * mutability setting.
     */
    Expr imageTagMutabilityExclusionFilterType();

    /** Required. The value to use when filtering image tags. */
    Expr imageTagMutabilityExclusionFilterValue();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ImageTagMutabilityExclusionFilterType", imageTagMutabilityExclusionFilterType())
          .put("ImageTagMutabilityExclusionFilterValue", imageTagMutabilityExclusionFilterValue())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link ImageTagMutabilityExclusionFilter}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableRepository.ImageTagMutabilityExclusionFilter.Builder {

      public Builder imageTagMutabilityExclusionFilterType(String value) {
        imageTagMutabilityExclusionFilterType(Expr.of(value));
        return this;
      }

      public Builder imageTagMutabilityExclusionFilterValue(String value) {
        imageTagMutabilityExclusionFilterValue(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::ECR::Repository.LifecyclePolicy}: The `LifecyclePolicy` property type specifies a
   * lifecycle policy. For information about lifecycle policy syntax, see [Lifecycle policy
   * template](https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html) in the
   * *Amazon ECR User Guide* .
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repository-lifecyclepolicy.html">AWS::ECR::Repository.LifecyclePolicy</a>
   */
  @Value.Immutable
  interface LifecyclePolicy extends PropertyValue {

    /** The JSON repository policy text to apply to the repository. */
    Optional<Expr> lifecyclePolicyText();

    /**
     * The AWS account ID associated with the registry that contains the repository. If you do not
     * specify a registry, the default registry is assumed.
     */
    Optional<Expr> registryId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("LifecyclePolicyText", lifecyclePolicyText())
          .put("RegistryId", registryId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link LifecyclePolicy}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableRepository.LifecyclePolicy.Builder {

      public Builder lifecyclePolicyText(String value) {
        lifecyclePolicyText(Expr.of(value));
        return this;
      }

      public Builder registryId(String value) {
        registryId(Expr.of(value));
        return this;
      }
    }
  }
}
