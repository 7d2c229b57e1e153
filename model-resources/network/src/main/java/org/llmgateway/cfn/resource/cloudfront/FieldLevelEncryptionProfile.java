// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.cloudfront;

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
 * {@code AWS::CloudFront::FieldLevelEncryptionProfile}: Resource Type definition for
 * AWS::CloudFront::FieldLevelEncryptionProfile. A field-level encryption profile maps CloudFront
 * public keys and provider identities to the request-body field patterns that CloudFront encrypts
 * with them.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-fieldlevelencryptionprofile.html">AWS::CloudFront::FieldLevelEncryptionProfile</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface FieldLevelEncryptionProfile extends Resource {

  String TYPE = "AWS::CloudFront::FieldLevelEncryptionProfile";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The configuration of a field-level encryption profile. */
  Expr fieldLevelEncryptionProfileConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("FieldLevelEncryptionProfileConfig", fieldLevelEncryptionProfileConfig())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code Arn} attribute: The Amazon Resource Name (ARN) of the field-level encryption
   * profile.
   */
  default GetAtt attrArn() {
    return getAtt("Arn");
  }

  /**
   * The {@code Id} attribute: The identifier that CloudFront assigns to the field-level encryption
   * profile.
   */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  /**
   * The {@code LastModifiedTime} attribute: The time the field-level encryption profile was last
   * modified.
   */
  default GetAtt attrLastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FieldLevelEncryptionProfile}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableFieldLevelEncryptionProfile.Builder {
  }

  /**
   * {@code AWS::CloudFront::FieldLevelEncryptionProfile.EncryptionEntity}: A public key, its
   * provider identity, and the field patterns CloudFront encrypts with that key.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-fieldlevelencryptionprofile-encryptionentity.html">AWS::CloudFront::FieldLevelEncryptionProfile.EncryptionEntity</a>
   */
  @Value.Immutable
  interface EncryptionEntity extends PropertyValue {

    /**
     * Required. The request-body field names to encrypt. A pattern is either a full field name or
     * leading characters followed by a wildcard (*). Patterns are case-sensitive and must not
     * overlap.
     */
    Expr fieldPatterns();

    /**
     * Required. The provider associated with the public key. The same value must be supplied with
     * the private key for an application to decrypt the data.
     */
    Expr providerId();

    /**
     * Required. The identifier of the CloudFront public key used to encrypt the fields that match
     * the patterns.
     */
    Expr publicKeyId();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("FieldPatterns", fieldPatterns())
          .put("ProviderId", providerId())
          .put("PublicKeyId", publicKeyId())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link EncryptionEntity}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableFieldLevelEncryptionProfile.EncryptionEntity.Builder {

      public Builder fieldPatterns(List<? extends Expr> values) {
        fieldPatterns(Expr.list(values));
        return this;
      }

      public Builder fieldPatterns(String... values) {
        fieldPatterns(Expr.ofStrings(List.of(values)));
        return this;
      }

      public Builder providerId(String value) {
        providerId(Expr.of(value));
        return this;
      }

      public Builder publicKeyId(String value) {
        publicKeyId(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CloudFront::FieldLevelEncryptionProfile.FieldLevelEncryptionProfileConfig}: The
   * configuration of a field-level encryption profile.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-fieldlevelencryptionprofile-fieldlevelencryptionprofileconfig.html">AWS::CloudFront::FieldLevelEncryptionProfile.FieldLevelEncryptionProfileConfig</a>
   */
  @Value.Immutable
  interface FieldLevelEncryptionProfileConfig extends PropertyValue {

    /**
     * Required. A unique value that identifies the creation request. Caller references are unique
     * within an AWS account and cannot be changed after creation.
     */
    Expr callerReference();

    /** An optional comment describing the field-level encryption profile. */
    Optional<Expr> comment();

    /**
     * Required. The encryption entities of the field-level encryption profile. At least one entity
     * is required.
     */
    Expr encryptionEntities();

    /**
     * Required. The name of the field-level encryption profile. Names are unique within an AWS
     * account.
     */
    Expr name();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CallerReference", callerReference())
          .put("Comment", comment())
          .put("EncryptionEntities", encryptionEntities())
          .put("Name", name())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link FieldLevelEncryptionProfileConfig}; every setter also takes an intrinsic
     * ({@code Expr}).
     */
    final class Builder extends ImmutableFieldLevelEncryptionProfile.FieldLevelEncryptionProfileConfig.Builder {

      public Builder callerReference(String value) {
        callerReference(Expr.of(value));
        return this;
      }

      public Builder comment(String value) {
        comment(Expr.of(value));
        return this;
      }

      public Builder encryptionEntities(List<? extends Expr> values) {
        encryptionEntities(Expr.list(values));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }
    }
  }
}
