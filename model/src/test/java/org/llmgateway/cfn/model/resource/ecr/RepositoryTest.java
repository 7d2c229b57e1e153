package org.llmgateway.cfn.model.resource.ecr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.llmgateway.cfn.model.intrinsic.Expr;

class RepositoryTest {

  @Test
  void lifecyclePolicyTextHasEcrBounds() {
    assertThatThrownBy(() -> Repository.LifecyclePolicy.of("{\"rules\":[]}"))
        .hasMessageContaining("ECR accepts 100-30720");
    String longEnough = "{\"rules\":[" + " ".repeat(100) + "]}";
    assertThat(Repository.LifecyclePolicy.of(longEnough).lifecyclePolicyText())
        .isEqualTo(longEnough);
  }

  @Test
  void aKmsKeyNeedsKmsEncryption() {
    assertThat(Repository.EncryptionConfiguration.kms(Expr.of("arn:key")).encryptionType())
        .isEqualTo(Repository.EncryptionType.KMS);
    assertThatThrownBy(() -> ImmutableEncryptionConfiguration.builder()
            .encryptionType(Repository.EncryptionType.AES256)
            .kmsKey(Expr.of("arn:key"))
            .build())
        .hasMessageContaining("KmsKey needs a KMS type");
  }
}
