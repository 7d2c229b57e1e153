// GENERATED - DO NOT EDIT. Written by scripts/generate-model.sh from @aws-cdk/aws-service-spec 0.1.216.
package org.llmgateway.cfn.resource.ec2;

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
 * {@code AWS::EC2::VerifiedAccessGroup}: An AWS Verified Access group is a collection of AWS
 * Verified Access endpoints who's associated applications have similar security requirements. Each
 * instance within a Verified Access group shares an Verified Access policy. For example, you can
 * group all Verified Access instances associated with "sales" applications together and use one
 * common Verified Access policy.
 *
 * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-verifiedaccessgroup.html">AWS::EC2::VerifiedAccessGroup</a>
 */
@Value.Immutable
@Value.Enclosing
@CfnStyle
@SuppressWarnings("unused")
public interface VerifiedAccessGroup extends Resource {

  String TYPE = "AWS::EC2::VerifiedAccessGroup";

  @Override
  default String resourceType() {
    return TYPE;
  }

  /** A description for the AWS Verified Access group. */
  Optional<Expr> description();

  /** The Verified Access policy document. */
  Optional<Expr> policyDocument();

  /** The status of the Verified Access policy. */
  Optional<Expr> policyEnabled();

  /** The options for additional server side encryption. */
  Optional<Expr> sseSpecification();

  /** The tags. */
  Optional<Expr> tags();

  /** Required. The ID of the AWS Verified Access instance. */
  Expr verifiedAccessInstanceId();

  @Override
  default ObjectNode propertiesJson() {
    return new PropertyJson()
        .put("Description", description())
        .put("PolicyDocument", policyDocument())
        .put("PolicyEnabled", policyEnabled())
        .put("SseSpecification", sseSpecification())
        .put("Tags", tags())
        .put("VerifiedAccessInstanceId", verifiedAccessInstanceId())
        .overriddenBy(propertyOverrides());
  }

  /** The {@code CreationTime} attribute: The creation time. */
  default GetAtt attrCreationTime() {
    return getAtt("CreationTime");
  }

  /** The {@code LastUpdatedTime} attribute: The last updated time. */
  default GetAtt attrLastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /** The {@code Owner} attribute: The ID of the AWS account that owns the group. */
  default GetAtt attrOwner() {
    return getAtt("Owner");
  }

  /** The {@code VerifiedAccessGroupArn} attribute: The ARN of the Verified Access group. */
  default GetAtt attrVerifiedAccessGroupArn() {
    return getAtt("VerifiedAccessGroupArn");
  }

  /** The {@code VerifiedAccessGroupId} attribute: The ID of the Verified Access group. */
  default GetAtt attrVerifiedAccessGroupId() {
    return getAtt("VerifiedAccessGroupId");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VerifiedAccessGroup}; every setter also takes an intrinsic ({@code Expr}). */
  final class Builder extends ImmutableVerifiedAccessGroup.Builder {

    public Builder description(String value) {
      description(Expr.of(value));
      return this;
    }

    public Builder policyDocument(String value) {
      policyDocument(Expr.of(value));
      return this;
    }

    public Builder policyEnabled(boolean value) {
      policyEnabled(Expr.of(value));
      return this;
    }

    public Builder tags(List<? extends Expr> values) {
      tags(Expr.list(values));
      return this;
    }

    public Builder verifiedAccessInstanceId(String value) {
      verifiedAccessInstanceId(Expr.of(value));
      return this;
    }
  }

  /**
   * {@code AWS::EC2::VerifiedAccessGroup.SseSpecification}: AWS Verified Access provides server
   * side encryption by default to data at rest using AWS -owned KMS keys. You also have the option
   * of using customer managed KMS keys, which can be specified using the options below.
   *
   * @see <a href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ec2-verifiedaccessgroup-ssespecification.html">AWS::EC2::VerifiedAccessGroup.SseSpecification</a>
   */
  @Value.Immutable
  interface SseSpecification extends PropertyValue {

    /** Enable or disable the use of customer managed KMS keys for server side encryption. */
    Optional<Expr> customerManagedKeyEnabled();

    /** The ARN of the KMS key. */
    Optional<Expr> kmsKeyArn();

    @Override
    default ObjectNode toJson() {
      return new PropertyJson()
          .put("CustomerManagedKeyEnabled", customerManagedKeyEnabled())
          .put("KmsKeyArn", kmsKeyArn())
          .json();
    }

    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link SseSpecification}; every setter also takes an intrinsic ({@code Expr}). */
    final class Builder extends ImmutableVerifiedAccessGroup.SseSpecification.Builder {

      public Builder customerManagedKeyEnabled(boolean value) {
        customerManagedKeyEnabled(Expr.of(value));
        return this;
      }

      public Builder kmsKeyArn(String value) {
        kmsKeyArn(Expr.of(value));
        return this;
      }
    }
  }
}
