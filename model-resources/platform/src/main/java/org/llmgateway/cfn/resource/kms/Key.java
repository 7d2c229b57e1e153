// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.kms;

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
 * {@code AWS::KMS::Key}: The `AWS::KMS::Key` resource specifies an [KMS
 * key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys) in AWS Key
 * Management Service . You can use this resource to create symmetric encryption KMS keys,
 * asymmetric KMS keys for encryption or signing, and symmetric HMAC KMS keys. You can use
 * `AWS::KMS::Key` to create [multi-Region primary
 * keys](https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html#mrk-primary-key)
 * of all supported types. To replicate a multi-Region key, use the `AWS::KMS::ReplicaKey` resource.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-kms-key.html">AWS::KMS::Key</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Key extends Resource {

  String TYPE = "AWS::KMS::Key";

  /** Values CloudFormation accepts for {@code KeySpec}. */
  String KEY_SPEC_SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT";
  String KEY_SPEC_RSA_2048 = "RSA_2048";
  String KEY_SPEC_RSA_3072 = "RSA_3072";
  String KEY_SPEC_RSA_4096 = "RSA_4096";
  String KEY_SPEC_ECC_NIST_P256 = "ECC_NIST_P256";
  String KEY_SPEC_ECC_NIST_P384 = "ECC_NIST_P384";
  String KEY_SPEC_ECC_NIST_P521 = "ECC_NIST_P521";
  String KEY_SPEC_ECC_SECG_P256_K1 = "ECC_SECG_P256K1";
  String KEY_SPEC_HMAC_224 = "HMAC_224";
  String KEY_SPEC_HMAC_256 = "HMAC_256";
  String KEY_SPEC_HMAC_384 = "HMAC_384";
  String KEY_SPEC_HMAC_512 = "HMAC_512";
  String KEY_SPEC_SM2 = "SM2";

  /** Values CloudFormation accepts for {@code KeyUsage}. */
  String KEY_USAGE_ENCRYPT_DECRYPT = "ENCRYPT_DECRYPT";
  String KEY_USAGE_SIGN_VERIFY = "SIGN_VERIFY";
  String KEY_USAGE_GENERATE_VERIFY_MAC = "GENERATE_VERIFY_MAC";
  String KEY_USAGE_KEY_AGREEMENT = "KEY_AGREEMENT";

  /** Values CloudFormation accepts for {@code Origin}. */
  String ORIGIN_AWS_KMS = "AWS_KMS";
  String ORIGIN_EXTERNAL = "EXTERNAL";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Skips ("bypasses") the key policy lockout safety check. The default value is false. */
  Optional<Expr> bypassPolicyLockoutSafetyCheck();

  /**
   * A description of the KMS key. Use a description that helps you to distinguish this KMS key from
   * others in the account, such as its intended use.
   */
  Optional<Expr> description();

  /**
   * Enables automatic rotation of the key material for the specified KMS key. By default, automatic
   * key rotation is not enabled.
   */
  Optional<Expr> enableKeyRotation();

  /**
   * Specifies whether the KMS key is enabled. Disabled KMS keys cannot be used in cryptographic
   * operations.
   */
  Optional<Expr> enabled();

  /** The key policy to attach to the KMS key. */
  Optional<Expr> keyPolicy();

  /**
   * Specifies the type of KMS key to create. The default value, `SYMMETRIC_DEFAULT` , creates a KMS
   * key with a 256-bit symmetric key for encryption and decryption. In China Regions,
   * `SYMMETRIC_DEFAULT` creates a 128-bit symmetric key that uses SM4 encryption. You can't change
   * the `KeySpec` value after the KMS key is created. For help choosing a key spec for your KMS
   * key, see [Choosing a KMS key
   * type](https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose.html) in the *AWS
   * Key Management Service Developer Guide* .
   */
  Optional<Expr> keySpec();

  /**
   * Determines the [cryptographic
   * operations](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations)
   * for which you can use the KMS key. The default value is `ENCRYPT_DECRYPT` . This property is
   * required for asymmetric KMS keys and HMAC KMS keys. You can't change the `KeyUsage` value after
   * the KMS key is created.
   */
  Optional<Expr> keyUsage();

  /**
   * Creates a multi-Region primary key that you can replicate in other AWS Regions . You can't
   * change the `MultiRegion` value after the KMS key is created.
   */
  Optional<Expr> multiRegion();

  /**
   * The source of the key material for the KMS key. You cannot change the origin after you create
   * the KMS key. The default is `AWS_KMS` , which means that AWS creates the key material.
   */
  Optional<Expr> origin();

  /**
   * Specifies the number of days in the waiting period before AWS deletes a KMS key that has been
   * removed from a CloudFormation stack. Enter a value between 7 and 30 days. The default value is
   * 30 days.
   */
  Optional<Expr> pendingWindowInDays();

  /**
   * Specifies a custom period of time between each rotation date. If no value is specified, the
   * default value is 365 days.
   */
  Optional<Expr> rotationPeriodInDays();

  /** Assigns one or more tags to the replica key. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("BypassPolicyLockoutSafetyCheck", bypassPolicyLockoutSafetyCheck())
        .put("Description", description())
        .put("EnableKeyRotation", enableKeyRotation())
        .put("Enabled", enabled())
        .put("KeyPolicy", keyPolicy())
        .put("KeySpec", keySpec())
        .put("KeyUsage", keyUsage())
        .put("MultiRegion", multiRegion())
        .put("Origin", origin())
        .put("PendingWindowInDays", pendingWindowInDays())
        .put("RotationPeriodInDays", rotationPeriodInDays())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the KMS key, such as
   * `arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab` .
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code KeyId} attribute: The key ID of the KMS key, such as
   * `1234abcd-12ab-34cd-56ef-1234567890ab` .
   */
  default GetAtt attrKeyId() {
    return getAtt("KeyId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Key}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableKey.Builder {

    public Builder bypassPolicyLockoutSafetyCheck(boolean value) {
      bypassPolicyLockoutSafetyCheck(Expr.of(value));
      return this;
    }

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder enableKeyRotation(boolean value) {
      enableKeyRotation(Expr.of(value));
      return this;
    }

    public Builder enabled(boolean value) {
      enabled(Expr.of(value));
      return this;
    }

    public Builder keyPolicy(JsonNode value) {
      keyPolicy(Expr.json(value));
      return this;
    }

    public Builder keyPolicy(String value) {
      keyPolicy(Expr.of(value));
      return this;
    }

    public Builder keySpec(String value) {
      keySpec(Expr.of(value));
      return this;
    }

    public Builder keyUsage(String value) {
      keyUsage(Expr.of(value));
      return this;
    }

    public Builder multiRegion(boolean value) {
      multiRegion(Expr.of(value));
      return this;
    }

    public Builder origin(String value) {
      origin(Expr.of(value));
      return this;
    }

    public Builder pendingWindowInDays(long value) {
      pendingWindowInDays(Expr.of(value));
      return this;
    }

    public Builder rotationPeriodInDays(long value) {
      rotationPeriodInDays(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }
}
