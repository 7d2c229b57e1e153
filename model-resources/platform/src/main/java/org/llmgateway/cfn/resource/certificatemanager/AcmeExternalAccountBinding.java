// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.certificatemanager;

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
 * {@code AWS::CertificateManager::AcmeExternalAccountBinding}: Resource Type definition for
 * AWS::CertificateManager::AcmeExternalAccountBinding
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-certificatemanager-acmeexternalaccountbinding.html">AWS::CertificateManager::AcmeExternalAccountBinding</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface AcmeExternalAccountBinding extends Resource {

  String TYPE = "AWS::CertificateManager::AcmeExternalAccountBinding";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The ARN of the ACME endpoint this binding is associated with. */
  Expr acmeEndpointArn();

  /** The expiration configuration for the external account binding. */
  Optional<Expr> expiration();

  /** Required. The IAM role ARN for cross-account access. */
  Expr roleArn();

  /** Tags associated with the external account binding. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AcmeEndpointArn", acmeEndpointArn())
        .put("Expiration", expiration())
        .put("RoleArn", roleArn())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code AcmeExternalAccountBindingArn} attribute: The Amazon Resource Name (ARN) of the
   * external account binding.
   */
  default GetAtt attrAcmeExternalAccountBindingArn() {
    return getAtt("AcmeExternalAccountBindingArn");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AcmeExternalAccountBinding}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableAcmeExternalAccountBinding.Builder {

    public Builder acmeEndpointArn(String value) {
      acmeEndpointArn(Expr.of(value));
      return this;
    }

    public Builder roleArn(String value) {
      roleArn(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeExternalAccountBinding.Expiration}: The expiration
   * configuration for the external account binding.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmeexternalaccountbinding-expiration.html">AWS::CertificateManager::AcmeExternalAccountBinding.Expiration</a>
   */
  @Value.Immutable
  interface Expiration extends PropertyValue {

    /** Required. The time unit for the expiration value. */
    Expr type();

    /** Required. The expiration value. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Type", type())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Expiration}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAcmeExternalAccountBinding.Expiration.Builder {

      public Builder type(String value) {
        type(Expr.of(value));
        return this;
      }

      public Builder value(long value) {
        value(Expr.of(value));
        return this;
      }
    }
  }

  /**
   * {@code AWS::CertificateManager::AcmeExternalAccountBinding.TagsItems}
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-certificatemanager-acmeexternalaccountbinding-tagsitems.html">AWS::CertificateManager::AcmeExternalAccountBinding.TagsItems</a>
   */
  @Value.Immutable
  interface TagsItems extends PropertyValue {

    /** Required. The key name of the tag. */
    Expr key();

    /** Required. The value for the tag. */
    Expr value();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Key", key())
          .put("Value", value())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link TagsItems}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableAcmeExternalAccountBinding.TagsItems.Builder {

      public Builder key(String value) {
        key(Expr.of(value));
        return this;
      }

      public Builder value(String value) {
        value(Expr.of(value));
        return this;
      }
    }
  }
}
