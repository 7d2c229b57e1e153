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
 * {@code AWS::ECR::RepositoryCreationTemplate}: The details of the repository creation template
 * associated with the request.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecr-repositorycreationtemplate.html">AWS::ECR::RepositoryCreationTemplate</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface RepositoryCreationTemplate extends Resource {

  String TYPE = "AWS::ECR::RepositoryCreationTemplate";

  /** Values CloudFormation accepts for {@code AppliedFor}. */
  String APPLIED_FOR_REPLICATION = "REPLICATION";
  String APPLIED_FOR_PULL_THROUGH_CACHE = "PULL_THROUGH_CACHE";

  /** Values CloudFormation accepts for {@code ImageTagMutability}. */
  String IMAGE_TAG_MUTABILITY_MUTABLE = "MUTABLE";
  String IMAGE_TAG_MUTABILITY_IMMUTABLE = "IMMUTABLE";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /**
   * Required. A list of enumerable Strings representing the repository creation scenarios that this
   * template will apply towards. The supported scenarios are PULL_THROUGH_CACHE, REPLICATION, and
   * CREATE_ON_PUSH
   */
  Expr appliedFor();

  /**
   * The ARN of the role to be assumed by Amazon ECR. Amazon ECR will assume your supplied role when
   * the customRoleArn is specified. When this field isn't specified, Amazon ECR will use the
   * service-linked role for the repository creation template.
   */
  Optional<Expr> customRoleArn();

  /** The description associated with the repository creation template. */
  Optional<Expr> description();

  /** The encryption configuration associated with the repository creation template. */
  Optional<Expr> encryptionConfiguration();

  /**
   * The tag mutability setting for the repository. If this parameter is omitted, the default
   * setting of `MUTABLE` will be used which will allow image tags to be overwritten. If `IMMUTABLE`
   * is specified, all image tags within the repository will be immutable which will prevent them
   * from being overwritten.
   */
  Optional<Expr> imageTagMutability();

  /**
   * A list of filters that specify which image tags are excluded from the repository creation
   * template's image tag mutability setting.
   */
  Optional<Expr> imageTagMutabilityExclusionFilters();

  /** The lifecycle policy to use for repositories created using the template. */
  Optional<Expr> lifecyclePolicy();

  /** Required. The repository namespace prefix associated with the repository creation template. */
  Expr prefix();

  /**
   * The repository policy to apply to repositories created using the template. A repository policy
   * is a permissions policy associated with a repository to control access permissions.
   */
  Optional<Expr> repositoryPolicy();

  /**
   * The metadata to apply to the repository to help you categorize and organize. Each tag consists
   * of a key and an optional value, both of which you define. Tag keys can have a maximum character
   * length of 128 characters, and tag values can have a maximum length of 256 characters.
   */
  Optional<Expr> resourceTags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AppliedFor", appliedFor())
        .put("CustomRoleArn", customRoleArn())
        .put("Description", description())
        .put("EncryptionConfiguration", encryptionConfiguration())
        .put("ImageTagMutability", imageTagMutability())
        .put("ImageTagMutabilityExclusionFilters", imageTagMutabilityExclusionFilters())
        .put("LifecyclePolicy", lifecyclePolicy())
        .put("Prefix", prefix())
        .put("RepositoryPolicy", repositoryPolicy())
        .put("ResourceTags", resourceTags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CreatedAt} attribute: The date and time, in JavaScript date format, when the
   * repository creation template was created.
   */
  default GetAtt attrCreatedAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The {@code UpdatedAt} attribute: The date and time, in JavaScript date format, when the
   * repository creation template was last updated.
   */
  default GetAtt attrUpdatedAt() {
    return getAtt("UpdatedAt");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RepositoryCreationTemplate}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableRepositoryCreationTemplate.Builder {

    public Builder appliedFor(List<? extends Expr> values) {
      appliedFor(Expr.list(values));
      return this;
    }

    public Builder appliedFor(String... values) {
      appliedFor(Expr.ofStrings(List.of(values)));
      return this;
    }

    public Builder customRoleArn(String value) {
      customRoleArn(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
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

    public Builder lifecyclePolicy(String value) {
      lifecyclePolicy(Expr.of(value));
      return this;
    }

    public Builder prefix(String value) {
      prefix(Expr.of(value));
      return this;
    }

    public Builder repositoryPolicy(String value) {
      repositoryPolicy(Expr.of(value));
      return this;
    }

    public Builder resourceTags(List<? extends Expr> values) {
      resourceTags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::ECR::RepositoryCreationTemplate.EncryptionConfiguration}: The encryption
   * configuration for the repository. This determines how the contents of your repository are
   * encrypted at rest.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repositorycreationtemplate-encryptionconfiguration.html">AWS::ECR::RepositoryCreationTemplate.EncryptionConfiguration</a>
   */
  @Value.Immutable
  interface EncryptionConfiguration extends PropertyValue {

    /** Values CloudFormation accepts for {@code EncryptionType}. */
    String ENCRYPTION_TYPE_AES256 = "AES256";
    String ENCRYPTION_TYPE_KMS = "KMS";

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
    final class Builder extends ImmutableRepositoryCreationTemplate.EncryptionConfiguration.Builder {

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
   * {@code AWS::ECR::RepositoryCreationTemplate.ImageTagMutabilityExclusionFilter}: A filter that
   * specifies which image tags should be excluded from the repository's image tag mutability
   * setting.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecr-repositorycreationtemplate-imagetagmutabilityexclusionfilter.html">AWS::ECR::RepositoryCreationTemplate.ImageTagMutabilityExclusionFilter</a>
   */
  @Value.Immutable
  interface ImageTagMutabilityExclusionFilter extends PropertyValue {

    /** Required. {@code ImageTagMutabilityExclusionFilterType}. */
    Expr imageTagMutabilityExclusionFilterType();

    /** Required. {@code ImageTagMutabilityExclusionFilterValue}. */
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
    final class Builder extends ImmutableRepositoryCreationTemplate.ImageTagMutabilityExclusionFilter.Builder {

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
}
