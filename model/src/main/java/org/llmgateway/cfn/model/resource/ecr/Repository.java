package org.llmgateway.cfn.model.resource.ecr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.Expr;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::ECR::Repository */
@Value.Immutable
@CfnStyle
public interface Repository extends Resource {

  /** Whether a pushed tag may later point at another image. */
  enum TagMutability {
    MUTABLE,
    IMMUTABLE
  }

  /** How images are encrypted at rest. */
  enum EncryptionType {
    AES256,
    KMS,
    KMS_DSSE
  }

  @Override
  default String resourceType() {
    return "AWS::ECR::Repository";
  }

  @JsonProperty("RepositoryName")
  Optional<Expr> repositoryName();

  @JsonProperty("ImageScanningConfiguration")
  Optional<ImageScanningConfiguration> imageScanningConfiguration();

  @JsonProperty("ImageTagMutability")
  Optional<TagMutability> imageTagMutability();

  @JsonProperty("EncryptionConfiguration")
  Optional<EncryptionConfiguration> encryptionConfiguration();

  @JsonProperty("LifecyclePolicy")
  Optional<LifecyclePolicy> lifecyclePolicy();

  /** Whether deleting the repository also deletes its images (otherwise deletion fails). */
  @JsonProperty("EmptyOnDelete")
  Optional<Boolean> emptyOnDelete();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt arn() {
    return getAtt("Arn");
  }

  /** {@code <account>.dkr.ecr.<region>.amazonaws.com/<name>}. */
  default GetAtt repositoryUri() {
    return getAtt("RepositoryUri");
  }

  static ImmutableRepository.Builder builder() {
    return ImmutableRepository.builder();
  }

  /** Scanning of pushed images. */
  @Value.Immutable
  @CfnStyle
  interface ImageScanningConfiguration {
    @JsonProperty("ScanOnPush")
    @Value.Parameter
    boolean scanOnPush();

    static ImageScanningConfiguration of(boolean scanOnPush) {
      return ImmutableImageScanningConfiguration.of(scanOnPush);
    }
  }

  /** Encryption at rest; {@code KmsKey} only with a KMS encryption type. */
  @Value.Immutable
  @CfnStyle
  interface EncryptionConfiguration {
    @JsonProperty("EncryptionType")
    EncryptionType encryptionType();

    @JsonProperty("KmsKey")
    Optional<Expr> kmsKey();

    /** Encrypted with the given customer-managed key. */
    static EncryptionConfiguration kms(Expr keyArn) {
      return ImmutableEncryptionConfiguration.builder()
          .encryptionType(EncryptionType.KMS)
          .kmsKey(keyArn)
          .build();
    }

    @Value.Check
    default void check() {
      if (kmsKey().isPresent() && encryptionType() == EncryptionType.AES256) {
        throw new IllegalStateException("ECR EncryptionConfiguration: KmsKey needs a KMS type");
      }
    }
  }

  /** The lifecycle policy, as the JSON text ECR expects. */
  @Value.Immutable
  @CfnStyle
  interface LifecyclePolicy {
    @JsonProperty("LifecyclePolicyText")
    @Value.Parameter
    String lifecyclePolicyText();

    static LifecyclePolicy of(String lifecyclePolicyText) {
      return ImmutableLifecyclePolicy.of(lifecyclePolicyText);
    }

    @Value.Check
    default void check() {
      // The AWS::ECR::Repository schema's bounds for LifecyclePolicyText.
      int length = lifecyclePolicyText().length();
      if (length < 100 || length > 30720) {
        throw new IllegalStateException(
            "ECR LifecyclePolicyText is " + length + " characters; ECR accepts 100-30720");
      }
    }
  }
}
