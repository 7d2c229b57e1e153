// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.secretsmanager;

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
 * {@code AWS::SecretsManager::Secret}: Creates a new secret. A *secret* can be a password, a set of
 * credentials such as a user name and password, an OAuth token, or other secret information that
 * you store in an encrypted form in Secrets Manager.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-secret.html">AWS::SecretsManager::Secret</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface Secret extends Resource {

  String TYPE = "AWS::SecretsManager::Secret";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** The description of the secret. */
  Optional<Expr> description();

  /**
   * A structure that specifies how to generate a password to encrypt and store in the secret. To
   * include a specific string in the secret, use `SecretString` instead. If you omit both
   * `GenerateSecretString` and `SecretString` , you create an empty secret. When you make a change
   * to this property, a new secret version is created.
   */
  Optional<Expr> generateSecretString();

  /**
   * The ARN, key ID, or alias of the AWS key that Secrets Manager uses to encrypt the secret value
   * in the secret. An alias is always prefixed by `alias/` , for example `alias/aws/secretsmanager`
   * . For more information, see [About
   * aliases](https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html) .
   */
  Optional<Expr> kmsKeyId();

  /** The name of the new secret. */
  Optional<Expr> name();

  /** A custom type that specifies a `Region` and the `KmsKeyId` for a replica secret. */
  Optional<Expr> replicaRegions();

  /**
   * The text to encrypt and store in the secret. We recommend you use a JSON structure of key/value
   * pairs for your secret value. To generate a random password, use `GenerateSecretString` instead.
   * If you omit both `GenerateSecretString` and `SecretString` , you create an empty secret. When
   * you make a change to this property, a new secret version is created.
   */
  Optional<Expr> secretString();

  /**
   * A list of tags to attach to the secret. Each tag is a key and value pair of strings in a JSON
   * text string, for example:
   */
  Optional<Expr> tags();

  /**
   * The exact string that identifies the third-party partner that holds the external secret. For
   * more information, see [Managed external secret
   * partners](https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partners.html) .
   */
  Optional<Expr> type();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("GenerateSecretString", generateSecretString())
        .put("KmsKeyId", kmsKeyId())
        .put("Name", name())
        .put("ReplicaRegions", replicaRegions())
        .put("SecretString", secretString())
        .put("Tags", tags())
        .put("Type", type())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The ARN of the secret. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Secret}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableSecret.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder kmsKeyId(String value) {
      kmsKeyId(Expr.of(value));
      return this;
    }

    public Builder name(String value) {
      name(Expr.of(value));
      return this;
    }

    public Builder replicaRegions(List<? extends Expr> values) {
      replicaRegions(Expr.list(values));
      return this;
    }

    public Builder secretString(String value) {
      secretString(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder type(String value) {
      type(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::SecretsManager::Secret.GenerateSecretString}: Generates a random password. We
   * recommend that you specify the maximum length and include every character type that the system
   * you are generating a password for can support.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-secret-generatesecretstring.html">AWS::SecretsManager::Secret.GenerateSecretString</a>
   */
  @Value.Immutable
  interface GenerateSecretString extends PropertyValue {

    /** A string of the characters that you don't want in the password. */
    Optional<Expr> excludeCharacters();

    /**
     * Specifies whether to exclude lowercase letters from the password. If you don't include this
     * switch, the password can contain lowercase letters.
     */
    Optional<Expr> excludeLowercase();

    /**
     * Specifies whether to exclude numbers from the password. If you don't include this switch, the
     * password can contain numbers.
     */
    Optional<Expr> excludeNumbers();

    /**
     * Specifies whether to exclude the following punctuation characters from the password: `! " # $
     * % &amp; ' ( ) * + , - . / : ; &lt; = &gt; ? &#64; [ &#92; ] ^ _ ` { | } ~` . If you don't
     * include this switch, the password can contain punctuation.
     */
    Optional<Expr> excludePunctuation();

    /**
     * Specifies whether to exclude uppercase letters from the password. If you don't include this
     * switch, the password can contain uppercase letters.
     */
    Optional<Expr> excludeUppercase();

    /**
     * The JSON key name for the key/value pair, where the value is the generated password. This
     * pair is added to the JSON structure specified by the `SecretStringTemplate` parameter. If you
     * specify this parameter, then you must also specify `SecretStringTemplate` .
     */
    Optional<Expr> generateStringKey();

    /**
     * Specifies whether to include the space character. If you include this switch, the password
     * can contain space characters.
     */
    Optional<Expr> includeSpace();

    /**
     * The length of the password. If you don't include this parameter, the default length is 32
     * characters.
     */
    Optional<Expr> passwordLength();

    /**
     * Specifies whether to include at least one upper and lowercase letter, one number, and one
     * punctuation. If you don't include this switch, the password contains at least one of every
     * character type.
     */
    Optional<Expr> requireEachIncludedType();

    /**
     * A template that the generated string must match. When you make a change to this property, a
     * new secret version is created.
     */
    Optional<Expr> secretStringTemplate();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("ExcludeCharacters", excludeCharacters())
          .put("ExcludeLowercase", excludeLowercase())
          .put("ExcludeNumbers", excludeNumbers())
          .put("ExcludePunctuation", excludePunctuation())
          .put("ExcludeUppercase", excludeUppercase())
          .put("GenerateStringKey", generateStringKey())
          .put("IncludeSpace", includeSpace())
          .put("PasswordLength", passwordLength())
          .put("RequireEachIncludedType", requireEachIncludedType())
          .put("SecretStringTemplate", secretStringTemplate())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link GenerateSecretString}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableSecret.GenerateSecretString.Builder {

      public Builder excludeCharacters(String value) {
        excludeCharacters(Expr.of(value));
        return this;
      }

      public Builder excludeLowercase(boolean value) {
        excludeLowercase(Expr.of(value));
        return this;
      }

      public Builder excludeNumbers(boolean value) {
        excludeNumbers(Expr.of(value));
        return this;
      }

      public Builder excludePunctuation(boolean value) {
        excludePunctuation(Expr.of(value));
        return this;
      }

      public Builder excludeUppercase(boolean value) {
        excludeUppercase(Expr.of(value));
        return this;
      }

      public Builder generateStringKey(String value) {
        generateStringKey(Expr.of(value));
        return this;
      }

      public Builder includeSpace(boolean value) {
        includeSpace(Expr.of(value));
        return this;
      }

      public Builder passwordLength(long value) {
        passwordLength(Expr.of(value));
        return this;
      }

      public Builder requireEachIncludedType(boolean value) {
        requireEachIncludedType(Expr.of(value));
        return this;
      }

      public Builder secretStringTemplate(String value) {
        secretStringTemplate(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::SecretsManager::Secret.ReplicaRegion}: Specifies a `Region` and the `KmsKeyId` for
   * a replica secret.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-secretsmanager-secret-replicaregion.html">AWS::SecretsManager::Secret.ReplicaRegion</a>
   */
  @Value.Immutable
  interface ReplicaRegion extends PropertyValue {

    /**
     * The ARN, key ID, or alias of the KMS key to encrypt the secret. If you don't include this
     * field, Secrets Manager uses `aws/secretsmanager` .
     */
    Optional<Expr> kmsKeyId();

    /** Required. A string that represents a `Region` , for example "us-east-1". */
    Expr region();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("KmsKeyId", kmsKeyId())
          .put("Region", region())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link ReplicaRegion}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableSecret.ReplicaRegion.Builder {

      public Builder kmsKeyId(String value) {
        kmsKeyId(Expr.of(value));
        return this;
      }

      public Builder region(String value) {
        region(Expr.of(value));
        return this;
      }
    }
  }
}
