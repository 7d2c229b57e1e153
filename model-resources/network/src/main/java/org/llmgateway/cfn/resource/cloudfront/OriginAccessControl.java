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
 * {@code AWS::CloudFront::OriginAccessControl}: Creates a new origin access control in CloudFront.
 * After you create an origin access control, you can add it to an origin in a CloudFront
 * distribution so that CloudFront sends authenticated (signed) requests to the origin.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudfront-originaccesscontrol.html">AWS::CloudFront::OriginAccessControl</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface OriginAccessControl extends Resource {

  String TYPE = "AWS::CloudFront::OriginAccessControl";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The origin access control. */
  Expr originAccessControlConfig();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("OriginAccessControlConfig", originAccessControlConfig())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code Id} attribute: The unique identifier of the origin access control. */
  default GetAtt attrId() {
    return getAtt("Id");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OriginAccessControl}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableOriginAccessControl.Builder {
  }

  /**
   * {@code AWS::CloudFront::OriginAccessControl.OriginAccessControlConfig}: Creates a new origin
   * access control in CloudFront. After you create an origin access control, you can add it to an
   * origin in a CloudFront distribution so that CloudFront sends authenticated (signed) requests to
   * the origin.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudfront-originaccesscontrol-originaccesscontrolconfig.html">AWS::CloudFront::OriginAccessControl.OriginAccessControlConfig</a>
   */
  @Value.Immutable
  interface OriginAccessControlConfig extends PropertyValue {

    /** A description of the origin access control. */
    Optional<Expr> description();

    /**
     * Required. A name to identify the origin access control. You can specify up to 64 characters.
     */
    Expr name();

    /** Required. The type of origin that this origin access control is for. */
    Expr originAccessControlOriginType();

    /**
     * Required. Specifies which requests CloudFront signs (adds authentication information to).
     * Specify `always` for the most common use case. For more information, see [origin access
     * control advanced
     * settings](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html#oac-advanced-settings)
     * in the *Amazon CloudFront Developer Guide* .
     */
    Expr signingBehavior();

    /**
     * Required. The signing protocol of the origin access control, which determines how CloudFront
     * signs (authenticates) requests. The only valid value is `sigv4` .
     */
    Expr signingProtocol();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("Description", description())
          .put("Name", name())
          .put("OriginAccessControlOriginType", originAccessControlOriginType())
          .put("SigningBehavior", signingBehavior())
          .put("SigningProtocol", signingProtocol())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds a {@link OriginAccessControlConfig}; every setter also takes an intrinsic ({@code
     * Expr}).
     */
    final class Builder extends ImmutableOriginAccessControl.OriginAccessControlConfig.Builder {

      public Builder description(String value) {
        description(Expr.of(value));
        return this;
      }

      public Builder name(String value) {
        name(Expr.of(value));
        return this;
      }

      public Builder originAccessControlOriginType(String value) {
        originAccessControlOriginType(Expr.of(value));
        return this;
      }

      public Builder signingBehavior(String value) {
        signingBehavior(Expr.of(value));
        return this;
      }

      public Builder signingProtocol(String value) {
        signingProtocol(Expr.of(value));
        return this;
      }
    }
  }
}
