package org.llmgateway.cfn.model.resource.kms;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.llmgateway.cfn.model.CfnStyle;
import org.llmgateway.cfn.model.intrinsic.GetAtt;
import org.llmgateway.cfn.model.resource.Tag;
import org.llmgateway.cfn.model.resource.iam.PolicyDocument;
import org.llmgateway.cfn.model.template.Resource;

/** AWS::KMS::Key */
@Value.Immutable
@CfnStyle
public interface Key extends Resource {

  @Override
  default String resourceType() {
    return "AWS::KMS::Key";
  }

  @JsonProperty("Description")
  Optional<String> description();

  @JsonProperty("Enabled")
  Optional<Boolean> enabled();

  /** Yearly (or {@link #rotationPeriodInDays()}) rotation of the key material; symmetric keys only. */
  @JsonProperty("EnableKeyRotation")
  Optional<Boolean> enableKeyRotation();

  @JsonProperty("RotationPeriodInDays")
  Optional<Integer> rotationPeriodInDays();

  /** Who may use and manage the key; a key policy's resource is always the key itself. */
  @JsonProperty("KeyPolicy")
  PolicyDocument keyPolicy();

  /** SYMMETRIC_DEFAULT when absent. */
  @JsonProperty("KeySpec")
  Optional<String> keySpec();

  /** ENCRYPT_DECRYPT when absent. */
  @JsonProperty("KeyUsage")
  Optional<String> keyUsage();

  @JsonProperty("MultiRegion")
  Optional<Boolean> multiRegion();

  /** Days between a scheduled deletion and the key's destruction (7-30, default 30). */
  @JsonProperty("PendingWindowInDays")
  Optional<Integer> pendingWindowInDays();

  @JsonProperty("Tags")
  List<Tag> tags();

  default GetAtt arn() {
    return getAtt("Arn");
  }

  default GetAtt keyId() {
    return getAtt("KeyId");
  }

  static ImmutableKey.Builder builder() {
    return ImmutableKey.builder();
  }

  @Value.Check
  default void check() {
    pendingWindowInDays()
        .filter(days -> days < 7 || days > 30)
        .ifPresent(
            days -> {
              throw new IllegalStateException(
                  "Key " + logicalId() + ": PendingWindowInDays " + days + " must be 7-30");
            });
    rotationPeriodInDays()
        .ifPresent(
            days -> {
              if (days < 90 || days > 2560) {
                throw new IllegalStateException(
                    "Key " + logicalId() + ": RotationPeriodInDays " + days + " must be 90-2560");
              }
              if (!enableKeyRotation().orElse(false)) {
                throw new IllegalStateException(
                    "Key " + logicalId() + ": RotationPeriodInDays needs EnableKeyRotation true");
              }
            });
  }
}
