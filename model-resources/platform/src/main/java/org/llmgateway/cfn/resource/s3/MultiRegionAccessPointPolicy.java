// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.s3;

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
 * {@code AWS::S3::MultiRegionAccessPointPolicy}: Applies an Amazon S3 access policy to an Amazon S3
 * Multi-Region Access Point.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-s3-multiregionaccesspointpolicy.html">AWS::S3::MultiRegionAccessPointPolicy</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface MultiRegionAccessPointPolicy extends Resource {

  String TYPE = "AWS::S3::MultiRegionAccessPointPolicy";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** Required. The name of the Multi-Region Access Point. */
  Expr mrapName();

  /** Required. The access policy associated with the Multi-Region Access Point. */
  Expr policy();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("MrapName", mrapName())
        .put("Policy", policy())
        .overriddenBy(propertyOverrides());
  }

  /**
   * The {@code PolicyStatus} attribute: The Policy Status associated with this Multi Region Access
   * Point
   */
  default GetAtt attrPolicyStatus() {
    return getAtt("PolicyStatus");
  }

  /** The {@code PolicyStatus.IsPublic} attribute: Specifies whether the policy is public or not. */
  default GetAtt attrPolicyStatusIsPublic() {
    return getAtt("PolicyStatus.IsPublic");
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MultiRegionAccessPointPolicy}; every setter also takes an intrinsic ({@code
   * Expr}).
   */
  final class Builder extends ImmutableMultiRegionAccessPointPolicy.Builder {

    public Builder mrapName(String value) {
      mrapName(Expr.of(value));
      return this;
    }

    public Builder policy(JsonNode value) {
      policy(Expr.json(value));
      return this;
    }
  }

  /**
   * {@code AWS::S3::MultiRegionAccessPointPolicy.PolicyStatus}: The container element for a
   * bucket's policy status.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-s3-multiregionaccesspointpolicy-policystatus.html">AWS::S3::MultiRegionAccessPointPolicy.PolicyStatus</a>
   */
  @Value.Immutable
  interface PolicyStatus extends PropertyValue {

    /**
     * Required. The policy status for this bucket. `TRUE` indicates that this bucket is public.
     * `FALSE` indicates that the bucket is not public.
     */
    Expr isPublic();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("IsPublic", isPublic())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link PolicyStatus}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableMultiRegionAccessPointPolicy.PolicyStatus.Builder {

      public Builder isPublic(String value) {
        isPublic(Expr.of(value));
        return this;
      }
    }
  }
}
