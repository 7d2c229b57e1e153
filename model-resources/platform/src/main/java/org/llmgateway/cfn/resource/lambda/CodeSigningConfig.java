// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.lambda;

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
 * {@code AWS::Lambda::CodeSigningConfig}: Details about a [Code signing
 * configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html) .
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-codesigningconfig.html">AWS::Lambda::CodeSigningConfig</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface CodeSigningConfig extends Resource {

  String TYPE = "AWS::Lambda::CodeSigningConfig";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. List of allowed publishers. */
  Expr allowedPublishers();

  /**
   * The code signing policy controls the validation failure action for signature mismatch or
   * expiry.
   */
  Optional<Expr> codeSigningPolicies();

  /** Code signing configuration description. */
  Optional<Expr> description();

  /** A list of tags to add to the code signing configuration. */
  Optional<Expr> tags();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("AllowedPublishers", allowedPublishers())
        .put("CodeSigningPolicies", codeSigningPolicies())
        .put("Description", description())
        .put("Tags", tags())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code CodeSigningConfigArn} attribute: The Amazon Resource Name (ARN) of the code signing
   * configuration.
   */
  default GetAtt attrCodeSigningConfigArn() {
    return getAtt("CodeSigningConfigArn");
  }

  /** The {@code CodeSigningConfigId} attribute: The code signing configuration ID. */
  default GetAtt attrCodeSigningConfigId() {
    return getAtt("CodeSigningConfigId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CodeSigningConfig}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableCodeSigningConfig.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }
  }

  /**
   * {@code AWS::Lambda::CodeSigningConfig.AllowedPublishers}: List of signing profiles that can
   * sign a code package.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-codesigningconfig-allowedpublishers.html">AWS::Lambda::CodeSigningConfig.AllowedPublishers</a>
   */
  @Value.Immutable
  interface AllowedPublishers extends PropertyValue {

    /**
     * Required. The Amazon Resource Name (ARN) for each of the signing profiles. A signing profile
     * defines a trusted user who can sign a code package.
     */
    Expr signingProfileVersionArns();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("SigningProfileVersionArns", signingProfileVersionArns())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link AllowedPublishers}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableCodeSigningConfig.AllowedPublishers.Builder {

      public Builder signingProfileVersionArns(List<? extends Expr> values) {
        signingProfileVersionArns(Expr.list(values));
        return this;
      }

      public Builder signingProfileVersionArns(String... values) {
        signingProfileVersionArns(Expr.ofStrings(List.of(values)));
        return this;
      }
    }
  }

  /**
   * {@code AWS::Lambda::CodeSigningConfig.CodeSigningPolicies}: Code signing configuration
   * [policies](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html#config-codesigning-policies)
   * specify the validation failure action for signature mismatch or expiry.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-codesigningconfig-codesigningpolicies.html">AWS::Lambda::CodeSigningConfig.CodeSigningPolicies</a>
   */
  @Value.Immutable
  interface CodeSigningPolicies extends PropertyValue {

    /** Values CloudFormation accepts for {@code UntrustedArtifactOnDeployment}. */
    String UNTRUSTED_ARTIFACT_ON_DEPLOYMENT_WARN = "Warn";
    String UNTRUSTED_ARTIFACT_ON_DEPLOYMENT_ENFORCE = "Enforce";

    /**
     * Required. Code signing configuration policy for deployment validation failure. If you set the
     * policy to `Enforce` , Lambda blocks the deployment request if signature validation checks
     * fail. If you set the policy to `Warn` , Lambda allows the deployment and issues a new Amazon
     * CloudWatch metric ( `SignatureValidationErrors` ) and also stores the warning in the
     * CloudTrail log.
     */
    Expr untrustedArtifactOnDeployment();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("UntrustedArtifactOnDeployment", untrustedArtifactOnDeployment())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link CodeSigningPolicies}; every setter also takes an intrinsic ({@code Expr}).
     */
    final class Builder extends ImmutableCodeSigningConfig.CodeSigningPolicies.Builder {

      public Builder untrustedArtifactOnDeployment(String value) {
        untrustedArtifactOnDeployment(Expr.of(value));
        return this;
      }
    }
  }
}
